<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>AccountController</name>
    <message>
        <location filename="../../app/session/accountcontroller.cpp" line="+99"/>
        <source>Chưa gửi: đang chờ đăng nhập với máy chủ; sẽ gửi sau khi đăng nhập.</source>
        <translation>Not sent yet: waiting for a sign-in with the server; it will be sent after signing in.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Mã máy chủ sau địa chỉ không đúng. Hãy quét lại mã QR trên phiếu hoặc chỉ nhập địa chỉ máy chủ.</source>
        <translation>The server code after the address is wrong. Scan the QR code on the slip again or enter only the server address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hãy nhập tên đăng nhập và mật khẩu.</source>
        <translation>Please enter your username and password.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Mã PIN nhập lại không khớp</source>
        <translation>The PINs do not match</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Hãy nhập mật khẩu cũ và mật khẩu mới.</source>
        <translation>Please enter the old and the new password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mật khẩu mới nhập lại không khớp.</source>
        <translation>The new passwords do not match.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mật khẩu mới cần ít nhất %1 ký tự.</source>
        <translation>The new password needs at least %1 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mật khẩu mới phải khác mật khẩu cũ.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Chưa xóa được dữ liệu của tài khoản trên máy này, nên tài khoản vẫn được giữ lại. Hãy thử đăng xuất lại; nếu vẫn không được, hãy khởi động lại ứng dụng rồi thử lại.</source>
        <translation>The account&apos;s data on this device could not be erased, so the account has been kept. Try signing out again; if it still fails, restart the app and try again.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Thiết bị này đã bị thu hồi: dữ liệu trên máy đã được xóa. Hãy đăng nhập lại.</source>
        <translation>This device has been revoked: the data on it has been deleted. Please sign in again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại để đồng bộ; dữ liệu trên máy vẫn được giữ.</source>
        <translation>Your session has expired. Please sign in again to sync; the data on this device is kept.</translation>
    </message>
</context>
<context>
    <name>AccountSignIn</name>
    <message>
        <location filename="../../app/sync/accountsignin.cpp" line="+204"/>
        <source>Tài khoản này đã ghi nhận một khóa gốc khác; khóa gốc không được đổi.</source>
        <translation>This account has pinned a different root key; a pinned root key is never changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khóa gốc không hợp lệ.</source>
        <translation>The root key is not valid.</translation>
    </message>
</context>
<context>
    <name>AccountSlipController</name>
    <message>
        <location filename="../../app/controllers/accountslipcontroller.cpp" line="+24"/>
        <source>Không nhận được mật khẩu tạm thời (mất kết nối khi máy chủ trả lời). Hãy đặt lại mật khẩu.</source>
        <translation>The temporary password was not received (the connection was lost while the server answered). Please reset the password.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Chưa đặt lại được mật khẩu: đồng chí này chưa có tài khoản trên máy này hoặc máy không lưu được.</source>
        <translation>The password could not be reset yet: this comrade has no account on this device yet, or the device could not save it.</translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>bí thư chi bộ</source>
        <translation>cell secretary</translation>
    </message>
    <message>
        <source>cấp ủy</source>
        <translation>committee</translation>
    </message>
    <message>
        <source>quản trị</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>đảng viên</source>
        <translation>member</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Bí thư chi bộ</source>
        <translation>Cell secretary</translation>
    </message>
    <message>
        <source>Chưa rõ tài khoản (hãy đồng bộ)</source>
        <translation>Account not known yet (please sync)</translation>
    </message>
    <message>
        <source>Chưa có tài khoản</source>
        <translation>No account yet</translation>
    </message>
    <message>
        <source>Tài khoản %1 đã bị khóa</source>
        <translation>Account %1 is locked</translation>
    </message>
    <message>
        <source>Tài khoản %1 (%2) · chưa đổi mật khẩu tạm thời</source>
        <translation>Account %1 (%2) · temporary password not changed yet</translation>
    </message>
    <message>
        <source>Tài khoản %1 (%2)</source>
        <translation>Account %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · đang chờ gửi lên máy chủ</source>
        <translation>%1 · waiting to be sent to the server</translation>
    </message>
    <message>
        <source>Đã thu hồi %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Thiết bị không tên</source>
        <translation>Unnamed device</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Thiết bị</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Chưa thấy dùng</source>
        <translation>Not seen in use yet</translation>
    </message>
    <message>
        <source>Dùng lần cuối lúc %1</source>
        <translation>Last used at %1</translation>
    </message>
    <message>
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Thu hồi thiết bị</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <source>Máy chủ không chấp nhận thay đổi này.</source>
        <translation>The server did not accept this change.</translation>
    </message>
    <message>
        <source>%1: máy chủ không nhận. %2</source>
        <translation>%1: the server refused. %2</translation>
    </message>
    <message>
        <source>%1 cho đồng chí %2: máy chủ không nhận. %3</source>
        <translation>%1 for comrade %2: the server refused. %3</translation>
    </message>
    <message>
        <source>Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các dấu . _ @ - (tối đa 64 ký tự), và vai trò phải là đảng viên hoặc bí thư chi bộ.</source>
        <translation>A login has only letters without accents, digits and . _ @ - (at most 64 characters), and the role must be member or cell secretary.</translation>
    </message>
    <message>
        <source>Thông tin chưa đúng. Hãy kiểm tra lại.</source>
        <translation>Something is not right. Please check again.</translation>
    </message>
    <message>
        <source>Đồng chí này đã có tài khoản.</source>
        <translation>This comrade already has an account.</translation>
    </message>
    <message>
        <source>Đồng chí này chưa có tài khoản, hoặc máy chủ chưa xác nhận tài khoản vừa tạo.</source>
        <translation>This comrade has no account yet, or the server has not confirmed the account just created.</translation>
    </message>
    <message>
        <source>Không còn thấy thiết bị này trên máy. Hãy đồng bộ rồi thử lại.</source>
        <translation>This device is no longer on this device's list. Please sync and try again.</translation>
    </message>
    <message>
        <source>Không còn thấy đồng chí này trên máy. Hãy đồng bộ rồi thử lại.</source>
        <translation>This comrade is no longer on this device. Please sync and try again.</translation>
    </message>
    <message>
        <source>Chưa ghi lại được trên máy. Hãy thử lại.</source>
        <translation>Could not save it on this device. Please try again.</translation>
    </message>
    <message>
        <source>Chưa làm được việc này. Hãy thử lại.</source>
        <translation>This could not be done. Please try again.</translation>
    </message>
    <message>
        <source>Chỉ cán bộ cấp ủy mới quản lý được tài khoản.</source>
        <translation>Only committee officials can manage accounts.</translation>
    </message>
    <message>
        <source>Đã ghi lại yêu cầu tạo tài khoản. Khi máy chủ nhận, mật khẩu tạm thời hiện ra ở trang này để ghi lại và in phiếu.</source>
        <translation>The new account is recorded. When the server accepts it, the temporary password appears on this page to write down and print.</translation>
    </message>
    <message>
        <source>Đã ghi lại yêu cầu đặt lại mật khẩu. Khi máy chủ nhận, mật khẩu tạm thời mới hiện ra ở trang này.</source>
        <translation>The password reset is recorded. When the server accepts it, the new temporary password appears on this page.</translation>
    </message>
    <message>
        <source>Đã ghi lại việc thu hồi thiết bị. Khi máy chủ nhận, thiết bị bị xóa dữ liệu Sổ tay ở lần kết nối tới.</source>
        <translation>The revocation is recorded. When the server accepts it, the device's Handbook data is erased the next time it connects.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Không tìm thấy thư mục để lưu phiếu.</source>
        <translation>No folder was found to save the slip in.</translation>
    </message>
    <message>
        <source>Đã lưu phiếu vào %1</source>
        <translation>Slip saved to %1</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Đã xem</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Mật khẩu tạm thời</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Đồng chí %1</source>
        <translation>Comrade %1</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Mật khẩu tạm thời (đổi ngay ở lần đăng nhập đầu)</source>
        <translation>Temporary password (to be changed at the first sign-in)</translation>
    </message>
    <message>
        <source>Mã QR của máy chủ</source>
        <translation>QR code of the server</translation>
    </message>
    <message>
        <source>Ở trang đăng nhập, điện thoại của đồng chí quét mã này để điền địa chỉ máy chủ (%1).</source>
        <translation>On the sign-in page, the comrade's phone scans this code to fill in the server address (%1).</translation>
    </message>
    <message>
        <source>Mật khẩu chỉ hiện một lần. Hãy ghi lại hoặc in phiếu để trao tận tay đồng chí.</source>
        <translation>The password is shown only once. Write it down or print the slip and hand it to the comrade in person.</translation>
    </message>
    <message>
        <source>In phiếu</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Đã ghi lại</source>
        <translation>Written down</translation>
    </message>
    <message>
        <source>Tìm đảng viên trong đơn vị để tạo tài khoản, đặt lại mật khẩu hoặc thu hồi thiết bị bị mất. Gõ tên, không dấu cũng được.</source>
        <translation>Find a member of your units to create an account, reset a password or revoke a lost device. Type the name; accents are optional.</translation>
    </message>
    <message>
        <source>Chỉ cán bộ cấp ủy mới quản lý được tài khoản.</source>
        <translation>Only committee officials can manage accounts.</translation>
    </message>
    <message>
        <source>Tìm theo tên</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>Có %1 người; đây là %2 người đầu. Hãy gõ thêm tên để tìm.</source>
        <translation>%1 people match; these are the first %2. Type more of the name to narrow it down.</translation>
    </message>
    <message>
        <source>Không tìm thấy đảng viên nào có tên này trong đơn vị.</source>
        <translation>No member of your units has this name.</translation>
    </message>
    <message>
        <source>Chưa có danh sách đảng viên trên máy. Hãy đồng bộ rồi xem lại.</source>
        <translation>There is no member list on this device yet. Please sync and look again.</translation>
    </message>
    <message>
        <source>Chọn một đảng viên trong danh sách.</source>
        <translation>Choose a member from the list.</translation>
    </message>
    <message>
        <source>Tên đăng nhập (chữ không dấu, số, dấu chấm)</source>
        <translation>Login (letters without accents, digits, dots)</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Thiết bị</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Chưa dùng Sổ tay trên thiết bị nào.</source>
        <translation>Has not used the Handbook on any device.</translation>
    </message>
    <message>
        <source>Thu hồi (mất điện thoại)</source>
        <translation>Revoke (lost phone)</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu?</source>
        <translation>Reset the password?</translation>
    </message>
    <message>
        <source>Đồng chí %1 sẽ bị đăng xuất trên mọi thiết bị và đăng nhập lại bằng mật khẩu tạm thời mới. Mật khẩu mới hiện ra ở trang này khi máy chủ nhận.</source>
        <translation>Comrade %1 will be signed out on every device and sign in again with a new temporary password. The new password appears on this page when the server accepts it.</translation>
    </message>
    <message>
        <source>Đặt lại</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Thu hồi thiết bị?</source>
        <translation>Revoke the device?</translation>
    </message>
    <message>
        <source>%1 sẽ bị xóa dữ liệu Sổ tay ở lần kết nối tới và không dùng được tài khoản này nữa. Làm khi điện thoại bị mất hoặc không còn dùng.</source>
        <translation>%1 will have its Handbook data erased the next time it connects and can no longer use this account. Do this when the phone is lost or no longer used.</translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation>Revoke</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../app/session/appsettings.cpp" line="+89"/>
        <source>Ngay lập tức</source>
        <translation>Immediately</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sau %n phút</source>
        <translation>
            <numerusform>After %n minute</numerusform>
            <numerusform>After %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalController</name>
    <message>
        <location filename="../../app/controllers/approvalcontroller.cpp" line="+71"/>
        <source>Máy này chưa có khóa ký của đồng chí. Hãy tạo khóa ký và nhờ cán bộ quản trị chứng thực trước khi ký ban hành.</source>
        <translation>This device has no signing key of yours. Make a signing key and have the administrator certify it before signing and publishing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Khóa ký của đồng chí chưa được chứng thực. Hãy gọi cán bộ quản trị và đọc mã khóa trong mục “Khóa ký của tôi”.</source>
        <translation>Your signing key is not certified yet. Call the administrator and read out the key&apos;s code from “My signing key”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khóa ký của đồng chí đã bị thu hồi, không ký được nữa.</source>
        <translation>Your signing key has been revoked and can no longer sign.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chứng thực khóa ký của đồng chí đã hết hạn. Hãy liên hệ cán bộ quản trị để gia hạn.</source>
        <translation>Your signing key&apos;s certification has expired. Contact the administrator to renew it.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Xin ghi rõ lý do trả lại để người soạn biết cần sửa gì.</source>
        <translation>Please give the reason for returning it, so the author knows what to change.</translation>
    </message>
    <message>
        <location filename="../../app/sync/actionerrors.cpp" line="+84"/>
        <source>Chưa đăng nhập: chưa ghi lại được thao tác.</source>
        <translation>Not signed in: the action could not be recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ cán bộ cấp ủy mới làm được việc này.</source>
        <translation>Only Party committee staff can do this.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không tìm thấy văn bản này trên máy. Hãy đồng bộ rồi thử lại.</source>
        <translation>This document is not on this device. Sync, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xin ghi rõ lý do (không quá 1.000 ký tự).</source>
        <translation>Please give the reason (at most 1,000 characters).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dự thảo này không còn chờ duyệt (đã được trả lại, đã ban hành hoặc đang được sửa).</source>
        <translation>This draft is no longer waiting for approval (it was returned, published or is being changed).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Máy này chưa có khóa ký. Hãy tạo khóa ký trong mục “Khóa ký của tôi”.</source>
        <translation>This device has no signing key. Make one in “My signing key”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa ghi lại được thao tác trên máy. Hãy thử lại.</source>
        <translation>The action could not be recorded on this device. Please try again.</translation>
    </message>
</context>
<context>
    <name>ApprovalPanel</name>
    <message>
        <location filename="../../qml/components/ApprovalPanel.qml" line="+47"/>
        <source>Đã ký. Văn bản đang chờ gửi lên máy chủ để ban hành; khi máy chủ xác nhận, đảng viên sẽ nhận được.</source>
        <translation>Signed. The document is waiting to be sent to the server for publication; once the server confirms it, Party members receive it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã trả lại dự thảo. Thao tác đang chờ gửi lên máy chủ.</source>
        <translation>Draft returned. The action is waiting to be sent to the server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Văn bản đã được ban hành.</source>
        <translation>The document has been published.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dự thảo đã được trả lại. Lý do: %1</source>
        <translation>The draft was returned. Reason: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đồng chí là người soạn dự thảo này: theo quy định, một đồng chí khác trong cấp ủy sẽ duyệt và ký. Chỉ khi cấp ủy được phép một người duyệt, đồng chí mới tự ký ban hành được; nếu không, máy chủ sẽ từ chối và thông báo trong mục thay đổi chưa được chấp nhận.</source>
        <translation>You wrote this draft: by the rules, another member of the committee approves and signs it. Only if your committee is allowed single-person approval can you sign and publish it yourself; otherwise the server refuses and says so among the changes not accepted.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mở “Khóa ký của tôi”</source>
        <translation>Open “My signing key”</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+70"/>
        <location line="+44"/>
        <source>Ký và ban hành</source>
        <translation>Sign and publish</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+48"/>
        <source>Trả lại</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Trả lại dự thảo</source>
        <translation>Return the draft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lý do trả lại (người soạn sẽ đọc để sửa)</source>
        <translation>Reason for returning (the author reads it to make changes)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+60"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Văn bản “%1” sẽ được ký bằng khóa ký của đồng chí và gửi tới đảng viên. Xin nhập mã PIN để xác nhận.</source>
        <translation>The document “%1” will be signed with your signing key and sent to Party members. Enter your PIN to confirm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <location filename="../../qml/components/AttachmentRow.qml" line="+42"/>
        <source>Tệp PDF · %1</source>
        <translation>PDF file · %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ứng dụng chỉ mở được tệp PDF.</source>
        <translation>The app can only open PDF files.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang tải tệp…</source>
        <translation>Downloading file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa tải về — sẽ tải khi có mạng</source>
        <translation>Not downloaded yet — it will download when online</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Xem tệp</source>
        <translation>View file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tải về để xem (cần mạng)</source>
        <translation>Download to view (needs internet)</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../qml/pages/AttendancePage.qml" line="+17"/>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Có mặt %1 · Vắng %2 · Chưa điểm danh %3</source>
        <translation>Present %1 · Absent %2 · Not yet marked %3</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Không tìm thấy buổi sinh hoạt này trên máy.</source>
        <translation>This meeting is not on this device.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chưa điểm danh được: chỉ điểm danh từ 1 giờ trước giờ họp, và không điểm danh buổi sinh hoạt đã hủy.</source>
        <translation>Attendance cannot be taken yet: only from 1 hour before the meeting, and never for a cancelled meeting.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Những người còn lại: có mặt</source>
        <translation>Everyone else: present</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Đã báo vắng: %1</source>
        <translation>Reported absent: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã báo sẽ tham dự</source>
        <translation>Said they will attend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa báo trước</source>
        <translation>No notice given</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · chưa gửi</source>
        <translation>%1 · not sent yet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Điểm danh %1</source>
        <translation>Take attendance for %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>CellController</name>
    <message>
        <location filename="../../app/sync/actionerrors.cpp" line="-77"/>
        <source>Chưa đăng nhập: chưa ghi lại được thay đổi.</source>
        <translation>Not signed in: the change could not be saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không tìm thấy trên máy. Hãy đồng bộ rồi thử lại.</source>
        <translation>Not found on this device. Please sync and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buổi sinh hoạt đã diễn ra hoặc đã bị hủy.</source>
        <translation>The meeting has already taken place or has been cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thời gian họp phải sau thời điểm hiện tại.</source>
        <translation>The meeting time must be later than now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa đến giờ họp: chỉ điểm danh được từ 1 giờ trước khi họp.</source>
        <translation>It is not meeting time yet: attendance can only be taken from 1 hour before the meeting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thông tin chưa đầy đủ hoặc chưa đúng. Xin kiểm tra lại.</source>
        <translation>Some information is missing or wrong. Please check again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa ghi lại được thay đổi trên máy. Hãy thử lại.</source>
        <translation>The change could not be saved on this device. Please try again.</translation>
    </message>
    <message>
        <location filename="../../app/controllers/cellcontroller.cpp" line="+64"/>
        <source>Không gắn với buổi sinh hoạt nào</source>
        <translation>Not for a particular meeting</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CellReviewsController</name>
    <message>
        <source>Kiểm điểm, đánh giá, xếp loại đảng viên năm %1</source>
        <translation>Annual review and rating of Party members, %1</translation>
    </message>
    <message>
        <source>Hạn nộp bản kiểm điểm: %1</source>
        <translation>Self-reviews due: %1</translation>
    </message>
    <message>
        <source>Hạn xếp loại: %1</source>
        <translation>Ratings due: %1</translation>
    </message>
    <message>
        <source>đã kết thúc</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>đảng viên</source>
        <translation>a member</translation>
    </message>
    <message>
        <source>Đã nộp %1/%2 bản kiểm điểm</source>
        <translation>%1/%2 self-reviews submitted</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Đề xuất xếp loại cho đồng chí %1 không được máy chủ nhận. %2</source>
        <translation>The server did not accept the proposed rating for %1. %2</translation>
    </message>
    <message>
        <source>Chưa nộp (%1): %2</source>
        <translation>Not submitted (%1): %2</translation>
    </message>
</context>
<context>
    <name>CellReviewsPage</name>
    <message>
        <source>Kiểm điểm, xếp loại</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <source>Chưa có đợt kiểm điểm nào trên máy này. Đợt kiểm điểm sẽ có sau khi cấp ủy mở đợt và máy đồng bộ.</source>
        <translation>There is no annual review on this device yet. It appears once the committee opens one and the device syncs.</translation>
    </message>
    <message>
        <source>Tiến độ nộp bản kiểm điểm</source>
        <translation>Self-reviews submitted</translation>
    </message>
    <message>
        <source>Chi bộ đã đề xuất %1/%2</source>
        <translation>The cell has proposed %1/%2</translation>
    </message>
    <message>
        <source>Đã xem</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Sau cuộc họp chi bộ, chọn mức xếp loại chi bộ đề xuất cho từng đồng chí. Có thể sửa đề xuất cho đến khi cấp ủy quyết định.</source>
        <translation>After the cell's meeting, choose the rating the cell proposes for each member. A proposal can be changed until the committee decides.</translation>
    </message>
    <message>
        <source>Tự xếp loại: %1</source>
        <translation>Self-rating: %1</translation>
    </message>
    <message>
        <source>Chi bộ đề xuất: %1</source>
        <translation>Cell's proposal: %1</translation>
    </message>
    <message>
        <source>Chi bộ chưa đề xuất</source>
        <translation>The cell has not proposed yet</translation>
    </message>
    <message>
        <source>Nhận xét: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>Cấp ủy quyết định: %1</source>
        <translation>Committee's decision: %1</translation>
    </message>
    <message>
        <source>Đọc bản kiểm điểm</source>
        <translation>Read the self-review</translation>
    </message>
    <message>
        <source>Bản kiểm điểm</source>
        <translation>Self-review</translation>
    </message>
    <message>
        <source>Không tìm thấy bản kiểm điểm này trên máy.</source>
        <translation>This self-review is not on this device.</translation>
    </message>
    <message>
        <source>Đề xuất của chi bộ</source>
        <translation>The cell's proposal</translation>
    </message>
    <message>
        <source>Cấp ủy đã quyết định: %1. Không sửa được đề xuất nữa.</source>
        <translation>The committee has decided: %1. The proposal can no longer be changed.</translation>
    </message>
    <message>
        <source>Nhận xét của chi bộ (không bắt buộc)</source>
        <translation>The cell's comment (optional)</translation>
    </message>
    <message>
        <source>Chọn mức xếp loại chi bộ đề xuất; nhận xét được gửi kèm.</source>
        <translation>Choose the rating the cell proposes; the comment is sent with it.</translation>
    </message>
    <message>
        <source>Đang chờ gửi lên máy chủ</source>
        <translation>Waiting to be sent to the server</translation>
    </message>
</context>
<context>
    <name>ChangePasswordPage</name>
    <message>
        <location filename="../../qml/pages/ChangePasswordPage.qml" line="+20"/>
        <location line="+58"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Đây là lần đăng nhập đầu tiên: hãy đặt mật khẩu mới của riêng đồng chí (ít nhất 8 ký tự).</source>
        <translation>This is your first sign-in: please set a new password of your own (at least 8 characters).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mật khẩu hiện tại</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nhập lại mật khẩu mới</source>
        <translation>New password again</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../qml/components/ChangePinDialog.qml" line="+20"/>
        <location line="+73"/>
        <source>Đổi mã PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location line="-44"/>
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
        <location line="+24"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../qml/pages/ChooseFilePage.qml" line="+21"/>
        <source>Chọn tệp PDF hoặc văn bản</source>
        <translation>Choose a PDF or text file</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Chạm vào tệp cần chia sẻ. Chạm vào thư mục để mở.</source>
        <translation>Tap the file to share. Tap a folder to open it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tài liệu</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tải về</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư mục nhà</source>
        <translation>Home folder</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Thư mục: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Lên thư mục trên</source>
        <translation>Up to the parent folder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>↑ Lên thư mục trên</source>
        <translation>↑ Up to the parent folder</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Tệp %1</source>
        <translation>%1 file</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Thư mục này không có tệp PDF hoặc văn bản.</source>
        <translation>This folder has no PDF or text files.</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>Thư mục · chạm để mở</source>
        <translation>Folder · tap to open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · sửa ngày %3</source>
        <translation>%1 · %2 · modified %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp PDF</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp văn bản</source>
        <translation>Text file</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/components/ConfirmDialog.qml" line="+22"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../app/controllers/contacteditor.cpp" line="+81"/>
        <source>Chưa có thay đổi nào để lưu.</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hãy sửa những chỗ ghi màu đỏ rồi lưu lại.</source>
        <translation>Please correct the items marked in red, then save.</translation>
    </message>
    <message>
        <location filename="../../app/sync/actionerrors.cpp" line="+21"/>
        <source>Chưa đăng nhập: chưa lưu được thay đổi.</source>
        <translation>Not signed in: the change could not be saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hồ sơ của đồng chí chưa có trên máy. Hãy đồng bộ rồi thử lại.</source>
        <translation>Your profile is not on this device yet. Please sync and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa lưu được thay đổi. Hãy thử lại.</source>
        <translation>The changes could not be saved. Please try again.</translation>
    </message>
</context>
<context>
    <name>CreatePinPage</name>
    <message>
        <location filename="../../qml/pages/CreatePinPage.qml" line="+26"/>
        <source>Sổ tay đảng viên</source>
        <translation>Party Member Handbook</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nhập mã PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập lại mã PIN</source>
        <translation>Enter the PIN again</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tạo mã PIN</source>
        <translation>Create a PIN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đang mở kho dữ liệu mã hóa…</source>
        <translation>Opening the encrypted data store…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhập lại đúng mã PIN vừa chọn để chắc chắn đồng chí nhớ nó.</source>
        <translation>Enter the PIN you just chose once more, to be sure you remember it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã PIN bảo vệ tài liệu trên điện thoại này: không có mã PIN thì không ai đọc được. Hãy chọn từ %1 đến %2 chữ số, không phải ngày sinh hay dãy số dễ đoán.</source>
        <translation>The PIN protects the documents on this phone: without it, nobody can read them. Choose %1 to %2 digits, not a birth date or an easy sequence.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Máy này vẫn giữ dữ liệu của tài khoản: nhập mã PIN đang dùng.</source>
        <translation>This device still holds the account&apos;s data: enter your current PIN.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tiếp tục</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Chọn lại mã PIN khác</source>
        <translation>Choose a different PIN</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../qml/pages/DirectoryPage.qml" line="+26"/>
        <source>Hồ sơ đảng viên</source>
        <translation>Party member profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Danh sách chi bộ</source>
        <translation>Party cell list</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tìm thấy %1 trong %2 đảng viên</source>
        <translation>Found %1 of %2 Party members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 đảng viên</source>
        <translation>%1 · %2 Party members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 đảng viên. Gõ tên vào ô dưới để tìm, không dấu cũng được.</source>
        <translation>%1 · %2 Party members. Type a name in the box below to search; accents are not needed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Tìm theo tên</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Thống kê</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chờ duyệt (%1)</source>
        <translation>Awaiting approval (%1)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (tôi)</source>
        <translation>%1 (me)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../app/models/documentkind.cpp" line="+10"/>
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
    <name>DocumentPickRow</name>
    <message>
        <location filename="../../qml/components/DocumentPickRow.qml" line="+17"/>
        <source>Chạm để chọn</source>
        <translation>Tap to choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Đã chọn · chạm để bỏ</source>
        <translation>✓ Selected · tap to remove</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../qml/components/DocumentPreview.qml" line="+37"/>
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
        <location line="+33"/>
        <source>Tệp đính kèm (%1)</source>
        <translation>Attachments (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <location filename="../../qml/components/DocumentRow.qml" line="+98"/>
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
    <name>DraftDetail</name>
    <message>
        <location filename="../../qml/components/DraftDetail.qml" line="+34"/>
        <source>%1 · đang chờ gửi lên máy chủ</source>
        <translation>%1 · waiting to be sent to the server</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Người soạn: %1</source>
        <translation>Drafted by: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bị trả lại: %1</source>
        <translation>Returned: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sửa văn bản</source>
        <translation>Edit the document</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gửi duyệt</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yêu cầu học tập văn bản này</source>
        <translation>Ask to study this document</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Xem trước: đảng viên sẽ đọc như sau</source>
        <translation>Preview: members will read it like this</translation>
    </message>
</context>
<context>
    <name>DraftEditorController</name>
    <message>
        <location filename="../../app/controllers/drafteditorcontroller.cpp" line="+121"/>
        <source>Lưu hành nội bộ</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công khai</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mật: chỉ đọc khi có mạng, không lưu trên máy</source>
        <translation>Confidential: read only online, never stored on the device</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Không mở được tệp này.</source>
        <translation>This file cannot be opened.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tệp quá lớn: tối đa %1.</source>
        <translation>The file is too large: at most %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp này trống.</source>
        <translation>This file is empty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+71"/>
        <source>Một văn bản có tối đa %1 tệp đính kèm.</source>
        <translation>A document has at most %1 attachments.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>tệp đính kèm</source>
        <translation>attachment</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 quá dài: %2 ký tự, tối đa %3 ký tự.</source>
        <translation>%1 is too long: %2 characters, at most %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xin nhập tên văn bản.</source>
        <translation>Please enter the title of the document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xin chọn loại văn bản.</source>
        <translation>Please choose the kind of document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xin chọn nơi nhận văn bản.</source>
        <translation>Please choose who receives the document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày ban hành chưa đúng: xin ghi ngày/tháng/năm, ví dụ 25/12/2026.</source>
        <translation>The date of issue is not valid: please write day/month/year, for example 25/12/2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên văn bản</source>
        <translation>The title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số hiệu</source>
        <translation>The number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ quan ban hành</source>
        <translation>The issuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trích yếu</source>
        <translation>The summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nội dung</source>
        <translation>The text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Văn bản quá lớn để gửi một lần (tối đa %1). Xin đưa phần dài vào tệp PDF đính kèm.</source>
        <translation>The document is too large to send at once (at most %1). Please put the long part in an attached PDF.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Văn bản đang chờ duyệt hoặc đã ban hành: không sửa được nữa.</source>
        <translation>The document is waiting for approval or published: it can no longer be changed.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Xin ghi ngày ban hành trước khi gửi duyệt.</source>
        <translation>Please write the date of issue before submitting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Văn bản cần có nội dung hoặc tệp đính kèm trước khi gửi duyệt.</source>
        <translation>The document needs a text or an attachment before it is submitted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Văn bản đang chờ duyệt hoặc đã ban hành.</source>
        <translation>The document is waiting for approval or published.</translation>
    </message>
</context>
<context>
    <name>DraftEditorPage</name>
    <message>
        <location filename="../../qml/pages/DraftEditorPage.qml" line="+33"/>
        <source>Sửa văn bản</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soạn văn bản mới</source>
        <translation>New document</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Văn bản bị trả lại: %1</source>
        <translation>The document was returned: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Văn bản đang chờ duyệt hoặc đã ban hành: không sửa được nữa.</source>
        <translation>The document is waiting for approval or published: it can no longer be changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Loại văn bản</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Số hiệu (ví dụ 12-NQ/TU)</source>
        <translation>Number (for example 12-NQ/TU)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tên văn bản</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ngày ban hành (ngày/tháng/năm)</source>
        <translation>Date of issue (day/month/year)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trích yếu (không bắt buộc)</source>
        <translation>Summary (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Độ mật</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa chọn</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chọn nơi nhận</source>
        <translation>Choose the recipients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2, chưa lưu)</source>
        <translation>%1 (%2, not saved yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ tệp %1</source>
        <translation>Remove the file %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tệp PDF hoặc tệp khác, tối đa %1 mỗi tệp. Tệp được giữ an toàn trên máy và gửi lên khi có mạng.</source>
        <translation>PDF or other files, at most %1 each. The files are kept safely on the device and sent when there is a connection.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thêm tệp đính kèm</source>
        <translation>Add an attachment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buổi sinh hoạt (không bắt buộc)</source>
        <translation>Cell meeting (optional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buổi sinh hoạt</source>
        <translation>Cell meeting</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gửi duyệt</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chọn tệp đính kèm</source>
        <translation>Choose an attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư mục này không có tệp nào.</source>
        <translation>This folder has no files.</translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <location filename="../../app/models/draftlistmodel.cpp" line="+30"/>
        <source>Chờ duyệt</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bị trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã ban hành</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang soạn</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(Chưa có tên)</source>
        <translation>(No title yet)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cập nhật %1</source>
        <translation>Updated %1</translation>
    </message>
</context>
<context>
    <name>EditContactPage</name>
    <message>
        <location filename="../../qml/pages/EditContactPage.qml" line="+16"/>
        <source>Sửa liên hệ</source>
        <translation>Edit contact details</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đồng chí tự sửa được số điện thoại, email và nơi ở hiện nay. Không cần có mạng: thay đổi được gửi đi khi đồng bộ.</source>
        <translation>You can edit your phone number, email and current address yourself. No connection is needed: changes are sent when you sync.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 chữ số bắt đầu bằng 0, hoặc +84. Ví dụ 0912 345 678.</source>
        <translation>10 digits starting with 0, or +84. For example 0912 345 678.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Để trống nếu không dùng email.</source>
        <translation>Leave blank if you do not use email.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nơi ở hiện nay</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lưu thay đổi</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FeedbackController</name>
    <message>
        <location filename="../../app/controllers/feedbackcontroller.cpp" line="+53"/>
        <source>Tôi</source>
        <translation>You</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đảng viên trong chi bộ</source>
        <translation>Party members in the cell</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Xin viết nội dung góp ý.</source>
        <translation>Please write your feedback.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Góp ý quá dài (tối đa %1 ký tự).</source>
        <translation>The feedback is too long (at most %1 characters).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Xin viết nội dung trả lời.</source>
        <translation>Please write the reply.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../qml/pages/FeedbackPage.qml" line="+32"/>
        <source>Góp ý với chi bộ</source>
        <translation>Feedback to the Party cell</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gửi ý kiến tới chi bộ</source>
        <translation>Send feedback to the Party cell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Câu hỏi hoặc đề xuất của đồng chí</source>
        <translation>Your question or suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viết nội dung ở đây</source>
        <translation>Write your message here</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gửi góp ý</source>
        <translation>Send feedback</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Góp ý của đảng viên</source>
        <translation>Feedback from Party members</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Góp ý của đồng chí</source>
        <translation>Your feedback</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Góp ý này chưa được gửi. Đồng chí xem lại rồi bấm “Gửi góp ý”.</source>
        <translation>This feedback has not been sent. Check it, then press “Send feedback”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chưa có góp ý nào. Câu hỏi, đề xuất của đảng viên trong chi bộ sẽ hiện ở đây để đồng chí trả lời.</source>
        <translation>No feedback yet. Questions and suggestions from the cell&apos;s Party members will appear here for you to answer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có góp ý nào. Câu hỏi, đề xuất đồng chí gửi và trả lời của bí thư chi bộ sẽ hiện ở đây.</source>
        <translation>No feedback yet. The questions and suggestions you send and the cell secretary&apos;s answers will appear here.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đang gửi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 · %2 · đang chờ gửi</source>
        <translation>%1 · %2 · waiting to be sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · đã gửi</source>
        <translation>%1 · %2 · sent</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trả lời của %1 · đang chờ gửi</source>
        <translation>Reply from %1 · waiting to be sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả lời của %1 · %2</source>
        <translation>Reply from %1 · %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chưa có trả lời.</source>
        <translation>No reply yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trả lời</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trả lời góp ý</source>
        <translation>Reply to feedback</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nội dung trả lời</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gửi trả lời</source>
        <translation>Send reply</translation>
    </message>
</context>
<context>
    <name>FilePlaces</name>
    <message>
        <location filename="../../app/controllers/fileplaces.cpp" line="+47"/>
        <source>Tài liệu</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tải về</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thư mục nhà</source>
        <translation>Home folder</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../qml/pages/FollowUpPage.qml" line="+22"/>
        <source>Theo dõi chuẩn bị</source>
        <translation>Preparation tracking</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Không tìm thấy buổi sinh hoạt này trên máy.</source>
        <translation>This meeting is not on this device.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Theo dữ liệu của lần đồng bộ gần nhất.</source>
        <translation>As of the last sync.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tham dự</source>
        <translation>Attending</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đọc tài liệu (%1)</source>
        <translation>Document reading (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sẽ tham dự: %1</source>
        <translation>Will attend: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Báo vắng: %1</source>
        <translation>Absent: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chưa trả lời: %1</source>
        <translation>Not yet replied: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đảng viên trong chi bộ (%1)</source>
        <translation>Party members of the cell (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tất cả (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sẽ dự (%1)</source>
        <translation>Attending (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vắng (%1)</source>
        <translation>Absent (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa trả lời (%1)</source>
        <translation>No answer (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · Lý do: %2</source>
        <translation>%1 · Reason: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tài liệu cần đọc trước</source>
        <translation>Documents to read beforehand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buổi sinh hoạt không có tài liệu cần đọc trước.</source>
        <translation>The meeting has no documents to read beforehand.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Đã đọc %1/%2</source>
        <translation>Read %1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa đọc (%1)</source>
        <translation>Unread (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã đọc (%1)</source>
        <translation>Read (%1)</translation>
    </message>
</context>
<context>
    <name>HomeController</name>
    <message>
        <location filename="../../app/controllers/homecontroller.cpp" line="+33"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../qml/pages/HomePage.qml" line="+118"/>
        <source>Sổ tay đảng viên</source>
        <translation>Party Member Handbook</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+4"/>
        <source>Tìm tài liệu…</source>
        <translation>Search documents…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Thay đổi không được chấp nhận</source>
        <translation>Change not accepted</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lý do: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã hiểu</source>
        <translation>Understood</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Buổi sinh hoạt chi bộ sắp tới</source>
        <translation>Next cell meeting</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chưa có lịch sinh hoạt mới.</source>
        <translation>No upcoming meeting.</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Thời gian: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Địa điểm: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Mở buổi sinh hoạt %1</source>
        <translation>Open the meeting %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Đồng chí đã báo: sẽ tham dự.</source>
        <translation>You have said you will attend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng chí đã báo vắng mặt. Lý do: %1</source>
        <translation>You have said you will be absent. Reason: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng chí sẽ tham dự chứ?</source>
        <translation>Will you attend?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng chí đã không báo tham dự.</source>
        <translation>You did not say whether you would attend.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✓ Đã gửi tới bí thư.</source>
        <translation>✓ Sent to the secretary.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Xem chi tiết buổi sinh hoạt</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Chưa đọc tài liệu trước buổi sinh hoạt: %1 đảng viên</source>
        <translation>Not yet read the meeting documents: %1 members</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Tôi sẽ tham dự</source>
        <translation>I will attend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sửa lý do vắng mặt</source>
        <translation>Change the reason for absence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tôi xin vắng mặt</source>
        <translation>I will be absent</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tài liệu cần đọc trước (đã đọc %1/%2):</source>
        <translation>Read before the meeting (%1 of %2 read):</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+174"/>
        <source>Học tập, quán triệt nghị quyết</source>
        <translation>Studying resolutions</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Không có việc nào đang chờ đồng chí.</source>
        <translation>Nothing is waiting for you.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đề nghị sửa hồ sơ chờ duyệt: %1</source>
        <translation>Profile change requests to review: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Báo vắng có lý do: %1 đảng viên</source>
        <translation>Absent with a reason: %1 members</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Góp ý chờ trả lời: %1</source>
        <translation>Feedback awaiting a reply: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ban hành văn bản</source>
        <translation>Publish documents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tổng quan đơn vị</source>
        <translation>Units overview</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tài liệu mới (%1 tài liệu kể từ lần trước)</source>
        <translation>New documents (%1 documents since last time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tài liệu mới</source>
        <translation>New documents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có tài liệu trên máy này. Tài liệu sẽ có sau khi đồng bộ.</source>
        <translation>No documents on this device yet. They arrive with the next sync.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tất cả tài liệu</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Góp ý với chi bộ</source>
        <translation>Feedback to the Party cell</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Danh sách đảng viên</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Biên bản buổi sinh hoạt</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <source>Đồng chí vắng mặt buổi “%1” (%2). Mời đồng chí đọc biên bản.</source>
        <translation>You were absent from “%1” (%2). Please read the minutes.</translation>
    </message>
    <message>
        <source>Đọc biên bản</source>
        <translation>Read the minutes</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../app/controllers/librarycontroller.cpp" line="+72"/>
        <source>Mọi loại tài liệu</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Năm %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mọi cấp ban hành</source>
        <translation>All levels</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../qml/pages/LibraryPage.qml" line="+28"/>
        <source>Thư viện tài liệu</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+17"/>
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
        <location line="+19"/>
        <source>Bộ lọc (đang chọn %1)</source>
        <translation>Filters (%1 selected)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bộ lọc</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loại tài liệu</source>
        <translation>Document kind</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cấp ban hành</source>
        <translation>Issuing level</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Năm ban hành</source>
        <translation>Year issued</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>★ Đã lưu</source>
        <translation>★ Bookmarked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☆ Đã lưu</source>
        <translation>☆ Bookmarked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ hiện tài liệu đã lưu</source>
        <translation>Show bookmarked documents only</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chưa lưu tài liệu nào.</source>
        <translation>No bookmarked documents yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa lưu tài liệu nào. Mở một tài liệu và chọn “Lưu” để thấy nó ở đây.</source>
        <translation>No bookmarked documents yet. Open a document and choose “Bookmark” to see it here.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Không xác thực được: %1 văn bản</source>
        <translation>Could not be verified: %1 documents</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Tìm thấy %1 tài liệu</source>
        <translation>%1 documents found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tìm thấy tài liệu nào.</source>
        <translation>No documents found.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không có tài liệu nào khớp bộ lọc.</source>
        <translation>No documents match the filters.</translation>
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
        <location filename="../../qml/Main.qml" line="+114"/>
        <location line="+80"/>
        <source>Sổ tay đảng viên</source>
        <translation>Party Member Handbook</translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../../qml/pages/MePage.qml" line="+33"/>
        <source>Tôi</source>
        <translation>Me</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tài khoản: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hồ sơ của tôi</source>
        <translation>My profile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Danh sách đảng viên</source>
        <translation>Party member list</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duyệt đề nghị sửa hồ sơ (%1 chờ duyệt)</source>
        <translation>Review profile change requests (%1 waiting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duyệt đề nghị sửa hồ sơ</source>
        <translation>Review profile change requests</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Khi không dùng, đồng chí hãy khóa ứng dụng. Lần sau mở cần nhập mã PIN.</source>
        <translation>Lock the app when you are not using it. Opening it again needs your PIN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khóa</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>MeetingComments</name>
    <message>
        <location filename="../../work/main/qml/components/MeetingComments.qml" line="+34"/>
        <source>Ý kiến về buổi sinh hoạt</source>
        <translation>Comments on the meeting</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chưa có ý kiến nào. Đồng chí có thể nêu ý kiến trước và trong buổi sinh hoạt.</source>
        <translation>No comments yet. You can raise a point before and during the meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có ý kiến nào.</source>
        <translation>No comments.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>↳ %1 · %2</source>
        <translation>↳ %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chưa gửi lên máy chủ.</source>
        <translation>Not sent to the server yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trả lời</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trả lời đồng chí %1</source>
        <translation>Reply to comrade %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ý kiến của đồng chí</source>
        <translation>Your comment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ý kiến dài quá 2.000 ký tự.</source>
        <translation>The comment is longer than 2,000 characters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gửi trả lời</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gửi ý kiến</source>
        <translation>Send comment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không trả lời nữa</source>
        <translation>Do not reply</translation>
    </message>
</context>
<context>
    <name>MeetingController</name>
    <message>
        <location filename="../../app/controllers/meetingcontroller.cpp" line="+91"/>
        <source>Xin ghi lý do vắng mặt.</source>
        <translation>Please give a reason for your absence.</translation>
    </message>
</context>
<context>
    <name>MeetingEditorController</name>
    <message>
        <location filename="../../app/controllers/meetingeditorcontroller.cpp" line="+117"/>
        <source>Tài liệu không còn trên máy</source>
        <translation>The document is no longer on this device</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Xin nhập tên buổi sinh hoạt.</source>
        <translation>Please enter the meeting&apos;s name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày giờ họp chưa đúng. Xin nhập ngày theo dạng ngày/tháng/năm (ví dụ 25/12/2026) và giờ theo dạng giờ:phút (ví dụ 19:30).</source>
        <translation>The meeting date or time is not valid. Please enter the date as day/month/year (e.g. 25/12/2026) and the time as hour:minute (e.g. 19:30).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Xin nhập địa điểm họp.</source>
        <translation>Please enter the meeting place.</translation>
    </message>
</context>
<context>
    <name>MeetingEditorPage</name>
    <message>
        <location filename="../../qml/pages/MeetingEditorPage.qml" line="+19"/>
        <location line="+136"/>
        <source>Lên lịch họp</source>
        <translation>Schedule a meeting</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Sửa buổi sinh hoạt</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã lưu thay đổi của buổi sinh hoạt “%1”. Chi bộ sẽ nhận được khi đồng bộ.</source>
        <translation>Changes to the meeting “%1” saved. The cell receives them when you sync.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã lên lịch buổi sinh hoạt “%1”. Chi bộ sẽ nhận được lịch khi đồng bộ.</source>
        <translation>Meeting “%1” scheduled. The cell receives it when you sync.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tên buổi sinh hoạt</source>
        <translation>Meeting name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: Sinh hoạt chi bộ tháng 12</source>
        <translation>For example: Cell meeting for December</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ngày (ngày/tháng/năm)</source>
        <translation>Date (day/month/year)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Giờ (giờ:phút)</source>
        <translation>Time (hours:minutes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Nhà văn hóa tổ dân phố</source>
        <translation>E.g. Neighbourhood community hall</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nội dung sinh hoạt</source>
        <translation>Meeting agenda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tài liệu cần đọc trước (%1)</source>
        <translation>Documents to read beforehand (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa chọn tài liệu nào. Chọn trong danh sách bên dưới.</source>
        <translation>No documents chosen yet. Choose from the list below.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Thêm tài liệu</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Tìm tài liệu</source>
        <translation>Find documents</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lưu thay đổi</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buổi sinh hoạt được lưu trên máy và gửi cho chi bộ khi đồng bộ.</source>
        <translation>The meeting is saved on this device and sent to the cell when you sync.</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../app/models/meetinglistmodel.cpp" line="+72"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã họp</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang họp</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sắp họp</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đồng chí sẽ tham dự</source>
        <translation>You will attend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đồng chí báo vắng</source>
        <translation>You reported absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng chí chưa trả lời</source>
        <translation>You have not answered</translation>
    </message>
</context>
<context>
    <name>MeetingOutcomesController</name>
    <message>
        <location filename="../../work/main/app/controllers/meetingoutcomescontroller.cpp" line="+56"/>
        <source>Đồng ý</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Không đồng ý</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ý kiến khác</source>
        <translation>Other opinion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nội dung trống, quá dài hoặc các phương án chưa đúng (từ 2 đến 10 phương án, không trùng nhau). Xin kiểm tra lại.</source>
        <translation>The text is empty or too long, or the choices are not right (2 to 10 choices, none repeated). Please check.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Biểu quyết này đã kết thúc.</source>
        <translation>This vote has ended.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buổi sinh hoạt đã kết thúc hoặc đã bị hủy.</source>
        <translation>The meeting has ended or was cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã đạt số lượng tối đa cho buổi sinh hoạt này.</source>
        <translation>This meeting has reached the most allowed.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Đảng viên</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Máy chủ không chấp nhận thay đổi này.</source>
        <translation>The server did not accept this change.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phiếu của đồng chí đến máy chủ sau khi biểu quyết đã kết thúc nên không được tính.</source>
        <translation>Your ballot reached the server after the vote had ended, so it was not counted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phiếu biểu quyết của đồng chí không được máy chủ nhận. %1</source>
        <translation>The server did not accept your ballot. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ý kiến của đồng chí không được máy chủ nhận. %1</source>
        <translation>The server did not accept your comment. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa mở được biểu quyết: máy chủ không nhận. %1</source>
        <translation>The vote was not opened: the server refused it. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa kết thúc được biểu quyết: máy chủ không nhận. %1</source>
        <translation>The vote was not ended: the server refused it. %1</translation>
    </message>
</context>
<context>
    <name>MeetingOutcomesSection</name>
    <message>
        <location filename="../../work/main/qml/components/MeetingOutcomesSection.qml" line="+40"/>
        <source>Đã hiểu</source>
        <translation>Understood</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mở biểu quyết</source>
        <translation>Open a vote</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../qml/pages/MeetingPage.qml" line="+66"/>
        <source>%1 · chưa gửi lên máy chủ</source>
        <translation>%1 · not sent to the server yet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Thời gian: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Địa điểm: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nội dung sinh hoạt</source>
        <translation>Meeting agenda</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tài liệu cần đọc trước (đã đọc %1/%2)</source>
        <translation>Documents to read beforehand (%1/%2 read)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không có tài liệu cần đọc trước.</source>
        <translation>No documents to read beforehand.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Sinh hoạt chi bộ</source>
        <translation>Cell meeting</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Không tìm thấy buổi sinh hoạt này trên máy.</source>
        <translation>This meeting is not on this device.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Buổi sinh hoạt này đã bị hủy. Lý do: %1</source>
        <translation>This meeting has been cancelled. Reason: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buổi sinh hoạt này đã bị hủy.</source>
        <translation>This meeting has been cancelled.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Đồng chí đã báo: sẽ tham dự.</source>
        <translation>You said you will attend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng chí đã báo vắng mặt. Lý do: %1</source>
        <translation>You reported you will be absent. Reason: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng chí chưa báo có tham dự hay không.</source>
        <translation>You have not said whether you will attend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng chí đã không báo tham dự.</source>
        <translation>You did not say whether you would attend.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>✓ Đã gửi tới bí thư.</source>
        <translation>✓ Sent to the secretary.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đồng chí có thể đổi ý đến trước giờ họp.</source>
        <translation>You can change your answer until the meeting starts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tôi sẽ tham dự</source>
        <translation>I will attend</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sửa lý do vắng mặt</source>
        <translation>Edit reason for absence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tôi xin vắng mặt</source>
        <translation>I cannot attend</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lý do vắng mặt</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: đi công tác, ốm</source>
        <translation>For example: business trip, illness</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gửi báo vắng</source>
        <translation>Send apologies</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Dành cho bí thư chi bộ</source>
        <translation>For the Party cell secretary</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Điểm danh: có mặt %1/%2, vắng %3, chưa điểm danh %4</source>
        <translation>Attendance: %1/%2 present, %3 absent, %4 not yet marked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theo dõi chuẩn bị</source>
        <translation>Preparation tracking</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xem và sửa điểm danh</source>
        <translation>View and edit attendance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sửa buổi sinh hoạt</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chia sẻ tài liệu cho buổi sinh hoạt</source>
        <translation>Share a document for the meeting</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>Hủy buổi sinh hoạt</source>
        <translation>Cancel the meeting</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Hủy buổi sinh hoạt?</source>
        <translation>Cancel the meeting?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mọi đảng viên trong chi bộ sẽ được báo buổi sinh hoạt bị hủy.</source>
        <translation>Every Party member in the cell will be told the meeting is cancelled.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lý do (không bắt buộc)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không hủy</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Xem phòng họp đang mở</source>
        <translation>See the open meeting room</translation>
    </message>
    <message>
        <source>Mở phòng họp không cần mạng</source>
        <translation>Open the meeting room without internet</translation>
    </message>
    <message>
        <source>Các đồng chí trong chi bộ ở gần nhận tài liệu, điểm danh và biểu quyết qua Wi-Fi của phòng họp, không cần Internet.</source>
        <translation>Members of the cell nearby receive the documents, check in and vote over the meeting room&apos;s Wi-Fi, without internet.</translation>
    </message>
</context>
<context>
    <name>MeetingRow</name>
    <message>
        <location filename="../../qml/components/MeetingRow.qml" line="+45"/>
        <source>%1 · chưa gửi</source>
        <translation>%1 · not sent yet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tại: %1</source>
        <translation>At: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đồng chí chưa trả lời</source>
        <translation>You have not answered</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../qml/pages/MeetingsPage.qml" line="+29"/>
        <source>Sinh hoạt chi bộ</source>
        <translation>Cell meetings</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sắp tới (%1)</source>
        <translation>Upcoming (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã qua (%1)</source>
        <translation>Past (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Chưa có buổi sinh hoạt nào đã qua trên máy này.</source>
        <translation>No past meetings on this device yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có lịch sinh hoạt mới. Lịch sinh hoạt sẽ có sau khi đồng bộ.</source>
        <translation>No upcoming meetings yet. Meetings appear here after syncing.</translation>
    </message>
</context>
<context>
    <name>MemberAnswerModel</name>
    <message>
        <location filename="../../app/models/memberanswermodel.cpp" line="+124"/>
        <source>Sẽ tham dự</source>
        <translation>Will attend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vắng mặt</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa trả lời</source>
        <translation>Not replied</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa điểm danh</source>
        <translation>Not yet marked</translation>
    </message>
</context>
<context>
    <name>MemberDetailPage</name>
    <message>
        <location filename="../../qml/pages/MemberDetailPage.qml" line="+19"/>
        <source>Hồ sơ đảng viên</source>
        <translation>Party member profile</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Không tìm thấy hồ sơ này trên máy.</source>
        <translation>This profile is not on this device.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hồ sơ đầy đủ do bí thư chi bộ và cấp ủy quản lý; danh sách chi bộ chỉ có họ tên và chức vụ.</source>
        <translation>The full profile is managed by the Party cell secretary and the Party committee; the cell list shows only names and positions.</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Chuyển sinh hoạt đảng</source>
        <translation>Party membership transfers</translation>
    </message>
</context>
<context>
    <name>MinutesController</name>
    <message>
        <source>Công bố lúc %1</source>
        <translation>Published at %1</translation>
    </message>
    <message>
        <source>Đồng chí %1 công bố lúc %2</source>
        <translation>Published by comrade %1 at %2</translation>
    </message>
    <message>
        <source>Đã lưu biên bản vào %1</source>
        <translation>Minutes saved to %1</translation>
    </message>
    <message>
        <source>Đã lưu trên máy lúc %1</source>
        <translation>Saved on this device at %1</translation>
    </message>
    <message>
        <source>Biên bản trống hoặc quá dài (tối đa %1 ký tự).</source>
        <translation>The minutes are empty or too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Chỉ bí thư chi bộ của buổi sinh hoạt này ghi được biên bản.</source>
        <translation>Only the secretary of this meeting's cell can write its minutes.</translation>
    </message>
    <message>
        <source>Chưa đến giờ họp: biên bản ghi được từ 1 giờ trước khi họp.</source>
        <translation>Too early: the minutes can be written from 1 hour before the meeting.</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt này đã bị hủy.</source>
        <translation>This meeting was cancelled.</translation>
    </message>
    <message>
        <source>Không tìm thấy thư mục để lưu biên bản.</source>
        <translation>The folder to save the minutes in was not found.</translation>
    </message>
</context>
<context>
    <name>MinutesEditorPage</name>
    <message>
        <source>Biên bản buổi sinh hoạt</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <source>Đã công bố biên bản “%1”. Chi bộ sẽ nhận được khi đồng bộ.</source>
        <translation>The minutes of “%1” are published. The cell will receive them at the next sync.</translation>
    </message>
    <message>
        <source>Mẫu biên bản đã điền sẵn thời gian, địa điểm, người có mặt, vắng mặt và kết quả biểu quyết. Đồng chí sửa, bổ sung rồi công bố cho chi bộ.</source>
        <translation>The template is filled in with the time, the place, who was present and absent, and the vote results. Edit and complete it, then publish it to the cell.</translation>
    </message>
    <message>
        <source>Chỉ bí thư chi bộ ghi được biên bản, từ 1 giờ trước khi họp.</source>
        <translation>Only the cell secretary can write the minutes, from 1 hour before the meeting.</translation>
    </message>
    <message>
        <source>Nội dung biên bản</source>
        <translation>Text of the minutes</translation>
    </message>
    <message>
        <source>%1 / %2 ký tự · %3</source>
        <translation>%1 / %2 characters · %3</translation>
    </message>
    <message>
        <source>%1 / %2 ký tự</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>Công bố biên bản</source>
        <translation>Publish the minutes</translation>
    </message>
    <message>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Dùng lại mẫu biên bản</source>
        <translation>Start again from the template</translation>
    </message>
    <message>
        <source>Kết thúc buổi sinh hoạt (không có biên bản)</source>
        <translation>End the meeting (without minutes)</translation>
    </message>
    <message>
        <source>Kết thúc buổi sinh hoạt?</source>
        <translation>End the meeting?</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt được ghi là đã kết thúc, chưa có biên bản. Các cuộc biểu quyết đang mở sẽ đóng lại. Đồng chí vẫn có thể công bố biên bản sau.</source>
        <translation>The meeting is recorded as ended, without minutes. Open votes will be closed. You can still publish the minutes later.</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Đã ghi buổi sinh hoạt “%1” là đã kết thúc.</source>
        <translation>The meeting “%1” is recorded as ended.</translation>
    </message>
    <message>
        <source>Dùng lại mẫu biên bản?</source>
        <translation>Start again from the template?</translation>
    </message>
    <message>
        <source>Những gì đồng chí đã viết sẽ bị xóa, thay bằng mẫu điền sẵn từ dữ liệu của buổi sinh hoạt.</source>
        <translation>What you have written will be deleted and replaced by the template filled in from the meeting's data.</translation>
    </message>
    <message>
        <source>Dùng lại mẫu</source>
        <translation>Use the template</translation>
    </message>
</context>
<context>
    <name>MinutesSection</name>
    <message>
        <source>Biên bản buổi sinh hoạt</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <source>%1 · chưa gửi lên máy chủ</source>
        <translation>%1 · not sent to the server yet</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt đã kết thúc, chưa có biên bản.</source>
        <translation>The meeting has ended; there are no minutes yet.</translation>
    </message>
    <message>
        <source>Sau buổi sinh hoạt, bí thư ghi biên bản và công bố cho chi bộ.</source>
        <translation>After the meeting, the secretary writes the minutes and publishes them to the cell.</translation>
    </message>
    <message>
        <source>Sửa biên bản</source>
        <translation>Edit the minutes</translation>
    </message>
    <message>
        <source>Ghi biên bản</source>
        <translation>Write the minutes</translation>
    </message>
</context>
<context>
    <name>MyProfilePage</name>
    <message>
        <location filename="../../qml/pages/MyProfilePage.qml" line="+29"/>
        <source>Hồ sơ của tôi</source>
        <translation>My profile</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hồ sơ của đồng chí chưa có trên máy này. Hồ sơ sẽ có sau khi đồng bộ.</source>
        <translation>Your profile is not on this device yet. It will appear after syncing.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Thay đổi của đồng chí đã lưu trên máy và sẽ được gửi khi đồng bộ.</source>
        <translation>Your change is saved on the device and will be sent at the next sync.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sửa điện thoại, email, nơi ở</source>
        <translation>Edit phone, email, address</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đề nghị sửa thông tin khác</source>
        <translation>Request a change to other details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đề nghị đã gửi (%1 đang chờ)</source>
        <translation>Requests sent (%1 pending)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đề nghị đã gửi</source>
        <translation>Requests sent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duyệt đề nghị sửa hồ sơ (%1)</source>
        <translation>Review profile change requests (%1)</translation>
    </message>
</context>
<context>
    <name>MyRequestsPage</name>
    <message>
        <location filename="../../qml/pages/MyRequestsPage.qml" line="+16"/>
        <source>Đề nghị đã gửi</source>
        <translation>Requests sent</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đồng chí chưa gửi đề nghị sửa hồ sơ nào. Đề nghị đã gửi và kết quả duyệt sẽ hiện ở đây.</source>
        <translation>You have not sent any profile change request. Requests you send and their outcome will appear here.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Ngày %1 · chưa gửi, sẽ gửi khi đồng bộ</source>
        <translation>%1 · not sent yet, will be sent when syncing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày %1</source>
        <translation>Date %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lý do: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lý do không duyệt: %1</source>
        <translation>Reason for rejection: %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../qml/components/NavBar.qml" line="+24"/>
        <source>Trang chủ</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tài liệu</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinh hoạt</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thông báo</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tôi</source>
        <translation>Me</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1, %2 chưa đọc</source>
        <translation>%1, %2 unread</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../qml/components/NotesDialog.qml" line="+39"/>
        <source>Sửa ghi chú</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ghi chú mới</source>
        <translation>New note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú của tôi</source>
        <translation>My notes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chỉ mình đồng chí xem được các ghi chú này.</source>
        <translation>Only you can see these notes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chưa có ghi chú nào.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+75"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Viết ghi chú của đồng chí…</source>
        <translation>Write your note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung ghi chú</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Thêm ghi chú</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lưu ghi chú</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Xóa ghi chú?</source>
        <translation>Delete note?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú này sẽ bị xóa trên mọi thiết bị của đồng chí.</source>
        <translation>This note will be deleted on all your devices.</translation>
    </message>
</context>
<context>
    <name>NotificationsController</name>
    <message>
        <location filename="../../app/controllers/notificationscontroller.cpp" line="+60"/>
        <source>Nội dung của thông báo này không còn trên máy.</source>
        <translation>What this notification is about is no longer on this device.</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../qml/pages/NotificationsPage.qml" line="+17"/>
        <source>Thông báo</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chưa có thông báo nào. Khi có tài liệu mới, lịch sinh hoạt mới hoặc thay đổi, trả lời góp ý hay kết quả duyệt hồ sơ, thông báo sẽ hiện ở đây.</source>
        <translation>No notifications yet. New documents, new or changed meetings, answers to your feedback and profile review results will be announced here.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nhắc việc · %1</source>
        <translation>Reminder · %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Viết bài thu hoạch</source>
        <translation>Write the reflection</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mới: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xem buổi sinh hoạt</source>
        <translation>View meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đọc tài liệu</source>
        <translation>Read document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xem góp ý</source>
        <translation>View feedback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xem theo dõi chuẩn bị</source>
        <translation>View preparation tracking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duyệt đề nghị sửa hồ sơ</source>
        <translation>Review profile change requests</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xem đợt học tập</source>
        <translation>Open the study</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mới · %1</source>
        <translation>New · %1</translation>
    </message>
</context>
<context>
    <name>OrgLevel</name>
    <message>
        <location filename="../../app/models/orglevel.cpp" line="+9"/>
        <source>Tỉnh ủy</source>
        <translation>Provincial Party Committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Huyện ủy</source>
        <translation>District Party Committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đảng ủy cơ sở</source>
        <translation>Grassroots Party Committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp khác</source>
        <translation>Other level</translation>
    </message>
</context>
<context>
    <name>OrgPickerPage</name>
    <message>
        <location filename="../../qml/pages/OrgPickerPage.qml" line="+21"/>
        <source>Chọn nơi nhận</source>
        <translation>Choose the recipients</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tìm tổ chức</source>
        <translation>Find an organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: dang uy xa</source>
        <translation>For example: dang uy xa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không có tổ chức nào khớp.</source>
        <translation>No organisation matches.</translation>
    </message>
</context>
<context>
    <name>OrgStatsModel</name>
    <message>
        <location filename="../../app/models/orgstatsmodel.cpp" line="+56"/>
        <source>Đảng bộ tỉnh</source>
        <translation>Provincial Party organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đảng bộ huyện</source>
        <translation>District Party organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đảng bộ cơ sở</source>
        <translation>Grassroots Party organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chưa sinh hoạt trong tháng</source>
        <translation>No meeting this month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/%2 chi bộ chưa sinh hoạt</source>
        <translation>%1/%2 cells without a meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đọc văn bản %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dùng Sổ tay %1</source>
        <translation>Using the Handbook %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1/%2 chi bộ</source>
        <translation>%1/%2 cells</translation>
    </message>
</context>
<context>
    <name>OversightController</name>
    <message>
        <location filename="../../app/controllers/oversightcontroller.cpp" line="+81"/>
        <source>Tháng %1/%2</source>
        <translation>Month %1/%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1/%2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1/%2 chi bộ</source>
        <translation>%1/%2 cells</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cập nhật lúc %1 ngày %2</source>
        <translation>Updated at %1 on %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Đã lưu báo cáo vào %1</source>
        <translation>The report was saved to %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Chưa có tài khoản</source>
        <translation>No account yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tài khoản đã bị khóa</source>
        <translation>The account is disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có tài khoản: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa dùng Sổ tay trên thiết bị nào</source>
        <translation>Not using the Handbook on any device</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n thiết bị, dùng lần cuối ngày %1</source>
        <translation>
            <numerusform>%n device, last used on %1</numerusform>
            <numerusform>%n devices, last used on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thiết bị</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Không tìm thấy thư mục để lưu báo cáo.</source>
        <translation>No folder was found to save the report in.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Không lưu được báo cáo vào %1.</source>
        <translation>The report could not be saved to %1.</translation>
    </message>
</context>
<context>
    <name>OversightPage</name>
    <message>
        <location filename="../../qml/pages/OversightPage.qml" line="+34"/>
        <source>Tổng quan đơn vị</source>
        <translation>Units overview</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+169"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Xuất báo cáo PDF</source>
        <translation>Export PDF report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xuất CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>› %1</source>
        <translation>› %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chưa có số liệu của tháng này trên máy. Hãy đồng bộ rồi xem lại, hoặc chọn tháng khác.</source>
        <translation>There are no figures for this month on this device yet. Sync and look again, or choose another month.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Đảng viên: %1 · có tài khoản: %2</source>
        <translation>Members: %1 · with an account: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dùng Sổ tay trong 30 ngày: %1</source>
        <translation>Using the Handbook in the last 30 days: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi bộ đã sinh hoạt: %1 · %2 buổi</source>
        <translation>Cells that met: %1 · %2 meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỉ lệ dự sinh hoạt: %1</source>
        <translation>Meeting attendance: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Văn bản ban hành: %1 · đã đọc: %2</source>
        <translation>Documents published: %1 · read: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đợt học tập: %1 · hoàn thành: %2</source>
        <translation>Studies: %1 · completed: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hồ sơ chờ duyệt: %1 · chuyển sinh hoạt chờ: %2</source>
        <translation>Profile requests waiting: %1 · transfers waiting: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>12 tháng gần đây</source>
        <translation>The last 12 months</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Biểu đồ 12 tháng gần đây</source>
        <translation>Chart of the last 12 months</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+62"/>
        <source>Phần trăm</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+69"/>
        <location line="+67"/>
        <source>Chi bộ đã sinh hoạt</source>
        <translation>Cells that met</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Dự sinh hoạt</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+64"/>
        <source>Đọc văn bản</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>So sánh các đơn vị trực thuộc</source>
        <translation>The units below compared</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Biểu đồ so sánh các đơn vị trực thuộc</source>
        <translation>Chart comparing the units below</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Đơn vị số</source>
        <translation>Unit number</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dùng Sổ tay</source>
        <translation>Using the Handbook</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đơn vị cần chú ý (%1)</source>
        <translation>Units that need attention (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Số liệu của chi bộ</source>
        <translation>The cell&apos;s figures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số liệu theo đơn vị</source>
        <translation>Figures by unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>Sắp xếp theo</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số đảng viên</source>
        <translation>Number of members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỉ lệ dùng Sổ tay</source>
        <translation>Share using the Handbook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tỉ lệ dự sinh hoạt</source>
        <translation>Meeting attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỉ lệ đọc văn bản</source>
        <translation>Reading rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỉ lệ hoàn thành học tập</source>
        <translation>Study completion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hồ sơ chờ duyệt</source>
        <translation>Profile requests waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển sinh hoạt chờ duyệt</source>
        <translation>Transfers waiting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thứ tự: tăng dần (bấm để đảo)</source>
        <translation>Order: ascending (tap to reverse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ tự: giảm dần (bấm để đảo)</source>
        <translation>Order: descending (tap to reverse)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đảng viên của chi bộ (%1)</source>
        <translation>The cell&apos;s members (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cấp ủy xem được tài khoản và thiết bị của đảng viên; việc đọc văn bản và dự sinh hoạt của từng người chỉ chi bộ nắm.</source>
        <translation>The committee sees the members&apos; accounts and devices; each member&apos;s reading and attendance stay with the cell.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Chuyển sinh hoạt</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đánh giá, xếp loại</source>
        <translation>Review and rating</translation>
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
    <name>PartyAgeCard</name>
    <message>
        <location filename="../../qml/components/PartyAgeCard.qml" line="+26"/>
        <source>Tuổi Đảng: %1 năm</source>
        <translation>Party age: %1 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có ngày vào Đảng</source>
        <translation>No Party admission date yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đảng viên dự bị (chưa có ngày chính thức)</source>
        <translation>Probationary Party member (no full membership date yet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã đủ mốc nhận Huy hiệu Đảng: %1 năm</source>
        <translation>Party badge milestone reached: %1 years</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Các mốc Huy hiệu Đảng sắp tới:</source>
        <translation>Upcoming Party badge milestones:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 năm: ngày %2 (%3)</source>
        <translation>%1 years: %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>còn hơn %1 năm</source>
        <translation>more than %1 years to go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chưa đến 1 năm nữa</source>
        <translation>less than 1 year to go</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thu gọn</source>
        <translation>Show less</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xem thêm %1 mốc sau</source>
        <translation>Show %1 more milestones</translation>
    </message>
</context>
<context>
    <name>PdfImageProvider</name>
    <message>
        <location filename="../../app/pdf/pdfimageprovider.cpp" line="+43"/>
        <source>Không hiển thị được trang này của tệp PDF.</source>
        <translation>This page of the PDF file cannot be displayed.</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <location filename="../../app/pdf/pdfpages.cpp" line="+55"/>
        <source>Không mở được tệp PDF này.</source>
        <translation>This PDF file cannot be opened.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../qml/components/PdfViewer.qml" line="+90"/>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cỡ hiển thị %1 phần trăm</source>
        <translation>Zoom %1 per cent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Trang %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Không hiển thị được trang %1.</source>
        <translation>Page %1 cannot be displayed.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Trang trước</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trang %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trang sau</source>
        <translation>Next page</translation>
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
        <location line="+67"/>
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
    <name>ProfileFieldList</name>
    <message>
        <location filename="../../qml/components/ProfileFieldList.qml" line="+60"/>
        <source>Chưa có thông tin</source>
        <translation>No information yet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đang chờ chi bộ duyệt: %1</source>
        <translation>Awaiting Party cell approval: %1</translation>
    </message>
</context>
<context>
    <name>ProfileFieldModel</name>
    <message>
        <location filename="../../app/models/profilefieldmodel.cpp" line="+71"/>
        <source>(để trống)</source>
        <translation>(blank)</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../../app/models/profilefields.cpp" line="+68"/>
        <source>Thông tin cá nhân</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thông tin đảng viên</source>
        <translation>Party member information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trình độ</source>
        <translation>Education level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Công tác</source>
        <translation>Work</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liên hệ</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tôn giáo</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quê quán</source>
        <translation>Home town</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nơi ở hiện nay</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số định danh cá nhân</source>
        <translation>Personal identification number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số thẻ đảng viên</source>
        <translation>Party card number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày vào Đảng</source>
        <translation>Date of joining the Party</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày chính thức</source>
        <translation>Full membership date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trình độ học vấn, chuyên môn</source>
        <translation>Education and qualifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trình độ lý luận chính trị</source>
        <translation>Political theory level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quá trình công tác</source>
        <translation>Work history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khen thưởng</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kỷ luật</source>
        <translation>Disciplinary record</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Viết ngày/tháng/năm, ví dụ 30/04/1975.</source>
        <translation>Write day/month/year, for example 30/04/1975.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viết Nam hoặc Nữ.</source>
        <translation>Enter Male or Female.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mỗi dòng một giai đoạn, ví dụ: 2010–nay: Giáo viên Trường Tiểu học Quang Trung.</source>
        <translation>One period per line, for example: 2010–present: Teacher at Quang Trung Primary School.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>10 chữ số bắt đầu bằng 0, hoặc +84. Ví dụ 0912 345 678.</source>
        <translation>10 digits starting with 0, or +84. For example 0912 345 678.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>12 chữ số.</source>
        <translation>12 digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ 18.012345.</source>
        <translation>E.g. 18.012345.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thông tin này không sửa được ở đây.</source>
        <translation>This information cannot be edited here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: không được để trống.</source>
        <translation>%1: must not be empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nội dung quá dài.</source>
        <translation>%1: the text is too long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số điện thoại chưa đúng. Hãy nhập 10 chữ số bắt đầu bằng 0 (ví dụ 0912 345 678) hoặc bắt đầu bằng +84.</source>
        <translation>The phone number is not valid. Please enter 10 digits starting with 0 (for example 0912 345 678) or starting with +84.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Địa chỉ email chưa đúng. Ví dụ: ten@gmail.com</source>
        <translation>The email address is not right. For example: name@gmail.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Địa chỉ cần từ %1 đến %2 ký tự.</source>
        <translation>The address must be %1 to %2 characters long.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: ngày chưa đúng. Hãy viết ngày/tháng/năm, ví dụ 30/04/1975.</source>
        <translation>%1: the date is not valid. Please write day/month/year, for example 30/04/1975.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: không được sau ngày hôm nay.</source>
        <translation>%1: must not be later than today.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số định danh cá nhân phải gồm đúng 12 chữ số.</source>
        <translation>The personal identification number must have exactly 12 digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số thẻ đảng viên chưa đúng. Ví dụ: 18.012345.</source>
        <translation>The Party card number is not valid. Example: 18.012345.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giới tính: hãy viết Nam hoặc Nữ.</source>
        <translation>Gender: please write Nam (male) or Nữ (female).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quá trình công tác chưa đúng định dạng.</source>
        <translation>The work history is not in the correct format.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày vào Đảng phải sau ngày sinh ít nhất 18 năm.</source>
        <translation>The date of joining the Party must be at least 18 years after the date of birth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày chính thức phải sau ngày vào Đảng.</source>
        <translation>The official membership date must be after the admission date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa có ngày vào Đảng thì chưa thể có ngày chính thức.</source>
        <translation>There can be no full membership date without a Party admission date.</translation>
    </message>
</context>
<context>
    <name>ProfileRequestController</name>
    <message>
        <location filename="../../app/controllers/profilerequestcontroller.cpp" line="+116"/>
        <source>Hãy chọn thông tin cần thay đổi.</source>
        <translation>Please choose the information to change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thông tin sửa thành giống thông tin hiện nay.</source>
        <translation>The corrected value is the same as the current one.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hãy ghi lý do thay đổi (ví dụ: đã tốt nghiệp, có quyết định mới).</source>
        <translation>Please give the reason for the change (e.g. graduated, new decision).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lý do quá dài (tối đa %1 ký tự).</source>
        <translation>The reason is too long (at most %1 characters).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hãy sửa những chỗ ghi màu đỏ rồi gửi lại.</source>
        <translation>Please correct the parts marked in red and send again.</translation>
    </message>
    <message>
        <location filename="../../app/sync/actionerrors.cpp" line="+3"/>
        <source>Chưa đăng nhập: chưa gửi được đề nghị.</source>
        <translation>Not signed in: the request could not be sent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa gửi được đề nghị. Hãy thử lại.</source>
        <translation>The request could not be sent. Please try again.</translation>
    </message>
</context>
<context>
    <name>ProfileRequestModel</name>
    <message>
        <location filename="../../app/models/profilerequestmodel.cpp" line="+86"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(để trống)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không được duyệt</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang chờ duyệt</source>
        <translation>Waiting for review</translation>
    </message>
</context>
<context>
    <name>PublishingPage</name>
    <message>
        <location filename="../../qml/pages/PublishingPage.qml" line="+40"/>
        <source>Ban hành văn bản</source>
        <translation>Publish documents</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Đang soạn %1 · Chờ duyệt %2 · Bị trả lại %3 · Đã ban hành %4</source>
        <translation>Drafts %1 · Waiting %2 · Returned %3 · Published %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+ Soạn văn bản mới</source>
        <translation>+ New document</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khóa ký của tôi</source>
        <translation>My signing key</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chưa có văn bản nào của cơ quan trên máy này.</source>
        <translation>No documents of your organisation on this device yet.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 · số %2</source>
        <translation>%1 · no. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lý do trả lại: %1</source>
        <translation>Reason for returning: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · đang chờ gửi lên máy chủ</source>
        <translation>%1 · waiting to be sent to the server</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Chọn một văn bản ở danh sách bên trái để xem.</source>
        <translation>Choose a document in the list on the left to see it.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../../qml/components/ReadAloudBar.qml" line="+44"/>
        <location line="+75"/>
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+69"/>
        <source>Tiếp tục</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+76"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+79"/>
        <source>Chậm hơn</source>
        <translation>Slower</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+82"/>
        <source>Nhanh hơn</source>
        <translation>Faster</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>▶ Đọc to</source>
        <translation>▶ Read aloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đọc to tài liệu</source>
        <translation>Read the document aloud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã tạm dừng ở câu %1/%2</source>
        <translation>Paused at sentence %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang đọc câu %1/%2</source>
        <translation>Reading sentence %1/%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Dừng đọc</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đọc chậm hơn</source>
        <translation>Read slower</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đọc nhanh hơn</source>
        <translation>Read faster</translation>
    </message>
</context>
<context>
    <name>ReadAloudController</name>
    <message>
        <location filename="../../app/speech/readaloudcontroller.cpp" line="+84"/>
        <source>Máy chưa có giọng đọc tiếng Việt. Đồng chí nhờ người phụ trách kỹ thuật cài bộ đọc speech-dispatcher với giọng tiếng Việt của espeak-ng (các gói qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng và espeak-ng-data).</source>
        <translation>This device has no Vietnamese voice. Ask your technical support to install the speech-dispatcher reader with espeak-ng&apos;s Vietnamese voice (the packages qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng and espeak-ng-data).</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Không đọc được: bộ đọc giọng nói báo lỗi. Đồng chí thử lại sau.</source>
        <translation>Could not read aloud: the speech engine reported an error. Please try again later.</translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <location filename="../../app/controllers/readercontroller.cpp" line="+148"/>
        <source>Tài khoản %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+75"/>
        <source>Tài liệu mật: cần kết nối mạng để đọc.</source>
        <translation>Confidential document: an internet connection is needed to read it.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Nội dung tải về không khớp với chữ ký của văn bản nên không hiển thị.</source>
        <translation>The downloaded content does not match the document&apos;s signature, so it is not shown.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Không mở được tệp PDF này.</source>
        <translation>This PDF file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../app/sync/actionerrors.cpp" line="-17"/>
        <source>Chưa đăng nhập: chưa ghi nhận được việc đọc tài liệu.</source>
        <translation>Not signed in: your reading could not be recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa ghi nhận được việc đọc tài liệu. Hãy thử lại.</source>
        <translation>Your reading could not be recorded. Please try again.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Chưa đăng nhập: chưa lưu được thay đổi.</source>
        <translation>Not signed in: the change could not be saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi chú trống hoặc quá dài (tối đa 20.000 ký tự).</source>
        <translation>The note is empty or too long (at most 20,000 characters).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không tìm thấy tài liệu hoặc ghi chú này trên máy.</source>
        <translation>This document or note was not found on this device.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa lưu được thay đổi. Hãy thử lại.</source>
        <translation>The changes could not be saved. Please try again.</translation>
    </message>
    <message>
        <location filename="../../app/controllers/readercontroller.cpp" line="+140"/>
        <source>Hãy viết nội dung ghi chú.</source>
        <translation>Please write the note.</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../../qml/pages/ReaderPage.qml" line="+415"/>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Cỡ chữ %1%</source>
        <translation>Text size %1%</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Không tìm thấy tài liệu này trên máy.</source>
        <translation>This document is not on this device.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+19"/>
        <source>✓ Đồng chí đã đọc tài liệu này</source>
        <translation>✓ You have read this document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đồng chí chưa đọc tài liệu này</source>
        <translation>You have not read this document yet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tài liệu mật: đang tải nội dung từ máy chủ…</source>
        <translation>Classified document: loading content from the server…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tài liệu mật: nội dung chỉ hiển thị khi có mạng và không được lưu trên máy.</source>
        <translation>Confidential document: the content is only shown when online and is not saved on this device.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thử tải lại</source>
        <translation>Try loading again</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Tệp đính kèm (%1)</source>
        <translation>Attachments (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+6"/>
        <source>Đánh dấu đã đọc</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Đã yêu cầu thu hồi văn bản này; đang chờ gửi lên máy chủ.</source>
        <translation>Withdrawal of this document requested; waiting to be sent to the server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thu hồi văn bản</source>
        <translation>Withdraw the document</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Giao học tập</source>
        <translation>Assign a study</translation>
    </message>
</context>
<context>
    <name>ReaderToolbar</name>
    <message>
        <location filename="../../qml/components/ReaderToolbar.qml" line="+88"/>
        <source>Chữ nhỏ hơn</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chữ to hơn</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+46"/>
        <source>★ Đã lưu</source>
        <translation>★ Bookmarked</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <source>☆ Lưu</source>
        <translation>☆ Bookmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ lưu tài liệu</source>
        <translation>Remove bookmark</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lưu tài liệu</source>
        <translation>Bookmark the document</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+43"/>
        <source>Ghi chú (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú của tôi</source>
        <translation>My notes</translation>
    </message>
</context>
<context>
    <name>RejectedChangesModel</name>
    <message>
        <location filename="../../app/models/rejectedchangesmodel.cpp" line="+39"/>
        <source>Máy chủ không chấp nhận thay đổi này.</source>
        <translation>The server did not accept this change.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Đánh dấu đã đọc tài liệu</source>
        <translation>Mark document as read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú trên tài liệu</source>
        <translation>Note on a document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa ghi chú</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu tài liệu</source>
        <translation>Bookmark the document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ lưu tài liệu</source>
        <translation>Remove bookmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo buổi sinh hoạt</source>
        <translation>Create cell meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa buổi sinh hoạt</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy buổi sinh hoạt</source>
        <translation>Cancel a cell meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả lời tham dự sinh hoạt</source>
        <translation>Reply to cell meeting attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm danh buổi sinh hoạt</source>
        <translation>Meeting attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chia sẻ tài liệu với chi bộ</source>
        <translation>Share a document with the cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gửi ý kiến</source>
        <translation>Send feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cập nhật thông tin liên hệ</source>
        <translation>Update contact details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đề nghị sửa hồ sơ</source>
        <translation>Request a profile change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duyệt đề nghị sửa hồ sơ</source>
        <translation>Approve profile change request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gửi khóa ký để chứng thực</source>
        <translation>Send the signing key for certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu dự thảo văn bản</source>
        <translation>Save a draft document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gửi duyệt dự thảo</source>
        <translation>Submit a draft for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả lại dự thảo</source>
        <translation>Return the draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ký và ban hành văn bản</source>
        <translation>Sign and publish a document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu hồi văn bản</source>
        <translation>Withdraw the document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nộp bài thu hoạch</source>
        <translation>Submit reflection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giao học tập nghị quyết</source>
        <translation>Assign a study</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhận xét bài thu hoạch</source>
        <translation>Review a reflection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết thúc đợt học tập</source>
        <translation>Close a study</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo tài khoản</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset a password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu hồi thiết bị</source>
        <translation>Revoke a device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đề nghị chuyển sinh hoạt đảng</source>
        <translation>Request a Party transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quyết định chuyển sinh hoạt đảng</source>
        <translation>Decide a Party transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết thúc buổi sinh hoạt</source>
        <translation>End a meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Góp ý buổi sinh hoạt</source>
        <translation>Comment on a meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công bố biên bản</source>
        <translation>Publish minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở biểu quyết</source>
        <translation>Open a vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết thúc biểu quyết</source>
        <translation>Close a vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biểu quyết</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thay đổi khác (%1)</source>
        <translation>Other change (%1)</translation>
    </message>
    <message>
        <source>Mở đợt kiểm điểm cuối năm</source>
        <translation>Open the annual review</translation>
    </message>
    <message>
        <source>Kết thúc đợt kiểm điểm cuối năm</source>
        <translation>Close the annual review</translation>
    </message>
    <message>
        <source>Nộp bản kiểm điểm</source>
        <translation>Submit the self-assessment</translation>
    </message>
    <message>
        <source>Đề xuất xếp loại đảng viên</source>
        <translation>Propose a member&apos;s rating</translation>
    </message>
    <message>
        <source>Quyết định xếp loại đảng viên</source>
        <translation>Decide a member&apos;s rating</translation>
    </message>
    <message>
        <source>Điểm danh trong phòng họp</source>
        <translation>Check in in the meeting room</translation>
    </message>
    <message>
        <source>Biểu quyết trong phòng họp</source>
        <translation>Vote in the meeting room</translation>
    </message>
    <message>
        <source>Bản kiểm điểm của đồng chí vẫn được giữ trên máy.</source>
        <translation>Your self-assessment is still kept on this device.</translation>
    </message>
</context>
<context>
    <name>RequestChangePage</name>
    <message>
        <location filename="../../qml/pages/RequestChangePage.qml" line="+19"/>
        <source>Đề nghị sửa hồ sơ</source>
        <translation>Request a profile change</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Các thông tin khác trong hồ sơ do chi bộ quản lý. Đồng chí chọn thông tin cần sửa, ghi thông tin đúng vào ô “Sửa thành” và lý do; bí thư chi bộ sẽ xem và duyệt.</source>
        <translation>The rest of the profile is managed by the cell. Choose the item to correct, write the correct value in “Change to” and give a reason; the cell secretary will review it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Thông tin cần sửa</source>
        <translation>Information to change</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Chọn thông tin…</source>
        <translation>Choose information…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Hiện nay</source>
        <translation>Currently</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có thông tin</source>
        <translation>No information yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sửa thành</source>
        <translation>Change to</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: đã tốt nghiệp lớp Trung cấp lý luận chính trị năm 2025.</source>
        <translation>For example: completed the intermediate political theory course in 2025.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gửi đề nghị</source>
        <translation>Send request</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../app/controllers/reviewcontroller.cpp" line="+66"/>
        <source>Hãy ghi lý do không duyệt để đồng chí đảng viên được biết.</source>
        <translation>Please write the reason for not approving, so the Party member is informed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lý do quá dài (tối đa %1 ký tự).</source>
        <translation>The reason is too long (at most %1 characters).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đã duyệt đề nghị của đồng chí %1.</source>
        <translation>Approved the request of comrade %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã từ chối đề nghị của đồng chí %1.</source>
        <translation>Rejected the request of comrade %1.</translation>
    </message>
    <message>
        <location filename="../../app/sync/actionerrors.cpp" line="+23"/>
        <source>Bí thư chi bộ duyệt đề nghị của đảng viên trong chi bộ; đề nghị của bí thư do cấp ủy cấp trên trực tiếp duyệt.</source>
        <translation>The cell secretary reviews the requests of the cell&apos;s Party members; the secretary&apos;s own requests are reviewed by the Party committee directly above.</translation>
    </message>
    <message>
        <location filename="../../app/controllers/reviewcontroller.cpp" line="-7"/>
        <location filename="../../app/sync/actionerrors.cpp" line="+4"/>
        <location line="+2"/>
        <source>Đề nghị này đã được xử lý.</source>
        <translation>This request has already been handled.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Đã duyệt đề nghị của đồng chí %1. Quyết định được gửi khi đồng bộ.</source>
        <translation>Approved the request of comrade %1. The decision is sent when you sync.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã từ chối đề nghị của đồng chí %1. Quyết định được gửi khi đồng bộ.</source>
        <translation>Rejected the request of comrade %1. The decision is sent when you sync.</translation>
    </message>
    <message>
        <location filename="../../app/sync/actionerrors.cpp" line="+2"/>
        <source>Chưa đăng nhập: chưa ghi được quyết định.</source>
        <translation>Not signed in: the decision could not be recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa ghi được quyết định. Hãy thử lại.</source>
        <translation>The decision could not be saved. Please try again.</translation>
    </message>
</context>
<context>
    <name>ReviewCycleController</name>
    <message>
        <location filename="../../app/controllers/reviewcyclecontroller.cpp" line="+59"/>
        <source>Đã kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã quá hạn xếp loại</source>
        <translation>Past the rating deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang diễn ra</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đợt kiểm điểm năm %1 · %2</source>
        <translation>Annual review %1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 mở đợt</source>
        <translation>Opened by %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+102"/>
        <source>Hạn nộp bản kiểm điểm: %1 · Hạn xếp loại: %2</source>
        <translation>Self-assessments due: %1 · Ratings due: %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Cập nhật lúc %1 ngày %2</source>
        <translation>Updated at %1 on %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Năm %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đã lưu báo cáo vào %1</source>
        <translation>The report was saved to %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Năm %1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm %1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Chỉ cán bộ cấp ủy mở được đợt kiểm điểm.</source>
        <translation>Only committee staff can open an annual review.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hãy chọn tổ chức đảng kiểm điểm.</source>
        <translation>Please choose the Party organisation to be reviewed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hạn nộp bản kiểm điểm chưa đúng: hãy ghi ngày/tháng/năm, ví dụ 15/12/%1.</source>
        <translation>The self-assessment due date is not valid: write day/month/year, for example 15/12/%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hạn xếp loại chưa đúng: hãy ghi ngày/tháng/năm, ví dụ 31/12/%1.</source>
        <translation>The rating due date is not valid: write day/month/year, for example 31/12/%1.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Không tìm thấy thư mục để lưu báo cáo.</source>
        <translation>No folder was found to save the report in.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Không lưu được báo cáo vào %1.</source>
        <translation>The report could not be saved to %1.</translation>
    </message>
</context>
<context>
    <name>ReviewCyclePage</name>
    <message>
        <location filename="../../qml/pages/ReviewCyclePage.qml" line="+36"/>
        <source>Đánh giá, xếp loại đảng viên</source>
        <translation>Member review and rating</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã mở đợt kiểm điểm. Đảng viên sẽ nhận được khi đồng bộ.</source>
        <translation>The annual review is open. Members will receive it when the device syncs.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Trang này dành cho cán bộ cấp ủy: mở đợt kiểm điểm, theo dõi và báo cáo kết quả xếp loại.</source>
        <translation>This page is for committee staff: open an annual review, follow it and report the ratings.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <source>Đợt kiểm điểm</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chưa có đợt kiểm điểm năm nay hoặc năm trước trên máy. Đồng chí có thể mở đợt mới, hoặc đồng bộ rồi xem lại.</source>
        <translation>There is no annual review of this year or last year on this device. You can open a new one, or sync and look again.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Quyết định xếp loại</source>
        <translation>Decide ratings</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <location line="+51"/>
        <location line="+246"/>
        <source>Mở đợt kiểm điểm</source>
        <translation>Open an annual review</translation>
    </message>
    <message>
        <location line="-314"/>
        <location line="+322"/>
        <source>Kết thúc đợt kiểm điểm</source>
        <translation>Close the annual review</translation>
    </message>
    <message>
        <location line="-302"/>
        <location line="+8"/>
        <source>Năm kiểm điểm</source>
        <translation>Year reviewed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tổ chức đảng kiểm điểm</source>
        <translation>Party organisation reviewed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa chọn</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chọn tổ chức đảng</source>
        <translation>Choose the Party organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hạn nộp bản kiểm điểm (ngày/tháng/năm)</source>
        <translation>Self-assessments due (day/month/year)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hạn quyết định xếp loại (ngày/tháng/năm)</source>
        <translation>Ratings due (day/month/year)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đợt kiểm điểm được lưu trên máy và gửi đi khi đồng bộ; mọi đảng viên của tổ chức được chọn sẽ nhận thông báo.</source>
        <translation>The annual review is kept on this device and sent when it syncs; every member of the chosen organisation will be notified.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>› %1</source>
        <translation>› %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đề xuất xếp loại của chi bộ theo đơn vị</source>
        <translation>Ratings proposed by the cells, by unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả xếp loại theo đơn vị</source>
        <translation>Ratings by unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa có quyết định xếp loại nào ở các đơn vị này; biểu đồ cho thấy đề xuất của chi bộ.</source>
        <translation>No rating has been decided in these units yet; the chart shows the cells&apos; proposals.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Biểu đồ kết quả xếp loại theo đơn vị</source>
        <translation>Chart of the ratings by unit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phần trăm số đảng viên được xếp loại</source>
        <translation>Percent of the members rated</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đơn vị số</source>
        <translation>Unit number</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Số liệu theo đơn vị</source>
        <translation>Figures by unit</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Toàn %1</source>
        <translation>All of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đảng viên %1 · Đã nộp bản kiểm điểm %2 · Chi bộ đã đề xuất %3 · Đã xếp loại %4</source>
        <translation>Members %1 · Self-assessments handed in %2 · Proposed by the cell %3 · Rated %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hoàn thành tốt nhiệm vụ trở lên: %1</source>
        <translation>Fulfilled duties well or better: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bấm để xem các đơn vị trực thuộc</source>
        <translation>Tap to see the units below</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xuất báo cáo PDF</source>
        <translation>Export PDF report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xuất CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mở đợt kiểm điểm?</source>
        <translation>Open the annual review?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm %1 cho %2: hạn nộp bản kiểm điểm %3, hạn quyết định xếp loại %4. Mọi đảng viên của tổ chức sẽ nhận thông báo.</source>
        <translation>Year %1 for %2: self-assessments due %3, ratings due %4. Every member of the organisation will be notified.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kết thúc đợt kiểm điểm?</source>
        <translation>Close the annual review?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sau khi kết thúc, đảng viên không nộp được bản kiểm điểm, chi bộ không đề xuất và cấp ủy không quyết định xếp loại được nữa.</source>
        <translation>Once it is closed, members can no longer hand in self-assessments, cells can no longer propose ratings and committees can no longer decide them.</translation>
    </message>
</context>
<context>
    <name>ReviewDecisionsController</name>
    <message>
        <source>%1 bản kiểm điểm · chi bộ đã đề xuất %2 · đã quyết định %3</source>
        <translation>%1 self-reviews · %2 proposed by the cells · %3 decided</translation>
    </message>
    <message>
        <source>Quyết định xếp loại %1 đảng viên của tất cả các chi bộ:</source>
        <translation>Decide the ratings of %1 members of all cells:</translation>
    </message>
    <message>
        <source>Quyết định xếp loại %1 đảng viên của %2:</source>
        <translation>Decide the ratings of %1 members of %2:</translation>
    </message>
    <message>
        <source>%1 theo đề xuất của chi bộ, %2 theo xếp loại khác đồng chí đã chọn.</source>
        <translation>%1 as the cell proposed, %2 with another rating you chose.</translation>
    </message>
    <message>
        <source>Quyết định xếp loại là cuối cùng, không sửa được sau khi gửi.</source>
        <translation>A rating decision is final and cannot be changed once sent.</translation>
    </message>
    <message>
        <source>Không có bản kiểm điểm nào chờ quyết định xếp loại.</source>
        <translation>No self-review is waiting for a rating decision.</translation>
    </message>
    <message>
        <source>%1 quyết định chưa gửi được: %2</source>
        <translation>%1 decisions could not be queued: %2</translation>
    </message>
    <message>
        <source>Quyết định xếp loại đồng chí %1 không được máy chủ nhận. %2</source>
        <translation>The server did not accept the rating decision for %1. %2</translation>
    </message>
</context>
<context>
    <name>ReviewDecisionsPage</name>
    <message>
        <source>Quyết định xếp loại</source>
        <translation>Rating decisions</translation>
    </message>
    <message>
        <source>Chưa có đợt kiểm điểm nào trên máy này.</source>
        <translation>There is no annual review on this device yet.</translation>
    </message>
    <message>
        <source>Chưa có bản kiểm điểm nào của các chi bộ trực thuộc trên máy này.</source>
        <translation>No self-review of the cells below is on this device yet.</translation>
    </message>
    <message>
        <source>Đã xem</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Mức xếp loại sẽ theo đề xuất của chi bộ. Muốn xếp loại khác cho đồng chí nào, chọn &quot;Chọn mức khác&quot; ở đồng chí đó trước khi đồng ý.</source>
        <translation>Ratings follow the cell's proposal. To give a member another rating, tap &quot;Choose another rating&quot; for that member before agreeing.</translation>
    </message>
    <message>
        <source>Đồng ý với đề xuất của chi bộ: tất cả (%1 đảng viên)</source>
        <translation>Agree with the cells' proposals: all (%1 members)</translation>
    </message>
    <message>
        <source>Đồng ý với đề xuất của chi bộ (%1 đảng viên)</source>
        <translation>Agree with the cell's proposals (%1 members)</translation>
    </message>
    <message>
        <source>Tự xếp loại</source>
        <translation>Self-rating</translation>
    </message>
    <message>
        <source>Chi bộ đề xuất</source>
        <translation>Cell's proposal</translation>
    </message>
    <message>
        <source>Chưa đề xuất</source>
        <translation>Not proposed yet</translation>
    </message>
    <message>
        <source>Nhận xét của chi bộ: %1</source>
        <translation>The cell's comment: %1</translation>
    </message>
    <message>
        <source>Đã quyết định: %1 (đang chờ gửi lên máy chủ)</source>
        <translation>Decided: %1 (waiting to be sent to the server)</translation>
    </message>
    <message>
        <source>Đã quyết định: %1</source>
        <translation>Decided: %1</translation>
    </message>
    <message>
        <source>Sẽ xếp loại khác đề xuất: %1</source>
        <translation>Will be rated differently from the proposal: %1</translation>
    </message>
    <message>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Chọn mức khác</source>
        <translation>Choose another rating</translation>
    </message>
    <message>
        <source>Quyết định xếp loại?</source>
        <translation>Decide the ratings?</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decide</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../qml/pages/ReviewPage.qml" line="+17"/>
        <source>Duyệt đề nghị sửa hồ sơ</source>
        <translation>Review profile change requests</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bí thư chi bộ duyệt đề nghị sửa hồ sơ của đảng viên trong chi bộ; đề nghị của bí thư do cấp ủy cấp trên trực tiếp duyệt.</source>
        <translation>The cell secretary reviews the profile change requests of the cell&apos;s Party members; the secretary&apos;s own requests are reviewed by the Party committee directly above.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không có đề nghị nào đang chờ duyệt. Khi đảng viên gửi đề nghị sửa hồ sơ, đề nghị sẽ hiện ở đây.</source>
        <translation>No requests waiting for review. When a Party member asks to correct their profile, the request will appear here.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Gửi ngày %1</source>
        <translation>Sent on %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hiện nay</source>
        <translation>Currently</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đề nghị</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(để trống)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lý do: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+50"/>
        <source>Không duyệt</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Không duyệt đề nghị</source>
        <translation>Reject the request</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lý do không duyệt đề nghị của đồng chí %1 (đồng chí ấy sẽ đọc được):</source>
        <translation>Why the request of comrade %1 is rejected (they will read this):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lý do không duyệt</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewSummaryModel</name>
    <message>
        <location filename="../../app/models/reviewsummarymodel.cpp" line="+22"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <location filename="../../app/room/roomcontroller.cpp" line="+199"/>
        <source>Buổi sinh hoạt chi bộ</source>
        <translation>Cell meeting</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+275"/>
        <location line="+270"/>
        <location line="+22"/>
        <source>Cần đồng bộ với máy chủ một lần để vào phòng họp.</source>
        <translation>Sync with the server once to enter the meeting room.</translation>
    </message>
    <message>
        <location line="-562"/>
        <source>Đang tìm phòng họp của chi bộ…</source>
        <translation>Looking for the cell&apos;s meeting room…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đang vào phòng họp…</source>
        <translation>Entering the meeting room…</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+89"/>
        <source>Đang nhận tài liệu của buổi sinh hoạt…</source>
        <translation>Receiving the meeting&apos;s documents…</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Mất kết nối với phòng họp. Đang kết nối lại…</source>
        <translation>Connection to the meeting room lost. Reconnecting…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Không lưu được tài liệu của phòng họp vào máy.</source>
        <translation>The meeting room&apos;s documents could not be saved on this device.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đồng chí đã vào phòng họp.</source>
        <translation>You are in the meeting room.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Một tệp đính kèm nhận được bị hỏng nên không được lưu.</source>
        <translation>An attachment arrived damaged and was not saved.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Tài liệu chưa nhận được</source>
        <translation>Document not received yet</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Chưa kết nối với phòng họp. Xin đồng chí chờ một lát rồi thử lại.</source>
        <translation>Not connected to the meeting room. Please wait a moment and try again.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Không điểm danh được. Xin đồng chí thử lại.</source>
        <translation>Could not check in. Please try again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Không biểu quyết được. Xin đồng chí thử lại.</source>
        <translation>Could not vote. Please try again.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Đồng chí bí thư đã đóng phòng họp.</source>
        <translation>The secretary has closed the meeting room.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>Cần đồng bộ với máy chủ một lần để mở phòng họp.</source>
        <translation>Sync with the server once to open the meeting room.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buổi sinh hoạt này đã kết thúc hoặc không có trên máy.</source>
        <translation>This meeting is over or not on this device.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không mở được phòng họp.</source>
        <translation>The meeting room could not be opened.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không mở được phòng họp trên mạng Wi-Fi này.</source>
        <translation>The meeting room could not be opened on this Wi-Fi network.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Phòng họp đang mở. Các đồng chí đảng viên ở gần có thể vào.</source>
        <translation>The meeting room is open. Party members nearby can enter.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Phòng họp đã đóng.</source>
        <translation>The meeting room is closed.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đảng viên</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Buổi sinh hoạt đã kết thúc: phòng họp đã đóng.</source>
        <translation>The meeting has ended: the meeting room is closed.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Thiết bị này đã bị thu hồi nên không vào được phòng họp.</source>
        <translation>This device has been revoked, so it cannot enter the meeting room.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thiết bị không cùng chi bộ với phòng họp này.</source>
        <translation>This device is not of the same cell as this meeting room.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giấy chứng nhận của thiết bị không hợp lệ. Xin đồng chí đồng bộ với máy chủ rồi thử lại.</source>
        <translation>The device&apos;s certificate is not valid. Please sync with the server and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Máy đang mở phòng họp không phải của đồng chí bí thư chi bộ.</source>
        <translation>The device serving the meeting room is not the cell secretary&apos;s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không xác minh được máy đang mở phòng họp.</source>
        <translation>The device serving the meeting room could not be verified.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mất kết nối với phòng họp.</source>
        <translation>Connection to the meeting room lost.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Máy của đồng chí bí thư không nhận được xác nhận này. Xin đồng chí thử lại.</source>
        <translation>The secretary&apos;s device did not accept this. Please try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đồng chí đã điểm danh trên một thiết bị khác.</source>
        <translation>You have already checked in on another device.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buổi sinh hoạt đã kết thúc.</source>
        <translation>The meeting has ended.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đồng chí cần điểm danh có mặt trước khi biểu quyết.</source>
        <translation>Please check in as present before voting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cuộc biểu quyết này đã kết thúc.</source>
        <translation>This vote has closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đồng chí đã biểu quyết trong cuộc biểu quyết này.</source>
        <translation>You have already voted in this vote.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cuộc biểu quyết này không còn như trên máy của đồng chí. Xin đồng chí chờ máy cập nhật rồi chọn lại.</source>
        <translation>This vote has changed since your device received it. Please wait for the update and choose again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phòng họp đang phục vụ một buổi sinh hoạt khác.</source>
        <translation>The meeting room is serving another meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy của đồng chí bí thư chưa ghi nhận được. Xin đồng chí thử lại.</source>
        <translation>The secretary&apos;s device could not record it. Please try again.</translation>
    </message>
</context>
<context>
    <name>RoomHostPage</name>
    <message>
        <source>Phòng họp</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <source>Đang mở qua Wi-Fi, không cần Internet</source>
        <translation>Open over Wi-Fi, no internet needed</translation>
    </message>
    <message>
        <source>Phòng họp đã đóng</source>
        <translation>The meeting room is closed</translation>
    </message>
    <message>
        <source>Thiết bị đã vào phòng: %1</source>
        <translation>Devices in the room: %1</translation>
    </message>
    <message>
        <source>Các đồng chí trong chi bộ ở gần, bắt cùng Wi-Fi, mở ứng dụng sẽ thấy lời mời vào phòng họp.</source>
        <translation>Members of the cell nearby on the same Wi-Fi see the invitation to the meeting room when they open the app.</translation>
    </message>
    <message>
        <source>Mở phòng họp không cần mạng</source>
        <translation>Open the meeting room without internet</translation>
    </message>
    <message>
        <source>Đã điểm danh có mặt: %1</source>
        <translation>Checked in as present: %1</translation>
    </message>
    <message>
        <source>Chưa có đồng chí nào điểm danh trong phòng họp.</source>
        <translation>No member has checked in in the meeting room yet.</translation>
    </message>
    <message>
        <source>Biểu quyết</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Chưa có biểu quyết nào.</source>
        <translation>No vote yet.</translation>
    </message>
    <message>
        <source>Bỏ phiếu kín · đang diễn ra</source>
        <translation>Secret ballot · in progress</translation>
    </message>
    <message>
        <source>Bỏ phiếu kín · đã kết thúc</source>
        <translation>Secret ballot · closed</translation>
    </message>
    <message>
        <source>Biểu quyết công khai · đang diễn ra</source>
        <translation>Open vote · in progress</translation>
    </message>
    <message>
        <source>Biểu quyết công khai · đã kết thúc</source>
        <translation>Open vote · closed</translation>
    </message>
    <message numerus="yes">
        <source>%n đồng chí đã biểu quyết</source>
        <translation>
            <numerusform>%n member has voted</numerusform>
            <numerusform>%n members have voted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phiếu</source>
        <translation>
            <numerusform>%1: %n ballot</numerusform>
            <numerusform>%1: %n ballots</numerusform>
        </translation>
    </message>
    <message>
        <source>Phiếu kín chỉ máy chủ mở được: kết quả do máy chủ kiểm ở lần đồng bộ tới. Trong phòng họp chỉ biết số đồng chí đã bỏ phiếu.</source>
        <translation>Only the server can open secret ballots: it counts the result at the next sync. In the meeting room only the number of members who voted is known.</translation>
    </message>
    <message>
        <source>Kết thúc biểu quyết</source>
        <translation>Close the vote</translation>
    </message>
    <message>
        <source>Mở biểu quyết</source>
        <translation>Open a vote</translation>
    </message>
    <message>
        <source>Đóng phòng họp</source>
        <translation>Close the meeting room</translation>
    </message>
    <message>
        <source>Đóng phòng họp?</source>
        <translation>Close the meeting room?</translation>
    </message>
    <message>
        <source>Các thiết bị trong phòng sẽ không nhận thêm tài liệu, điểm danh hay biểu quyết qua máy này nữa. Những gì đã ghi nhận vẫn ở trên máy và được gửi lên máy chủ khi đồng bộ.</source>
        <translation>The devices in the room will receive no more documents, check-ins or votes through this device. What was recorded stays on the device and goes to the server at the next sync.</translation>
    </message>
</context>
<context>
    <name>RoomNearbyBanner</name>
    <message>
        <location filename="../../qml/components/RoomNearbyBanner.qml" line="+27"/>
        <source>Buổi sinh hoạt đang diễn ra gần bạn</source>
        <translation>A cell meeting is taking place near you</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vào phòng họp</source>
        <translation>Enter the meeting room</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../../qml/pages/RoomPage.qml" line="+50"/>
        <source>Bỏ phiếu kín</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Biểu quyết</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Đồng chí đã biểu quyết: %1</source>
        <translation>You have voted: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng chí đã biểu quyết</source>
        <translation>You have voted</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Phiếu kín được niêm phong: chỉ máy chủ mở được, máy của bí thư không đọc được.</source>
        <translation>A secret ballot is sealed: only the server can open it, the secretary&apos;s device cannot read it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phòng họp</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Do đồng chí %1 (bí thư chi bộ) mở</source>
        <translation>Opened by comrade %1 (cell secretary)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Vào lại phòng họp</source>
        <translation>Enter the meeting room again</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Điểm danh có mặt</source>
        <translation>Check in as present</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đồng chí đã điểm danh</source>
        <translation>You have checked in</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tài liệu đã nhận: %1/%2</source>
        <translation>Documents received: %1/%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (đang nhận…)</source>
        <translation>%1 (receiving…)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rời phòng họp</source>
        <translation>Leave the meeting room</translation>
    </message>
</context>
<context>
    <name>SecretaryActions</name>
    <message>
        <location filename="../../qml/components/SecretaryActions.qml" line="+22"/>
        <source>+ Lên lịch họp</source>
        <translation>+ Schedule a meeting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+ Chia sẻ tài liệu</source>
        <translation>+ Share a document</translation>
    </message>
    <message>
        <source>Kiểm điểm, xếp loại</source>
        <translation>Annual review</translation>
    </message>
</context>
<context>
    <name>SelfReviewListModel</name>
    <message>
        <source>Chưa nộp bản kiểm điểm</source>
        <translation>No self-review submitted</translation>
    </message>
    <message>
        <source>Nộp lúc %1</source>
        <translation>Submitted at %1</translation>
    </message>
    <message>
        <source>nộp muộn</source>
        <translation>late</translation>
    </message>
    <message>
        <source>đang chờ gửi lên máy chủ</source>
        <translation>waiting to be sent to the server</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../app/controllers/sessioncontroller.cpp" line="+66"/>
        <source>Không đọc được dữ liệu trên máy. Hãy thử “Kiểm tra bộ nhớ”.</source>
        <translation>Could not read the data on this device. Try “Check storage”.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="+18"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cỡ chữ</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cỡ chữ hiện tại: %1%</source>
        <translation>Current text size: %1%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A− Nhỏ hơn</source>
        <translation>A− Smaller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chữ nhỏ hơn</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A+ Lớn hơn</source>
        <translation>A+ Larger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chữ lớn hơn</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tự khóa</source>
        <translation>Auto-lock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ứng dụng tự khóa khi không dùng trong:</source>
        <translation>The app locks itself when not used for:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>%1 phút</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khi chuyển sang ứng dụng khác hoặc tắt màn hình, ứng dụng tự khóa:</source>
        <translation>When you switch to another app or the screen turns off, the app locks itself:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tự khóa khi ở chế độ nền</source>
        <translation>Lock in the background</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bộ nhớ</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp đính kèm: %1 / %2</source>
        <translation>Attachments: %1 / %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tệp đính kèm đã dùng %1% giới hạn</source>
        <translation>Attachments use %1% of the limit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toàn bộ dữ liệu trên máy: %1</source>
        <translation>All data on this device: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Còn trống trên thiết bị: %1</source>
        <translation>Free space on the device: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kiểm tra bộ nhớ</source>
        <translation>Check storage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đổi mã PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tên đăng nhập: %1</source>
        <translation>Username: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Máy chủ: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đăng xuất và xóa dữ liệu trên máy</source>
        <translation>Sign out and erase the data on this device</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sổ tay đảng viên, phiên bản %1. Tài liệu được lưu mã hóa trên máy; không ai đọc được khi không có mã PIN.</source>
        <translation>Party Member&apos;s Handbook, version %1. Documents are stored encrypted on this device; no one can read them without the PIN.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đăng xuất?</source>
        <translation>Sign out?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Còn %1 thay đổi chưa gửi lên máy chủ và sẽ bị mất. Mọi tài liệu trên máy này sẽ bị xóa; lần sau cần đăng nhập lại.</source>
        <translation>%1 changes have not been sent to the server and will be lost. All documents on this device will be deleted; you will need to sign in again next time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mọi tài liệu trên máy này sẽ bị xóa; lần sau cần đăng nhập lại.</source>
        <translation>All documents on this device will be deleted; you will need to sign in again next time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>ShareDocumentController</name>
    <message>
        <location filename="../../app/controllers/sharedocumentcontroller.cpp" line="+47"/>
        <source>Tệp văn bản quá lớn để gửi kèm (tối đa %1). Hãy chuyển sang PDF rồi chia sẻ.</source>
        <translation>The text file is too large to send inline (at most %1). Convert it to PDF and share that.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Không mở được tệp này.</source>
        <translation>This file cannot be opened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Tệp quá lớn: tối đa %1.</source>
        <translation>The file is too large: at most %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chỉ chia sẻ được tệp PDF hoặc tệp văn bản (.txt).</source>
        <translation>Only PDF files or text files (.txt) can be shared.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tài liệu</source>
        <translation>document</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Xin chọn tệp cần chia sẻ.</source>
        <translation>Please choose a file to share.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xin chọn tài liệu cần chuyển cho chi bộ.</source>
        <translation>Please choose the document to send to the Party cell.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xin nhập tên tài liệu.</source>
        <translation>Please enter the document&apos;s title.</translation>
    </message>
</context>
<context>
    <name>ShareDocumentPage</name>
    <message>
        <location filename="../../qml/pages/ShareDocumentPage.qml" line="+29"/>
        <source>Chia sẻ tài liệu</source>
        <translation>Share document</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đã chia sẻ tài liệu “%1”. Chi bộ sẽ nhận được khi đồng bộ.</source>
        <translation>Document “%1” shared. The cell receives it when you sync.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chọn tệp PDF hoặc văn bản</source>
        <translation>Choose a PDF or text file</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Tệp trên máy</source>
        <translation>File on this device</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tài liệu có sẵn</source>
        <translation>Available documents</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chọn tệp khác</source>
        <translation>Choose another file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp: %1 (%2)</source>
        <translation>File: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp PDF hoặc .txt, tối đa %1.</source>
        <translation>PDF or .txt file, up to %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đã chọn: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn tài liệu cần chuyển cho chi bộ:</source>
        <translation>Choose the document to pass on to the cell:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Tìm tài liệu</source>
        <translation>Find documents</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✓ Tài liệu sẽ chuyển cho chi bộ</source>
        <translation>✓ The document will be sent to the Party cell</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tên tài liệu</source>
        <translation>Document title</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+23"/>
        <source>Loại tài liệu</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lời nhắn cho chi bộ (không bắt buộc)</source>
        <translation>Message to the Party cell (optional)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+23"/>
        <source>Dùng cho buổi sinh hoạt</source>
        <translation>For a meeting</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Chia sẻ với chi bộ</source>
        <translation>Share with the cell</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tài liệu được lưu trên máy và gửi cho chi bộ khi đồng bộ; tệp lớn được tải lên tiếp từ chỗ dừng nếu mạng bị ngắt.</source>
        <translation>The document is saved on this device and sent to the Party cell when you sync; large files resume uploading from where they stopped if the connection drops.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../qml/pages/SignInPage.qml" line="+22"/>
        <source>Sổ tay đảng viên</source>
        <translation>Party Member&apos;s Handbook</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dùng tên đăng nhập và mật khẩu do cấp ủy cấp. Sau khi đăng nhập, tài liệu được lưu mã hóa trên máy để đọc cả khi không có mạng.</source>
        <translation>Use the username and password issued by the Party committee. After signing in, documents are stored encrypted on this device so you can read them even without a connection.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Địa chỉ máy chủ</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ví dụ: %1</source>
        <translation>For example: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tên đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang kiểm tra với máy chủ…</source>
        <translation>Checking with the server…</translation>
    </message>
</context>
<context>
    <name>SignerDetailsDialog</name>
    <message>
        <location filename="../../qml/components/SignerDetailsDialog.qml" line="+15"/>
        <source>Văn bản đã được xác thực</source>
        <translation>Verified document</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chữ ký trên văn bản này khớp với nội dung và được tỉnh chứng nhận.</source>
        <translation>The signature on this document matches its content and is certified by the province.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Văn bản này không có chữ ký số.</source>
        <translation>This document has no digital signature.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người ký</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cơ quan</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hiệu lực chứng nhận</source>
        <translation>Certificate valid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Từ %1 đến %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dấu vân tay khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignerKeyController</name>
    <message>
        <location filename="../../app/controllers/signerkeycontroller.cpp" line="+88"/>
        <source>Chưa có khóa ký</source>
        <translation>No signing key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa gửi</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chờ chứng thực</source>
        <translation>Waiting for certification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã chứng thực</source>
        <translation>Certified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã chứng thực đến %1</source>
        <translation>Certified until %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã thu hồi</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hết hạn</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Để ký ban hành văn bản, máy này cần một khóa ký riêng của đồng chí. Khóa được tạo và cất giữ ngay trên máy, không gửi đi đâu; chỉ phần công khai được gửi lên máy chủ để chứng thực.</source>
        <translation>To sign and publish documents, this device needs your own signing key. The key is made and kept on this device and is never sent anywhere; only its public part goes to the server to be certified.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Khóa ký chưa đến được máy chủ. Hãy bấm “Gửi lại”.</source>
        <translation>The signing key has not reached the server. Tap “Send again”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa ký sẽ được gửi lên máy chủ ở lần đồng bộ tới.</source>
        <translation>The signing key will be sent to the server at the next sync.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hãy gọi điện cho cán bộ quản trị và đọc dãy mã dưới đây. Khi khóa được chứng thực, đồng chí mới ký ban hành văn bản được.</source>
        <translation>Call the administrator and read out the code below. Once the key is certified you can sign and publish documents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đồng chí có thể ký ban hành văn bản bằng khóa này.</source>
        <translation>You can sign and publish documents with this key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khóa này đã bị thu hồi và không ký được nữa. Hãy liên hệ cán bộ quản trị.</source>
        <translation>This key has been revoked and can no longer sign. Contact the administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chứng thực của khóa này đã hết hạn. Hãy liên hệ cán bộ quản trị để gia hạn.</source>
        <translation>This key&apos;s certification has expired. Contact the administrator to renew it.</translation>
    </message>
</context>
<context>
    <name>SignerKeyPage</name>
    <message>
        <location filename="../../qml/pages/SignerKeyPage.qml" line="+17"/>
        <source>Khóa ký của tôi</source>
        <translation>My signing key</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chỉ cán bộ cấp ủy mới cần khóa ký để ký ban hành văn bản.</source>
        <translation>Only Party committee staff need a signing key to sign and publish documents.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trạng thái: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mã nhận diện khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cán bộ quản trị đọc lại dãy mã này trước khi chứng thực. Nếu có chỗ khác nhau, đừng để chứng thực.</source>
        <translation>The administrator reads this code back before certifying. If anything differs, do not let it be certified.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Họ tên và chức vụ (đảng viên sẽ thấy khi xem văn bản đồng chí ký)</source>
        <translation>Full name and position (Party members see it on the documents you sign)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gửi lại khóa ký</source>
        <translation>Send the signing key again</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tạo khóa ký</source>
        <translation>Make a signing key</translation>
    </message>
</context>
<context>
    <name>StatisticsModel</name>
    <message>
        <location filename="../../app/models/statisticsmodel.cpp" line="+21"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Độ tuổi</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trình độ chuyên môn</source>
        <translation>Professional qualifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dưới 30 tuổi</source>
        <translation>Under 30</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Từ 70 tuổi trở lên</source>
        <translation>70 and over</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+97"/>
        <location line="+25"/>
        <source>Chưa rõ</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Từ %1 đến %2 tuổi</source>
        <translation>Aged %1 to %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sau đại học</source>
        <translation>Postgraduate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đại học</source>
        <translation>University</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cao đẳng</source>
        <translation>College</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trung cấp</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phổ thông</source>
        <translation>Secondary school</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../qml/pages/StatisticsPage.qml" line="+15"/>
        <source>Thống kê đảng viên</source>
        <translation>Party member statistics</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Thống kê dành cho bí thư chi bộ và cấp ủy.</source>
        <translation>Statistics for cell secretaries and Party committees.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 đảng viên</source>
        <translation>%1: %2 Party members</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>StudiesController</name>
    <message>
        <location filename="../../app/controllers/studiescontroller.cpp" line="+25"/>
        <source>Hôm nay là hạn nộp bài thu hoạch “%1” (hạn %2).</source>
        <translation>Today is the deadline to submit the reflection “%1” (due %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Còn 1 ngày đến hạn nộp bài thu hoạch “%1” (hạn %2).</source>
        <translation>1 day left to submit the reflection “%1” (due %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Còn %1 ngày đến hạn nộp bài thu hoạch “%2” (hạn %3).</source>
        <translation>%1 days left to submit the reflection “%2” (due %3).</translation>
    </message>
</context>
<context>
    <name>StudiesPage</name>
    <message>
        <location filename="../../qml/pages/StudiesPage.qml" line="+31"/>
        <source>Học tập, quán triệt nghị quyết</source>
        <translation>Studying resolutions</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>+ Giao học tập</source>
        <translation>+ Assign a study</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chưa có đợt học tập nào. Khi cấp ủy hoặc chi bộ giao học tập một nghị quyết, đồng chí sẽ thấy ở đây.</source>
        <translation>No studies yet. When a Party committee or your cell asks you to study a resolution, you will see it here.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Bài thu hoạch của chi bộ</source>
        <translation>The cell&apos;s reflections</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>StudyAssignController</name>
    <message>
        <location filename="../../app/controllers/studyassigncontroller.cpp" line="+137"/>
        <source>Học tập, quán triệt %1</source>
        <translation>Study of %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Đã bỏ những tài liệu mà nơi học tập mới không xem được.</source>
        <translation>Documents the new audience cannot see were removed.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Chỉ bí thư chi bộ và cán bộ cấp ủy mới giao học tập được.</source>
        <translation>Only cell secretaries and committee members can assign a study.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Có tài liệu không còn trên máy hoặc nơi học tập không xem được. Xin chọn lại tài liệu.</source>
        <translation>A document is no longer on this device or cannot be seen by those who study. Please choose the documents again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đồng chí chỉ giao học tập được cho chi bộ của mình (bí thư) hoặc cho tổ chức mình và các tổ chức trực thuộc (cấp ủy).</source>
        <translation>You can assign a study only to your own cell (secretary) or to your organisation and those below it (committee).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa ghi lại được trên máy. Hãy thử lại.</source>
        <translation>Could not be saved on this device. Please try again.</translation>
    </message>
</context>
<context>
    <name>StudyAssignPage</name>
    <message>
        <location filename="../../qml/pages/StudyAssignPage.qml" line="+28"/>
        <location line="+264"/>
        <source>Giao học tập</source>
        <translation>Assign a study</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Đã giao học tập “%1”. Đảng viên sẽ nhận được khi đồng bộ.</source>
        <translation>Study “%1” assigned. Members will receive it at the next sync.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bí thư chi bộ giao học tập cho chi bộ; cán bộ cấp ủy giao cho tổ chức của mình và các tổ chức trực thuộc.</source>
        <translation>A cell secretary assigns studies to the cell; a committee member to their organisation and the organisations below it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nơi học tập</source>
        <translation>Who studies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa chọn</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chọn nơi học tập</source>
        <translation>Choose who studies</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tài liệu cần học tập (%1)</source>
        <translation>Documents to study (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa chọn tài liệu nào. Chọn trong danh sách bên dưới.</source>
        <translation>No document chosen yet. Choose from the list below.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tên đợt học tập</source>
        <translation>Title of the study</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hướng dẫn (không bắt buộc)</source>
        <translation>Instructions (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hạn nộp bài thu hoạch (ngày/tháng/năm)</source>
        <translation>Reflection due date (day/month/year)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Yêu cầu viết bài thu hoạch</source>
        <translation>A written reflection is required</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Câu hỏi trắc nghiệm (%1)</source>
        <translation>Quiz questions (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không bắt buộc. Mỗi câu có từ 2 đến %1 phương án; chọn nút tròn bên cạnh phương án đúng. Đáp án chỉ lưu trên máy chủ, đảng viên không thấy.</source>
        <translation>Optional. Each question has 2 to %1 choices; tap the round button next to the right one. The answers are kept on the server only; members do not see them.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Câu hỏi %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Phương án %1 là đáp án đúng</source>
        <translation>Choice %1 is the right answer</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Phương án %1</source>
        <translation>Choice %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ phương án %1</source>
        <translation>Remove choice %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+ Thêm phương án</source>
        <translation>+ Add a choice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Xóa câu hỏi %1</source>
        <translation>Delete question %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>+ Thêm câu hỏi trắc nghiệm</source>
        <translation>+ Add a quiz question</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thêm tài liệu</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chỉ những tài liệu mà toàn bộ nơi học tập đều xem được.</source>
        <translation>Only documents everyone who studies can see.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Tìm tài liệu</source>
        <translation>Search documents</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Đợt học tập được lưu trên máy và gửi đi khi đồng bộ.</source>
        <translation>The study is kept on this device and sent at the next sync.</translation>
    </message>
</context>
<context>
    <name>StudyController</name>
    <message>
        <location filename="../../app/controllers/studycontroller.cpp" line="+110"/>
        <source>Đã nộp trên máy này. Bài sẽ được gửi tới bí thư khi máy có mạng.</source>
        <translation>Submitted on this device. It will be sent to the secretary when the device is online.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã nộp lúc %1 (sau hạn nộp).</source>
        <translation>Submitted at %1 (after the due date).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã nộp lúc %1.</source>
        <translation>Submitted at %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kết quả trắc nghiệm sẽ có sau khi đồng bộ.</source>
        <translation>The quiz result will be shown after syncing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trắc nghiệm: đúng %1/%2 câu.</source>
        <translation>Quiz: %1 of %2 correct.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nhận xét lúc %1</source>
        <translation>Reviewed at %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhận xét của đồng chí %1, lúc %2</source>
        <translation>Reviewed by comrade %1 at %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Đã lưu trên máy lúc %1</source>
        <translation>Saved on this device at %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Tài liệu chưa có trên máy (hãy đồng bộ)</source>
        <translation>Document not on this device yet (please sync)</translation>
    </message>
    <message>
        <location filename="../../app/sync/actionerrors.cpp" line="+23"/>
        <source>Chưa đăng nhập: chưa nộp được bài thu hoạch.</source>
        <translation>Not signed in: the reflection could not be submitted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không tìm thấy đợt học tập này hoặc đồng chí không thuộc đối tượng học tập. Bài viết của đồng chí vẫn được giữ trên máy.</source>
        <translation>This study was not found or you are not among those asked to study it. Your text is still kept on this device.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đợt học tập đã kết thúc, không nhận bài nữa. Bài viết của đồng chí vẫn được giữ trên máy.</source>
        <translation>The study has closed and no longer takes reflections. Your text is still kept on this device.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Máy chủ không nhận bài thu hoạch như đã gửi. Bài viết của đồng chí vẫn được giữ trên máy.</source>
        <translation>The server could not accept the reflection as it was sent. Your text is still kept on this device.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xin đồng chí viết bài thu hoạch trước khi nộp.</source>
        <translation>Please write your reflection before submitting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xin đồng chí trả lời tất cả các câu hỏi trước khi nộp.</source>
        <translation>Please answer every question before submitting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bài thu hoạch quá dài (tối đa 20.000 ký tự) hoặc có câu trả lời không hợp lệ. Bài viết của đồng chí vẫn được giữ trên máy.</source>
        <translation>The reflection is too long (at most 20,000 characters) or an answer is not valid. Your text is still kept on this device.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa nộp được bài thu hoạch. Hãy thử lại.</source>
        <translation>The reflection could not be submitted. Please try again.</translation>
    </message>
</context>
<context>
    <name>StudyListModel</name>
    <message>
        <location filename="../../app/models/studylistmodel.cpp" line="+34"/>
        <source>Chưa làm</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang viết</source>
        <translation>Writing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã được duyệt</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bị trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hạn nộp: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quá hạn 1 ngày</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quá hạn %1 ngày</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hôm nay là hạn nộp bài thu hoạch</source>
        <translation>The reflection is due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Còn 1 ngày đến hạn nộp bài thu hoạch</source>
        <translation>1 day left to submit the reflection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Còn %1 ngày đến hạn nộp bài thu hoạch</source>
        <translation>%1 days left to submit the reflection</translation>
    </message>
</context>
<context>
    <name>StudyOrganiserActions</name>
    <message>
        <location filename="../../app/sync/studyorganiseractions.cpp" line="+63"/>
        <source>%1 quá dài: %2 ký tự, tối đa %3 ký tự.</source>
        <translation>%1 is too long: %2 characters, at most %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xin nhập tên đợt học tập.</source>
        <translation>Please type the title of the study.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên đợt học tập</source>
        <translation>Title of the study</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hướng dẫn</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xin chọn ít nhất một tài liệu cần học tập.</source>
        <translation>Please choose at least one document to study.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tài liệu học tập: chọn tối đa %1 tài liệu.</source>
        <translation>Documents to study: choose at most %1 documents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xin chọn nơi học tập.</source>
        <translation>Please choose who studies.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hạn nộp bài thu hoạch chưa đúng: xin ghi ngày/tháng/năm, ví dụ 25/12/2026.</source>
        <translation>The due date is not valid: please write day/month/year, for example 25/12/2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hạn nộp bài thu hoạch không được trước hôm nay (%1).</source>
        <translation>The due date cannot be before today (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Câu hỏi trắc nghiệm: tối đa %1 câu.</source>
        <translation>Quiz: at most %1 questions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Câu hỏi %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: xin nhập nội dung câu hỏi.</source>
        <translation>%1: please type the question.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cần từ 2 đến %2 phương án trả lời.</source>
        <translation>%1: needs 2 to %2 choices.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, phương án %2</source>
        <translation>%1, choice %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: xin nhập nội dung phương án.</source>
        <translation>%1: please type the choice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: xin đánh dấu đáp án đúng.</source>
        <translation>%1: please mark the right answer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: trùng mã với một câu hỏi khác.</source>
        <translation>%1: has the same id as another question.</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../qml/pages/StudyPage.qml" line="+28"/>
        <source>Học tập, quán triệt nghị quyết</source>
        <translation>Studying resolutions</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Đã nộp bài thu hoạch. Bài sẽ được gửi tới bí thư khi máy có mạng.</source>
        <translation>Reflection submitted. It will be sent to the secretary when the device is online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã nộp bài thu hoạch.</source>
        <translation>Reflection submitted.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bí thư trả lại, đề nghị viết lại:</source>
        <translation>Returned by the secretary, please rewrite:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhận xét của bí thư:</source>
        <translation>The secretary&apos;s comment:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Không tìm thấy đợt học tập này trên máy. Hãy đồng bộ rồi thử lại.</source>
        <translation>This study is not on this device. Please sync and try again.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 giao cho toàn thể đảng viên</source>
        <translation>%1 assigned to all party members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 giao cho %2</source>
        <translation>%1 assigned to %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã kết thúc</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Yêu cầu</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tài liệu cần đọc (đã đọc %1/%2)</source>
        <translation>Documents to read (%1/%2 read)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bài thu hoạch</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bài thu hoạch (không bắt buộc)</source>
        <translation>Reflection (optional)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Điều đồng chí thu hoạch được, liên hệ với công việc, việc sẽ làm:</source>
        <translation>What you learned, how it applies to your work, what you will do:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 từ · %2</source>
        <translation>%1 words · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 từ</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Câu hỏi trắc nghiệm (còn %1 câu chưa trả lời)</source>
        <translation>Quiz (%1 questions not answered yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Câu hỏi trắc nghiệm</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nộp lại bài thu hoạch</source>
        <translation>Submit the reflection again</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nộp bài thu hoạch</source>
        <translation>Submit reflection</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bài viết được lưu trên máy khi đồng chí gõ, kể cả khi không có mạng. Sau khi nộp, bài được gửi tới bí thư chi bộ trong lần đồng bộ tới.</source>
        <translation>Your text is saved on this device as you type, even offline. Once submitted, it goes to the cell secretary at the next sync.</translation>
    </message>
</context>
<context>
    <name>StudyProgressController</name>
    <message>
        <location filename="../../app/controllers/studyprogresscontroller.cpp" line="+49"/>
        <source>Hạn hoàn thành: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đã đóng</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang diễn ra</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 yêu cầu toàn thể đảng viên học tập</source>
        <translation>%1 asks all its Party members to study</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 yêu cầu %2 học tập</source>
        <translation>%1 asked %2 to study</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đã lưu báo cáo vào %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Không tìm thấy thư mục để lưu báo cáo.</source>
        <translation>No folder was found to save the report in.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Không lưu được báo cáo vào %1.</source>
        <translation>The report could not be saved to %1.</translation>
    </message>
</context>
<context>
    <name>StudyProgressModel</name>
    <message>
        <location filename="../../app/models/studyprogressmodel.cpp" line="+21"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>StudyProgressPage</name>
    <message>
        <location filename="../../qml/pages/StudyProgressPage.qml" line="+31"/>
        <source>Tiến độ học tập</source>
        <translation>Study progress</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Chưa có số liệu tiến độ của đợt học tập này trên máy. Hãy đồng bộ rồi xem lại.</source>
        <translation>There are no progress figures for this study on this device yet. Sync, then look again.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>› %1</source>
        <translation>› %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tỉ lệ hoàn thành của các đơn vị trực thuộc</source>
        <translation>Completion of the units below</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Biểu đồ tỉ lệ hoàn thành theo đơn vị</source>
        <translation>Chart of completion by unit</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Đơn vị số</source>
        <translation>Unit no.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Phần trăm số đảng viên</source>
        <translation>Percent of members</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đã nộp bài thu hoạch</source>
        <translation>Reflection handed in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã được duyệt</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Số liệu theo đơn vị</source>
        <translation>Figures by unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Sắp xếp theo</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỉ lệ được duyệt</source>
        <translation>Share accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số đã nộp</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số được duyệt</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số nộp muộn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số chưa làm</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm trung bình</source>
        <translation>Average score</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thứ tự: tăng dần (bấm để đảo)</source>
        <translation>Order: ascending (tap to reverse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ tự: giảm dần (bấm để đảo)</source>
        <translation>Order: descending (tap to reverse)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Toàn %1</source>
        <translation>All of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã nộp %1/%2 (%3) · Được duyệt %4 (%5)</source>
        <translation>Handed in %1/%2 (%3) · Accepted %4 (%5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trả lại %1 · Nộp muộn %2 · Chưa làm %3 · Điểm trung bình %4</source>
        <translation>Returned %1 · Late %2 · Not started %3 · Average score %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bấm để xem các đơn vị trực thuộc</source>
        <translation>Tap to see the units below</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xuất báo cáo PDF</source>
        <translation>Export PDF report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xuất CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Kết thúc đợt học tập</source>
        <translation>Close the study</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Kết thúc đợt học tập?</source>
        <translation>Close the study?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sau khi kết thúc, đảng viên không nộp bài thu hoạch được nữa; bí thư chi bộ vẫn duyệt được các bài đã nộp.</source>
        <translation>Once closed, members can no longer hand in reflections; cell secretaries can still review those handed in.</translation>
    </message>
</context>
<context>
    <name>StudyQuizQuestion</name>
    <message>
        <location filename="../../qml/components/StudyQuizQuestion.qml" line="+25"/>
        <source>Câu %1. %2</source>
        <translation>Question %1. %2</translation>
    </message>
</context>
<context>
    <name>StudyReviewController</name>
    <message>
        <location filename="../../app/controllers/studyreviewcontroller.cpp" line="+59"/>
        <source>Hạn nộp %1 (đã quá hạn)</source>
        <translation>Due %1 (overdue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn nộp %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 đảng viên · đã nộp %2 · đã duyệt %3 · bị trả lại %4 · nộp muộn %5 · chưa nộp %6</source>
        <translation>%1 members · handed in %2 · accepted %3 · returned %4 · late %5 · not handed in %6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Điểm trắc nghiệm trung bình: %1/10</source>
        <translation>Average quiz mark: %1/10</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nộp lúc %1 · nộp muộn</source>
        <translation>Handed in at %1 · late</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nộp lúc %1</source>
        <translation>Handed in at %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (đang chờ gửi lên máy chủ)</source>
        <translation>%1 (waiting to be sent to the server)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bài thu hoạch này đã được duyệt hoặc trả lại.</source>
        <translation>This reflection has already been accepted or returned.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ bí thư chi bộ duyệt bài thu hoạch của đảng viên trong chi bộ; chỉ nơi giao học tập mới kết thúc được đợt học tập.</source>
        <translation>Only the cell secretary reviews the reflections of the cell&apos;s members; only the organisation that assigned a study can close it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không tìm thấy trên máy. Hãy đồng bộ rồi thử lại.</source>
        <translation>Not found on this device. Sync, then try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa ghi lại được trên máy. Hãy thử lại.</source>
        <translation>Could not be saved on this device. Please try again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nhận xét quá dài: %1 ký tự, tối đa %2 ký tự.</source>
        <translation>The comment is too long: %1 characters, at most %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Xin ghi nhận xét để đồng chí ấy biết cần viết thêm gì.</source>
        <translation>Please write a comment so that the member knows what to add.</translation>
    </message>
</context>
<context>
    <name>StudyRow</name>
    <message>
        <location filename="../../qml/components/StudyRow.qml" line="+55"/>
        <source>%1 · chưa gửi</source>
        <translation>%1 · not sent yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã kết thúc</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đối tượng: %1</source>
        <translation>For: %1</translation>
    </message>
</context>
<context>
    <name>StudySubmissionModel</name>
    <message>
        <location filename="../../app/models/studysubmissionmodel.cpp" line="+23"/>
        <source>Chưa nộp</source>
        <translation>Not handed in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã nộp chờ duyệt</source>
        <translation>Handed in, waiting for review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bị trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã duyệt</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1/%2 câu đúng</source>
        <translation>%1/%2 answers right</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chưa nộp bài thu hoạch</source>
        <translation>Reflection not handed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nộp lúc %1</source>
        <translation>Handed in at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nộp muộn</source>
        <translation>late</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>đang chờ gửi lên máy chủ</source>
        <translation>waiting to be sent to the server</translation>
    </message>
</context>
<context>
    <name>StudySubmissionsPage</name>
    <message>
        <location filename="../../qml/pages/StudySubmissionsPage.qml" line="+30"/>
        <source>Bài thu hoạch của chi bộ</source>
        <translation>The cell&apos;s reflections</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Không tìm thấy đợt học tập này trên máy.</source>
        <translation>This study is not on this device.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · đã kết thúc</source>
        <translation>%1 · closed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đã nộp %1/%2</source>
        <translation>Handed in %1/%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tiến độ nộp bài thu hoạch</source>
        <translation>Reflections handed in</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+26"/>
        <source>Kết thúc đợt học tập</source>
        <translation>Close the study</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Kết thúc đợt học tập?</source>
        <translation>Close the study?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sau khi kết thúc, đảng viên không nộp bài thu hoạch được nữa; những bài đã nộp vẫn duyệt được.</source>
        <translation>Once closed, members can no longer hand in reflections; those handed in can still be reviewed.</translation>
    </message>
</context>
<context>
    <name>SubmissionReviewPage</name>
    <message>
        <location filename="../../qml/pages/SubmissionReviewPage.qml" line="+22"/>
        <location line="+70"/>
        <source>Bài thu hoạch</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Không tìm thấy bài thu hoạch này trên máy.</source>
        <translation>This reflection is not on this device.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn một bài thu hoạch để xem.</source>
        <translation>Choose a reflection to read.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Trắc nghiệm: %1</source>
        <translation>Quiz: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(Không có bài viết)</source>
        <translation>(No text)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nhận xét của bí thư: %1</source>
        <translation>Secretary&apos;s comment: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nhận xét (bắt buộc khi trả lại)</source>
        <translation>Comment (required to return it)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duyệt</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trả lại để viết thêm</source>
        <translation>Return for more work</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <location filename="../../qml/components/SyncBanner.qml" line="+44"/>
        <location line="+52"/>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Đang chờ đăng nhập với máy chủ: tài liệu trên máy vẫn đọc được, nhưng chưa gửi, chưa nhận được gì.</source>
        <translation>Waiting for a sign-in with the server: the documents on this device can still be read, but nothing is sent or received yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Máy đang không có mạng. Đồng chí vẫn đọc được tài liệu có trên máy; máy sẽ tự đồng bộ khi có mạng.</source>
        <translation>This device has no network. You can still read the documents on this device; it will sync by itself when the network is back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa liên lạc được với máy chủ. Đồng chí vẫn đọc được tài liệu có trên máy; máy sẽ tự thử lại.</source>
        <translation>The server cannot be reached yet. You can still read the documents on this device; the app will try again by itself.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã đồng bộ</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã nhận %1 thay đổi · tệp đính kèm %2/%3</source>
        <translation>Received %1 changes · attachments %2/%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã nhận %1 thay đổi</source>
        <translation>%1 changes received</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 · Đang gửi %2 thay đổi</source>
        <translation>%1 · Sending %2 changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · Còn %2 thay đổi chưa gửi</source>
        <translation>%1 · %2 changes not sent yet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../app/session/synccontroller.cpp" line="+65"/>
        <source>máy sẽ tự thử lại lúc %1.</source>
        <translation>the app will try again at %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>máy sẽ tự thử lại.</source>
        <translation>the app will try again by itself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đang gửi lên máy chủ…</source>
        <translation>Sending to the server…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa gửi: máy đang không có mạng; sẽ tự gửi khi có mạng.</source>
        <translation>Not sent yet: this device has no network; it will be sent when the network is back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa gửi: chưa liên lạc được với máy chủ; %1</source>
        <translation>Not sent yet: the server cannot be reached; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa gửi được: %1</source>
        <translation>Could not be sent: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chờ gửi: máy sẽ gửi trong lần đồng bộ tới, ngay khi có thể.</source>
        <translation>Waiting to be sent: it goes with the next sync, as soon as possible.</translation>
    </message>
</context>
<context>
    <name>TransferListModel</name>
    <message>
        <location filename="../../app/models/transferlistmodel.cpp" line="+44"/>
        <source>Chờ đồng chí quyết định</source>
        <translation>Waiting for your decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã đề nghị</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã nhận</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không nhận</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chờ quyết định</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · đang chờ gửi lên máy chủ</source>
        <translation>%1 · waiting to be sent to the server</translation>
    </message>
</context>
<context>
    <name>TransfersController</name>
    <message>
        <location filename="../../app/controllers/transferscontroller.cpp" line="+135"/>
        <source>Đề nghị chuyển sinh hoạt đảng</source>
        <translation>Request a Party membership transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quyết định chuyển sinh hoạt đảng</source>
        <translation>Decide a Party membership transfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Máy chủ không chấp nhận thay đổi này.</source>
        <translation>The server did not accept this change.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+57"/>
        <source>Đồng chí này không thuộc các chi bộ đồng chí phụ trách.</source>
        <translation>This comrade is not in a cell you are responsible for.</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+52"/>
        <source>Hãy chọn một chi bộ: chỉ chuyển sinh hoạt đến chi bộ.</source>
        <translation>Please choose a cell: members can only be transferred to a cell.</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+50"/>
        <source>Đồng chí này đang sinh hoạt ở chi bộ đó. Hãy chọn chi bộ khác.</source>
        <translation>This comrade already belongs to that cell. Please choose another cell.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Chỉ cấp ủy cấp trên của chi bộ mới đề nghị chuyển sinh hoạt đảng.</source>
        <translation>Only a committee above the cell can request a Party membership transfer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hãy chọn đảng viên cần chuyển.</source>
        <translation>Please choose the member to transfer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+104"/>
        <source>Đồng chí này đã có một đề nghị chuyển sinh hoạt đang chờ quyết định.</source>
        <translation>This comrade already has a transfer request waiting for a decision.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Hãy chọn chi bộ chuyển đến.</source>
        <translation>Please choose the receiving cell.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hãy ghi lý do chuyển sinh hoạt.</source>
        <translation>Please write the reason for the transfer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Lý do dài quá: tối đa %1 ký tự.</source>
        <translation>The reason is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hãy ghi lý do không nhận để cấp ủy bên chuyển đi được biết.</source>
        <translation>Please write why you reject it, so that the sending committee knows.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chỉ cấp ủy cấp trên của chi bộ nhận mới quyết định được việc chuyển này.</source>
        <translation>Only a committee above the receiving cell can decide this transfer.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Thông tin chưa đúng: cần một chi bộ khác chi bộ hiện tại và lý do (tối đa %1 ký tự).</source>
        <translation>The details are not right: a cell other than the current one and a reason (at most %1 characters) are needed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Không tìm thấy đảng viên, chi bộ hoặc đề nghị này trên máy. Hãy đồng bộ rồi thử lại.</source>
        <translation>This member, cell or request is not on this device. Please sync and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đề nghị chuyển này đã được quyết định.</source>
        <translation>This transfer has already been decided.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa đăng nhập: chưa ghi lại được.</source>
        <translation>Not signed in: nothing was recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa ghi lại được trên máy. Hãy thử lại.</source>
        <translation>Could not record it on this device. Please try again.</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../../qml/pages/TransfersPage.qml" line="+55"/>
        <source>Chuyển sinh hoạt đảng</source>
        <translation>Party membership transfers</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>+ Đề nghị chuyển</source>
        <translation>+ Request a transfer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Việc chuyển sinh hoạt đảng do cấp ủy cấp trên của chi bộ thực hiện.</source>
        <translation>Party membership transfers are made by the committee above the cell.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Máy chủ không nhận: %1 · %2</source>
        <translation>Refused by the server: %1 · %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Đã xem</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chờ đồng chí quyết định</source>
        <translation>Waiting for your decision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không có đề nghị nào chờ đồng chí quyết định.</source>
        <translation>No request is waiting for your decision.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Từ %1 đến %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+190"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Chưa có việc chuyển sinh hoạt nào của các chi bộ đồng chí phụ trách trên máy này.</source>
        <translation>There are no transfers of the cells you are responsible for on this device yet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chọn một việc chuyển ở danh sách bên trái để xem, hoặc bấm “Đề nghị chuyển”.</source>
        <translation>Choose a transfer in the list on the left to see it, or tap “Request a transfer”.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Chuyển đi từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển đến</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người đề nghị</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày đề nghị</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày quyết định</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ý kiến khi quyết định</source>
        <translation>Comment on the decision</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ý kiến (bắt buộc khi không nhận)</source>
        <translation>Comment (required to reject)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nhận đảng viên về chi bộ</source>
        <translation>Accept the member into the cell</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+193"/>
        <source>Không nhận</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Đề nghị chuyển sinh hoạt đảng</source>
        <translation>Request a Party membership transfer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. Đảng viên</source>
        <translation>1. Member</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chọn đảng viên khác</source>
        <translation>Choose another member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tìm đảng viên theo tên</source>
        <translation>Find a member by name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: nguyen van hai</source>
        <translation>For example: nguyen van hai</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>2. Chi bộ chuyển đến</source>
        <translation>2. Receiving cell</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chọn chi bộ khác</source>
        <translation>Choose another cell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chọn chi bộ</source>
        <translation>Choose a cell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Có thể chọn chi bộ bất kỳ trong tỉnh (tìm theo tên). Cấp ủy cấp trên trực tiếp của chi bộ nhận sẽ quyết định.</source>
        <translation>You can choose any cell of the province (search by name). The committee directly above the receiving cell decides.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>3. Lý do chuyển (tối đa %1 ký tự)</source>
        <translation>3. Reason for the transfer (at most %1 characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: chuyển nơi cư trú về phường Quang Trung</source>
        <translation>For example: moving home to Quang Trung ward</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Gửi đề nghị</source>
        <translation>Send the request</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gửi đề nghị chuyển?</source>
        <translation>Send the transfer request?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đề nghị chuyển đồng chí %1 từ %2 đến %3. Cấp ủy quản lý chi bộ nhận sẽ quyết định; đồng chí ấy vẫn sinh hoạt ở chi bộ cũ cho đến khi được nhận.</source>
        <translation>Request to transfer comrade %1 from %2 to %3. The committee of the receiving cell decides; until accepted, the comrade stays in the current cell.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nhận đảng viên?</source>
        <translation>Accept the member?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng chí %1 sẽ chuyển về %2 khi máy chủ nhận quyết định này; hồ sơ và việc sinh hoạt theo đồng chí ấy về chi bộ mới.</source>
        <translation>Comrade %1 moves to %2 when the server receives this decision; the profile and Party activities follow the comrade to the new cell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhận</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không nhận đảng viên?</source>
        <translation>Reject the member?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng chí %1 ở lại %2. Cấp ủy bên chuyển đi sẽ đọc ý kiến của đồng chí.</source>
        <translation>Comrade %1 stays in %2. The sending committee will read your comment.</translation>
    </message>
</context>
<context>
    <name>UnitStatsCard</name>
    <message>
        <location filename="../../qml/components/UnitStatsCard.qml" line="+52"/>
        <source>Toàn %1</source>
        <translation>All of %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 đảng viên · %2 có tài khoản · Dùng Sổ tay %3</source>
        <translation>%1 members · %2 with an account · Using the Handbook %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã sinh hoạt %1 (%2 buổi) · Dự họp %3</source>
        <translation>Met: %1 (%2 meetings) · Attendance %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đọc văn bản %1 · Học tập %2 · Hồ sơ chờ duyệt %3 · Chuyển sinh hoạt chờ %4</source>
        <translation>Reading %1 · Studies %2 · Profile requests waiting %3 · Transfers waiting %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cần chú ý: %1</source>
        <translation>Needs attention: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bấm để xem đảng viên của chi bộ</source>
        <translation>Tap to see the cell&apos;s members</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bấm để xem các đơn vị trực thuộc</source>
        <translation>Tap to see the units below</translation>
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
        <source>Nhập mã PIN của đồng chí để mở tài liệu trên điện thoại này.</source>
        <translation>Enter your PIN to open the documents on this phone.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Thử đăng xuất lại</source>
        <translation>Try signing out again</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+9"/>
        <source>Quên mã PIN?</source>
        <translation>Forgot your PIN?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không thể khôi phục mã PIN. Đồng chí có thể xóa dữ liệu trên điện thoại này, sau đó đăng nhập và đồng bộ lại tài liệu từ máy chủ. Ghi chú chưa đồng bộ sẽ bị mất.</source>
        <translation>A PIN cannot be recovered. You can erase the data on this phone, then sign in and sync the documents again from the server. Notes not yet synced will be lost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa dữ liệu</source>
        <translation>Erase data</translation>
    </message>
</context>
<context>
    <name>UnverifiedDocumentModel</name>
    <message>
        <location filename="../../app/models/unverifieddocumentmodel.cpp" line="+23"/>
        <source>Máy chưa có khóa gốc của tỉnh nên chưa kiểm tra được chữ ký</source>
        <translation>This device has no province root key, so the signature could not be checked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa nhận được thông tin người ký</source>
        <translation>The signer&apos;s details have not been received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người ký chưa được tỉnh chứng nhận</source>
        <translation>The signer is not certified by the province</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chứng nhận của người ký không có hiệu lực vào ngày ban hành</source>
        <translation>The signer&apos;s certificate was not valid on the date of issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người ký đã bị thu hồi</source>
        <translation>The signer has been revoked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người ký không thuộc cơ quan ban hành</source>
        <translation>The signer does not belong to the issuing body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chữ ký không khớp với nội dung</source>
        <translation>The signature does not match the content</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chữ ký bị hỏng</source>
        <translation>The signature is damaged</translation>
    </message>
</context>
<context>
    <name>UnverifiedDocumentsPage</name>
    <message>
        <location filename="../../qml/pages/UnverifiedDocumentsPage.qml" line="+19"/>
        <source>Không xác thực được</source>
        <translation>Could not be verified</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Các văn bản dưới đây có chữ ký nhưng máy không xác thực được, nên không hiển thị. Đồng chí hãy báo cho văn phòng cấp ủy.</source>
        <translation>The documents below are signed but this device could not verify them, so they are not shown. Please tell the Party committee&apos;s office.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không có văn bản nào bị từ chối.</source>
        <translation>No document was refused.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(Không có tiêu đề)</source>
        <translation>(No title)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bản đã xác thực trước đó vẫn được giữ trong thư viện.</source>
        <translation>The earlier verified copy is still kept in the library.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhận ngày %1</source>
        <translation>Received on %1</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <location filename="../../app/storage/vaulterror.cpp" line="+47"/>
        <source>Chưa có dữ liệu trên máy này. Hãy tạo mã PIN.</source>
        <translation>There is no data on this device yet. Please create a PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>Mã PIN không đúng.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
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
        <location line="+3"/>
        <source>Nhập sai mã PIN 10 lần. Dữ liệu trên máy đã được xóa để bảo vệ tài liệu. Hãy đăng nhập lại.</source>
        <translation>A wrong PIN was entered 10 times. The data on this device was erased to protect the documents. Please sign in again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dữ liệu trên máy bị hỏng hoặc đã bị thay đổi. Hãy xóa dữ liệu và đồng bộ lại từ máy chủ.</source>
        <translation>The data on this device is damaged or was altered. Please erase it and sync again from the server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Khóa bảo vệ dữ liệu bị hỏng, không thể mở dữ liệu. Hãy xóa dữ liệu và đăng nhập lại.</source>
        <translation>The key that protects the data is damaged, so the data cannot be opened. Please erase the data and sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thư viện mã hóa không hoạt động. Ứng dụng từ chối mở dữ liệu.</source>
        <translation>The encryption library is not working. The app refuses to open the data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dữ liệu được tạo bởi phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng.</source>
        <translation>The data was written by a newer version of the app. Please update the app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không ghi được dữ liệu lên máy (bộ nhớ đầy hoặc không có quyền).</source>
        <translation>Could not write data to the device (storage full or no permission).</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <location filename="../../app/session/vaultsession.cpp" line="+70"/>
        <source>Mã PIN toàn một chữ số thì rất dễ đoán. Đồng chí hãy chọn mã khác.</source>
        <translation>A PIN made of one digit repeated is very easy to guess. Please choose another.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã PIN là dãy số liền nhau (như 123456 hay 654321) thì rất dễ đoán. Đồng chí hãy chọn mã khác.</source>
        <translation>A PIN of consecutive digits (like 123456 or 654321) is very easy to guess. Please choose another.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mã PIN là ngày sinh của đồng chí thì người khác dễ đoán. Đồng chí hãy chọn mã khác.</source>
        <translation>A PIN that is your birth date is easy for others to guess. Please choose another.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Mã PIN nhập lại không khớp</source>
        <translation>The PINs do not match</translation>
    </message>
    <message>
        <location line="+247"/>
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
<context>
    <name>VerifiedMark</name>
    <message>
        <location filename="../../qml/components/VerifiedMark.qml" line="+21"/>
        <source>Đã xác thực chữ ký của %1</source>
        <translation>Signature of %1 verified</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Đã xác thực</source>
        <translation>Verified</translation>
    </message>
</context>
<context>
    <name>VoteCard</name>
    <message>
        <location filename="../../work/main/qml/components/VoteCard.qml" line="+38"/>
        <source>Biểu quyết (bỏ phiếu kín)</source>
        <translation>Vote (secret ballot)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Biểu quyết</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả biểu quyết</source>
        <translation>Result of the vote</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chưa gửi lên máy chủ.</source>
        <translation>Not sent to the server yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đồng chí đã chọn: %1</source>
        <translation>You chose: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phiếu chưa gửi lên máy chủ; sẽ gửi khi có mạng.</source>
        <translation>Your ballot is not on the server yet; it will be sent when there is a connection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Máy chủ đã nhận phiếu. Đồng chí có thể đổi lựa chọn đến khi kết thúc biểu quyết.</source>
        <translation>✓ The server has your ballot. You can change your choice until the vote ends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Máy chủ đã nhận phiếu.</source>
        <translation>✓ The server has your ballot.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đổi lựa chọn</source>
        <translation>Change my choice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chỉ đảng viên được bí thư điểm danh có mặt mới biểu quyết được.</source>
        <translation>Only members the secretary marked present can vote.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã có %1 phiếu</source>
        <translation>%1 ballots cast</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bỏ phiếu kín: không ai biết đồng chí nào chọn gì, kể cả bí thư.</source>
        <translation>Secret ballot: nobody knows who chose what, not even the secretary.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kết thúc biểu quyết</source>
        <translation>End the vote</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đang chờ kết quả từ máy chủ.</source>
        <translation>Waiting for the result from the server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tổng số phiếu: %1</source>
        <translation>Ballots in total: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 phiếu (%3%)</source>
        <translation>%1: %2 ballots (%3%)</translation>
    </message>
</context>
<context>
    <name>VoteOpenDialog</name>
    <message>
        <location filename="../../work/main/qml/components/VoteOpenDialog.qml" line="+45"/>
        <location line="+121"/>
        <source>Mở biểu quyết</source>
        <translation>Open a vote</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Nội dung biểu quyết</source>
        <translation>Question to vote on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Các phương án (từ 2 đến %1)</source>
        <translation>Choices (2 to %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Phương án %1</source>
        <translation>Choice %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bỏ phương án %1</source>
        <translation>Remove choice %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thêm phương án</source>
        <translation>Add a choice</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Bỏ phiếu kín</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không ai biết đồng chí nào chọn gì, kể cả bí thư; chỉ thấy số phiếu và kết quả.</source>
        <translation>Nobody knows who chose what, not even the secretary; only the number of ballots and the result are shown.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biểu quyết công khai.</source>
        <translation>Open vote.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WithdrawController</name>
    <message>
        <location filename="../../app/controllers/withdrawcontroller.cpp" line="+43"/>
        <source>Xin ghi rõ lý do thu hồi: đảng viên sẽ đọc được lý do này.</source>
        <translation>Please give the reason for withdrawing it: Party members will read it.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../qml/components/WithdrawDialog.qml" line="+16"/>
        <source>Thu hồi văn bản</source>
        <translation>Withdraw the document</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Văn bản “%1” sẽ bị gỡ khỏi máy của mọi đảng viên đã nhận. Đảng viên sẽ thấy lý do dưới đây. Việc này không hoàn tác được.</source>
        <translation>The document “%1” will be removed from the devices of all Party members who received it. They will see the reason below. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lý do thu hồi</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thu hồi</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>ReviewRating</name>
    <message>
        <source>Hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Fulfilled duties excellently</translation>
    </message>
    <message>
        <source>Hoàn thành tốt nhiệm vụ</source>
        <translation>Fulfilled duties well</translation>
    </message>
    <message>
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Fulfilled duties</translation>
    </message>
    <message>
        <source>Không hoàn thành nhiệm vụ</source>
        <translation>Did not fulfil duties</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>1. Về tư tưởng chính trị</source>
        <translation>1. Political ideology</translation>
    </message>
    <message>
        <source>2. Về phẩm chất đạo đức, lối sống</source>
        <translation>2. Ethics and way of life</translation>
    </message>
    <message>
        <source>3. Về thực hiện chức trách, nhiệm vụ được giao</source>
        <translation>3. Performing the assigned responsibilities and duties</translation>
    </message>
    <message>
        <source>4. Về ý thức tổ chức kỷ luật</source>
        <translation>4. Sense of organisation and discipline</translation>
    </message>
    <message>
        <source>5. Hạn chế, khuyết điểm, nguyên nhân và biện pháp khắc phục</source>
        <translation>5. Limitations and shortcomings, their causes and how to remedy them</translation>
    </message>
    <message>
        <source>Chưa đăng nhập: chưa ghi lại được.</source>
        <translation>Not signed in: nothing was recorded.</translation>
    </message>
    <message>
        <source>Chưa ghi được vào kho dữ liệu trên máy. Hãy thử lại.</source>
        <translation>Could not write to the data store on this device. Please try again.</translation>
    </message>
    <message>
        <source>Đợt kiểm điểm đã kết thúc.</source>
        <translation>The review has ended.</translation>
    </message>
    <message>
        <source>Đã quá hạn xếp loại của đợt kiểm điểm: không nộp được nữa.</source>
        <translation>The review&apos;s rating deadline has passed: it can no longer be submitted.</translation>
    </message>
    <message>
        <source>Chi bộ đã đề xuất xếp loại: bản kiểm điểm không sửa được nữa.</source>
        <translation>The cell has proposed a rating: the self-assessment can no longer be changed.</translation>
    </message>
    <message>
        <source>Đã có quyết định xếp loại: không thay đổi được nữa.</source>
        <translation>The rating has been decided: it can no longer be changed.</translation>
    </message>
    <message>
        <source>Chi bộ chưa đề xuất xếp loại cho đồng chí này.</source>
        <translation>The cell has not proposed a rating for this member yet.</translation>
    </message>
    <message>
        <source>Bản kiểm điểm còn trống. Xin viết ít nhất một phần.</source>
        <translation>The self-assessment is empty. Please write at least one part.</translation>
    </message>
    <message>
        <source>Xin chọn mức tự xếp loại.</source>
        <translation>Please choose your own rating.</translation>
    </message>
    <message>
        <source>Đã có đợt kiểm điểm cùng năm đang mở cho tổ chức này, cấp trên hoặc cấp dưới.</source>
        <translation>A review of the same year is already open for this organisation, one above it or one below it.</translation>
    </message>
    <message>
        <source>Thông tin chưa đúng hoặc quá dài. Xin kiểm tra lại.</source>
        <translation>Some information is wrong or too long. Please check it.</translation>
    </message>
    <message>
        <source>Không tìm thấy trên máy. Hãy đồng bộ rồi thử lại.</source>
        <translation>Not found on this device. Please sync and try again.</translation>
    </message>
    <message>
        <source>Tài khoản của đồng chí không có quyền làm việc này.</source>
        <translation>Your account may not do this.</translation>
    </message>
    <message>
        <source>Không thực hiện được ở bước này của đợt kiểm điểm. Hãy đồng bộ rồi xem lại.</source>
        <translation>This cannot be done at this step of the review. Please sync and look again.</translation>
    </message>
    <message>
        <source>Chưa ghi lại được. Hãy thử lại.</source>
        <translation>Nothing was recorded. Please try again.</translation>
    </message>
    <message>
        <source>Năm kiểm điểm phải từ %1 đến %2.</source>
        <translation>The review year must be from %1 to %2.</translation>
    </message>
    <message>
        <source>Xin chọn tổ chức được kiểm điểm.</source>
        <translation>Please choose the organisation to review.</translation>
    </message>
    <message>
        <source>Xin chọn hạn nộp bản kiểm điểm.</source>
        <translation>Please choose the due date of the self-assessments.</translation>
    </message>
    <message>
        <source>Xin chọn hạn xếp loại.</source>
        <translation>Please choose the due date of the ratings.</translation>
    </message>
    <message>
        <source>Hạn nộp bản kiểm điểm phải trước hoặc cùng ngày với hạn xếp loại.</source>
        <translation>The self-assessments must be due on or before the ratings.</translation>
    </message>
    <message>
        <source>Hạn xếp loại đã qua.</source>
        <translation>The due date of the ratings has passed.</translation>
    </message>
</context>
<context>
    <name>SelfReviewController</name>
    <message>
        <source>Kiểm điểm cuối năm %1</source>
        <translation>Annual review %1</translation>
    </message>
    <message>
        <source>%1 tổ chức</source>
        <translation>Organised by %1</translation>
    </message>
    <message>
        <source>Hạn nộp: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Chưa viết</source>
        <translation>Not written</translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Chi bộ đã đề xuất</source>
        <translation>Proposed by the cell</translation>
    </message>
    <message>
        <source>Đã xếp loại</source>
        <translation>Rated</translation>
    </message>
    <message>
        <source>Đã nộp trên máy này. Bản kiểm điểm sẽ được gửi tới chi bộ khi máy có mạng.</source>
        <translation>Submitted on this device. The self-assessment will be sent to the cell when the device is online.</translation>
    </message>
    <message>
        <source>Đã nộp lúc %1 (sau hạn nộp).</source>
        <translation>Submitted at %1 (after the due date).</translation>
    </message>
    <message>
        <source>Đã nộp lúc %1.</source>
        <translation>Submitted at %1.</translation>
    </message>
    <message>
        <source>Chi bộ đề xuất lúc %1</source>
        <translation>Proposed by the cell at %1</translation>
    </message>
    <message>
        <source>Đồng chí %1 ghi đề xuất của chi bộ lúc %2</source>
        <translation>%1 recorded the cell&apos;s proposal at %2</translation>
    </message>
    <message>
        <source>Quyết định lúc %1</source>
        <translation>Decided at %1</translation>
    </message>
    <message>
        <source>%1 quyết định lúc %2</source>
        <translation>Decided by %1 at %2</translation>
    </message>
    <message>
        <source>Đã lưu trên máy lúc %1</source>
        <translation>Saved on this device at %1</translation>
    </message>
</context>
<context>
    <name>SelfReviewPage</name>
    <message>
        <source>Bản kiểm điểm</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Đã nộp bản kiểm điểm. Bản kiểm điểm sẽ được gửi tới chi bộ khi máy có mạng.</source>
        <translation>Self-assessment submitted. It will be sent to the cell when the device is online.</translation>
    </message>
    <message>
        <source>Đã nộp bản kiểm điểm.</source>
        <translation>Self-assessment submitted.</translation>
    </message>
    <message>
        <source>Chưa có đợt kiểm điểm nào đang mở cho đồng chí trên máy này. Hãy đồng bộ rồi thử lại.</source>
        <translation>No review open for you on this device. Please sync and try again.</translation>
    </message>
    <message>
        <source>Đã quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Đã kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Có thay đổi chưa nộp lại. Bấm “Nộp lại bản kiểm điểm” để gửi bản mới.</source>
        <translation>There are changes not submitted yet. Tap “Submit the self-assessment again” to send the new version.</translation>
    </message>
    <message>
        <source>Kết quả xếp loại</source>
        <translation>Rating decided</translation>
    </message>
    <message>
        <source>Nhận xét của cấp ủy: %1</source>
        <translation>The committee&apos;s comment: %1</translation>
    </message>
    <message>
        <source>Chi bộ đề xuất</source>
        <translation>The cell&apos;s proposal</translation>
    </message>
    <message>
        <source>Ý kiến của chi bộ: %1</source>
        <translation>The cell&apos;s comment: %1</translation>
    </message>
    <message>
        <source>Đồng chí tự xếp loại</source>
        <translation>Your own rating</translation>
    </message>
    <message>
        <source>(không viết)</source>
        <translation>(not written)</translation>
    </message>
    <message>
        <source>Tự đánh giá, xếp loại</source>
        <translation>Your own assessment and rating</translation>
    </message>
    <message>
        <source>Nộp lại bản kiểm điểm</source>
        <translation>Submit the self-assessment again</translation>
    </message>
    <message>
        <source>Nộp bản kiểm điểm</source>
        <translation>Submit the self-assessment</translation>
    </message>
    <message>
        <source>Bản kiểm điểm được lưu trên máy khi đồng chí gõ, kể cả khi không có mạng. Sau khi nộp, đồng chí vẫn sửa và nộp lại được cho đến khi chi bộ đề xuất xếp loại.</source>
        <translation>The self-assessment is saved on this device as you type, even offline. After submitting it you can still change it and submit it again until the cell proposes a rating.</translation>
    </message>
    <message>
        <source>Nộp bản kiểm điểm?</source>
        <translation>Submit the self-assessment?</translation>
    </message>
    <message>
        <source>Bản kiểm điểm và mức tự xếp loại “%1” sẽ được gửi tới chi bộ. Đồng chí vẫn sửa được cho đến khi chi bộ đề xuất xếp loại.</source>
        <translation>The self-assessment and your own rating “%1” will be sent to the cell. You can still change it until the cell proposes a rating.</translation>
    </message>
    <message>
        <source>Bản kiểm điểm sẽ được gửi tới chi bộ. Đồng chí vẫn sửa được cho đến khi chi bộ đề xuất xếp loại.</source>
        <translation>The self-assessment will be sent to the cell. You can still change it until the cell proposes a rating.</translation>
    </message>
    <message>
        <source>Nộp</source>
        <translation>Submit</translation>
    </message>
</context>
<context>
    <name>SelfReviewCard</name>
    <message>
        <source>%1 · Đã quá hạn</source>
        <translation>%1 · Overdue</translation>
    </message>
    <message>
        <source>%1 · chưa gửi</source>
        <translation>%1 · not sent</translation>
    </message>
    <message>
        <source>Viết bản kiểm điểm</source>
        <translation>Write the self-assessment</translation>
    </message>
    <message>
        <source>Viết tiếp bản kiểm điểm</source>
        <translation>Continue the self-assessment</translation>
    </message>
    <message>
        <source>Xem bản kiểm điểm</source>
        <translation>View the self-assessment</translation>
    </message>
</context>
</TS>
