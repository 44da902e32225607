<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="ja">
<context>
    <name>AppointmentPage</name>
    <message>
        <source>予約番号を入力してください</source>
        <translation>예약 번호를 입력해 주세요</translation>
    </message>
    <message>
        <source>予約確認のQRコードをお持ちの方は、読み取り機にかざしてください</source>
        <translation>예약 확인 QR 코드가 있으신 분은 리더기에 대 주세요</translation>
    </message>
    <message>
        <source>入力した予約番号</source>
        <translation>입력한 예약 번호</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>이전 화면으로 돌아가기</translation>
    </message>
    <message>
        <source>通常の番号札を取る</source>
        <translation>일반 번호표 받기</translation>
    </message>
    <message>
        <source>受付する</source>
        <translation>접수하기</translation>
    </message>
    <message>
        <source>この予約番号で受付する</source>
        <translation>이 예약 번호로 접수하기</translation>
    </message>
    <message>
        <source>この予約はほかの庁舎のものです。ご予約の庁舎でお手続きください。</source>
        <translation>이 예약은 다른 청사의 예약입니다. 예약하신 청사에서 수속해 주세요.</translation>
    </message>
    <message>
        <source>ご予約は%1月%2日 %3です。当日にお越しください。</source>
        <translation>예약일은 %1월 %2일 %3입니다. 당일에 와 주세요.</translation>
    </message>
    <message>
        <source>ご予約の日（%1月%2日）は過ぎています。お近くの係員にお声がけください。</source>
        <translation>예약일(%1월 %2일)이 지났습니다. 가까운 직원에게 말씀해 주세요.</translation>
    </message>
    <message>
        <source>この予約は受付済みです。あなたの番号は %1 です。</source>
        <translation>이 예약은 이미 접수되었습니다. 고객님의 번호는 %1입니다.</translation>
    </message>
    <message>
        <source>ご予約の時刻（%1）を%2分以上過ぎています。通常の順番の番号札をお取りいただけます。</source>
        <translation>예약 시간(%1)에서 %2분 이상 지났습니다. 일반 순서의 번호표를 받으실 수 있습니다.</translation>
    </message>
    <message>
        <source>この予約番号は見つかりませんでした。番号をお確かめください。</source>
        <translation>이 예약 번호를 찾을 수 없습니다. 번호를 확인해 주세요.</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>（住民票が同じ家族）</source>
        <translation>(주민표상 같은 세대의 가족)</translation>
    </message>
    <message>
        <source>（親権者・成年後見人）</source>
        <translation>(친권자인 부모, 성년후견인)</translation>
    </message>
    <message>
        <source>（上のどれでもない方）</source>
        <translation>(위의 어느 것에도 해당하지 않는 분)</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>どの手続きをしますか？</source>
        <translation>어떤 절차를 진행하시겠습니까?</translation>
    </message>
    <message>
        <source>申請書・届出書から選ぶ</source>
        <translation>신청서·신고서에서 고르기</translation>
    </message>
    <message>
        <source>くらしのできごとから選ぶ（引越し・出生など）</source>
        <translation>생활 속 일로 고르기 (이사·출생 등)</translation>
    </message>
    <message>
        <source>申請書は作らず、番号札だけ取る</source>
        <translation>신청서 없이 번호표만 받기</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>취소하고 처음 화면으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>カードから読み取った内容をご確認ください</source>
        <translation>카드에서 읽은 내용을 확인해 주세요</translation>
    </message>
    <message>
        <source>お名前</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>이름 읽는 법</translation>
    </message>
    <message>
        <source>ご住所</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>この内容で正しい</source>
        <translation>내용이 맞습니다</translation>
    </message>
    <message>
        <source>違うところがある
（窓口で職員が直します）</source>
        <translation>틀린 부분이 있습니다
(창구에서 직원이 수정해 드립니다)</translation>
    </message>
    <message>
        <source>%1（%2年%3月%4日）</source>
        <translation>%2년 %3월 %4일 (%1)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>남</translation>
    </message>
    <message>
        <source>女</source>
        <translation>여</translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>「〓」の文字はカードに登録できない文字です。窓口で正しい文字を確認します</source>
        <translation>‘〓’ 표시는 카드에 등록할 수 없는 글자입니다. 창구에서 올바른 글자를 확인합니다</translation>
    </message>
</context>
<context>
    <name>CountsEditor</name>
    <message>
        <source>%1を1通減らす</source>
        <translation>%1 1부 줄이기</translation>
    </message>
    <message>
        <source>%1を1通増やす</source>
        <translation>%1 1부 늘리기</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>年</source>
        <translation>년</translation>
    </message>
    <message>
        <source>月</source>
        <translation>월</translation>
    </message>
    <message>
        <source>日</source>
        <translation>일</translation>
    </message>
</context>
<context>
    <name>FormWords</name>
    <message>
        <source>あなたの住所を入力してください。</source>
        <translation>주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>あなたのお名前のふりがなを入力してください。</source>
        <translation>이름의 읽는 법을 히라가나로 입력해 주세요.</translation>
    </message>
    <message>
        <source>あなたのお名前を入力してください。</source>
        <translation>이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>あなたの生年月日を入力してください。</source>
        <translation>생년월일을 입력해 주세요.</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号を入力してください。</source>
        <translation>낮에 연락 가능한 전화번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>どの届出ですか？</source>
        <translation>어떤 신고입니까?</translation>
    </message>
    <message>
        <source>町外から来た方は「転入」、町内で引越した方は「転居」、町外へ引越す方は「転出」です。</source>
        <translation>다른 시·군에서 온 분은 &apos;전입&apos;, 같은 시·군 안에서 이사한 분은 &apos;전거&apos;, 다른 시·군으로 이사하는 분은 &apos;전출&apos;입니다.</translation>
    </message>
    <message>
        <source>転入</source>
        <translation>전입 (다른 시·군에서 옴)</translation>
    </message>
    <message>
        <source>転居</source>
        <translation>전거 (같은 시·군 안에서 이사)</translation>
    </message>
    <message>
        <source>転出</source>
        <translation>전출 (다른 시·군으로 이사)</translation>
    </message>
    <message>
        <source>引越しの日（転出の方は予定日）を入力してください。</source>
        <translation>이사한 날을 입력해 주세요 (전출하는 분은 예정일).</translation>
    </message>
    <message>
        <source>新しい住所（転出の方は転出先）を入力してください。</source>
        <translation>새 주소를 입력해 주세요 (전출하는 분은 이사 갈 곳).</translation>
    </message>
    <message>
        <source>新しい住所の郵便番号を入力してください（わかれば）。</source>
        <translation>새 주소의 우편번호를 입력해 주세요 (알면).</translation>
    </message>
    <message>
        <source>あなたご自身も引越しますか？</source>
        <translation>본인도 이사합니까?</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>예</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>一緒に引越す方を入力してください。</source>
        <translation>함께 이사하는 분을 입력해 주세요.</translation>
    </message>
    <message>
        <source>お一人ずつ、お名前・生年月日・続柄を入力します。</source>
        <translation>한 분씩 이름·생년월일·관계를 입력합니다.</translation>
    </message>
    <message>
        <source>新しい世帯主のお名前を入力してください。</source>
        <translation>새 세대주의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>前の世帯主のお名前を入力してください。</source>
        <translation>이전 세대주의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>あなたは、引越す方から見てどなたですか？</source>
        <translation>이사하는 분에게 당신은 누구입니까?</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>본인</translation>
    </message>
    <message>
        <source>世帯主</source>
        <translation>세대주</translation>
    </message>
    <message>
        <source>代理人（委任状）</source>
        <translation>대리인 (위임장 있음)</translation>
    </message>
    <message>
        <source>委任状をお持ちですか？</source>
        <translation>위임장을 가지고 있습니까?</translation>
    </message>
    <message>
        <source>国民健康保険に入っている（入る）方はいますか？</source>
        <translation>국민건강보험에 가입한 (가입할) 분이 있습니까?</translation>
    </message>
    <message>
        <source>外国籍の方は一緒に引越しますか？</source>
        <translation>외국 국적인 분도 함께 이사합니까?</translation>
    </message>
    <message>
        <source>外国籍の方の在留資格などを入力してください。</source>
        <translation>외국 국적인 분의 체류 자격 등을 입력해 주세요.</translation>
    </message>
    <message>
        <source>異動する方</source>
        <translation>이사하는 분</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>후리가나</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>男</source>
        <translation>남</translation>
    </message>
    <message>
        <source>女</source>
        <translation>여</translation>
    </message>
    <message>
        <source>続柄</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>住民票コード（転入）</source>
        <translation>주민표 코드 (전입)</translation>
    </message>
    <message>
        <source>外国人住民の方</source>
        <translation>외국인 주민</translation>
    </message>
    <message>
        <source>国籍・地域</source>
        <translation>국적·지역</translation>
    </message>
    <message>
        <source>在留資格</source>
        <translation>체류 자격</translation>
    </message>
    <message>
        <source>在留期間</source>
        <translation>체류 기간</translation>
    </message>
    <message>
        <source>満了日</source>
        <translation>만료일</translation>
    </message>
    <message>
        <source>在留カード番号</source>
        <translation>재류카드 번호</translation>
    </message>
    <message>
        <source>印鑑登録をしている方は、あなたから見てどなたですか？</source>
        <translation>인감 등록을 한 분은 당신에게 누구입니까?</translation>
    </message>
    <message>
        <source>ご自身の分なら「本人」を選んでください。</source>
        <translation>본인 것이면 &apos;본인&apos;을 선택해 주세요.</translation>
    </message>
    <message>
        <source>わたし（本人）</source>
        <translation>본인</translation>
    </message>
    <message>
        <source>印鑑登録をしている方の住所を入力してください。</source>
        <translation>인감 등록을 한 분의 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>印鑑登録をしている方のお名前を入力してください。</source>
        <translation>인감 등록을 한 분의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>印鑑登録をしている方の生年月日を入力してください。</source>
        <translation>인감 등록을 한 분의 생년월일을 입력해 주세요.</translation>
    </message>
    <message>
        <source>廃止申請</source>
        <translation>등록 폐지</translation>
    </message>
    <message>
        <source>亡失届（登録証をなくした）</source>
        <translation>분실 신고 (등록증을 잃어버림)</translation>
    </message>
    <message>
        <source>なくした日と場所（わかる範囲で）を入力してください。</source>
        <translation>잃어버린 날과 장소를 입력해 주세요 (아는 만큼).</translation>
    </message>
    <message>
        <source>続けて新しい印鑑を登録しますか？</source>
        <translation>이어서 새 인감을 등록하겠습니까?</translation>
    </message>
    <message>
        <source>代理人（登録証持参）</source>
        <translation>대리인 (등록증 지참)</translation>
    </message>
    <message>
        <source>何をお持ちですか？</source>
        <translation>무엇을 가지고 있습니까?</translation>
    </message>
    <message>
        <source>印鑑登録証明書には、印鑑登録証（カード）かマイナンバーカードが必要です。</source>
        <translation>인감 증명서에는 인감 등록증(카드)이나 마이넘버 카드가 필요합니다.</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）</source>
        <translation>인감 등록증 (카드)</translation>
    </message>
    <message>
        <source>マイナンバーカード（登録証の機能付き）</source>
        <translation>마이넘버 카드 (등록증 기능 포함)</translation>
    </message>
    <message>
        <source>印鑑登録番号を入力してください。</source>
        <translation>인감 등록 번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>印鑑登録証に書かれた番号です。わからなければ空欄のままで構いません。</source>
        <translation>등록증에 적힌 번호입니다. 모르면 비워 두어도 됩니다.</translation>
    </message>
    <message>
        <source>何通必要ですか？</source>
        <translation>몇 통 필요합니까?</translation>
    </message>
    <message>
        <source>使いみちを選ぶか、入力してください（任意）。</source>
        <translation>용도를 선택하거나 입력해 주세요 (선택 사항).</translation>
    </message>
    <message>
        <source>登録する方は、あなたから見てどなたですか？</source>
        <translation>등록하는 분은 당신에게 누구입니까?</translation>
    </message>
    <message>
        <source>登録する方の住所を入力してください。</source>
        <translation>등록하는 분의 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>登録する方のお名前のふりがなを入力してください。</source>
        <translation>등록하는 분 이름의 읽는 법을 히라가나로 입력해 주세요.</translation>
    </message>
    <message>
        <source>登録する方のお名前を入力してください。</source>
        <translation>등록하는 분의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>登録する方の生年月日を入力してください。</source>
        <translation>등록하는 분의 생년월일을 입력해 주세요.</translation>
    </message>
    <message>
        <source>本人確認はどの方法でしますか？</source>
        <translation>본인 확인은 어떤 방법으로 합니까?</translation>
    </message>
    <message>
        <source>マイナンバーカード・運転免許証・パスポートなどがあれば、その場で登録できます。</source>
        <translation>마이넘버 카드·운전면허증·여권 등이 있으면 그 자리에서 등록할 수 있습니다.</translation>
    </message>
    <message>
        <source>顔写真付きの本人確認書類</source>
        <translation>사진이 있는 신분증</translation>
    </message>
    <message>
        <source>保証人（この町で印鑑登録済みの方）</source>
        <translation>보증인 (이 시·군에 인감 등록이 된 분)</translation>
    </message>
    <message>
        <source>照会書（後日、回答書を持参）</source>
        <translation>조회서 (나중에 회답서를 가지고 옴)</translation>
    </message>
    <message>
        <source>保証人のお名前を入力してください。</source>
        <translation>보증인의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>保証人の住所を入力してください。</source>
        <translation>보증인의 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>あなたの性別を選んでください。</source>
        <translation>성별을 선택해 주세요.</translation>
    </message>
    <message>
        <source>あなたが加入している年金を選んでください。</source>
        <translation>가입한 연금을 선택해 주세요.</translation>
    </message>
    <message>
        <source>厚生年金</source>
        <translation>후생연금</translation>
    </message>
    <message>
        <source>国民年金</source>
        <translation>국민연금</translation>
    </message>
    <message>
        <source>共済組合</source>
        <translation>공제조합</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>配偶者のお名前を入力してください（いなければ空欄）。</source>
        <translation>배우자의 이름을 입력해 주세요 (없으면 빈칸).</translation>
    </message>
    <message>
        <source>配偶者の生年月日を入力してください。</source>
        <translation>배우자의 생년월일을 입력해 주세요.</translation>
    </message>
    <message>
        <source>今年の1月1日も、今の住所に住んでいましたか？</source>
        <translation>올해 1월 1일에도 지금 주소에 살고 있었습니까?</translation>
    </message>
    <message>
        <source>今年1月1日の住所を入力してください。</source>
        <translation>올해 1월 1일의 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>対象となるお子さんを入力してください。</source>
        <translation>대상이 되는 자녀를 입력해 주세요.</translation>
    </message>
    <message>
        <source>手当の振込先を選んでください。</source>
        <translation>수당을 입금받을 곳을 선택해 주세요.</translation>
    </message>
    <message>
        <source>マイナンバーに登録した公金受取口座なら、口座の記入はいりません。</source>
        <translation>마이넘버에 등록한 공금 수령 계좌라면 계좌를 적을 필요가 없습니다.</translation>
    </message>
    <message>
        <source>公金受取口座</source>
        <translation>공금 수령 계좌 (마이넘버에 등록한 계좌)</translation>
    </message>
    <message>
        <source>請求者名義の口座</source>
        <translation>청구자 명의의 계좌</translation>
    </message>
    <message>
        <source>金融機関名と支店名を入力してください。</source>
        <translation>금융기관명과 지점명을 입력해 주세요.</translation>
    </message>
    <message>
        <source>口座の種別を選んでください。</source>
        <translation>계좌 종류를 선택해 주세요.</translation>
    </message>
    <message>
        <source>普通</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>当座</source>
        <translation>당좌</translation>
    </message>
    <message>
        <source>口座番号を入力してください。</source>
        <translation>계좌번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>口座名義をカタカナで入力してください。</source>
        <translation>계좌 명의를 가타카나로 입력해 주세요.</translation>
    </message>
    <message>
        <source>対象となる児童</source>
        <translation>대상 아동</translation>
    </message>
    <message>
        <source>同居・別居</source>
        <translation>동거·별거</translation>
    </message>
    <message>
        <source>同居</source>
        <translation>동거</translation>
    </message>
    <message>
        <source>別居</source>
        <translation>별거</translation>
    </message>
    <message>
        <source>監護</source>
        <translation>감호</translation>
    </message>
    <message>
        <source>生計同一</source>
        <translation>생계 같음</translation>
    </message>
    <message>
        <source>証明が必要な方は、あなたから見てどなたですか？</source>
        <translation>증명이 필요한 분은 당신에게 누구입니까?</translation>
    </message>
    <message>
        <source>同一世帯</source>
        <translation>같은 세대</translation>
    </message>
    <message>
        <source>配偶者・直系</source>
        <translation>배우자·직계</translation>
    </message>
    <message>
        <source>法定代理人</source>
        <translation>법정대리인</translation>
    </message>
    <message>
        <source>第三者</source>
        <translation>제3자</translation>
    </message>
    <message>
        <source>証明が必要な方の住所を入力してください。</source>
        <translation>증명이 필요한 분의 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>証明が必要な方のお名前を入力してください。</source>
        <translation>증명이 필요한 분의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>証明が必要な方の生年月日を入力してください。</source>
        <translation>증명이 필요한 분의 생년월일을 입력해 주세요.</translation>
    </message>
    <message>
        <source>どの証明が必要ですか？</source>
        <translation>어떤 증명이 필요합니까?</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <translation>주민표 사본</translation>
    </message>
    <message>
        <source>住民票の除票の写し</source>
        <translation>주민표 제표 사본 (전출·사망한 분)</translation>
    </message>
    <message>
        <source>住民票記載事項証明書</source>
        <translation>주민표 기재사항 증명서</translation>
    </message>
    <message>
        <source>どなたの分が必要ですか？</source>
        <translation>누구의 것이 필요합니까?</translation>
    </message>
    <message>
        <source>世帯全員の分は「世帯全員」、家族の一部の方だけなら「世帯の一部」を選んでください。</source>
        <translation>세대 전원의 것이면 &apos;세대 전원&apos;, 가족 중 일부만이면 &apos;세대 일부&apos;를 선택해 주세요.</translation>
    </message>
    <message>
        <source>必要な方のみ</source>
        <translation>필요한 분만</translation>
    </message>
    <message>
        <source>世帯全員</source>
        <translation>세대 전원</translation>
    </message>
    <message>
        <source>世帯の一部</source>
        <translation>세대 일부</translation>
    </message>
    <message>
        <source>必要な方のお名前を入力してください。</source>
        <translation>필요한 분의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>証明する事項を入力してください（提出先の様式があればお持ちください）。</source>
        <translation>증명할 사항을 입력해 주세요 (제출처 양식이 있으면 가져와 주세요).</translation>
    </message>
    <message>
        <source>記載が必要な事項にチェックしてください。</source>
        <translation>기재가 필요한 사항에 체크해 주세요.</translation>
    </message>
    <message>
        <source>提出先から指示がなければ、チェックは不要です。</source>
        <translation>제출처에서 요청이 없으면 체크할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>世帯主・続柄</source>
        <translation>세대주·관계</translation>
    </message>
    <message>
        <source>本籍・筆頭者</source>
        <translation>본적·필두자</translation>
    </message>
    <message>
        <source>個人番号</source>
        <translation>개인번호 (마이넘버)</translation>
    </message>
    <message>
        <source>住民票コード</source>
        <translation>주민표 코드</translation>
    </message>
    <message>
        <source>国籍・地域、在留資格等（外国人住民）</source>
        <translation>국적·지역, 체류 자격 등 (외국인 주민)</translation>
    </message>
    <message>
        <source>使いみち（提出先）を選ぶか、入力してください。</source>
        <translation>용도(제출처)를 선택하거나 입력해 주세요.</translation>
    </message>
    <message>
        <source>請求の理由を入力してください。</source>
        <translation>청구 이유를 입력해 주세요.</translation>
    </message>
    <message>
        <source>国民健康保険に入る理由を選んでください。</source>
        <translation>국민건강보험에 가입하는 이유를 선택해 주세요.</translation>
    </message>
    <message>
        <source>社会保険をやめた</source>
        <translation>직장 보험을 그만둠</translation>
    </message>
    <message>
        <source>扶養から外れた</source>
        <translation>피부양자에서 빠짐</translation>
    </message>
    <message>
        <source>出生</source>
        <translation>출생</translation>
    </message>
    <message>
        <source>生活保護の廃止</source>
        <translation>생활보호 폐지</translation>
    </message>
    <message>
        <source>その理由があった日（転入日・退職日の翌日など）を入力してください。</source>
        <translation>그 사유가 있었던 날을 입력해 주세요 (전입일·퇴직일 다음 날 등).</translation>
    </message>
    <message>
        <source>前の住所を入力してください。</source>
        <translation>이전 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>前に入っていた健康保険の名前を入力してください。</source>
        <translation>이전에 가입했던 건강보험의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>資格喪失証明書（または離職票など）をお持ちですか？</source>
        <translation>자격상실증명서 (또는 이직표 등)를 가지고 있습니까?</translation>
    </message>
    <message>
        <source>あなたご自身も加入しますか？</source>
        <translation>본인도 가입합니까?</translation>
    </message>
    <message>
        <source>加入する方を入力してください。</source>
        <translation>가입하는 분을 입력해 주세요.</translation>
    </message>
    <message>
        <source>すでに国民健康保険に入っている家族がいれば入力してください。</source>
        <translation>이미 국민건강보험에 가입한 가족이 있으면 입력해 주세요.</translation>
    </message>
    <message>
        <source>加入する方</source>
        <translation>가입하는 분</translation>
    </message>
    <message>
        <source>職業</source>
        <translation>직업</translation>
    </message>
    <message>
        <source>すでに加入している方</source>
        <translation>이미 가입한 분</translation>
    </message>
    <message>
        <source>国民健康保険をやめる理由を選んでください。</source>
        <translation>국민건강보험을 탈퇴하는 이유를 선택해 주세요.</translation>
    </message>
    <message>
        <source>社会保険に加入</source>
        <translation>직장 보험에 가입함</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>사망</translation>
    </message>
    <message>
        <source>生活保護の開始</source>
        <translation>생활보호 개시</translation>
    </message>
    <message>
        <source>後期高齢者医療へ移行</source>
        <translation>후기고령자 의료로 이행</translation>
    </message>
    <message>
        <source>その理由があった日（転出日・会社の保険に入った日など）を入力してください。</source>
        <translation>그 사유가 있었던 날을 입력해 주세요 (전출일·직장 보험에 가입한 날 등).</translation>
    </message>
    <message>
        <source>転出先の住所を入力してください。</source>
        <translation>이사 갈 곳의 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>新しく入った健康保険の名前を入力してください。</source>
        <translation>새로 가입한 건강보험의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>あなたご自身もやめますか？</source>
        <translation>본인도 탈퇴합니까?</translation>
    </message>
    <message>
        <source>やめる方を入力してください。</source>
        <translation>탈퇴하는 분을 입력해 주세요.</translation>
    </message>
    <message>
        <source>資格確認書（保険証）をお持ちですか？お持ちなら返却してください。</source>
        <translation>자격확인서 (보험증)를 가지고 있습니까? 있으면 반납해 주세요.</translation>
    </message>
    <message>
        <source>やめる方</source>
        <translation>탈퇴하는 분</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）は、あなたから見てどなたですか？</source>
        <translation>증명이 필요한 분 (호적에 기재된 분)은 당신에게 누구입니까?</translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation>배우자</translation>
    </message>
    <message>
        <source>直系（父母・祖父母）</source>
        <translation>직계 (부모·조부모)</translation>
    </message>
    <message>
        <source>直系（子・孫）</source>
        <translation>직계 (자녀·손자녀)</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）の住所を入力してください。</source>
        <translation>증명이 필요한 분 (호적에 기재된 분)의 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）のお名前を入力してください。</source>
        <translation>증명이 필요한 분 (호적에 기재된 분)의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）の生年月日を入力してください。</source>
        <translation>증명이 필요한 분 (호적에 기재된 분)의 생년월일을 입력해 주세요.</translation>
    </message>
    <message>
        <source>証明が必要な方の本籍を、番地まで入力してください。</source>
        <translation>증명이 필요한 분의 본적을 번지까지 입력해 주세요.</translation>
    </message>
    <message>
        <source>本籍地の都道府県・市区町村から番地まで。わからない方は、本籍が記載された住民票で確かめられます。</source>
        <translation>본적지의 도도부현·시구정촌부터 번지까지. 모르는 분은 본적이 기재된 주민표로 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>筆頭者のお名前を入力してください。</source>
        <translation>필두자의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>戸籍の最初に記載されている方です（多くは婚姻時に氏を名乗った方）。</source>
        <translation>호적 맨 처음에 기재된 분입니다 (대개 혼인할 때 그 성을 쓰기로 한 분).</translation>
    </message>
    <message>
        <source>本籍は、この町以外ですか？</source>
        <translation>본적은 이 시·군 이외입니까?</translation>
    </message>
    <message>
        <source>ほかの市区町村の戸籍も、本人・配偶者・直系の方は、ここで請求できます（広域交付）。</source>
        <translation>다른 시구정촌의 호적도 본인·배우자·직계인 분은 여기서 청구할 수 있습니다 (광역 교부).</translation>
    </message>
    <message>
        <source>必要な証明と通数を選んでください。</source>
        <translation>필요한 증명과 통수를 선택해 주세요.</translation>
    </message>
    <message>
        <source>戸籍全部事項証明（謄本）</source>
        <translation>호적 전부사항 증명 (등본)</translation>
    </message>
    <message>
        <source>戸籍個人事項証明（抄本）</source>
        <translation>호적 개인사항 증명 (초본)</translation>
    </message>
    <message>
        <source>除籍全部事項証明（除籍謄本）</source>
        <translation>제적 전부사항 증명 (제적등본)</translation>
    </message>
    <message>
        <source>改製原戸籍謄本</source>
        <translation>개제원호적 등본</translation>
    </message>
    <message>
        <source>戸籍の附票</source>
        <translation>호적 부표 (주소 기록)</translation>
    </message>
    <message>
        <source>身分証明書</source>
        <translation>신분증명서</translation>
    </message>
    <message>
        <source>独身証明書</source>
        <translation>독신증명서</translation>
    </message>
    <message>
        <source>受理証明書</source>
        <translation>수리증명서</translation>
    </message>
    <message>
        <source>亡くなった方のお名前を入力してください。</source>
        <translation>돌아가신 분의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>亡くなった方のお名前のふりがなを入力してください。</source>
        <translation>돌아가신 분 이름의 읽는 법을 히라가나로 입력해 주세요.</translation>
    </message>
    <message>
        <source>亡くなった方の生年月日を入力してください。</source>
        <translation>돌아가신 분의 생년월일을 입력해 주세요.</translation>
    </message>
    <message>
        <source>亡くなった日を入力してください。</source>
        <translation>돌아가신 날을 입력해 주세요.</translation>
    </message>
    <message>
        <source>亡くなった方は、あなたと同じ住所でしたか？</source>
        <translation>돌아가신 분은 당신과 같은 주소였습니까?</translation>
    </message>
    <message>
        <source>亡くなった方の住所を入力してください。</source>
        <translation>돌아가신 분의 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>亡くなった方から見て、あなたはどなたですか？</source>
        <translation>돌아가신 분에게 당신은 누구입니까?</translation>
    </message>
    <message>
        <source>死亡届はもう出しましたか？（葬儀社が代わりに出すことが多いです）</source>
        <translation>사망신고는 이미 했습니까? (장례업체가 대신 내는 경우가 많습니다)</translation>
    </message>
    <message>
        <source>亡くなった方は世帯主でしたか？</source>
        <translation>돌아가신 분은 세대주였습니까?</translation>
    </message>
    <message>
        <source>世帯に残る方は何人ですか？</source>
        <translation>세대에 남는 분은 몇 명입니까?</translation>
    </message>
    <message>
        <source>亡くなった方が入っていたもの・持っていたものにチェックしてください。</source>
        <translation>돌아가신 분이 가입했던 것·가지고 있던 것에 체크해 주세요.</translation>
    </message>
    <message>
        <source>わからないものは、チェックしなくても窓口で確認します。</source>
        <translation>모르는 것은 체크하지 않아도 창구에서 확인합니다.</translation>
    </message>
    <message>
        <source>国民健康保険</source>
        <translation>국민건강보험</translation>
    </message>
    <message>
        <source>後期高齢者医療</source>
        <translation>후기고령자 의료</translation>
    </message>
    <message>
        <source>介護保険</source>
        <translation>개호보험</translation>
    </message>
    <message>
        <source>年金を受給</source>
        <translation>연금 수급</translation>
    </message>
    <message>
        <source>障害者手帳・受給者証</source>
        <translation>장애인 수첩·수급자증</translation>
    </message>
    <message>
        <source>各種手当</source>
        <translation>각종 수당</translation>
    </message>
    <message>
        <source>子ども・ひとり親医療</source>
        <translation>아동·한부모 의료</translation>
    </message>
    <message>
        <source>印鑑登録</source>
        <translation>인감 등록</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>마이넘버 카드</translation>
    </message>
    <message>
        <source>喪主の方のお名前を入力してください（葬祭費の申請に使います）。</source>
        <translation>상주의 이름을 입력해 주세요 (장제비 신청에 사용합니다).</translation>
    </message>
    <message>
        <source>あなたは相続人ですか？</source>
        <translation>당신은 상속인입니까?</translation>
    </message>
    <message>
        <source>世帯主が変わる理由を選んでください。</source>
        <translation>세대주가 바뀌는 이유를 선택해 주세요.</translation>
    </message>
    <message>
        <source>世帯主の死亡</source>
        <translation>세대주 사망</translation>
    </message>
    <message>
        <source>世帯主の転出</source>
        <translation>세대주 전출</translation>
    </message>
    <message>
        <source>世帯主の変更（同居のまま）</source>
        <translation>세대주 변경 (동거 그대로)</translation>
    </message>
    <message>
        <source>変更があった日を入力してください。</source>
        <translation>변경된 날을 입력해 주세요.</translation>
    </message>
    <message>
        <source>あなたは、どなたですか？</source>
        <translation>당신은 누구입니까?</translation>
    </message>
    <message>
        <source>新しい世帯主</source>
        <translation>새 세대주</translation>
    </message>
    <message>
        <source>世帯員</source>
        <translation>세대원</translation>
    </message>
    <message>
        <source>続柄が変わる方を入力してください。</source>
        <translation>관계가 바뀌는 분을 입력해 주세요.</translation>
    </message>
    <message>
        <source>世帯員（続柄が変わる方）</source>
        <translation>세대원 (관계가 바뀌는 분)</translation>
    </message>
    <message>
        <source>変更前の続柄</source>
        <translation>변경 전 관계</translation>
    </message>
    <message>
        <source>変更後の続柄</source>
        <translation>변경 후 관계</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）は、あなたから見てどなたですか？</source>
        <translation>증명이 필요한 분 (납세의무자)은 당신에게 누구입니까?</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）の住所を入力してください。</source>
        <translation>납세의무자의 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）のお名前を入力してください。</source>
        <translation>납세의무자의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）の生年月日を入力してください。</source>
        <translation>납세의무자의 생년월일을 입력해 주세요.</translation>
    </message>
    <message>
        <source>何年度の証明が必要ですか？</source>
        <translation>몇 년도 증명이 필요합니까?</translation>
    </message>
    <message>
        <source>令和N年度の証明は、令和N−1年中の所得の証明です（例：令和8年度 → 令和7年1月〜12月の所得）。</source>
        <translation>레이와 N년도 증명은 레이와 N−1년 중 소득의 증명입니다 (예: 레이와 8년도 → 레이와 7년 1월~12월 소득).</translation>
    </message>
    <message>
        <source>所得証明書</source>
        <translation>소득증명서</translation>
    </message>
    <message>
        <source>課税（非課税）証明書</source>
        <translation>과세 (비과세) 증명서</translation>
    </message>
    <message>
        <source>所得課税証明書</source>
        <translation>소득과세증명서</translation>
    </message>
    <message>
        <source>納税証明書</source>
        <translation>납세증명서</translation>
    </message>
    <message>
        <source>納税証明書（軽自動車の車検用）</source>
        <translation>납세증명서 (경자동차 차검용)</translation>
    </message>
    <message>
        <source>未納がない証明書</source>
        <translation>미납이 없는 증명서</translation>
    </message>
    <message>
        <source>納税証明書の税目を選ぶか、入力してください。</source>
        <translation>납세증명서의 세목을 선택하거나 입력해 주세요.</translation>
    </message>
    <message>
        <source>車両番号を入力してください。</source>
        <translation>차량 번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>引越し</source>
        <translation>이사</translation>
    </message>
    <message>
        <source>引越した日はいつですか？</source>
        <translation>이사한 날은 언제입니까?</translation>
    </message>
    <message>
        <source>会社の健康保険に入っていない方（国民健康保険に入る方）はいますか？</source>
        <translation>직장 건강보험에 가입하지 않은 분 (국민건강보험에 가입할 분)이 있습니까?</translation>
    </message>
    <message>
        <source>マイナンバーカードをお持ちの方はいますか？</source>
        <translation>마이넘버 카드를 가진 분이 있습니까?</translation>
    </message>
    <message>
        <source>印鑑登録が必要ですか？（前の市区町村の登録は転出で廃止されています）</source>
        <translation>인감 등록이 필요합니까? (이전 시구정촌의 등록은 전출로 폐지되었습니다)</translation>
    </message>
    <message>
        <source>国民健康保険に入っている方はいますか？</source>
        <translation>국민건강보험에 가입한 분이 있습니까?</translation>
    </message>
    <message>
        <source>引越す日（予定日）はいつですか？</source>
        <translation>이사하는 날 (예정일)은 언제입니까?</translation>
    </message>
    <message>
        <source>印鑑登録をしている方はいますか？</source>
        <translation>인감 등록을 한 분이 있습니까?</translation>
    </message>
    <message>
        <source>お子さんが生まれた日はいつですか？</source>
        <translation>아이가 태어난 날은 언제입니까?</translation>
    </message>
    <message>
        <source>お子さんを扶養する方は、国民健康保険に入っていますか？</source>
        <translation>아이를 부양하는 분은 국민건강보험에 가입해 있습니까?</translation>
    </message>
    <message>
        <source>おくやみ</source>
        <translation>가족 사망</translation>
    </message>
    <message>
        <source>結婚</source>
        <translation>결혼</translation>
    </message>
    <message>
        <source>婚姻届を出す日（出した日）はいつですか？</source>
        <translation>혼인신고를 내는 날 (낸 날)은 언제입니까?</translation>
    </message>
    <message>
        <source>結婚にともなって引越しますか？</source>
        <translation>결혼에 따라 이사합니까?</translation>
    </message>
    <message>
        <source>引越しなし</source>
        <translation>이사하지 않음</translation>
    </message>
    <message>
        <source>町内で引越し</source>
        <translation>같은 시·군 안에서 이사</translation>
    </message>
    <message>
        <source>町外から転入</source>
        <translation>다른 시·군에서 전입</translation>
    </message>
    <message>
        <source>町外へ転出</source>
        <translation>다른 시·군으로 전출</translation>
    </message>
    <message>
        <source>氏（名字）が変わる方はいますか？</source>
        <translation>성이 바뀌는 분이 있습니까?</translation>
    </message>
    <message>
        <source>健康保険は変わりますか？</source>
        <translation>건강보험이 바뀝니까?</translation>
    </message>
    <message>
        <source>変わらない</source>
        <translation>바뀌지 않음</translation>
    </message>
    <message>
        <source>国民健康保険に入る</source>
        <translation>국민건강보험에 가입</translation>
    </message>
    <message>
        <source>国民健康保険をやめる（配偶者の健康保険に入る）</source>
        <translation>국민건강보험 탈퇴 (배우자의 건강보험에 가입)</translation>
    </message>
    <message>
        <source>氏が変わる方は、印鑑登録をしていますか？</source>
        <translation>성이 바뀌는 분은 인감 등록을 했습니까?</translation>
    </message>
    <message>
        <source>離婚</source>
        <translation>이혼</translation>
    </message>
    <message>
        <source>離婚届を出す日（出した日）はいつですか？</source>
        <translation>이혼신고를 내는 날 (낸 날)은 언제입니까?</translation>
    </message>
    <message>
        <source>離婚にともなって引越しますか？</source>
        <translation>이혼에 따라 이사합니까?</translation>
    </message>
    <message>
        <source>配偶者の健康保険から外れて、国民健康保険に入りますか？</source>
        <translation>배우자의 건강보험에서 빠져 국민건강보험에 가입합니까?</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>読み取りが終わるまで、カードは置いたままにしてください</source>
        <translation>읽기가 끝날 때까지 카드를 그대로 올려 두세요</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>運転免許証をカードリーダーに置いてください</source>
        <translation>운전면허증을 카드 리더기에 올려 주세요</translation>
    </message>
    <message>
        <source>マイナンバーカードをカードリーダーに置いてください</source>
        <translation>마이넘버 카드를 카드 리더기에 올려 주세요</translation>
    </message>
</context>
<context>
    <name>KanaPad</name>
    <message>
        <source>濁点（゛）をつける</source>
        <translation>탁점(゛) 붙이기</translation>
    </message>
    <message>
        <source>濁点 ゛</source>
        <translation>탁점 ゛</translation>
    </message>
    <message>
        <source>半濁点（゜）をつける</source>
        <translation>반탁점(゜) 붙이기</translation>
    </message>
    <message>
        <source>半濁点 ゜</source>
        <translation>반탁점 ゜</translation>
    </message>
    <message>
        <source>小さい文字にする</source>
        <translation>작은 글자로 바꾸기</translation>
    </message>
    <message>
        <source>空白を入れる</source>
        <translation>공백 넣기</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>한 글자 지우기</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>ひらがなにする</source>
        <translation>히라가나로 바꾸기</translation>
    </message>
    <message>
        <source>ローマ字（A〜Z）にする</source>
        <translation>로마자(A~Z)로 바꾸기</translation>
    </message>
    <message>
        <source>小</source>
        <translation>작게</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>공백</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>全部
消す</source>
        <translation>모두
지우기</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>窓口 受付</source>
        <translation>창구 접수</translation>
    </message>
    <message>
        <source>言語 / Language</source>
        <translation>언어 / Language</translation>
    </message>
    <message>
        <source>表示する言語を選ぶ</source>
        <translation>표시 언어 선택</translation>
    </message>
    <message>
        <source>音声 オフ</source>
        <translation>음성 꺼짐</translation>
    </message>
    <message>
        <source>音声 オン</source>
        <translation>음성 켜짐</translation>
    </message>
    <message>
        <source>音声案内をオンにする</source>
        <translation>음성 안내 켜기</translation>
    </message>
    <message>
        <source>音声案内をオフにする</source>
        <translation>음성 안내 끄기</translation>
    </message>
    <message>
        <source>ただいま番号札を発行できません。お近くの係員にお声がけください。</source>
        <translation>지금은 번호표를 발급할 수 없습니다. 가까운 직원에게 말씀해 주세요.</translation>
    </message>
    <message>
        <source>暗証番号がロックされています</source>
        <translation>비밀번호가 잠겨 있습니다</translation>
    </message>
    <message>
        <source>ロックは窓口で解除できます。今日はカードを使わずにお進みください。</source>
        <translation>잠금은 창구에서 해제할 수 있습니다. 오늘은 카드 없이 진행해 주세요.</translation>
    </message>
    <message>
        <source>カードが読み取り中に離れました</source>
        <translation>읽는 중에 카드가 리더기에서 떨어졌습니다</translation>
    </message>
    <message>
        <source>もう一度カードを置いて、読み取りが終わるまでそのままにしてください。</source>
        <translation>카드를 다시 올려 두고, 읽기가 끝날 때까지 그대로 두세요.</translation>
    </message>
    <message>
        <source>このカードは読み取れません</source>
        <translation>이 카드는 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>カードをお取りになり、マイナンバーカードか運転免許証をお使いください。</source>
        <translation>카드를 가져가시고, 마이넘버 카드나 운전면허증을 사용해 주세요.</translation>
    </message>
    <message>
        <source>カードの内容を正しく読み取れませんでした</source>
        <translation>카드 내용을 제대로 읽지 못했습니다</translation>
    </message>
    <message>
        <source>もう一度お試しいただくか、カードを使わずにお進みください。窓口で職員がお手伝いします。</source>
        <translation>다시 시도하시거나 카드 없이 진행해 주세요. 창구에서 직원이 도와 드립니다.</translation>
    </message>
    <message>
        <source>カードが見つかりません</source>
        <translation>카드를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>カードをカードリーダーの上に置いてください。</source>
        <translation>카드를 카드 리더기 위에 올려 주세요.</translation>
    </message>
    <message>
        <source>このあと：%1</source>
        <translation>다음: %1</translation>
    </message>
    <message>
        <source>画面にこの番号が表示されたら、表示された窓口へお越しください</source>
        <translation>화면에 이 번호가 표시되면 안내된 창구로 와 주세요.</translation>
    </message>
    <message>
        <source>呼び出しに間に合わなかったときは、このQRコードを受付機にかざしてください</source>
        <translation>호출을 놓치셨다면 이 QR코드를 접수기의 리더기에 대 주세요.</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>言語を選んでください</source>
        <translation>언어를 선택해 주세요</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>言語を変えずにもどる</source>
        <translation>언어를 바꾸지 않고 돌아가기</translation>
    </message>
</context>
<context>
    <name>MoreTimePanel</name>
    <message>
        <source>まだ続けますか？</source>
        <translation>계속하시겠습니까?</translation>
    </message>
    <message>
        <source>操作がないため、まもなく最初の画面にもどります。入力した内容は消えます。</source>
        <translation>한동안 조작이 없어 곧 처음 화면으로 돌아갑니다. 입력한 내용은 지워집니다.</translation>
    </message>
    <message>
        <source>続ける</source>
        <translation>계속하기</translation>
    </message>
    <message numerus="yes">
        <source>あと%n秒</source>
        <translation>
            <numerusform>%n초 남았습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>訂正</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>한 자리 지우기</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>모두 지우기</translation>
    </message>
</context>
<context>
    <name>PinPadPage</name>
    <message>
        <source>暗証番号（数字4桁）を入力してください</source>
        <translation>비밀번호(숫자 4자리)를 입력해 주세요</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>한 자리 지우기</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>カードを使うのをやめる</source>
        <translation>카드 사용 취소</translation>
    </message>
    <message>
        <source>確定</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>券面事項入力補助用の暗証番号です</source>
        <translation>카드 기재 사항을 읽기 위한 비밀번호입니다 (券面事項入力補助用)</translation>
    </message>
    <message>
        <source>免許証の暗証番号1です</source>
        <translation>운전면허증의 비밀번호 1입니다</translation>
    </message>
    <message>
        <source>暗証番号が違います。</source>
        <translation>비밀번호가 틀렸습니다. </translation>
    </message>
    <message numerus="yes">
        <source>あと%n回入力できます</source>
        <translation>
            <numerusform>%n번 더 입력할 수 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>あと1回間違えるとロックされ、窓口での解除が必要になります。わからないときは係員にお尋ねください</source>
        <translation>한 번 더 틀리면 잠기며, 창구에서 해제해야 합니다. 잘 모르실 때는 직원에게 문의해 주세요</translation>
    </message>
    <message numerus="yes">
        <source>%n桁入力済み</source>
        <translation>
            <numerusform>%n자리 입력됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>もう一度カードを置く</source>
        <translation>카드 다시 올리기</translation>
    </message>
    <message>
        <source>カードを使わずに進む</source>
        <translation>카드 없이 진행하기</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>もどる</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>이전 화면으로 돌아가기</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>%1（%2人目）の%3</source>
        <translation>%1 (%2번째 사람)의 %3</translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <source>読み取り中です</source>
        <translation>읽는 중입니다</translation>
    </message>
    <message>
        <source>カードを動かさないでください</source>
        <translation>카드를 움직이지 마세요</translation>
    </message>
</context>
<context>
    <name>ReferencePad</name>
    <message>
        <source>訂正</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>한 글자 지우기</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>모두 지우기</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>はじめの画面にもどる</source>
        <translation>처음 화면으로 돌아가기</translation>
    </message>
    <message>
        <source>あなたの番号</source>
        <translation>접수 번호</translation>
    </message>
    <message numerus="yes">
        <source>あなたの前に %n人 お待ちです</source>
        <translation>
            <numerusform>앞에 %n명이 기다리고 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>まもなくお呼びします</source>
        <translation>곧 불러 드리겠습니다</translation>
    </message>
    <message>
        <source>番号札をお取りください</source>
        <translation>번호표를 받아 가세요</translation>
    </message>
    <message>
        <source>この番号をお控えください</source>
        <translation>이 번호를 기억해 주세요</translation>
    </message>
    <message>
        <source>番号札を印刷できませんでした。画面の番号を写真に撮るか、メモしてください。順番は確保されています。</source>
        <translation>번호표를 인쇄하지 못했습니다. 화면의 번호를 사진으로 찍거나 메모해 주세요. 대기 순서는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。</source>
        <translation>이 접수기는 번호표를 인쇄하지 않습니다(프린터가 없습니다). 화면의 번호를 사진으로 찍거나 메모해 주세요.</translation>
    </message>
    <message>
        <source>まもなく</source>
        <translation>곧</translation>
    </message>
    <message>
        <source>3時間以上</source>
        <translation>3시간 이상</translation>
    </message>
    <message numerus="yes">
        <source>約%n分</source>
        <translation>
            <numerusform>약 %n분</numerusform>
        </translation>
    </message>
    <message>
        <source>約%1時間%2分</source>
        <translation>약 %1시간 %2분</translation>
    </message>
    <message numerus="yes">
        <source>約%n時間</source>
        <translation>
            <numerusform>약 %n시간</numerusform>
        </translation>
    </message>
    <message>
        <source>待ち時間の目安：%1</source>
        <translation>예상 대기 시간: %1</translation>
    </message>
    <message>
        <source>ただいまお呼びしています</source>
        <translation>지금 호출하고 있습니다</translation>
    </message>
    <message>
        <source>%1へお越しください</source>
        <translation>%1(으)로 와 주세요</translation>
    </message>
    <message>
        <source>順番にもどりました</source>
        <translation>대기 순서로 돌아왔습니다</translation>
    </message>
    <message>
        <source>順番にお待ちください</source>
        <translation>순서를 기다려 주세요</translation>
    </message>
    <message>
        <source>ご予約の時刻（%1）から、優先してお呼びします</source>
        <translation>예약 시간(%1)부터 우선 불러 드리겠습니다</translation>
    </message>
    <message>
        <source>ご予約の方として、まもなくお呼びします</source>
        <translation>예약하신 분이므로 곧 불러 드리겠습니다</translation>
    </message>
    <message>
        <source>申請書を印刷しました。番号札と一緒にお取りになり、窓口でお名前を書いてください。</source>
        <translation>신청서를 인쇄했습니다. 번호표와 함께 가져가시고, 창구에서 이름을 써 주세요.</translation>
    </message>
    <message>
        <source>申請書を印刷できませんでした。窓口で職員が印刷します。順番は確保されています。</source>
        <translation>신청서를 인쇄하지 못했습니다. 창구에서 직원이 인쇄해 드립니다. 대기 순서는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>申し訳ありません</source>
        <translation>죄송합니다</translation>
    </message>
    <message>
        <source>番号札を発行できませんでした。お近くの係員にお声がけください。</source>
        <translation>번호표를 발급하지 못했습니다. 가까운 직원에게 말씀해 주세요.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>この内容でよろしいですか？</source>
        <translation>이 내용으로 괜찮으십니까?</translation>
    </message>
    <message>
        <source>もどって直す</source>
        <translation>돌아가서 수정</translation>
    </message>
    <message>
        <source>上を見る</source>
        <translation>위로 보기</translation>
    </message>
    <message>
        <source>下を見る</source>
        <translation>아래로 보기</translation>
    </message>
    <message>
        <source>この内容で番号札を取る</source>
        <translation>이 내용으로 번호표 받기</translation>
    </message>
    <message>
        <source>手数料の合計：%1円</source>
        <translation>수수료 합계: %1엔</translation>
    </message>
    <message>
        <source>手数料はかかりません</source>
        <translation>수수료는 없습니다</translation>
    </message>
    <message>
        <source>%1（%2人目）</source>
        <translation>%1 (%2번째 사람)</translation>
    </message>
    <message>
        <source>（空欄）</source>
        <translation>(빈칸)</translation>
    </message>
    <message>
        <source>変える</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>入力する</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>%1を変える</source>
        <translation>%1 변경</translation>
    </message>
    <message>
        <source>このあと窓口で行う手続き</source>
        <translation>이후 창구에서 진행할 절차</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>＋ 追加する</source>
        <translation>＋ 한 명 추가</translation>
    </message>
    <message>
        <source>一人追加する</source>
        <translation>한 명 추가하기</translation>
    </message>
    <message>
        <source>%1人目：%2</source>
        <translation>%1번째 사람: %2</translation>
    </message>
    <message>
        <source>（未入力があります）</source>
        <translation> (입력하지 않은 항목이 있습니다)</translation>
    </message>
    <message>
        <source>消す</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>%1人目を消す</source>
        <translation>%1번째 사람 삭제</translation>
    </message>
    <message>
        <source>＋ %1</source>
        <translation>＋ %1</translation>
    </message>
    <message>
        <source>%1さんを追加する</source>
        <translation>%1 님 추가</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>ご用件を選んで、番号札をお取りください</source>
        <translation>업무를 선택하고 번호표를 받아 가세요</translation>
    </message>
    <message>
        <source>予約の方</source>
        <translation>예약하신 분</translation>
    </message>
    <message>
        <source>予約の方の受付</source>
        <translation>예약하신 분 접수</translation>
    </message>
    <message>
        <source>番号札をお持ちの方</source>
        <translation>번호표가 있으신 분</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>이전 화면으로 돌아가기</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>취소하고 처음 화면으로 돌아가기</translation>
    </message>
    <message numerus="yes">
        <source>%1
待ち %n人</source>
        <translation>
            <numerusform>%1
대기 %n명</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeCardPage</name>
    <message>
        <source>カードをお取りください</source>
        <translation>카드를 가져가 주세요</translation>
    </message>
    <message>
        <source>カードを取ると、次の画面に進みます</source>
        <translation>카드를 가져가시면 다음 화면으로 넘어갑니다</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>番号札の番号を入力してください</source>
        <translation>번호표의 번호를 입력해 주세요</translation>
    </message>
    <message>
        <source>番号札のQRコードを読み取り機にかざすこともできます</source>
        <translation>번호표의 QR코드를 리더기에 대셔도 됩니다</translation>
    </message>
    <message>
        <source>入力した番号</source>
        <translation>입력한 번호</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>이전 화면으로 돌아가기</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>취소하고 처음 화면으로 돌아가기</translation>
    </message>
    <message>
        <source>確認する</source>
        <translation>확인하기</translation>
    </message>
    <message>
        <source>この番号を確認する</source>
        <translation>이 번호 확인하기</translation>
    </message>
    <message>
        <source>ただいま番号札を確認できません。お近くの係員にお声がけください。</source>
        <translation>지금은 번호표를 확인할 수 없습니다. 가까운 직원에게 말씀해 주세요.</translation>
    </message>
    <message>
        <source>この番号札は、書類をお待ちいただいている状態です。窓口の係員にお声がけください。</source>
        <translation>이 번호표는 서류를 기다리는 중입니다. 창구 직원에게 말씀해 주세요.</translation>
    </message>
    <message>
        <source>この番号札の手続きは終わっています。ご用件があれば、新しい番号札をお取りください。</source>
        <translation>이 번호표의 절차는 끝났습니다. 다른 용건이 있으시면 새 번호표를 받아 주세요.</translation>
    </message>
    <message>
        <source>この番号は見つかりませんでした。本日の番号札の番号をお確かめください。</source>
        <translation>이 번호를 찾을 수 없습니다. 오늘 받은 번호표의 번호를 확인해 주세요.</translation>
    </message>
</context>
<context>
    <name>ViewPage</name>
    <message>
        <source>見やすい表示を選んでください</source>
        <translation>보기 쉬운 화면을 선택하세요</translation>
    </message>
    <message>
        <source>文字の大きさ</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>標準</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>大</source>
        <translation>크게</translation>
    </message>
    <message>
        <source>特大</source>
        <translation>아주 크게</translation>
    </message>
    <message>
        <source>文字の大きさ：%1</source>
        <translation>글자 크기: %1</translation>
    </message>
    <message>
        <source>白黒反転</source>
        <translation>흑백 반전</translation>
    </message>
    <message>
        <source>低い位置に表示</source>
        <translation>아래쪽에 표시</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>お持ちのカードを選んでください</source>
        <translation>가지고 계신 카드를 선택해 주세요</translation>
    </message>
    <message>
        <source>カードを使うと、申請書にお名前やご住所を書かずにすみます</source>
        <translation>카드를 사용하면 신청서에 이름과 주소를 쓰지 않아도 됩니다</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>마이넘버 카드</translation>
    </message>
    <message>
        <source>運転免許証</source>
        <translation>운전면허증</translation>
    </message>
    <message>
        <source>カードを使わない</source>
        <translation>카드 없이 진행</translation>
    </message>
    <message>
        <source>予約の方</source>
        <translation>예약하신 분</translation>
    </message>
    <message>
        <source>予約の方の受付</source>
        <translation>예약하신 분 접수</translation>
    </message>
    <message>
        <source>番号札をお持ちの方</source>
        <translation>번호표가 있으신 분</translation>
    </message>
    <message>
        <source>カードリーダーが使えません。カードを使わずにお進みください</source>
        <translation>카드 리더기를 사용할 수 없습니다. 카드 없이 진행해 주세요</translation>
    </message>
    <message>
        <source>文字を大きく・見やすく</source>
        <translation>글자 크게·잘 보이게</translation>
    </message>
</context>
</TS>
