pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The vault is open. For now: its state, a storage check, changing the PIN and locking.
Page {
    id: root

    readonly property bool busy: VaultSession.state === VaultSession.Busy

    objectName: "homePage"
    header: PageHeader {
        title: qsTr("Sổ tay đảng viên")
    }

    PageBody {
        anchors.fill: parent

        Card {
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Đã mở khóa")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.success
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Tài liệu trên điện thoại này đang mở. Hãy bấm “Khóa” khi không dùng nữa.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0 && !root.busy && !changePinDialog.visible
            text: VaultSession.errorMessage
        }

        MessageBox {
            objectName: "storageReport"
            Layout.fillWidth: true
            visible: text.length > 0
            kind: VaultSession.storageOk ? MessageBox.Success : MessageBox.Error
            text: VaultSession.storageReport
        }

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: Theme.touchTarget
            Layout.preferredWidth: Theme.touchTarget
            visible: root.busy
            running: root.busy
        }

        ActionButton {
            objectName: "checkStorageButton"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            enabled: !root.busy
            text: qsTr("Kiểm tra bộ nhớ")
            font.pixelSize: Theme.fontBody
            onClicked: VaultSession.checkStorage()
        }

        ActionButton {
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            enabled: !root.busy
            text: qsTr("Đổi mã PIN")
            font.pixelSize: Theme.fontBody
            onClicked: changePinDialog.open()
        }

        ActionButton {
            objectName: "lockButton"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Layout.topMargin: Theme.spacingLarge
            highlighted: true
            text: qsTr("Khóa")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            onClicked: VaultSession.lock()
        }
    }

    ChangePinDialog {
        id: changePinDialog
        objectName: "changePinDialog"
    }
}
