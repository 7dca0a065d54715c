pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The vault is open: search at the top; the next cell meeting first (a tap opens it; the
// answer "attending / absent" on the card), with what to read before it; for a secretary
// (and a committee with requests waiting) "Việc cần làm"; then what is new since the last
// visit, and the cell. The bar of Main.qml leads to the library, meetings, notifications
// and "Tôi" (profile, settings, lock).
Page {
    id: root

    // For the navigation bar: the unread notifications.
    readonly property int unreadNotifications: home.unreadNotifications
    // With large text the next meeting's answer comes right after its title (time and place
    // below it), so that "Tôi sẽ tham dự" is on the first screen of a phone.
    readonly property bool answerFirst: Theme.scale > 1.4
    // Made by Main.qml while the PIN was checked, not by the stack: the stack does not destroy
    // what it did not make.
    property bool madeByShell: false

    // The next meeting's time and place (on the card above the answer, or below it).
    component WhenWhere: ColumnLayout {
        id: whenWhere
        property string time
        property string place
        spacing: Theme.spacingSmall
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Thời gian: %1").arg(whenWhere.time)
        }
        BodyText {
            Layout.fillWidth: true
            visible: whenWhere.place.length > 0
            text: qsTr("Địa điểm: %1").arg(whenWhere.place)
        }
    }

    // The pages opened from here are pushed by URL: their types load when first shown, not
    // with the home page (start-up, issue 19).
    function pushLibrary(properties: var) {
        const page = root.StackView.view.push(Qt.resolvedUrl("LibraryPage.qml"), properties)
        page.openDocument.connect(id => root.openDocument(id))
    }
    // Opens the library (with `text` already typed in its search field when given).
    function openLibrary(text: string) {
        root.pushLibrary({ initialSearch: text })
    }
    // Opens the library with the cursor in its search field.
    function openSearch() {
        root.pushLibrary({ focusSearch: true })
    }
    function openDocument(documentId: string) {
        root.StackView.view.push(Qt.resolvedUrl("ReaderPage.qml"), { documentId: documentId })
    }
    function openNotifications() {
        root.StackView.view.push(Qt.resolvedUrl("NotificationsPage.qml"))
    }
    function openSettings() {
        root.StackView.view.push(Qt.resolvedUrl("SettingsPage.qml"))
    }
    // "Tôi": profile, directory, review, settings, lock.
    function openMe() {
        root.StackView.view.push(Qt.resolvedUrl("MePage.qml"), { requestsToReview: home.requestsToReview,
                                           reviews: home.isSecretary || home.isCommittee })
    }
    // The cell's meetings, and feedback to the cell.
    function openMeetings() {
        root.StackView.view.push(Qt.resolvedUrl("MeetingsPage.qml"))
    }
    function openMeeting(meetingId: string) {
        root.StackView.view.push(Qt.resolvedUrl("MeetingPage.qml"), { meetingId: meetingId })
    }
    // The next meeting with the field for the reason of an absence open.
    function openAbsence(meetingId: string) {
        root.StackView.view.push(Qt.resolvedUrl("MeetingPage.qml"), { meetingId: meetingId, writingReason: true })
    }
    function openFollowUp(meetingId: string, reading: bool) {
        root.StackView.view.push(Qt.resolvedUrl("FollowUpPage.qml"), { meetingId: meetingId, showReading: reading })
    }
    function openFeedback() {
        root.StackView.view.push(Qt.resolvedUrl("FeedbackPage.qml"))
    }
    function newMeeting() {
        root.StackView.view.push(Qt.resolvedUrl("MeetingEditorPage.qml"))
    }
    function shareDocument() {
        root.StackView.view.push(Qt.resolvedUrl("ShareDocumentPage.qml"))
    }
    // The secretary's annual review of the cell (issue 22).
    function openCellReviews() {
        root.StackView.view.push(Qt.resolvedUrl("CellReviewsPage.qml"))
    }
    // Profiles: my profile, the cell's directory, the secretary's review.
    function openProfile() {
        root.StackView.view.push(Qt.resolvedUrl("MyProfilePage.qml"))
    }
    function openDirectory() {
        root.StackView.view.push(Qt.resolvedUrl("DirectoryPage.qml"))
    }
    function openReview() {
        root.StackView.view.push(Qt.resolvedUrl("ReviewPage.qml"))
    }
    // The committee's publishing workspace (drafts, approval).
    function openPublishing() {
        root.StackView.view.push(Qt.resolvedUrl("PublishingPage.qml"))
    }
    // Studying a resolution: one study, or the studies menu.
    function openStudy(studyId: string) {
        root.StackView.view.push(Qt.resolvedUrl("StudyPage.qml"), { studyId: studyId })
    }
    function openStudies() {
        root.StackView.view.push(Qt.resolvedUrl("StudiesPage.qml"))
    }
    // The member's bản kiểm điểm of the annual review (issue 22).
    function openSelfReview(cycleId: string) {
        root.StackView.view.push(Qt.resolvedUrl("SelfReviewPage.qml"), { cycleId: cycleId })
    }
    // The committee's dashboard of its units.
    function openOversight() {
        root.StackView.view.push(Qt.resolvedUrl("OversightPage.qml"))
    }
    function openRoom() {
        root.StackView.view.push(Qt.resolvedUrl("RoomPage.qml"))
    }

    objectName: "homePage"
    header: PageHeader {
        title: qsTr("Sổ tay đảng viên")
    }

    StackView.onRemoved: {
        if (root.madeByShell)
            root.destroy()
    }
    // Back from the library or the reader: read receipts may have changed.
    StackView.onActivated: {
        home.reload()
        nextMeeting.reload()
        selfReviewCard.reload()
    }

    HomeController {
        id: home
        session: VaultSession
    }

    // My answer for the next meeting, given on the card.
    MeetingController {
        id: nextMeeting
        session: VaultSession
        meetingId: home.meetingId
    }

    PageBody {
        anchors.fill: parent

        // What was just done on a page opened from here ("Đã lên lịch…", "Đã chia sẻ…").
        ConfirmationBar {
            Layout.fillWidth: true
        }

        // The cell's meeting room announces itself on this Wi-Fi (issue 23).
        RoomNearbyBanner {
            Layout.fillWidth: true
            room: Account.room
            onJoinRequested: root.openRoom()
        }

        // Search first: a member opens the app to find a document.
        ActionButton {
            objectName: "searchButton"
            Layout.fillWidth: true
            text: qsTr("Tìm tài liệu…")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openSearch()
            contentItem: PlainLabel {
                text: qsTr("Tìm tài liệu…")
                font.pixelSize: Theme.fontLarge
                color: Theme.textSecondary
                horizontalAlignment: Text.AlignLeft
                verticalAlignment: Text.AlignVCenter
                leftPadding: Theme.spacingSmall
                wrapMode: Text.Wrap
            }
        }

        Card {
            objectName: "rejectedCard"
            Layout.fillWidth: true
            visible: home.rejectedChanges.count > 0

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Thay đổi không được chấp nhận")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                Repeater {
                    model: home.rejectedChanges
                    delegate: ColumnLayout {
                        id: rejected
                        required property var model
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall / 2

                        BodyText {
                            Layout.fillWidth: true
                            text: rejected.model.action + " · " + rejected.model.rejectedAt
                            font.bold: true
                        }
                        BodyText {
                            objectName: "rejectedReason"
                            Layout.fillWidth: true
                            text: qsTr("Lý do: %1").arg(rejected.model.reason)
                        }
                        ActionButton {
                            Layout.fillWidth: true
                            text: qsTr("Đã hiểu")
                            onClicked: home.dismissRejected(rejected.model.mutationId)
                        }
                    }
                }
            }
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: home.errorMessage.length > 0 ? home.errorMessage : nextMeeting.errorMessage
        }

        // The minutes of a meeting the member missed, until she opens them (issue 21).
        Card {
            objectName: "unseenMinutesCard"
            Layout.fillWidth: true
            visible: home.unseenMinutesId.length > 0

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Biên bản buổi sinh hoạt")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.accentDark
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Đồng chí vắng mặt buổi “%1” (%2). Mời đồng chí đọc biên bản.")
                          .arg(home.unseenMinutesTitle).arg(Theme.unbroken(home.unseenMinutesTime))
                }
                WrappingButton {
                    objectName: "openMinutesButton"
                    Layout.fillWidth: true
                    highlighted: true
                    text: qsTr("Đọc biên bản")
                    font.bold: true
                    onClicked: root.openMeeting(home.unseenMinutesId)
                }
            }
        }

        // The next meeting: a tap on the card opens it; the answer is given here.
        Card {
            id: meetingCard
            objectName: "meetingCard"
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                // The top of the card (heading, title, time, place): a tap opens the meeting.
                AbstractButton {
                    id: meetingButton
                    objectName: "meetingCardButton"
                    Layout.fillWidth: true
                    enabled: home.hasMeeting
                    padding: 0
                    Accessible.role: Accessible.Button
                    Accessible.name: home.hasMeeting ? qsTr("Mở buổi sinh hoạt %1").arg(home.meetingTitle) : ""
                    onClicked: root.openMeeting(home.meetingId)
                    contentItem: ColumnLayout {
                        spacing: Theme.spacingSmall
                        // Left out at large text: the title says what the card is, and the
                        // answer buttons must stay on the first screen of a small phone.
                        PlainLabel {
                            Layout.fillWidth: true
                            visible: !root.answerFirst || !home.hasMeeting
                            text: qsTr("Buổi sinh hoạt chi bộ sắp tới")
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: Theme.accentDark
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.Heading
                        }
                        // Body size with large text: a long title must not push the
                        // answer buttons off the first screen.
                        PlainLabel {
                            objectName: "meetingTitle"
                            Layout.fillWidth: true
                            text: home.hasMeeting ? home.meetingTitle : qsTr("Chưa có lịch sinh hoạt mới.")
                            font.pixelSize: Theme.scale > 1.4 ? Theme.fontBody : Theme.fontLarge
                            font.bold: home.hasMeeting
                            font.underline: home.hasMeeting
                            color: home.hasMeeting ? Theme.accentDark : Theme.text
                            wrapMode: Text.Wrap
                        }
                        WhenWhere {
                            Layout.fillWidth: true
                            visible: home.hasMeeting && !root.answerFirst
                            time: home.meetingTime
                            place: home.meetingLocation
                        }
                    }
                    background: Rectangle {
                        color: meetingButton.down ? Theme.keyPressed : "transparent"
                        radius: Theme.cornerRadius / 2
                    }
                }

                // My answer.
                PlainLabel {
                    objectName: "homeAnswer"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingSmall
                    visible: home.hasMeeting && nextMeeting.found
                    text: nextMeeting.myAnswer === Wire.Attending ? qsTr("Đồng chí đã báo: sẽ tham dự.")
                        : nextMeeting.myAnswer === Wire.Absent ? qsTr("Đồng chí đã báo vắng mặt. Lý do: %1").arg(nextMeeting.myReason)
                        : nextMeeting.canAnswer ? qsTr("Đồng chí sẽ tham dự chứ?")
                        : qsTr("Đồng chí đã không báo tham dự.")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: nextMeeting.myAnswer !== Wire.NoAnswer ? Theme.success : Theme.text
                    wrapMode: Text.Wrap
                }
                // Pending until the server took the answer, then sent (as on MeetingPage).
                HintText {
                    objectName: "homeAnswerPendingNote"
                    Layout.fillWidth: true
                    visible: home.hasMeeting && nextMeeting.found && nextMeeting.answerPending
                    text: Account.unsentNote
                }
                PlainLabel {
                    objectName: "homeAnswerSentNote"
                    Layout.fillWidth: true
                    visible: home.hasMeeting && nextMeeting.found && nextMeeting.myAnswer !== Wire.NoAnswer
                             && !nextMeeting.answerPending
                    text: qsTr("✓ Đã gửi tới bí thư.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.success
                    wrapMode: Text.Wrap
                }
                WrappingButton {
                    objectName: "homeAttendButton"
                    Layout.fillWidth: true
                    visible: home.hasMeeting && nextMeeting.canAnswer && nextMeeting.myAnswer !== Wire.Attending
                    highlighted: true
                    text: qsTr("Tôi sẽ tham dự")
                    font.pixelSize: root.answerFirst ? Theme.fontBody : Theme.fontLarge
                    font.bold: true
                    onClicked: nextMeeting.answerWith(Wire.Attending, "")
                }
                WrappingButton {
                    objectName: "homeAbsentButton"
                    Layout.fillWidth: true
                    visible: home.hasMeeting && nextMeeting.canAnswer
                    text: nextMeeting.myAnswer === Wire.Absent ? qsTr("Sửa lý do vắng mặt") : qsTr("Tôi xin vắng mặt")
                    font.pixelSize: root.answerFirst ? Theme.fontBody : Theme.fontLarge
                    onClicked: root.openAbsence(home.meetingId)
                }
                // With large text: time and place after the answer (a tap opens the meeting too).
                AbstractButton {
                    id: whenWhereButton
                    objectName: "meetingWhenWhereButton"
                    Layout.fillWidth: true
                    visible: home.hasMeeting && root.answerFirst
                    padding: 0
                    Accessible.role: Accessible.Button
                    Accessible.name: meetingButton.Accessible.name
                    onClicked: root.openMeeting(home.meetingId)
                    contentItem: WhenWhere {
                        time: home.meetingTime
                        place: home.meetingLocation
                    }
                    background: Rectangle {
                        color: whenWhereButton.down ? Theme.keyPressed : "transparent"
                        radius: Theme.cornerRadius / 2
                    }
                }

                BodyText {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingSmall
                    visible: home.meetingDocuments.count > 0
                    text: qsTr("Tài liệu cần đọc trước (đã đọc %1/%2):")
                          .arg(home.meetingDocuments.count - home.meetingDocuments.unreadCount)
                          .arg(home.meetingDocuments.count)
                    font.bold: true
                }
                Repeater {
                    model: home.meetingDocuments
                    delegate: DocumentRow {
                        required property var model
                        Layout.fillWidth: true
                        documentId: model.documentId
                        title: model.title
                        kindLabel: model.kindLabel
                        number: model.number
                        issuedDate: ""
                        read: model.read
                        onOpenRequested: id => root.openDocument(id)
                    }
                }
                WrappingButton {
                    objectName: "openMeetingButton"
                    Layout.fillWidth: true
                    visible: home.hasMeeting
                    text: qsTr("Xem chi tiết buổi sinh hoạt")
                    font.pixelSize: Theme.fontBody
                    onClicked: root.openMeeting(home.meetingId)
                }
            }
        }

        // The member's open studies, the nearest due date first (overdue in red).
        Card {
            objectName: "studiesCard"
            Layout.fillWidth: true
            visible: home.openStudies.count > 0

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Học tập, quán triệt nghị quyết")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.accentDark
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                Repeater {
                    model: home.openStudies
                    delegate: StudyRow {
                        required property var model
                        Layout.fillWidth: true
                        studyId: model.studyId
                        title: model.title
                        dueText: model.dueText
                        overdue: model.overdue
                        overdueText: model.overdueText
                        stateLabel: model.stateLabel
                        studyState: model.state
                        pending: model.pending
                        mine: model.mine
                        isOpen: model.isOpen
                        reminder: model.reminder
                        onOpenRequested: id => root.openStudy(id)
                    }
                }
            }
        }

        // The annual review while a cycle of the member's audience is open (issue 22).
        SelfReviewCard {
            id: selfReviewCard
            Layout.fillWidth: true
            onOpenRequested: cycleId => root.openSelfReview(cycleId)
        }

        // The secretary's pending work (a committee's: the requests of its cells' secretaries).
        Card {
            objectName: "tasksCard"
            Layout.fillWidth: true
            visible: home.hasTasks

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Việc cần làm")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.accentDark
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                PlainLabel {
                    objectName: "noTasksLabel"
                    Layout.fillWidth: true
                    visible: home.requestsToReview + home.absencesWithReason + home.feedbackWaiting
                             + home.membersWithUnread === 0
                    text: qsTr("Không có việc nào đang chờ đồng chí.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
                WrappingButton {
                    objectName: "taskReviewButton"
                    Layout.fillWidth: true
                    visible: home.requestsToReview > 0
                    text: qsTr("Đề nghị sửa hồ sơ chờ duyệt: %1").arg(home.requestsToReview)
                    onClicked: root.openReview()
                }
                WrappingButton {
                    objectName: "taskAbsencesButton"
                    Layout.fillWidth: true
                    visible: home.absencesWithReason > 0
                    text: qsTr("Báo vắng có lý do: %1 đảng viên").arg(home.absencesWithReason)
                    onClicked: root.openFollowUp(home.meetingId, false)
                }
                WrappingButton {
                    objectName: "taskFeedbackButton"
                    Layout.fillWidth: true
                    visible: home.feedbackWaiting > 0
                    text: qsTr("Góp ý chờ trả lời: %1").arg(home.feedbackWaiting)
                    onClicked: root.openFeedback()
                }
                WrappingButton {
                    objectName: "taskUnreadButton"
                    Layout.fillWidth: true
                    visible: home.membersWithUnread > 0
                    text: qsTr("Chưa đọc tài liệu trước buổi sinh hoạt: %1 đảng viên").arg(home.membersWithUnread)
                    onClicked: root.openFollowUp(home.meetingId, true)
                }

                // Actions, drawn as actions (filled, with a "+").
                SecretaryActions {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingSmall
                    visible: home.isSecretary
                    onScheduleRequested: root.newMeeting()
                    onShareRequested: root.shareDocument()
                    reviewsShown: true
                    onReviewsRequested: root.openCellReviews()
                }
            }
        }

        // Committees draft, approve and publish their documents here.
        WrappingButton {
            objectName: "publishingButton"
            Layout.fillWidth: true
            visible: home.isCommittee
            highlighted: true
            text: qsTr("Ban hành văn bản")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            onClicked: root.openPublishing()
        }
        WrappingButton {
            objectName: "oversightButton"
            Layout.fillWidth: true
            visible: home.isCommittee
            text: qsTr("Tổng quan đơn vị")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openOversight()
        }

        // The sync's state, after what the member came for.
        SyncBanner {
            objectName: "syncBanner"
            Layout.fillWidth: true
            lastSyncText: home.syncStatus
            pendingCount: home.pendingCount
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: home.newSinceLastVisit > 0
                  ? qsTr("Tài liệu mới (%1 tài liệu kể từ lần trước)").arg(home.newSinceLastVisit)
                  : qsTr("Tài liệu mới")
            Accessible.role: Accessible.Heading
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: home.newDocuments.count === 0
            text: qsTr("Chưa có tài liệu trên máy này. Tài liệu sẽ có sau khi đồng bộ.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Repeater {
            model: home.newDocuments
            delegate: DocumentRow {
                required property var model
                Layout.fillWidth: true
                documentId: model.documentId
                title: model.title
                kindLabel: model.kindLabel
                number: model.number
                issuedDate: model.issuedDate
                read: model.read
                onOpenRequested: id => root.openDocument(id)
            }
        }

        WrappingButton {
            objectName: "libraryButton"
            Layout.fillWidth: true
            text: qsTr("Tất cả tài liệu")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openLibrary("")
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("Chi bộ")
            Accessible.role: Accessible.Heading
        }
        WrappingButton {
            objectName: "studiesButton"
            Layout.fillWidth: true
            text: qsTr("Học tập, quán triệt nghị quyết")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openStudies()
        }
        WrappingButton {
            objectName: "feedbackButton"
            Layout.fillWidth: true
            text: qsTr("Góp ý với chi bộ")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openFeedback()
        }
        WrappingButton {
            objectName: "directoryButton"
            Layout.fillWidth: true
            text: qsTr("Danh sách đảng viên")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openDirectory()
        }
    }
}
