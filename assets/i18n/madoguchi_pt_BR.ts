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
        <source>この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。</source>
        <translation>Este terminal não imprime fichas (não tem impressora). Tire uma foto do número na tela ou anote-o.</translation>
    </message>
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
