<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="ja">
<context>
    <name>AppointmentPage</name>
    <message>
        <source>予約番号を入力してください</source>
        <translation>Introduzca su número de reserva</translation>
    </message>
    <message>
        <source>予約確認のQRコードをお持ちの方は、読み取り機にかざしてください</source>
        <translation>Si tiene el código QR de la confirmación, acérquelo al lector</translation>
    </message>
    <message>
        <source>入力した予約番号</source>
        <translation>Número de reserva introducido</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>通常の番号札を取る</source>
        <translation>Tomar un ticket normal</translation>
    </message>
    <message>
        <source>受付する</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <source>この予約番号で受付する</source>
        <translation>Registrar llegada con este número de reserva</translation>
    </message>
    <message>
        <source>この予約はほかの庁舎のものです。ご予約の庁舎でお手続きください。</source>
        <translation>Esta reserva es de otra oficina. Haga el trámite en la oficina donde reservó.</translation>
    </message>
    <message>
        <source>ご予約は%1月%2日 %3です。当日にお越しください。</source>
        <translation>Su reserva es el %2/%1 a las %3. Por favor, venga ese día.</translation>
    </message>
    <message>
        <source>ご予約の日（%1月%2日）は過ぎています。お近くの係員にお声がけください。</source>
        <translation>La fecha de su reserva (%2/%1) ya pasó. Hable con un empleado cercano.</translation>
    </message>
    <message>
        <source>この予約は受付済みです。あなたの番号は %1 です。</source>
        <translation>La llegada de esta reserva ya está registrada. Su número es %1.</translation>
    </message>
    <message>
        <source>ご予約の時刻（%1）を%2分以上過ぎています。通常の順番の番号札をお取りいただけます。</source>
        <translation>Han pasado más de %2 minutos de la hora de su reserva (%1). Puede tomar un ticket normal y esperar su turno.</translation>
    </message>
    <message>
        <source>この予約番号は見つかりませんでした。番号をお確かめください。</source>
        <translation>No encontramos este número de reserva. Compruebe el número.</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>どの手続きをしますか？</source>
        <translation>¿Qué trámite desea hacer?</translation>
    </message>
    <message>
        <source>申請書・届出書から選ぶ</source>
        <translation>Elegir por formulario</translation>
    </message>
    <message>
        <source>くらしのできごとから選ぶ（引越し・出生など）</source>
        <translation>Elegir por situación (mudanza, nacimiento, etc.)</translation>
    </message>
    <message>
        <source>申請書は作らず、番号札だけ取る</source>
        <translation>Solo tomar ticket, sin formulario</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>Cancelar y volver a la pantalla inicial</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>カードから読み取った内容をご確認ください</source>
        <translation>Compruebe los datos leídos de la tarjeta</translation>
    </message>
    <message>
        <source>お名前</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>Lectura del nombre</translation>
    </message>
    <message>
        <source>ご住所</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>この内容で正しい</source>
        <translation>Es correcto</translation>
    </message>
    <message>
        <source>違うところがある
（窓口で職員が直します）</source>
        <translation>Hay algo incorrecto
(lo corregimos en la ventanilla)</translation>
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
        <translation>Femenino</translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>「〓」の文字はカードに登録できない文字です。窓口で正しい文字を確認します</source>
        <translation>“〓” es un carácter que la tarjeta no registra. Lo confirmaremos en la ventanilla.</translation>
    </message>
</context>
<context>
    <name>CountsEditor</name>
    <message>
        <source>%1を1通減らす</source>
        <translation>Quitar 1 copia de %1</translation>
    </message>
    <message>
        <source>%1を1通増やす</source>
        <translation>Añadir 1 copia de %1</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>年</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Día</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>読み取りが終わるまで、カードは置いたままにしてください</source>
        <translation>Deje la tarjeta en el lector hasta que termine la lectura</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>運転免許証をカードリーダーに置いてください</source>
        <translation>Coloque su licencia de conducir en el lector de tarjetas</translation>
    </message>
    <message>
        <source>マイナンバーカードをカードリーダーに置いてください</source>
        <translation>Coloque su tarjeta My Number en el lector de tarjetas</translation>
    </message>
</context>
<context>
    <name>KanaPad</name>
    <message>
        <source>濁点（゛）をつける</source>
        <translation>Añadir ゛ (dakuten)</translation>
    </message>
    <message>
        <source>濁点 ゛</source>
        <translation>Signo ゛</translation>
    </message>
    <message>
        <source>半濁点（゜）をつける</source>
        <translation>Añadir ゜ (handakuten)</translation>
    </message>
    <message>
        <source>半濁点 ゜</source>
        <translation>Signo ゜</translation>
    </message>
    <message>
        <source>小さい文字にする</source>
        <translation>Cambiar a letra pequeña</translation>
    </message>
    <message>
        <source>空白を入れる</source>
        <translation>Insertar espacio</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Borrar una letra</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>小</source>
        <translation>Pequeña</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>全部
消す</source>
        <translation>Borrar
todo</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>窓口 受付</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>音声 オフ</source>
        <translation>Sonido desactivado</translation>
    </message>
    <message>
        <source>音声 オン</source>
        <translation>Sonido activado</translation>
    </message>
    <message>
        <source>音声案内をオンにする</source>
        <translation>Activar la guía por voz</translation>
    </message>
    <message>
        <source>音声案内をオフにする</source>
        <translation>Desactivar la guía por voz</translation>
    </message>
    <message>
        <source>ただいま番号札を発行できません。お近くの係員にお声がけください。</source>
        <translation>Ahora no se pueden emitir números. Pregunte al personal más cercano.</translation>
    </message>
    <message>
        <source>暗証番号がロックされています</source>
        <translation>El PIN está bloqueado</translation>
    </message>
    <message>
        <source>ロックは窓口で解除できます。今日はカードを使わずにお進みください。</source>
        <translation>El PIN se puede desbloquear en la ventanilla. Por hoy, continúe sin la tarjeta.</translation>
    </message>
    <message>
        <source>カードが読み取り中に離れました</source>
        <translation>La tarjeta se retiró durante la lectura</translation>
    </message>
    <message>
        <source>もう一度カードを置いて、読み取りが終わるまでそのままにしてください。</source>
        <translation>Coloque la tarjeta otra vez y déjela hasta que termine la lectura.</translation>
    </message>
    <message>
        <source>このカードは読み取れません</source>
        <translation>No se puede leer esta tarjeta</translation>
    </message>
    <message>
        <source>カードをお取りになり、マイナンバーカードか運転免許証をお使いください。</source>
        <translation>Retire la tarjeta y use la tarjeta My Number o la licencia de conducir.</translation>
    </message>
    <message>
        <source>カードの内容を正しく読み取れませんでした</source>
        <translation>No se pudo leer bien la tarjeta</translation>
    </message>
    <message>
        <source>もう一度お試しいただくか、カードを使わずにお進みください。窓口で職員がお手伝いします。</source>
        <translation>Inténtelo otra vez o continúe sin la tarjeta. Un empleado le ayudará en la ventanilla.</translation>
    </message>
    <message>
        <source>カードが見つかりません</source>
        <translation>No se encuentra la tarjeta</translation>
    </message>
    <message>
        <source>カードをカードリーダーの上に置いてください。</source>
        <translation>Coloque la tarjeta sobre el lector de tarjetas.</translation>
    </message>
    <message>
        <source>このあと：%1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>画面にこの番号が表示されたら、表示された窓口へお越しください</source>
        <translation>Cuando este número aparezca en la pantalla, diríjase a la ventanilla indicada.</translation>
    </message>
    <message>
        <source>呼び出しに間に合わなかったときは、このQRコードを受付機にかざしてください</source>
        <translation>Si no llegó a tiempo cuando le llamaron, acerque este código QR al lector de la máquina de recepción.</translation>
    </message>
</context>
<context>
    <name>MoreTimePanel</name>
    <message>
        <source>まだ続けますか？</source>
        <translation>¿Necesita más tiempo?</translation>
    </message>
    <message>
        <source>操作がないため、まもなく最初の画面にもどります。入力した内容は消えます。</source>
        <translation>Como no se ha tocado la pantalla, pronto volverá al inicio. Lo que ingresó se borrará.</translation>
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
        <translation>Borrar</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Borrar un número</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>Borrar todo</translation>
    </message>
</context>
<context>
    <name>PinPadPage</name>
    <message>
        <source>暗証番号（数字4桁）を入力してください</source>
        <translation>Ingrese su PIN (4 dígitos)</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Borrar un número</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>カードを使うのをやめる</source>
        <translation>Dejar de usar la tarjeta</translation>
    </message>
    <message>
        <source>確定</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>券面事項入力補助用の暗証番号です</source>
        <translation>El PIN para leer los datos de la tarjeta (券面事項入力補助用)</translation>
    </message>
    <message>
        <source>免許証の暗証番号1です</source>
        <translation>El PIN 1 de la licencia de conducir</translation>
    </message>
    <message>
        <source>暗証番号が違います。</source>
        <translation>PIN incorrecto. </translation>
    </message>
    <message numerus="yes">
        <source>あと%n回入力できます</source>
        <translation>
            <numerusform>Le queda %n intento</numerusform>
            <numerusform>Le quedan %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>あと1回間違えるとロックされ、窓口での解除が必要になります。わからないときは係員にお尋ねください</source>
        <translation>Un error más bloquea el PIN, y solo se puede desbloquear en la ventanilla. Si no está seguro, pregunte a un empleado.</translation>
    </message>
    <message numerus="yes">
        <source>%n桁入力済み</source>
        <translation>
            <numerusform>%n dígito ingresado</numerusform>
            <numerusform>%n dígitos ingresados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>もう一度カードを置く</source>
        <translation>Colocar la tarjeta otra vez</translation>
    </message>
    <message>
        <source>カードを使わずに進む</source>
        <translation>Continuar sin la tarjeta</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>もどる</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>Volver a la pantalla anterior</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>%1（%2人目）の%3</source>
        <translation>%1 (persona %2): %3</translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <source>読み取り中です</source>
        <translation>Leyendo la tarjeta…</translation>
    </message>
    <message>
        <source>カードを動かさないでください</source>
        <translation>No mueva la tarjeta</translation>
    </message>
</context>
<context>
    <name>ReferencePad</name>
    <message>
        <source>訂正</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Borrar una letra</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>Borrar todo</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。</source>
        <translation>Este terminal no imprime tickets (no tiene impresora). Tome una foto del número en la pantalla o anótelo.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>はじめの画面にもどる</source>
        <translation>Volver a la pantalla inicial</translation>
    </message>
    <message>
        <source>あなたの番号</source>
        <translation>Su número</translation>
    </message>
    <message numerus="yes">
        <source>あなたの前に %n人 お待ちです</source>
        <translation>
            <numerusform>Hay %n persona esperando delante de usted</numerusform>
            <numerusform>Hay %n personas esperando delante de usted</numerusform>
        </translation>
    </message>
    <message>
        <source>まもなくお呼びします</source>
        <translation>Pronto llamaremos su número</translation>
    </message>
    <message>
        <source>番号札をお取りください</source>
        <translation>Tome su ticket</translation>
    </message>
    <message>
        <source>この番号をお控えください</source>
        <translation>Anote este número</translation>
    </message>
    <message>
        <source>番号札を印刷できませんでした。画面の番号を写真に撮るか、メモしてください。順番は確保されています。</source>
        <translation>No se pudo imprimir el ticket. Tome una foto del número en la pantalla o anótelo. Su turno está guardado.</translation>
    </message>
    <message>
        <source>まもなく</source>
        <translation>breve</translation>
    </message>
    <message>
        <source>3時間以上</source>
        <translation>3 horas o más</translation>
    </message>
    <message numerus="yes">
        <source>約%n分</source>
        <translation>
            <numerusform>unos %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>約%1時間%2分</source>
        <translation>unas %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>約%n時間</source>
        <translation>
            <numerusform>unas %n hora</numerusform>
            <numerusform>unas %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>待ち時間の目安：%1</source>
        <translation>Espera estimada: %1</translation>
    </message>
    <message>
        <source>ただいまお呼びしています</source>
        <translation>Le estamos llamando ahora</translation>
    </message>
    <message>
        <source>%1へお越しください</source>
        <translation>Diríjase a %1</translation>
    </message>
    <message>
        <source>順番にもどりました</source>
        <translation>Ha vuelto a la fila</translation>
    </message>
    <message>
        <source>順番にお待ちください</source>
        <translation>Espere su turno</translation>
    </message>
    <message>
        <source>ご予約の時刻（%1）から、優先してお呼びします</source>
        <translation>A partir de la hora de su reserva (%1), le llamaremos con prioridad</translation>
    </message>
    <message>
        <source>ご予約の方として、まもなくお呼びします</source>
        <translation>Usted tiene reserva: pronto llamaremos su número</translation>
    </message>
    <message>
        <source>申請書を印刷しました。番号札と一緒にお取りになり、窓口でお名前を書いてください。</source>
        <translation>Los formularios se imprimieron. Tómelos con su ticket y escriba su nombre en la ventanilla.</translation>
    </message>
    <message>
        <source>申請書を印刷できませんでした。窓口で職員が印刷します。順番は確保されています。</source>
        <translation>No se pudieron imprimir los formularios. Se imprimirán en la ventanilla. Su turno está guardado.</translation>
    </message>
    <message>
        <source>申し訳ありません</source>
        <translation>Lo sentimos</translation>
    </message>
    <message>
        <source>番号札を発行できませんでした。お近くの係員にお声がけください。</source>
        <translation>No se pudo emitir el ticket. Hable con un empleado cercano.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>この内容でよろしいですか？</source>
        <translation>¿Está todo correcto?</translation>
    </message>
    <message>
        <source>もどって直す</source>
        <translation>Volver y corregir</translation>
    </message>
    <message>
        <source>上を見る</source>
        <translation>Desplazar hacia arriba</translation>
    </message>
    <message>
        <source>下を見る</source>
        <translation>Desplazar hacia abajo</translation>
    </message>
    <message>
        <source>この内容で番号札を取る</source>
        <translation>Tomar ticket con estos datos</translation>
    </message>
    <message>
        <source>手数料の合計：%1円</source>
        <translation>Total de tasas: ¥%1</translation>
    </message>
    <message>
        <source>手数料はかかりません</source>
        <translation>No tiene costo</translation>
    </message>
    <message>
        <source>%1（%2人目）</source>
        <translation>%1 (persona %2)</translation>
    </message>
    <message>
        <source>（空欄）</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <source>変える</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>入力する</source>
        <translation>Completar</translation>
    </message>
    <message>
        <source>%1を変える</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>このあと窓口で行う手続き</source>
        <translation>Trámites que siguen en la ventanilla</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>＋ 追加する</source>
        <translation>＋ Añadir persona</translation>
    </message>
    <message>
        <source>一人追加する</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>%1人目：%2</source>
        <translation>Persona %1: %2</translation>
    </message>
    <message>
        <source>（未入力があります）</source>
        <translation> (falta completar algo)</translation>
    </message>
    <message>
        <source>消す</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1人目を消す</source>
        <translation>Quitar persona %1</translation>
    </message>
    <message>
        <source>＋ %1</source>
        <translation>＋ %1</translation>
    </message>
    <message>
        <source>%1さんを追加する</source>
        <translation>Añadir a %1</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>ご用件を選んで、番号札をお取りください</source>
        <translation>Elija su trámite y tome su ticket</translation>
    </message>
    <message>
        <source>予約の方</source>
        <translation>Tengo una reserva</translation>
    </message>
    <message>
        <source>予約の方の受付</source>
        <translation>Registro de llegada con reserva</translation>
    </message>
    <message>
        <source>番号札をお持ちの方</source>
        <translation>Ya tengo un número</translation>
    </message>
    <message numerus="yes">
        <source>%1
待ち %n人</source>
        <translation>
            <numerusform>%1
En espera: %n</numerusform>
            <numerusform>%1
En espera: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeCardPage</name>
    <message>
        <source>カードをお取りください</source>
        <translation>Retire su tarjeta</translation>
    </message>
    <message>
        <source>カードを取ると、次の画面に進みます</source>
        <translation>Al retirar la tarjeta, pasará a la siguiente pantalla</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>番号札の番号を入力してください</source>
        <translation>Introduzca el número de su ticket</translation>
    </message>
    <message>
        <source>番号札のQRコードを読み取り機にかざすこともできます</source>
        <translation>También puede acercar el código QR del ticket al lector</translation>
    </message>
    <message>
        <source>入力した番号</source>
        <translation>Número introducido</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>確認する</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>この番号を確認する</source>
        <translation>Comprobar este número</translation>
    </message>
    <message>
        <source>ただいま番号札を確認できません。お近くの係員にお声がけください。</source>
        <translation>Ahora no podemos comprobar los tickets. Pregunte al personal más cercano.</translation>
    </message>
    <message>
        <source>この番号札は、書類をお待ちいただいている状態です。窓口の係員にお声がけください。</source>
        <translation>Este ticket está en espera de un documento. Hable con el personal de la ventanilla.</translation>
    </message>
    <message>
        <source>この番号札の手続きは終わっています。ご用件があれば、新しい番号札をお取りください。</source>
        <translation>Los trámites de este ticket han terminado. Si necesita algo más, saque un nuevo número.</translation>
    </message>
    <message>
        <source>この番号は見つかりませんでした。本日の番号札の番号をお確かめください。</source>
        <translation>No encontramos este número. Compruebe el número del ticket de hoy.</translation>
    </message>
</context>
<context>
    <name>ViewPage</name>
    <message>
        <source>見やすい表示を選んでください</source>
        <translation>Elija cómo ver mejor la pantalla</translation>
    </message>
    <message>
        <source>文字の大きさ</source>
        <translation>Tamaño del texto</translation>
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
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>文字の大きさ：%1</source>
        <translation>Tamaño del texto: %1</translation>
    </message>
    <message>
        <source>白黒反転</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>低い位置に表示</source>
        <translation>Más abajo</translation>
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
        <translation>¿Qué tarjeta tiene?</translation>
    </message>
    <message>
        <source>カードを使うと、申請書にお名前やご住所を書かずにすみます</source>
        <translation>Con la tarjeta, no necesita escribir su nombre y dirección en los formularios</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>Tarjeta My Number</translation>
    </message>
    <message>
        <source>運転免許証</source>
        <translation>Licencia de conducir</translation>
    </message>
    <message>
        <source>カードを使わない</source>
        <translation>Continuar sin tarjeta</translation>
    </message>
    <message>
        <source>予約の方</source>
        <translation>Tengo una reserva</translation>
    </message>
    <message>
        <source>予約の方の受付</source>
        <translation>Registro de llegada con reserva</translation>
    </message>
    <message>
        <source>番号札をお持ちの方</source>
        <translation>Ya tengo un número</translation>
    </message>
    <message>
        <source>カードリーダーが使えません。カードを使わずにお進みください</source>
        <translation>El lector de tarjetas no está disponible. Continúe sin la tarjeta</translation>
    </message>
    <message>
        <source>文字を大きく・見やすく</source>
        <translation>Letra más grande, más fácil de ver</translation>
    </message>
</context>
</TS>
