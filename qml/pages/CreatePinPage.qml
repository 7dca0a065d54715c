pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// First start on this device: choose a PIN, then type it again to confirm.
Page {
    id: root

    // The PIN typed in the first step; empty while choosing.
    property string firstPin: ""
    readonly property bool confirming: firstPin.length > 0
    readonly property bool busy: VaultSession.state === VaultSession.Busy

    objectName: "createPinPage"
    focus: true
    header: PageHeader {
        title: qsTr("Sổ tay đảng viên")
    }

    PageBody {
        anchors.fill: parent

        Label {
            Layout.fillWidth: true
            text: root.confirming ? qsTr("Nhập lại mã PIN") : qsTr("Tạo mã PIN")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }

        Label {
            Layout.fillWidth: true
            text: root.confirming
                  ? qsTr("Nhập lại đúng mã PIN vừa chọn để chắc chắn bạn nhớ nó.")
                  : qsTr("Mã PIN bảo vệ tài liệu trên điện thoại này: không có mã PIN thì không ai đọc được. Hãy chọn từ %1 đến %2 chữ số.")
                        .arg(VaultSession.minPinLength).arg(VaultSession.maxPinLength)
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0 && !root.busy
            text: VaultSession.errorMessage
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
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            focus: true
            enabled: !root.busy
            minLength: VaultSession.minPinLength
            maxLength: VaultSession.maxPinLength
            submitText: root.confirming ? qsTr("Xác nhận") : qsTr("Tiếp tục")
            onEntered: pin => {
                if (root.confirming) {
                    const first = root.firstPin
                    root.firstPin = ""
                    VaultSession.createPin(first, pin)
                } else {
                    VaultSession.clearError()
                    root.firstPin = pin
                }
            }
        }

        Button {
            Layout.alignment: Qt.AlignHCenter
            Layout.minimumHeight: Theme.touchTarget
            visible: root.confirming
            enabled: !root.busy
            flat: true
            text: qsTr("Chọn lại mã PIN khác")
            font.pixelSize: Theme.fontBody
            onClicked: {
                root.firstPin = ""
                pad.clear()
            }
        }
    }
}
