import QtQuick
import QtQuick.Layouts
import Handbook

// The buttons under a dialog (DialogButtons, cancel first): side by side at the right while
// they fit, one under the other when the text is large. A DialogButtonBox pushed them out of
// the window at 200 %.
Item {
    id: root

    default property alias buttons: grid.data

    implicitWidth: grid.implicitWidth + 2 * Theme.spacingSmall
    implicitHeight: grid.implicitHeight + Theme.spacingSmall

    GridLayout {
        id: grid

        // The buttons' width side by side (the first child is the filler).
        readonly property real rowWidth: {
            let width = 0
            let count = 0
            for (let i = 1; i < children.length; ++i) {
                if (children[i].visible) {
                    width += children[i].implicitWidth
                    ++count
                }
            }
            return width + Math.max(0, count - 1) * columnSpacing
        }
        readonly property int buttonCount: {
            let count = 0
            for (let i = 1; i < children.length; ++i)
                count += children[i].visible ? 1 : 0
            return count
        }

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.spacingSmall
        anchors.rightMargin: Theme.spacingSmall
        columns: rowWidth <= width ? buttonCount + 1 : 1
        columnSpacing: Theme.spacingSmall
        rowSpacing: 0

        // Pushes the buttons to the right.
        Item {
            Layout.fillWidth: true
            Layout.preferredHeight: 0
        }
    }
}
