pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Change the PIN: the current PIN, the new PIN and the new PIN again.
AppDialog {
    id: root

    readonly property bool busy: VaultSession.state === VaultSession.Busy
    readonly property bool mismatch: confirmField.text.length > 0
                                     && confirmField.text !== newField.text
    readonly property bool complete: oldField.text.length >= VaultSession.minPinLength
                                     && newField.text.length >= VaultSession.minPinLength
                                     && confirmField.text === newField.text

    closePolicy: Popup.CloseOnEscape
    title: qsTr("Đổi mã PIN")

    onAboutToShow: {
        VaultSession.clearError()
        oldField.clear()
        newField.clear()
        confirmField.clear()
        oldField.focusInput()
    }
    onClosed: {
        VaultSession.clearError()
        oldField.clear()
        newField.clear()
        confirmField.clear()
    }

    Connections {
        target: VaultSession
        function onPinChanged() {
            root.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        PinField {
            id: oldField
            label: qsTr("Mã PIN hiện tại")
        }
        PinField {
            id: newField
            label: qsTr("Mã PIN mới (%1 đến %2 chữ số)")
                   .arg(VaultSession.minPinLength).arg(VaultSession.maxPinLength)
        }
        PinField {
            id: confirmField
            label: qsTr("Nhập lại mã PIN mới")
        }

        PlainLabel {
            Layout.fillWidth: true
            visible: root.mismatch
            text: qsTr("Mã PIN nhập lại không khớp")
            color: Theme.error
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: text.length > 0 && !root.busy
            text: VaultSession.errorMessage
            color: Theme.error
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: root.busy
            running: root.busy
        }
    }

    footer: DialogFooter {
        DialogButton {
            text: qsTr("Hủy")
            enabled: !root.busy
            onClicked: root.close()
        }
        DialogButton {
            text: qsTr("Đổi mã PIN")
            enabled: root.complete && !root.busy
            font.bold: true
            onClicked: VaultSession.changePin(oldField.text, newField.text)
        }
    }

    component PinField: ColumnLayout {
        id: field

        required property string label
        readonly property alias text: input.text

        function clear() {
            input.clear()
        }
        function focusInput() {
            input.forceActiveFocus()
        }

        Layout.fillWidth: true
        spacing: 2

        PlainLabel {
            Layout.fillWidth: true
            text: field.label
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        TextField {
            id: input
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            maximumLength: VaultSession.maxPinLength
            validator: RegularExpressionValidator {
                regularExpression: /[0-9]*/
            }
            font.pixelSize: Theme.fontLarge
            Accessible.name: field.label
        }
    }
}
