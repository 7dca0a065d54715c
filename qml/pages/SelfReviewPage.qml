pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The member's bản kiểm điểm of the annual review (issue 22), top to bottom: the cycle and its
// due date, where the member stands (chưa viết, bản nháp, đã nộp, chi bộ đã đề xuất, đã xếp
// loại), after the decision the rating decided in large type with the committee's comment and
// the cell's proposal; the five parts of the form and the member's own rating, saved on the
// device as they type (offline too); "Nộp bản kiểm điểm" after a confirmation, and again after
// changes until the cell proposes. Then the text reads as it was submitted.
Page {
    id: root

    // "" follows the member's current cycle.
    property alias cycleId: review.cycleId
    // The member's self-review ("" before the first submission).
    readonly property alias selfReviewId: review.selfReviewId

    // Reads the vault again.
    function reload() {
        review.reload()
    }

    objectName: "selfReviewPage"
    header: PageHeader {
        title: qsTr("Bản kiểm điểm")
        canGoBack: root.StackView.view !== null && root.StackView.index > 0
        onBack: {
            review.saveNow()
            root.StackView.view.pop()
        }
    }

    StackView.onDeactivating: review.saveNow()
    Component.onDestruction: review.saveNow()

    SelfReviewController {
        id: review
        session: VaultSession
        onSubmitted: Confirmations.post(review.pending
            ? qsTr("Đã nộp bản kiểm điểm. Bản kiểm điểm sẽ được gửi tới chi bộ khi máy có mạng.")
            : qsTr("Đã nộp bản kiểm điểm."))
    }

    // A labelled result: a small heading and the rating's full name.
    component RatingLine: ColumnLayout {
        id: line
        property string label
        property string rating
        property bool large: false
        spacing: 0
        visible: line.rating.length > 0
        PlainLabel {
            Layout.fillWidth: true
            text: line.label
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "ratingName"
            Layout.fillWidth: true
            text: ReviewRating.label(line.rating)
            font.pixelSize: line.large ? Theme.fontTitle : Theme.fontBody
            font.bold: true
            color: line.large ? Theme.success : Theme.text
            wrapMode: Text.Wrap
        }
    }

    PageBody {
        anchors.fill: parent

        ConfirmationBar {
            Layout.fillWidth: true
        }
        MessageBox {
            objectName: "selfReviewError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: review.errorMessage
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: !review.found
            text: qsTr("Chưa có đợt kiểm điểm nào đang mở cho đồng chí trên máy này. Hãy đồng bộ rồi thử lại.")
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        SectionHeading {
            objectName: "selfReviewTitle"
            Layout.fillWidth: true
            visible: review.found
            text: review.title
            Accessible.role: Accessible.Heading
        }
        HintText {
            Layout.fillWidth: true
            visible: review.found && review.openerText.length > 0
            text: review.openerText
        }
        PlainLabel {
            objectName: "selfReviewDue"
            Layout.fillWidth: true
            visible: review.found && review.dueText.length > 0
            text: review.dueText + (review.overdue ? " · " + qsTr("Đã quá hạn") : "")
                  + (review.isOpen ? "" : " · " + qsTr("Đã kết thúc"))
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: review.overdue ? Theme.error : Theme.text
            wrapMode: Text.Wrap
        }

        // Where the member stands.
        Card {
            objectName: "selfReviewStateCard"
            Layout.fillWidth: true
            visible: review.found
            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall
                PlainLabel {
                    objectName: "selfReviewState"
                    Layout.fillWidth: true
                    text: review.stateLabel
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: review.state >= SelfReviewController.Submitted ? Theme.success : Theme.accentDark
                    wrapMode: Text.Wrap
                }
                BodyText {
                    objectName: "selfReviewSubmitted"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: review.submittedText
                }
                PlainLabel {
                    objectName: "selfReviewUnsent"
                    Layout.fillWidth: true
                    visible: review.unsentChanges
                    text: qsTr("Có thay đổi chưa nộp lại. Bấm “Nộp lại bản kiểm điểm” để gửi bản mới.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.accentDark
                    wrapMode: Text.Wrap
                }

                // After the decision: the rating in large type, the comments.
                RatingLine {
                    objectName: "decidedRating"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingSmall
                    label: qsTr("Kết quả xếp loại")
                    rating: review.decidedRating
                    large: true
                }
                HintText {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: review.decidedText
                }
                BodyText {
                    objectName: "decisionComment"
                    Layout.fillWidth: true
                    visible: review.decisionComment.length > 0
                    text: qsTr("Nhận xét của cấp ủy: %1").arg(review.decisionComment)
                }
                RatingLine {
                    objectName: "proposedRating"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingSmall
                    label: qsTr("Chi bộ đề xuất")
                    rating: review.proposedRating
                }
                BodyText {
                    objectName: "proposalComment"
                    Layout.fillWidth: true
                    visible: review.proposalComment.length > 0
                    text: qsTr("Ý kiến của chi bộ: %1").arg(review.proposalComment)
                }
                HintText {
                    Layout.fillWidth: true
                    visible: text.length > 0 && review.decidedRating.length === 0
                    text: review.proposedText
                }
                RatingLine {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingSmall
                    visible: review.state >= SelfReviewController.Proposed && rating.length > 0
                    label: qsTr("Đồng chí tự xếp loại")
                    rating: review.selfRating
                }
            }
        }

        // The form: the five parts, each under its heading.
        Repeater {
            model: review.found ? review.headings : []
            delegate: ColumnLayout {
                id: part
                required property string modelData
                required property int index
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                spacing: Theme.spacingSmall / 2

                TextAreaField {
                    id: sectionField
                    objectName: "selfReviewSection" + part.index
                    Layout.fillWidth: true
                    visible: review.editing
                    label: part.modelData
                    text: review.sections[part.index] ?? ""
                    onTextChanged: review.setSection(part.index, sectionField.text)
                }
                // Read only: the text as submitted.
                SectionHeading {
                    Layout.fillWidth: true
                    visible: !review.editing && review.state >= SelfReviewController.Submitted
                    text: part.modelData
                }
                BodyText {
                    readonly property string written: review.sections[part.index] ?? ""
                    objectName: "selfReviewText" + part.index
                    Layout.fillWidth: true
                    visible: !review.editing && review.state >= SelfReviewController.Submitted
                    text: written.length > 0 ? written : qsTr("(không viết)")
                }
            }
        }

        // The member's own rating.
        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: review.editing
            text: qsTr("Tự đánh giá, xếp loại")
        }
        Repeater {
            model: review.editing ? ReviewRating.choices : []
            delegate: WrappingButton {
                id: choice
                required property var modelData
                readonly property string rating: choice.modelData.rating
                objectName: "selfRating_" + choice.rating
                Layout.fillWidth: true
                text: choice.modelData.label
                highlighted: review.selfRating === choice.rating
                font.bold: review.selfRating === choice.rating
                Accessible.checked: review.selfRating === choice.rating
                onClicked: review.selfRating = choice.rating
            }
        }

        WrappingButton {
            objectName: "submitSelfReviewButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: review.editing
            highlighted: true
            font.pixelSize: Theme.fontLarge
            font.bold: true
            text: review.state >= SelfReviewController.Submitted ? qsTr("Nộp lại bản kiểm điểm") : qsTr("Nộp bản kiểm điểm")
            onClicked: {
                review.saveNow()
                submitDialog.open()
            }
        }
        HintText {
            Layout.fillWidth: true
            visible: review.editing
            text: qsTr("Bản kiểm điểm được lưu trên máy khi đồng chí gõ, kể cả khi không có mạng. Sau khi nộp, đồng chí vẫn sửa và nộp lại được cho đến khi chi bộ đề xuất xếp loại.")
        }
    }

    ConfirmDialog {
        id: submitDialog
        objectName: "submitSelfReviewDialog"
        title: qsTr("Nộp bản kiểm điểm?")
        text: review.selfRating.length > 0
              ? qsTr("Bản kiểm điểm và mức tự xếp loại “%1” sẽ được gửi tới chi bộ. Đồng chí vẫn sửa được cho đến khi chi bộ đề xuất xếp loại.").arg(ReviewRating.label(review.selfRating))
              : qsTr("Bản kiểm điểm sẽ được gửi tới chi bộ. Đồng chí vẫn sửa được cho đến khi chi bộ đề xuất xếp loại.")
        confirmText: qsTr("Nộp")
        onConfirmed: review.submit()
    }
}
