<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="ja">
<context>
    <name>AppointmentPage</name>
    <message>
        <source>予約番号を入力してください</source>
        <translation>よやくの ばんごうを いれて ください</translation>
    </message>
    <message>
        <source>予約確認のQRコードをお持ちの方は、読み取り機にかざしてください</source>
        <translation>よやくの QRコードが ある 人は、よみとりきに かざして ください</translation>
    </message>
    <message>
        <source>入力した予約番号</source>
        <translation>いれた よやくの ばんごう</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>もどる</translation>
    </message>
    <message>
        <source>通常の番号札を取る</source>
        <translation>ふつうの ばんごうの かみを とる</translation>
    </message>
    <message>
        <source>受付する</source>
        <translation>うけつけ する</translation>
    </message>
    <message>
        <source>この予約番号で受付する</source>
        <translation>この よやくの ばんごうで うけつけ する</translation>
    </message>
    <message>
        <source>この予約はほかの庁舎のものです。ご予約の庁舎でお手続きください。</source>
        <translation>この よやくは ほかの やくしょの ものです。よやくした やくしょで てつづきを して ください。</translation>
    </message>
    <message>
        <source>ご予約は%1月%2日 %3です。当日にお越しください。</source>
        <translation>よやくは %1がつ %2にち %3 です。その 日に きて ください。</translation>
    </message>
    <message>
        <source>ご予約の日（%1月%2日）は過ぎています。お近くの係員にお声がけください。</source>
        <translation>よやくの 日（%1がつ %2にち）は もう すぎました。ちかくの かかりの 人に いって ください。</translation>
    </message>
    <message>
        <source>この予約は受付済みです。あなたの番号は %1 です。</source>
        <translation>この よやくは もう うけつけ しました。あなたの ばんごうは %1 です。</translation>
    </message>
    <message>
        <source>ご予約の時刻（%1）を%2分以上過ぎています。通常の順番の番号札をお取りいただけます。</source>
        <translation>よやくの じかん（%1）から %2ふん いじょう すぎました。ふつうの じゅんばんの ばんごうの かみを とる ことが できます。</translation>
    </message>
    <message>
        <source>この予約番号は見つかりませんでした。番号をお確かめください。</source>
        <translation>この よやくの ばんごうは ありませんでした。ばんごうを たしかめて ください。</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>どの手続きをしますか？</source>
        <translation>どの てつづきを しますか？</translation>
    </message>
    <message>
        <source>申請書・届出書から選ぶ</source>
        <translation>もうしこみの かみから えらぶ</translation>
    </message>
    <message>
        <source>くらしのできごとから選ぶ（引越し・出生など）</source>
        <translation>くらしの できごとから えらぶ（ひっこし・こどもが うまれた など）</translation>
    </message>
    <message>
        <source>申請書は作らず、番号札だけ取る</source>
        <translation>もうしこみの かみを つくらないで、ばんごうだけ とる</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>やめて、はじめの がめんに もどる</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>カードから読み取った内容をご確認ください</source>
        <translation>カードから よんだ ことが ただしいか、たしかめて ください</translation>
    </message>
    <message>
        <source>お名前</source>
        <translation>なまえ</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>よみかた</translation>
    </message>
    <message>
        <source>ご住所</source>
        <translation>じゅうしょ</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>たんじょうび</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>せいべつ</translation>
    </message>
    <message>
        <source>この内容で正しい</source>
        <translation>ただしいです</translation>
    </message>
    <message>
        <source>違うところがある
（窓口で職員が直します）</source>
        <translation>ちがう ところが あります
（まどぐちの 人が なおします）</translation>
    </message>
    <message>
        <source>%1（%2年%3月%4日）</source>
        <translation>%2ねん %3がつ %4にち（%1）</translation>
    </message>
    <message>
        <source>男</source>
        <translation>おとこ</translation>
    </message>
    <message>
        <source>女</source>
        <translation>おんな</translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation>あてはまらない</translation>
    </message>
    <message>
        <source>「〓」の文字はカードに登録できない文字です。窓口で正しい文字を確認します</source>
        <translation>「〓」は、カードに かけない もじ です。まどぐちで ただしい もじを たしかめます</translation>
    </message>
</context>
<context>
    <name>CountsEditor</name>
    <message>
        <source>%1を1通減らす</source>
        <translation>%1を 1まい へらす</translation>
    </message>
    <message>
        <source>%1を1通増やす</source>
        <translation>%1を 1まい ふやす</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>年</source>
        <translation>年</translation>
    </message>
    <message>
        <source>月</source>
        <translation>月</translation>
    </message>
    <message>
        <source>日</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>読み取りが終わるまで、カードは置いたままにしてください</source>
        <translation>よみおわるまで、カードを そのまま おいて ください</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>もどる</translation>
    </message>
    <message>
        <source>運転免許証をカードリーダーに置いてください</source>
        <translation>うんてんめんきょしょうを カードリーダーに おいて ください</translation>
    </message>
    <message>
        <source>マイナンバーカードをカードリーダーに置いてください</source>
        <translation>マイナンバーカードを カードリーダーに おいて ください</translation>
    </message>
</context>
<context>
    <name>KanaPad</name>
    <message>
        <source>濁点（゛）をつける</source>
        <translation>てんてん（゛）を つける</translation>
    </message>
    <message>
        <source>濁点 ゛</source>
        <translation>てんてん ゛</translation>
    </message>
    <message>
        <source>半濁点（゜）をつける</source>
        <translation>まる（゜）を つける</translation>
    </message>
    <message>
        <source>半濁点 ゜</source>
        <translation>まる ゜</translation>
    </message>
    <message>
        <source>小さい文字にする</source>
        <translation>ちいさい もじに する</translation>
    </message>
    <message>
        <source>空白を入れる</source>
        <translation>スペースを いれる</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>1もじ けす</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>ぜんぶ けす</translation>
    </message>
    <message>
        <source>小</source>
        <translation>小</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>けす</translation>
    </message>
    <message>
        <source>全部
消す</source>
        <translation>ぜんぶ
けす</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>窓口 受付</source>
        <translation>まどぐち うけつけ</translation>
    </message>
    <message>
        <source>音声 オフ</source>
        <translation>おと オフ</translation>
    </message>
    <message>
        <source>音声 オン</source>
        <translation>おと オン</translation>
    </message>
    <message>
        <source>音声案内をオンにする</source>
        <translation>こえの あんないを つける</translation>
    </message>
    <message>
        <source>音声案内をオフにする</source>
        <translation>こえの あんないを けす</translation>
    </message>
    <message>
        <source>ただいま番号札を発行できません。お近くの係員にお声がけください。</source>
        <translation>いま ばんごうの かみを 出す ことが できません。ちかくの かかりの 人に いって ください。</translation>
    </message>
    <message>
        <source>暗証番号がロックされています</source>
        <translation>あんしょうばんごうが ロックされて います</translation>
    </message>
    <message>
        <source>ロックは窓口で解除できます。今日はカードを使わずにお進みください。</source>
        <translation>ロックは まどぐちで はずす ことが できます。きょうは カードを つかわないで すすんで ください。</translation>
    </message>
    <message>
        <source>カードが読み取り中に離れました</source>
        <translation>よんで いる ときに カードが はなれました</translation>
    </message>
    <message>
        <source>もう一度カードを置いて、読み取りが終わるまでそのままにしてください。</source>
        <translation>もう いちど カードを おいて ください。よみおわるまで そのまま おいて ください。</translation>
    </message>
    <message>
        <source>このカードは読み取れません</source>
        <translation>この カードは よめません</translation>
    </message>
    <message>
        <source>カードをお取りになり、マイナンバーカードか運転免許証をお使いください。</source>
        <translation>カードを とって ください。マイナンバーカードか うんてんめんきょしょうを つかって ください。</translation>
    </message>
    <message>
        <source>カードの内容を正しく読み取れませんでした</source>
        <translation>カードを ただしく よめませんでした</translation>
    </message>
    <message>
        <source>もう一度お試しいただくか、カードを使わずにお進みください。窓口で職員がお手伝いします。</source>
        <translation>もう いちど やって みて ください。または、カードを つかわないで すすんで ください。まどぐちの 人が てつだいます。</translation>
    </message>
    <message>
        <source>カードが見つかりません</source>
        <translation>カードが ありません</translation>
    </message>
    <message>
        <source>カードをカードリーダーの上に置いてください。</source>
        <translation>カードを カードリーダーの うえに おいて ください。</translation>
    </message>
    <message>
        <source>このあと：%1</source>
        <translation>このあと：%1</translation>
    </message>
    <message>
        <source>画面にこの番号が表示されたら、表示された窓口へお越しください</source>
        <translation>がめんに この ばんごうが でたら、がめんに でた まどぐちへ いって ください</translation>
    </message>
    <message>
        <source>呼び出しに間に合わなかったときは、このQRコードを受付機にかざしてください</source>
        <translation>よばれた ときに いなかったら、この QRコードを うけつけの きかいに かざして ください</translation>
    </message>
</context>
<context>
    <name>MoreTimePanel</name>
    <message>
        <source>まだ続けますか？</source>
        <translation>まだ つづけますか？</translation>
    </message>
    <message>
        <source>操作がないため、まもなく最初の画面にもどります。入力した内容は消えます。</source>
        <translation>しばらく なにも さわって いないので、もうすぐ はじめの がめんに もどります。いれた ことは きえます。</translation>
    </message>
    <message>
        <source>続ける</source>
        <translation>つづける</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>訂正</source>
        <translation>けす</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>1つ けす</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>ぜんぶ けす</translation>
    </message>
</context>
<context>
    <name>PinPadPage</name>
    <message>
        <source>暗証番号（数字4桁）を入力してください</source>
        <translation>あんしょうばんごう（4けたの すうじ）を いれて ください</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>けす</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>1つ けす</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>カードを使うのをやめる</source>
        <translation>カードを つかうのを やめる</translation>
    </message>
    <message>
        <source>確定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>券面事項入力補助用の暗証番号です</source>
        <translation>カードの じょうほうを よむ ための ばんごう です（券面事項入力補助用）</translation>
    </message>
    <message>
        <source>免許証の暗証番号1です</source>
        <translation>めんきょしょうの あんしょうばんごう 1 です</translation>
    </message>
    <message>
        <source>暗証番号が違います。</source>
        <translation>あんしょうばんごうが ちがいます。</translation>
    </message>
    <message numerus="yes">
        <source>あと%n回入力できます</source>
        <translation>
            <numerusform>あと %nかい いれる ことが できます</numerusform>
        </translation>
    </message>
    <message>
        <source>あと1回間違えるとロックされ、窓口での解除が必要になります。わからないときは係員にお尋ねください</source>
        <translation>あと 1かい まちがえると ロックされます。ロックは まどぐちで はずします。わからない ときは、かかりの 人に きいて ください</translation>
    </message>
    <message numerus="yes">
        <source>%n桁入力済み</source>
        <translation>
            <numerusform>%nけた いれました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>もう一度カードを置く</source>
        <translation>もう いちど カードを おく</translation>
    </message>
    <message>
        <source>カードを使わずに進む</source>
        <translation>カードを つかわないで すすむ</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>もどる</source>
        <translation>もどる</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>まえの がめんに もどる</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>つぎへ</translation>
    </message>
    <message>
        <source>%1（%2人目）の%3</source>
        <translation>%1（%2にんめ）の %3</translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <source>読み取り中です</source>
        <translation>よんで います</translation>
    </message>
    <message>
        <source>カードを動かさないでください</source>
        <translation>カードを うごかさないで ください</translation>
    </message>
</context>
<context>
    <name>ReferencePad</name>
    <message>
        <source>訂正</source>
        <translation>けす</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>1もじ けす</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>ぜんぶ けす</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。</source>
        <translation>この きかいは ばんごうの かみを だしません（いんさつする きかいが ありません）。がめんの ばんごうを しゃしんに とるか、メモして ください。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>はじめの画面にもどる</source>
        <translation>はじめの がめんに もどる</translation>
    </message>
    <message>
        <source>あなたの番号</source>
        <translation>あなたの ばんごう</translation>
    </message>
    <message numerus="yes">
        <source>あなたの前に %n人 お待ちです</source>
        <translation>
            <numerusform>あなたの まえに %nにん まって います</numerusform>
        </translation>
    </message>
    <message>
        <source>まもなくお呼びします</source>
        <translation>もうすぐ よびます</translation>
    </message>
    <message>
        <source>番号札をお取りください</source>
        <translation>ばんごうの かみを とって ください</translation>
    </message>
    <message>
        <source>この番号をお控えください</source>
        <translation>この ばんごうを おぼえて ください</translation>
    </message>
    <message>
        <source>番号札を印刷できませんでした。画面の番号を写真に撮るか、メモしてください。順番は確保されています。</source>
        <translation>ばんごうの かみが でませんでした。がめんの ばんごうを しゃしんに とるか、メモして ください。じゅんばんは そのままです。</translation>
    </message>
    <message>
        <source>まもなく</source>
        <translation>すこし</translation>
    </message>
    <message>
        <source>3時間以上</source>
        <translation>3じかん より ながい</translation>
    </message>
    <message numerus="yes">
        <source>約%n分</source>
        <translation>
            <numerusform>だいたい %nふん</numerusform>
        </translation>
    </message>
    <message>
        <source>約%1時間%2分</source>
        <translation>だいたい %1じかん %2ふん</translation>
    </message>
    <message numerus="yes">
        <source>約%n時間</source>
        <translation>
            <numerusform>だいたい %nじかん</numerusform>
        </translation>
    </message>
    <message>
        <source>待ち時間の目安：%1</source>
        <translation>まつ じかんは %1 です</translation>
    </message>
    <message>
        <source>ただいまお呼びしています</source>
        <translation>いま よんで います</translation>
    </message>
    <message>
        <source>%1へお越しください</source>
        <translation>%1へ きて ください</translation>
    </message>
    <message>
        <source>順番にもどりました</source>
        <translation>じゅんばんに もどりました</translation>
    </message>
    <message>
        <source>順番にお待ちください</source>
        <translation>じゅんばんを まって ください</translation>
    </message>
    <message>
        <source>ご予約の時刻（%1）から、優先してお呼びします</source>
        <translation>よやくの じかん（%1）に なったら、さきに よびます</translation>
    </message>
    <message>
        <source>ご予約の方として、まもなくお呼びします</source>
        <translation>よやくの 人なので、もうすぐ よびます</translation>
    </message>
    <message>
        <source>申請書を印刷しました。番号札と一緒にお取りになり、窓口でお名前を書いてください。</source>
        <translation>もうしこみの かみを いんさつ しました。ばんごうの かみと いっしょに とって ください。まどぐちで なまえを かいて ください。</translation>
    </message>
    <message>
        <source>申請書を印刷できませんでした。窓口で職員が印刷します。順番は確保されています。</source>
        <translation>もうしこみの かみを いんさつ できませんでした。まどぐちの 人が いんさつ します。じゅんばんは そのままです。</translation>
    </message>
    <message>
        <source>申し訳ありません</source>
        <translation>すみません</translation>
    </message>
    <message>
        <source>番号札を発行できませんでした。お近くの係員にお声がけください。</source>
        <translation>ばんごうの かみを 出す ことが できませんでした。ちかくの かかりの 人に いって ください。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>この内容でよろしいですか？</source>
        <translation>これで いいですか？</translation>
    </message>
    <message>
        <source>もどって直す</source>
        <translation>もどって なおす</translation>
    </message>
    <message>
        <source>上を見る</source>
        <translation>うえを みる</translation>
    </message>
    <message>
        <source>下を見る</source>
        <translation>したを みる</translation>
    </message>
    <message>
        <source>この内容で番号札を取る</source>
        <translation>これで ばんごうの かみを とる</translation>
    </message>
    <message>
        <source>手数料の合計：%1円</source>
        <translation>おかね（てすうりょう）の ごうけい：%1えん</translation>
    </message>
    <message>
        <source>手数料はかかりません</source>
        <translation>おかね（てすうりょう）は いりません</translation>
    </message>
    <message>
        <source>%1（%2人目）</source>
        <translation>%1（%2にんめ）</translation>
    </message>
    <message>
        <source>（空欄）</source>
        <translation>（かいて いません）</translation>
    </message>
    <message>
        <source>変える</source>
        <translation>かえる</translation>
    </message>
    <message>
        <source>入力する</source>
        <translation>いれる</translation>
    </message>
    <message>
        <source>%1を変える</source>
        <translation>%1を かえる</translation>
    </message>
    <message>
        <source>このあと窓口で行う手続き</source>
        <translation>このあと まどぐちで する てつづき</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>＋ 追加する</source>
        <translation>＋ ひとり ふやす</translation>
    </message>
    <message>
        <source>一人追加する</source>
        <translation>ひとり ふやす</translation>
    </message>
    <message>
        <source>%1人目：%2</source>
        <translation>%1にんめ：%2</translation>
    </message>
    <message>
        <source>（未入力があります）</source>
        <translation>（まだ かいて いない ところが あります）</translation>
    </message>
    <message>
        <source>消す</source>
        <translation>けす</translation>
    </message>
    <message>
        <source>%1人目を消す</source>
        <translation>%1にんめを けす</translation>
    </message>
    <message>
        <source>＋ %1</source>
        <translation>＋ %1</translation>
    </message>
    <message>
        <source>%1さんを追加する</source>
        <translation>%1さんを いれる</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>ご用件を選んで、番号札をお取りください</source>
        <translation>ようじを えらんで、ばんごうの かみを とって ください</translation>
    </message>
    <message>
        <source>予約の方</source>
        <translation>よやくが ある 人</translation>
    </message>
    <message>
        <source>予約の方の受付</source>
        <translation>よやくが ある 人の うけつけ</translation>
    </message>
    <message>
        <source>番号札をお持ちの方</source>
        <translation>ばんごうの かみを もって いる 人</translation>
    </message>
    <message numerus="yes">
        <source>%1
待ち %n人</source>
        <translation>
            <numerusform>%1
%nにん まって います</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeCardPage</name>
    <message>
        <source>カードをお取りください</source>
        <translation>カードを とって ください</translation>
    </message>
    <message>
        <source>カードを取ると、次の画面に進みます</source>
        <translation>カードを とると、つぎの がめんに なります</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>番号札の番号を入力してください</source>
        <translation>ばんごうの かみの ばんごうを いれて ください</translation>
    </message>
    <message>
        <source>番号札のQRコードを読み取り機にかざすこともできます</source>
        <translation>ばんごうの かみの QRコードを よみとりきに かざしても いいです</translation>
    </message>
    <message>
        <source>入力した番号</source>
        <translation>いれた ばんごう</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>もどる</translation>
    </message>
    <message>
        <source>確認する</source>
        <translation>たしかめる</translation>
    </message>
    <message>
        <source>この番号を確認する</source>
        <translation>この ばんごうを たしかめる</translation>
    </message>
    <message>
        <source>ただいま番号札を確認できません。お近くの係員にお声がけください。</source>
        <translation>いま ばんごうの かみを たしかめる ことが できません。ちかくの かかりの 人に いって ください。</translation>
    </message>
    <message>
        <source>この番号札は、書類をお待ちいただいている状態です。窓口の係員にお声がけください。</source>
        <translation>この ばんごうの かみは、しょるいを まって いる ところです。まどぐちの かかりの 人に いって ください。</translation>
    </message>
    <message>
        <source>この番号札の手続きは終わっています。ご用件があれば、新しい番号札をお取りください。</source>
        <translation>この ばんごうの かみの てつづきは おわって います。ようじが あれば、あたらしい ばんごうの かみを とって ください。</translation>
    </message>
    <message>
        <source>この番号は見つかりませんでした。本日の番号札の番号をお確かめください。</source>
        <translation>この ばんごうは ありませんでした。きょうの ばんごうの かみの ばんごうを たしかめて ください。</translation>
    </message>
</context>
<context>
    <name>ViewPage</name>
    <message>
        <source>見やすい表示を選んでください</source>
        <translation>みやすい がめんを えらんで ください</translation>
    </message>
    <message>
        <source>文字の大きさ</source>
        <translation>もじの おおきさ</translation>
    </message>
    <message>
        <source>標準</source>
        <translation>ふつう</translation>
    </message>
    <message>
        <source>大</source>
        <translation>おおきい</translation>
    </message>
    <message>
        <source>特大</source>
        <translation>とても おおきい</translation>
    </message>
    <message>
        <source>文字の大きさ：%1</source>
        <translation>もじの おおきさ：%1</translation>
    </message>
    <message>
        <source>白黒反転</source>
        <translation>くろい がめん</translation>
    </message>
    <message>
        <source>低い位置に表示</source>
        <translation>したの ほうに だす</translation>
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
        <translation>もって いる カードを えらんで ください</translation>
    </message>
    <message>
        <source>カードを使うと、申請書にお名前やご住所を書かずにすみます</source>
        <translation>カードを つかうと、もうしこみの かみに なまえや じゅうしょを かかなくても いいです</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>運転免許証</source>
        <translation>うんてんめんきょしょう</translation>
    </message>
    <message>
        <source>カードを使わない</source>
        <translation>カードを つかわない</translation>
    </message>
    <message>
        <source>予約の方</source>
        <translation>よやくが ある 人</translation>
    </message>
    <message>
        <source>予約の方の受付</source>
        <translation>よやくが ある 人の うけつけ</translation>
    </message>
    <message>
        <source>番号札をお持ちの方</source>
        <translation>ばんごうの かみを もって いる 人</translation>
    </message>
    <message>
        <source>カードリーダーが使えません。カードを使わずにお進みください</source>
        <translation>カードリーダーが つかえません。カードを つかわないで すすんで ください</translation>
    </message>
    <message>
        <source>文字を大きく・見やすく</source>
        <translation>もじを おおきく・みやすく</translation>
    </message>
</context>
</TS>
