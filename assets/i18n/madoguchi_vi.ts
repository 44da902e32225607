<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="ja">
<context>
    <name>AppointmentPage</name>
    <message>
        <source>予約番号を入力してください</source>
        <translation>Vui lòng nhập số đặt hẹn</translation>
    </message>
    <message>
        <source>予約確認のQRコードをお持ちの方は、読み取り機にかざしてください</source>
        <translation>Nếu có mã QR xác nhận đặt hẹn, quý vị hãy đưa mã vào máy quét</translation>
    </message>
    <message>
        <source>入力した予約番号</source>
        <translation>Số đặt hẹn đã nhập</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>通常の番号札を取る</source>
        <translation>Lấy phiếu số thứ tự thông thường</translation>
    </message>
    <message>
        <source>受付する</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>この予約番号で受付する</source>
        <translation>Tiếp nhận bằng số đặt hẹn này</translation>
    </message>
    <message>
        <source>この予約はほかの庁舎のものです。ご予約の庁舎でお手続きください。</source>
        <translation>Lịch hẹn này thuộc văn phòng khác. Vui lòng làm thủ tục tại văn phòng quý vị đã đặt hẹn.</translation>
    </message>
    <message>
        <source>ご予約は%1月%2日 %3です。当日にお越しください。</source>
        <translation>Lịch hẹn của quý vị là ngày %2/%1 lúc %3. Vui lòng đến vào ngày đó.</translation>
    </message>
    <message>
        <source>ご予約の日（%1月%2日）は過ぎています。お近くの係員にお声がけください。</source>
        <translation>Ngày hẹn của quý vị (%2/%1) đã qua. Vui lòng báo cho nhân viên gần đó.</translation>
    </message>
    <message>
        <source>この予約は受付済みです。あなたの番号は %1 です。</source>
        <translation>Lịch hẹn này đã được tiếp nhận. Số của quý vị là %1.</translation>
    </message>
    <message>
        <source>ご予約の時刻（%1）を%2分以上過ぎています。通常の順番の番号札をお取りいただけます。</source>
        <translation>Đã quá giờ hẹn (%1) hơn %2 phút. Quý vị có thể lấy phiếu số thứ tự thông thường và chờ theo lượt.</translation>
    </message>
    <message>
        <source>この予約番号は見つかりませんでした。番号をお確かめください。</source>
        <translation>Không tìm thấy số đặt hẹn này. Vui lòng kiểm tra lại số.</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>どの手続きをしますか？</source>
        <translation>Quý vị muốn làm thủ tục gì?</translation>
    </message>
    <message>
        <source>申請書・届出書から選ぶ</source>
        <translation>Chọn theo mẫu đơn</translation>
    </message>
    <message>
        <source>くらしのできごとから選ぶ（引越し・出生など）</source>
        <translation>Chọn theo sự kiện (chuyển nhà, sinh con...)</translation>
    </message>
    <message>
        <source>申請書は作らず、番号札だけ取る</source>
        <translation>Chỉ lấy số thứ tự, không làm đơn</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>Hủy và quay lại màn hình đầu</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>カードから読み取った内容をご確認ください</source>
        <translation>Vui lòng kiểm tra thông tin đọc từ thẻ</translation>
    </message>
    <message>
        <source>お名前</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>Cách đọc tên</translation>
    </message>
    <message>
        <source>ご住所</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>この内容で正しい</source>
        <translation>Thông tin đúng</translation>
    </message>
    <message>
        <source>違うところがある
（窓口で職員が直します）</source>
        <translation>Có chỗ không đúng
(nhân viên tại quầy sẽ sửa)</translation>
    </message>
    <message>
        <source>%1（%2年%3月%4日）</source>
        <translation>%4/%3/%2 (%1)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>「〓」の文字はカードに登録できない文字です。窓口で正しい文字を確認します</source>
        <translation>Dấu “〓” là chữ không thể ghi trên thẻ. Nhân viên tại quầy sẽ xác nhận chữ đúng.</translation>
    </message>
</context>
<context>
    <name>CountsEditor</name>
    <message>
        <source>%1を1通減らす</source>
        <translation>Bớt 1 bản %1</translation>
    </message>
    <message>
        <source>%1を1通増やす</source>
        <translation>Thêm 1 bản %1</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>年</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Ngày</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>読み取りが終わるまで、カードは置いたままにしてください</source>
        <translation>Vui lòng để nguyên thẻ cho đến khi đọc xong</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>運転免許証をカードリーダーに置いてください</source>
        <translation>Vui lòng đặt bằng lái xe lên đầu đọc thẻ</translation>
    </message>
    <message>
        <source>マイナンバーカードをカードリーダーに置いてください</source>
        <translation>Vui lòng đặt thẻ My Number lên đầu đọc thẻ</translation>
    </message>
</context>
<context>
    <name>KanaPad</name>
    <message>
        <source>濁点（゛）をつける</source>
        <translation>Thêm dấu ゛ (dakuten)</translation>
    </message>
    <message>
        <source>濁点 ゛</source>
        <translation>Dấu ゛</translation>
    </message>
    <message>
        <source>半濁点（゜）をつける</source>
        <translation>Thêm dấu ゜ (handakuten)</translation>
    </message>
    <message>
        <source>半濁点 ゜</source>
        <translation>Dấu ゜</translation>
    </message>
    <message>
        <source>小さい文字にする</source>
        <translation>Đổi thành chữ nhỏ</translation>
    </message>
    <message>
        <source>空白を入れる</source>
        <translation>Thêm dấu cách</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Xóa một chữ</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>小</source>
        <translation>Nhỏ</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>Cách</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>全部
消す</source>
        <translation>Xóa
hết</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>窓口 受付</source>
        <translation>Quầy tiếp nhận</translation>
    </message>
    <message>
        <source>音声 オフ</source>
        <translation>Âm thanh: tắt</translation>
    </message>
    <message>
        <source>音声 オン</source>
        <translation>Âm thanh: bật</translation>
    </message>
    <message>
        <source>音声案内をオンにする</source>
        <translation>Bật hướng dẫn bằng giọng nói</translation>
    </message>
    <message>
        <source>音声案内をオフにする</source>
        <translation>Tắt hướng dẫn bằng giọng nói</translation>
    </message>
    <message>
        <source>ただいま番号札を発行できません。お近くの係員にお声がけください。</source>
        <translation>Hiện không thể phát phiếu số. Vui lòng hỏi nhân viên gần đó.</translation>
    </message>
    <message>
        <source>暗証番号がロックされています</source>
        <translation>Mã PIN đã bị khóa</translation>
    </message>
    <message>
        <source>ロックは窓口で解除できます。今日はカードを使わずにお進みください。</source>
        <translation>Có thể mở khóa tại quầy. Hôm nay, vui lòng tiếp tục mà không dùng thẻ.</translation>
    </message>
    <message>
        <source>カードが読み取り中に離れました</source>
        <translation>Thẻ đã bị lấy ra khi đang đọc</translation>
    </message>
    <message>
        <source>もう一度カードを置いて、読み取りが終わるまでそのままにしてください。</source>
        <translation>Vui lòng đặt lại thẻ và để nguyên cho đến khi đọc xong.</translation>
    </message>
    <message>
        <source>このカードは読み取れません</source>
        <translation>Không thể đọc thẻ này</translation>
    </message>
    <message>
        <source>カードをお取りになり、マイナンバーカードか運転免許証をお使いください。</source>
        <translation>Vui lòng lấy thẻ ra và dùng thẻ My Number hoặc bằng lái xe.</translation>
    </message>
    <message>
        <source>カードの内容を正しく読み取れませんでした</source>
        <translation>Không đọc được đúng thông tin trên thẻ</translation>
    </message>
    <message>
        <source>もう一度お試しいただくか、カードを使わずにお進みください。窓口で職員がお手伝いします。</source>
        <translation>Vui lòng thử lại, hoặc tiếp tục mà không dùng thẻ. Nhân viên tại quầy sẽ hỗ trợ.</translation>
    </message>
    <message>
        <source>カードが見つかりません</source>
        <translation>Không tìm thấy thẻ</translation>
    </message>
    <message>
        <source>カードをカードリーダーの上に置いてください。</source>
        <translation>Vui lòng đặt thẻ lên đầu đọc thẻ.</translation>
    </message>
    <message>
        <source>このあと：%1</source>
        <translation>Tiếp theo: %1</translation>
    </message>
    <message>
        <source>画面にこの番号が表示されたら、表示された窓口へお越しください</source>
        <translation>Khi số này hiện trên màn hình, vui lòng đến quầy được chỉ dẫn.</translation>
    </message>
    <message>
        <source>呼び出しに間に合わなかったときは、このQRコードを受付機にかざしてください</source>
        <translation>Nếu lỡ lượt gọi, vui lòng đưa mã QR này vào máy quét của máy tiếp nhận.</translation>
    </message>
</context>
<context>
    <name>MoreTimePanel</name>
    <message>
        <source>まだ続けますか？</source>
        <translation>Quý vị có muốn tiếp tục không?</translation>
    </message>
    <message>
        <source>操作がないため、まもなく最初の画面にもどります。入力した内容は消えます。</source>
        <translation>Vì không có thao tác nào, màn hình sẽ sớm quay về trang đầu. Nội dung đã nhập sẽ bị xóa.</translation>
    </message>
    <message>
        <source>続ける</source>
        <translation>Tiếp tục</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>訂正</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Xóa một số</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>Xóa hết</translation>
    </message>
</context>
<context>
    <name>PinPadPage</name>
    <message>
        <source>暗証番号（数字4桁）を入力してください</source>
        <translation>Vui lòng nhập mã PIN (4 chữ số)</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Xóa một số</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>カードを使うのをやめる</source>
        <translation>Không dùng thẻ nữa</translation>
    </message>
    <message>
        <source>確定</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>券面事項入力補助用の暗証番号です</source>
        <translation>Mã PIN để đọc thông tin trên thẻ (券面事項入力補助用)</translation>
    </message>
    <message>
        <source>免許証の暗証番号1です</source>
        <translation>Mã PIN 1 của bằng lái xe</translation>
    </message>
    <message>
        <source>暗証番号が違います。</source>
        <translation>Mã PIN không đúng. </translation>
    </message>
    <message numerus="yes">
        <source>あと%n回入力できます</source>
        <translation>
            <numerusform>Còn nhập được %n lần</numerusform>
        </translation>
    </message>
    <message>
        <source>あと1回間違えるとロックされ、窓口での解除が必要になります。わからないときは係員にお尋ねください</source>
        <translation>Nếu sai thêm 1 lần nữa, mã PIN sẽ bị khóa và phải đến quầy để mở khóa. Nếu không chắc, vui lòng hỏi nhân viên.</translation>
    </message>
    <message numerus="yes">
        <source>%n桁入力済み</source>
        <translation>
            <numerusform>Đã nhập %n chữ số</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>もう一度カードを置く</source>
        <translation>Đặt lại thẻ</translation>
    </message>
    <message>
        <source>カードを使わずに進む</source>
        <translation>Tiếp tục mà không dùng thẻ</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>もどる</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>Quay lại màn hình trước</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <source>%1（%2人目）の%3</source>
        <translation>%1 (người thứ %2): %3</translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <source>読み取り中です</source>
        <translation>Đang đọc thẻ…</translation>
    </message>
    <message>
        <source>カードを動かさないでください</source>
        <translation>Vui lòng không di chuyển thẻ</translation>
    </message>
</context>
<context>
    <name>ReferencePad</name>
    <message>
        <source>訂正</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>1文字消す</source>
        <translation>Xóa một chữ</translation>
    </message>
    <message>
        <source>全部消す</source>
        <translation>Xóa hết</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。</source>
        <translation>Máy này không in phiếu số thứ tự (không có máy in). Vui lòng chụp ảnh hoặc ghi lại số trên màn hình.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>はじめの画面にもどる</source>
        <translation>Quay lại màn hình đầu</translation>
    </message>
    <message>
        <source>あなたの番号</source>
        <translation>Số thứ tự của quý vị</translation>
    </message>
    <message numerus="yes">
        <source>あなたの前に %n人 お待ちです</source>
        <translation>
            <numerusform>Có %n người đang chờ trước quý vị</numerusform>
        </translation>
    </message>
    <message>
        <source>まもなくお呼びします</source>
        <translation>Quý vị sẽ sớm được gọi</translation>
    </message>
    <message>
        <source>番号札をお取りください</source>
        <translation>Vui lòng lấy phiếu số thứ tự</translation>
    </message>
    <message>
        <source>この番号をお控えください</source>
        <translation>Vui lòng ghi nhớ số này</translation>
    </message>
    <message>
        <source>番号札を印刷できませんでした。画面の番号を写真に撮るか、メモしてください。順番は確保されています。</source>
        <translation>Không in được phiếu số thứ tự. Vui lòng chụp ảnh hoặc ghi lại số trên màn hình. Thứ tự của quý vị vẫn được giữ.</translation>
    </message>
    <message>
        <source>まもなく</source>
        <translation>sắp đến lượt</translation>
    </message>
    <message>
        <source>3時間以上</source>
        <translation>3 giờ trở lên</translation>
    </message>
    <message numerus="yes">
        <source>約%n分</source>
        <translation>
            <numerusform>khoảng %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>約%1時間%2分</source>
        <translation>khoảng %1 giờ %2 phút</translation>
    </message>
    <message numerus="yes">
        <source>約%n時間</source>
        <translation>
            <numerusform>khoảng %n giờ</numerusform>
        </translation>
    </message>
    <message>
        <source>待ち時間の目安：%1</source>
        <translation>Thời gian chờ dự kiến: %1</translation>
    </message>
    <message>
        <source>ただいまお呼びしています</source>
        <translation>Số của quý vị đang được gọi</translation>
    </message>
    <message>
        <source>%1へお越しください</source>
        <translation>Vui lòng đến %1</translation>
    </message>
    <message>
        <source>順番にもどりました</source>
        <translation>Quý vị đã được xếp lại vào hàng chờ</translation>
    </message>
    <message>
        <source>順番にお待ちください</source>
        <translation>Vui lòng chờ đến lượt</translation>
    </message>
    <message>
        <source>ご予約の時刻（%1）から、優先してお呼びします</source>
        <translation>Từ giờ hẹn (%1), quý vị sẽ được gọi trước</translation>
    </message>
    <message>
        <source>ご予約の方として、まもなくお呼びします</source>
        <translation>Quý vị có đặt hẹn nên sẽ sớm được gọi</translation>
    </message>
    <message>
        <source>申請書を印刷しました。番号札と一緒にお取りになり、窓口でお名前を書いてください。</source>
        <translation>Đơn đã được in. Vui lòng lấy cùng phiếu số thứ tự và viết tên tại quầy.</translation>
    </message>
    <message>
        <source>申請書を印刷できませんでした。窓口で職員が印刷します。順番は確保されています。</source>
        <translation>Không in được đơn. Nhân viên tại quầy sẽ in giúp. Thứ tự của quý vị vẫn được giữ.</translation>
    </message>
    <message>
        <source>申し訳ありません</source>
        <translation>Chúng tôi xin lỗi</translation>
    </message>
    <message>
        <source>番号札を発行できませんでした。お近くの係員にお声がけください。</source>
        <translation>Không thể cấp phiếu số thứ tự. Vui lòng báo cho nhân viên gần đó.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>この内容でよろしいですか？</source>
        <translation>Nội dung này đã đúng chưa?</translation>
    </message>
    <message>
        <source>もどって直す</source>
        <translation>Quay lại để sửa</translation>
    </message>
    <message>
        <source>上を見る</source>
        <translation>Xem phía trên</translation>
    </message>
    <message>
        <source>下を見る</source>
        <translation>Xem phía dưới</translation>
    </message>
    <message>
        <source>この内容で番号札を取る</source>
        <translation>Lấy phiếu số với nội dung này</translation>
    </message>
    <message>
        <source>手数料の合計：%1円</source>
        <translation>Tổng lệ phí: ¥%1</translation>
    </message>
    <message>
        <source>手数料はかかりません</source>
        <translation>Không mất lệ phí</translation>
    </message>
    <message>
        <source>%1（%2人目）</source>
        <translation>%1 (người thứ %2)</translation>
    </message>
    <message>
        <source>（空欄）</source>
        <translation>(để trống)</translation>
    </message>
    <message>
        <source>変える</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>入力する</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>%1を変える</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>このあと窓口で行う手続き</source>
        <translation>Thủ tục sẽ làm tiếp tại quầy</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>＋ 追加する</source>
        <translation>＋ Thêm người</translation>
    </message>
    <message>
        <source>一人追加する</source>
        <translation>Thêm một người</translation>
    </message>
    <message>
        <source>%1人目：%2</source>
        <translation>Người thứ %1: %2</translation>
    </message>
    <message>
        <source>（未入力があります）</source>
        <translation> (còn mục chưa nhập)</translation>
    </message>
    <message>
        <source>消す</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>%1人目を消す</source>
        <translation>Xóa người thứ %1</translation>
    </message>
    <message>
        <source>＋ %1</source>
        <translation>＋ %1</translation>
    </message>
    <message>
        <source>%1さんを追加する</source>
        <translation>Thêm %1</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>ご用件を選んで、番号札をお取りください</source>
        <translation>Vui lòng chọn thủ tục và lấy phiếu số thứ tự</translation>
    </message>
    <message>
        <source>予約の方</source>
        <translation>Tôi có đặt hẹn</translation>
    </message>
    <message>
        <source>予約の方の受付</source>
        <translation>Tiếp nhận người có đặt hẹn</translation>
    </message>
    <message>
        <source>番号札をお持ちの方</source>
        <translation>Tôi đã có phiếu số</translation>
    </message>
    <message numerus="yes">
        <source>%1
待ち %n人</source>
        <translation>
            <numerusform>%1
%n người đang chờ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeCardPage</name>
    <message>
        <source>カードをお取りください</source>
        <translation>Vui lòng lấy thẻ ra</translation>
    </message>
    <message>
        <source>カードを取ると、次の画面に進みます</source>
        <translation>Khi lấy thẻ ra, màn hình tiếp theo sẽ hiện ra</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>番号札の番号を入力してください</source>
        <translation>Vui lòng nhập số trên phiếu</translation>
    </message>
    <message>
        <source>番号札のQRコードを読み取り機にかざすこともできます</source>
        <translation>Quý vị cũng có thể đưa mã QR trên phiếu vào máy quét</translation>
    </message>
    <message>
        <source>入力した番号</source>
        <translation>Số đã nhập</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>確認する</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>この番号を確認する</source>
        <translation>Kiểm tra số này</translation>
    </message>
    <message>
        <source>ただいま番号札を確認できません。お近くの係員にお声がけください。</source>
        <translation>Hiện không thể kiểm tra phiếu số. Vui lòng hỏi nhân viên gần đó.</translation>
    </message>
    <message>
        <source>この番号札は、書類をお待ちいただいている状態です。窓口の係員にお声がけください。</source>
        <translation>Phiếu số này đang chờ giấy tờ. Vui lòng nói với nhân viên tại quầy.</translation>
    </message>
    <message>
        <source>この番号札の手続きは終わっています。ご用件があれば、新しい番号札をお取りください。</source>
        <translation>Thủ tục của phiếu số này đã xong. Nếu còn việc khác, vui lòng lấy phiếu số mới.</translation>
    </message>
    <message>
        <source>この番号は見つかりませんでした。本日の番号札の番号をお確かめください。</source>
        <translation>Không tìm thấy số này. Vui lòng kiểm tra số trên phiếu hôm nay.</translation>
    </message>
</context>
<context>
    <name>ViewPage</name>
    <message>
        <source>見やすい表示を選んでください</source>
        <translation>Hãy chọn cách hiển thị dễ nhìn nhất</translation>
    </message>
    <message>
        <source>文字の大きさ</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>標準</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>大</source>
        <translation>Lớn</translation>
    </message>
    <message>
        <source>特大</source>
        <translation>Rất lớn</translation>
    </message>
    <message>
        <source>文字の大きさ：%1</source>
        <translation>Cỡ chữ: %1</translation>
    </message>
    <message>
        <source>白黒反転</source>
        <translation>Nền tối</translation>
    </message>
    <message>
        <source>低い位置に表示</source>
        <translation>Hiện thấp hơn</translation>
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
        <translation>Vui lòng chọn thẻ quý vị có</translation>
    </message>
    <message>
        <source>カードを使うと、申請書にお名前やご住所を書かずにすみます</source>
        <translation>Nếu dùng thẻ, quý vị không cần viết họ tên và địa chỉ vào đơn</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>Thẻ My Number</translation>
    </message>
    <message>
        <source>運転免許証</source>
        <translation>Bằng lái xe</translation>
    </message>
    <message>
        <source>カードを使わない</source>
        <translation>Không dùng thẻ</translation>
    </message>
    <message>
        <source>予約の方</source>
        <translation>Tôi có đặt hẹn</translation>
    </message>
    <message>
        <source>予約の方の受付</source>
        <translation>Tiếp nhận người có đặt hẹn</translation>
    </message>
    <message>
        <source>番号札をお持ちの方</source>
        <translation>Tôi đã có phiếu số</translation>
    </message>
    <message>
        <source>カードリーダーが使えません。カードを使わずにお進みください</source>
        <translation>Không dùng được đầu đọc thẻ. Vui lòng tiếp tục mà không dùng thẻ</translation>
    </message>
    <message>
        <source>文字を大きく・見やすく</source>
        <translation>Chữ to hơn, dễ nhìn hơn</translation>
    </message>
</context>
</TS>
