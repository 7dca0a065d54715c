pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Handbook

// A large numeric keypad for a PIN: digit keys, a delete key and a confirm key. Dots show how
// many digits have been typed, never the digits. A hardware keyboard works too.
FocusScope {
    id: root

    property int minLength: 6
    property int maxLength: 12
    // Text of the confirm key, e.g. "Mở khóa".
    property string submitText: qsTr("Xác nhận")
    // How many digits have been typed so far.
    readonly property int enteredCount: entry.digits.length
    readonly property bool canSubmit: enabled && enteredCount >= minLength

    // The user confirmed a PIN of minLength to maxLength digits; the pad is empty again.
    signal entered(string pin)

    function appendDigit(digit: string) {
        if (enabled && entry.digits.length < maxLength)
            entry.digits += digit
    }
    function removeLast() {
        if (enabled)
            entry.digits = entry.digits.slice(0, -1)
    }
    function submit() {
        if (!canSubmit)
            return
        const pin = entry.digits
        entry.digits = ""
        root.entered(pin)
    }
    function clear() {
        entry.digits = ""
    }

    implicitWidth: layout.implicitWidth
    implicitHeight: layout.implicitHeight
    focus: true
    onEnabledChanged: if (!enabled) clear()

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            root.appendDigit(String(event.key - Qt.Key_0))
        } else if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) {
            root.removeLast()
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            root.submit()
        } else {
            return
        }
        event.accepted = true
    }

    QtObject {
        id: entry
        property string digits: ""
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        spacing: Theme.spacingLarge

        Row {
            id: dots

            readonly property int count: Math.max(root.minLength, root.enteredCount)
            // Twelve dots must fit across a narrow phone at any text size.
            readonly property int dotSize: Math.min(Theme.pinDotSize, Math.floor(root.width / (count * 1.6)))

            objectName: "pinDots"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: dotSize
            spacing: Math.round(dotSize * 0.6)
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Đã nhập %n chữ số", "", root.enteredCount)

            Repeater {
                model: dots.count

                delegate: Rectangle {
                    required property int index

                    width: dots.dotSize
                    height: dots.dotSize
                    radius: width / 2
                    color: index < root.enteredCount ? Theme.text : "transparent"
                    border.color: Theme.textSecondary
                    border.width: 2
                }
            }
        }

        // Six columns: a digit key takes two. When "Xóa" or the confirm text would not fit on a
        // key a third of the width (large text, English), those two keys get a row of their
        // own, half the width each, under a centred 0.
        GridLayout {
            id: keys

            readonly property real keyWidth: (root.width - 2 * columnSpacing) / 3
            readonly property bool wordsOnOwnRow: Math.max(deleteMetrics.advanceWidth,
                                                           submitMetrics.advanceWidth)
                                                  + Theme.spacing > keyWidth

            Layout.fillWidth: true
            columns: 6
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing

            TextMetrics {
                id: deleteMetrics
                font.pixelSize: Theme.fontBody
                text: deleteKey.text
            }
            TextMetrics {
                id: submitMetrics
                font.pixelSize: Theme.fontBody
                font.bold: true
                text: root.submitText
            }

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]

                delegate: PinKey {
                    required property string modelData
                    required property int index

                    Layout.row: Math.floor(index / 3)
                    Layout.column: 2 * (index % 3)
                    text: modelData
                    objectName: "pinKey" + modelData
                    onClicked: root.appendDigit(modelData)
                }
            }

            PinKey {
                id: deleteKey
                objectName: "pinKeyDelete"
                Layout.row: keys.wordsOnOwnRow ? 4 : 3
                Layout.column: 0
                Layout.columnSpan: keys.wordsOnOwnRow ? 3 : 2
                text: qsTr("Xóa")
                font.pixelSize: Theme.fontBody
                enabled: root.enteredCount > 0
                Accessible.name: qsTr("Xóa chữ số cuối")
                onClicked: root.removeLast()
            }

            PinKey {
                objectName: "pinKey0"
                Layout.row: 3
                Layout.column: 2
                text: "0"
                onClicked: root.appendDigit("0")
            }

            PinKey {
                objectName: "pinKeySubmit"
                Layout.row: keys.wordsOnOwnRow ? 4 : 3
                Layout.column: keys.wordsOnOwnRow ? 3 : 4
                Layout.columnSpan: keys.wordsOnOwnRow ? 3 : 2
                text: root.submitText
                font.pixelSize: Theme.fontBody
                font.bold: true
                highlighted: true
                enabled: root.canSubmit
                onClicked: root.submit()
            }
        }
    }

    component PinKey: ActionButton {
        Layout.fillWidth: true
        Layout.preferredWidth: Layout.columnSpan
        Layout.columnSpan: 2
        Layout.preferredHeight: Theme.pinKeyHeight
        Layout.minimumHeight: Theme.touchTarget
        leftPadding: Theme.spacingSmall / 2
        rightPadding: Theme.spacingSmall / 2
        focusPolicy: Qt.NoFocus
        font.pixelSize: Theme.fontPinDigit
    }
}
