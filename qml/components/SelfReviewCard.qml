import QtQuick
import QtQuick.Layouts
import Handbook

// The home screen's card of the annual review (issue 22) while a cycle of the member's
// audience is open: "Kiểm điểm cuối năm 2026", the due date (overdue in red), where the member
// stands (chưa viết, bản nháp, đã nộp, chi bộ đã đề xuất, đã xếp loại: then the rating) and
// one button to the bản kiểm điểm. Hidden for accounts without a member profile.
Card {
    id: root

    signal openRequested(string cycleId)

    // Reads the vault again (the home page calls it when it is shown again).
    function reload() {
        review.reload()
    }

    objectName: "selfReviewCard"
    visible: review.hasOpenCycle

    SelfReviewController {
        id: review
        session: VaultSession
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        PlainLabel {
            objectName: "selfReviewCardTitle"
            Layout.fillWidth: true
            text: review.title
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.accentDark
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        PlainLabel {
            objectName: "selfReviewCardDue"
            Layout.fillWidth: true
            visible: review.dueText.length > 0 && review.state < SelfReviewController.Decided
            text: review.overdue ? qsTr("%1 · Đã quá hạn").arg(review.dueText) : review.dueText
            font.pixelSize: Theme.fontSmall
            font.bold: review.overdue
            color: review.overdue ? Theme.error : Theme.text
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "selfReviewCardState"
            Layout.fillWidth: true
            text: review.pending ? qsTr("%1 · chưa gửi").arg(review.stateLabel) : review.stateLabel
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: review.state >= SelfReviewController.Submitted ? Theme.success : Theme.text
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "selfReviewCardRating"
            Layout.fillWidth: true
            visible: review.decidedRating.length > 0
            text: ReviewRating.label(review.decidedRating)
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.success
            wrapMode: Text.Wrap
        }
        WrappingButton {
            objectName: "openSelfReviewButton"
            Layout.fillWidth: true
            highlighted: review.editing && review.state < SelfReviewController.Submitted
            text: review.editing && review.state === SelfReviewController.NotStarted ? qsTr("Viết bản kiểm điểm")
                : review.editing && review.state === SelfReviewController.Draft ? qsTr("Viết tiếp bản kiểm điểm")
                : qsTr("Xem bản kiểm điểm")
            font.bold: true
            onClicked: root.openRequested(review.currentCycleId)
        }
    }
}
