import QtQuick
import QtQuick.Layouts
import Handbook

// The secretary's actions, drawn as actions (filled, bold, with a "+"), not as tabs: side by
// side on a wide window with normal text, one above the other otherwise; then the cell's
// annual review (kiểm điểm, xếp loại) across the whole width. Used by the home page's "Việc
// cần làm" and the meetings list.
GridLayout {
    id: root

    signal scheduleRequested()
    signal shareRequested()
    signal reviewsRequested()

    // Offers the cell's annual review (the page showing these actions opens it on
    // reviewsRequested).
    property bool reviewsShown: false

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
    WrappingButton {
        objectName: "cellReviewsButton"
        Layout.fillWidth: true
        Layout.columnSpan: root.columns
        visible: root.reviewsShown
        text: qsTr("Kiểm điểm, xếp loại")
        onClicked: root.reviewsRequested()
    }
}
