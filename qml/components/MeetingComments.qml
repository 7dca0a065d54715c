pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Handbook

// The comments of a meeting (ý kiến), before and during it: each thread's first comment with
// its replies indented under it, who wrote it and when, mine marked until the server has it;
// a box to write a comment or a reply ("Trả lời") while the meeting is not over.
ColumnLayout {
    id: root

    // MeetingOutcomesController.comments.
    required property var comments
    // Comments are taken (the meeting is not over).
    property bool canComment: false
    // The comment a reply answers ("" for a new thread) and its author.
    property string replyTo: ""
    property string replyToName: ""

    // The member sends a comment; the page queues it and calls clearDraft() when done.
    signal commentRequested(string text, string replyTo)

    function clearDraft() {
        draft.text = ""
        root.replyTo = ""
        root.replyToName = ""
    }

    spacing: Theme.spacingSmall

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Ý kiến về buổi sinh hoạt")
        Accessible.role: Accessible.Heading
    }
    HintText {
        objectName: "noComments"
        Layout.fillWidth: true
        visible: root.comments.length === 0
        text: root.canComment ? qsTr("Chưa có ý kiến nào. Đồng chí có thể nêu ý kiến trước và trong buổi sinh hoạt.")
                              : qsTr("Chưa có ý kiến nào.")
    }

    Repeater {
        model: root.comments
        delegate: Rectangle {
            id: entry
            required property var modelData
            required property int index
            objectName: "comment" + index
            Layout.fillWidth: true
            Layout.leftMargin: modelData.isReply ? Theme.spacingLarge : 0
            implicitHeight: body.implicitHeight + 2 * Theme.spacing
            radius: Theme.cornerRadius
            color: Theme.surface
            border.width: 1
            border.color: Theme.border

            ColumnLayout {
                id: body
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall / 2

                PlainLabel {
                    Layout.fillWidth: true
                    text: entry.modelData.isReply ? qsTr("↳ %1 · %2").arg(entry.modelData.authorName).arg(Theme.unbroken(entry.modelData.timeText))
                                                  : qsTr("%1 · %2").arg(entry.modelData.authorName).arg(Theme.unbroken(entry.modelData.timeText))
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.accentDark
                    wrapMode: Text.Wrap
                }
                BodyText {
                    objectName: "commentText"
                    Layout.fillWidth: true
                    text: entry.modelData.text
                    textFormat: Text.PlainText
                }
                HintText {
                    Layout.fillWidth: true
                    visible: entry.modelData.pending
                    text: qsTr("Chưa gửi lên máy chủ.")
                }
                WrappingButton {
                    objectName: "replyButton"
                    Layout.fillWidth: true
                    visible: root.canComment && !entry.modelData.isReply
                    text: qsTr("Trả lời")
                    onClicked: {
                        root.replyTo = entry.modelData.commentId
                        root.replyToName = entry.modelData.authorName
                        draft.field.forceActiveFocus()
                    }
                }
            }
        }
    }

    TextAreaField {
        id: draft
        objectName: "commentField"
        Layout.fillWidth: true
        visible: root.canComment
        label: root.replyTo.length > 0 ? qsTr("Trả lời đồng chí %1").arg(root.replyToName)
                                       : qsTr("Ý kiến của đồng chí")
    }
    HintText {
        Layout.fillWidth: true
        visible: root.canComment && draft.text.length > 2000
        color: Theme.error
        text: qsTr("Ý kiến dài quá 2.000 ký tự.")
    }
    WrappingButton {
        objectName: "sendCommentButton"
        Layout.fillWidth: true
        visible: root.canComment
        highlighted: true
        enabled: draft.text.trim().length > 0 && draft.text.trim().length <= 2000
        text: root.replyTo.length > 0 ? qsTr("Gửi trả lời") : qsTr("Gửi ý kiến")
        font.bold: true
        onClicked: root.commentRequested(draft.text, root.replyTo)
    }
    WrappingButton {
        objectName: "cancelReplyButton"
        Layout.fillWidth: true
        visible: root.canComment && root.replyTo.length > 0
        text: qsTr("Không trả lời nữa")
        onClicked: {
            root.replyTo = ""
            root.replyToName = ""
        }
    }
}
