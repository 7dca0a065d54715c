<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../qml/components/ChangePinDialog.qml" line="+20"/>
        <location line="+79"/>
        <source>Đổi mã PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Mã PIN hiện tại</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mã PIN mới (%1 đến %2 chữ số)</source>
        <translation>New PIN (%1 to %2 digits)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhập lại mã PIN mới</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mã PIN nhập lại không khớp</source>
        <translation>The PINs do not match</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/components/ConfirmDialog.qml" line="+26"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CreatePinPage</name>
    <message>
        <location filename="../../qml/pages/CreatePinPage.qml" line="+20"/>
        <source>Sổ tay đảng viên</source>
        <translation>Party Member Handbook</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nhập lại mã PIN</source>
        <translation>Enter the PIN again</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tạo mã PIN</source>
        <translation>Create a PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nhập lại đúng mã PIN vừa chọn để chắc chắn bạn nhớ nó.</source>
        <translation>Enter the PIN you just chose once more, to be sure you remember it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã PIN bảo vệ tài liệu trên điện thoại này: không có mã PIN thì không ai đọc được. Hãy chọn từ %1 đến %2 chữ số.</source>
        <translation>The PIN protects the documents on this phone: without it, nobody can read them. Choose %1 to %2 digits.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tiếp tục</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chọn lại mã PIN khác</source>
        <translation>Choose a different PIN</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../app/models/documentkind.cpp" line="+8"/>
        <source>Nghị quyết</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ thị</source>
        <translation>Directive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quy định</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hướng dẫn</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tài liệu sinh hoạt</source>
        <translation>Meeting material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <location filename="../../qml/components/DocumentRow.qml" line="+77"/>
        <source>Ngày %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã đọc</source>
        <translation>Read</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chưa đọc</source>
        <translation>Unread</translation>
    </message>
</context>
<context>
    <name>HomeController</name>
    <message>
        <location filename="../../app/controllers/homecontroller.cpp" line="+25"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đồng bộ lần cuối: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa đồng bộ lần nào</source>
        <translation>Not synced yet</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="+29"/>
        <source>Sổ tay đảng viên</source>
        <translation>Party Member Handbook</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · Còn %2 thay đổi chưa gửi</source>
        <translation>%1 · %2 changes not sent yet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Buổi sinh hoạt chi bộ sắp tới</source>
        <translation>Next cell meeting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chưa có lịch sinh hoạt mới.</source>
        <translation>No upcoming meeting.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thời gian: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Địa điểm: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tài liệu cần đọc trước (đã đọc %1/%2):</source>
        <translation>Read before the meeting (%1 of %2 read):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tài liệu mới</source>
        <translation>New documents</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chưa có tài liệu trên máy này. Tài liệu sẽ có sau khi đồng bộ.</source>
        <translation>No documents on this device yet. They arrive with the next sync.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tất cả tài liệu</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tìm tài liệu</source>
        <translation>Search documents</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kiểm tra bộ nhớ</source>
        <translation>Check storage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đổi mã PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khóa</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../app/controllers/librarycontroller.cpp" line="+43"/>
        <source>Mọi loại tài liệu</source>
        <translation>All kinds</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../qml/pages/LibraryPage.qml" line="+22"/>
        <source>Thư viện tài liệu</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+3"/>
        <source>Tìm tài liệu</source>
        <translation>Search documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Xóa</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loại tài liệu</source>
        <translation>Document kind</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tìm thấy %1 tài liệu</source>
        <translation>%1 documents found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tìm thấy tài liệu nào.</source>
        <translation>No documents found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tài liệu, %2 chưa đọc</source>
        <translation>%1 documents, %2 unread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tài liệu, %2 chưa đọc. Gõ vào ô trên để tìm, không dấu cũng được.</source>
        <translation>%1 documents, %2 unread. Type above to search; marks are optional.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+42"/>
        <source>Sổ tay đảng viên</source>
        <translation>Party Member Handbook</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../qml/components/PageHeader.qml" line="+35"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>‹ Quay lại</source>
        <translation>‹ Back</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../qml/components/PinPad.qml" line="+15"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Đã nhập %n chữ số</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xóa chữ số cuối</source>
        <translation>Delete the last digit</translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <location filename="../../app/controllers/readercontroller.cpp" line="+51"/>
        <source>Chưa đăng nhập: chưa ghi nhận được việc đọc tài liệu.</source>
        <translation>Not signed in: your reading could not be recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa ghi nhận được việc đọc tài liệu. Hãy thử lại.</source>
        <translation>Your reading could not be recorded. Please try again.</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../../qml/pages/ReaderPage.qml" line="+18"/>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Không tìm thấy tài liệu này trên máy.</source>
        <translation>This document is not on this device.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Số: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cơ quan ban hành: %1</source>
        <translation>Issued by: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ngày ban hành: %1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Bạn đã đọc tài liệu này</source>
        <translation>✓ You have read this document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bạn chưa đọc tài liệu này</source>
        <translation>You have not read this document yet</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Đánh dấu đã đọc</source>
        <translation>Mark as read</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../app/controllers/sessioncontroller.cpp" line="+56"/>
        <source>Không đọc được dữ liệu trên máy. Hãy thử “Kiểm tra bộ nhớ”.</source>
        <translation>Could not read the data on this device. Try “Check storage”.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/pages/UnlockPage.qml" line="+20"/>
        <source>Sổ tay đảng viên</source>
        <translation>Party Member Handbook</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nhập mã PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nhập mã PIN của bạn để mở tài liệu trên điện thoại này.</source>
        <translation>Enter your PIN to open the documents on this phone.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cảnh báo: sau lần nhập sai thứ %1, toàn bộ dữ liệu trên điện thoại này sẽ bị xóa.</source>
        <translation>Warning: after the %1th wrong PIN, all data on this phone will be erased.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Thử lại sau %n phút</source>
        <translation>
            <numerusform>Try again in %n minute</numerusform>
            <numerusform>Try again in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Thử lại sau %n giây</source>
        <translation>
            <numerusform>Try again in %n second</numerusform>
            <numerusform>Try again in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Quên mã PIN?</source>
        <translation>Forgot your PIN?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không thể khôi phục mã PIN. Bạn có thể xóa dữ liệu trên điện thoại này, sau đó đăng nhập và đồng bộ lại tài liệu từ máy chủ. Ghi chú chưa đồng bộ sẽ bị mất.</source>
        <translation>A PIN cannot be recovered. You can erase the data on this phone, then sign in and sync the documents from the server again. Notes that have not been synced will be lost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa dữ liệu</source>
        <translation>Erase data</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <location filename="../../app/storage/vaulterror.cpp" line="+36"/>
        <source>Chưa có dữ liệu trên máy này. Hãy tạo mã PIN.</source>
        <translation>There is no data on this device yet. Please create a PIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Máy này đã có mã PIN cho tài khoản này.</source>
        <translation>This device already has a PIN for this account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã PIN phải gồm từ 6 đến 12 chữ số.</source>
        <translation>The PIN must have 6 to 12 digits.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Mã PIN không đúng. Còn %n lần thử.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã PIN không đúng.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nhập sai quá nhiều lần. Vui lòng thử lại sau %n phút.</source>
        <translation>
            <numerusform>Too many wrong attempts. Please try again in %n minute.</numerusform>
            <numerusform>Too many wrong attempts. Please try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nhập sai quá nhiều lần. Vui lòng thử lại sau %n giây.</source>
        <translation>
            <numerusform>Too many wrong attempts. Please try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. Please try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập sai mã PIN 10 lần. Dữ liệu trên máy đã được xóa để bảo vệ tài liệu. Hãy đăng nhập lại.</source>
        <translation>A wrong PIN was entered 10 times. The data on this device was erased to protect the documents. Please sign in again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dữ liệu trên máy bị hỏng hoặc đã bị thay đổi. Hãy xóa dữ liệu và đồng bộ lại từ máy chủ.</source>
        <translation>The data on this device is damaged or was altered. Please erase it and sync again from the server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khóa bảo vệ dữ liệu bị hỏng, không thể mở dữ liệu. Hãy xóa dữ liệu và đăng nhập lại.</source>
        <translation>The key that protects the data is damaged, so the data cannot be opened. Please erase the data and sign in again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thư viện mã hóa không hoạt động. Ứng dụng từ chối mở dữ liệu.</source>
        <translation>The encryption library is not working. The app refuses to open the data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dữ liệu được tạo bởi phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng.</source>
        <translation>The data was written by a newer version of the app. Please update the app.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không ghi được dữ liệu lên máy (bộ nhớ đầy hoặc không có quyền).</source>
        <translation>Could not write data to the device (storage full or no permission).</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <location filename="../../app/controllers/vaultsession.cpp" line="+55"/>
        <source>Mã PIN nhập lại không khớp</source>
        <translation>The PINs do not match</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Bộ nhớ an toàn: dữ liệu đầy đủ và không bị thay đổi.</source>
        <translation>Storage is sound: the data is complete and unaltered.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Phát hiện %n lỗi trong bộ nhớ. Hãy báo cho cán bộ phụ trách.</source>
        <translation>
            <numerusform>Found %n problem in storage. Please tell the officer in charge.</numerusform>
            <numerusform>Found %n problems in storage. Please tell the officer in charge.</numerusform>
        </translation>
    </message>
</context>
</TS>
