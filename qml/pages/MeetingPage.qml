pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// One cell meeting: time, place, agenda and the documents to read before it; my answer
// (attending, or absent with a reason, changeable until the meeting starts). The secretary
// also follows up, takes attendance, edits, shares a document for it or cancels it.
Page {
    id: root

    // The meeting to show (set when the page is opened).
    property string meetingId
    // The member chose "absent" and is writing the reason.
    property bool writingReason: false
    // The app's meeting room (issue 23) and whether it serves this meeting now.
    readonly property RoomController room: Account.room
    readonly property bool hostingHere: root.room !== null && root.room.hosting
                                        && root.room.hostMeetingId === root.meetingId

    function openDocument(documentId: string) {
        root.StackView.view.push(readerPage, { documentId: documentId })
    }
    function openFollowUp() {
        root.StackView.view.push(followUpPage, { meetingId: root.meetingId })
    }
    function openAttendance() {
        root.StackView.view.push(attendancePage, { meetingId: root.meetingId })
    }
    function openEditor() {
        root.StackView.view.push(editorPage, { meetingId: root.meetingId })
    }
    function shareForMeeting() {
        root.StackView.view.push(sharePage, { meetingId: root.meetingId })
    }
    function openMinutesEditor() {
        root.StackView.view.push(Qt.resolvedUrl("MinutesEditorPage.qml"), { meetingId: root.meetingId })
    }
    // The meeting room without internet (issue 23): its page, which opens the room for this
    // meeting unless it is open already (and shows why not, if it cannot).
    function openRoom() {
        root.StackView.view.push(Qt.resolvedUrl("RoomHostPage.qml"),
                                 { meetingId: root.meetingId, openOnShow: !root.hostingHere })
    }

    objectName: "meetingPage"
    header: PageHeader {
        title: qsTr("Sinh hoạt chi bộ")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: meeting.reload()

    MeetingController {
        id: meeting
        session: VaultSession
        meetingId: root.meetingId
    }

    PageBody {
        anchors.fill: parent

        ConfirmationBar {
            Layout.fillWidth: true
        }
        BodyText {
            Layout.fillWidth: true
            visible: !meeting.found
            text: qsTr("Không tìm thấy buổi sinh hoạt này trên máy.")
        }

        PlainLabel {
            objectName: "meetingStatus"
            Layout.fillWidth: true
            visible: meeting.found
            text: meeting.pending ? qsTr("%1 · chưa gửi lên máy chủ").arg(meeting.statusLabel)
                                  : meeting.statusLabel
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: meeting.status === Wire.MeetingCancelled ? Theme.error : Theme.accentDark
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "meetingTitle"
            Layout.fillWidth: true
            visible: meeting.found
            text: meeting.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        BodyText {
            Layout.fillWidth: true
            visible: meeting.found
            text: qsTr("Thời gian: %1").arg(Theme.unbroken(meeting.timeText))
        }
        BodyText {
            Layout.fillWidth: true
            visible: meeting.found && meeting.location.length > 0
            text: qsTr("Địa điểm: %1").arg(meeting.location)
        }

        MessageBox {
            objectName: "cancelNotice"
            Layout.fillWidth: true
            visible: meeting.found && meeting.status === Wire.MeetingCancelled
            kind: MessageBox.Warning
            text: meeting.cancelReason.length > 0
                  ? qsTr("Buổi sinh hoạt này đã bị hủy. Lý do: %1").arg(meeting.cancelReason)
                  : qsTr("Buổi sinh hoạt này đã bị hủy.")
        }

        Card {
            Layout.fillWidth: true
            visible: meeting.found && meeting.agenda.length > 0

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Nội dung sinh hoạt")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.accentDark
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                BodyText {
                    objectName: "agenda"
                    Layout.fillWidth: true
                    text: meeting.agenda
                    textFormat: Text.PlainText
                    lineHeight: 1.3
                }
            }
        }

        BodyText {
            Layout.fillWidth: true
            visible: meeting.found
            text: meeting.documents.count > 0
                  ? qsTr("Tài liệu cần đọc trước (đã đọc %1/%2)")
                    .arg(meeting.documents.count - meeting.documents.unreadCount)
                    .arg(meeting.documents.count)
                  : qsTr("Không có tài liệu cần đọc trước.")
            font.bold: meeting.documents.count > 0
        }
        Repeater {
            model: meeting.documents
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

        // The minutes (biên bản), once the meeting is over; the secretary writes them here.
        MinutesSection {
            Layout.fillWidth: true
            meetingId: root.meetingId
            onWriteRequested: root.openMinutesEditor()
        }

        // My answer.
        Card {
            objectName: "answerCard"
            Layout.fillWidth: true
            visible: meeting.found && meeting.status !== Wire.MeetingCancelled

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                PlainLabel {
                    objectName: "myAnswer"
                    Layout.fillWidth: true
                    text: meeting.myAnswer === Wire.Attending ? qsTr("Đồng chí đã báo: sẽ tham dự.")
                        : meeting.myAnswer === Wire.Absent ? qsTr("Đồng chí đã báo vắng mặt. Lý do: %1").arg(meeting.myReason)
                        : meeting.canAnswer ? qsTr("Đồng chí chưa báo có tham dự hay không.")
                        : qsTr("Đồng chí đã không báo tham dự.")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: meeting.myAnswer !== Wire.NoAnswer ? Theme.success : Theme.accentDark
                    wrapMode: Text.Wrap
                }
                // Pending until the server took the answer, then sent.
                HintText {
                    objectName: "answerPendingNote"
                    Layout.fillWidth: true
                    visible: meeting.answerPending
                    text: Account.unsentNote
                }
                PlainLabel {
                    objectName: "answerSentNote"
                    Layout.fillWidth: true
                    visible: meeting.myAnswer !== Wire.NoAnswer && !meeting.answerPending
                    text: qsTr("✓ Đã gửi tới bí thư.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.success
                    wrapMode: Text.Wrap
                }
                HintText {
                    Layout.fillWidth: true
                    visible: meeting.canAnswer && meeting.myAnswer !== Wire.NoAnswer
                    text: qsTr("Đồng chí có thể đổi ý đến trước giờ họp.")
                }
                WrappingButton {
                    objectName: "attendButton"
                    Layout.fillWidth: true
                    visible: meeting.canAnswer && meeting.myAnswer !== Wire.Attending
                    highlighted: true
                    text: qsTr("Tôi sẽ tham dự")
                    font.bold: true
                    onClicked: {
                        root.writingReason = false
                        meeting.answerWith(Wire.Attending, "")
                    }
                }
                WrappingButton {
                    objectName: "absentButton"
                    Layout.fillWidth: true
                    visible: meeting.canAnswer && !root.writingReason
                    text: meeting.myAnswer === Wire.Absent ? qsTr("Sửa lý do vắng mặt") : qsTr("Tôi xin vắng mặt")
                    onClicked: {
                        reasonField.text = meeting.myReason
                        root.writingReason = true
                        reasonField.field.forceActiveFocus()
                    }
                }
                TextAreaField {
                    id: reasonField
                    objectName: "reasonField"
                    Layout.fillWidth: true
                    visible: meeting.canAnswer && root.writingReason
                    label: qsTr("Lý do vắng mặt")
                    placeholderText: Theme.scale > 1.4 ? "" : qsTr("Ví dụ: đi công tác, ốm")
                }
                WrappingButton {
                    objectName: "sendAbsentButton"
                    Layout.fillWidth: true
                    visible: meeting.canAnswer && root.writingReason
                    highlighted: true
                    enabled: reasonField.text.trim().length > 0
                    text: qsTr("Gửi báo vắng")
                    font.bold: true
                    onClicked: {
                        if (meeting.answerWith(Wire.Absent, reasonField.text))
                            root.writingReason = false
                    }
                }
            }
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: meeting.errorMessage
        }

        // Comments and votes (issue 21).
        MeetingOutcomesSection {
            Layout.fillWidth: true
            visible: meeting.found
            meetingId: root.meetingId
        }

        // The secretary's part.
        Card {
            objectName: "secretaryCard"
            Layout.fillWidth: true
            visible: meeting.found && meeting.isSecretary

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Dành cho bí thư chi bộ")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.accentDark
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                BodyText {
                    objectName: "attendanceFigures"
                    Layout.fillWidth: true
                    visible: meeting.attendanceTaken
                    text: qsTr("Điểm danh: có mặt %1/%2, vắng %3, chưa điểm danh %4")
                          .arg(meeting.presentCount).arg(meeting.memberCount).arg(meeting.absentCount)
                          .arg(meeting.memberCount - meeting.presentCount - meeting.absentCount)
                }
                WrappingButton {
                    objectName: "followUpButton"
                    Layout.fillWidth: true
                    text: qsTr("Theo dõi chuẩn bị")
                    onClicked: root.openFollowUp()
                }
                WrappingButton {
                    objectName: "attendanceButton"
                    Layout.fillWidth: true
                    visible: meeting.canTakeAttendance
                    highlighted: true
                    text: meeting.attendanceTaken ? qsTr("Xem và sửa điểm danh") : qsTr("Điểm danh")
                    onClicked: root.openAttendance()
                }
                // The meeting room without internet (issue 23), while the meeting is not over.
                WrappingButton {
                    objectName: "openRoomButton"
                    Layout.fillWidth: true
                    visible: root.room !== null && root.room.canHost
                             && meeting.status !== Wire.MeetingDone && meeting.status !== Wire.MeetingCancelled
                    highlighted: root.hostingHere
                    text: root.hostingHere ? qsTr("Xem phòng họp đang mở") : qsTr("Mở phòng họp không cần mạng")
                    onClicked: root.openRoom()
                }
                HintText {
                    objectName: "openRoomHint"
                    Layout.fillWidth: true
                    visible: root.room !== null && root.room.canHost && !root.hostingHere
                             && meeting.status !== Wire.MeetingDone && meeting.status !== Wire.MeetingCancelled
                    text: qsTr("Các đồng chí trong chi bộ ở gần nhận tài liệu, điểm danh và biểu quyết qua Wi-Fi của phòng họp, không cần Internet.")
                }
                WrappingButton {
                    objectName: "editButton"
                    Layout.fillWidth: true
                    visible: meeting.canEdit
                    text: qsTr("Sửa buổi sinh hoạt")
                    onClicked: root.openEditor()
                }
                WrappingButton {
                    objectName: "shareForMeetingButton"
                    Layout.fillWidth: true
                    visible: meeting.canEdit
                    text: qsTr("Chia sẻ tài liệu cho buổi sinh hoạt")
                    onClicked: root.shareForMeeting()
                }
                WrappingButton {
                    objectName: "cancelMeetingButton"
                    Layout.fillWidth: true
                    visible: meeting.canEdit
                    text: qsTr("Hủy buổi sinh hoạt")
                    onClicked: cancelDialog.open()
                }
            }
        }
    }

    AppDialog {
        id: cancelDialog
        objectName: "cancelDialog"
        title: qsTr("Hủy buổi sinh hoạt?")
        closePolicy: Popup.CloseOnEscape
        onAboutToShow: cancelReason.text = ""

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingSmall

            BodyText {
                Layout.fillWidth: true
                text: qsTr("Mọi đảng viên trong chi bộ sẽ được báo buổi sinh hoạt bị hủy.")
            }
            TextAreaField {
                id: cancelReason
                Layout.fillWidth: true
                label: qsTr("Lý do (không bắt buộc)")
            }
        }

        footer: DialogFooter {
            DialogButton {
                text: qsTr("Không hủy")
                onClicked: cancelDialog.close()
            }
            DialogButton {
                objectName: "confirmCancelButton"
                text: qsTr("Hủy buổi sinh hoạt")
                font.bold: true
                onClicked: {
                    meeting.cancelMeeting(cancelReason.text)
                    cancelDialog.close()
                }
            }
        }
    }

    Component {
        id: readerPage
        ReaderPage {}
    }
    Component {
        id: followUpPage
        FollowUpPage {}
    }
    Component {
        id: attendancePage
        AttendancePage {}
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
