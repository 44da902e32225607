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
        <source>前の画面にもどる</source>
        <translation>Volver a la pantalla anterior</translation>
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
    <name>ChoiceEditor</name>
    <message>
        <source>（住民票が同じ家族）</source>
        <translation>(familia en el mismo registro de residencia)</translation>
    </message>
    <message>
        <source>（親権者・成年後見人）</source>
        <translation>(padres o tutor legal)</translation>
    </message>
    <message>
        <source>（上のどれでもない方）</source>
        <translation>(ninguna de las anteriores)</translation>
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
    <name>FormWords</name>
    <message>
        <source>あなたの住所を入力してください。</source>
        <translation>Escriba su dirección.</translation>
    </message>
    <message>
        <source>あなたのお名前のふりがなを入力してください。</source>
        <translation>Escriba la lectura de su nombre en hiragana (furigana).</translation>
    </message>
    <message>
        <source>あなたのお名前を入力してください。</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>あなたの生年月日を入力してください。</source>
        <translation>Escriba su fecha de nacimiento.</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号を入力してください。</source>
        <translation>Escriba un teléfono de contacto durante el día.</translation>
    </message>
    <message>
        <source>どの届出ですか？</source>
        <translation>¿Qué aviso es?</translation>
    </message>
    <message>
        <source>町外から来た方は「転入」、町内で引越した方は「転居」、町外へ引越す方は「転出」です。</source>
        <translation>Llegó de otra ciudad: «entrada»; se mudó dentro de la ciudad: «cambio de domicilio»; se va a otra ciudad: «salida».</translation>
    </message>
    <message>
        <source>転入</source>
        <translation>Entrada (desde otra ciudad)</translation>
    </message>
    <message>
        <source>転居</source>
        <translation>Cambio de domicilio dentro de la ciudad</translation>
    </message>
    <message>
        <source>転出</source>
        <translation>Salida (a otra ciudad)</translation>
    </message>
    <message>
        <source>引越しの日（転出の方は予定日）を入力してください。</source>
        <translation>Escriba la fecha de la mudanza (salida: la fecha prevista).</translation>
    </message>
    <message>
        <source>新しい住所（転出の方は転出先）を入力してください。</source>
        <translation>Escriba la nueva dirección (salida: adónde se muda).</translation>
    </message>
    <message>
        <source>新しい住所の郵便番号を入力してください（わかれば）。</source>
        <translation>Escriba el código postal de la nueva dirección (si lo sabe).</translation>
    </message>
    <message>
        <source>あなたご自身も引越しますか？</source>
        <translation>¿Usted también se muda?</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
    <message>
        <source>一緒に引越す方を入力してください。</source>
        <translation>Escriba las personas que se mudan con usted.</translation>
    </message>
    <message>
        <source>お一人ずつ、お名前・生年月日・続柄を入力します。</source>
        <translation>Una persona a la vez: nombre, fecha de nacimiento y parentesco.</translation>
    </message>
    <message>
        <source>新しい世帯主のお名前を入力してください。</source>
        <translation>Escriba el nombre del nuevo cabeza de familia.</translation>
    </message>
    <message>
        <source>前の世帯主のお名前を入力してください。</source>
        <translation>Escriba el nombre del cabeza de familia anterior.</translation>
    </message>
    <message>
        <source>あなたは、引越す方から見てどなたですか？</source>
        <translation>¿Quién es usted para las personas que se mudan?</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Yo mismo(a)</translation>
    </message>
    <message>
        <source>世帯主</source>
        <translation>Cabeza de familia</translation>
    </message>
    <message>
        <source>代理人（委任状）</source>
        <translation>Representante (con carta poder)</translation>
    </message>
    <message>
        <source>委任状をお持ちですか？</source>
        <translation>¿Tiene una carta poder?</translation>
    </message>
    <message>
        <source>国民健康保険に入っている（入る）方はいますか？</source>
        <translation>¿Alguien tiene (o va a darse de alta en) el Seguro Nacional de Salud?</translation>
    </message>
    <message>
        <source>外国籍の方は一緒に引越しますか？</source>
        <translation>¿Se muda también alguien de nacionalidad extranjera?</translation>
    </message>
    <message>
        <source>外国籍の方の在留資格などを入力してください。</source>
        <translation>Escriba el estatus de residencia y otros datos de las personas extranjeras.</translation>
    </message>
    <message>
        <source>異動する方</source>
        <translation>Personas que se mudan</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Fecha de nacimiento</translation>
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
        <translation>Femenino</translation>
    </message>
    <message>
        <source>続柄</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>住民票コード（転入）</source>
        <translation>Código del registro de residencia (entrada)</translation>
    </message>
    <message>
        <source>外国人住民の方</source>
        <translation>Residentes extranjeros</translation>
    </message>
    <message>
        <source>国籍・地域</source>
        <translation>Nacionalidad / región</translation>
    </message>
    <message>
        <source>在留資格</source>
        <translation>Estatus de residencia</translation>
    </message>
    <message>
        <source>在留期間</source>
        <translation>Período de estancia</translation>
    </message>
    <message>
        <source>満了日</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>在留カード番号</source>
        <translation>Número de la tarjeta de residencia</translation>
    </message>
    <message>
        <source>印鑑登録をしている方は、あなたから見てどなたですか？</source>
        <translation>¿Quién es para usted la persona con el sello registrado?</translation>
    </message>
    <message>
        <source>ご自身の分なら「本人」を選んでください。</source>
        <translation>Si es para usted, elija «Yo mismo(a)».</translation>
    </message>
    <message>
        <source>わたし（本人）</source>
        <translation>Yo mismo(a)</translation>
    </message>
    <message>
        <source>印鑑登録をしている方の住所を入力してください。</source>
        <translation>Escriba la dirección de la persona con el sello registrado.</translation>
    </message>
    <message>
        <source>印鑑登録をしている方のお名前を入力してください。</source>
        <translation>Escriba el nombre de la persona con el sello registrado.</translation>
    </message>
    <message>
        <source>印鑑登録をしている方の生年月日を入力してください。</source>
        <translation>Escriba la fecha de nacimiento de la persona con el sello registrado.</translation>
    </message>
    <message>
        <source>廃止申請</source>
        <translation>Dar de baja el registro</translation>
    </message>
    <message>
        <source>亡失届（登録証をなくした）</source>
        <translation>Denunciar pérdida (perdió la tarjeta de registro)</translation>
    </message>
    <message>
        <source>なくした日と場所（わかる範囲で）を入力してください。</source>
        <translation>Escriba cuándo y dónde lo perdió (lo que sepa).</translation>
    </message>
    <message>
        <source>続けて新しい印鑑を登録しますか？</source>
        <translation>¿Quiere registrar un sello nuevo a continuación?</translation>
    </message>
    <message>
        <source>代理人（登録証持参）</source>
        <translation>Representante (con la tarjeta de registro)</translation>
    </message>
    <message>
        <source>何をお持ちですか？</source>
        <translation>¿Qué trae consigo?</translation>
    </message>
    <message>
        <source>印鑑登録証明書には、印鑑登録証（カード）かマイナンバーカードが必要です。</source>
        <translation>El certificado de sello requiere la tarjeta de registro del sello o la tarjeta My Number.</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）</source>
        <translation>Tarjeta de registro del sello</translation>
    </message>
    <message>
        <source>マイナンバーカード（登録証の機能付き）</source>
        <translation>Tarjeta My Number (con función de tarjeta de registro)</translation>
    </message>
    <message>
        <source>印鑑登録番号を入力してください。</source>
        <translation>Escriba el número de registro del sello.</translation>
    </message>
    <message>
        <source>印鑑登録証に書かれた番号です。わからなければ空欄のままで構いません。</source>
        <translation>Es el número de la tarjeta de registro. Si no lo sabe, déjelo en blanco.</translation>
    </message>
    <message>
        <source>何通必要ですか？</source>
        <translation>¿Cuántas copias necesita?</translation>
    </message>
    <message>
        <source>使いみちを選ぶか、入力してください（任意）。</source>
        <translation>Elija o escriba para qué es (opcional).</translation>
    </message>
    <message>
        <source>登録する方は、あなたから見てどなたですか？</source>
        <translation>¿Quién es para usted la persona que registra?</translation>
    </message>
    <message>
        <source>登録する方の住所を入力してください。</source>
        <translation>Escriba la dirección de la persona que registra.</translation>
    </message>
    <message>
        <source>登録する方のお名前のふりがなを入力してください。</source>
        <translation>Escriba la lectura del nombre de la persona que registra en hiragana (furigana).</translation>
    </message>
    <message>
        <source>登録する方のお名前を入力してください。</source>
        <translation>Escriba el nombre de la persona que registra.</translation>
    </message>
    <message>
        <source>登録する方の生年月日を入力してください。</source>
        <translation>Escriba la fecha de nacimiento de la persona que registra.</translation>
    </message>
    <message>
        <source>本人確認はどの方法でしますか？</source>
        <translation>¿Cómo acreditará su identidad?</translation>
    </message>
    <message>
        <source>マイナンバーカード・運転免許証・パスポートなどがあれば、その場で登録できます。</source>
        <translation>Con tarjeta My Number, permiso de conducir, pasaporte o similar, se registra en el momento.</translation>
    </message>
    <message>
        <source>顔写真付きの本人確認書類</source>
        <translation>Documento con foto</translation>
    </message>
    <message>
        <source>保証人（この町で印鑑登録済みの方）</source>
        <translation>Un garante (con sello registrado en esta ciudad)</translation>
    </message>
    <message>
        <source>照会書（後日、回答書を持参）</source>
        <translation>Carta de consulta (trae la respuesta después)</translation>
    </message>
    <message>
        <source>保証人のお名前を入力してください。</source>
        <translation>Escriba el nombre del garante.</translation>
    </message>
    <message>
        <source>保証人の住所を入力してください。</source>
        <translation>Escriba la dirección del garante.</translation>
    </message>
    <message>
        <source>あなたの性別を選んでください。</source>
        <translation>Elija su sexo.</translation>
    </message>
    <message>
        <source>あなたが加入している年金を選んでください。</source>
        <translation>Elija la pensión a la que pertenece.</translation>
    </message>
    <message>
        <source>厚生年金</source>
        <translation>Pensión de los Empleados (Kosei Nenkin)</translation>
    </message>
    <message>
        <source>国民年金</source>
        <translation>Pensión Nacional</translation>
    </message>
    <message>
        <source>共済組合</source>
        <translation>Mutualidad</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>配偶者のお名前を入力してください（いなければ空欄）。</source>
        <translation>Escriba el nombre de su cónyuge (déjelo en blanco si no tiene).</translation>
    </message>
    <message>
        <source>配偶者の生年月日を入力してください。</source>
        <translation>Escriba la fecha de nacimiento de su cónyuge.</translation>
    </message>
    <message>
        <source>今年の1月1日も、今の住所に住んでいましたか？</source>
        <translation>¿El 1 de enero de este año ya vivía en su dirección actual?</translation>
    </message>
    <message>
        <source>今年1月1日の住所を入力してください。</source>
        <translation>Escriba su dirección el 1 de enero de este año.</translation>
    </message>
    <message>
        <source>対象となるお子さんを入力してください。</source>
        <translation>Escriba los hijos a los que corresponde el subsidio.</translation>
    </message>
    <message>
        <source>手当の振込先を選んでください。</source>
        <translation>Elija dónde se pagará el subsidio.</translation>
    </message>
    <message>
        <source>マイナンバーに登録した公金受取口座なら、口座の記入はいりません。</source>
        <translation>Con la cuenta para prestaciones públicas registrada en su My Number, no hace falta indicar la cuenta.</translation>
    </message>
    <message>
        <source>公金受取口座</source>
        <translation>Cuenta para prestaciones públicas (registrada en My Number)</translation>
    </message>
    <message>
        <source>請求者名義の口座</source>
        <translation>Una cuenta a nombre del solicitante</translation>
    </message>
    <message>
        <source>金融機関名と支店名を入力してください。</source>
        <translation>Escriba el nombre del banco y de la sucursal.</translation>
    </message>
    <message>
        <source>口座の種別を選んでください。</source>
        <translation>Elija el tipo de cuenta.</translation>
    </message>
    <message>
        <source>普通</source>
        <translation>Ordinaria (ahorro)</translation>
    </message>
    <message>
        <source>当座</source>
        <translation>Cuenta corriente</translation>
    </message>
    <message>
        <source>口座番号を入力してください。</source>
        <translation>Escriba el número de cuenta.</translation>
    </message>
    <message>
        <source>口座名義をカタカナで入力してください。</source>
        <translation>Escriba el nombre del titular de la cuenta en katakana.</translation>
    </message>
    <message>
        <source>対象となる児童</source>
        <translation>Hijos beneficiarios</translation>
    </message>
    <message>
        <source>同居・別居</source>
        <translation>Vive junto o separado</translation>
    </message>
    <message>
        <source>同居</source>
        <translation>Vive junto</translation>
    </message>
    <message>
        <source>別居</source>
        <translation>Vive separado</translation>
    </message>
    <message>
        <source>監護</source>
        <translation>A su cuidado</translation>
    </message>
    <message>
        <source>生計同一</source>
        <translation>Mismo sustento</translation>
    </message>
    <message>
        <source>証明が必要な方は、あなたから見てどなたですか？</source>
        <translation>¿De quién es el certificado y quién es esa persona para usted?</translation>
    </message>
    <message>
        <source>同一世帯</source>
        <translation>Mismo hogar</translation>
    </message>
    <message>
        <source>配偶者・直系</source>
        <translation>Cónyuge o pariente en línea directa</translation>
    </message>
    <message>
        <source>法定代理人</source>
        <translation>Representante legal</translation>
    </message>
    <message>
        <source>第三者</source>
        <translation>Otra persona (tercero)</translation>
    </message>
    <message>
        <source>証明が必要な方の住所を入力してください。</source>
        <translation>Escriba la dirección de la persona del certificado.</translation>
    </message>
    <message>
        <source>証明が必要な方のお名前を入力してください。</source>
        <translation>Escriba el nombre de la persona del certificado.</translation>
    </message>
    <message>
        <source>証明が必要な方の生年月日を入力してください。</source>
        <translation>Escriba la fecha de nacimiento de la persona del certificado.</translation>
    </message>
    <message>
        <source>どの証明が必要ですか？</source>
        <translation>¿Qué certificado necesita?</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <translation>Copia del registro de residencia</translation>
    </message>
    <message>
        <source>住民票の除票の写し</source>
        <translation>Copia de un registro de residencia cerrado (se mudó o falleció)</translation>
    </message>
    <message>
        <source>住民票記載事項証明書</source>
        <translation>Certificado de datos del registro de residencia</translation>
    </message>
    <message>
        <source>どなたの分が必要ですか？</source>
        <translation>¿Para quién lo necesita?</translation>
    </message>
    <message>
        <source>世帯全員の分は「世帯全員」、家族の一部の方だけなら「世帯の一部」を選んでください。</source>
        <translation>Para todo el hogar elija «Todo el hogar»; solo para algunas personas de la familia elija «Parte del hogar».</translation>
    </message>
    <message>
        <source>必要な方のみ</source>
        <translation>Solo la persona que lo necesita</translation>
    </message>
    <message>
        <source>世帯全員</source>
        <translation>Todo el hogar</translation>
    </message>
    <message>
        <source>世帯の一部</source>
        <translation>Parte del hogar</translation>
    </message>
    <message>
        <source>必要な方のお名前を入力してください。</source>
        <translation>Escriba los nombres de las personas que lo necesitan.</translation>
    </message>
    <message>
        <source>証明する事項を入力してください（提出先の様式があればお持ちください）。</source>
        <translation>Escriba lo que se debe certificar (traiga el formulario del destinatario, si lo hay).</translation>
    </message>
    <message>
        <source>記載が必要な事項にチェックしてください。</source>
        <translation>Marque los datos que deben figurar.</translation>
    </message>
    <message>
        <source>提出先から指示がなければ、チェックは不要です。</source>
        <translation>Si el destinatario no lo pidió, no hace falta marcar nada.</translation>
    </message>
    <message>
        <source>世帯主・続柄</source>
        <translation>Cabeza de familia y parentesco</translation>
    </message>
    <message>
        <source>本籍・筆頭者</source>
        <translation>Domicilio de registro (honseki) y titular del registro familiar</translation>
    </message>
    <message>
        <source>個人番号</source>
        <translation>Número individual (My Number)</translation>
    </message>
    <message>
        <source>住民票コード</source>
        <translation>Código del registro de residencia</translation>
    </message>
    <message>
        <source>国籍・地域、在留資格等（外国人住民）</source>
        <translation>Nacionalidad, estatus de residencia, etc. (extranjeros)</translation>
    </message>
    <message>
        <source>使いみち（提出先）を選ぶか、入力してください。</source>
        <translation>Elija o escriba para qué es (dónde lo entregará).</translation>
    </message>
    <message>
        <source>請求の理由を入力してください。</source>
        <translation>Escriba el motivo de la solicitud.</translation>
    </message>
    <message>
        <source>国民健康保険に入る理由を選んでください。</source>
        <translation>Elija por qué se da de alta en el Seguro Nacional de Salud.</translation>
    </message>
    <message>
        <source>社会保険をやめた</source>
        <translation>Dejó el seguro social (de la empresa)</translation>
    </message>
    <message>
        <source>扶養から外れた</source>
        <translation>Dejó de ser dependiente</translation>
    </message>
    <message>
        <source>出生</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>生活保護の廃止</source>
        <translation>Fin de la asistencia pública</translation>
    </message>
    <message>
        <source>その理由があった日（転入日・退職日の翌日など）を入力してください。</source>
        <translation>Escriba la fecha en que ocurrió (día de la mudanza, día siguiente a dejar el trabajo...).</translation>
    </message>
    <message>
        <source>前の住所を入力してください。</source>
        <translation>Escriba la dirección anterior.</translation>
    </message>
    <message>
        <source>前に入っていた健康保険の名前を入力してください。</source>
        <translation>Escriba el nombre del seguro de salud que tenía antes.</translation>
    </message>
    <message>
        <source>資格喪失証明書（または離職票など）をお持ちですか？</source>
        <translation>¿Tiene el certificado de baja del seguro (o el de baja laboral)?</translation>
    </message>
    <message>
        <source>あなたご自身も加入しますか？</source>
        <translation>¿Usted también se da de alta?</translation>
    </message>
    <message>
        <source>加入する方を入力してください。</source>
        <translation>Escriba las personas que se dan de alta.</translation>
    </message>
    <message>
        <source>すでに国民健康保険に入っている家族がいれば入力してください。</source>
        <translation>Si hay familiares ya en el Seguro Nacional de Salud, escríbalos.</translation>
    </message>
    <message>
        <source>加入する方</source>
        <translation>Personas que se dan de alta</translation>
    </message>
    <message>
        <source>職業</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>すでに加入している方</source>
        <translation>Personas ya inscritas</translation>
    </message>
    <message>
        <source>国民健康保険をやめる理由を選んでください。</source>
        <translation>Elija por qué se da de baja del Seguro Nacional de Salud.</translation>
    </message>
    <message>
        <source>社会保険に加入</source>
        <translation>Se afilió al seguro social (de la empresa)</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>Fallecimiento</translation>
    </message>
    <message>
        <source>生活保護の開始</source>
        <translation>Inicio de la asistencia pública</translation>
    </message>
    <message>
        <source>後期高齢者医療へ移行</source>
        <translation>Pasa al seguro médico para mayores (75+)</translation>
    </message>
    <message>
        <source>その理由があった日（転出日・会社の保険に入った日など）を入力してください。</source>
        <translation>Escriba la fecha en que ocurrió (día de la salida, día en que se afilió al seguro de la empresa...).</translation>
    </message>
    <message>
        <source>転出先の住所を入力してください。</source>
        <translation>Escriba la dirección adonde se muda.</translation>
    </message>
    <message>
        <source>新しく入った健康保険の名前を入力してください。</source>
        <translation>Escriba el nombre del nuevo seguro de salud.</translation>
    </message>
    <message>
        <source>あなたご自身もやめますか？</source>
        <translation>¿Usted también se da de baja?</translation>
    </message>
    <message>
        <source>やめる方を入力してください。</source>
        <translation>Escriba las personas que se dan de baja.</translation>
    </message>
    <message>
        <source>資格確認書（保険証）をお持ちですか？お持ちなら返却してください。</source>
        <translation>¿Tiene el certificado de elegibilidad (tarjeta del seguro)? Si lo tiene, devuélvalo.</translation>
    </message>
    <message>
        <source>やめる方</source>
        <translation>Personas que se dan de baja</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）は、あなたから見てどなたですか？</source>
        <translation>¿Quién es para usted la persona del registro familiar del certificado?</translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation>Cónyuge</translation>
    </message>
    <message>
        <source>直系（父母・祖父母）</source>
        <translation>Padre/madre o abuelo/abuela</translation>
    </message>
    <message>
        <source>直系（子・孫）</source>
        <translation>Hijo(a) o nieto(a)</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）の住所を入力してください。</source>
        <translation>Escriba la dirección de la persona del registro familiar.</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）のお名前を入力してください。</source>
        <translation>Escriba el nombre de la persona del registro familiar.</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）の生年月日を入力してください。</source>
        <translation>Escriba la fecha de nacimiento de la persona del registro familiar.</translation>
    </message>
    <message>
        <source>証明が必要な方の本籍を、番地まで入力してください。</source>
        <translation>Escriba el domicilio de registro (honseki) de la persona, hasta el número de lote.</translation>
    </message>
    <message>
        <source>本籍地の都道府県・市区町村から番地まで。わからない方は、本籍が記載された住民票で確かめられます。</source>
        <translation>Desde la prefectura y el municipio hasta el número de lote. Si no lo sabe, consúltelo en un registro de residencia que muestre el honseki.</translation>
    </message>
    <message>
        <source>筆頭者のお名前を入力してください。</source>
        <translation>Escriba el nombre del titular del registro familiar (hittosha).</translation>
    </message>
    <message>
        <source>戸籍の最初に記載されている方です（多くは婚姻時に氏を名乗った方）。</source>
        <translation>Es la primera persona escrita en el registro familiar (normalmente aquella cuyo apellido tomó la pareja).</translation>
    </message>
    <message>
        <source>本籍は、この町以外ですか？</source>
        <translation>¿El domicilio de registro está fuera de esta ciudad?</translation>
    </message>
    <message>
        <source>ほかの市区町村の戸籍も、本人・配偶者・直系の方は、ここで請求できます（広域交付）。</source>
        <translation>Los registros de otros municipios también se piden aquí, si es la propia persona, su cónyuge o un pariente directo.</translation>
    </message>
    <message>
        <source>必要な証明と通数を選んでください。</source>
        <translation>Elija los certificados y el número de copias.</translation>
    </message>
    <message>
        <source>戸籍全部事項証明（謄本）</source>
        <translation>Certificado completo del registro familiar (tohon)</translation>
    </message>
    <message>
        <source>戸籍個人事項証明（抄本）</source>
        <translation>Certificado del registro familiar de una persona (shohon)</translation>
    </message>
    <message>
        <source>除籍全部事項証明（除籍謄本）</source>
        <translation>Certificado completo de un registro familiar cerrado (joseki tohon)</translation>
    </message>
    <message>
        <source>改製原戸籍謄本</source>
        <translation>Registro familiar en el formato anterior (kaisei genkoseki)</translation>
    </message>
    <message>
        <source>戸籍の附票</source>
        <translation>Anexo del registro familiar (historial de direcciones)</translation>
    </message>
    <message>
        <source>身分証明書</source>
        <translation>Certificado de capacidad legal (mibun shomeisho)</translation>
    </message>
    <message>
        <source>独身証明書</source>
        <translation>Certificado de soltería</translation>
    </message>
    <message>
        <source>受理証明書</source>
        <translation>Certificado de aceptación de un aviso (juri shomei)</translation>
    </message>
    <message>
        <source>亡くなった方のお名前を入力してください。</source>
        <translation>Escriba el nombre de la persona fallecida.</translation>
    </message>
    <message>
        <source>亡くなった方のお名前のふりがなを入力してください。</source>
        <translation>Escriba la lectura del nombre de la persona fallecida en hiragana (furigana).</translation>
    </message>
    <message>
        <source>亡くなった方の生年月日を入力してください。</source>
        <translation>Escriba la fecha de nacimiento de la persona fallecida.</translation>
    </message>
    <message>
        <source>亡くなった日を入力してください。</source>
        <translation>Escriba la fecha del fallecimiento.</translation>
    </message>
    <message>
        <source>亡くなった方は、あなたと同じ住所でしたか？</source>
        <translation>¿La persona fallecida vivía en su misma dirección?</translation>
    </message>
    <message>
        <source>亡くなった方の住所を入力してください。</source>
        <translation>Escriba la dirección de la persona fallecida.</translation>
    </message>
    <message>
        <source>亡くなった方から見て、あなたはどなたですか？</source>
        <translation>¿Quién es usted para la persona fallecida?</translation>
    </message>
    <message>
        <source>死亡届はもう出しましたか？（葬儀社が代わりに出すことが多いです）</source>
        <translation>¿Ya se registró la defunción? (Suele hacerlo la funeraria.)</translation>
    </message>
    <message>
        <source>亡くなった方は世帯主でしたか？</source>
        <translation>¿La persona fallecida era el cabeza de familia?</translation>
    </message>
    <message>
        <source>世帯に残る方は何人ですか？</source>
        <translation>¿Cuántas personas quedan en el hogar?</translation>
    </message>
    <message>
        <source>亡くなった方が入っていたもの・持っていたものにチェックしてください。</source>
        <translation>Marque lo que la persona fallecida tenía o en lo que estaba inscrita.</translation>
    </message>
    <message>
        <source>わからないものは、チェックしなくても窓口で確認します。</source>
        <translation>Lo que no sepa, déjelo sin marcar: la ventanilla lo comprueba.</translation>
    </message>
    <message>
        <source>国民健康保険</source>
        <translation>Seguro Nacional de Salud</translation>
    </message>
    <message>
        <source>後期高齢者医療</source>
        <translation>Seguro médico 75+</translation>
    </message>
    <message>
        <source>介護保険</source>
        <translation>Seguro de dependencia</translation>
    </message>
    <message>
        <source>年金を受給</source>
        <translation>Cobraba una pensión</translation>
    </message>
    <message>
        <source>障害者手帳・受給者証</source>
        <translation>Libreta de discapacidad</translation>
    </message>
    <message>
        <source>各種手当</source>
        <translation>Subsidios diversos</translation>
    </message>
    <message>
        <source>子ども・ひとり親医療</source>
        <translation>Ayuda médica infantil o monoparental</translation>
    </message>
    <message>
        <source>印鑑登録</source>
        <translation>Registro de sello</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>Tarjeta My Number</translation>
    </message>
    <message>
        <source>喪主の方のお名前を入力してください（葬祭費の申請に使います）。</source>
        <translation>Escriba el nombre del responsable del funeral (para solicitar la ayuda de sepelio).</translation>
    </message>
    <message>
        <source>あなたは相続人ですか？</source>
        <translation>¿Es usted heredero(a)?</translation>
    </message>
    <message>
        <source>世帯主が変わる理由を選んでください。</source>
        <translation>Elija por qué cambia el cabeza de familia.</translation>
    </message>
    <message>
        <source>世帯主の死亡</source>
        <translation>El cabeza de familia falleció</translation>
    </message>
    <message>
        <source>世帯主の転出</source>
        <translation>El cabeza de familia se mudó</translation>
    </message>
    <message>
        <source>世帯主の変更（同居のまま）</source>
        <translation>Cambio de cabeza de familia (siguen viviendo juntos)</translation>
    </message>
    <message>
        <source>変更があった日を入力してください。</source>
        <translation>Escriba la fecha del cambio.</translation>
    </message>
    <message>
        <source>あなたは、どなたですか？</source>
        <translation>¿Quién es usted?</translation>
    </message>
    <message>
        <source>新しい世帯主</source>
        <translation>El nuevo cabeza de familia</translation>
    </message>
    <message>
        <source>世帯員</source>
        <translation>Un miembro del hogar</translation>
    </message>
    <message>
        <source>続柄が変わる方を入力してください。</source>
        <translation>Escriba las personas cuyo parentesco cambia.</translation>
    </message>
    <message>
        <source>世帯員（続柄が変わる方）</source>
        <translation>Miembros del hogar (cuyo parentesco cambia)</translation>
    </message>
    <message>
        <source>変更前の続柄</source>
        <translation>Parentesco anterior</translation>
    </message>
    <message>
        <source>変更後の続柄</source>
        <translation>Parentesco nuevo</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）は、あなたから見てどなたですか？</source>
        <translation>¿Quién es para usted el contribuyente del certificado?</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）の住所を入力してください。</source>
        <translation>Escriba la dirección del contribuyente.</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）のお名前を入力してください。</source>
        <translation>Escriba el nombre del contribuyente.</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）の生年月日を入力してください。</source>
        <translation>Escriba la fecha de nacimiento del contribuyente.</translation>
    </message>
    <message>
        <source>何年度の証明が必要ですか？</source>
        <translation>¿De qué año fiscal necesita el certificado?</translation>
    </message>
    <message>
        <source>令和N年度の証明は、令和N−1年中の所得の証明です（例：令和8年度 → 令和7年1月〜12月の所得）。</source>
        <translation>El certificado del año fiscal Reiwa N muestra los ingresos de Reiwa N−1 (p. ej., Reiwa 8 → ingresos de enero a diciembre de Reiwa 7).</translation>
    </message>
    <message>
        <source>所得証明書</source>
        <translation>Certificado de ingresos</translation>
    </message>
    <message>
        <source>課税（非課税）証明書</source>
        <translation>Certificado de tributación (exención)</translation>
    </message>
    <message>
        <source>所得課税証明書</source>
        <translation>Certificado de ingresos y tributación</translation>
    </message>
    <message>
        <source>納税証明書</source>
        <translation>Certificado de pago de impuestos</translation>
    </message>
    <message>
        <source>納税証明書（軽自動車の車検用）</source>
        <translation>Certificado de pago de impuestos (para la inspección de un vehículo ligero)</translation>
    </message>
    <message>
        <source>未納がない証明書</source>
        <translation>Certificado de no tener impuestos pendientes</translation>
    </message>
    <message>
        <source>納税証明書の税目を選ぶか、入力してください。</source>
        <translation>Elija o escriba el impuesto del certificado de pago.</translation>
    </message>
    <message>
        <source>車両番号を入力してください。</source>
        <translation>Escriba la matrícula del vehículo.</translation>
    </message>
    <message>
        <source>引越し</source>
        <translation>Mudanza</translation>
    </message>
    <message>
        <source>引越した日はいつですか？</source>
        <translation>¿Cuándo se mudó?</translation>
    </message>
    <message>
        <source>会社の健康保険に入っていない方（国民健康保険に入る方）はいますか？</source>
        <translation>¿Hay alguien sin seguro de salud de empresa (que se dará de alta en el Seguro Nacional de Salud)?</translation>
    </message>
    <message>
        <source>マイナンバーカードをお持ちの方はいますか？</source>
        <translation>¿Alguien tiene tarjeta My Number?</translation>
    </message>
    <message>
        <source>印鑑登録が必要ですか？（前の市区町村の登録は転出で廃止されています）</source>
        <translation>¿Necesita registrar un sello? (El registro en el municipio anterior se canceló con la mudanza.)</translation>
    </message>
    <message>
        <source>国民健康保険に入っている方はいますか？</source>
        <translation>¿Alguien tiene el Seguro Nacional de Salud?</translation>
    </message>
    <message>
        <source>引越す日（予定日）はいつですか？</source>
        <translation>¿Cuándo se muda (fecha prevista)?</translation>
    </message>
    <message>
        <source>印鑑登録をしている方はいますか？</source>
        <translation>¿Alguien tiene un sello registrado?</translation>
    </message>
    <message>
        <source>お子さんが生まれた日はいつですか？</source>
        <translation>¿Cuándo nació el niño?</translation>
    </message>
    <message>
        <source>お子さんを扶養する方は、国民健康保険に入っていますか？</source>
        <translation>¿La persona que mantiene al niño tiene el Seguro Nacional de Salud?</translation>
    </message>
    <message>
        <source>おくやみ</source>
        <translation>Fallecimiento en la familia</translation>
    </message>
    <message>
        <source>結婚</source>
        <translation>Matrimonio</translation>
    </message>
    <message>
        <source>婚姻届を出す日（出した日）はいつですか？</source>
        <translation>¿Cuándo presenta (presentó) el registro de matrimonio?</translation>
    </message>
    <message>
        <source>結婚にともなって引越しますか？</source>
        <translation>¿Se muda por el matrimonio?</translation>
    </message>
    <message>
        <source>引越しなし</source>
        <translation>No me mudo</translation>
    </message>
    <message>
        <source>町内で引越し</source>
        <translation>Mudanza dentro de la ciudad</translation>
    </message>
    <message>
        <source>町外から転入</source>
        <translation>Llego desde otra ciudad</translation>
    </message>
    <message>
        <source>町外へ転出</source>
        <translation>Me voy a otra ciudad</translation>
    </message>
    <message>
        <source>氏（名字）が変わる方はいますか？</source>
        <translation>¿Alguien cambia de apellido?</translation>
    </message>
    <message>
        <source>健康保険は変わりますか？</source>
        <translation>¿Cambia su seguro de salud?</translation>
    </message>
    <message>
        <source>変わらない</source>
        <translation>No cambia</translation>
    </message>
    <message>
        <source>国民健康保険に入る</source>
        <translation>Me doy de alta en el Seguro Nacional de Salud</translation>
    </message>
    <message>
        <source>国民健康保険をやめる（配偶者の健康保険に入る）</source>
        <translation>Me doy de baja del Seguro Nacional de Salud (paso al seguro del cónyuge)</translation>
    </message>
    <message>
        <source>氏が変わる方は、印鑑登録をしていますか？</source>
        <translation>¿La persona que cambia de apellido tiene un sello registrado?</translation>
    </message>
    <message>
        <source>離婚</source>
        <translation>Divorcio</translation>
    </message>
    <message>
        <source>離婚届を出す日（出した日）はいつですか？</source>
        <translation>¿Cuándo presenta (presentó) el registro de divorcio?</translation>
    </message>
    <message>
        <source>離婚にともなって引越しますか？</source>
        <translation>¿Se muda por el divorcio?</translation>
    </message>
    <message>
        <source>配偶者の健康保険から外れて、国民健康保険に入りますか？</source>
        <translation>¿Deja el seguro de su cónyuge para darse de alta en el Seguro Nacional de Salud?</translation>
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
        <source>ひらがなにする</source>
        <translation>Cambiar a hiragana</translation>
    </message>
    <message>
        <source>ローマ字（A〜Z）にする</source>
        <translation>Cambiar al alfabeto latino (A–Z)</translation>
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
        <source>言語 / Language</source>
        <translation>Idioma / Language</translation>
    </message>
    <message>
        <source>表示する言語を選ぶ</source>
        <translation>Elegir el idioma</translation>
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
    <name>LanguagePanel</name>
    <message>
        <source>言語を選んでください</source>
        <translation>Elija el idioma</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>言語を変えずにもどる</source>
        <translation>Volver sin cambiar el idioma</translation>
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
    <message numerus="yes">
        <source>あと%n秒</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
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
        <source>この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。</source>
        <translation>Este terminal no imprime tickets (no tiene impresora). Tome una foto del número en la pantalla o anótelo.</translation>
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
    <message>
        <source>もどる</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>Volver a la pantalla anterior</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>Cancelar y volver a la pantalla inicial</translation>
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
        <source>前の画面にもどる</source>
        <translation>Volver a la pantalla anterior</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>Cancelar y volver a la pantalla inicial</translation>
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
