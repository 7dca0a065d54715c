pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Settings: text size for the whole app, language, when the app locks itself, storage (the
// attachments against their limit, all the data, the free space), check storage, change PIN,
// about, and sign out (which erases this device's data).
Page {
    id: root

    readonly property bool busy: VaultSession.state === VaultSession.Busy || Account.busy

    objectName: "settingsPage"
    header: PageHeader {
        title: qsTr("Cài đặt")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: AppSettings.refreshStorage()

    component SectionTitle: PlainLabel {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    component Line: PlainLabel {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.Wrap
    }

    PageBody {
        id: body
        anchors.fill: parent

        SectionTitle {
            Layout.topMargin: 0
            text: qsTr("Cỡ chữ")
        }
        Line {
            text: qsTr("Cỡ chữ hiện tại: %1%").arg(Math.round(AppSettings.textScale * 100))
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            WrappingButton {
                id: textSmallerButton
                objectName: "textSmallerButton"
                Layout.fillWidth: true
                enabled: AppSettings.textScale > 1.0
                text: qsTr("A− Nhỏ hơn")
                Accessible.name: qsTr("Chữ nhỏ hơn")
                // The page grows or shrinks around it: the button stays under the finger.
                onClicked: body.keepInPlace(textSmallerButton, () => AppSettings.textScale = AppSettings.textScale - 0.25)
            }
            WrappingButton {
                id: textLargerButton
                objectName: "textLargerButton"
                Layout.fillWidth: true
                enabled: AppSettings.textScale < 2.0
                text: qsTr("A+ Lớn hơn")
                Accessible.name: qsTr("Chữ lớn hơn")
                onClicked: body.keepInPlace(textLargerButton, () => AppSettings.textScale = AppSettings.textScale + 0.25)
            }
        }

        SectionTitle {
            text: qsTr("Ngôn ngữ")
        }
        ButtonGroup {
            id: languageGroup
        }
        RadioButton {
            objectName: "languageVietnamese"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            ButtonGroup.group: languageGroup
            checked: AppSettings.language === "vi"
            text: "Tiếng Việt"
            font.pixelSize: Theme.fontBody
            onClicked: AppSettings.language = "vi"
        }
        RadioButton {
            objectName: "languageEnglish"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            ButtonGroup.group: languageGroup
            checked: AppSettings.language === "en"
            text: "English"
            font.pixelSize: Theme.fontBody
            onClicked: AppSettings.language = "en"
        }

        SectionTitle {
            text: qsTr("Tự khóa")
        }
        Line {
            text: qsTr("Ứng dụng tự khóa khi không dùng trong:")
        }
        ComboBox {
            id: idleChoice
            objectName: "idleLockChoice"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            model: AppSettings.idleLockChoices
            displayText: qsTr("%1 phút").arg(currentValue)
            currentIndex: AppSettings.idleLockIndex
            delegate: ItemDelegate {
                required property int modelData
                width: idleChoice.width
                height: Math.max(Theme.touchTarget, implicitHeight)
                text: qsTr("%1 phút").arg(modelData)
                font.pixelSize: Theme.fontBody
            }
            onActivated: index => AppSettings.idleLockMinutes = AppSettings.idleLockChoices[index]
        }
        Line {
            text: qsTr("Khi chuyển sang ứng dụng khác hoặc tắt màn hình, ứng dụng tự khóa:")
        }
        ComboBox {
            id: backgroundChoice
            objectName: "backgroundLockChoice"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            model: AppSettings.backgroundLockChoices
            displayText: AppSettings.backgroundLockText(currentValue)
            currentIndex: AppSettings.backgroundLockIndex
            Accessible.name: qsTr("Tự khóa khi ở chế độ nền")
            delegate: ItemDelegate {
                required property int modelData
                width: backgroundChoice.width
                height: Math.max(Theme.touchTarget, implicitHeight)
                text: AppSettings.backgroundLockText(modelData)
                font.pixelSize: Theme.fontBody
            }
            onActivated: index => AppSettings.backgroundLockSeconds = AppSettings.backgroundLockChoices[index]
        }

        SectionTitle {
            text: qsTr("Bộ nhớ")
        }
        // Attachments are what fills the device; their limit is what the user can act on.
        Line {
            objectName: "attachmentsUsed"
            visible: AppSettings.attachmentsKnown
            text: qsTr("Tệp đính kèm: %1 / %2")
                  .arg(AppSettings.formatBytes(AppSettings.attachmentsUsed))
                  .arg(AppSettings.formatBytes(AppSettings.attachmentsLimit))
        }
        ProgressBar {
            objectName: "attachmentsBar"
            Layout.fillWidth: true
            visible: AppSettings.attachmentsKnown && AppSettings.attachmentsLimit > 0
            from: 0
            to: Math.max(1, AppSettings.attachmentsLimit)
            value: Math.min(AppSettings.attachmentsUsed, AppSettings.attachmentsLimit)
            Accessible.name: qsTr("Tệp đính kèm đã dùng %1% giới hạn")
                             .arg(Math.round(100 * value / to))
        }
        Line {
            objectName: "storageUsed"
            text: qsTr("Toàn bộ dữ liệu trên máy: %1")
                  .arg(AppSettings.formatBytes(AppSettings.storageUsed))
        }
        Line {
            objectName: "storageFree"
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            text: qsTr("Còn trống trên thiết bị: %1")
                  .arg(AppSettings.formatBytes(AppSettings.storageFree))
        }
        MessageBox {
            objectName: "storageReport"
            Layout.fillWidth: true
            visible: text.length > 0
            kind: VaultSession.storageOk ? MessageBox.Success : MessageBox.Error
            text: VaultSession.storageReport
        }
        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0 && !root.busy && !changePinDialog.visible
            text: VaultSession.errorMessage
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: root.busy
            running: root.busy
        }
        ActionButton {
            objectName: "checkStorageButton"
            Layout.fillWidth: true
            enabled: !root.busy
            text: qsTr("Kiểm tra bộ nhớ")
            onClicked: VaultSession.checkStorage()
        }
        ActionButton {
            objectName: "changePinButton"
            Layout.fillWidth: true
            enabled: !root.busy
            text: qsTr("Đổi mã PIN")
            onClicked: changePinDialog.open()
        }

        SectionTitle {
            text: qsTr("Tài khoản")
        }
        Line {
            visible: Account.login.length > 0
            text: qsTr("Tên đăng nhập: %1").arg(Account.login)
        }
        Line {
            visible: Account.hasServer
            text: qsTr("Máy chủ: %1").arg(Account.serverAddress)
        }
        ActionButton {
            objectName: "signOutButton"
            Layout.fillWidth: true
            enabled: !root.busy
            text: qsTr("Đăng xuất và xóa dữ liệu trên máy")
            onClicked: signOutDialog.open()
        }

        SectionTitle {
            text: qsTr("Giới thiệu")
        }
        Line {
            text: qsTr("Sổ tay đảng viên, phiên bản %1. Tài liệu được lưu mã hóa trên máy; không ai đọc được khi không có mã PIN.")
                  .arg(AppSettings.version)
        }
    }

    ChangePinDialog {
        id: changePinDialog
        objectName: "changePinDialog"
    }

    ConfirmDialog {
        id: signOutDialog
        objectName: "signOutDialog"
        title: qsTr("Đăng xuất?")
        text: Account.sync !== null && Account.sync.pendingCount > 0
              ? qsTr("Còn %1 thay đổi chưa gửi lên máy chủ và sẽ bị mất. Mọi tài liệu trên máy này sẽ bị xóa; lần sau cần đăng nhập lại.")
                    .arg(Account.sync.pendingCount)
              : qsTr("Mọi tài liệu trên máy này sẽ bị xóa; lần sau cần đăng nhập lại.")
        confirmText: qsTr("Đăng xuất")
        onConfirmed: Account.signOut()
    }
}
