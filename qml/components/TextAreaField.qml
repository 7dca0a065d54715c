import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// A label above a large multi-line text box (agenda, note, reason, feedback); the label
// names the box for screen readers too.
ColumnLayout {
    id: root

    required property string label
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias field: input

    spacing: Theme.spacingSmall / 2

    PlainLabel {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }

    TextArea {
        id: input
        textFormat: TextEdit.PlainText // as typed or stored, never markup
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 2
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        Accessible.name: root.label
        background: Rectangle {
            color: Theme.background
            radius: Theme.cornerRadius / 2
            border.width: input.activeFocus ? 2 : 1
            border.color: input.activeFocus ? Theme.accent : Theme.border
        }
    }
}
