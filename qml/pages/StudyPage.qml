pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// One study as the member does it, top to bottom with nothing hidden: the title, the due date
// (overdue in red), where the member stands (handed in, accepted, returned: the secretary's
// comment, the quiz result after sync), the instructions, the documents to read (each read or
// not, a tap opens it), the reflection editor (saved on the device as the member types, with
// a word count), the quiz as big choice buttons, and "Nộp bài thu hoạch". Returned: the
// comment stays beside the editor while the member rewrites.
Page {
    id: root

    property alias studyId: study.studyId
    // Side by side (comment | editor) from a laptop's width.
    readonly property bool wide: width >= 900

    function openDocument(documentId: string) {
        study.saveNow()
        root.StackView.view.push(readerPage, { documentId: documentId })
    }

    objectName: "studyPage"
    header: PageHeader {
        title: qsTr("Học tập, quán triệt nghị quyết")
        canGoBack: root.StackView.view !== null && root.StackView.index > 0
        onBack: {
            study.saveNow()
            root.StackView.view.pop()
        }
    }

    // Back from the reader: the read marks may have changed.
    StackView.onActivated: study.reload()
    StackView.onDeactivating: study.saveNow()
    Component.onDestruction: study.saveNow()

    StudyController {
        id: study
        session: VaultSession
        onSubmitted: Confirmations.post(study.pending
            ? qsTr("Đã nộp bài thu hoạch. Bài sẽ được gửi tới bí thư khi máy có mạng.")
            : qsTr("Đã nộp bài thu hoạch."))
    }

    // The secretary's comment on a returned or reviewed reflection.
    component ReviewComment: Card {
        id: review
        property string comment
        property bool returned: false
        property string reviewedText
        objectName: "studyComment"
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingSmall
            PlainLabel {
                Layout.fillWidth: true
                text: review.returned ? qsTr("Bí thư trả lại, đề nghị viết lại:") : qsTr("Nhận xét của bí thư:")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: review.returned ? Theme.error : Theme.accentDark
                wrapMode: Text.Wrap
            }
            BodyText {
                objectName: "studyCommentText"
                Layout.fillWidth: true
                text: review.comment
            }
            HintText {
                Layout.fillWidth: true
                visible: text.length > 0
                text: review.reviewedText
            }
        }
    }

    PageBody {
        anchors.fill: parent

        ConfirmationBar {
            Layout.fillWidth: true
        }
        MessageBox {
            objectName: "studyError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: study.errorMessage
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: !study.found
            text: qsTr("Không tìm thấy đợt học tập này trên máy. Hãy đồng bộ rồi thử lại.")
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        SectionHeading {
            objectName: "studyTitle"
            Layout.fillWidth: true
            visible: study.found
            text: study.title
            Accessible.role: Accessible.Heading
        }
        HintText {
            objectName: "studyAssignedBy"
            Layout.fillWidth: true
            visible: study.found && study.assigner.length > 0
            // A study for the assigner's own organisation: not "X giao cho X".
            text: study.audience.length === 0 ? study.assigner
                  : study.audience === study.assigner ? qsTr("%1 giao cho toàn thể đảng viên").arg(study.assigner)
                  : qsTr("%1 giao cho %2").arg(study.assigner).arg(study.audience)
        }
        PlainLabel {
            objectName: "studyDueText"
            Layout.fillWidth: true
            visible: study.found
            text: (study.overdue ? qsTr("%1 · %2").arg(study.dueText).arg(study.overdueText) : study.dueText)
                  + (study.isOpen ? "" : " · " + qsTr("Đã kết thúc"))
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: study.overdue ? Theme.error : Theme.text
            wrapMode: Text.Wrap
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: study.reminder.length > 0
            text: "⏰ " + study.reminder
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.accentDark
            wrapMode: Text.Wrap
        }

        // Where the member stands.
        Card {
            objectName: "studyStateCard"
            Layout.fillWidth: true
            visible: study.found && study.mine
            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall
                PlainLabel {
                    objectName: "studyStateLabel"
                    Layout.fillWidth: true
                    text: study.stateLabel
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: study.state === StudyListModel.Returned ? Theme.error
                         : study.state === StudyListModel.Accepted || study.state === StudyListModel.Submitted ? Theme.success
                         : Theme.accentDark
                    wrapMode: Text.Wrap
                }
                BodyText {
                    objectName: "studySubmittedText"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: study.submittedText
                }
                BodyText {
                    objectName: "studyScoreText"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: study.scoreText
                }
            }
        }
        ReviewComment {
            Layout.fillWidth: true
            visible: study.comment.length > 0 && !(study.editing && root.wide)
            comment: study.comment
            returned: study.state === StudyListModel.Returned
            reviewedText: study.reviewedText
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: study.found && study.instructions.length > 0
            text: qsTr("Yêu cầu")
        }
        BodyText {
            objectName: "studyInstructions"
            Layout.fillWidth: true
            visible: study.found && study.instructions.length > 0
            text: study.instructions
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: study.documents.length > 0
            text: qsTr("Tài liệu cần đọc (đã đọc %1/%2)").arg(study.documentsRead).arg(study.documents.length)
        }
        Repeater {
            model: study.documents
            delegate: DocumentRow {
                required property var modelData
                Layout.fillWidth: true
                enabled: modelData.onDevice
                documentId: modelData.documentId
                title: modelData.title
                // The number alone on the first line (no kind here: not " · 15-NQ/TU").
                kindLabel: Theme.unbroken(modelData.number)
                number: ""
                issuedDate: ""
                read: modelData.read
                onOpenRequested: id => root.openDocument(id)
            }
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: study.found && (study.editing || study.reflection.length > 0)
            text: study.reflectionRequired ? qsTr("Bài thu hoạch") : qsTr("Bài thu hoạch (không bắt buộc)")
        }
        GridLayout {
            Layout.fillWidth: true
            visible: study.found && study.editing
            columns: root.wide && study.comment.length > 0 ? 2 : 1
            columnSpacing: Theme.spacing

            ReviewComment {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                visible: root.wide && study.comment.length > 0
                comment: study.comment
                returned: study.state === StudyListModel.Returned
                reviewedText: study.reviewedText
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                spacing: Theme.spacingSmall
                TextAreaField {
                    id: editor
                    objectName: "reflectionEditor"
                    Layout.fillWidth: true
                    label: qsTr("Điều đồng chí thu hoạch được, liên hệ với công việc, việc sẽ làm:")
                    text: study.reflection
                    onTextChanged: study.reflection = editor.text
                }
                PlainLabel {
                    objectName: "wordCountLabel"
                    Layout.fillWidth: true
                    text: study.savedText.length > 0 ? qsTr("%1 từ · %2").arg(study.wordCount).arg(study.savedText)
                                                     : qsTr("%1 từ").arg(study.wordCount)
                    font.pixelSize: Theme.fontSmall
                    color: study.reflection.length > study.maxLength ? Theme.error : Theme.textSecondary
                    wrapMode: Text.Wrap
                }
            }
        }
        // Handed in: the text as it was sent.
        BodyText {
            objectName: "submittedReflection"
            Layout.fillWidth: true
            visible: study.found && !study.editing && study.reflection.length > 0
            text: study.reflection
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: study.quiz.length > 0
            text: study.editing && study.unanswered > 0
                  ? qsTr("Câu hỏi trắc nghiệm (còn %1 câu chưa trả lời)").arg(study.unanswered)
                  : qsTr("Câu hỏi trắc nghiệm")
        }
        Repeater {
            model: study.quiz
            delegate: StudyQuizQuestion {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                number: index + 1
                questionId: modelData.questionId
                text: modelData.text
                choices: modelData.choices
                chosen: modelData.chosen
                editable: study.editing
                onChoose: (questionId, choice) => study.choose(questionId, choice)
            }
        }

        WrappingButton {
            objectName: "submitStudyButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: study.editing
            highlighted: true
            font.pixelSize: Theme.fontLarge
            font.bold: true
            text: study.state === StudyListModel.Returned ? qsTr("Nộp lại bài thu hoạch") : qsTr("Nộp bài thu hoạch")
            onClicked: study.submit()
        }
        HintText {
            Layout.fillWidth: true
            visible: study.editing
            text: qsTr("Bài viết được lưu trên máy khi đồng chí gõ, kể cả khi không có mạng. Sau khi nộp, bài được gửi tới bí thư chi bộ trong lần đồng bộ tới.")
        }
    }

    Component {
        id: readerPage
        ReaderPage {}
    }
}
