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
        <source>前の画面にもどる</source>
        <translation>Quay lại màn hình trước</translation>
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
    <name>ChoiceEditor</name>
    <message>
        <source>（住民票が同じ家族）</source>
        <translation>(người trong cùng hộ trên phiếu cư trú)</translation>
    </message>
    <message>
        <source>（親権者・成年後見人）</source>
        <translation>(cha mẹ hoặc người giám hộ theo pháp luật)</translation>
    </message>
    <message>
        <source>（上のどれでもない方）</source>
        <translation>(không thuộc các trường hợp trên)</translation>
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
    <name>FormWords</name>
    <message>
        <source>あなたの住所を入力してください。</source>
        <translation>Hãy nhập địa chỉ của bạn.</translation>
    </message>
    <message>
        <source>あなたのお名前のふりがなを入力してください。</source>
        <translation>Hãy nhập cách đọc tên của bạn bằng hiragana.</translation>
    </message>
    <message>
        <source>あなたのお名前を入力してください。</source>
        <translation>Hãy nhập họ tên của bạn.</translation>
    </message>
    <message>
        <source>あなたの生年月日を入力してください。</source>
        <translation>Hãy nhập ngày sinh của bạn.</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号を入力してください。</source>
        <translation>Hãy nhập số điện thoại liên lạc được vào ban ngày.</translation>
    </message>
    <message>
        <source>どの届出ですか？</source>
        <translation>Bạn khai báo loại nào?</translation>
    </message>
    <message>
        <source>町外から来た方は「転入」、町内で引越した方は「転居」、町外へ引越す方は「転出」です。</source>
        <translation>Đến từ nơi khác: “chuyển đến”; chuyển nhà trong thị trấn: “chuyển chỗ ở”; chuyển đi nơi khác: “chuyển đi”.</translation>
    </message>
    <message>
        <source>転入</source>
        <translation>Chuyển đến (từ nơi khác)</translation>
    </message>
    <message>
        <source>転居</source>
        <translation>Chuyển chỗ ở trong thị trấn</translation>
    </message>
    <message>
        <source>転出</source>
        <translation>Chuyển đi (đến nơi khác)</translation>
    </message>
    <message>
        <source>引越しの日（転出の方は予定日）を入力してください。</source>
        <translation>Hãy nhập ngày chuyển nhà (chuyển đi: ngày dự định).</translation>
    </message>
    <message>
        <source>新しい住所（転出の方は転出先）を入力してください。</source>
        <translation>Hãy nhập địa chỉ mới (chuyển đi: nơi sẽ chuyển đến).</translation>
    </message>
    <message>
        <source>新しい住所の郵便番号を入力してください（わかれば）。</source>
        <translation>Hãy nhập mã bưu chính của địa chỉ mới (nếu biết).</translation>
    </message>
    <message>
        <source>あなたご自身も引越しますか？</source>
        <translation>Bản thân bạn cũng chuyển nhà phải không?</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>一緒に引越す方を入力してください。</source>
        <translation>Hãy nhập những người cùng chuyển nhà.</translation>
    </message>
    <message>
        <source>お一人ずつ、お名前・生年月日・続柄を入力します。</source>
        <translation>Nhập từng người: họ tên, ngày sinh, quan hệ.</translation>
    </message>
    <message>
        <source>新しい世帯主のお名前を入力してください。</source>
        <translation>Hãy nhập họ tên chủ hộ mới.</translation>
    </message>
    <message>
        <source>前の世帯主のお名前を入力してください。</source>
        <translation>Hãy nhập họ tên chủ hộ trước.</translation>
    </message>
    <message>
        <source>あなたは、引越す方から見てどなたですか？</source>
        <translation>Bạn là ai đối với người chuyển nhà?</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Chính tôi</translation>
    </message>
    <message>
        <source>世帯主</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>代理人（委任状）</source>
        <translation>Người đại diện (có giấy ủy quyền)</translation>
    </message>
    <message>
        <source>委任状をお持ちですか？</source>
        <translation>Bạn có giấy ủy quyền không?</translation>
    </message>
    <message>
        <source>国民健康保険に入っている（入る）方はいますか？</source>
        <translation>Có ai đang (hoặc sẽ) tham gia Bảo hiểm Y tế Quốc dân không?</translation>
    </message>
    <message>
        <source>外国籍の方は一緒に引越しますか？</source>
        <translation>Có người quốc tịch nước ngoài cùng chuyển nhà không?</translation>
    </message>
    <message>
        <source>外国籍の方の在留資格などを入力してください。</source>
        <translation>Hãy nhập tư cách lưu trú và các thông tin khác của người quốc tịch nước ngoài.</translation>
    </message>
    <message>
        <source>異動する方</source>
        <translation>Người chuyển nhà</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Họ tên</translation>
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
        <source>男</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>続柄</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>住民票コード（転入）</source>
        <translation>Mã phiếu cư trú (chuyển đến)</translation>
    </message>
    <message>
        <source>外国人住民の方</source>
        <translation>Cư dân quốc tịch nước ngoài</translation>
    </message>
    <message>
        <source>国籍・地域</source>
        <translation>Quốc tịch / khu vực</translation>
    </message>
    <message>
        <source>在留資格</source>
        <translation>Tư cách lưu trú</translation>
    </message>
    <message>
        <source>在留期間</source>
        <translation>Thời hạn lưu trú</translation>
    </message>
    <message>
        <source>満了日</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <source>在留カード番号</source>
        <translation>Số thẻ cư trú</translation>
    </message>
    <message>
        <source>印鑑登録をしている方は、あなたから見てどなたですか？</source>
        <translation>Người đã đăng ký con dấu là ai đối với bạn?</translation>
    </message>
    <message>
        <source>ご自身の分なら「本人」を選んでください。</source>
        <translation>Nếu là của chính bạn, hãy chọn “Chính tôi”.</translation>
    </message>
    <message>
        <source>わたし（本人）</source>
        <translation>Chính tôi</translation>
    </message>
    <message>
        <source>印鑑登録をしている方の住所を入力してください。</source>
        <translation>Hãy nhập địa chỉ của người đã đăng ký con dấu.</translation>
    </message>
    <message>
        <source>印鑑登録をしている方のお名前を入力してください。</source>
        <translation>Hãy nhập họ tên của người đã đăng ký con dấu.</translation>
    </message>
    <message>
        <source>印鑑登録をしている方の生年月日を入力してください。</source>
        <translation>Hãy nhập ngày sinh của người đã đăng ký con dấu.</translation>
    </message>
    <message>
        <source>廃止申請</source>
        <translation>Hủy đăng ký</translation>
    </message>
    <message>
        <source>亡失届（登録証をなくした）</source>
        <translation>Báo mất (mất thẻ đăng ký)</translation>
    </message>
    <message>
        <source>なくした日と場所（わかる範囲で）を入力してください。</source>
        <translation>Hãy nhập ngày và nơi bị mất (trong phạm vi bạn biết).</translation>
    </message>
    <message>
        <source>続けて新しい印鑑を登録しますか？</source>
        <translation>Bạn có muốn đăng ký con dấu mới luôn không?</translation>
    </message>
    <message>
        <source>代理人（登録証持参）</source>
        <translation>Người đại diện (mang theo thẻ đăng ký)</translation>
    </message>
    <message>
        <source>何をお持ちですか？</source>
        <translation>Bạn mang theo gì?</translation>
    </message>
    <message>
        <source>印鑑登録証明書には、印鑑登録証（カード）かマイナンバーカードが必要です。</source>
        <translation>Giấy chứng nhận con dấu cần thẻ đăng ký con dấu hoặc thẻ My Number.</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）</source>
        <translation>Thẻ đăng ký con dấu</translation>
    </message>
    <message>
        <source>マイナンバーカード（登録証の機能付き）</source>
        <translation>Thẻ My Number (có chức năng thẻ đăng ký)</translation>
    </message>
    <message>
        <source>印鑑登録番号を入力してください。</source>
        <translation>Hãy nhập số đăng ký con dấu.</translation>
    </message>
    <message>
        <source>印鑑登録証に書かれた番号です。わからなければ空欄のままで構いません。</source>
        <translation>Là số ghi trên thẻ đăng ký. Nếu không biết, có thể để trống.</translation>
    </message>
    <message>
        <source>何通必要ですか？</source>
        <translation>Bạn cần bao nhiêu bản?</translation>
    </message>
    <message>
        <source>使いみちを選ぶか、入力してください（任意）。</source>
        <translation>Hãy chọn hoặc nhập mục đích sử dụng (không bắt buộc).</translation>
    </message>
    <message>
        <source>登録する方は、あなたから見てどなたですか？</source>
        <translation>Người đăng ký là ai đối với bạn?</translation>
    </message>
    <message>
        <source>登録する方の住所を入力してください。</source>
        <translation>Hãy nhập địa chỉ của người đăng ký.</translation>
    </message>
    <message>
        <source>登録する方のお名前のふりがなを入力してください。</source>
        <translation>Hãy nhập cách đọc tên của người đăng ký bằng hiragana.</translation>
    </message>
    <message>
        <source>登録する方のお名前を入力してください。</source>
        <translation>Hãy nhập họ tên của người đăng ký.</translation>
    </message>
    <message>
        <source>登録する方の生年月日を入力してください。</source>
        <translation>Hãy nhập ngày sinh của người đăng ký.</translation>
    </message>
    <message>
        <source>本人確認はどの方法でしますか？</source>
        <translation>Bạn xác minh danh tính bằng cách nào?</translation>
    </message>
    <message>
        <source>マイナンバーカード・運転免許証・パスポートなどがあれば、その場で登録できます。</source>
        <translation>Nếu có thẻ My Number, bằng lái xe, hộ chiếu..., có thể đăng ký ngay tại chỗ.</translation>
    </message>
    <message>
        <source>顔写真付きの本人確認書類</source>
        <translation>Giấy tờ tùy thân có ảnh</translation>
    </message>
    <message>
        <source>保証人（この町で印鑑登録済みの方）</source>
        <translation>Người bảo lãnh (đã đăng ký con dấu tại thị trấn này)</translation>
    </message>
    <message>
        <source>照会書（後日、回答書を持参）</source>
        <translation>Thư xác nhận (mang thư trả lời đến sau)</translation>
    </message>
    <message>
        <source>保証人のお名前を入力してください。</source>
        <translation>Hãy nhập họ tên người bảo lãnh.</translation>
    </message>
    <message>
        <source>保証人の住所を入力してください。</source>
        <translation>Hãy nhập địa chỉ người bảo lãnh.</translation>
    </message>
    <message>
        <source>あなたの性別を選んでください。</source>
        <translation>Hãy chọn giới tính của bạn.</translation>
    </message>
    <message>
        <source>あなたが加入している年金を選んでください。</source>
        <translation>Hãy chọn loại lương hưu bạn đang tham gia.</translation>
    </message>
    <message>
        <source>厚生年金</source>
        <translation>Lương hưu phúc lợi (Kosei nenkin)</translation>
    </message>
    <message>
        <source>国民年金</source>
        <translation>Lương hưu quốc dân</translation>
    </message>
    <message>
        <source>共済組合</source>
        <translation>Hiệp hội tương trợ</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>配偶者のお名前を入力してください（いなければ空欄）。</source>
        <translation>Hãy nhập họ tên vợ/chồng (nếu không có, để trống).</translation>
    </message>
    <message>
        <source>配偶者の生年月日を入力してください。</source>
        <translation>Hãy nhập ngày sinh của vợ/chồng.</translation>
    </message>
    <message>
        <source>今年の1月1日も、今の住所に住んでいましたか？</source>
        <translation>Vào ngày 1 tháng 1 năm nay, bạn đã sống ở địa chỉ hiện tại chưa?</translation>
    </message>
    <message>
        <source>今年1月1日の住所を入力してください。</source>
        <translation>Hãy nhập địa chỉ của bạn vào ngày 1 tháng 1 năm nay.</translation>
    </message>
    <message>
        <source>対象となるお子さんを入力してください。</source>
        <translation>Hãy nhập những trẻ em được hưởng trợ cấp.</translation>
    </message>
    <message>
        <source>手当の振込先を選んでください。</source>
        <translation>Hãy chọn nơi nhận tiền trợ cấp.</translation>
    </message>
    <message>
        <source>マイナンバーに登録した公金受取口座なら、口座の記入はいりません。</source>
        <translation>Nếu dùng tài khoản nhận tiền công đã đăng ký với My Number thì không cần ghi tài khoản.</translation>
    </message>
    <message>
        <source>公金受取口座</source>
        <translation>Tài khoản nhận tiền công (đã đăng ký với My Number)</translation>
    </message>
    <message>
        <source>請求者名義の口座</source>
        <translation>Tài khoản đứng tên người nộp đơn</translation>
    </message>
    <message>
        <source>金融機関名と支店名を入力してください。</source>
        <translation>Hãy nhập tên ngân hàng và tên chi nhánh.</translation>
    </message>
    <message>
        <source>口座の種別を選んでください。</source>
        <translation>Hãy chọn loại tài khoản.</translation>
    </message>
    <message>
        <source>普通</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>当座</source>
        <translation>Vãng lai</translation>
    </message>
    <message>
        <source>口座番号を入力してください。</source>
        <translation>Hãy nhập số tài khoản.</translation>
    </message>
    <message>
        <source>口座名義をカタカナで入力してください。</source>
        <translation>Hãy nhập tên chủ tài khoản bằng katakana.</translation>
    </message>
    <message>
        <source>対象となる児童</source>
        <translation>Trẻ em được hưởng</translation>
    </message>
    <message>
        <source>同居・別居</source>
        <translation>Sống cùng hay riêng</translation>
    </message>
    <message>
        <source>同居</source>
        <translation>Sống cùng</translation>
    </message>
    <message>
        <source>別居</source>
        <translation>Sống riêng</translation>
    </message>
    <message>
        <source>監護</source>
        <translation>Đang chăm sóc</translation>
    </message>
    <message>
        <source>生計同一</source>
        <translation>Cùng chung chi tiêu</translation>
    </message>
    <message>
        <source>証明が必要な方は、あなたから見てどなたですか？</source>
        <translation>Người cần giấy chứng nhận là ai đối với bạn?</translation>
    </message>
    <message>
        <source>同一世帯</source>
        <translation>Cùng hộ</translation>
    </message>
    <message>
        <source>配偶者・直系</source>
        <translation>Vợ/chồng hoặc người thân trực hệ</translation>
    </message>
    <message>
        <source>法定代理人</source>
        <translation>Đại diện pháp lý</translation>
    </message>
    <message>
        <source>第三者</source>
        <translation>Người khác</translation>
    </message>
    <message>
        <source>証明が必要な方の住所を入力してください。</source>
        <translation>Hãy nhập địa chỉ của người cần giấy chứng nhận.</translation>
    </message>
    <message>
        <source>証明が必要な方のお名前を入力してください。</source>
        <translation>Hãy nhập họ tên của người cần giấy chứng nhận.</translation>
    </message>
    <message>
        <source>証明が必要な方の生年月日を入力してください。</source>
        <translation>Hãy nhập ngày sinh của người cần giấy chứng nhận.</translation>
    </message>
    <message>
        <source>どの証明が必要ですか？</source>
        <translation>Bạn cần giấy chứng nhận nào?</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <translation>Bản sao phiếu cư trú</translation>
    </message>
    <message>
        <source>住民票の除票の写し</source>
        <translation>Bản sao phiếu cư trú đã xóa (đã chuyển đi hoặc qua đời)</translation>
    </message>
    <message>
        <source>住民票記載事項証明書</source>
        <translation>Giấy chứng nhận nội dung phiếu cư trú</translation>
    </message>
    <message>
        <source>どなたの分が必要ですか？</source>
        <translation>Bạn cần của những ai?</translation>
    </message>
    <message>
        <source>世帯全員の分は「世帯全員」、家族の一部の方だけなら「世帯の一部」を選んでください。</source>
        <translation>Nếu cần cho cả hộ, hãy chọn “Cả hộ”; nếu chỉ cho một số người trong gia đình, hãy chọn “Một phần của hộ”.</translation>
    </message>
    <message>
        <source>必要な方のみ</source>
        <translation>Chỉ người cần</translation>
    </message>
    <message>
        <source>世帯全員</source>
        <translation>Cả hộ</translation>
    </message>
    <message>
        <source>世帯の一部</source>
        <translation>Một phần của hộ</translation>
    </message>
    <message>
        <source>必要な方のお名前を入力してください。</source>
        <translation>Hãy nhập họ tên những người cần.</translation>
    </message>
    <message>
        <source>証明する事項を入力してください（提出先の様式があればお持ちください）。</source>
        <translation>Hãy nhập nội dung cần chứng nhận (nếu nơi nộp có mẫu riêng, hãy mang theo).</translation>
    </message>
    <message>
        <source>記載が必要な事項にチェックしてください。</source>
        <translation>Hãy đánh dấu những mục cần ghi.</translation>
    </message>
    <message>
        <source>提出先から指示がなければ、チェックは不要です。</source>
        <translation>Nếu nơi nộp không yêu cầu thì không cần đánh dấu.</translation>
    </message>
    <message>
        <source>世帯主・続柄</source>
        <translation>Chủ hộ và quan hệ</translation>
    </message>
    <message>
        <source>本籍・筆頭者</source>
        <translation>Nơi đăng ký hộ tịch gốc và người đứng đầu hộ tịch</translation>
    </message>
    <message>
        <source>個人番号</source>
        <translation>Mã số cá nhân (My Number)</translation>
    </message>
    <message>
        <source>住民票コード</source>
        <translation>Mã phiếu cư trú</translation>
    </message>
    <message>
        <source>国籍・地域、在留資格等（外国人住民）</source>
        <translation>Quốc tịch, tư cách lưu trú v.v. (cư dân nước ngoài)</translation>
    </message>
    <message>
        <source>使いみち（提出先）を選ぶか、入力してください。</source>
        <translation>Hãy chọn hoặc nhập mục đích sử dụng (nơi nộp).</translation>
    </message>
    <message>
        <source>請求の理由を入力してください。</source>
        <translation>Hãy nhập lý do yêu cầu.</translation>
    </message>
    <message>
        <source>国民健康保険に入る理由を選んでください。</source>
        <translation>Hãy chọn lý do tham gia Bảo hiểm Y tế Quốc dân.</translation>
    </message>
    <message>
        <source>社会保険をやめた</source>
        <translation>Đã rời bảo hiểm xã hội (công ty)</translation>
    </message>
    <message>
        <source>扶養から外れた</source>
        <translation>Không còn là người phụ thuộc</translation>
    </message>
    <message>
        <source>出生</source>
        <translation>Sinh con</translation>
    </message>
    <message>
        <source>生活保護の廃止</source>
        <translation>Kết thúc trợ cấp sinh hoạt</translation>
    </message>
    <message>
        <source>その理由があった日（転入日・退職日の翌日など）を入力してください。</source>
        <translation>Hãy nhập ngày xảy ra lý do đó (ngày chuyển đến, ngày sau khi nghỉ việc...).</translation>
    </message>
    <message>
        <source>前の住所を入力してください。</source>
        <translation>Hãy nhập địa chỉ trước đây.</translation>
    </message>
    <message>
        <source>前に入っていた健康保険の名前を入力してください。</source>
        <translation>Hãy nhập tên bảo hiểm y tế đã tham gia trước đây.</translation>
    </message>
    <message>
        <source>資格喪失証明書（または離職票など）をお持ちですか？</source>
        <translation>Bạn có giấy chứng nhận mất tư cách bảo hiểm (hoặc giấy nghỉ việc...) không?</translation>
    </message>
    <message>
        <source>あなたご自身も加入しますか？</source>
        <translation>Bản thân bạn cũng tham gia phải không?</translation>
    </message>
    <message>
        <source>加入する方を入力してください。</source>
        <translation>Hãy nhập những người tham gia.</translation>
    </message>
    <message>
        <source>すでに国民健康保険に入っている家族がいれば入力してください。</source>
        <translation>Nếu có người nhà đã tham gia Bảo hiểm Y tế Quốc dân, hãy nhập.</translation>
    </message>
    <message>
        <source>加入する方</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>職業</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>すでに加入している方</source>
        <translation>Người đã tham gia</translation>
    </message>
    <message>
        <source>国民健康保険をやめる理由を選んでください。</source>
        <translation>Hãy chọn lý do rời Bảo hiểm Y tế Quốc dân.</translation>
    </message>
    <message>
        <source>社会保険に加入</source>
        <translation>Đã tham gia bảo hiểm xã hội (công ty)</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>Qua đời</translation>
    </message>
    <message>
        <source>生活保護の開始</source>
        <translation>Bắt đầu nhận trợ cấp sinh hoạt</translation>
    </message>
    <message>
        <source>後期高齢者医療へ移行</source>
        <translation>Chuyển sang chế độ y tế cho người cao tuổi (75+)</translation>
    </message>
    <message>
        <source>その理由があった日（転出日・会社の保険に入った日など）を入力してください。</source>
        <translation>Hãy nhập ngày xảy ra lý do đó (ngày chuyển đi, ngày tham gia bảo hiểm công ty...).</translation>
    </message>
    <message>
        <source>転出先の住所を入力してください。</source>
        <translation>Hãy nhập địa chỉ nơi sẽ chuyển đến.</translation>
    </message>
    <message>
        <source>新しく入った健康保険の名前を入力してください。</source>
        <translation>Hãy nhập tên bảo hiểm y tế mới tham gia.</translation>
    </message>
    <message>
        <source>あなたご自身もやめますか？</source>
        <translation>Bản thân bạn cũng rời bảo hiểm phải không?</translation>
    </message>
    <message>
        <source>やめる方を入力してください。</source>
        <translation>Hãy nhập những người rời bảo hiểm.</translation>
    </message>
    <message>
        <source>資格確認書（保険証）をお持ちですか？お持ちなら返却してください。</source>
        <translation>Bạn có giấy xác nhận tư cách (thẻ bảo hiểm) không? Nếu có, hãy trả lại.</translation>
    </message>
    <message>
        <source>やめる方</source>
        <translation>Người rời bảo hiểm</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）は、あなたから見てどなたですか？</source>
        <translation>Người cần giấy chứng nhận (người có tên trong hộ tịch) là ai đối với bạn?</translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation>Vợ/chồng</translation>
    </message>
    <message>
        <source>直系（父母・祖父母）</source>
        <translation>Cha mẹ hoặc ông bà</translation>
    </message>
    <message>
        <source>直系（子・孫）</source>
        <translation>Con hoặc cháu</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）の住所を入力してください。</source>
        <translation>Hãy nhập địa chỉ của người có tên trong hộ tịch.</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）のお名前を入力してください。</source>
        <translation>Hãy nhập họ tên của người có tên trong hộ tịch.</translation>
    </message>
    <message>
        <source>証明が必要な方（戸籍に記載されている方）の生年月日を入力してください。</source>
        <translation>Hãy nhập ngày sinh của người có tên trong hộ tịch.</translation>
    </message>
    <message>
        <source>証明が必要な方の本籍を、番地まで入力してください。</source>
        <translation>Hãy nhập nơi đăng ký hộ tịch gốc (honseki) của người đó, đến số nhà.</translation>
    </message>
    <message>
        <source>本籍地の都道府県・市区町村から番地まで。わからない方は、本籍が記載された住民票で確かめられます。</source>
        <translation>Từ tỉnh, thành phố đến số nhà. Nếu không biết, có thể xem trên phiếu cư trú có ghi nơi đăng ký hộ tịch gốc.</translation>
    </message>
    <message>
        <source>筆頭者のお名前を入力してください。</source>
        <translation>Hãy nhập họ tên người đứng đầu hộ tịch (hittosha).</translation>
    </message>
    <message>
        <source>戸籍の最初に記載されている方です（多くは婚姻時に氏を名乗った方）。</source>
        <translation>Là người được ghi đầu tiên trong hộ tịch (thường là người có họ được dùng khi kết hôn).</translation>
    </message>
    <message>
        <source>本籍は、この町以外ですか？</source>
        <translation>Nơi đăng ký hộ tịch gốc có ở ngoài thị trấn này không?</translation>
    </message>
    <message>
        <source>ほかの市区町村の戸籍も、本人・配偶者・直系の方は、ここで請求できます（広域交付）。</source>
        <translation>Hộ tịch của nơi khác cũng có thể yêu cầu tại đây nếu là bản thân, vợ/chồng hoặc người thân trực hệ.</translation>
    </message>
    <message>
        <source>必要な証明と通数を選んでください。</source>
        <translation>Hãy chọn loại giấy chứng nhận và số bản.</translation>
    </message>
    <message>
        <source>戸籍全部事項証明（謄本）</source>
        <translation>Giấy chứng nhận toàn bộ hộ tịch (tohon)</translation>
    </message>
    <message>
        <source>戸籍個人事項証明（抄本）</source>
        <translation>Giấy chứng nhận hộ tịch của một người (shohon)</translation>
    </message>
    <message>
        <source>除籍全部事項証明（除籍謄本）</source>
        <translation>Giấy chứng nhận toàn bộ hộ tịch đã xóa (joseki tohon)</translation>
    </message>
    <message>
        <source>改製原戸籍謄本</source>
        <translation>Bản hộ tịch theo mẫu cũ (kaisei genkoseki)</translation>
    </message>
    <message>
        <source>戸籍の附票</source>
        <translation>Phụ lục hộ tịch (lịch sử địa chỉ)</translation>
    </message>
    <message>
        <source>身分証明書</source>
        <translation>Giấy chứng nhận thân phận</translation>
    </message>
    <message>
        <source>独身証明書</source>
        <translation>Giấy chứng nhận độc thân</translation>
    </message>
    <message>
        <source>受理証明書</source>
        <translation>Giấy chứng nhận đã tiếp nhận (juri shomei)</translation>
    </message>
    <message>
        <source>亡くなった方のお名前を入力してください。</source>
        <translation>Hãy nhập họ tên người đã mất.</translation>
    </message>
    <message>
        <source>亡くなった方のお名前のふりがなを入力してください。</source>
        <translation>Hãy nhập cách đọc tên người đã mất bằng hiragana.</translation>
    </message>
    <message>
        <source>亡くなった方の生年月日を入力してください。</source>
        <translation>Hãy nhập ngày sinh của người đã mất.</translation>
    </message>
    <message>
        <source>亡くなった日を入力してください。</source>
        <translation>Hãy nhập ngày mất.</translation>
    </message>
    <message>
        <source>亡くなった方は、あなたと同じ住所でしたか？</source>
        <translation>Người đã mất có cùng địa chỉ với bạn không?</translation>
    </message>
    <message>
        <source>亡くなった方の住所を入力してください。</source>
        <translation>Hãy nhập địa chỉ của người đã mất.</translation>
    </message>
    <message>
        <source>亡くなった方から見て、あなたはどなたですか？</source>
        <translation>Bạn là ai đối với người đã mất?</translation>
    </message>
    <message>
        <source>死亡届はもう出しましたか？（葬儀社が代わりに出すことが多いです）</source>
        <translation>Đã nộp giấy khai tử chưa? (Thường công ty tang lễ nộp thay.)</translation>
    </message>
    <message>
        <source>亡くなった方は世帯主でしたか？</source>
        <translation>Người đã mất có phải là chủ hộ không?</translation>
    </message>
    <message>
        <source>世帯に残る方は何人ですか？</source>
        <translation>Còn lại bao nhiêu người trong hộ?</translation>
    </message>
    <message>
        <source>亡くなった方が入っていたもの・持っていたものにチェックしてください。</source>
        <translation>Hãy đánh dấu những gì người đã mất đã tham gia hoặc sở hữu.</translation>
    </message>
    <message>
        <source>わからないものは、チェックしなくても窓口で確認します。</source>
        <translation>Những mục không biết thì không cần đánh dấu, quầy sẽ kiểm tra.</translation>
    </message>
    <message>
        <source>国民健康保険</source>
        <translation>Bảo hiểm Y tế Quốc dân</translation>
    </message>
    <message>
        <source>後期高齢者医療</source>
        <translation>Y tế người 75+</translation>
    </message>
    <message>
        <source>介護保険</source>
        <translation>Bảo hiểm chăm sóc</translation>
    </message>
    <message>
        <source>年金を受給</source>
        <translation>Đang nhận lương hưu</translation>
    </message>
    <message>
        <source>障害者手帳・受給者証</source>
        <translation>Sổ người khuyết tật</translation>
    </message>
    <message>
        <source>各種手当</source>
        <translation>Các loại trợ cấp</translation>
    </message>
    <message>
        <source>子ども・ひとり親医療</source>
        <translation>Y tế trẻ em, cha mẹ đơn thân</translation>
    </message>
    <message>
        <source>印鑑登録</source>
        <translation>Đăng ký con dấu</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>Thẻ My Number</translation>
    </message>
    <message>
        <source>喪主の方のお名前を入力してください（葬祭費の申請に使います）。</source>
        <translation>Hãy nhập họ tên người chủ tang (dùng để xin trợ cấp tang lễ).</translation>
    </message>
    <message>
        <source>あなたは相続人ですか？</source>
        <translation>Bạn có phải là người thừa kế không?</translation>
    </message>
    <message>
        <source>世帯主が変わる理由を選んでください。</source>
        <translation>Hãy chọn lý do thay đổi chủ hộ.</translation>
    </message>
    <message>
        <source>世帯主の死亡</source>
        <translation>Chủ hộ qua đời</translation>
    </message>
    <message>
        <source>世帯主の転出</source>
        <translation>Chủ hộ chuyển đi</translation>
    </message>
    <message>
        <source>世帯主の変更（同居のまま）</source>
        <translation>Đổi chủ hộ (vẫn sống cùng)</translation>
    </message>
    <message>
        <source>変更があった日を入力してください。</source>
        <translation>Hãy nhập ngày thay đổi.</translation>
    </message>
    <message>
        <source>あなたは、どなたですか？</source>
        <translation>Bạn là ai?</translation>
    </message>
    <message>
        <source>新しい世帯主</source>
        <translation>Chủ hộ mới</translation>
    </message>
    <message>
        <source>世帯員</source>
        <translation>Thành viên trong hộ</translation>
    </message>
    <message>
        <source>続柄が変わる方を入力してください。</source>
        <translation>Hãy nhập những người có quan hệ thay đổi.</translation>
    </message>
    <message>
        <source>世帯員（続柄が変わる方）</source>
        <translation>Thành viên trong hộ (có quan hệ thay đổi)</translation>
    </message>
    <message>
        <source>変更前の続柄</source>
        <translation>Quan hệ trước</translation>
    </message>
    <message>
        <source>変更後の続柄</source>
        <translation>Quan hệ sau</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）は、あなたから見てどなたですか？</source>
        <translation>Người cần giấy chứng nhận (người nộp thuế) là ai đối với bạn?</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）の住所を入力してください。</source>
        <translation>Hãy nhập địa chỉ của người nộp thuế.</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）のお名前を入力してください。</source>
        <translation>Hãy nhập họ tên của người nộp thuế.</translation>
    </message>
    <message>
        <source>証明が必要な方（納税義務者）の生年月日を入力してください。</source>
        <translation>Hãy nhập ngày sinh của người nộp thuế.</translation>
    </message>
    <message>
        <source>何年度の証明が必要ですか？</source>
        <translation>Bạn cần giấy chứng nhận của năm tài chính nào?</translation>
    </message>
    <message>
        <source>令和N年度の証明は、令和N−1年中の所得の証明です（例：令和8年度 → 令和7年1月〜12月の所得）。</source>
        <translation>Giấy chứng nhận năm tài chính Reiwa N là chứng nhận thu nhập trong năm Reiwa N−1 (ví dụ: Reiwa 8 → thu nhập từ tháng 1 đến tháng 12 năm Reiwa 7).</translation>
    </message>
    <message>
        <source>所得証明書</source>
        <translation>Giấy chứng nhận thu nhập</translation>
    </message>
    <message>
        <source>課税（非課税）証明書</source>
        <translation>Giấy chứng nhận chịu thuế (miễn thuế)</translation>
    </message>
    <message>
        <source>所得課税証明書</source>
        <translation>Giấy chứng nhận thu nhập và thuế</translation>
    </message>
    <message>
        <source>納税証明書</source>
        <translation>Giấy chứng nhận nộp thuế</translation>
    </message>
    <message>
        <source>納税証明書（軽自動車の車検用）</source>
        <translation>Giấy chứng nhận nộp thuế (để kiểm định xe hạng nhẹ)</translation>
    </message>
    <message>
        <source>未納がない証明書</source>
        <translation>Giấy chứng nhận không nợ thuế</translation>
    </message>
    <message>
        <source>納税証明書の税目を選ぶか、入力してください。</source>
        <translation>Hãy chọn hoặc nhập loại thuế cho giấy chứng nhận nộp thuế.</translation>
    </message>
    <message>
        <source>車両番号を入力してください。</source>
        <translation>Hãy nhập biển số xe.</translation>
    </message>
    <message>
        <source>引越し</source>
        <translation>Chuyển nhà</translation>
    </message>
    <message>
        <source>引越した日はいつですか？</source>
        <translation>Bạn chuyển nhà ngày nào?</translation>
    </message>
    <message>
        <source>会社の健康保険に入っていない方（国民健康保険に入る方）はいますか？</source>
        <translation>Có ai không tham gia bảo hiểm y tế của công ty (sẽ tham gia Bảo hiểm Y tế Quốc dân) không?</translation>
    </message>
    <message>
        <source>マイナンバーカードをお持ちの方はいますか？</source>
        <translation>Có ai có thẻ My Number không?</translation>
    </message>
    <message>
        <source>印鑑登録が必要ですか？（前の市区町村の登録は転出で廃止されています）</source>
        <translation>Bạn có cần đăng ký con dấu không? (Đăng ký ở nơi cũ đã hết hiệu lực khi chuyển đi.)</translation>
    </message>
    <message>
        <source>国民健康保険に入っている方はいますか？</source>
        <translation>Có ai đang tham gia Bảo hiểm Y tế Quốc dân không?</translation>
    </message>
    <message>
        <source>引越す日（予定日）はいつですか？</source>
        <translation>Bạn chuyển nhà ngày nào (ngày dự định)?</translation>
    </message>
    <message>
        <source>印鑑登録をしている方はいますか？</source>
        <translation>Có ai đã đăng ký con dấu không?</translation>
    </message>
    <message>
        <source>お子さんが生まれた日はいつですか？</source>
        <translation>Em bé sinh ngày nào?</translation>
    </message>
    <message>
        <source>お子さんを扶養する方は、国民健康保険に入っていますか？</source>
        <translation>Người nuôi dưỡng em bé có tham gia Bảo hiểm Y tế Quốc dân không?</translation>
    </message>
    <message>
        <source>おくやみ</source>
        <translation>Người thân qua đời</translation>
    </message>
    <message>
        <source>結婚</source>
        <translation>Kết hôn</translation>
    </message>
    <message>
        <source>婚姻届を出す日（出した日）はいつですか？</source>
        <translation>Ngày nộp (đã nộp) đăng ký kết hôn là ngày nào?</translation>
    </message>
    <message>
        <source>結婚にともなって引越しますか？</source>
        <translation>Bạn có chuyển nhà do kết hôn không?</translation>
    </message>
    <message>
        <source>引越しなし</source>
        <translation>Không chuyển nhà</translation>
    </message>
    <message>
        <source>町内で引越し</source>
        <translation>Chuyển nhà trong thị trấn</translation>
    </message>
    <message>
        <source>町外から転入</source>
        <translation>Chuyển đến từ nơi khác</translation>
    </message>
    <message>
        <source>町外へ転出</source>
        <translation>Chuyển đi nơi khác</translation>
    </message>
    <message>
        <source>氏（名字）が変わる方はいますか？</source>
        <translation>Có ai đổi họ không?</translation>
    </message>
    <message>
        <source>健康保険は変わりますか？</source>
        <translation>Bảo hiểm y tế có thay đổi không?</translation>
    </message>
    <message>
        <source>変わらない</source>
        <translation>Không thay đổi</translation>
    </message>
    <message>
        <source>国民健康保険に入る</source>
        <translation>Tham gia Bảo hiểm Y tế Quốc dân</translation>
    </message>
    <message>
        <source>国民健康保険をやめる（配偶者の健康保険に入る）</source>
        <translation>Rời Bảo hiểm Y tế Quốc dân (tham gia bảo hiểm của vợ/chồng)</translation>
    </message>
    <message>
        <source>氏が変わる方は、印鑑登録をしていますか？</source>
        <translation>Người đổi họ có đăng ký con dấu không?</translation>
    </message>
    <message>
        <source>離婚</source>
        <translation>Ly hôn</translation>
    </message>
    <message>
        <source>離婚届を出す日（出した日）はいつですか？</source>
        <translation>Ngày nộp (đã nộp) đăng ký ly hôn là ngày nào?</translation>
    </message>
    <message>
        <source>離婚にともなって引越しますか？</source>
        <translation>Bạn có chuyển nhà do ly hôn không?</translation>
    </message>
    <message>
        <source>配偶者の健康保険から外れて、国民健康保険に入りますか？</source>
        <translation>Bạn có rời bảo hiểm của vợ/chồng để tham gia Bảo hiểm Y tế Quốc dân không?</translation>
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
        <source>ひらがなにする</source>
        <translation>Chuyển sang hiragana</translation>
    </message>
    <message>
        <source>ローマ字（A〜Z）にする</source>
        <translation>Chuyển sang chữ Latinh (A–Z)</translation>
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
        <source>言語 / Language</source>
        <translation>Ngôn ngữ / Language</translation>
    </message>
    <message>
        <source>表示する言語を選ぶ</source>
        <translation>Chọn ngôn ngữ hiển thị</translation>
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
    <name>LanguagePanel</name>
    <message>
        <source>言語を選んでください</source>
        <translation>Hãy chọn ngôn ngữ</translation>
    </message>
    <message>
        <source>もどる</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>言語を変えずにもどる</source>
        <translation>Quay lại mà không đổi ngôn ngữ</translation>
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
    <message numerus="yes">
        <source>あと%n秒</source>
        <translation>
            <numerusform>Còn %n giây</numerusform>
        </translation>
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
        <source>この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。</source>
        <translation>Máy này không in phiếu số thứ tự (không có máy in). Vui lòng chụp ảnh hoặc ghi lại số trên màn hình.</translation>
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
    <message>
        <source>もどる</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>前の画面にもどる</source>
        <translation>Quay lại màn hình trước</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>Hủy và quay lại màn hình đầu</translation>
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
        <source>前の画面にもどる</source>
        <translation>Quay lại màn hình trước</translation>
    </message>
    <message>
        <source>やめる</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>やめて最初の画面にもどる</source>
        <translation>Hủy và quay lại màn hình đầu</translation>
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
