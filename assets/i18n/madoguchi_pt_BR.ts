<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="ja">
<context>
    <name>AppointmentPage</name>
    <message>
        <source>予約番号を入力してください</source>
        <translation>Digite o número da sua reserva</translation>
    </message>
    <message>
        <source>予約確認のQRコードをお持ちの方は、読み取り機にかざしてください</source>
        <translation>Se tiver o QR code da confirmação, aproxime-o do leitor</translation>
    </message>
    <message>
        <source>入力した予約番号</source>
        <translation>Número de reserva digitado</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>Voltar à tela anterior</translation>
    </message>
    <message>
        <source>通常の番号札を取る</source>
        <translation>Retirar uma ficha normal</translation>
    </message>
    <message>
        <source>受付する</source>
        <translation>Confirmar chegada</translation>
    </message>
    <message>
        <source>この予約番号で受付する</source>
        <translation>Confirmar chegada com este número de reserva</translation>
    </message>
    <message>
        <source>この予約はほかの庁舎のものです。ご予約の庁舎でお手続きください。</source>
        <translation>Esta reserva é de outra unidade. Faça o atendimento na unidade onde reservou.</translation>
    </message>
    <message>
        <source>ご予約は%1月%2日 %3です。当日にお越しください。</source>
        <translation>Sua reserva é para %2/%1 às %3. Venha nesse dia, por favor.</translation>
    </message>
    <message>
        <source>ご予約の日（%1月%2日）は過ぎています。お近くの係員にお声がけください。</source>
        <translation>A data da sua reserva (%2/%1) já passou. Fale com um funcionário próximo.</translation>
    </message>
    <message>
        <source>この予約は受付済みです。あなたの番号は %1 です。</source>
        <translation>A chegada desta reserva já foi confirmada. Sua ficha é %1.</translation>
    </message>
    <message>
        <source>ご予約の時刻（%1）を%2分以上過ぎています。通常の順番の番号札をお取りいただけます。</source>
        <translation>Já se passaram mais de %2 minutos do horário da sua reserva (%1). Você pode retirar uma ficha normal e aguardar na fila.</translation>
    </message>
    <message>
        <source>この予約番号は見つかりませんでした。番号をお確かめください。</source>
        <translation>Não encontramos este número de reserva. Confira o número.</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>（住民票が同じ家族）</source>
        <translation>(família no mesmo registro de residência)</translation>
    </message>
    <message>
        <source>（親権者・成年後見人）</source>
        <translation>(pais ou tutor legal)</translation>
    </message>
    <message>
        <source>（上のどれでもない方）</source>
        <translation>(nenhuma das opções acima)</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>どの手続きをしますか？</source>
        <translation>O que você deseja fazer?</translation>
    </message>
    <message>
        <source>申請書・届出書から選ぶ</source>
        <translation>Escolher pelo formulário</translation>
    </message>
    <message>
        <source>くらしのできごとから選ぶ（引越し・出生など）</source>
        <translation>Escolher por situação (mudança, nascimento etc.)</translation>
    </message>
    <message>
        <source>申請書は作らず、番号札だけ取る</source>
        <translation>Só retirar a ficha, sem formulário</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>Cancelar e voltar à tela inicial</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>カードから読み取った内容をご確認ください</source>
        <translation>Confira os dados lidos do cartão</translation>
    </message>
    <message>
        <source>お名前</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>Leitura do nome</translation>
    </message>
    <message>
        <source>ご住所</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>この内容で正しい</source>
        <translation>Está correto</translation>
    </message>
    <message>
        <source>違うところがある
（窓口で職員が直します）</source>
        <translation>Há algo errado
(corrigimos no guichê)</translation>
    </message>
    <message>
        <source>%1（%2年%3月%4日）</source>
        <translation>%4/%3/%2 (%1)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation>Não aplicável</translation>
    </message>
    <message>
        <source>「〓」の文字はカードに登録できない文字です。窓口で正しい文字を確認します</source>
        <translation>“〓” é uma letra que o cartão não registra. Confirmaremos a correta no guichê.</translation>
    </message>
</context>
<context>
    <name>CountsEditor</name>
    <message>
        <source>%1を1通減らす</source>
        <translation>Diminuir 1 via de %1</translation>
    </message>
    <message>
        <source>%1を1通増やす</source>
        <translation>Aumentar 1 via de %1</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>年</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Dia</translation>
    </message>
</context>
<context>
    <name>FormWords</name>
    <message>
        <source>あなたの住所を入力してください。</source>
        <translation>Digite o seu endereço.</translation>
    </message>
    <message>
        <source>あなたのお名前のふりがなを入力してください。</source>
        <translation>Digite a leitura do seu nome em hiragana (furigana).</translation>
    </message>
    <message>
        <source>あなたのお名前を入力してください。</source>
        <translation>Digite o seu nome.</translation>
    </message>
    <message>
        <source>あなたの生年月日を入力してください。</source>
        <translation>Digite a sua data de nascimento.</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号を入力してください。</source>
        <translation>Digite um telefone para contato durante o dia.</translation>
    </message>
    <message>
        <source>どの届出ですか？</source>
        <translation>Qual notificação?</translation>
    </message>
    <message>
        <source>町外から来た方は「転入」、町内で引越した方は「転居」、町外へ引越す方は「転出」です。</source>
        <translation>Veio de outra cidade: “entrada”; mudou dentro da cidade: “mudança interna”; vai para outra cidade: “saída”.</translation>
    </message>
    <message>
        <source>転入</source>
        <translation>Entrada (de outra cidade)</translation>
    </message>
    <message>
        <source>転居</source>
        <translation>Mudança dentro da cidade</translation>
    </message>
    <message>
        <source>転出</source>
        <translation>Saída (para outra cidade)</translation>
    </message>
    <message>
        <source>引越しの日（転出の方は予定日）を入力してください。</source>
        <translation>Digite a data da mudança (saída: a data prevista).</translation>
    </message>
    <message>
        <source>新しい住所（転出の方は転出先）を入力してください。</source>
        <translation>Digite o novo endereço (saída: para onde vai).</translation>
    </message>
    <message>
        <source>新しい住所の郵便番号を入力してください（わかれば）。</source>
        <translation>Digite o CEP do novo endereço (se souber).</translation>
    </message>
    <message>
        <source>あなたご自身も引越しますか？</source>
        <translation>Você também está se mudando?</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>一緒に引越す方を入力してください。</source>
        <translation>Digite as pessoas que se mudam com você.</translation>
    </message>
    <message>
        <source>お一人ずつ、お名前・生年月日・続柄を入力します。</source>
        <translation>Uma pessoa por vez: nome, data de nascimento e parentesco.</translation>
    </message>
    <message>
        <source>新しい世帯主のお名前を入力してください。</source>
        <translation>Digite o nome do novo chefe da família.</translation>
    </message>
    <message>
        <source>前の世帯主のお名前を入力してください。</source>
        <translation>Digite o nome do chefe da família anterior.</translation>
    </message>
    <message>
        <source>あなたは、引越す方から見てどなたですか？</source>
        <translation>Quem você é para as pessoas que se mudam?</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Eu mesmo(a)</translation>
    </message>
    <message>
        <source>世帯主</source>
        <translation>Chefe da família</translation>
    </message>
    <message>
        <source>代理人（委任状）</source>
        <translation>Representante (com procuração)</translation>
    </message>
    <message>
        <source>委任状をお持ちですか？</source>
        <translation>Você tem uma procuração?</translation>
    </message>
    <message>
        <source>国民健康保険に入っている（入る）方はいますか？</source>
        <translation>Alguém tem (ou vai entrar no) Seguro Nacional de Saúde?</translation>
    </message>
    <message>
        <source>外国籍の方は一緒に引越しますか？</source>
        <translation>Alguém de nacionalidade estrangeira também se muda?</translation>
    </message>
    <message>
        <source>外国籍の方の在留資格などを入力してください。</source>
        <translation>Digite o status de residência e outros dados das pessoas estrangeiras.</translation>
    </message>
    <message>
        <source>異動する方</source>
        <translation>Pessoas que se mudam</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>続柄</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>住民票コード（転入）</source>
        <translation>Código do registro de residência (entrada)</translation>
    </message>
    <message>
        <source>外国人住民の方</source>
        <translation>Residentes estrangeiros</translation>
    </message>
    <message>
        <source>国籍・地域</source>
        <translation>Nacionalidade / região</translation>
    </message>
    <message>
        <source>在留資格</source>
        <translation>Status de residência</translation>
    </message>
    <message>
        <source>在留期間</source>
        <translation>Período de permanência</translation>
    </message>
    <message>
        <source>満了日</source>
        <translation>Data de vencimento</translation>
    </message>
    <message>
        <source>在留カード番号</source>
        <translation>Número do cartão de residente</translation>
    </message>
    <message>
        <source>印鑑登録をしている方は、あなたから見てどなたですか？</source>
        <translation>Quem é, para você, a pessoa com o carimbo registrado?</translation>
    </message>
    <message>
        <source>ご自身の分なら「本人」を選んでください。</source>
        <translation>Se for para você mesmo(a), escolha “Eu mesmo(a)”.</translation>
    </message>
    <message>
        <source>わたし（本人）</source>
        <translation>Eu mesmo(a)</translation>
    </message>
    <message>
        <source>印鑑登録をしている方の住所を入力してください。</source>
        <translation>Digite o endereço da pessoa com o carimbo registrado.</translation>
    </message>
    <message>
        <source>印鑑登録をしている方のお名前を入力してください。</source>
        <translation>Digite o nome da pessoa com o carimbo registrado.</translation>
    </message>
    <message>
        <source>印鑑登録をしている方の生年月日を入力してください。</source>
        <translation>Digite a data de nascimento da pessoa com o carimbo registrado.</translation>
    </message>
    <message>
        <source>廃止申請</source>
        <translation>Cancelar o registro</translation>
    </message>
    <message>
        <source>亡失届（登録証をなくした）</source>
        <translation>Comunicar perda (perdeu o cartão de registro)</translation>
    </message>
    <message>
        <source>なくした日と場所（わかる範囲で）を入力してください。</source>
        <translation>Digite quando e onde perdeu (o que souber).</translation>
    </message>
    <message>
        <source>続けて新しい印鑑を登録しますか？</source>
        <translation>Quer registrar um novo carimbo em seguida?</translation>
    </message>
    <message>
        <source>代理人（登録証持参）</source>
        <translation>Representante (com o cartão de registro)</translation>
    </message>
    <message>
        <source>何をお持ちですか？</source>
        <translation>O que você tem consigo?</translation>
    </message>
    <message>
        <source>印鑑登録証明書には、印鑑登録証（カード）かマイナンバーカードが必要です。</source>
        <translation>A certidão de carimbo exige o cartão de registro do carimbo ou o cartão My Number.</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）</source>
        <translation>Cartão de registro do carimbo</translation>
    </message>
    <message>
        <source>マイナンバーカード（登録証の機能付き）</source>
        <translation>Cartão My Number (com a função de cartão de registro)</translation>
    </message>
    <message>
        <source>印鑑登録番号を入力してください。</source>
        <translation>Digite o número de registro do carimbo.</translation>
    </message>
    <message>
        <source>印鑑登録証に書かれた番号です。わからなければ空欄のままで構いません。</source>
        <translation>É o número escrito no cartão de registro. Se não souber, deixe em branco.</translation>
    </message>
    <message>
        <source>何通必要ですか？</source>
        <translation>Quantas cópias você precisa?</translation>
    </message>
    <message>
        <source>使いみちを選ぶか、入力してください（任意）。</source>
        <translation>Escolha ou digite para que é (opcional).</translation>
    </message>
    <message>
        <source>登録する方は、あなたから見てどなたですか？</source>
        <translation>Quem é, para você, a pessoa que vai registrar?</translation>
    </message>
    <message>
        <source>登録する方の住所を入力してください。</source>
        <translation>Digite o endereço da pessoa que vai registrar.</translation>
    </message>
    <message>
        <source>登録する方のお名前のふりがなを入力してください。</source>
        <translation>Digite a leitura do nome da pessoa que vai registrar em hiragana (furigana).</translation>
    </message>
    <message>
        <source>登録する方のお名前を入力してください。</source>
        <translation>Digite o nome da pessoa que vai registrar.</translation>
    </message>
    <message>
        <source>登録する方の生年月日を入力してください。</source>
        <translation>Digite a data de nascimento da pessoa que vai registrar.</translation>
    </message>
    <message>
        <source>本人確認はどの方法でしますか？</source>
        <translation>Como você vai comprovar a sua identidade?</translation>
    </message>
    <message>
        <source>マイナンバーカード・運転免許証・パスポートなどがあれば、その場で登録できます。</source>
        <translation>Com cartão My Number, carteira de motorista, passaporte ou similar, o registro é feito na hora.</translation>
    </message>
    <message>
        <source>顔写真付きの本人確認書類</source>
        <translation>Documento com foto</translation>
    </message>
    <message>
        <source>保証人（この町で印鑑登録済みの方）</source>
        <translation>Um fiador (com carimbo registrado nesta cidade)</translation>
    </message>
    <message>
        <source>照会書（後日、回答書を持参）</source>
        <translation>Carta de consulta (traz a resposta depois)</translation>
    </message>
    <message>
        <source>保証人のお名前を入力してください。</source>
        <translation>Digite o nome do fiador.</translation>
    </message>
    <message>
        <source>保証人の住所を入力してください。</source>
        <translation>Digite o endereço do fiador.</translation>
    </message>
    <message>
        <source>あなたの性別を選んでください。</source>
        <translation>Escolha o seu sexo.</translation>
    </message>
    <message>
        <source>あなたが加入している年金を選んでください。</source>
        <translation>Escolha a aposentadoria de que você participa.</translation>
    </message>
    <message>
        <source>厚生年金</source>
        <translation>Pensão dos Empregados (Kosei Nenkin)</translation>
    </message>
    <message>
        <source>国民年金</source>
        <translation>Pensão Nacional</translation>
    </message>
    <message>
        <source>共済組合</source>
        <translation>Associação de ajuda mútua</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>配偶者のお名前を入力してください（いなければ空欄）。</source>
        <translation>Digite o nome do cônjuge (deixe em branco se não tiver).</translation>
    </message>
    <message>
        <source>配偶者の生年月日を入力してください。</source>
        <translation>Digite a data de nascimento do cônjuge.</translation>
    </message>
    <message>
        <source>今年の1月1日も、今の住所に住んでいましたか？</source>
        <translation>Em 1º de janeiro deste ano você já morava no endereço atual?</translation>
    </message>
    <message>
        <source>今年1月1日の住所を入力してください。</source>
        <translation>Digite o seu endereço em 1º de janeiro deste ano.</translation>
    </message>
    <message>
        <source>対象となるお子さんを入力してください。</source>
        <translation>Digite os filhos a que o auxílio se refere.</translation>
    </message>
    <message>
        <source>手当の振込先を選んでください。</source>
        <translation>Escolha onde o auxílio será pago.</translation>
    </message>
    <message>
        <source>マイナンバーに登録した公金受取口座なら、口座の記入はいりません。</source>
        <translation>Com a conta para benefícios públicos registrada no My Number, não é preciso informar a conta.</translation>
    </message>
    <message>
        <source>公金受取口座</source>
        <translation>Conta para benefícios públicos (registrada no My Number)</translation>
    </message>
    <message>
        <source>請求者名義の口座</source>
        <translation>Uma conta em nome do requerente</translation>
    </message>
    <message>
        <source>金融機関名と支店名を入力してください。</source>
        <translation>Digite o nome do banco e da agência.</translation>
    </message>
    <message>
        <source>口座の種別を選んでください。</source>
        <translation>Escolha o tipo de conta.</translation>
    </message>
    <message>
        <source>普通</source>
        <translation>Comum (poupança)</translation>
    </message>
    <message>
        <source>当座</source>
        <translation>Conta corrente</translation>
    </message>
    <message>
        <source>口座番号を入力してください。</source>
        <translation>Digite o número da conta.</translation>
    </message>
    <message>
        <source>口座名義をカタカナで入力してください。</source>
        <translation>Digite o nome do titular da conta em katakana.</translation>
    </message>
    <message>
        <source>対象となる児童</source>
        <translation>Filhos beneficiários</translation>
    </message>
    <message>
        <source>同居・別居</source>
        <translation>Mora junto ou separado</translation>
    </message>
    <message>
        <source>同居</source>
        <translation>Mora junto</translation>
    </message>
    <message>
        <source>別居</source>
        <translation>Mora separado</translation>
    </message>
    <message>
        <source>監護</source>
        <translation>Sob seus cuidados</translation>
    </message>
    <message>
        <source>生計同一</source>
        <translation>Mesmo sustento</translation>
    </message>
    <message>
        <source>証明が必要な方は、あなたから見てどなたですか？</source>
        <translation>De quem é a certidão, e quem é essa pessoa para você?</translation>
    </message>
    <message>
        <source>同一世帯</source>
        <translation>Mesmo domicílio</translation>
    </message>
    <message>
        <source>配偶者・直系</source>
        <translation>Cônjuge ou parente em linha direta</translation>
    </message>
    <message>
        <source>法定代理人</source>
        <translation>Representante legal</translation>
    </message>
    <message>
        <source>第三者</source>
        <translation>Outra pessoa (terceiro)</translation>
    </message>
    <message>
        <source>証明が必要な方の住所を入力してください。</source>
        <translation>Digite o endereço da pessoa da certidão.</translation>
    </message>
    <message>
        <source>証明が必要な方のお名前を入力してください。</source>
        <translation>Digite o nome da pessoa da certidão.</translation>
    </message>
    <message>
        <source>証明が必要な方の生年月日を入力してください。</source>
        <translation>Digite a data de nascimento da pessoa da certidão.</translation>
    </message>
    <message>
        <source>どの証明が必要ですか？</source>
        <translation>De qual certidão você precisa?</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <translation>Cópia do registro de residência</translation>
    </message>
    <message>
        <source>住民票の除票の写し</source>
        <translation>Cópia de registro de residência encerrado (mudou-se ou faleceu)</translation>
    </message>
    <message>
        <source>住民票記載事項証明書</source>
        <translation>Certidão de itens do registro de residência</translation>
    </message>
    <message>
        <source>どなたの分が必要ですか？</source>
        <translation>Para quem você precisa?</translation>
    </message>
    <message>
        <source>世帯全員の分は「世帯全員」、家族の一部の方だけなら「世帯の一部」を選んでください。</source>
        <translation>Para todos do domicílio escolha “Todo o domicílio”; para só algumas pessoas da família escolha “Parte do domicílio”.</translation>
    </message>
    <message>
        <source>必要な方のみ</source>
        <translation>Só a pessoa que precisa</translation>
    </message>
    <message>
        <source>世帯全員</source>
        <translation>Todo o domicílio</translation>
    </message>
    <message>
        <source>世帯の一部</source>
        <translation>Parte do domicílio</translation>
    </message>
    <message>
        <source>必要な方のお名前を入力してください。</source>
        <translation>Digite os nomes das pessoas de quem precisa.</translation>
    </message>
    <message>
        <source>証明する事項を入力してください（提出先の様式があればお持ちください）。</source>
        <translation>Digite o que deve ser certificado (traga o formulário do destinatário, se houver).</translation>
    </message>
    <message>
        <source>記載が必要な事項にチェックしてください。</source>
        <translation>Marque os itens que devem constar.</translation>
    </message>
    <message>
        <source>提出先から指示がなければ、チェックは不要です。</source>
        <translation>Se o destinatário não pediu, não é preciso marcar nada.</translation>
    </message>
    <message>
        <source>世帯主・続柄</source>
        <translation>Chefe da família e parentesco</translation>
    </message>
    <message>
        <source>本籍・筆頭者</source>
        <translation>Domicílio de registro (honseki) e titular do registro familiar</translation>
    </message>
    <message>
        <source>個人番号</source>
        <translation>Número individual (My Number)</translation>
    </message>
    <message>
        <source>住民票コード</source>
        <translation>Código do registro de residência</translation>
    </message>
    <message>
        <source>国籍・地域、在留資格等（外国人住民）</source>
        <translation>Nacionalidade, status de residência etc. (estrangeiros)</translation>
    </message>
    <message>
        <source>使いみち（提出先）を選ぶか、入力してください。</source>
        <translation>Escolha ou digite para que é (onde vai entregar).</translation>
    </message>
    <message>
        <source>請求の理由を入力してください。</source>
        <translation>Digite o motivo do pedido.</translation>
    </message>
    <message>
        <source>国民健康保険に入る理由を選んでください。</source>
        <translation>Escolha por que vai entrar no Seguro Nacional de Saúde.</translation>
    </message>
    <message>
        <source>社会保険をやめた</source>
        <translation>Saiu do seguro social (da empresa)</translation>
    </message>
    <message>
        <source>扶養から外れた</source>
        <translation>Deixou de ser dependente</translation>
    </message>
    <message>
        <source>出生</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <source>生活保護の廃止</source>
        <translation>Fim da assistência pública</translation>
    </message>
    <message>
        <source>その理由があった日（転入日・退職日の翌日など）を入力してください。</source>
        <translation>Digite a data em que ocorreu (dia da mudança, dia seguinte ao desligamento do emprego...).</translation>
    </message>
    <message>
        <source>前の住所を入力してください。</source>
        <translation>Digite o endereço anterior.</translation>
    </message>
    <message>
        <source>前に入っていた健康保険の名前を入力してください。</source>
        <translation>Digite o nome do seguro de saúde que você tinha antes.</translation>
    </message>
    <message>
        <source>資格喪失証明書（または離職票など）をお持ちですか？</source>
        <translation>Você tem o comprovante de saída do seguro (ou o documento de desligamento)?</translation>
    </message>
    <message>
        <source>あなたご自身も加入しますか？</source>
        <translation>Você também vai entrar?</translation>
    </message>
    <message>
        <source>加入する方を入力してください。</source>
        <translation>Digite as pessoas que vão entrar.</translation>
    </message>
    <message>
        <source>すでに国民健康保険に入っている家族がいれば入力してください。</source>
        <translation>Se houver familiares já no Seguro Nacional de Saúde, digite-os.</translation>
    </message>
    <message>
        <source>加入する方</source>
        <translation>Pessoas que vão entrar</translation>
    </message>
    <message>
        <source>職業</source>
        <translation>Profissão</translation>
    </message>
    <message>
        <source>すでに加入している方</source>
        <translation>Pessoas já inscritas</translation>
    </message>
    <message>
        <source>国民健康保険をやめる理由を選んでください。</source>
        <translation>Escolha por que vai sair do Seguro Nacional de Saúde.</translation>
    </message>
    <message>
        <source>社会保険に加入</source>
        <translation>Entrou no seguro social (da empresa)</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>Falecimento</translation>
    </message>
    <message>
        <source>生活保護の開始</source>
        <translation>Início da assistência pública</translation>
    </message>
    <message>
        <source>後期高齢者医療へ移行</source>
        <translation>Passa para o seguro médico para idosos (75+)</translation>
    </message>
    <message>
        <source>その理由があった日（転出日・会社の保険に入った日など）を入力してください。</source>
        <translation>Digite a data em que ocorreu (dia da saída, dia em que entrou no seguro da empresa...).</translation>
    </message>
    <message>
        <source>転出先の住所を入力してください。</source>
        <translation>Digite o endereço para onde vai se mudar.</translation>
    </message>
    <message>
        <source>新しく入った健康保険の名前を入力してください。</source>
        <translation>Digite o nome do novo seguro de saúde.</translation>
    </message>
    <message>
        <source>あなたご自身もやめますか？</source>
        <translation>Você também vai sair?</translation>
    </message>
    <message>
        <source>やめる方を入力してください。</source>
        <translation>Digite as pessoas que vão sair.</translation>
    </message>
    <message>
        <source>資格確認書（保険証）をお持ちですか？お持ちなら返却してください。</source>
        <translation>Você tem o certificado de elegibilidade (cartão do seguro)? Se tiver, devolva-o.</translation>
    </message>
    <message>
        <source>やめる方</source>
        <translation>Pessoas que vão sair</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）は、あなたから見てどなたですか？</source>
        <translation>Quem é, para você, a pessoa do registro familiar da certidão?</translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation>Cônjuge</translation>
    </message>
    <message>
        <source>直系（父母・祖父母）</source>
        <translation>Pai/mãe ou avô/avó</translation>
    </message>
    <message>
        <source>直系（子・孫）</source>
        <translation>Filho(a) ou neto(a)</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）の住所を入力してください。</source>
        <translation>Digite o endereço da pessoa do registro familiar.</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）のお名前を入力してください。</source>
        <translation>Digite o nome da pessoa do registro familiar.</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）の生年月日を入力してください。</source>
        <translation>Digite a data de nascimento da pessoa do registro familiar.</translation>
    </message>
    <message>
        <source>証明が必要な方の本籍を、番地まで入力してください。</source>
        <translation>Digite o domicílio de registro (honseki) da pessoa, até o número do lote.</translation>
    </message>
    <message>
        <source>本籍地の都道府県・市区町村から番地まで。わからない方は、本籍が記載された住民票で確かめられます。</source>
        <translation>Da província e do município até o número do lote. Se não souber, veja num registro de residência que mostre o honseki.</translation>
    </message>
    <message>
        <source>筆頭者のお名前を入力してください。</source>
        <translation>Digite o nome do titular do registro familiar (hittosha).</translation>
    </message>
    <message>
        <source>戸籍の最初に記載されている方です（多くは婚姻時に氏を名乗った方）。</source>
        <translation>É a primeira pessoa escrita no registro familiar (em geral, aquela cujo sobrenome o casal adotou).</translation>
    </message>
    <message>
        <source>本籍は、この町以外ですか？</source>
        <translation>O domicílio de registro fica fora desta cidade?</translation>
    </message>
    <message>
        <source>ほかの市区町村の戸籍も、本人・配偶者・直系の方は、ここで請求できます（広域交付）。</source>
        <translation>Registros de outros municípios também podem ser pedidos aqui pela própria pessoa, cônjuge ou parente direto.</translation>
    </message>
    <message>
        <source>必要な証明と通数を選んでください。</source>
        <translation>Escolha as certidões e o número de cópias.</translation>
    </message>
    <message>
        <source>戸籍全部事項証明（謄本）</source>
        <translation>Certidão completa do registro familiar (tohon)</translation>
    </message>
    <message>
        <source>戸籍個人事項証明（抄本）</source>
        <translation>Certidão do registro familiar de uma pessoa (shohon)</translation>
    </message>
    <message>
        <source>除籍全部事項証明（除籍謄本）</source>
        <translation>Certidão completa de registro familiar encerrado (joseki tohon)</translation>
    </message>
    <message>
        <source>改製原戸籍謄本</source>
        <translation>Registro familiar no formato antigo (kaisei genkoseki)</translation>
    </message>
    <message>
        <source>戸籍の附票</source>
        <translation>Anexo do registro familiar (histórico de endereços)</translation>
    </message>
    <message>
        <source>身分証明書</source>
        <translation>Certidão de capacidade civil (mibun shomeisho)</translation>
    </message>
    <message>
        <source>独身証明書</source>
        <translation>Certidão de estado civil solteiro</translation>
    </message>
    <message>
        <source>受理証明書</source>
        <translation>Certidão de recebimento de notificação (juri shomei)</translation>
    </message>
    <message>
        <source>亡くなった方のお名前を入力してください。</source>
        <translation>Digite o nome da pessoa falecida.</translation>
    </message>
    <message>
        <source>亡くなった方のお名前のふりがなを入力してください。</source>
        <translation>Digite a leitura do nome da pessoa falecida em hiragana (furigana).</translation>
    </message>
    <message>
        <source>亡くなった方の生年月日を入力してください。</source>
        <translation>Digite a data de nascimento da pessoa falecida.</translation>
    </message>
    <message>
        <source>亡くなった日を入力してください。</source>
        <translation>Digite a data do falecimento.</translation>
    </message>
    <message>
        <source>亡くなった方は、あなたと同じ住所でしたか？</source>
        <translation>A pessoa falecida morava no mesmo endereço que você?</translation>
    </message>
    <message>
        <source>亡くなった方の住所を入力してください。</source>
        <translation>Digite o endereço da pessoa falecida.</translation>
    </message>
    <message>
        <source>亡くなった方から見て、あなたはどなたですか？</source>
        <translation>Quem você é para a pessoa falecida?</translation>
    </message>
    <message>
        <source>死亡届はもう出しましたか？（葬儀社が代わりに出すことが多いです）</source>
        <translation>O óbito já foi registrado? (Muitas vezes a funerária faz isso.)</translation>
    </message>
    <message>
        <source>亡くなった方は世帯主でしたか？</source>
        <translation>A pessoa falecida era o chefe da família?</translation>
    </message>
    <message>
        <source>世帯に残る方は何人ですか？</source>
        <translation>Quantas pessoas ficam no domicílio?</translation>
    </message>
    <message>
        <source>亡くなった方が入っていたもの・持っていたものにチェックしてください。</source>
        <translation>Marque o que a pessoa falecida tinha ou de que participava.</translation>
    </message>
    <message>
        <source>わからないものは、チェックしなくても窓口で確認します。</source>
        <translation>O que não souber, deixe sem marcar: o balcão verifica.</translation>
    </message>
    <message>
        <source>国民健康保険</source>
        <translation>Seguro Nacional de Saúde</translation>
    </message>
    <message>
        <source>後期高齢者医療</source>
        <translation>Seguro médico 75+</translation>
    </message>
    <message>
        <source>介護保険</source>
        <translation>Seguro de cuidados</translation>
    </message>
    <message>
        <source>年金を受給</source>
        <translation>Recebia aposentadoria</translation>
    </message>
    <message>
        <source>障害者手帳・受給者証</source>
        <translation>Caderneta de deficiência</translation>
    </message>
    <message>
        <source>各種手当</source>
        <translation>Auxílios diversos</translation>
    </message>
    <message>
        <source>子ども・ひとり親医療</source>
        <translation>Auxílio médico infantil ou monoparental</translation>
    </message>
    <message>
        <source>印鑑登録</source>
        <translation>Registro de carimbo</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>Cartão My Number</translation>
    </message>
    <message>
        <source>喪主の方のお名前を入力してください（葬祭費の申請に使います）。</source>
        <translation>Digite o nome do responsável pelo funeral (para pedir o auxílio-funeral).</translation>
    </message>
    <message>
        <source>あなたは相続人ですか？</source>
        <translation>Você é herdeiro(a)?</translation>
    </message>
    <message>
        <source>世帯主が変わる理由を選んでください。</source>
        <translation>Escolha por que o chefe da família muda.</translation>
    </message>
    <message>
        <source>世帯主の死亡</source>
        <translation>O chefe da família faleceu</translation>
    </message>
    <message>
        <source>世帯主の転出</source>
        <translation>O chefe da família se mudou</translation>
    </message>
    <message>
        <source>世帯主の変更（同居のまま）</source>
        <translation>Troca do chefe da família (continuam morando juntos)</translation>
    </message>
    <message>
        <source>変更があった日を入力してください。</source>
        <translation>Digite a data da mudança.</translation>
    </message>
    <message>
        <source>あなたは、どなたですか？</source>
        <translation>Quem é você?</translation>
    </message>
    <message>
        <source>新しい世帯主</source>
        <translation>O novo chefe da família</translation>
    </message>
    <message>
        <source>世帯員</source>
        <translation>Um membro do domicílio</translation>
    </message>
    <message>
        <source>続柄が変わる方を入力してください。</source>
        <translation>Digite as pessoas cujo parentesco muda.</translation>
    </message>
    <message>
        <source>世帯員（続柄が変わる方）</source>
        <translation>Membros do domicílio (cujo parentesco muda)</translation>
    </message>
    <message>
        <source>変更前の続柄</source>
        <translation>Parentesco anterior</translation>
    </message>
    <message>
        <source>変更後の続柄</source>
        <translation>Parentesco novo</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）は、あなたから見てどなたですか？</source>
        <translation>Quem é, para você, o contribuinte da certidão?</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）の住所を入力してください。</source>
        <translation>Digite o endereço do contribuinte.</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）のお名前を入力してください。</source>
        <translation>Digite o nome do contribuinte.</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）の生年月日を入力してください。</source>
        <translation>Digite a data de nascimento do contribuinte.</translation>
    </message>
    <message>
        <source>何年度の証明が必要ですか？</source>
        <translation>De qual ano fiscal você precisa da certidão?</translation>
    </message>
    <message>
        <source>令和N年度の証明は、令和N−1年中の所得の証明です（例：令和8年度 → 令和7年1月〜12月の所得）。</source>
        <translation>A certidão do ano fiscal Reiwa N mostra a renda de Reiwa N−1 (ex.: Reiwa 8 → renda de janeiro a dezembro de Reiwa 7).</translation>
    </message>
    <message>
        <source>所得証明書</source>
        <translation>Certidão de renda</translation>
    </message>
    <message>
        <source>課税（非課税）証明書</source>
        <translation>Certidão de tributação (isenção)</translation>
    </message>
    <message>
        <source>所得課税証明書</source>
        <translation>Certidão de renda e tributação</translation>
    </message>
    <message>
        <source>納税証明書</source>
        <translation>Certidão de pagamento de impostos</translation>
    </message>
    <message>
        <source>納税証明書（軽自動車の車検用）</source>
        <translation>Certidão de pagamento de impostos (para a inspeção de veículo leve)</translation>
    </message>
    <message>
        <source>未納がない証明書</source>
        <translation>Certidão de inexistência de débitos</translation>
    </message>
    <message>
        <source>納税証明書の税目を選ぶか、入力してください。</source>
        <translation>Escolha ou digite o imposto da certidão de pagamento.</translation>
    </message>
    <message>
        <source>車両番号を入力してください。</source>
        <translation>Digite a placa do veículo.</translation>
    </message>
    <message>
        <source>引越し</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <source>引越した日はいつですか？</source>
        <translation>Quando você se mudou?</translation>
    </message>
    <message>
        <source>会社の健康保険に入っていない方（国民健康保険に入る方）はいますか？</source>
        <translation>Alguém não tem seguro de saúde da empresa (e vai entrar no Seguro Nacional de Saúde)?</translation>
    </message>
    <message>
        <source>マイナンバーカードをお持ちの方はいますか？</source>
        <translation>Alguém tem cartão My Number?</translation>
    </message>
    <message>
        <source>印鑑登録が必要ですか？（前の市区町村の登録は転出で廃止されています）</source>
        <translation>Precisa registrar um carimbo? (O registro na cidade anterior foi cancelado com a mudança.)</translation>
    </message>
    <message>
        <source>国民健康保険に入っている方はいますか？</source>
        <translation>Alguém tem o Seguro Nacional de Saúde?</translation>
    </message>
    <message>
        <source>引越す日（予定日）はいつですか？</source>
        <translation>Quando você vai se mudar (data prevista)?</translation>
    </message>
    <message>
        <source>印鑑登録をしている方はいますか？</source>
        <translation>Alguém tem carimbo registrado?</translation>
    </message>
    <message>
        <source>お子さんが生まれた日はいつですか？</source>
        <translation>Quando a criança nasceu?</translation>
    </message>
    <message>
        <source>お子さんを扶養する方は、国民健康保険に入っていますか？</source>
        <translation>A pessoa que sustenta a criança tem o Seguro Nacional de Saúde?</translation>
    </message>
    <message>
        <source>おくやみ</source>
        <translation>Falecimento na família</translation>
    </message>
    <message>
        <source>結婚</source>
        <translation>Casamento</translation>
    </message>
    <message>
        <source>婚姻届を出す日（出した日）はいつですか？</source>
        <translation>Quando você entrega (entregou) o registro de casamento?</translation>
    </message>
    <message>
        <source>結婚にともなって引越しますか？</source>
        <translation>Vai se mudar por causa do casamento?</translation>
    </message>
    <message>
        <source>引越しなし</source>
        <translation>Não vai se mudar</translation>
    </message>
    <message>
        <source>町内で引越し</source>
        <translation>Mudança dentro da cidade</translation>
    </message>
    <message>
        <source>町外から転入</source>
        <translation>Vindo de outra cidade</translation>
    </message>
    <message>
        <source>町外へ転出</source>
        <translation>Indo para outra cidade</translation>
    </message>
    <message>
        <source>氏（名字）が変わる方はいますか？</source>
        <translation>Alguém vai mudar de sobrenome?</translation>
    </message>
    <message>
        <source>健康保険は変わりますか？</source>
        <translation>O seu seguro de saúde muda?</translation>
    </message>
    <message>
        <source>変わらない</source>
        <translation>Não muda</translation>
    </message>
    <message>
        <source>国民健康保険に入る</source>
        <translation>Vai entrar no Seguro Nacional de Saúde</translation>
    </message>
    <message>
        <source>国民健康保険をやめる（配偶者の健康保険に入る）</source>
        <translation>Vai sair do Seguro Nacional de Saúde (entrar no seguro do cônjuge)</translation>
    </message>
    <message>
        <source>氏が変わる方は、印鑑登録をしていますか？</source>
        <translation>A pessoa que muda de sobrenome tem carimbo registrado?</translation>
    </message>
    <message>
        <source>離婚</source>
        <translation>Divórcio</translation>
    </message>
    <message>
        <source>離婚届を出す日（出した日）はいつですか？</source>
        <translation>Quando você entrega (entregou) o registro de divórcio?</translation>
    </message>
    <message>
        <source>離婚にともなって引越しますか？</source>
        <translation>Vai se mudar por causa do divórcio?</translation>
    </message>
    <message>
        <source>配偶者の健康保険から外れて、国民健康保険に入りますか？</source>
        <translation>Vai sair do seguro do cônjuge e entrar no Seguro Nacional de Saúde?</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>読み取りが終わるまで、カードは置いたままにしてください</source>
        <translation>Deixe o cartão no leitor até terminar a leitura</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>運転免許証をカードリーダーに置いてください</source>
        <translation>Coloque a carteira de motorista no leitor de cartão</translation>
    </message>
    <message>
        <source>マイナンバーカードをカードリーダーに置いてください</source>
        <translation>Coloque o cartão My Number no leitor de cartão</translation>
    </message>
</context>
<context>
    <name>KanaPad</name>
    <message>
        <source>濁点（゛）をつける</source>
        <translation>Adicionar ゛ (dakuten)</translation>
    </message>
    <message>
        <source>濁点 ゛</source>
        <translation>Sinal ゛</translation>
    </message>
    <message>
        <source>半濁点（゜）をつける</source>
        <translation>Adicionar ゜ (handakuten)</translation>
    </message>
    <message>
        <source>半濁点 ゜</source>
        <translation>Sinal ゜</translation>
    </message>
    <message>
        <source>小さい文字にする</source>
        <translation>Mudar para letra pequena</translation>
    </message>
    <message>
        <source>空白を入れる</source>
        <translation>Inserir espaço</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Apagar uma letra</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>Apagar tudo</translation>
    </message>
    <message>
        <source>ひらがなにする</source>
        <translation>Mudar para hiragana</translation>
    </message>
    <message>
        <source>ローマ字（A〜Z）にする</source>
        <translation>Mudar para o alfabeto latino (A–Z)</translation>
    </message>
    <message>
        <source>小</source>
        <translation>Pequena</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>全部
消す</source>
        <translation>Apagar
tudo</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>窓口 受付</source>
        <translation>Recepção</translation>
    </message>
    <message>
        <source>言語 / Language</source>
        <translation>Idioma / Language</translation>
    </message>
    <message>
        <source>表示する言語を選ぶ</source>
        <translation>Escolher o idioma</translation>
    </message>
    <message>
        <source>音声 オフ</source>
        <translation>Som desligado</translation>
    </message>
    <message>
        <source>音声 オン</source>
        <translation>Som ligado</translation>
    </message>
    <message>
        <source>音声案内をオンにする</source>
        <translation>Ligar a orientação por voz</translation>
    </message>
    <message>
        <source>音声案内をオフにする</source>
        <translation>Desligar a orientação por voz</translation>
    </message>
    <message>
        <source>ただいま番号札を発行できません。お近くの係員にお声がけください。</source>
        <translation>No momento não é possível emitir senhas. Procure um funcionário próximo.</translation>
    </message>
    <message>
        <source>暗証番号がロックされています</source>
        <translation>A senha está bloqueada</translation>
    </message>
    <message>
        <source>ロックは窓口で解除できます。今日はカードを使わずにお進みください。</source>
        <translation>A senha pode ser desbloqueada no guichê. Hoje, continue sem o cartão.</translation>
    </message>
    <message>
        <source>カードが読み取り中に離れました</source>
        <translation>O cartão saiu do leitor durante a leitura</translation>
    </message>
    <message>
        <source>もう一度カードを置いて、読み取りが終わるまでそのままにしてください。</source>
        <translation>Coloque o cartão de novo e deixe-o no leitor até terminar a leitura.</translation>
    </message>
    <message>
        <source>このカードは読み取れません</source>
        <translation>Este cartão não pode ser lido</translation>
    </message>
    <message>
        <source>カードをお取りになり、マイナンバーカードか運転免許証をお使いください。</source>
        <translation>Retire o cartão e use o cartão My Number ou a carteira de motorista.</translation>
    </message>
    <message>
        <source>カードの内容を正しく読み取れませんでした</source>
        <translation>Não foi possível ler o cartão corretamente</translation>
    </message>
    <message>
        <source>もう一度お試しいただくか、カードを使わずにお進みください。窓口で職員がお手伝いします。</source>
        <translation>Tente de novo ou continue sem o cartão. Um funcionário vai ajudar no guichê.</translation>
    </message>
    <message>
        <source>カードが見つかりません</source>
        <translation>Cartão não encontrado</translation>
    </message>
    <message>
        <source>カードをカードリーダーの上に置いてください。</source>
        <translation>Coloque o cartão sobre o leitor de cartão.</translation>
    </message>
    <message>
        <source>このあと：%1</source>
        <translation>Depois: %1</translation>
    </message>
    <message>
        <source>画面にこの番号が表示されたら、表示された窓口へお越しください</source>
        <translation>Quando este número aparecer na tela, dirija-se ao guichê indicado.</translation>
    </message>
    <message>
        <source>呼び出しに間に合わなかったときは、このQRコードを受付機にかざしてください</source>
        <translation>Se perder a chamada, aproxime este QR code do leitor do terminal de atendimento.</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>言語を選んでください</source>
        <translation>Escolha o idioma</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>言語を変えずにもどる</source>
        <translation>Voltar sem mudar o idioma</translation>
    </message>
</context>
<context>
    <name>MoreTimePanel</name>
    <message>
        <source>まだ続けますか？</source>
        <translation>Precisa de mais tempo?</translation>
    </message>
    <message>
        <source>操作がないため、まもなく最初の画面にもどります。入力した内容は消えます。</source>
        <translation>Como a tela não foi tocada, ela logo voltará ao início. O que você digitou será apagado.</translation>
    </message>
    <message>
        <source>続ける</source>
        <translation>Continuar</translation>
    </message>
    <message numerus="yes">
        <source>あと%n秒</source>
        <translation>
            <numerusform>Falta %n segundo</numerusform>
            <numerusform>Faltam %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>訂正</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Apagar um número</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>Apagar tudo</translation>
    </message>
</context>
<context>
    <name>PinPadPage</name>
    <message>
        <source>暗証番号（数字4桁）を入力してください</source>
        <translation>Digite a senha (4 números)</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Apagar um número</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>カードを使うのをやめる</source>
        <translation>Desistir de usar o cartão</translation>
    </message>
    <message>
        <source>確定</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>券面事項入力補助用の暗証番号です</source>
        <translation>A senha para ler os dados do cartão (券面事項入力補助用)</translation>
    </message>
    <message>
        <source>免許証の暗証番号1です</source>
        <translation>A senha 1 da carteira de motorista</translation>
    </message>
    <message>
        <source>暗証番号が違います。</source>
        <translation>Senha incorreta. </translation>
    </message>
    <message numerus="yes">
        <source>あと%n回入力できます</source>
        <translation>
            <numerusform>Resta %n tentativa</numerusform>
            <numerusform>Restam %n tentativas</numerusform>
        </translation>
    </message>
    <message>
        <source>あと1回間違えるとロックされ、窓口での解除が必要になります。わからないときは係員にお尋ねください</source>
        <translation>Mais um erro bloqueia a senha, e só o guichê pode desbloquear. Se não tiver certeza, pergunte a um funcionário.</translation>
    </message>
    <message numerus="yes">
        <source>%n桁入力済み</source>
        <translation>
            <numerusform>%n número digitado</numerusform>
            <numerusform>%n números digitados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>もう一度カードを置く</source>
        <translation>Colocar o cartão de novo</translation>
    </message>
    <message>
        <source>カードを使わずに進む</source>
        <translation>Continuar sem o cartão</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>もどる</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>Voltar à tela anterior</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>%1（%2人目）の%3</source>
        <translation>%1 (pessoa %2): %3</translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <source>読み取り中です</source>
        <translation>Lendo o cartão…</translation>
    </message>
    <message>
        <source>カードを動かさないでください</source>
        <translation>Não mova o cartão</translation>
    </message>
</context>
<context>
    <name>ReferencePad</name>
    <message>
        <source>訂正</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Apagar uma letra</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>Apagar tudo</translation>
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
        <translation>Voltar à tela inicial</translation>
    </message>
    <message>
        <source>あなたの番号</source>
        <translation>Seu número</translation>
    </message>
    <message numerus="yes">
        <source>あなたの前に %n人 お待ちです</source>
        <translation>
            <numerusform>Há %n pessoa esperando na sua frente</numerusform>
            <numerusform>Há %n pessoas esperando na sua frente</numerusform>
        </translation>
    </message>
    <message>
        <source>まもなくお呼びします</source>
        <translation>Em breve chamaremos seu número</translation>
    </message>
    <message>
        <source>番号札をお取りください</source>
        <translation>Retire sua ficha</translation>
    </message>
    <message>
        <source>この番号をお控えください</source>
        <translation>Anote este número</translation>
    </message>
    <message>
        <source>番号札を印刷できませんでした。画面の番号を写真に撮るか、メモしてください。順番は確保されています。</source>
        <translation>Não foi possível imprimir a ficha. Tire uma foto do número na tela ou anote-o. Seu lugar na fila está garantido.</translation>
    </message>
    <message>
        <source>この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。</source>
        <translation>Este terminal não imprime fichas (não tem impressora). Tire uma foto do número na tela ou anote-o.</translation>
    </message>
    <message>
        <source>まもなく</source>
        <translation>breve</translation>
    </message>
    <message>
        <source>3時間以上</source>
        <translation>3 horas ou mais</translation>
    </message>
    <message numerus="yes">
        <source>約%n分</source>
        <translation>
            <numerusform>cerca de %n minuto</numerusform>
            <numerusform>cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>約%1時間%2分</source>
        <translation>cerca de %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>約%n時間</source>
        <translation>
            <numerusform>cerca de %n hora</numerusform>
            <numerusform>cerca de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>待ち時間の目安：%1</source>
        <translation>Espera estimada: %1</translation>
    </message>
    <message>
        <source>ただいまお呼びしています</source>
        <translation>Seu número está sendo chamado agora</translation>
    </message>
    <message>
        <source>%1へお越しください</source>
        <translation>Dirija-se ao %1</translation>
    </message>
    <message>
        <source>順番にもどりました</source>
        <translation>Você voltou para a fila</translation>
    </message>
    <message>
        <source>順番にお待ちください</source>
        <translation>Aguarde a sua vez</translation>
    </message>
    <message>
        <source>ご予約の時刻（%1）から、優先してお呼びします</source>
        <translation>A partir do horário da sua reserva (%1), você será chamado com prioridade</translation>
    </message>
    <message>
        <source>ご予約の方として、まもなくお呼びします</source>
        <translation>Você tem reserva: em breve chamaremos seu número</translation>
    </message>
    <message>
        <source>申請書を印刷しました。番号札と一緒にお取りになり、窓口でお名前を書いてください。</source>
        <translation>Os formulários foram impressos. Retire-os com a ficha e escreva seu nome no guichê.</translation>
    </message>
    <message>
        <source>申請書を印刷できませんでした。窓口で職員が印刷します。順番は確保されています。</source>
        <translation>Não foi possível imprimir os formulários. O guichê vai imprimi-los. Seu lugar na fila está garantido.</translation>
    </message>
    <message>
        <source>申し訳ありません</source>
        <translation>Desculpe</translation>
    </message>
    <message>
        <source>番号札を発行できませんでした。お近くの係員にお声がけください。</source>
        <translation>Não foi possível emitir a ficha. Fale com um funcionário próximo.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>この内容でよろしいですか？</source>
        <translation>Está tudo certo?</translation>
    </message>
    <message>
        <source>もどって直す</source>
        <translation>Voltar e corrigir</translation>
    </message>
    <message>
        <source>上を見る</source>
        <translation>Rolar para cima</translation>
    </message>
    <message>
        <source>下を見る</source>
        <translation>Rolar para baixo</translation>
    </message>
    <message>
        <source>この内容で番号札を取る</source>
        <translation>Retirar a ficha com estes dados</translation>
    </message>
    <message>
        <source>手数料の合計：%1円</source>
        <translation>Total das taxas: ¥%1</translation>
    </message>
    <message>
        <source>手数料はかかりません</source>
        <translation>Não há taxa a pagar</translation>
    </message>
    <message>
        <source>%1（%2人目）</source>
        <translation>%1 (pessoa %2)</translation>
    </message>
    <message>
        <source>（空欄）</source>
        <translation>(em branco)</translation>
    </message>
    <message>
        <source>変える</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <source>入力する</source>
        <translation>Preencher</translation>
    </message>
    <message>
        <source>%1を変える</source>
        <translation>Alterar %1</translation>
    </message>
    <message>
        <source>このあと窓口で行う手続き</source>
        <translation>Próximos procedimentos no guichê</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>＋ 追加する</source>
        <translation>＋ Adicionar pessoa</translation>
    </message>
    <message>
        <source>一人追加する</source>
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <source>%1人目：%2</source>
        <translation>Pessoa %1: %2</translation>
    </message>
    <message>
        <source>（未入力があります）</source>
        <translation> (falta preencher algo)</translation>
    </message>
    <message>
        <source>消す</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>%1人目を消す</source>
        <translation>Remover pessoa %1</translation>
    </message>
    <message>
        <source>＋ %1</source>
        <translation>＋ %1</translation>
    </message>
    <message>
        <source>%1さんを追加する</source>
        <translation>Adicionar %1</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>ご用件を選んで、番号札をお取りください</source>
        <translation>Escolha o atendimento e retire sua ficha</translation>
    </message>
    <message>
        <source>予約の方</source>
        <translation>Tenho reserva</translation>
    </message>
    <message>
        <source>予約の方の受付</source>
        <translation>Atendimento com reserva</translation>
    </message>
    <message>
        <source>番号札をお持ちの方</source>
        <translation>Já tenho uma senha</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>Voltar à tela anterior</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>Cancelar e voltar à tela inicial</translation>
    </message>
    <message numerus="yes">
        <source>%1
待ち %n人</source>
        <translation>
            <numerusform>%1
Aguardando: %n</numerusform>
            <numerusform>%1
Aguardando: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeCardPage</name>
    <message>
        <source>カードをお取りください</source>
        <translation>Retire o cartão</translation>
    </message>
    <message>
        <source>カードを取ると、次の画面に進みます</source>
        <translation>Ao retirar o cartão, a próxima tela aparece</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>番号札の番号を入力してください</source>
        <translation>Digite o número da sua senha</translation>
    </message>
    <message>
        <source>番号札のQRコードを読み取り機にかざすこともできます</source>
        <translation>Você também pode aproximar o QR code da senha do leitor</translation>
    </message>
    <message>
        <source>入力した番号</source>
        <translation>Número digitado</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>Voltar à tela anterior</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>Cancelar e voltar à tela inicial</translation>
    </message>
    <message>
        <source>確認する</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>この番号を確認する</source>
        <translation>Verificar este número</translation>
    </message>
    <message>
        <source>ただいま番号札を確認できません。お近くの係員にお声がけください。</source>
        <translation>Não é possível verificar senhas agora. Procure um funcionário próximo.</translation>
    </message>
    <message>
        <source>この番号札は、書類をお待ちいただいている状態です。窓口の係員にお声がけください。</source>
        <translation>Esta senha está em espera por um documento. Fale com o funcionário no guichê.</translation>
    </message>
    <message>
        <source>この番号札の手続きは終わっています。ご用件があれば、新しい番号札をお取りください。</source>
        <translation>Os procedimentos desta senha já terminaram. Se precisar de outra coisa, retire uma nova senha.</translation>
    </message>
    <message>
        <source>この番号は見つかりませんでした。本日の番号札の番号をお確かめください。</source>
        <translation>Não encontramos este número. Confira o número da senha de hoje.</translation>
    </message>
</context>
<context>
    <name>ViewPage</name>
    <message>
        <source>見やすい表示を選んでください</source>
        <translation>Escolha como a tela fica mais fácil de ver</translation>
    </message>
    <message>
        <source>文字の大きさ</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <source>標準</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>大</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>特大</source>
        <translation>Muito grande</translation>
    </message>
    <message>
        <source>文字の大きさ：%1</source>
        <translation>Tamanho do texto: %1</translation>
    </message>
    <message>
        <source>白黒反転</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>低い位置に表示</source>
        <translation>Mais para baixo</translation>
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
        <translation>Qual cartão você tem?</translation>
    </message>
    <message>
        <source>カードを使うと、申請書にお名前やご住所を書かずにすみます</source>
        <translation>Com o cartão, você não precisa escrever nome e endereço nos formulários</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>Cartão My Number</translation>
    </message>
    <message>
        <source>運転免許証</source>
        <translation>Carteira de motorista</translation>
    </message>
    <message>
        <source>カードを使わない</source>
        <translation>Continuar sem cartão</translation>
    </message>
    <message>
        <source>予約の方</source>
        <translation>Tenho reserva</translation>
    </message>
    <message>
        <source>予約の方の受付</source>
        <translation>Atendimento com reserva</translation>
    </message>
    <message>
        <source>番号札をお持ちの方</source>
        <translation>Já tenho uma senha</translation>
    </message>
    <message>
        <source>カードリーダーが使えません。カードを使わずにお進みください</source>
        <translation>O leitor de cartão não está disponível. Continue sem o cartão</translation>
    </message>
    <message>
        <source>文字を大きく・見やすく</source>
        <translation>Letras maiores, mais fácil de ver</translation>
    </message>
</context>
</TS>
