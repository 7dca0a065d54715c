import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// A label above a large text field (login forms): the label names the field for screen
// readers too. `field` gives access to the TextField.
ColumnLayout {
    id: root

    required property string label
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias echoMode: input.echoMode
    property alias inputMethodHints: input.inputMethodHints
    property alias field: input

    signal accepted()

    spacing: Theme.spacingSmall / 2

    PlainLabel {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }

    TextField {
        id: input
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        color: Theme.text
        selectByMouse: true
        Accessible.name: root.label
        onAccepted: root.accepted()
    }
}
