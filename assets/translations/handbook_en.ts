<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../qml/components/ChangePinDialog.qml" line="+20"/>
        <location line="+78"/>
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
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="+16"/>
        <source>Sổ tay đảng viên</source>
        <translation>Party Member Handbook</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đã mở khóa</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tài liệu trên điện thoại này đang mở. Hãy bấm “Khóa” khi không dùng nữa.</source>
        <translation>The documents on this phone are open. Tap “Lock” when you are done.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kiểm tra bộ nhớ</source>
        <translation>Check storage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đổi mã PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Khóa</source>
        <translation>Lock</translation>
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
    <name>PinPad</name>
    <message>
        <location filename="../../qml/components/PinPad.qml" line="+15"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
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
        <location line="+203"/>
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
