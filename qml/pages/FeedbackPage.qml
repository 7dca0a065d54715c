pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Feedback to the cell: a member writes a question or suggestion and sees the secretary's
// reply; the secretary sees every member's feedback and replies. A message sent shows as
// "Đang gửi…" with "Hoàn tác" for a few seconds before it is queued (FeedbackController);
// a message not sent earlier (the app locked meanwhile) comes back into the editor.
Page {
    id: root

    // The thread being answered (the secretary).
    property string replyingTo
    // The editor holds a message given back (undone or not sent).
    property bool restoredDraft: false

    // A draft the controller has (not sent before the app locked) goes into the editor.
    function takeDraft() {
        if (feedback.draft.length === 0)
            return
        newFeedback.text = newFeedback.text.trim().length > 0
                ? newFeedback.text + "\n\n" + feedback.draft : feedback.draft
        root.restoredDraft = true
        feedback.takeDraft()
    }

    objectName: "feedbackPage"
    header: PageHeader {
        title: qsTr("Góp ý với chi bộ")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    FeedbackController {
        id: feedback
        objectName: "feedbackController"
        session: VaultSession
        onDraftChanged: root.takeDraft()
    }
    Component.onCompleted: root.takeDraft()


    PageBody {
        anchors.fill: parent

        TextAreaField {
            id: newFeedback
            objectName: "newFeedbackField"
            Layout.fillWidth: true
            label: feedback.isSecretary ? qsTr("Gửi ý kiến tới chi bộ") : qsTr("Câu hỏi hoặc đề xuất của đồng chí")
            placeholderText: Theme.scale > 1.4 ? "" : qsTr("Viết nội dung ở đây")
        }
        WrappingButton {
            objectName: "sendButton"
            Layout.fillWidth: true
            highlighted: true
            enabled: newFeedback.text.trim().length > 0
            text: qsTr("Gửi góp ý")
            font.bold: true
            onClicked: {
                if (feedback.send(newFeedback.text)) {
                    newFeedback.text = ""
                    root.restoredDraft = false
                }
            }
        }
        MessageBox {
            objectName: "draftNote"
            Layout.fillWidth: true
            visible: root.restoredDraft && newFeedback.text.trim().length > 0
            kind: MessageBox.Warning
            text: qsTr("Góp ý này chưa được gửi. Đồng chí xem lại rồi bấm “Gửi góp ý”.")
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: feedback.errorMessage
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            // Not "đã gửi": an item says itself whether it is sent.
            text: feedback.isSecretary ? qsTr("Góp ý của đảng viên") : qsTr("Góp ý của đồng chí")
            Accessible.role: Accessible.Heading
        }
        PlainLabel {
            Layout.fillWidth: true
            objectName: "feedbackEmpty"
            visible: feedback.threads.count === 0
            text: feedback.isSecretary ? qsTr("Chưa có góp ý nào. Câu hỏi, đề xuất của đảng viên trong chi bộ sẽ hiện ở đây để đồng chí trả lời.")
                                       : qsTr("Chưa có góp ý nào. Câu hỏi, đề xuất đồng chí gửi và trả lời của bí thư chi bộ sẽ hiện ở đây.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        // The message just sent, held a few seconds: it can still be taken back.
        Card {
            objectName: "heldFeedback"
            Layout.fillWidth: true
            visible: feedback.heldText.length > 0

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall / 2

                HintText {
                    objectName: "heldStatus"
                    Layout.fillWidth: true
                    text: qsTr("Đang gửi…")
                    font.bold: true
                }
                BodyText {
                    Layout.fillWidth: true
                    text: feedback.heldText
                    textFormat: Text.PlainText
                }
                WrappingButton {
                    objectName: "undoSendButton"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingSmall / 2
                    text: qsTr("Hoàn tác")
                    onClicked: {
                        newFeedback.text = feedback.undo()
                        root.restoredDraft = false
                        newFeedback.field.forceActiveFocus()
                    }
                }
            }
        }

        Repeater {
            model: feedback.threads
            delegate: Card {
                id: thread

                required property var model

                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingSmall / 2

                    HintText {
                        objectName: "feedbackStatus"
                        Layout.fillWidth: true
                        text: thread.model.pending ? qsTr("%1 · %2 · đang chờ gửi").arg(thread.model.authorName).arg(Theme.unbroken(thread.model.timeText))
                            : thread.model.mine ? qsTr("%1 · %2 · đã gửi").arg(thread.model.authorName).arg(Theme.unbroken(thread.model.timeText))
                            : qsTr("%1 · %2").arg(thread.model.authorName).arg(Theme.unbroken(thread.model.timeText))
                    }
                    BodyText {
                        Layout.fillWidth: true
                        text: thread.model.text
                        textFormat: Text.PlainText
                    }
                    Repeater {
                        model: thread.model.replies
                        delegate: Rectangle {
                            id: replyBox

                            required property var modelData

                            Layout.fillWidth: true
                            Layout.topMargin: Theme.spacingSmall / 2
                            implicitHeight: replyColumn.implicitHeight + 2 * Theme.spacingSmall
                            radius: Theme.cornerRadius / 2
                            color: Theme.background
                            border.width: 1
                            border.color: Theme.success

                            ColumnLayout {
                                id: replyColumn
                                anchors.fill: parent
                                anchors.margins: Theme.spacingSmall
                                spacing: 2

                                PlainLabel {
                                    Layout.fillWidth: true
                                    text: replyBox.modelData.pending
                                          ? qsTr("Trả lời của %1 · đang chờ gửi").arg(replyBox.modelData.authorName)
                                          : qsTr("Trả lời của %1 · %2").arg(replyBox.modelData.authorName).arg(Theme.unbroken(replyBox.modelData.timeText))
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: true
                                    color: Theme.success
                                    wrapMode: Text.Wrap
                                }
                                BodyText {
                                    Layout.fillWidth: true
                                    text: replyBox.modelData.text
                                    textFormat: Text.PlainText
                                }
                            }
                        }
                    }
                    HintText {
                        Layout.fillWidth: true
                        visible: !feedback.isSecretary && thread.model.replyCount === 0
                        text: qsTr("Chưa có trả lời.")
                    }
                    WrappingButton {
                        objectName: "replyButton"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingSmall / 2
                        visible: feedback.isSecretary
                        text: qsTr("Trả lời")
                        onClicked: {
                            root.replyingTo = thread.model.feedbackId
                            replyDialog.open()
                        }
                    }
                }
            }
        }
    }

    AppDialog {
        id: replyDialog
        objectName: "replyDialog"
        title: qsTr("Trả lời góp ý")
        closePolicy: Popup.CloseOnEscape
        onAboutToShow: replyText.text = ""

        TextAreaField {
            id: replyText
            anchors.fill: parent
            label: qsTr("Nội dung trả lời")
        }

        footer: DialogFooter {
            DialogButton {
                text: qsTr("Hủy")
                onClicked: replyDialog.close()
            }
            DialogButton {
                objectName: "sendReplyButton"
                text: qsTr("Gửi trả lời")
                enabled: replyText.text.trim().length > 0
                font.bold: true
                onClicked: {
                    if (feedback.reply(root.replyingTo, replyText.text))
                        replyDialog.close()
                }
            }
        }
    }
}
