import QtQuick
import QtQuick.Controls
import Handbook

// A large, plainly outlined button: at least Theme.touchTarget high, Party red when
// highlighted; its label wraps rather than being cut. Drawn without shadow effects so it looks the same on every renderer.
Button {
    id: control

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    topInset: 0
    bottomInset: 0
    font.pixelSize: Theme.fontBody

    contentItem: PlainLabel {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.textDisabled
             : control.highlighted ? Theme.textOnAccent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // Never cut short: a label too long for the button takes more lines (a single word
        // wider than the button breaks where it must).
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
    }

    background: Rectangle {
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        radius: Theme.cornerRadius / 2
        color: !control.enabled ? Theme.disabledBackground
             : control.highlighted ? (control.down ? Theme.accentDark : Theme.accent)
             : control.down ? Theme.keyPressed : Theme.keyBackground
        border.width: control.visualFocus ? 3 : 1
        border.color: control.visualFocus ? Theme.text
                    : control.highlighted && control.enabled ? Theme.accentDark : Theme.border
    }
}
