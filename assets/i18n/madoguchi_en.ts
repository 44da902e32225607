<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>AppointmentPage</name>
    <message>
        <source>予約番号を入力してください</source>
        <translation>Please enter your reservation number</translation>
    </message>
    <message>
        <source>予約確認のQRコードをお持ちの方は、読み取り機にかざしてください</source>
        <translation>If you have the QR code of your reservation, hold it up to the scanner</translation>
    </message>
    <message>
        <source>入力した予約番号</source>
        <translation>Reservation number entered</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>Back to the previous screen</translation>
    </message>
    <message>
        <source>通常の番号札を取る</source>
        <translation>Take a regular ticket</translation>
    </message>
    <message>
        <source>受付する</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>この予約番号で受付する</source>
        <translation>Check in with this reservation number</translation>
    </message>
    <message>
        <source>この予約はほかの庁舎のものです。ご予約の庁舎でお手続きください。</source>
        <translation>This reservation is for another office. Please go to the office where you made it.</translation>
    </message>
    <message>
        <source>ご予約は%1月%2日 %3です。当日にお越しください。</source>
        <translation>Your reservation is on %1/%2 at %3. Please come on that day.</translation>
    </message>
    <message>
        <source>ご予約の日（%1月%2日）は過ぎています。お近くの係員にお声がけください。</source>
        <translation>The day of your reservation (%1/%2) has passed. Please ask a nearby clerk.</translation>
    </message>
    <message>
        <source>この予約は受付済みです。あなたの番号は %1 です。</source>
        <translation>This reservation has already been checked in. Your number is %1.</translation>
    </message>
    <message>
        <source>ご予約の時刻（%1）を%2分以上過ぎています。通常の順番の番号札をお取りいただけます。</source>
        <translation>It is more than %2 minutes past your reservation time (%1). You can take a regular ticket and wait in line.</translation>
    </message>
    <message>
        <source>この予約番号は見つかりませんでした。番号をお確かめください。</source>
        <translation>We could not find this reservation number. Please check the number.</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>（住民票が同じ家族）</source>
        <translation>(same residence record)</translation>
    </message>
    <message>
        <source>（親権者・成年後見人）</source>
        <translation>(a parent or guardian)</translation>
    </message>
    <message>
        <source>（上のどれでもない方）</source>
        <translation>(none of the above)</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>どの手続きをしますか？</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>申請書・届出書から選ぶ</source>
        <translation>Choose a form</translation>
    </message>
    <message>
        <source>くらしのできごとから選ぶ（引越し・出生など）</source>
        <translation>Choose by life event (moving, a birth, ...)</translation>
    </message>
    <message>
        <source>申請書は作らず、番号札だけ取る</source>
        <translation>Only take a number, no forms</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>Cancel and go back to the start</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>カードから読み取った内容をご確認ください</source>
        <translation>Please check what was read from your card</translation>
    </message>
    <message>
        <source>お名前</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>ご住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>この内容で正しい</source>
        <translation>This is correct</translation>
    </message>
    <message>
        <source>違うところがある
（窓口で職員が直します）</source>
        <translation>Something is wrong
(a clerk will correct it)</translation>
    </message>
    <message>
        <source>%1（%2年%3月%4日）</source>
        <translation>%2/%3/%4 (%1)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>「〓」の文字はカードに登録できない文字です。窓口で正しい文字を確認します</source>
        <translation>“〓” marks a character the card cannot hold. The clerk will confirm the correct character.</translation>
    </message>
</context>
<context>
    <name>CountsEditor</name>
    <message>
        <source>%1を1通減らす</source>
        <translation>Remove one copy of %1</translation>
    </message>
    <message>
        <source>%1を1通増やす</source>
        <translation>Add one copy of %1</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Day</translation>
    </message>
</context>
<context>
    <name>FormWords</name>
    <message>
        <source>あなたの住所を入力してください。</source>
        <translation>Enter your address.</translation>
    </message>
    <message>
        <source>あなたのお名前のふりがなを入力してください。</source>
        <translation>Enter the reading of your name in hiragana (furigana).</translation>
    </message>
    <message>
        <source>あなたのお名前を入力してください。</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>あなたの生年月日を入力してください。</source>
        <translation>Enter your date of birth.</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号を入力してください。</source>
        <translation>Enter a phone number we can reach you at during the day.</translation>
    </message>
    <message>
        <source>どの届出ですか？</source>
        <translation>Which notification is it?</translation>
    </message>
    <message>
        <source>町外から来た方は「転入」、町内で引越した方は「転居」、町外へ引越す方は「転出」です。</source>
        <translation>Moved here from another town: “moving in”; moved within the town: “moving within”; moving to another town: “moving out”.</translation>
    </message>
    <message>
        <source>転入</source>
        <translation>Moving in (from another town)</translation>
    </message>
    <message>
        <source>転居</source>
        <translation>Moving within the town</translation>
    </message>
    <message>
        <source>転出</source>
        <translation>Moving out (to another town)</translation>
    </message>
    <message>
        <source>引越しの日（転出の方は予定日）を入力してください。</source>
        <translation>Enter the date of the move (moving out: the planned date).</translation>
    </message>
    <message>
        <source>新しい住所（転出の方は転出先）を入力してください。</source>
        <translation>Enter the new address (moving out: where you are moving to).</translation>
    </message>
    <message>
        <source>新しい住所の郵便番号を入力してください（わかれば）。</source>
        <translation>Enter the postal code of the new address (if you know it).</translation>
    </message>
    <message>
        <source>あなたご自身も引越しますか？</source>
        <translation>Are you moving too?</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
    <message>
        <source>一緒に引越す方を入力してください。</source>
        <translation>Enter the people moving with you.</translation>
    </message>
    <message>
        <source>お一人ずつ、お名前・生年月日・続柄を入力します。</source>
        <translation>One person at a time: name, date of birth and relationship.</translation>
    </message>
    <message>
        <source>新しい世帯主のお名前を入力してください。</source>
        <translation>Enter the name of the new head of household.</translation>
    </message>
    <message>
        <source>前の世帯主のお名前を入力してください。</source>
        <translation>Enter the name of the previous head of household.</translation>
    </message>
    <message>
        <source>あなたは、引越す方から見てどなたですか？</source>
        <translation>Who are you to the people moving?</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Myself</translation>
    </message>
    <message>
        <source>世帯主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>代理人（委任状）</source>
        <translation>Representative (with a letter of authorization)</translation>
    </message>
    <message>
        <source>委任状をお持ちですか？</source>
        <translation>Do you have a letter of authorization?</translation>
    </message>
    <message>
        <source>国民健康保険に入っている（入る）方はいますか？</source>
        <translation>Is anyone in (or joining) National Health Insurance?</translation>
    </message>
    <message>
        <source>外国籍の方は一緒に引越しますか？</source>
        <translation>Is anyone of foreign nationality moving too?</translation>
    </message>
    <message>
        <source>外国籍の方の在留資格などを入力してください。</source>
        <translation>Enter the residence status and other details of those of foreign nationality.</translation>
    </message>
    <message>
        <source>異動する方</source>
        <translation>People moving</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>続柄</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>住民票コード（転入）</source>
        <translation>Resident record code (moving in)</translation>
    </message>
    <message>
        <source>外国人住民の方</source>
        <translation>Residents of foreign nationality</translation>
    </message>
    <message>
        <source>国籍・地域</source>
        <translation>Nationality / region</translation>
    </message>
    <message>
        <source>在留資格</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <source>在留期間</source>
        <translation>Period of stay</translation>
    </message>
    <message>
        <source>満了日</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>在留カード番号</source>
        <translation>Residence card number</translation>
    </message>
    <message>
        <source>印鑑登録をしている方は、あなたから見てどなたですか？</source>
        <translation>Who is the person with the registered seal, to you?</translation>
    </message>
    <message>
        <source>ご自身の分なら「本人」を選んでください。</source>
        <translation>If it is for yourself, choose “Myself”.</translation>
    </message>
    <message>
        <source>わたし（本人）</source>
        <translation>Myself</translation>
    </message>
    <message>
        <source>印鑑登録をしている方の住所を入力してください。</source>
        <translation>Enter the address of the person with the registered seal.</translation>
    </message>
    <message>
        <source>印鑑登録をしている方のお名前を入力してください。</source>
        <translation>Enter the name of the person with the registered seal.</translation>
    </message>
    <message>
        <source>印鑑登録をしている方の生年月日を入力してください。</source>
        <translation>Enter the date of birth of the person with the registered seal.</translation>
    </message>
    <message>
        <source>廃止申請</source>
        <translation>Cancel the registration</translation>
    </message>
    <message>
        <source>亡失届（登録証をなくした）</source>
        <translation>Report a loss (the registration card is lost)</translation>
    </message>
    <message>
        <source>なくした日と場所（わかる範囲で）を入力してください。</source>
        <translation>Enter when and where it was lost (as far as you know).</translation>
    </message>
    <message>
        <source>続けて新しい印鑑を登録しますか？</source>
        <translation>Do you want to register a new seal now as well?</translation>
    </message>
    <message>
        <source>代理人（登録証持参）</source>
        <translation>Representative (with the registration card)</translation>
    </message>
    <message>
        <source>何をお持ちですか？</source>
        <translation>What do you have with you?</translation>
    </message>
    <message>
        <source>印鑑登録証明書には、印鑑登録証（カード）かマイナンバーカードが必要です。</source>
        <translation>A seal registration certificate needs the seal registration card or a My Number card.</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）</source>
        <translation>Seal registration card</translation>
    </message>
    <message>
        <source>マイナンバーカード（登録証の機能付き）</source>
        <translation>My Number card (with the registration card function)</translation>
    </message>
    <message>
        <source>印鑑登録番号を入力してください。</source>
        <translation>Enter the seal registration number.</translation>
    </message>
    <message>
        <source>印鑑登録証に書かれた番号です。わからなければ空欄のままで構いません。</source>
        <translation>The number on the registration card. If you do not know it, leave it empty.</translation>
    </message>
    <message>
        <source>何通必要ですか？</source>
        <translation>How many copies do you need?</translation>
    </message>
    <message>
        <source>使いみちを選ぶか、入力してください（任意）。</source>
        <translation>Choose or enter what it is for (optional).</translation>
    </message>
    <message>
        <source>登録する方は、あなたから見てどなたですか？</source>
        <translation>Who is the person registering, to you?</translation>
    </message>
    <message>
        <source>登録する方の住所を入力してください。</source>
        <translation>Enter the address of the person registering.</translation>
    </message>
    <message>
        <source>登録する方のお名前のふりがなを入力してください。</source>
        <translation>Enter the reading of the registering person&apos;s name in hiragana (furigana).</translation>
    </message>
    <message>
        <source>登録する方のお名前を入力してください。</source>
        <translation>Enter the name of the person registering.</translation>
    </message>
    <message>
        <source>登録する方の生年月日を入力してください。</source>
        <translation>Enter the date of birth of the person registering.</translation>
    </message>
    <message>
        <source>本人確認はどの方法でしますか？</source>
        <translation>How will you prove your identity?</translation>
    </message>
    <message>
        <source>マイナンバーカード・運転免許証・パスポートなどがあれば、その場で登録できます。</source>
        <translation>With a My Number card, a driver&apos;s licence, a passport or similar, the seal is registered on the spot.</translation>
    </message>
    <message>
        <source>顔写真付きの本人確認書類</source>
        <translation>Photo ID</translation>
    </message>
    <message>
        <source>保証人（この町で印鑑登録済みの方）</source>
        <translation>A guarantor (with a seal registered in this town)</translation>
    </message>
    <message>
        <source>照会書（後日、回答書を持参）</source>
        <translation>An inquiry letter (you bring back the reply later)</translation>
    </message>
    <message>
        <source>保証人のお名前を入力してください。</source>
        <translation>Enter the guarantor&apos;s name.</translation>
    </message>
    <message>
        <source>保証人の住所を入力してください。</source>
        <translation>Enter the guarantor&apos;s address.</translation>
    </message>
    <message>
        <source>あなたの性別を選んでください。</source>
        <translation>Choose your sex.</translation>
    </message>
    <message>
        <source>あなたが加入している年金を選んでください。</source>
        <translation>Choose the pension you belong to.</translation>
    </message>
    <message>
        <source>厚生年金</source>
        <translation>Employees&apos; Pension</translation>
    </message>
    <message>
        <source>国民年金</source>
        <translation>National Pension</translation>
    </message>
    <message>
        <source>共済組合</source>
        <translation>Mutual aid association</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>配偶者のお名前を入力してください（いなければ空欄）。</source>
        <translation>Enter your spouse&apos;s name (leave it empty if you have none).</translation>
    </message>
    <message>
        <source>配偶者の生年月日を入力してください。</source>
        <translation>Enter your spouse&apos;s date of birth.</translation>
    </message>
    <message>
        <source>今年の1月1日も、今の住所に住んでいましたか？</source>
        <translation>On 1 January this year, did you already live at your present address?</translation>
    </message>
    <message>
        <source>今年1月1日の住所を入力してください。</source>
        <translation>Enter your address on 1 January this year.</translation>
    </message>
    <message>
        <source>対象となるお子さんを入力してください。</source>
        <translation>Enter the children the allowance is for.</translation>
    </message>
    <message>
        <source>手当の振込先を選んでください。</source>
        <translation>Choose where the allowance is to be paid.</translation>
    </message>
    <message>
        <source>マイナンバーに登録した公金受取口座なら、口座の記入はいりません。</source>
        <translation>With the public benefit account registered to your My Number, no account details are needed.</translation>
    </message>
    <message>
        <source>公金受取口座</source>
        <translation>Public benefit account (registered to your My Number)</translation>
    </message>
    <message>
        <source>請求者名義の口座</source>
        <translation>An account in the applicant&apos;s name</translation>
    </message>
    <message>
        <source>金融機関名と支店名を入力してください。</source>
        <translation>Enter the name of the bank and of the branch.</translation>
    </message>
    <message>
        <source>口座の種別を選んでください。</source>
        <translation>Choose the type of account.</translation>
    </message>
    <message>
        <source>普通</source>
        <translation>Ordinary (savings)</translation>
    </message>
    <message>
        <source>当座</source>
        <translation>Current (checking)</translation>
    </message>
    <message>
        <source>口座番号を入力してください。</source>
        <translation>Enter the account number.</translation>
    </message>
    <message>
        <source>口座名義をカタカナで入力してください。</source>
        <translation>Enter the account holder&apos;s name in katakana.</translation>
    </message>
    <message>
        <source>対象となる児童</source>
        <translation>Children it is for</translation>
    </message>
    <message>
        <source>同居・別居</source>
        <translation>Living together or apart</translation>
    </message>
    <message>
        <source>同居</source>
        <translation>Living together</translation>
    </message>
    <message>
        <source>別居</source>
        <translation>Living apart</translation>
    </message>
    <message>
        <source>監護</source>
        <translation>In your care</translation>
    </message>
    <message>
        <source>生計同一</source>
        <translation>Sharing your livelihood</translation>
    </message>
    <message>
        <source>証明が必要な方は、あなたから見てどなたですか？</source>
        <translation>Whose certificate is it, and who is that person to you?</translation>
    </message>
    <message>
        <source>同一世帯</source>
        <translation>Same household</translation>
    </message>
    <message>
        <source>配偶者・直系</source>
        <translation>Spouse or direct relative</translation>
    </message>
    <message>
        <source>法定代理人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>第三者</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>証明が必要な方の住所を入力してください。</source>
        <translation>Enter the address of the person the certificate is for.</translation>
    </message>
    <message>
        <source>証明が必要な方のお名前を入力してください。</source>
        <translation>Enter the name of the person the certificate is for.</translation>
    </message>
    <message>
        <source>証明が必要な方の生年月日を入力してください。</source>
        <translation>Enter the date of birth of the person the certificate is for.</translation>
    </message>
    <message>
        <source>どの証明が必要ですか？</source>
        <translation>Which certificate do you need?</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <translation>Copy of the residence record</translation>
    </message>
    <message>
        <source>住民票の除票の写し</source>
        <translation>Copy of a closed residence record (moved away or deceased)</translation>
    </message>
    <message>
        <source>住民票記載事項証明書</source>
        <translation>Certificate of items in the residence record</translation>
    </message>
    <message>
        <source>どなたの分が必要ですか？</source>
        <translation>For whom do you need it?</translation>
    </message>
    <message>
        <source>世帯全員の分は「世帯全員」、家族の一部の方だけなら「世帯の一部」を選んでください。</source>
        <translation>For everyone in the household choose “Whole household”; for only some of the family choose “Part of the household”.</translation>
    </message>
    <message>
        <source>必要な方のみ</source>
        <translation>Only the person who needs it</translation>
    </message>
    <message>
        <source>世帯全員</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>世帯の一部</source>
        <translation>Part of the household</translation>
    </message>
    <message>
        <source>必要な方のお名前を入力してください。</source>
        <translation>Enter the names of those you need it for.</translation>
    </message>
    <message>
        <source>証明する事項を入力してください（提出先の様式があればお持ちください）。</source>
        <translation>Enter what is to be certified (bring the form of the place you submit it to, if there is one).</translation>
    </message>
    <message>
        <source>記載が必要な事項にチェックしてください。</source>
        <translation>Tick the items that must be shown.</translation>
    </message>
    <message>
        <source>提出先から指示がなければ、チェックは不要です。</source>
        <translation>Unless the place you submit it to asked for them, no ticks are needed.</translation>
    </message>
    <message>
        <source>世帯主・続柄</source>
        <translation>Head of household and relationship</translation>
    </message>
    <message>
        <source>本籍・筆頭者</source>
        <translation>Registered domicile (honseki) and head of the family register</translation>
    </message>
    <message>
        <source>個人番号</source>
        <translation>Individual number (My Number)</translation>
    </message>
    <message>
        <source>住民票コード</source>
        <translation>Resident record code</translation>
    </message>
    <message>
        <source>国籍・地域、在留資格等（外国人住民）</source>
        <translation>Nationality, residence status etc. (foreign residents)</translation>
    </message>
    <message>
        <source>使いみち（提出先）を選ぶか、入力してください。</source>
        <translation>Choose or enter what it is for (where you will submit it).</translation>
    </message>
    <message>
        <source>請求の理由を入力してください。</source>
        <translation>Enter the reason for the request.</translation>
    </message>
    <message>
        <source>国民健康保険に入る理由を選んでください。</source>
        <translation>Choose why you are joining National Health Insurance.</translation>
    </message>
    <message>
        <source>社会保険をやめた</source>
        <translation>Left an employees&apos; health insurance</translation>
    </message>
    <message>
        <source>扶養から外れた</source>
        <translation>No longer a dependant on a family member&apos;s insurance</translation>
    </message>
    <message>
        <source>出生</source>
        <translation>A birth</translation>
    </message>
    <message>
        <source>生活保護の廃止</source>
        <translation>Public assistance ended</translation>
    </message>
    <message>
        <source>その理由があった日（転入日・退職日の翌日など）を入力してください。</source>
        <translation>Enter the date it happened (the day you moved in, the day after you left your job, ...).</translation>
    </message>
    <message>
        <source>前の住所を入力してください。</source>
        <translation>Enter your previous address.</translation>
    </message>
    <message>
        <source>前に入っていた健康保険の名前を入力してください。</source>
        <translation>Enter the name of the health insurance you had before.</translation>
    </message>
    <message>
        <source>資格喪失証明書（または離職票など）をお持ちですか？</source>
        <translation>Do you have the paper showing you left the insurance (or a leaving certificate from your job)?</translation>
    </message>
    <message>
        <source>あなたご自身も加入しますか？</source>
        <translation>Are you joining too?</translation>
    </message>
    <message>
        <source>加入する方を入力してください。</source>
        <translation>Enter the people joining.</translation>
    </message>
    <message>
        <source>すでに国民健康保険に入っている家族がいれば入力してください。</source>
        <translation>If family members are already in National Health Insurance, enter them.</translation>
    </message>
    <message>
        <source>加入する方</source>
        <translation>People joining</translation>
    </message>
    <message>
        <source>職業</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>すでに加入している方</source>
        <translation>Members already enrolled</translation>
    </message>
    <message>
        <source>国民健康保険をやめる理由を選んでください。</source>
        <translation>Choose why you are leaving National Health Insurance.</translation>
    </message>
    <message>
        <source>社会保険に加入</source>
        <translation>Joined an employees&apos; health insurance</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>生活保護の開始</source>
        <translation>Public assistance started</translation>
    </message>
    <message>
        <source>後期高齢者医療へ移行</source>
        <translation>Moving to the medical care system for the elderly (75+)</translation>
    </message>
    <message>
        <source>その理由があった日（転出日・会社の保険に入った日など）を入力してください。</source>
        <translation>Enter the date it happened (the day you moved out, the day you joined an employer&apos;s insurance, ...).</translation>
    </message>
    <message>
        <source>転出先の住所を入力してください。</source>
        <translation>Enter the address you are moving to.</translation>
    </message>
    <message>
        <source>新しく入った健康保険の名前を入力してください。</source>
        <translation>Enter the name of the health insurance you have joined.</translation>
    </message>
    <message>
        <source>あなたご自身もやめますか？</source>
        <translation>Are you leaving it too?</translation>
    </message>
    <message>
        <source>やめる方を入力してください。</source>
        <translation>Enter the people leaving.</translation>
    </message>
    <message>
        <source>資格確認書（保険証）をお持ちですか？お持ちなら返却してください。</source>
        <translation>Do you have the eligibility certificate (health insurance card)? If so, please return it.</translation>
    </message>
    <message>
        <source>やめる方</source>
        <translation>People leaving</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）は、あなたから見てどなたですか？</source>
        <translation>Who is the person in the family register the certificate is for, to you?</translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>直系（父母・祖父母）</source>
        <translation>Parent or grandparent</translation>
    </message>
    <message>
        <source>直系（子・孫）</source>
        <translation>Child or grandchild</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）の住所を入力してください。</source>
        <translation>Enter the address of the person in the family register.</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）のお名前を入力してください。</source>
        <translation>Enter the name of the person in the family register.</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）の生年月日を入力してください。</source>
        <translation>Enter the date of birth of the person in the family register.</translation>
    </message>
    <message>
        <source>証明が必要な方の本籍を、番地まで入力してください。</source>
        <translation>Enter the registered domicile (honseki) of the person, down to the lot number.</translation>
    </message>
    <message>
        <source>本籍地の都道府県・市区町村から番地まで。わからない方は、本籍が記載された住民票で確かめられます。</source>
        <translation>From the prefecture and municipality down to the lot number. If you do not know it, a residence record showing the honseki tells you.</translation>
    </message>
    <message>
        <source>筆頭者のお名前を入力してください。</source>
        <translation>Enter the name of the head of the family register (hittosha).</translation>
    </message>
    <message>
        <source>戸籍の最初に記載されている方です（多くは婚姻時に氏を名乗った方）。</source>
        <translation>The first person written in the family register (usually the one whose surname the couple took at marriage).</translation>
    </message>
    <message>
        <source>本籍は、この町以外ですか？</source>
        <translation>Is the registered domicile outside this town?</translation>
    </message>
    <message>
        <source>ほかの市区町村の戸籍も、本人・配偶者・直系の方は、ここで請求できます（広域交付）。</source>
        <translation>Registers of other municipalities can be requested here too, by the person, their spouse or a direct relative.</translation>
    </message>
    <message>
        <source>必要な証明と通数を選んでください。</source>
        <translation>Choose the certificates and the number of copies.</translation>
    </message>
    <message>
        <source>戸籍全部事項証明（謄本）</source>
        <translation>Full family register certificate (tohon)</translation>
    </message>
    <message>
        <source>戸籍個人事項証明（抄本）</source>
        <translation>Family register certificate for one person (shohon)</translation>
    </message>
    <message>
        <source>除籍全部事項証明（除籍謄本）</source>
        <translation>Full certificate of a closed family register (joseki tohon)</translation>
    </message>
    <message>
        <source>改製原戸籍謄本</source>
        <translation>Family register in its former format (kaisei genkoseki)</translation>
    </message>
    <message>
        <source>戸籍の附票</source>
        <translation>Attached record of addresses (koseki no fuhyo)</translation>
    </message>
    <message>
        <source>身分証明書</source>
        <translation>Certificate of legal capacity (mibun shomeisho)</translation>
    </message>
    <message>
        <source>独身証明書</source>
        <translation>Certificate of single status</translation>
    </message>
    <message>
        <source>受理証明書</source>
        <translation>Certificate of acceptance of a notification (juri shomei)</translation>
    </message>
    <message>
        <source>亡くなった方のお名前を入力してください。</source>
        <translation>Enter the name of the deceased.</translation>
    </message>
    <message>
        <source>亡くなった方のお名前のふりがなを入力してください。</source>
        <translation>Enter the reading of the deceased&apos;s name in hiragana (furigana).</translation>
    </message>
    <message>
        <source>亡くなった方の生年月日を入力してください。</source>
        <translation>Enter the date of birth of the deceased.</translation>
    </message>
    <message>
        <source>亡くなった日を入力してください。</source>
        <translation>Enter the date of death.</translation>
    </message>
    <message>
        <source>亡くなった方は、あなたと同じ住所でしたか？</source>
        <translation>Did the deceased live at the same address as you?</translation>
    </message>
    <message>
        <source>亡くなった方の住所を入力してください。</source>
        <translation>Enter the address of the deceased.</translation>
    </message>
    <message>
        <source>亡くなった方から見て、あなたはどなたですか？</source>
        <translation>Who are you to the deceased?</translation>
    </message>
    <message>
        <source>死亡届はもう出しましたか？（葬儀社が代わりに出すことが多いです）</source>
        <translation>Has the death been registered yet? (The funeral company often does it for you.)</translation>
    </message>
    <message>
        <source>亡くなった方は世帯主でしたか？</source>
        <translation>Was the deceased the head of household?</translation>
    </message>
    <message>
        <source>世帯に残る方は何人ですか？</source>
        <translation>How many people remain in the household?</translation>
    </message>
    <message>
        <source>亡くなった方が入っていたもの・持っていたものにチェックしてください。</source>
        <translation>Tick what the deceased was enrolled in or held.</translation>
    </message>
    <message>
        <source>わからないものは、チェックしなくても窓口で確認します。</source>
        <translation>What you do not know, leave unticked: the counter checks it.</translation>
    </message>
    <message>
        <source>国民健康保険</source>
        <translation>National Health Insurance</translation>
    </message>
    <message>
        <source>後期高齢者医療</source>
        <translation>Medical care for ages 75+</translation>
    </message>
    <message>
        <source>介護保険</source>
        <translation>Long-term care insurance</translation>
    </message>
    <message>
        <source>年金を受給</source>
        <translation>Received a pension</translation>
    </message>
    <message>
        <source>障害者手帳・受給者証</source>
        <translation>Disability certificate</translation>
    </message>
    <message>
        <source>各種手当</source>
        <translation>Allowances</translation>
    </message>
    <message>
        <source>子ども・ひとり親医療</source>
        <translation>Medical aid for children, single parents</translation>
    </message>
    <message>
        <source>印鑑登録</source>
        <translation>Seal registration</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>My Number card</translation>
    </message>
    <message>
        <source>喪主の方のお名前を入力してください（葬祭費の申請に使います）。</source>
        <translation>Enter the name of the chief mourner (used to apply for the funeral grant).</translation>
    </message>
    <message>
        <source>あなたは相続人ですか？</source>
        <translation>Are you an heir?</translation>
    </message>
    <message>
        <source>世帯主が変わる理由を選んでください。</source>
        <translation>Choose why the head of household changes.</translation>
    </message>
    <message>
        <source>世帯主の死亡</source>
        <translation>The head of household died</translation>
    </message>
    <message>
        <source>世帯主の転出</source>
        <translation>The head of household moved out</translation>
    </message>
    <message>
        <source>世帯主の変更（同居のまま）</source>
        <translation>Change of head of household (still living together)</translation>
    </message>
    <message>
        <source>変更があった日を入力してください。</source>
        <translation>Enter the date of the change.</translation>
    </message>
    <message>
        <source>あなたは、どなたですか？</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>新しい世帯主</source>
        <translation>The new head of household</translation>
    </message>
    <message>
        <source>世帯員</source>
        <translation>A member of the household</translation>
    </message>
    <message>
        <source>続柄が変わる方を入力してください。</source>
        <translation>Enter the people whose relationship to the head of household changes.</translation>
    </message>
    <message>
        <source>世帯員（続柄が変わる方）</source>
        <translation>Household members (whose relationship changes)</translation>
    </message>
    <message>
        <source>変更前の続柄</source>
        <translation>Relationship before</translation>
    </message>
    <message>
        <source>変更後の続柄</source>
        <translation>Relationship after</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）は、あなたから見てどなたですか？</source>
        <translation>Who is the taxpayer the certificate is for, to you?</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）の住所を入力してください。</source>
        <translation>Enter the taxpayer&apos;s address.</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）のお名前を入力してください。</source>
        <translation>Enter the taxpayer&apos;s name.</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）の生年月日を入力してください。</source>
        <translation>Enter the taxpayer&apos;s date of birth.</translation>
    </message>
    <message>
        <source>何年度の証明が必要ですか？</source>
        <translation>Which fiscal year&apos;s certificate do you need?</translation>
    </message>
    <message>
        <source>令和N年度の証明は、令和N−1年中の所得の証明です（例：令和8年度 → 令和7年1月〜12月の所得）。</source>
        <translation>The certificate for fiscal year Reiwa N shows the income of Reiwa N−1 (e.g. Reiwa 8 → income from January to December of Reiwa 7, i.e. 2025).</translation>
    </message>
    <message>
        <source>所得証明書</source>
        <translation>Income certificate</translation>
    </message>
    <message>
        <source>課税（非課税）証明書</source>
        <translation>Taxation (non-taxation) certificate</translation>
    </message>
    <message>
        <source>所得課税証明書</source>
        <translation>Income and taxation certificate</translation>
    </message>
    <message>
        <source>納税証明書</source>
        <translation>Tax payment certificate</translation>
    </message>
    <message>
        <source>納税証明書（軽自動車の車検用）</source>
        <translation>Tax payment certificate (for a light vehicle inspection)</translation>
    </message>
    <message>
        <source>未納がない証明書</source>
        <translation>Certificate of no unpaid taxes</translation>
    </message>
    <message>
        <source>納税証明書の税目を選ぶか、入力してください。</source>
        <translation>Choose or enter the tax the payment certificate is for.</translation>
    </message>
    <message>
        <source>車両番号を入力してください。</source>
        <translation>Enter the vehicle&apos;s registration number.</translation>
    </message>
    <message>
        <source>引越し</source>
        <translation>Moving</translation>
    </message>
    <message>
        <source>引越した日はいつですか？</source>
        <translation>When did you move?</translation>
    </message>
    <message>
        <source>会社の健康保険に入っていない方（国民健康保険に入る方）はいますか？</source>
        <translation>Is anyone not in an employer&apos;s health insurance (and so joining National Health Insurance)?</translation>
    </message>
    <message>
        <source>マイナンバーカードをお持ちの方はいますか？</source>
        <translation>Does anyone have a My Number card?</translation>
    </message>
    <message>
        <source>印鑑登録が必要ですか？（前の市区町村の登録は転出で廃止されています）</source>
        <translation>Do you need to register a seal? (Your registration in the previous municipality ended when you moved out.)</translation>
    </message>
    <message>
        <source>国民健康保険に入っている方はいますか？</source>
        <translation>Is anyone in National Health Insurance?</translation>
    </message>
    <message>
        <source>引越す日（予定日）はいつですか？</source>
        <translation>When are you moving (the planned date)?</translation>
    </message>
    <message>
        <source>印鑑登録をしている方はいますか？</source>
        <translation>Does anyone have a registered seal?</translation>
    </message>
    <message>
        <source>お子さんが生まれた日はいつですか？</source>
        <translation>When was the child born?</translation>
    </message>
    <message>
        <source>お子さんを扶養する方は、国民健康保険に入っていますか？</source>
        <translation>Is the person supporting the child in National Health Insurance?</translation>
    </message>
    <message>
        <source>おくやみ</source>
        <translation>A death in the family</translation>
    </message>
    <message>
        <source>結婚</source>
        <translation>Marriage</translation>
    </message>
    <message>
        <source>婚姻届を出す日（出した日）はいつですか？</source>
        <translation>When do you (did you) hand in the marriage registration?</translation>
    </message>
    <message>
        <source>結婚にともなって引越しますか？</source>
        <translation>Are you moving because of the marriage?</translation>
    </message>
    <message>
        <source>引越しなし</source>
        <translation>Not moving</translation>
    </message>
    <message>
        <source>町内で引越し</source>
        <translation>Moving within the town</translation>
    </message>
    <message>
        <source>町外から転入</source>
        <translation>Moving in from another town</translation>
    </message>
    <message>
        <source>町外へ転出</source>
        <translation>Moving out to another town</translation>
    </message>
    <message>
        <source>氏（名字）が変わる方はいますか？</source>
        <translation>Is anyone&apos;s surname changing?</translation>
    </message>
    <message>
        <source>健康保険は変わりますか？</source>
        <translation>Does your health insurance change?</translation>
    </message>
    <message>
        <source>変わらない</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>国民健康保険に入る</source>
        <translation>Joining National Health Insurance</translation>
    </message>
    <message>
        <source>国民健康保険をやめる（配偶者の健康保険に入る）</source>
        <translation>Leaving National Health Insurance (joining the spouse&apos;s insurance)</translation>
    </message>
    <message>
        <source>氏が変わる方は、印鑑登録をしていますか？</source>
        <translation>Does the person whose surname changes have a registered seal?</translation>
    </message>
    <message>
        <source>離婚</source>
        <translation>Divorce</translation>
    </message>
    <message>
        <source>離婚届を出す日（出した日）はいつですか？</source>
        <translation>When do you (did you) hand in the divorce registration?</translation>
    </message>
    <message>
        <source>離婚にともなって引越しますか？</source>
        <translation>Are you moving because of the divorce?</translation>
    </message>
    <message>
        <source>配偶者の健康保険から外れて、国民健康保険に入りますか？</source>
        <translation>Are you leaving your spouse&apos;s health insurance to join National Health Insurance?</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>読み取りが終わるまで、カードは置いたままにしてください</source>
        <translation>Please leave the card on the reader until reading is finished</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>運転免許証をカードリーダーに置いてください</source>
        <translation>Please place your driver&apos;s licence on the card reader</translation>
    </message>
    <message>
        <source>マイナンバーカードをカードリーダーに置いてください</source>
        <translation>Please place your My Number card on the card reader</translation>
    </message>
</context>
<context>
    <name>KanaPad</name>
    <message>
        <source>濁点（゛）をつける</source>
        <translation>Add ゛ (dakuten)</translation>
    </message>
    <message>
        <source>濁点 ゛</source>
        <translation>゛ mark</translation>
    </message>
    <message>
        <source>半濁点（゜）をつける</source>
        <translation>Add ゜ (handakuten)</translation>
    </message>
    <message>
        <source>半濁点 ゜</source>
        <translation>゜ mark</translation>
    </message>
    <message>
        <source>小さい文字にする</source>
        <translation>Make it a small kana</translation>
    </message>
    <message>
        <source>空白を入れる</source>
        <translation>Insert a space</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Delete one character</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>ひらがなにする</source>
        <translation>Switch to hiragana</translation>
    </message>
    <message>
        <source>ローマ字（A〜Z）にする</source>
        <translation>Switch to the Latin alphabet (A–Z)</translation>
    </message>
    <message>
        <source>小</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>全部
消す</source>
        <translation>Clear
all</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>窓口 受付</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>言語 / Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>表示する言語を選ぶ</source>
        <translation>Choose the language</translation>
    </message>
    <message>
        <source>音声 オフ</source>
        <translation>Sound off</translation>
    </message>
    <message>
        <source>音声 オン</source>
        <translation>Sound on</translation>
    </message>
    <message>
        <source>音声案内をオンにする</source>
        <translation>Turn spoken guidance on</translation>
    </message>
    <message>
        <source>音声案内をオフにする</source>
        <translation>Turn spoken guidance off</translation>
    </message>
    <message>
        <source>ただいま番号札を発行できません。お近くの係員にお声がけください。</source>
        <translation>Tickets cannot be issued right now. Please ask a member of staff nearby.</translation>
    </message>
    <message>
        <source>暗証番号がロックされています</source>
        <translation>The PIN is locked</translation>
    </message>
    <message>
        <source>ロックは窓口で解除できます。今日はカードを使わずにお進みください。</source>
        <translation>The lock can be released at the counter. For today, please continue without the card.</translation>
    </message>
    <message>
        <source>カードが読み取り中に離れました</source>
        <translation>The card was moved while it was being read</translation>
    </message>
    <message>
        <source>もう一度カードを置いて、読み取りが終わるまでそのままにしてください。</source>
        <translation>Please place the card again and leave it until reading is finished.</translation>
    </message>
    <message>
        <source>このカードは読み取れません</source>
        <translation>This card cannot be read</translation>
    </message>
    <message>
        <source>カードをお取りになり、マイナンバーカードか運転免許証をお使いください。</source>
        <translation>Please take the card and use a My Number card or a driver&apos;s licence.</translation>
    </message>
    <message>
        <source>カードの内容を正しく読み取れませんでした</source>
        <translation>The card could not be read correctly</translation>
    </message>
    <message>
        <source>もう一度お試しいただくか、カードを使わずにお進みください。窓口で職員がお手伝いします。</source>
        <translation>Please try again, or continue without the card. A clerk will help you at the counter.</translation>
    </message>
    <message>
        <source>カードが見つかりません</source>
        <translation>No card found</translation>
    </message>
    <message>
        <source>カードをカードリーダーの上に置いてください。</source>
        <translation>Please place your card on the card reader.</translation>
    </message>
    <message>
        <source>このあと：%1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>画面にこの番号が表示されたら、表示された窓口へお越しください</source>
        <translation>When this number appears on the screen, please go to the counter shown.</translation>
    </message>
    <message>
        <source>呼び出しに間に合わなかったときは、このQRコードを受付機にかざしてください</source>
        <translation>If you miss your call, hold this QR code up to the reception kiosk&apos;s scanner.</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>言語を選んでください</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>言語を変えずにもどる</source>
        <translation>Back without changing the language</translation>
    </message>
</context>
<context>
    <name>MoreTimePanel</name>
    <message>
        <source>まだ続けますか？</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <source>操作がないため、まもなく最初の画面にもどります。入力した内容は消えます。</source>
        <translation>Nothing has been touched for a while, so the screen will soon go back to the start. What you entered will be erased.</translation>
    </message>
    <message>
        <source>続ける</source>
        <translation>Continue</translation>
    </message>
    <message numerus="yes">
        <source>あと%n秒</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>訂正</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>Clear all</translation>
    </message>
</context>
<context>
    <name>PinPadPage</name>
    <message>
        <source>暗証番号（数字4桁）を入力してください</source>
        <translation>Please enter your PIN (4 digits)</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>カードを使うのをやめる</source>
        <translation>Cancel and do not use the card</translation>
    </message>
    <message>
        <source>確定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>券面事項入力補助用の暗証番号です</source>
        <translation>The PIN for the card information (券面事項入力補助用)</translation>
    </message>
    <message>
        <source>免許証の暗証番号1です</source>
        <translation>Your licence&apos;s PIN 1</translation>
    </message>
    <message>
        <source>暗証番号が違います。</source>
        <translation>Wrong PIN. </translation>
    </message>
    <message numerus="yes">
        <source>あと%n回入力できます</source>
        <translation>
            <numerusform>%n try left</numerusform>
            <numerusform>%n tries left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n桁入力済み</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <source>あと1回間違えるとロックされ、窓口での解除が必要になります。わからないときは係員にお尋ねください</source>
        <translation>One more wrong PIN locks the card, and only the counter can unlock it. If you are not sure, please ask a clerk.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>もう一度カードを置く</source>
        <translation>Place the card again</translation>
    </message>
    <message>
        <source>カードを使わずに進む</source>
        <translation>Continue without the card</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>もどる</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>Back to the previous screen</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>%1（%2人目）の%3</source>
        <translation>%1 (person %2): %3</translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <source>読み取り中です</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>カードを動かさないでください</source>
        <translation>Please do not move the card</translation>
    </message>
</context>
<context>
    <name>ReferencePad</name>
    <message>
        <source>訂正</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Delete one character</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>Clear all</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>はじめの画面にもどる</source>
        <translation>Back to the start screen</translation>
    </message>
    <message>
        <source>あなたの番号</source>
        <translation>Your number</translation>
    </message>
    <message numerus="yes">
        <source>あなたの前に %n人 お待ちです</source>
        <translation>
            <numerusform>%n person is waiting before you</numerusform>
            <numerusform>%n people are waiting before you</numerusform>
        </translation>
    </message>
    <message>
        <source>まもなくお呼びします</source>
        <translation>You will be called shortly</translation>
    </message>
    <message>
        <source>番号札をお取りください</source>
        <translation>Please take your ticket</translation>
    </message>
    <message>
        <source>この番号をお控えください</source>
        <translation>Please note this number</translation>
    </message>
    <message>
        <source>番号札を印刷できませんでした。画面の番号を写真に撮るか、メモしてください。順番は確保されています。</source>
        <translation>The ticket could not be printed. Please take a photo of the number or write it down. Your place in line is kept.</translation>
    </message>
    <message>
        <source>この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。</source>
        <translation>This kiosk does not print tickets (it has no printer). Please take a photo of the number or write it down.</translation>
    </message>
    <message>
        <source>まもなく</source>
        <translation>short</translation>
    </message>
    <message>
        <source>3時間以上</source>
        <translation>3 hours or more</translation>
    </message>
    <message numerus="yes">
        <source>約%n分</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>約%1時間%2分</source>
        <translation>about %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>約%n時間</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>待ち時間の目安：%1</source>
        <translation>Estimated wait: %1</translation>
    </message>
    <message>
        <source>ただいまお呼びしています</source>
        <translation>You are being called now</translation>
    </message>
    <message>
        <source>%1へお越しください</source>
        <translation>Please go to %1</translation>
    </message>
    <message>
        <source>順番にもどりました</source>
        <translation>You are back in line</translation>
    </message>
    <message>
        <source>順番にお待ちください</source>
        <translation>Please wait for your turn</translation>
    </message>
    <message>
        <source>ご予約の時刻（%1）から、優先してお呼びします</source>
        <translation>From your reservation time (%1), you will be called first</translation>
    </message>
    <message>
        <source>ご予約の方として、まもなくお呼びします</source>
        <translation>You have a reservation: you will be called shortly</translation>
    </message>
    <message>
        <source>申請書を印刷しました。番号札と一緒にお取りになり、窓口でお名前を書いてください。</source>
        <translation>Your forms have been printed. Please take them with your ticket and sign them at the counter.</translation>
    </message>
    <message>
        <source>申請書を印刷できませんでした。窓口で職員が印刷します。順番は確保されています。</source>
        <translation>The forms could not be printed. Staff will print them at the counter. Your place is kept.</translation>
    </message>
    <message>
        <source>申し訳ありません</source>
        <translation>We are sorry</translation>
    </message>
    <message>
        <source>番号札を発行できませんでした。お近くの係員にお声がけください。</source>
        <translation>A ticket could not be issued. Please ask a nearby clerk.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>この内容でよろしいですか？</source>
        <translation>Is everything correct?</translation>
    </message>
    <message>
        <source>もどって直す</source>
        <translation>Go back and correct</translation>
    </message>
    <message>
        <source>上を見る</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <source>下を見る</source>
        <translation>Scroll down</translation>
    </message>
    <message>
        <source>この内容で番号札を取る</source>
        <translation>Take a number with these forms</translation>
    </message>
    <message>
        <source>手数料の合計：%1円</source>
        <translation>Total fee: %1 yen</translation>
    </message>
    <message>
        <source>手数料はかかりません</source>
        <translation>There is no fee</translation>
    </message>
    <message>
        <source>%1（%2人目）</source>
        <translation>%1 (person %2)</translation>
    </message>
    <message>
        <source>（空欄）</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>変える</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>入力する</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>%1を変える</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>このあと窓口で行う手続き</source>
        <translation>What happens next at the counters</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>＋ 追加する</source>
        <translation>+ Add a person</translation>
    </message>
    <message>
        <source>一人追加する</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>%1人目：%2</source>
        <translation>Person %1: %2</translation>
    </message>
    <message>
        <source>（未入力があります）</source>
        <translation> (something is missing)</translation>
    </message>
    <message>
        <source>消す</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1人目を消す</source>
        <translation>Remove person %1</translation>
    </message>
    <message>
        <source>＋ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>%1さんを追加する</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>ご用件を選んで、番号札をお取りください</source>
        <translation>Choose what you came for and take a ticket</translation>
    </message>
    <message>
        <source>予約の方</source>
        <translation>I have a reservation</translation>
    </message>
    <message>
        <source>予約の方の受付</source>
        <translation>Check in for a reservation</translation>
    </message>
    <message>
        <source>番号札をお持ちの方</source>
        <translation>I already have a ticket</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>Back to the previous screen</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>Cancel and go back to the start</translation>
    </message>
    <message numerus="yes">
        <source>%1
待ち %n人</source>
        <translation>
            <numerusform>%1
%n waiting</numerusform>
            <numerusform>%1
%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeCardPage</name>
    <message>
        <source>カードをお取りください</source>
        <translation>Please take your card</translation>
    </message>
    <message>
        <source>カードを取ると、次の画面に進みます</source>
        <translation>The next screen appears when you take the card</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>番号札の番号を入力してください</source>
        <translation>Please enter the number on your ticket</translation>
    </message>
    <message>
        <source>番号札のQRコードを読み取り機にかざすこともできます</source>
        <translation>You can also hold your ticket&apos;s QR code up to the scanner</translation>
    </message>
    <message>
        <source>入力した番号</source>
        <translation>Number entered</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>Back to the previous screen</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>Cancel and go back to the start</translation>
    </message>
    <message>
        <source>確認する</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>この番号を確認する</source>
        <translation>Check this number</translation>
    </message>
    <message>
        <source>ただいま番号札を確認できません。お近くの係員にお声がけください。</source>
        <translation>We cannot check tickets right now. Please ask a member of staff nearby.</translation>
    </message>
    <message>
        <source>この番号札は、書類をお待ちいただいている状態です。窓口の係員にお声がけください。</source>
        <translation>This ticket is on hold while a document is awaited. Please speak to the staff at the counter.</translation>
    </message>
    <message>
        <source>この番号札の手続きは終わっています。ご用件があれば、新しい番号札をお取りください。</source>
        <translation>The procedures for this ticket are finished. If you need anything else, please take a new ticket.</translation>
    </message>
    <message>
        <source>この番号は見つかりませんでした。本日の番号札の番号をお確かめください。</source>
        <translation>We could not find this number. Please check the number on today&apos;s ticket.</translation>
    </message>
</context>
<context>
    <name>ViewPage</name>
    <message>
        <source>見やすい表示を選んでください</source>
        <translation>Choose how the screen is easiest to see</translation>
    </message>
    <message>
        <source>文字の大きさ</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>標準</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>大</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>特大</source>
        <translation>Largest</translation>
    </message>
    <message>
        <source>文字の大きさ：%1</source>
        <translation>Text size: %1</translation>
    </message>
    <message>
        <source>白黒反転</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>低い位置に表示</source>
        <translation>Show lower</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>お持ちのカードを選んでください</source>
        <translation>Which card do you have?</translation>
    </message>
    <message>
        <source>カードを使うと、申請書にお名前やご住所を書かずにすみます</source>
        <translation>With a card, you do not need to write your name and address on the forms</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>My Number card</translation>
    </message>
    <message>
        <source>運転免許証</source>
        <translation>Driver&apos;s licence</translation>
    </message>
    <message>
        <source>カードを使わない</source>
        <translation>Continue without a card</translation>
    </message>
    <message>
        <source>予約の方</source>
        <translation>I have a reservation</translation>
    </message>
    <message>
        <source>予約の方の受付</source>
        <translation>Check in for a reservation</translation>
    </message>
    <message>
        <source>番号札をお持ちの方</source>
        <translation>I already have a ticket</translation>
    </message>
    <message>
        <source>カードリーダーが使えません。カードを使わずにお進みください</source>
        <translation>The card reader is not available. Please continue without a card.</translation>
    </message>
    <message>
        <source>文字を大きく・見やすく</source>
        <translation>Larger text, easier to see</translation>
    </message>
</context>
</TS>
