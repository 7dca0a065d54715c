import QtQuick
import QtQuick.Layouts
import Handbook

// The secretary's two actions, drawn as actions (filled, bold, with a "+"), not as tabs:
// side by side on a wide window with normal text, one above the other otherwise. Used by the
// home page's "Việc cần làm" and the meetings list.
GridLayout {
    id: root

    signal scheduleRequested()
    signal shareRequested()

    columns: Theme.scale > 1.4 || width < 400 ? 1 : 2
    columnSpacing: Theme.spacingSmall
    rowSpacing: Theme.spacingSmall

    WrappingButton {
        objectName: "scheduleMeetingButton"
        Layout.fillWidth: true
        highlighted: true
        text: qsTr("+ Lên lịch họp")
        font.bold: true
        onClicked: root.scheduleRequested()
    }
    WrappingButton {
        objectName: "shareDocumentButton"
        Layout.fillWidth: true
        highlighted: true
        text: qsTr("+ Chia sẻ tài liệu")
        font.bold: true
        onClicked: root.shareRequested()
    }
}
