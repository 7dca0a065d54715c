pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The secretary's meeting room without internet (DESIGN.md 8.8, issue 23): her device serves
// the meeting to the cell's devices nearby over the room's Wi-Fi. The page shows that the room
// is open, how many devices joined, who checked in (by name), the votes with how many voted
// (an open vote's count per choice; a secret vote's result only the server counts, at the next
// sync), opens and closes votes as the meeting page does (then the room sends the new state to
// every device), and closes the room after a confirmation.
Page {
    id: root

    // The meeting served (set when the page is opened).
    property string meetingId
    // The app's meeting room (one per unlocked vault).
    readonly property RoomController room: Account.room
    readonly property bool hosting: root.room !== null && root.room.hosting
                                    && root.room.hostMeetingId === root.meetingId
    // What went wrong last (the room's error signal), until the next action.
    property string roomError: ""
    // Open the room for the meeting as the page shows (the meeting page's button).
    property bool openOnShow: false

    // Opens the room for this meeting (the meeting page's button does it before pushing).
    function openRoom() {
        root.roomError = ""
        if (root.room !== null && !root.hosting)
            root.room.openRoom(root.meetingId)
    }
    // A vote was opened or closed on this device: the devices in the room get the new state.
    function voteChanged() {
        if (root.hosting)
            root.room.refresh()
    }

    objectName: "roomHostPage"
    header: PageHeader {
        title: qsTr("Phòng họp")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: meeting.reload()
    Component.onCompleted: {
        if (root.openOnShow)
            root.openRoom()
    }

    MeetingController {
        id: meeting
        session: VaultSession
        meetingId: root.meetingId
    }
    MeetingOutcomesController {
        id: outcomes
        session: VaultSession
        meetingId: root.meetingId
    }
    Connections {
        target: root.room
        function onError(message: string) {
            root.roomError = message
        }
    }

    PageBody {
        anchors.fill: parent

        // The room's state.
        Card {
            objectName: "roomStateCard"
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                PlainLabel {
                    objectName: "roomState"
                    Layout.fillWidth: true
                    text: root.hosting ? qsTr("Đang mở qua Wi-Fi, không cần Internet") : qsTr("Phòng họp đã đóng")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: root.hosting ? Theme.success : Theme.accentDark
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                PlainLabel {
                    objectName: "roomMeetingTitle"
                    Layout.fillWidth: true
                    visible: meeting.found
                    text: meeting.title
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                BodyText {
                    objectName: "roomMemberCount"
                    Layout.fillWidth: true
                    visible: root.hosting
                    text: qsTr("Thiết bị đã vào phòng: %1").arg(root.room ? root.room.memberCount : 0)
                    font.bold: true
                }
                // Until the first device joins.
                HintText {
                    Layout.fillWidth: true
                    visible: root.hosting && root.room.memberCount === 0
                    text: qsTr("Các đồng chí trong chi bộ ở gần, bắt cùng Wi-Fi, mở ứng dụng sẽ thấy lời mời vào phòng họp.")
                }
                BodyText {
                    objectName: "roomStatusText"
                    Layout.fillWidth: true
                    visible: !root.hosting && text.length > 0
                    text: root.room ? root.room.statusText : ""
                }
                WrappingButton {
                    objectName: "reopenRoomButton"
                    Layout.fillWidth: true
                    visible: !root.hosting && root.room !== null && root.room.canHost && meeting.found
                             && meeting.status !== Wire.MeetingDone && meeting.status !== Wire.MeetingCancelled
                    highlighted: true
                    text: qsTr("Mở phòng họp không cần mạng")
                    onClicked: root.openRoom()
                }
            }
        }

        MessageBox {
            objectName: "roomError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.roomError
        }

        // Who checked in, by name.
        SectionHeading {
            Layout.fillWidth: true
            visible: root.hosting
            text: qsTr("Đã điểm danh có mặt: %1").arg(checkedIn.count)
        }
        HintText {
            Layout.fillWidth: true
            visible: root.hosting && checkedIn.count === 0
            text: qsTr("Chưa có đồng chí nào điểm danh trong phòng họp.")
        }
        Repeater {
            id: checkedIn
            model: root.hosting ? root.room.checkedInNames : []
            delegate: BodyText {
                required property string modelData
                objectName: "checkedInName"
                Layout.fillWidth: true
                text: "• " + modelData
            }
        }

        // The votes.
        SectionHeading {
            Layout.fillWidth: true
            visible: root.hosting
            text: qsTr("Biểu quyết")
        }
        HintText {
            Layout.fillWidth: true
            visible: root.hosting && votes.count === 0
            text: qsTr("Chưa có biểu quyết nào.")
        }
        Repeater {
            id: votes
            model: root.hosting ? root.room.hostVotes : []
            delegate: Card {
                id: voteCard
                required property var modelData
                readonly property var vote: modelData
                readonly property bool open: vote.isOpen === true
                objectName: "roomVoteCard"
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingSmall

                    PlainLabel {
                        Layout.fillWidth: true
                        text: voteCard.vote.secret === true
                              ? (voteCard.open ? qsTr("Bỏ phiếu kín · đang diễn ra") : qsTr("Bỏ phiếu kín · đã kết thúc"))
                              : (voteCard.open ? qsTr("Biểu quyết công khai · đang diễn ra") : qsTr("Biểu quyết công khai · đã kết thúc"))
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.accentDark
                        wrapMode: Text.Wrap
                    }
                    PlainLabel {
                        objectName: "roomVoteQuestion"
                        Layout.fillWidth: true
                        text: voteCard.vote.question
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    BodyText {
                        objectName: "roomVoteBallots"
                        Layout.fillWidth: true
                        text: qsTr("%n đồng chí đã biểu quyết", "", voteCard.vote.ballots)
                        font.bold: true
                    }
                    // An open vote: the count per choice (the secretary sees open ballots anyway).
                    Repeater {
                        model: voteCard.vote.secret === true ? [] : voteCard.vote.perChoice
                        delegate: BodyText {
                            required property var modelData
                            readonly property var line: modelData
                            objectName: "roomVoteChoice"
                            Layout.fillWidth: true
                            text: qsTr("%1: %n phiếu", "", line.count).arg(line.choice)
                        }
                    }
                    HintText {
                        objectName: "roomSecretNote"
                        Layout.fillWidth: true
                        visible: voteCard.vote.secret === true
                        text: qsTr("Phiếu kín chỉ máy chủ mở được: kết quả do máy chủ kiểm ở lần đồng bộ tới. Trong phòng họp chỉ biết số đồng chí đã bỏ phiếu.")
                    }
                    WrappingButton {
                        objectName: "roomCloseVoteButton"
                        Layout.fillWidth: true
                        visible: voteCard.open
                        text: qsTr("Kết thúc biểu quyết")
                        font.bold: true
                        onClicked: {
                            if (outcomes.closeVote(voteCard.vote.voteId))
                                root.voteChanged()
                        }
                    }
                }
            }
        }
        WrappingButton {
            objectName: "roomOpenVoteButton"
            Layout.fillWidth: true
            visible: root.hosting && outcomes.canOpenVote
            text: qsTr("Mở biểu quyết")
            onClicked: openDialog.open()
        }
        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0 && !openDialog.visible
            text: outcomes.errorMessage
        }

        WrappingButton {
            objectName: "closeRoomButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: root.hosting
            text: qsTr("Đóng phòng họp")
            font.bold: true
            onClicked: closeDialog.open()
        }
    }

    VoteOpenDialog {
        id: openDialog
        defaultChoices: outcomes.defaultChoices
        errorText: outcomes.errorMessage
        onOpenRequested: (question, choices, secret) => {
            if (outcomes.openVote(question, choices, secret)) {
                openDialog.close()
                root.voteChanged()
            }
        }
    }
    ConfirmDialog {
        id: closeDialog
        objectName: "closeRoomDialog"
        title: qsTr("Đóng phòng họp?")
        text: qsTr("Các thiết bị trong phòng sẽ không nhận thêm tài liệu, điểm danh hay biểu quyết qua máy này nữa. Những gì đã ghi nhận vẫn ở trên máy và được gửi lên máy chủ khi đồng bộ.")
        confirmText: qsTr("Đóng phòng họp")
        onConfirmed: {
            if (root.room !== null)
                root.room.closeRoom()
            if (root.StackView.view !== null)
                root.StackView.view.pop()
        }
    }
}
