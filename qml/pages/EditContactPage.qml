pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Editing my phone number, email and current address: each is checked on the device with a
// clear message under it; saving keeps the change on the device and sends it at the next
// sync, then goes back to the profile.
Page {
    id: root

    objectName: "editContactPage"
    header: PageHeader {
        title: qsTr("Sửa liên hệ")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    ContactEditor {
        id: editor
        session: VaultSession
        onSaved: {
            if (root.StackView.view)
                root.StackView.view.pop()
        }
    }

    PageBody {
        anchors.fill: parent

        PlainLabel {
            Layout.fillWidth: true
            text: qsTr("Đồng chí tự sửa được số điện thoại, email và nơi ở hiện nay. Không cần có mạng: thay đổi được gửi đi khi đồng bộ.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        ProfileInput {
            objectName: "phoneInput"
            Layout.fillWidth: true
            label: qsTr("Số điện thoại")
            text: editor.phone
            hint: qsTr("10 chữ số bắt đầu bằng 0, hoặc +84. Ví dụ 0912 345 678.")
            error: editor.phoneError
            inputMethodHints: Qt.ImhDialableCharactersOnly
            onEdited: text => editor.phone = text
        }
        ProfileInput {
            objectName: "emailInput"
            Layout.fillWidth: true
            label: qsTr("Email")
            text: editor.email
            hint: qsTr("Để trống nếu không dùng email.")
            error: editor.emailError
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            onEdited: text => editor.email = text
        }
        ProfileInput {
            objectName: "addressInput"
            Layout.fillWidth: true
            label: qsTr("Nơi ở hiện nay")
            text: editor.address
            multiLine: true
            error: editor.addressError
            onEdited: text => editor.address = text
        }

        MessageBox {
            objectName: "editorMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: editor.errorMessage
        }

        WrappingButton {
            objectName: "saveContactButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            enabled: editor.ready && editor.changed
            highlighted: true
            text: qsTr("Lưu thay đổi")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            onClicked: editor.save()
        }
        WrappingButton {
            Layout.fillWidth: true
            text: qsTr("Hủy")
            onClicked: {
                editor.revert()
                if (root.StackView.view)
                    root.StackView.view.pop()
            }
        }
    }
}
