import QtQuick
import QtQuick.Controls
import Handbook

// The red bar at the top of every page, with the page's title. Grows with the text size.
ToolBar {
    id: root

    required property string title

    leftPadding: Theme.pageMargin
    rightPadding: Theme.pageMargin
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall

    contentItem: Label {
        text: root.title
        color: Theme.textOnAccent
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
        Accessible.role: Accessible.Heading
    }

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        color: Theme.accent
    }
}
