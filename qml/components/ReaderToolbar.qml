import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The reader's tools under its title bar: smaller / larger text (the app's one text size),
// the bookmark and the notes. The buttons always show their names, four in a row, or two
// rows of two when the names would not fit (large text, English); a button never moves when
// another one's label changes ("☆ Lưu" becoming "★ Đã lưu" leaves "Ghi chú" where the finger
// expects it).
ToolBar {
    id: root

    property bool canShrink: true
    property bool canEnlarge: true
    property bool bookmarked: false
    property int noteCount: 0
    // Each button is as wide as its longest label (whatever it shows now), so no button moves
    // when another one's label changes; one row while they fit, else two rows of two.
    readonly property real sizeButtonWidth: Math.max(Theme.touchTarget,
                                                     sizeMetrics.advanceWidth + labelPadding)
    readonly property real bookmarkButtonWidth: Math.max(savedMetrics.advanceWidth,
                                                         saveMetrics.advanceWidth) + labelPadding
    readonly property real notesButtonWidth: notesMetrics.advanceWidth + labelPadding
    // The button's padding either side of its label (Material: 8).
    readonly property real labelPadding: 2 * Theme.spacingSmall
    readonly property bool twoRows: 2 * sizeButtonWidth + bookmarkButtonWidth + notesButtonWidth
                                    + 3 * Theme.spacingSmall > availableWidth

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

    TextMetrics {
        id: sizeMetrics
        font.pixelSize: Theme.fontBody
        font.bold: true
        text: "A−"
    }
    TextMetrics {
        id: savedMetrics
        font.pixelSize: Theme.fontBody
        text: qsTr("★ Đã lưu")
    }
    TextMetrics {
        id: saveMetrics
        font.pixelSize: Theme.fontBody
        text: qsTr("☆ Lưu")
    }
    TextMetrics {
        id: notesMetrics
        font.pixelSize: Theme.fontBody
        text: qsTr("Ghi chú (%1)").arg(9) // more notes: the label takes two lines
    }

    contentItem: GridLayout {
        columns: root.twoRows ? 2 : 4
        rowSpacing: Theme.spacingSmall / 2
        columnSpacing: Theme.spacingSmall

        component ToolButtonCell: ActionButton {
            Layout.fillWidth: true
            Layout.fillHeight: true
        }

        ToolButtonCell {
            objectName: "shrinkTextButton"
            Layout.preferredWidth: root.sizeButtonWidth
            enabled: root.canShrink
            text: "A−"
            font.bold: true
            Accessible.name: qsTr("Chữ nhỏ hơn")
            onClicked: root.shrinkRequested()
        }
        ToolButtonCell {
            objectName: "enlargeTextButton"
            Layout.preferredWidth: root.sizeButtonWidth
            enabled: root.canEnlarge
            text: "A+"
            font.bold: true
            Accessible.name: qsTr("Chữ to hơn")
            onClicked: root.enlargeRequested()
        }
        ToolButtonCell {
            objectName: "bookmarkButton"
            Layout.preferredWidth: root.bookmarkButtonWidth
            checkable: false
            highlighted: root.bookmarked
            text: root.bookmarked ? qsTr("★ Đã lưu") : qsTr("☆ Lưu")
            Accessible.name: root.bookmarked ? qsTr("Bỏ lưu tài liệu") : qsTr("Lưu tài liệu")
            onClicked: root.bookmarkToggled()
        }
        ToolButtonCell {
            objectName: "notesButton"
            Layout.preferredWidth: root.notesButtonWidth
            text: root.noteCount > 0 ? qsTr("Ghi chú (%1)").arg(root.noteCount) : qsTr("Ghi chú")
            Accessible.name: qsTr("Ghi chú của tôi")
            onClicked: root.notesRequested()
        }
    }
}
