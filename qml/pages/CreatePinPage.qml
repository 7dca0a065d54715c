pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// After the server accepted the password on the sign-in page: choose a PIN, then type it
// again to confirm (or, signing in again on a device that keeps the account's data, type the
// existing PIN). Then the app creates (or opens) the encrypted store. A PIN that is too easy
// to guess is refused at once, with the reason.
Page {
    id: root

    // The PIN typed in the first step; empty while choosing.
    property string firstPin: ""
    // Why the PIN just typed was refused (too easy to guess); empty otherwise.
    property string pinProblem: ""
    readonly property bool existing: Account.pinExists
    readonly property bool confirming: firstPin.length > 0
    readonly property bool busy: Account.busy || VaultSession.state === VaultSession.Busy

    objectName: "createPinPage"
    focus: true
    header: PageHeader {
        title: qsTr("Sổ tay đảng viên")
        canGoBack: !root.busy
        onBack: Account.cancelSignIn()
    }

    PageBody {
        anchors.fill: parent

        PlainLabel {
            Layout.fillWidth: true
            text: root.existing ? qsTr("Nhập mã PIN")
                  : root.confirming ? qsTr("Nhập lại mã PIN") : qsTr("Tạo mã PIN")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }

        PlainLabel {
            Layout.fillWidth: true
            text: root.busy ? qsTr("Đang mở kho dữ liệu mã hóa…")
                  : root.existing ? qsTr("Máy này vẫn giữ dữ liệu của tài khoản: nhập mã PIN đang dùng.")
                  : root.confirming
                  ? qsTr("Nhập lại đúng mã PIN vừa chọn để chắc chắn đồng chí nhớ nó.")
                  : qsTr("Mã PIN bảo vệ tài liệu trên điện thoại này: không có mã PIN thì không ai đọc được. Hãy chọn từ %1 đến %2 chữ số, không phải ngày sinh hay dãy số dễ đoán.")
                        .arg(VaultSession.minPinLength).arg(VaultSession.maxPinLength)
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        MessageBox {
            objectName: "pinError"
            Layout.fillWidth: true
            visible: text.length > 0 && !root.busy
            text: root.pinProblem.length > 0 ? root.pinProblem
                  : Account.errorMessage.length > 0 ? Account.errorMessage : VaultSession.errorMessage
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
            submitText: root.confirming || root.existing ? qsTr("Xác nhận") : qsTr("Tiếp tục")
            onEntered: pin => {
                root.pinProblem = root.existing || root.confirming ? "" : Account.pinProblem(pin)
                if (root.pinProblem.length > 0)
                    return // the pad is empty again: choose another
                if (root.existing) {
                    Account.finishSignIn(pin, pin)
                } else if (root.confirming) {
                    const first = root.firstPin
                    root.firstPin = ""
                    Account.finishSignIn(first, pin)
                } else {
                    Account.clearError()
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
                root.pinProblem = ""
                pad.clear()
            }
        }
    }
}
