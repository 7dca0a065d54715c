import QtQuick
import QtQuick.Controls
import Handbook

// The reader's tools under its title bar: smaller / larger text, the bookmark and the
// notes. With large text the buttons show their symbol only (their names stay for screen
// readers), so the row never wraps onto a second line on a phone.
ToolBar {
    id: root

    property bool canShrink: true
    property bool canEnlarge: true
    property bool bookmarked: false
    property int noteCount: 0
    readonly property bool compact: Theme.scale > 1.4

    signal shrinkRequested()
    signal enlargeRequested()
    signal bookmarkToggled()
    signal notesRequested()

    leftPadding: Theme.spacingSmall
    rightPadding: Theme.spacingSmall
    topPadding: Theme.spacingSmall / 2
    bottomPadding: Theme.spacingSmall / 2

    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    contentItem: Flow {
        spacing: Theme.spacingSmall

        ActionButton {
            objectName: "shrinkTextButton"
            enabled: root.canShrink
            text: "A−"
            font.bold: true
            Accessible.name: qsTr("Chữ nhỏ hơn")
            onClicked: root.shrinkRequested()
        }
        ActionButton {
            objectName: "enlargeTextButton"
            enabled: root.canEnlarge
            text: "A+"
            font.bold: true
            Accessible.name: qsTr("Chữ to hơn")
            onClicked: root.enlargeRequested()
        }
        ActionButton {
            objectName: "bookmarkButton"
            checkable: false
            highlighted: root.bookmarked
            text: root.compact ? (root.bookmarked ? "★" : "☆")
                : root.bookmarked ? qsTr("★ Đã lưu") : qsTr("☆ Lưu")
            Accessible.name: root.bookmarked ? qsTr("Bỏ lưu tài liệu") : qsTr("Lưu tài liệu")
            onClicked: root.bookmarkToggled()
        }
        ActionButton {
            objectName: "notesButton"
            text: root.compact ? (root.noteCount > 0 ? "✎ " + root.noteCount : "✎")
                : root.noteCount > 0 ? qsTr("Ghi chú (%1)").arg(root.noteCount) : qsTr("Ghi chú")
            Accessible.name: qsTr("Ghi chú của tôi")
            onClicked: root.notesRequested()
        }
    }
}
