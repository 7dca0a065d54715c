pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The vault is locked: type the PIN to open it. Shows wrong-PIN messages, the waiting time
// after several wrong PINs and a warning before the data would be erased.
Page {
    id: root

    readonly property bool busy: VaultSession.state === VaultSession.Busy
    readonly property bool waiting: VaultSession.retryAfterSeconds > 0
    readonly property bool fewAttemptsLeft: VaultSession.attemptsLeft <= 3

    objectName: "unlockPage"
    focus: true
    header: PageHeader {
        title: qsTr("Sổ tay đảng viên")
    }

    PageBody {
        anchors.fill: parent

        PlainLabel {
            Layout.fillWidth: true
            text: qsTr("Nhập mã PIN")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }

        PlainLabel {
            Layout.fillWidth: true
            visible: !unlockError.visible && !root.waiting
            text: qsTr("Nhập mã PIN của đồng chí để mở tài liệu trên điện thoại này.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        MessageBox {
            id: unlockError
            objectName: "unlockError"
            Layout.fillWidth: true
            visible: text.length > 0 && !root.busy && VaultSession.errorCode !== "locked_out"
                     && !Account.signOutFailed
            text: VaultSession.errorMessage
        }

        // Signing out could not erase the data: the account is kept; erasing can be retried.
        MessageBox {
            objectName: "signOutError"
            Layout.fillWidth: true
            visible: Account.signOutFailed
            text: Account.errorMessage
        }
        ActionButton {
            objectName: "retrySignOutButton"
            Layout.fillWidth: true
            visible: Account.signOutFailed
            enabled: !root.busy && !Account.busy
            text: qsTr("Thử đăng xuất lại")
            onClicked: Account.signOut()
        }

        MessageBox {
            objectName: "wipeWarning"
            Layout.fillWidth: true
            visible: root.fewAttemptsLeft
            kind: MessageBox.Warning
            text: qsTr("Cảnh báo: sau lần nhập sai thứ %1, toàn bộ dữ liệu trên điện thoại này sẽ bị xóa.")
                  .arg(VaultSession.maxAttempts)
        }

        PlainLabel {
            objectName: "retryCountdown"
            Layout.fillWidth: true
            visible: root.waiting
            // Long waits in minutes: "900 giây" means little to anyone.
            text: VaultSession.retryAfterSeconds >= 120
                  ? qsTr("Thử lại sau %n phút", "", Math.ceil(VaultSession.retryAfterSeconds / 60))
                  : qsTr("Thử lại sau %n giây", "", VaultSession.retryAfterSeconds)
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.error
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: Theme.touchTarget
            Layout.preferredWidth: Theme.touchTarget
            visible: root.busy
            running: root.busy
        }

        PinPad {
            id: pad
            objectName: "pinPad"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            focus: true
            enabled: VaultSession.state === VaultSession.Locked && !root.waiting
            minLength: VaultSession.minPinLength
            maxLength: VaultSession.maxPinLength
            submitText: qsTr("Mở khóa")
            onEntered: pin => VaultSession.unlock(pin)
        }

        Button {
            Layout.alignment: Qt.AlignHCenter
            Layout.minimumHeight: Theme.touchTarget
            flat: true
            enabled: !root.busy
            text: qsTr("Quên mã PIN?")
            font.pixelSize: Theme.fontBody
            onClicked: forgotDialog.open()
        }
    }

    ConfirmDialog {
        id: forgotDialog
        objectName: "forgotPinDialog"
        title: qsTr("Quên mã PIN?")
        text: qsTr("Không thể khôi phục mã PIN. Đồng chí có thể xóa dữ liệu trên điện thoại này, sau đó đăng nhập và đồng bộ lại tài liệu từ máy chủ. Ghi chú chưa đồng bộ sẽ bị mất.")
        confirmText: qsTr("Xóa dữ liệu")
        onConfirmed: VaultSession.wipe()
    }
}
