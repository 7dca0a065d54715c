pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Handbook

// The meeting page's part for what happens in the meeting (issue 21): the server's refusals
// of comments and ballots in plain words, the votes (open ones first; the secretary opens,
// follows and closes them), then the comments thread.
ColumnLayout {
    id: root

    // The meeting shown.
    property string meetingId

    // Scrolls the page, once it is laid out, so that the first vote is at the top (the
    // screenshot of the vote card); false when the meeting has no vote.
    function showVotes(): bool {
        if (votes.count === 0)
            return false
        scrollTimer.start()
        return true
    }
    function scrollToVotes() {
        let page = root.parent
        while (page && (page as Flickable) === null)
            page = page.parent
        const first = votes.itemAt(0)
        if (!page || !first)
            return
        const flickable = page as Flickable
        const y = first.mapToItem(flickable.contentItem, 0, 0).y - Theme.spacing
        flickable.contentY = Math.max(0, Math.min(y, flickable.contentHeight - flickable.height))
    }

    objectName: "meetingOutcomes"
    spacing: Theme.spacing

    Timer {
        id: scrollTimer
        interval: 200
        onTriggered: root.scrollToVotes()
    }

    MeetingOutcomesController {
        id: outcomes
        session: VaultSession
        meetingId: root.meetingId
    }

    Repeater {
        model: outcomes.rejections
        delegate: ColumnLayout {
            id: refusal
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            MessageBox {
                objectName: "outcomeRejection"
                Layout.fillWidth: true
                kind: MessageBox.Warning
                text: refusal.modelData.text
            }
            WrappingButton {
                Layout.fillWidth: true
                text: qsTr("Đã hiểu")
                onClicked: outcomes.dismissRejection(refusal.modelData.mutationId)
            }
        }
    }

    Repeater {
        id: votes
        model: outcomes.votes
        delegate: VoteCard {
            required property var modelData
            Layout.fillWidth: true
            vote: modelData
            secretaryView: outcomes.isSecretary
            onCastRequested: (voteId, choice) => outcomes.castVote(voteId, choice)
            onCloseRequested: voteId => outcomes.closeVote(voteId)
        }
    }

    WrappingButton {
        objectName: "openVoteButton"
        Layout.fillWidth: true
        visible: outcomes.canOpenVote
        text: qsTr("Mở biểu quyết")
        onClicked: openDialog.open()
    }

    MessageBox {
        Layout.fillWidth: true
        visible: text.length > 0 && !openDialog.visible
        text: outcomes.errorMessage
    }

    MeetingComments {
        id: comments
        Layout.fillWidth: true
        comments: outcomes.comments
        canComment: outcomes.canComment
        onCommentRequested: (text, replyTo) => {
            if (outcomes.comment(text, replyTo))
                comments.clearDraft()
        }
    }

    VoteOpenDialog {
        id: openDialog
        defaultChoices: outcomes.defaultChoices
        errorText: outcomes.errorMessage
        onOpenRequested: (question, choices, secret) => {
            if (outcomes.openVote(question, choices, secret))
                openDialog.close()
        }
    }
}
