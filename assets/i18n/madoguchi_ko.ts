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
        <source>この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。</source>
        <translation>이 접수기는 번호표를 인쇄하지 않습니다(프린터가 없습니다). 화면의 번호를 사진으로 찍거나 메모해 주세요.</translation>
    </message>
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
