pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The cell's meetings: upcoming (soonest first) or past (newest first), each with its state
// and my answer; a tap opens the meeting. The secretary also schedules meetings, shares
// documents and opens the cell's annual review (CellReviewsPage) from here.
Page {
    id: root

    // Showing past meetings (else upcoming ones).
    property bool showPast: false

    function openMeeting(meetingId: string) {
        root.StackView.view.push(meetingPage, { meetingId: meetingId })
    }
    function newMeeting() {
        root.StackView.view.push(editorPage)
    }
    function shareDocument() {
        root.StackView.view.push(sharePage)
    }
    // The cell's annual review (issue 22): self-reviews, the cell's proposals.
    function openCellReviews() {
        root.StackView.view.push(Qt.resolvedUrl("CellReviewsPage.qml"))
    }

    objectName: "meetingsPage"
    header: PageHeader {
        title: qsTr("Sinh hoạt chi bộ")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    // Back from a meeting or the editor: answers and meetings may have changed.
    StackView.onActivated: meetings.reload()

    MeetingsController {
        id: meetings
        session: VaultSession
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        ConfirmationBar {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            Layout.topMargin: Theme.spacingSmall
        }
        ChoiceButtons {
            objectName: "periodChoice"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            Layout.topMargin: Theme.spacing
            labels: [qsTr("Sắp tới (%1)").arg(meetings.upcoming.count),
                     qsTr("Đã qua (%1)").arg(meetings.past.count)]
            currentIndex: root.showPast ? 1 : 0
            onChosen: index => root.showPast = index === 1
        }

        // Actions, drawn as on the home page (not as a second row of tabs).
        SecretaryActions {
            objectName: "secretaryActions"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            visible: meetings.isSecretary
            onScheduleRequested: root.newMeeting()
            onShareRequested: root.shareDocument()
            reviewsShown: true
            onReviewsRequested: root.openCellReviews()
        }

        MessageBox {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            visible: text.length > 0
            text: meetings.errorMessage
        }

        PlainLabel {
            objectName: "emptyLabel"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            visible: meetingList.count === 0
            text: root.showPast ? qsTr("Chưa có buổi sinh hoạt nào đã qua trên máy này.")
                                : qsTr("Chưa có lịch sinh hoạt mới. Lịch sinh hoạt sẽ có sau khi đồng bộ.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        ListView {
            id: meetingList
            objectName: "meetingList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            topMargin: Theme.spacingSmall
            bottomMargin: Theme.pageMargin
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}
            model: root.showPast ? meetings.past : meetings.upcoming
            delegate: MeetingRow {
                required property var model
                x: Math.max(Theme.pageMargin, (meetingList.width - width) / 2)
                width: Math.min(meetingList.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
                meetingId: model.meetingId
                title: model.title
                timeText: model.timeText
                location: model.location
                status: model.status
                statusLabel: model.statusLabel
                answerLabel: model.answerLabel
                pending: model.pending
                onOpenRequested: id => root.openMeeting(id)
            }
        }
    }

    Component {
        id: meetingPage
        MeetingPage {}
    }
    Component {
        id: editorPage
        MeetingEditorPage {}
    }
    Component {
        id: sharePage
        ShareDocumentPage {}
    }
}
