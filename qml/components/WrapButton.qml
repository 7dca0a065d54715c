import QtQuick
import QtQuick.Controls
import Handbook

// An ActionButton whose label wraps onto more lines instead of being cut short: for longer
// labels ("Chia sẻ tài liệu cho cuộc họp") that must stay whole at the largest text size.
ActionButton {
    id: control

    contentItem: Label {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.textDisabled
             : control.highlighted ? Theme.textOnAccent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
