<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="ja">
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
        <translation>Please place your driver's licence on the card reader</translation>
    </message>
    <message>
        <source>マイナンバーカードをカードリーダーに置いてください</source>
        <translation>Please place your My Number card on the card reader</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>窓口 受付</source>
        <translation>Reception</translation>
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
        <translation>Please take the card and use a My Number card or a driver's licence.</translation>
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
        <translation>Your licence's PIN 1</translation>
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
        <source>申し訳ありません</source>
        <translation>We are sorry</translation>
    </message>
    <message>
        <source>番号札を発行できませんでした。お近くの係員にお声がけください。</source>
        <translation>A ticket could not be issued. Please ask a nearby clerk.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>ご用件を選んで、番号札をお取りください</source>
        <translation>Choose what you came for and take a ticket</translation>
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
        <translation>Driver's licence</translation>
    </message>
    <message>
        <source>カードを使わない</source>
        <translation>Continue without a card</translation>
    </message>
    <message>
        <source>カードリーダーが使えません。カードを使わずにお進みください</source>
        <translation>The card reader is not available. Please continue without a card.</translation>
    </message>
</context>
</TS>