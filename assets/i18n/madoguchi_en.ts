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
        <translation>Stop</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>Stop and go back to the start</translation>
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
        <translation>Stop</translation>
    </message>
    <message>
        <source>カードを使うのをやめる</source>
        <translation>Stop using the card</translation>
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
        <source>この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。</source>
        <translation>This kiosk does not print tickets (it has no printer). Please take a photo of the number or write it down.</translation>
    </message>
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
