import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// A flat button of a dialog's footer (DialogFooter): its label wraps instead of being cut or
// pushed out of the window with the largest text.
Button {
    id: control

    flat: true
    font.pixelSize: Theme.fontBody
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
    Layout.maximumWidth: parent ? parent.width : 100000

    contentItem: PlainLabel {
        text: control.text
        font: control.font
        color: control.enabled ? Theme.text : Theme.textDisabled
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
