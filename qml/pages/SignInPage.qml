pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// First start (or after signing out): the server address (pre-filled from the shipped
// server profile), the login and the password the Party committee gave the member. The server
// checks them first; the PIN is chosen on the next page only then. On an error the page
// stays, with what was typed.
Page {
    id: root

    function submit() {
        Account.beginSignIn(server.text, login.text, password.text)
    }

    objectName: "signInPage"
    focus: true
    header: PageHeader {
        title: qsTr("Sổ tay đảng viên")
    }

    Component.onCompleted: {
        server.text = Account.serverAddress
        login.text = Account.login
    }

    PageBody {
        anchors.fill: parent

        PlainLabel {
            Layout.fillWidth: true
            text: qsTr("Đăng nhập")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }

        PlainLabel {
            Layout.fillWidth: true
            text: qsTr("Dùng tên đăng nhập và mật khẩu do cấp ủy cấp. Sau khi đăng nhập, tài liệu được lưu mã hóa trên máy để đọc cả khi không có mạng.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        MessageBox {
            objectName: "signInNotice"
            Layout.fillWidth: true
            visible: text.length > 0
            kind: MessageBox.Warning
            text: Account.noticeMessage
        }

        MessageBox {
            objectName: "signInError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Account.errorMessage
        }

        LabeledField {
            id: server
            enabled: !Account.busy
            objectName: "serverField"
            Layout.fillWidth: true
            label: qsTr("Địa chỉ máy chủ")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            onAccepted: login.field.forceActiveFocus()
        }
        // The example under the field, not as its placeholder: a placeholder is cut short with
        // large text; this line wraps (the address breaks where it must) and stays put while
        // the member types.
        PlainLabel {
            id: serverHint
            objectName: "serverHint"
            Layout.fillWidth: true
            Layout.topMargin: -Theme.spacingSmall / 2
            text: qsTr("Ví dụ: %1").arg("https://sotay.example.vn")
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        }

        LabeledField {
            id: login
            enabled: !Account.busy
            objectName: "loginField"
            Layout.fillWidth: true
            label: qsTr("Tên đăng nhập")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            onAccepted: password.field.forceActiveFocus()
        }

        LabeledField {
            id: password
            enabled: !Account.busy
            objectName: "passwordField"
            Layout.fillWidth: true
            label: qsTr("Mật khẩu")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            onAccepted: root.submit()
        }

        ActionButton {
            objectName: "signInButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            highlighted: true
            enabled: !Account.busy && server.text.length > 0 && login.text.length > 0
                     && password.text.length > 0
            text: Account.busy ? qsTr("Đang kiểm tra với máy chủ…") : qsTr("Tiếp tục")
            onClicked: root.submit()
        }

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: Theme.touchTarget
            Layout.preferredWidth: Theme.touchTarget
            visible: Account.busy
            running: Account.busy
        }
    }
}
