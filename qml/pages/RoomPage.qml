pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The meeting room on a member's device (issue 23), when the cell meets where there is no
// mobile data: the secretary's device serves the meeting over the room's Wi-Fi. Top to bottom:
// the meeting and who serves it, where the room stands (joining, refused in words, closed),
// "Điểm danh có mặt" (then "Đồng chí đã điểm danh"), the open votes with one big button per
// choice (a secret vote says "Bỏ phiếu kín"; after voting "Đồng chí đã biểu quyết"), the
// documents received n/m with their progress, each openable in the reader, and "Rời phòng
// họp". While the page is open a lost connection is joined again at the next announcement.
Page {
    id: root

    // The account's meeting room.
    property RoomController room: Account.room
    // The last error the room reported (a refused check-in or ballot), shown until the next.
    property string lastError: ""
    // With large text the page keeps its headings at body size, so that the check-in and the
    // choices of an open vote fit on a phone's first screen.
    readonly property bool compact: Theme.scale > 1.4

    function openDocument(documentId: string) {
        root.StackView.view.push(Qt.resolvedUrl("ReaderPage.qml"), { documentId: documentId })
    }
    function leaveRoom() {
        if (root.room)
            root.room.leave()
        if (root.StackView.view && root.StackView.index > 0)
            root.StackView.view.pop()
    }

    // One vote of the room.
    component RoomVote: Card {
        id: voteCard
        // One row of RoomController.votes.
        required property var vote
        // The page's room and size (an inline component does not see the page's ids).
        property RoomController room: null
        property bool compact: false
        readonly property bool voted: vote.voted === true
        readonly property string myChoice: vote.myChoice || ""
        readonly property bool secret: vote.secret === true

        objectName: "roomVote"
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingSmall

            PlainLabel {
                objectName: "roomVoteHeading"
                Layout.fillWidth: true
                text: voteCard.secret ? qsTr("Bỏ phiếu kín") : qsTr("Biểu quyết")
                font.pixelSize: voteCard.compact ? Theme.fontSmall : Theme.fontBody
                font.bold: true
                color: Theme.accentDark
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            PlainLabel {
                objectName: "roomVoteQuestion"
                Layout.fillWidth: true
                text: voteCard.vote.question
                font.pixelSize: voteCard.compact ? Theme.fontBody : Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            PlainLabel {
                objectName: "roomVoted"
                Layout.fillWidth: true
                visible: voteCard.voted
                text: voteCard.myChoice.length > 0
                      ? qsTr("Đồng chí đã biểu quyết: %1").arg(voteCard.myChoice)
                      : qsTr("Đồng chí đã biểu quyết")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.success
                wrapMode: Text.Wrap
            }
            Repeater {
                model: voteCard.voted || !voteCard.room ? [] : voteCard.vote.choices
                delegate: WrappingButton {
                    required property string modelData
                    required property int index
                    objectName: "roomChoice" + index
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget * 1.2
                    text: modelData
                    enabled: voteCard.room !== null && !voteCard.room.submitting
                             && voteCard.room.state === RoomController.Joined
                    font.pixelSize: voteCard.compact ? Theme.fontBody : Theme.fontLarge
                    font.bold: true
                    onClicked: voteCard.room.castBallot(voteCard.vote.voteId, modelData)
                }
            }
            HintText {
                Layout.fillWidth: true
                visible: voteCard.secret
                text: qsTr("Phiếu kín được niêm phong: chỉ máy chủ mở được, máy của bí thư không đọc được.")
            }
        }
    }

    objectName: "roomPage"
    header: PageHeader {
        title: qsTr("Phòng họp")
        canGoBack: root.StackView.view !== null && root.StackView.index > 0
        onBack: root.leaveRoom()
    }

    // The room lives across pages; leaving this page leaves the room.
    StackView.onRemoved: {
        if (root.room && !root.room.hosting)
            root.room.leave()
    }

    Connections {
        target: root.room
        function onError(message: string) {
            root.lastError = message
        }
        function onStateChanged() {
            if (root.room && root.room.state !== RoomController.Joined)
                root.lastError = ""
        }
    }

    PageBody {
        anchors.fill: parent

        // The meeting and who serves it.
        PlainLabel {
            objectName: "roomMeetingTitle"
            Layout.fillWidth: true
            text: !root.room ? ""
                  : root.room.meetingTitle.length > 0 ? root.room.meetingTitle : root.room.nearbyMeetingTitle
            font.pixelSize: root.compact ? Theme.fontBody : Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        PlainLabel {
            objectName: "roomStatus"
            Layout.fillWidth: true
            // Once everything arrived, "in the room" says nothing the page does not show.
            visible: text.length > 0 && root.room !== null
                     && (root.room.state !== RoomController.Joined
                         || root.room.documentsReady < root.room.documentsTotal)
            text: root.room ? root.room.statusText : ""
            font.pixelSize: Theme.fontSmall
            font.bold: root.room !== null && root.room.state === RoomController.Refused
            color: root.room !== null && root.room.state === RoomController.Refused ? Theme.error : Theme.textSecondary
            wrapMode: Text.Wrap
        }
        MessageBox {
            objectName: "roomError"
            Layout.fillWidth: true
            visible: root.lastError.length > 0
            text: root.lastError
        }
        WrappingButton {
            objectName: "roomRetryButton"
            Layout.fillWidth: true
            visible: root.room !== null && (root.room.state === RoomController.Refused
                                            || root.room.state === RoomController.Closed
                                            || root.room.state === RoomController.Idle)
                     && root.room.nearby
            text: qsTr("Vào lại phòng họp")
            onClicked: root.room.join()
        }

        // Check-in.
        WrappingButton {
            objectName: "roomCheckInButton"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 1.2
            visible: root.room !== null && root.room.state === RoomController.Joined && !root.room.checkedIn
            enabled: root.room !== null && !root.room.submitting
            highlighted: true
            text: qsTr("Điểm danh có mặt")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            onClicked: root.room.checkIn()
        }
        PlainLabel {
            objectName: "roomCheckedIn"
            Layout.fillWidth: true
            visible: root.room !== null && root.room.checkedIn
            text: qsTr("Đồng chí đã điểm danh")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.success
            wrapMode: Text.Wrap
        }

        // The open votes.
        Repeater {
            model: root.room ? root.room.votes : []
            delegate: RoomVote {
                required property var modelData
                Layout.fillWidth: true
                vote: modelData
                room: root.room
                compact: root.compact
                visible: modelData.isOpen === true
            }
        }

        // Who serves the room.
        HintText {
            objectName: "roomHost"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: root.room !== null && root.room.hostName.length > 0
            text: qsTr("Do đồng chí %1 (bí thư chi bộ) mở").arg(root.room ? root.room.hostName : "")
        }

        // The documents.
        PlainLabel {
            objectName: "roomDocumentsHeading"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: root.room !== null && root.room.documentsTotal > 0
            text: qsTr("Tài liệu đã nhận: %1/%2")
                  .arg(root.room ? root.room.documentsReady : 0).arg(root.room ? root.room.documentsTotal : 0)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.accentDark
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        ProgressBar {
            objectName: "roomDocumentsProgress"
            Layout.fillWidth: true
            visible: root.room !== null && root.room.documentsTotal > 0
                     && root.room.documentsReady < root.room.documentsTotal
            from: 0
            to: root.room ? Math.max(1, root.room.documentsTotal) : 1
            value: root.room ? root.room.documentsReady : 0
        }
        Repeater {
            model: root.room ? root.room.documents : []
            delegate: WrappingButton {
                required property var modelData
                required property int index
                readonly property bool ready: modelData.ready === true
                objectName: "roomDocument" + index
                Layout.fillWidth: true
                enabled: ready
                text: ready ? modelData.title : qsTr("%1 (đang nhận…)").arg(modelData.title)
                onClicked: root.openDocument(modelData.documentId)
            }
        }

        WrappingButton {
            objectName: "leaveRoomButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("Rời phòng họp")
            onClicked: root.leaveRoom()
        }
    }
}
