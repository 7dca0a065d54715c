import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// One labelled input of a profile form: the name above, a large one-line field or a
// growing multi-line box, a hint, and the problem in red words under it.
ColumnLayout {
    id: root

    required property string label
    property string text
    property string hint
    property string error
    property bool multiLine: false
    property int inputMethodHints: Qt.ImhNone

    // The user typed: the new text.
    signal edited(string text)

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
        objectName: "input"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        visible: !root.multiLine
        text: root.text
        font.pixelSize: Theme.fontBody
        inputMethodHints: root.inputMethodHints
        Accessible.name: root.label
        onTextEdited: root.edited(text)
    }
    TextArea {
        objectName: "area"
        textFormat: TextEdit.PlainText // as typed or stored, never markup
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 2
        visible: root.multiLine
        text: root.text
        font.pixelSize: Theme.fontBody
        wrapMode: TextEdit.Wrap
        Accessible.name: root.label
        onTextChanged: if (activeFocus) root.edited(text)
    }
    PlainLabel {
        Layout.fillWidth: true
        visible: root.hint.length > 0
        text: root.hint
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
    PlainLabel {
        objectName: "error"
        Layout.fillWidth: true
        visible: root.error.length > 0
        text: root.error
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.error
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
    }
}
