import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Scrollable page content: a centred column of at most Theme.contentMaxWidth that scrolls
// when the text is scaled up. Children go into the column.
Flickable {
    id: root

    default property alias content: column.data
    // keepInPlace(): the item held at its place on the screen, and that place (scene y).
    property Item pinnedItem: null
    property real pinnedY: 0

    // Runs `change` (a new text size, say) and scrolls so that `item`, the button tapped,
    // stays where it was on the screen while the page is laid out again: a button must not
    // move away under the finger. Holds until the member scrolls.
    function keepInPlace(item: Item, change) {
        root.pinnedItem = item
        root.pinnedY = item.mapToItem(null, 0, 0).y
        change()
        root.followPin()
    }
    function followPin() {
        if (!root.pinnedItem)
            return
        const delta = root.pinnedItem.mapToItem(null, 0, 0).y - root.pinnedY
        if (Math.abs(delta) >= 0.5)
            root.contentY += delta
    }

    onMovementStarted: root.pinnedItem = null
    onContentHeightChanged: root.followPin()
    onHeightChanged: root.followPin()

    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.pageMargin
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ScrollIndicator.vertical: ScrollIndicator {}

    // The layout settles over a frame or two (the header, the column): follow it.
    Connections {
        target: root.pinnedItem ? root.Window.window : null
        function onFrameSwapped() {
            root.followPin()
        }
    }

    ColumnLayout {
        id: column
        x: Math.max(Theme.pageMargin, (root.width - width) / 2)
        y: Theme.pageMargin
        width: Math.min(root.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
        spacing: Theme.spacing
    }
}
