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
        <source>前の画面にもどる</source>
        <translation>まえの がめんに もどる</translation>
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
    <name>ChoiceEditor</name>
    <message>
        <source>（住民票が同じ家族）</source>
        <translation>（じゅうみんひょうが おなじ かぞく）</translation>
    </message>
    <message>
        <source>（親権者・成年後見人）</source>
        <translation>（おやなど、ほうりつで きまった だいりにん）</translation>
    </message>
    <message>
        <source>（上のどれでもない方）</source>
        <translation>（うえの どれでもない ひと）</translation>
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
    <name>FormWords</name>
    <message>
        <source>あなたの住所を入力してください。</source>
        <translation>あなたの じゅうしょを いれて ください。</translation>
    </message>
    <message>
        <source>あなたのお名前のふりがなを入力してください。</source>
        <translation>あなたの なまえの よみかたを ひらがなで いれて ください。</translation>
    </message>
    <message>
        <source>あなたのお名前を入力してください。</source>
        <translation>あなたの なまえを いれて ください。</translation>
    </message>
    <message>
        <source>あなたの生年月日を入力してください。</source>
        <translation>あなたが うまれた 日を いれて ください。</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号を入力してください。</source>
        <translation>ひるま つながる でんわばんごうを いれて ください。</translation>
    </message>
    <message>
        <source>どの届出ですか？</source>
        <translation>どの とどけですか？</translation>
    </message>
    <message>
        <source>町外から来た方は「転入」、町内で引越した方は「転居」、町外へ引越す方は「転出」です。</source>
        <translation>ほかの まちから きた 人は「てんにゅう」、まちの なかで ひっこした 人は「てんきょ」、ほかの まちへ ひっこす 人は「てんしゅつ」です。</translation>
    </message>
    <message>
        <source>転入</source>
        <translation>てんにゅう（ほかの まちから きた）</translation>
    </message>
    <message>
        <source>転居</source>
        <translation>てんきょ（まちの なかで ひっこした）</translation>
    </message>
    <message>
        <source>転出</source>
        <translation>てんしゅつ（ほかの まちへ ひっこす）</translation>
    </message>
    <message>
        <source>引越しの日（転出の方は予定日）を入力してください。</source>
        <translation>ひっこした 日を いれて ください（てんしゅつの 人は ひっこす よていの 日）。</translation>
    </message>
    <message>
        <source>新しい住所（転出の方は転出先）を入力してください。</source>
        <translation>あたらしい じゅうしょを いれて ください（てんしゅつの 人は ひっこす さきの じゅうしょ）。</translation>
    </message>
    <message>
        <source>新しい住所の郵便番号を入力してください（わかれば）。</source>
        <translation>あたらしい じゅうしょの ゆうびんばんごうを いれて ください（わかれば）。</translation>
    </message>
    <message>
        <source>あなたご自身も引越しますか？</source>
        <translation>あなたも いっしょに ひっこしますか？</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>一緒に引越す方を入力してください。</source>
        <translation>いっしょに ひっこす 人を いれて ください。</translation>
    </message>
    <message>
        <source>お一人ずつ、お名前・生年月日・続柄を入力します。</source>
        <translation>ひとりずつ、なまえ・うまれた 日・かぞくの かんけいを いれます。</translation>
    </message>
    <message>
        <source>新しい世帯主のお名前を入力してください。</source>
        <translation>あたらしい せたいぬしの なまえを いれて ください。</translation>
    </message>
    <message>
        <source>前の世帯主のお名前を入力してください。</source>
        <translation>まえの せたいぬしの なまえを いれて ください。</translation>
    </message>
    <message>
        <source>あなたは、引越す方から見てどなたですか？</source>
        <translation>ひっこす 人から みて、あなたは だれですか？</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>わたし（ほんにん）</translation>
    </message>
    <message>
        <source>世帯主</source>
        <translation>せたいぬし</translation>
    </message>
    <message>
        <source>代理人（委任状）</source>
        <translation>だいりにん（いにんじょう あり）</translation>
    </message>
    <message>
        <source>委任状をお持ちですか？</source>
        <translation>いにんじょうを もって いますか？</translation>
    </message>
    <message>
        <source>国民健康保険に入っている（入る）方はいますか？</source>
        <translation>こくみん けんこう ほけんに はいって いる（はいる）人は いますか？</translation>
    </message>
    <message>
        <source>外国籍の方は一緒に引越しますか？</source>
        <translation>がいこくせきの 人も いっしょに ひっこしますか？</translation>
    </message>
    <message>
        <source>外国籍の方の在留資格などを入力してください。</source>
        <translation>がいこくせきの 人の ざいりゅう しかくなどを いれて ください。</translation>
    </message>
    <message>
        <source>異動する方</source>
        <translation>ひっこす 人</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>なまえ</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>うまれた 日</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>せいべつ</translation>
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
        <source>続柄</source>
        <translation>かぞくの かんけい</translation>
    </message>
    <message>
        <source>住民票コード（転入）</source>
        <translation>じゅうみんひょう コード（てんにゅう）</translation>
    </message>
    <message>
        <source>外国人住民の方</source>
        <translation>がいこくせきの 人</translation>
    </message>
    <message>
        <source>国籍・地域</source>
        <translation>こくせき・ちいき</translation>
    </message>
    <message>
        <source>在留資格</source>
        <translation>ざいりゅう しかく</translation>
    </message>
    <message>
        <source>在留期間</source>
        <translation>ざいりゅう きかん</translation>
    </message>
    <message>
        <source>満了日</source>
        <translation>おわる 日</translation>
    </message>
    <message>
        <source>在留カード番号</source>
        <translation>ざいりゅう カードの ばんごう</translation>
    </message>
    <message>
        <source>印鑑登録をしている方は、あなたから見てどなたですか？</source>
        <translation>はんこを とうろく して いる 人は、あなたから みて だれですか？</translation>
    </message>
    <message>
        <source>ご自身の分なら「本人」を選んでください。</source>
        <translation>じぶんの ぶんなら「わたし（ほんにん）」を えらんで ください。</translation>
    </message>
    <message>
        <source>わたし（本人）</source>
        <translation>わたし（ほんにん）</translation>
    </message>
    <message>
        <source>印鑑登録をしている方の住所を入力してください。</source>
        <translation>はんこを とうろく して いる 人の じゅうしょを いれて ください。</translation>
    </message>
    <message>
        <source>印鑑登録をしている方のお名前を入力してください。</source>
        <translation>はんこを とうろく して いる 人の なまえを いれて ください。</translation>
    </message>
    <message>
        <source>印鑑登録をしている方の生年月日を入力してください。</source>
        <translation>はんこを とうろく して いる 人の うまれた 日を いれて ください。</translation>
    </message>
    <message>
        <source>廃止申請</source>
        <translation>とうろくを やめる</translation>
    </message>
    <message>
        <source>亡失届（登録証をなくした）</source>
        <translation>なくした（とうろくしょうを なくした）</translation>
    </message>
    <message>
        <source>なくした日と場所（わかる範囲で）を入力してください。</source>
        <translation>なくした 日と ばしょを いれて ください（わかる だけ）。</translation>
    </message>
    <message>
        <source>続けて新しい印鑑を登録しますか？</source>
        <translation>つづけて あたらしい はんこを とうろく しますか？</translation>
    </message>
    <message>
        <source>代理人（登録証持参）</source>
        <translation>だいりにん（とうろくしょうを もって きた）</translation>
    </message>
    <message>
        <source>何をお持ちですか？</source>
        <translation>なにを もって いますか？</translation>
    </message>
    <message>
        <source>印鑑登録証明書には、印鑑登録証（カード）かマイナンバーカードが必要です。</source>
        <translation>はんこの しょうめいしょには、はんこの とうろくしょう（カード）か マイナンバーカードが いります。</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）</source>
        <translation>はんこの とうろくしょう（カード）</translation>
    </message>
    <message>
        <source>マイナンバーカード（登録証の機能付き）</source>
        <translation>マイナンバーカード（とうろくしょうの きのう つき）</translation>
    </message>
    <message>
        <source>印鑑登録番号を入力してください。</source>
        <translation>はんこの とうろく ばんごうを いれて ください。</translation>
    </message>
    <message>
        <source>印鑑登録証に書かれた番号です。わからなければ空欄のままで構いません。</source>
        <translation>とうろくしょうに かいて ある ばんごうです。わからなければ、からの ままで いいです。</translation>
    </message>
    <message>
        <source>何通必要ですか？</source>
        <translation>なんまい いりますか？</translation>
    </message>
    <message>
        <source>使いみちを選ぶか、入力してください（任意）。</source>
        <translation>つかいみちを えらぶか、いれて ください（なくても いいです）。</translation>
    </message>
    <message>
        <source>登録する方は、あなたから見てどなたですか？</source>
        <translation>とうろく する 人は、あなたから みて だれですか？</translation>
    </message>
    <message>
        <source>登録する方の住所を入力してください。</source>
        <translation>とうろく する 人の じゅうしょを いれて ください。</translation>
    </message>
    <message>
        <source>登録する方のお名前のふりがなを入力してください。</source>
        <translation>とうろく する 人の なまえの よみかたを ひらがなで いれて ください。</translation>
    </message>
    <message>
        <source>登録する方のお名前を入力してください。</source>
        <translation>とうろく する 人の なまえを いれて ください。</translation>
    </message>
    <message>
        <source>登録する方の生年月日を入力してください。</source>
        <translation>とうろく する 人の うまれた 日を いれて ください。</translation>
    </message>
    <message>
        <source>本人確認はどの方法でしますか？</source>
        <translation>ほんにんで あることを どう たしかめますか？</translation>
    </message>
    <message>
        <source>マイナンバーカード・運転免許証・パスポートなどがあれば、その場で登録できます。</source>
        <translation>マイナンバーカード・うんてんめんきょしょう・パスポートなどが あれば、すぐ とうろく できます。</translation>
    </message>
    <message>
        <source>顔写真付きの本人確認書類</source>
        <translation>かおしゃしんが ある みぶんしょう</translation>
    </message>
    <message>
        <source>保証人（この町で印鑑登録済みの方）</source>
        <translation>ほしょうにん（この まちで はんこを とうろく して いる 人）</translation>
    </message>
    <message>
        <source>照会書（後日、回答書を持参）</source>
        <translation>しょうかいしょ（あとで へんじの かみを もって くる）</translation>
    </message>
    <message>
        <source>保証人のお名前を入力してください。</source>
        <translation>ほしょうにんの なまえを いれて ください。</translation>
    </message>
    <message>
        <source>保証人の住所を入力してください。</source>
        <translation>ほしょうにんの じゅうしょを いれて ください。</translation>
    </message>
    <message>
        <source>あなたの性別を選んでください。</source>
        <translation>あなたの せいべつを えらんで ください。</translation>
    </message>
    <message>
        <source>あなたが加入している年金を選んでください。</source>
        <translation>あなたが はいって いる ねんきんを えらんで ください。</translation>
    </message>
    <message>
        <source>厚生年金</source>
        <translation>こうせい ねんきん（かいしゃの ねんきん）</translation>
    </message>
    <message>
        <source>国民年金</source>
        <translation>こくみん ねんきん</translation>
    </message>
    <message>
        <source>共済組合</source>
        <translation>きょうさい くみあい</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>そのほか</translation>
    </message>
    <message>
        <source>配偶者のお名前を入力してください（いなければ空欄）。</source>
        <translation>つれあいの なまえを いれて ください（いなければ からの まま）。</translation>
    </message>
    <message>
        <source>配偶者の生年月日を入力してください。</source>
        <translation>つれあいの うまれた 日を いれて ください。</translation>
    </message>
    <message>
        <source>今年の1月1日も、今の住所に住んでいましたか？</source>
        <translation>ことしの 1月1日も、いまの じゅうしょに すんで いましたか？</translation>
    </message>
    <message>
        <source>今年1月1日の住所を入力してください。</source>
        <translation>ことしの 1月1日の じゅうしょを いれて ください。</translation>
    </message>
    <message>
        <source>対象となるお子さんを入力してください。</source>
        <translation>てあての たいしょうに なる こどもを いれて ください。</translation>
    </message>
    <message>
        <source>手当の振込先を選んでください。</source>
        <translation>てあての おかねを ふりこむ ところを えらんで ください。</translation>
    </message>
    <message>
        <source>マイナンバーに登録した公金受取口座なら、口座の記入はいりません。</source>
        <translation>マイナンバーに とうろく した こうきん うけとり こうざなら、こうざを かく ひつようは ありません。</translation>
    </message>
    <message>
        <source>公金受取口座</source>
        <translation>こうきん うけとり こうざ（マイナンバーに とうろく した こうざ）</translation>
    </message>
    <message>
        <source>請求者名義の口座</source>
        <translation>もうしこむ 人の なまえの こうざ</translation>
    </message>
    <message>
        <source>金融機関名と支店名を入力してください。</source>
        <translation>ぎんこうの なまえと してんの なまえを いれて ください。</translation>
    </message>
    <message>
        <source>口座の種別を選んでください。</source>
        <translation>こうざの しゅるいを えらんで ください。</translation>
    </message>
    <message>
        <source>普通</source>
        <translation>ふつう</translation>
    </message>
    <message>
        <source>当座</source>
        <translation>とうざ</translation>
    </message>
    <message>
        <source>口座番号を入力してください。</source>
        <translation>こうざ ばんごうを いれて ください。</translation>
    </message>
    <message>
        <source>口座名義をカタカナで入力してください。</source>
        <translation>こうざの なまえを カタカナで いれて ください。</translation>
    </message>
    <message>
        <source>対象となる児童</source>
        <translation>たいしょうに なる こども</translation>
    </message>
    <message>
        <source>同居・別居</source>
        <translation>いっしょに すむ・べつに すむ</translation>
    </message>
    <message>
        <source>同居</source>
        <translation>いっしょに すんで いる</translation>
    </message>
    <message>
        <source>別居</source>
        <translation>べつに すんで いる</translation>
    </message>
    <message>
        <source>監護</source>
        <translation>せわを して いる</translation>
    </message>
    <message>
        <source>生計同一</source>
        <translation>くらしの おかねが おなじ</translation>
    </message>
    <message>
        <source>証明が必要な方は、あなたから見てどなたですか？</source>
        <translation>しょうめいが いる 人は、あなたから みて だれですか？</translation>
    </message>
    <message>
        <source>同一世帯</source>
        <translation>おなじ せたい</translation>
    </message>
    <message>
        <source>配偶者・直系</source>
        <translation>つれあい・おや・こども など</translation>
    </message>
    <message>
        <source>法定代理人</source>
        <translation>ほうていだいりにん</translation>
    </message>
    <message>
        <source>第三者</source>
        <translation>だい三しゃ</translation>
    </message>
    <message>
        <source>証明が必要な方の住所を入力してください。</source>
        <translation>しょうめいが いる 人の じゅうしょを いれて ください。</translation>
    </message>
    <message>
        <source>証明が必要な方のお名前を入力してください。</source>
        <translation>しょうめいが いる 人の なまえを いれて ください。</translation>
    </message>
    <message>
        <source>証明が必要な方の生年月日を入力してください。</source>
        <translation>しょうめいが いる 人の うまれた 日を いれて ください。</translation>
    </message>
    <message>
        <source>どの証明が必要ですか？</source>
        <translation>どの しょうめいが いりますか？</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <translation>じゅうみんひょうの うつし</translation>
    </message>
    <message>
        <source>住民票の除票の写し</source>
        <translation>じゅうみんひょうの じょひょうの うつし（ひっこした・なくなった 人）</translation>
    </message>
    <message>
        <source>住民票記載事項証明書</source>
        <translation>じゅうみんひょうの ないようの しょうめいしょ</translation>
    </message>
    <message>
        <source>どなたの分が必要ですか？</source>
        <translation>だれの ぶんが いりますか？</translation>
    </message>
    <message>
        <source>世帯全員の分は「世帯全員」、家族の一部の方だけなら「世帯の一部」を選んでください。</source>
        <translation>せたいの みんなの ぶんなら「せたいの みんな」、かぞくの なかの 一部の 人だけなら「せたいの 一部」を えらんで ください。</translation>
    </message>
    <message>
        <source>必要な方のみ</source>
        <translation>いる 人だけ</translation>
    </message>
    <message>
        <source>世帯全員</source>
        <translation>せたいの みんな</translation>
    </message>
    <message>
        <source>世帯の一部</source>
        <translation>せたいの 一部</translation>
    </message>
    <message>
        <source>必要な方のお名前を入力してください。</source>
        <translation>いる 人の なまえを いれて ください。</translation>
    </message>
    <message>
        <source>証明する事項を入力してください（提出先の様式があればお持ちください）。</source>
        <translation>しょうめい する ことを いれて ください（だす ところの ようしきが あれば もって きて ください）。</translation>
    </message>
    <message>
        <source>記載が必要な事項にチェックしてください。</source>
        <translation>かいて ほしい ことに チェックを して ください。</translation>
    </message>
    <message>
        <source>提出先から指示がなければ、チェックは不要です。</source>
        <translation>だす ところから いわれて いなければ、チェックは いりません。</translation>
    </message>
    <message>
        <source>世帯主・続柄</source>
        <translation>せたいぬし・かぞくの かんけい</translation>
    </message>
    <message>
        <source>本籍・筆頭者</source>
        <translation>ほんせき・ひっとうしゃ</translation>
    </message>
    <message>
        <source>個人番号</source>
        <translation>こじん ばんごう（マイナンバー）</translation>
    </message>
    <message>
        <source>住民票コード</source>
        <translation>じゅうみんひょう コード</translation>
    </message>
    <message>
        <source>国籍・地域、在留資格等（外国人住民）</source>
        <translation>こくせき・ちいき、ざいりゅう しかく など（がいこくせきの 人）</translation>
    </message>
    <message>
        <source>使いみち（提出先）を選ぶか、入力してください。</source>
        <translation>つかいみち（だす ところ）を えらぶか、いれて ください。</translation>
    </message>
    <message>
        <source>請求の理由を入力してください。</source>
        <translation>もうしこむ わけを いれて ください。</translation>
    </message>
    <message>
        <source>国民健康保険に入る理由を選んでください。</source>
        <translation>こくみん けんこう ほけんに はいる わけを えらんで ください。</translation>
    </message>
    <message>
        <source>社会保険をやめた</source>
        <translation>かいしゃの ほけんを やめた</translation>
    </message>
    <message>
        <source>扶養から外れた</source>
        <translation>かぞくの ほけんから はずれた</translation>
    </message>
    <message>
        <source>出生</source>
        <translation>こどもが うまれた</translation>
    </message>
    <message>
        <source>生活保護の廃止</source>
        <translation>せいかつほごが おわった</translation>
    </message>
    <message>
        <source>その理由があった日（転入日・退職日の翌日など）を入力してください。</source>
        <translation>その わけが あった 日を いれて ください（ひっこして きた 日・かいしゃを やめた つぎの 日 など）。</translation>
    </message>
    <message>
        <source>前の住所を入力してください。</source>
        <translation>まえの じゅうしょを いれて ください。</translation>
    </message>
    <message>
        <source>前に入っていた健康保険の名前を入力してください。</source>
        <translation>まえに はいって いた けんこう ほけんの なまえを いれて ください。</translation>
    </message>
    <message>
        <source>資格喪失証明書（または離職票など）をお持ちですか？</source>
        <translation>ほけんを やめた ことが わかる かみ（りしょくひょう など）を もって いますか？</translation>
    </message>
    <message>
        <source>あなたご自身も加入しますか？</source>
        <translation>あなたも はいりますか？</translation>
    </message>
    <message>
        <source>加入する方を入力してください。</source>
        <translation>はいる 人を いれて ください。</translation>
    </message>
    <message>
        <source>すでに国民健康保険に入っている家族がいれば入力してください。</source>
        <translation>もう こくみん けんこう ほけんに はいって いる かぞくが いれば いれて ください。</translation>
    </message>
    <message>
        <source>加入する方</source>
        <translation>はいる 人</translation>
    </message>
    <message>
        <source>職業</source>
        <translation>しごと</translation>
    </message>
    <message>
        <source>すでに加入している方</source>
        <translation>もう はいって いる 人</translation>
    </message>
    <message>
        <source>国民健康保険をやめる理由を選んでください。</source>
        <translation>こくみん けんこう ほけんを やめる わけを えらんで ください。</translation>
    </message>
    <message>
        <source>社会保険に加入</source>
        <translation>かいしゃの ほけんに はいった</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>なくなった</translation>
    </message>
    <message>
        <source>生活保護の開始</source>
        <translation>せいかつほごが はじまった</translation>
    </message>
    <message>
        <source>後期高齢者医療へ移行</source>
        <translation>こうき こうれいしゃ いりょうに かわる</translation>
    </message>
    <message>
        <source>その理由があった日（転出日・会社の保険に入った日など）を入力してください。</source>
        <translation>その わけが あった 日を いれて ください（ひっこして いった 日・かいしゃの ほけんに はいった 日 など）。</translation>
    </message>
    <message>
        <source>転出先の住所を入力してください。</source>
        <translation>ひっこす さきの じゅうしょを いれて ください。</translation>
    </message>
    <message>
        <source>新しく入った健康保険の名前を入力してください。</source>
        <translation>あたらしく はいった けんこう ほけんの なまえを いれて ください。</translation>
    </message>
    <message>
        <source>あなたご自身もやめますか？</source>
        <translation>あなたも やめますか？</translation>
    </message>
    <message>
        <source>やめる方を入力してください。</source>
        <translation>やめる 人を いれて ください。</translation>
    </message>
    <message>
        <source>資格確認書（保険証）をお持ちですか？お持ちなら返却してください。</source>
        <translation>しかく かくにんしょ（ほけんしょう）を もって いますか？ もって いれば かえして ください。</translation>
    </message>
    <message>
        <source>やめる方</source>
        <translation>やめる 人</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）は、あなたから見てどなたですか？</source>
        <translation>しょうめいが いる 人（こせきに のって いる 人）は、あなたから みて だれですか？</translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation>つれあい</translation>
    </message>
    <message>
        <source>直系（父母・祖父母）</source>
        <translation>おや・そふぼ</translation>
    </message>
    <message>
        <source>直系（子・孫）</source>
        <translation>こども・まご</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）の住所を入力してください。</source>
        <translation>しょうめいが いる 人（こせきに のって いる 人）の じゅうしょを いれて ください。</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）のお名前を入力してください。</source>
        <translation>しょうめいが いる 人（こせきに のって いる 人）の なまえを いれて ください。</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）の生年月日を入力してください。</source>
        <translation>しょうめいが いる 人（こせきに のって いる 人）の うまれた 日を いれて ください。</translation>
    </message>
    <message>
        <source>証明が必要な方の本籍を、番地まで入力してください。</source>
        <translation>しょうめいが いる 人の ほんせきを、ばんちまで いれて ください。</translation>
    </message>
    <message>
        <source>本籍地の都道府県・市区町村から番地まで。わからない方は、本籍が記載された住民票で確かめられます。</source>
        <translation>ほんせきの けん・まちから ばんちまで。わからない 人は、ほんせきが かいて ある じゅうみんひょうで たしかめられます。</translation>
    </message>
    <message>
        <source>筆頭者のお名前を入力してください。</source>
        <translation>ひっとうしゃの なまえを いれて ください。</translation>
    </message>
    <message>
        <source>戸籍の最初に記載されている方です（多くは婚姻時に氏を名乗った方）。</source>
        <translation>こせきの いちばん はじめに かいて ある 人です（おおくは けっこん した ときに その みょうじに した 人）。</translation>
    </message>
    <message>
        <source>本籍は、この町以外ですか？</source>
        <translation>ほんせきは、この まちでは ない ところですか？</translation>
    </message>
    <message>
        <source>ほかの市区町村の戸籍も、本人・配偶者・直系の方は、ここで請求できます（広域交付）。</source>
        <translation>ほかの まちの こせきも、ほんにん・つれあい・おや・こどもなら、ここで たのめます。</translation>
    </message>
    <message>
        <source>必要な証明と通数を選んでください。</source>
        <translation>いる しょうめいと まいすうを えらんで ください。</translation>
    </message>
    <message>
        <source>戸籍全部事項証明（謄本）</source>
        <translation>こせきの ぜんぶの しょうめい（とうほん）</translation>
    </message>
    <message>
        <source>戸籍個人事項証明（抄本）</source>
        <translation>こせきの ひとりぶんの しょうめい（しょうほん）</translation>
    </message>
    <message>
        <source>除籍全部事項証明（除籍謄本）</source>
        <translation>じょせきの ぜんぶの しょうめい（じょせき とうほん）</translation>
    </message>
    <message>
        <source>改製原戸籍謄本</source>
        <translation>むかしの かたちの こせき（かいせい げんこせき）</translation>
    </message>
    <message>
        <source>戸籍の附票</source>
        <translation>こせきの ふひょう（じゅうしょの きろく）</translation>
    </message>
    <message>
        <source>身分証明書</source>
        <translation>みぶん しょうめいしょ</translation>
    </message>
    <message>
        <source>独身証明書</source>
        <translation>けっこん して いない しょうめいしょ</translation>
    </message>
    <message>
        <source>受理証明書</source>
        <translation>うけつけた しょうめいしょ（じゅり しょうめい）</translation>
    </message>
    <message>
        <source>亡くなった方のお名前を入力してください。</source>
        <translation>なくなった 人の なまえを いれて ください。</translation>
    </message>
    <message>
        <source>亡くなった方のお名前のふりがなを入力してください。</source>
        <translation>なくなった 人の なまえの よみかたを ひらがなで いれて ください。</translation>
    </message>
    <message>
        <source>亡くなった方の生年月日を入力してください。</source>
        <translation>なくなった 人の うまれた 日を いれて ください。</translation>
    </message>
    <message>
        <source>亡くなった日を入力してください。</source>
        <translation>なくなった 日を いれて ください。</translation>
    </message>
    <message>
        <source>亡くなった方は、あなたと同じ住所でしたか？</source>
        <translation>なくなった 人は、あなたと おなじ じゅうしょでしたか？</translation>
    </message>
    <message>
        <source>亡くなった方の住所を入力してください。</source>
        <translation>なくなった 人の じゅうしょを いれて ください。</translation>
    </message>
    <message>
        <source>亡くなった方から見て、あなたはどなたですか？</source>
        <translation>なくなった 人から みて、あなたは だれですか？</translation>
    </message>
    <message>
        <source>死亡届はもう出しましたか？（葬儀社が代わりに出すことが多いです）</source>
        <translation>しぼうとどけは もう だしましたか？（そうぎの かいしゃが かわりに だす ことが おおいです）</translation>
    </message>
    <message>
        <source>亡くなった方は世帯主でしたか？</source>
        <translation>なくなった 人は せたいぬしでしたか？</translation>
    </message>
    <message>
        <source>世帯に残る方は何人ですか？</source>
        <translation>せたいに のこる 人は なん人ですか？</translation>
    </message>
    <message>
        <source>亡くなった方が入っていたもの・持っていたものにチェックしてください。</source>
        <translation>なくなった 人が はいって いた もの・もって いた ものに チェックを して ください。</translation>
    </message>
    <message>
        <source>わからないものは、チェックしなくても窓口で確認します。</source>
        <translation>わからない ものは、チェックを しなくても まどぐちで たしかめます。</translation>
    </message>
    <message>
        <source>国民健康保険</source>
        <translation>こくみん けんこう ほけん</translation>
    </message>
    <message>
        <source>後期高齢者医療</source>
        <translation>75さい いじょうの いりょう</translation>
    </message>
    <message>
        <source>介護保険</source>
        <translation>かいご ほけん</translation>
    </message>
    <message>
        <source>年金を受給</source>
        <translation>ねんきんを もらって いた</translation>
    </message>
    <message>
        <source>障害者手帳・受給者証</source>
        <translation>しょうがいしゃ てちょう など</translation>
    </message>
    <message>
        <source>各種手当</source>
        <translation>いろいろな てあて</translation>
    </message>
    <message>
        <source>子ども・ひとり親医療</source>
        <translation>こどもの いりょう など</translation>
    </message>
    <message>
        <source>印鑑登録</source>
        <translation>はんこの とうろく</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>喪主の方のお名前を入力してください（葬祭費の申請に使います）。</source>
        <translation>そうしきを した 人（もしゅ）の なまえを いれて ください（そうさいひの もうしこみに つかいます）。</translation>
    </message>
    <message>
        <source>あなたは相続人ですか？</source>
        <translation>あなたは そうぞくにんですか？</translation>
    </message>
    <message>
        <source>世帯主が変わる理由を選んでください。</source>
        <translation>せたいぬしが かわる わけを えらんで ください。</translation>
    </message>
    <message>
        <source>世帯主の死亡</source>
        <translation>せたいぬしが なくなった</translation>
    </message>
    <message>
        <source>世帯主の転出</source>
        <translation>せたいぬしが ひっこして いった</translation>
    </message>
    <message>
        <source>世帯主の変更（同居のまま）</source>
        <translation>せたいぬしを かえる（いっしょに すんだ まま）</translation>
    </message>
    <message>
        <source>変更があった日を入力してください。</source>
        <translation>かわった 日を いれて ください。</translation>
    </message>
    <message>
        <source>あなたは、どなたですか？</source>
        <translation>あなたは だれですか？</translation>
    </message>
    <message>
        <source>新しい世帯主</source>
        <translation>あたらしい せたいぬし</translation>
    </message>
    <message>
        <source>世帯員</source>
        <translation>せたいの 人</translation>
    </message>
    <message>
        <source>続柄が変わる方を入力してください。</source>
        <translation>かぞくの かんけいが かわる 人を いれて ください。</translation>
    </message>
    <message>
        <source>世帯員（続柄が変わる方）</source>
        <translation>せたいの 人（かんけいが かわる 人）</translation>
    </message>
    <message>
        <source>変更前の続柄</source>
        <translation>まえの かんけい</translation>
    </message>
    <message>
        <source>変更後の続柄</source>
        <translation>あとの かんけい</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）は、あなたから見てどなたですか？</source>
        <translation>しょうめいが いる 人（ぜいきんを はらう 人）は、あなたから みて だれですか？</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）の住所を入力してください。</source>
        <translation>しょうめいが いる 人（ぜいきんを はらう 人）の じゅうしょを いれて ください。</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）のお名前を入力してください。</source>
        <translation>しょうめいが いる 人（ぜいきんを はらう 人）の なまえを いれて ください。</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）の生年月日を入力してください。</source>
        <translation>しょうめいが いる 人（ぜいきんを はらう 人）の うまれた 日を いれて ください。</translation>
    </message>
    <message>
        <source>何年度の証明が必要ですか？</source>
        <translation>いつの ねんどの しょうめいが いりますか？</translation>
    </message>
    <message>
        <source>令和N年度の証明は、令和N−1年中の所得の証明です（例：令和8年度 → 令和7年1月〜12月の所得）。</source>
        <translation>れいわ N ねんどの しょうめいは、れいわ N−1 ねんの 1ねんかんの しょとくの しょうめいです（れい：れいわ 8 ねんど → れいわ 7 ねん 1月〜12月の しょとく）。</translation>
    </message>
    <message>
        <source>所得証明書</source>
        <translation>しょとく しょうめいしょ</translation>
    </message>
    <message>
        <source>課税（非課税）証明書</source>
        <translation>かぜい（ひかぜい）しょうめいしょ</translation>
    </message>
    <message>
        <source>所得課税証明書</source>
        <translation>しょとく かぜい しょうめいしょ</translation>
    </message>
    <message>
        <source>納税証明書</source>
        <translation>のうぜい しょうめいしょ</translation>
    </message>
    <message>
        <source>納税証明書（軽自動車の車検用）</source>
        <translation>のうぜい しょうめいしょ（けいじどうしゃの しゃけん よう）</translation>
    </message>
    <message>
        <source>未納がない証明書</source>
        <translation>はらって いない ぜいきんが ない しょうめいしょ</translation>
    </message>
    <message>
        <source>納税証明書の税目を選ぶか、入力してください。</source>
        <translation>のうぜい しょうめいしょの ぜいきんの しゅるいを えらぶか、いれて ください。</translation>
    </message>
    <message>
        <source>車両番号を入力してください。</source>
        <translation>くるまの ばんごうを いれて ください。</translation>
    </message>
    <message>
        <source>引越し</source>
        <translation>ひっこし</translation>
    </message>
    <message>
        <source>引越した日はいつですか？</source>
        <translation>ひっこした 日は いつですか？</translation>
    </message>
    <message>
        <source>会社の健康保険に入っていない方（国民健康保険に入る方）はいますか？</source>
        <translation>かいしゃの けんこう ほけんに はいって いない 人（こくみん けんこう ほけんに はいる 人）は いますか？</translation>
    </message>
    <message>
        <source>マイナンバーカードをお持ちの方はいますか？</source>
        <translation>マイナンバーカードを もって いる 人は いますか？</translation>
    </message>
    <message>
        <source>印鑑登録が必要ですか？（前の市区町村の登録は転出で廃止されています）</source>
        <translation>はんこの とうろくが いりますか？（まえの まちの とうろくは、ひっこした ときに なくなって います）</translation>
    </message>
    <message>
        <source>国民健康保険に入っている方はいますか？</source>
        <translation>こくみん けんこう ほけんに はいって いる 人は いますか？</translation>
    </message>
    <message>
        <source>引越す日（予定日）はいつですか？</source>
        <translation>ひっこす 日（よていの 日）は いつですか？</translation>
    </message>
    <message>
        <source>印鑑登録をしている方はいますか？</source>
        <translation>はんこを とうろく して いる 人は いますか？</translation>
    </message>
    <message>
        <source>お子さんが生まれた日はいつですか？</source>
        <translation>こどもが うまれた 日は いつですか？</translation>
    </message>
    <message>
        <source>お子さんを扶養する方は、国民健康保険に入っていますか？</source>
        <translation>こどもを やしなう 人は、こくみん けんこう ほけんに はいって いますか？</translation>
    </message>
    <message>
        <source>おくやみ</source>
        <translation>かぞくが なくなった</translation>
    </message>
    <message>
        <source>結婚</source>
        <translation>けっこん</translation>
    </message>
    <message>
        <source>婚姻届を出す日（出した日）はいつですか？</source>
        <translation>こんいん とどけを だす 日（だした 日）は いつですか？</translation>
    </message>
    <message>
        <source>結婚にともなって引越しますか？</source>
        <translation>けっこん して ひっこしますか？</translation>
    </message>
    <message>
        <source>引越しなし</source>
        <translation>ひっこさない</translation>
    </message>
    <message>
        <source>町内で引越し</source>
        <translation>まちの なかで ひっこす</translation>
    </message>
    <message>
        <source>町外から転入</source>
        <translation>ほかの まちから くる</translation>
    </message>
    <message>
        <source>町外へ転出</source>
        <translation>ほかの まちへ いく</translation>
    </message>
    <message>
        <source>氏（名字）が変わる方はいますか？</source>
        <translation>みょうじが かわる 人は いますか？</translation>
    </message>
    <message>
        <source>健康保険は変わりますか？</source>
        <translation>けんこう ほけんは かわりますか？</translation>
    </message>
    <message>
        <source>変わらない</source>
        <translation>かわらない</translation>
    </message>
    <message>
        <source>国民健康保険に入る</source>
        <translation>こくみん けんこう ほけんに はいる</translation>
    </message>
    <message>
        <source>国民健康保険をやめる（配偶者の健康保険に入る）</source>
        <translation>こくみん けんこう ほけんを やめる（つれあいの けんこう ほけんに はいる）</translation>
    </message>
    <message>
        <source>氏が変わる方は、印鑑登録をしていますか？</source>
        <translation>みょうじが かわる 人は、はんこを とうろく して いますか？</translation>
    </message>
    <message>
        <source>離婚</source>
        <translation>りこん</translation>
    </message>
    <message>
        <source>離婚届を出す日（出した日）はいつですか？</source>
        <translation>りこん とどけを だす 日（だした 日）は いつですか？</translation>
    </message>
    <message>
        <source>離婚にともなって引越しますか？</source>
        <translation>りこん して ひっこしますか？</translation>
    </message>
    <message>
        <source>配偶者の健康保険から外れて、国民健康保険に入りますか？</source>
        <translation>つれあいの けんこう ほけんから はずれて、こくみん けんこう ほけんに はいりますか？</translation>
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
        <source>ひらがなにする</source>
        <translation>ひらがなに する</translation>
    </message>
    <message>
        <source>ローマ字（A〜Z）にする</source>
        <translation>ローマじ（A〜Z）に する</translation>
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
        <source>言語 / Language</source>
        <translation>ことば / Language</translation>
    </message>
    <message>
        <source>表示する言語を選ぶ</source>
        <translation>ことばを えらぶ</translation>
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
    <name>LanguagePanel</name>
    <message>
        <source>言語を選んでください</source>
        <translation>ことばを えらんで ください</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>もどる</translation>
    </message>
    <message>
        <source>言語を変えずにもどる</source>
        <translation>ことばを かえないで もどる</translation>
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
    <message numerus="yes">
        <source>あと%n秒</source>
        <translation>
            <numerusform>あと %nびょう</numerusform>
        </translation>
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
        <source>この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。</source>
        <translation>この きかいは ばんごうの かみを だしません（いんさつする きかいが ありません）。がめんの ばんごうを しゃしんに とるか、メモして ください。</translation>
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
    <message>
        <source>もどる</source>
        <translation>もどる</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>まえの がめんに もどる</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>やめて、はじめの がめんに もどる</translation>
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
        <source>前の画面にもどる</source>
        <translation>まえの がめんに もどる</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>やめて、はじめの がめんに もどる</translation>
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
