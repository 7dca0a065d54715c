pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// One member's reflection for the secretary (StudyReviewController): the text in full in
// large type, when it was handed in (late marked), the quiz score; "Duyệt" accepts it,
// "Trả lại" asks for a comment the member will read (required). A decision shows at once
// as waiting for the server. Also the right pane of StudySubmissionsPage on a wide window.
Page {
    id: root

    property string submissionId
    // Inside the submissions page's right pane: no title bar of its own.
    property bool embedded: false

    objectName: "submissionReviewPage"
    header: PageHeader {
        visible: !root.embedded
        title: review.memberName.length > 0 ? review.memberName : qsTr("Bài thu hoạch")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StudyReviewController {
        id: review
        session: VaultSession
        submissionId: root.submissionId
    }

    PageBody {
        anchors.fill: parent

        BodyText {
            Layout.fillWidth: true
            visible: !review.submissionFound
            text: root.submissionId.length > 0 ? qsTr("Không tìm thấy bài thu hoạch này trên máy.")
                                               : qsTr("Chọn một bài thu hoạch để xem.")
        }
        PlainLabel {
            objectName: "reviewMemberName"
            Layout.fillWidth: true
            visible: review.submissionFound && root.embedded
            text: review.memberName
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        HintText {
            Layout.fillWidth: true
            visible: review.submissionFound
            text: review.title
        }
        PlainLabel {
            objectName: "reviewState"
            Layout.fillWidth: true
            visible: review.submissionFound
            text: review.stateLabel
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: review.state === StudySubmissionModel.Returned ? Theme.error
                 : review.state === StudySubmissionModel.Accepted ? Theme.success : Theme.accentDark
            wrapMode: Text.Wrap
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: review.submissionFound
            text: review.submittedText
            font.pixelSize: Theme.fontBody
            font.bold: review.late
            color: review.late ? Theme.error : Theme.textSecondary
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "reviewScore"
            Layout.fillWidth: true
            visible: review.submissionFound && review.scoreText.length > 0
            text: qsTr("Trắc nghiệm: %1").arg(review.scoreText)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: review.submissionFound
            text: qsTr("Bài thu hoạch")
            Accessible.role: Accessible.Heading
        }
        PlainLabel {
            objectName: "reflectionText"
            Layout.fillWidth: true
            visible: review.submissionFound
            text: review.reflection.length > 0 ? review.reflection : qsTr("(Không có bài viết)")
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            wrapMode: Text.Wrap
            lineHeight: 1.4
        }

        MessageBox {
            objectName: "reviewComment"
            Layout.fillWidth: true
            visible: review.submissionFound && review.comment.length > 0
            kind: review.state === StudySubmissionModel.Returned ? MessageBox.Warning : MessageBox.Success
            text: qsTr("Nhận xét của bí thư: %1").arg(review.comment)
        }
        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: review.errorMessage
        }

        TextAreaField {
            id: commentField
            objectName: "commentField"
            Layout.fillWidth: true
            visible: review.canReview
            label: qsTr("Nhận xét (bắt buộc khi trả lại)")
        }
        WrappingButton {
            objectName: "acceptSubmissionButton"
            Layout.fillWidth: true
            visible: review.canReview
            highlighted: true
            font.bold: true
            text: qsTr("Duyệt")
            onClicked: if (review.accept(commentField.text)) commentField.text = ""
        }
        WrappingButton {
            objectName: "returnSubmissionButton"
            Layout.fillWidth: true
            visible: review.canReview
            text: qsTr("Trả lại để viết thêm")
            onClicked: if (review.returnSubmission(commentField.text)) commentField.text = ""
        }
    }
}
