import QtQuick
import Handbook

// A coloured box with one message: an error, a warning or a confirmation.
Rectangle {
    id: root

    enum Kind { Error, Warning, Success }

    required property string text
    property int kind: MessageBox.Error

    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    radius: Theme.cornerRadius
    color: kind === MessageBox.Warning ? Theme.warningBackground : Theme.surface
    border.width: 2
    border.color: kind === MessageBox.Error ? Theme.error
                : kind === MessageBox.Warning ? Theme.warningText : Theme.success
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    PlainLabel {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing
        text: root.text
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        font.bold: root.kind !== MessageBox.Success
        color: root.kind === MessageBox.Error ? Theme.error
             : root.kind === MessageBox.Warning ? Theme.warningText : Theme.success
        verticalAlignment: Text.AlignVCenter
    }
}
