import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The red bar at the top of every page, with the page's title and, on pages opened from
// another one, a large "Quay lại" (back) button. Grows with the text size.
ToolBar {
    id: root

    required property string title
    // Shows the back button; its tap emits back().
    property bool canGoBack: false

    signal back()

    leftPadding: root.canGoBack ? Theme.spacingSmall : Theme.pageMargin
    rightPadding: Theme.pageMargin
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall

    // With large text the back button gets its own row, so the title is never cut short.
    contentItem: GridLayout {
        columns: Theme.scale > 1.4 ? 1 : 2
        columnSpacing: Theme.spacingSmall
        rowSpacing: 0

        ToolButton {
            objectName: "backButton"
            visible: root.canGoBack
            Layout.minimumHeight: Theme.touchTarget
            Layout.minimumWidth: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            font.bold: true
            Accessible.name: qsTr("Quay lại")
            onClicked: root.back()
            contentItem: PlainLabel {
                text: qsTr("‹ Quay lại")
                color: Theme.textOnAccent
                font.pixelSize: Theme.fontBody
                font.bold: true
                verticalAlignment: Text.AlignVCenter
            }
        }

        PlainLabel {
            objectName: "pageTitle"
            Layout.fillWidth: true
            Layout.leftMargin: root.canGoBack && Theme.scale > 1.4 ? Theme.pageMargin - Theme.spacingSmall : 0
            text: root.title
            color: Theme.textOnAccent
            font.pixelSize: Theme.fontLarge
            font.bold: true
            // The whole title, on as many lines as it takes (no cut words).
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            verticalAlignment: Text.AlignVCenter
            Accessible.role: Accessible.Heading
        }
    }

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        color: Theme.accent
    }
}
