pragma ComponentBehavior: Bound

import QtQuick
import Handbook

// The four ratings of the annual review as large buttons, best first: two by two, one under
// the other with large text; the current rating highlighted. The full names wrap rather than
// being cut ("Hoàn thành xuất sắc nhiệm vụ"). A positioner with explicit sizes (as
// ChoiceButtons), not a layout.
Item {
    id: root

    // The four names, best first (the controller's ratingLabels).
    required property var labels
    // The highlighted rating's place in `labels`; -1 for none.
    property int currentIndex: -1
    readonly property int columns: Theme.scale > 1.4 || width < 280 ? 1 : 2
    readonly property int count: labels ? labels.length : 0

    signal chosen(int index)

    implicitWidth: 2 * Theme.touchTarget
    implicitHeight: grid.implicitHeight

    Grid {
        id: grid

        // The tallest button's height, so that the two of a row match.
        readonly property real tallest: {
            let height = Theme.touchTarget
            for (let i = 0; i < buttons.count; ++i) {
                const button = buttons.itemAt(i)
                if (button)
                    height = Math.max(height, button.implicitHeight)
            }
            return height
        }

        width: root.width
        columns: root.columns
        spacing: Theme.spacingSmall

        Repeater {
            id: buttons
            model: root.labels
            delegate: WrappingButton {
                required property string modelData
                required property int index

                objectName: "rating" + index
                width: (root.width - grid.spacing * (root.columns - 1)) / root.columns
                height: root.columns > 1 ? grid.tallest : implicitHeight
                text: modelData
                highlighted: root.currentIndex === index
                font.bold: root.currentIndex === index
                Accessible.checked: root.currentIndex === index
                onClicked: root.chosen(index)
            }
        }
    }
}
