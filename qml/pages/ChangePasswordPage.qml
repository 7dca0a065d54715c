pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The first sign-in with a password the committee gave out: the server asks for a new one
// before the member goes on.
Page {
    id: root

    function submit() {
        Account.changePassword(oldPassword.text, newPassword.text, confirmation.text)
    }

    objectName: "changePasswordPage"
    focus: true
    header: PageHeader {
        title: qsTr("Đổi mật khẩu")
    }

    PageBody {
        anchors.fill: parent

        PlainLabel {
            Layout.fillWidth: true
            text: qsTr("Đây là lần đăng nhập đầu tiên: hãy đặt mật khẩu mới của riêng đồng chí (ít nhất 8 ký tự).")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: Account.errorMessage
        }

        LabeledField {
            id: oldPassword
            objectName: "oldPasswordField"
            Layout.fillWidth: true
            label: qsTr("Mật khẩu hiện tại")
            echoMode: TextInput.Password
            onAccepted: newPassword.field.forceActiveFocus()
        }

        LabeledField {
            id: newPassword
            objectName: "newPasswordField"
            Layout.fillWidth: true
            label: qsTr("Mật khẩu mới")
            echoMode: TextInput.Password
            onAccepted: confirmation.field.forceActiveFocus()
        }

        LabeledField {
            id: confirmation
            objectName: "confirmPasswordField"
            Layout.fillWidth: true
            label: qsTr("Nhập lại mật khẩu mới")
            echoMode: TextInput.Password
            onAccepted: root.submit()
        }

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: Account.busy
            running: Account.busy
        }

        ActionButton {
            objectName: "changePasswordButton"
            Layout.fillWidth: true
            highlighted: true
            enabled: !Account.busy
            text: qsTr("Đổi mật khẩu")
            onClicked: root.submit()
        }
    }
}
