pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Handbook

// One vote (biểu quyết) of a meeting: while it is open, the question in full and one big
// button per choice; after casting, the member's choice and "Đổi lựa chọn" until it closes.
// For the secretary the running vote: ballots cast so far (never who chose what) and "Kết thúc
// biểu quyết". Once closed, the result as numbers and bars.
Card {
    id: root

    // One row of MeetingOutcomesController.votes.
    required property var vote
    // The secretary's view: the ballots count and closing.
    property bool secretaryView: false
    // The member asked to change the choice: the buttons show again.
    property bool changing: false

    readonly property bool open: vote.isOpen === true
    readonly property bool voted: (vote.myChoice || "").length > 0

    // The member chose; the page queues vote.cast.
    signal castRequested(string voteId, string choice)
    // The secretary closes the vote.
    signal closeRequested(string voteId)

    objectName: "voteCard"

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        PlainLabel {
            objectName: "voteHeading"
            Layout.fillWidth: true
            text: root.open ? (root.vote.secret ? qsTr("Biểu quyết (bỏ phiếu kín)") : qsTr("Biểu quyết"))
                            : qsTr("Kết quả biểu quyết")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.accentDark
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        PlainLabel {
            objectName: "voteQuestion"
            Layout.fillWidth: true
            text: root.vote.question
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        HintText {
            Layout.fillWidth: true
            visible: root.vote.pending === true
            text: qsTr("Chưa gửi lên máy chủ.")
        }

        // The member's choice, once cast.
        PlainLabel {
            objectName: "myChoice"
            Layout.fillWidth: true
            visible: root.voted
            text: qsTr("Đồng chí đã chọn: %1").arg(root.vote.myChoice)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.success
            wrapMode: Text.Wrap
        }
        HintText {
            objectName: "myChoiceNote"
            Layout.fillWidth: true
            visible: root.voted
            text: root.vote.myChoicePending ? qsTr("Phiếu chưa gửi lên máy chủ; sẽ gửi khi có mạng.")
                : root.open ? qsTr("✓ Máy chủ đã nhận phiếu. Đồng chí có thể đổi lựa chọn đến khi kết thúc biểu quyết.")
                : qsTr("✓ Máy chủ đã nhận phiếu.")
        }

        // One big button per choice.
        Repeater {
            model: root.open && root.vote.canVote && (!root.voted || root.changing) ? root.vote.choices : []
            delegate: WrappingButton {
                required property string modelData
                required property int index
                objectName: "voteChoice" + index
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 1.2
                text: modelData
                highlighted: root.vote.myChoice === modelData
                font.pixelSize: Theme.fontLarge
                font.bold: true
                onClicked: {
                    root.changing = false
                    root.castRequested(root.vote.voteId, modelData)
                }
            }
        }
        WrappingButton {
            objectName: "changeChoiceButton"
            Layout.fillWidth: true
            visible: root.open && root.vote.canVote && root.voted && !root.changing
            text: qsTr("Đổi lựa chọn")
            onClicked: root.changing = true
        }
        HintText {
            objectName: "cannotVoteNote"
            Layout.fillWidth: true
            visible: root.open && !root.vote.canVote && !root.voted && !root.secretaryView
            text: qsTr("Chỉ đảng viên được bí thư điểm danh có mặt mới biểu quyết được.")
        }

        // The secretary's running vote.
        BodyText {
            objectName: "ballotsCount"
            Layout.fillWidth: true
            visible: root.secretaryView && root.open
            text: qsTr("Đã có %1 phiếu").arg(root.vote.ballots)
            font.bold: true
        }
        HintText {
            Layout.fillWidth: true
            visible: root.secretaryView && root.open && root.vote.secret === true
            text: qsTr("Bỏ phiếu kín: không ai biết đồng chí nào chọn gì, kể cả bí thư.")
        }
        WrappingButton {
            objectName: "closeVoteButton"
            Layout.fillWidth: true
            visible: root.secretaryView && root.open
            text: qsTr("Kết thúc biểu quyết")
            font.bold: true
            onClicked: root.closeRequested(root.vote.voteId)
        }

        // The result.
        HintText {
            objectName: "resultWaiting"
            Layout.fillWidth: true
            visible: !root.open && !root.vote.resultKnown
            text: qsTr("Đang chờ kết quả từ máy chủ.")
        }
        BodyText {
            objectName: "resultTotal"
            Layout.fillWidth: true
            visible: !root.open && root.vote.resultKnown === true
            text: qsTr("Tổng số phiếu: %1").arg(root.vote.totalCount)
        }
        Repeater {
            model: !root.open && root.vote.resultKnown ? root.vote.tally : []
            delegate: ColumnLayout {
                id: line
                required property var modelData
                required property int index
                objectName: "resultLine" + index
                Layout.fillWidth: true
                spacing: Theme.spacingSmall / 2

                PlainLabel {
                    objectName: "resultText"
                    Layout.fillWidth: true
                    text: qsTr("%1: %2 phiếu (%3%)").arg(line.modelData.choice)
                          .arg(line.modelData.count).arg(line.modelData.percent)
                    font.pixelSize: Theme.fontBody
                    font.bold: line.modelData.choice === root.vote.myChoice
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: Math.round(Theme.fontSmall * 0.9)
                    radius: height / 2
                    color: Theme.keyBackground
                    Accessible.ignored: true

                    Rectangle {
                        width: parent.width * line.modelData.percent / 100
                        height: parent.height
                        radius: parent.radius
                        color: Theme.accent
                    }
                }
            }
        }
    }
}
