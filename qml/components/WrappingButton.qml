import QtQuick
import Handbook

// An ActionButton whose label wraps onto more lines instead of being cut short, for long
// labels that must stay readable with the largest text.
ActionButton {
    id: control

    contentItem: PlainLabel {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.textDisabled
             : control.highlighted ? Theme.textOnAccent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
