pragma ComponentBehavior: Bound

import QtQuick
import Handbook

// Two or more large buttons side by side of equal width and height, or one under the other
// when the text is large; the chosen one is highlighted. Labels wrap rather than being cut.
// (Positioners with explicit sizes, not layouts: Qt 6.4 layouts lose track of wrapping text
// in side-by-side cells inside a scrolling page.)
Item {
    id: root

    // The button labels.
    required property var labels
    // The highlighted button; -1 for none.
    property int currentIndex: 0
    // A tap moves the highlight to the tapped button (false: plain action buttons).
    property bool sticky: true
    readonly property bool stacked: Theme.scale > 1.4
    readonly property int spacing: Theme.spacingSmall
    readonly property int count: labels ? labels.length : 0

    signal chosen(int index)

    implicitWidth: 2 * Theme.touchTarget
    implicitHeight: stacked ? column.implicitHeight : row.implicitHeight

    component Choice: WrappingButton {
        required property string modelData
        required property int index

        objectName: "choice" + index
        text: modelData
        highlighted: root.currentIndex === index
        font.bold: root.currentIndex === index
        Accessible.checked: root.currentIndex === index
        onClicked: {
            if (root.sticky)
                root.currentIndex = index
            root.chosen(index)
        }
    }

    Row {
        id: row

        // The tallest button's height, so that all have it.
        readonly property real tallest: {
            let height = Theme.touchTarget
            for (let i = 0; i < rowButtons.count; ++i) {
                const button = rowButtons.itemAt(i)
                if (button)
                    height = Math.max(height, button.implicitHeight)
            }
            return height
        }

        visible: !root.stacked
        spacing: root.spacing

        Repeater {
            id: rowButtons
            model: root.stacked ? [] : root.labels
            delegate: Choice {
                width: (root.width - root.spacing * (root.count - 1)) / Math.max(1, root.count)
                height: row.tallest
            }
        }
    }

    Column {
        id: column
        visible: root.stacked
        width: root.width
        spacing: root.spacing

        Repeater {
            model: root.stacked ? root.labels : []
            delegate: Choice {
                width: column.width
            }
        }
    }
}
