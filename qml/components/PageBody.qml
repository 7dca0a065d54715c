import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Scrollable page content: a centred column of at most Theme.contentMaxWidth that scrolls
// when the text is scaled up. Children go into the column.
Flickable {
    id: root

    default property alias content: column.data

    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.pageMargin
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ScrollIndicator.vertical: ScrollIndicator {}

    ColumnLayout {
        id: column
        x: Math.max(Theme.pageMargin, (root.width - width) / 2)
        y: Theme.pageMargin
        width: Math.min(root.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
        spacing: Theme.spacing
    }
}
