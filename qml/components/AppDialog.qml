import QtQuick
import QtQuick.Controls
import Handbook

// A centred modal dialog with a large title, drawn without shadow effects.
Dialog {
    id: root

    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 2 * Theme.pageMargin : 360,
                    Theme.contentMaxWidth)
    modal: true
    padding: Theme.spacingLarge
    font.pixelSize: Theme.fontBody

    background: Rectangle {
        color: Theme.background
        radius: Theme.cornerRadius
        border.width: 1
        border.color: Theme.border
    }

    header: PlainLabel {
        visible: root.title.length > 0
        topPadding: Theme.spacingLarge
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge
        text: root.title
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
}
