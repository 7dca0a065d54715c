pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Notifications: new meetings, changed or cancelled ones, documents shared with the cell,
// replies to the member's feedback; for a secretary also absences, feedback and profile
// change requests from the cell's members. New ones are marked; opening the page marks them
// seen. A tap on a card opens what it is about (the controller decides which screen).
Page {
    id: root

    objectName: "notificationsPage"
    header: PageHeader {
        title: qsTr("Thông báo")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: {
        notifications.reload()
        notifications.markAllSeen()
    }

    // The device's own reminders of studies due in three days or one day (StudyReminders).
    StudiesController {
        id: studyReminders
        session: VaultSession
    }

    NotificationsController {
        id: notifications
        session: VaultSession
        onMeetingRequested: meetingId => root.StackView.view.push(meetingPage, { meetingId: meetingId })
        onDocumentRequested: documentId => root.StackView.view.push(readerPage, { documentId: documentId })
        onFeedbackRequested: root.StackView.view.push(feedbackPage)
        onFollowUpRequested: meetingId => root.StackView.view.push(followUpPage, { meetingId: meetingId })
        onReviewRequested: root.StackView.view.push(reviewPage)
        onStudyRequested: studyId => root.StackView.view.push(studyPage, { studyId: studyId })
    }

    PageBody {
        anchors.fill: parent

        MessageBox {
            objectName: "notificationsError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: notifications.errorMessage
        }

        PlainLabel {
            objectName: "notificationsEmpty"
            Layout.fillWidth: true
            visible: notifications.notifications.count === 0 && studyReminders.reminders.length === 0
            text: qsTr("Chưa có thông báo nào. Khi có tài liệu mới, lịch sinh hoạt mới hoặc thay đổi, trả lời góp ý hay kết quả duyệt hồ sơ, thông báo sẽ hiện ở đây.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        // Reminders of studies not yet handed in, newest first; a tap opens the study.
        Repeater {
            model: studyReminders.reminders
            delegate: ItemDelegate {
                id: reminder
                required property var modelData
                objectName: "studyReminder_" + reminder.modelData.studyId
                Layout.fillWidth: true
                padding: Theme.spacingLarge
                topInset: 0
                bottomInset: 0
                Accessible.role: Accessible.Button
                Accessible.name: reminder.modelData.text
                onClicked: root.StackView.view.push(studyPage, { studyId: reminder.modelData.studyId })
                background: Rectangle {
                    implicitHeight: Theme.touchTarget
                    radius: Theme.cornerRadius
                    color: reminder.down ? Theme.keyPressed : Theme.surface
                    border.width: 2
                    border.color: Theme.accent
                }
                contentItem: ColumnLayout {
                    spacing: Theme.spacingSmall / 2
                    PlainLabel {
                        Layout.fillWidth: true
                        text: qsTr("Nhắc việc · %1").arg(Theme.unbroken(reminder.modelData.time))
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.accentDark
                        wrapMode: Text.Wrap
                    }
                    BodyText {
                        Layout.fillWidth: true
                        text: reminder.modelData.text
                        font.bold: true
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        text: qsTr("Viết bài thu hoạch") + " ›"
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.accentDark
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        Repeater {
            model: notifications.notifications
            delegate: ItemDelegate {
                id: item
                required property var model
                readonly property bool opens: item.model.targetKind !== Wire.NoTarget

                objectName: "notification_" + item.model.notificationId
                Layout.fillWidth: true
                // Only a card that leads somewhere is a button (and takes focus).
                enabled: item.opens
                padding: Theme.spacingLarge
                topInset: 0
                bottomInset: 0
                Accessible.role: item.opens ? Accessible.Button : Accessible.StaticText
                Accessible.name: item.model.unread ? qsTr("Mới: %1").arg(item.model.title) : item.model.title
                Accessible.description: item.opens ? item.openLabel() : item.model.body
                onClicked: notifications.open(item.model.notificationId)

                function openLabel(): string {
                    switch (item.model.targetKind) {
                    case Wire.TargetMeeting:
                        return qsTr("Xem buổi sinh hoạt")
                    case Wire.TargetDocument:
                        return qsTr("Đọc tài liệu")
                    case Wire.TargetFeedback:
                        return qsTr("Xem góp ý")
                    case Wire.TargetFollowUp:
                        return qsTr("Xem theo dõi chuẩn bị")
                    case Wire.TargetReview:
                        return qsTr("Duyệt đề nghị sửa hồ sơ")
                    case Wire.TargetStudy:
                        return qsTr("Xem đợt học tập")
                    }
                    return ""
                }

                background: Rectangle {
                    implicitHeight: Theme.touchTarget
                    radius: Theme.cornerRadius
                    color: item.down ? Theme.keyPressed : Theme.surface
                    border.width: item.model.unread ? 2 : 1
                    border.color: item.model.unread ? Theme.accent : Theme.border
                }

                contentItem: ColumnLayout {
                    spacing: Theme.spacingSmall / 2

                    PlainLabel {
                        Layout.fillWidth: true
                        text: item.model.unread ? qsTr("Mới · %1").arg(Theme.unbroken(item.model.time)) : Theme.unbroken(item.model.time)
                        font.pixelSize: Theme.fontSmall
                        font.bold: item.model.unread
                        color: item.model.unread ? Theme.accentDark : Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                    BodyText {
                        Layout.fillWidth: true
                        text: item.model.title
                        font.bold: true
                    }
                    BodyText {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: item.model.body
                    }
                    // Where a tap leads, in words.
                    PlainLabel {
                        Layout.fillWidth: true
                        visible: item.opens
                        text: item.openLabel() + " ›"
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.accentDark
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }

    Component {
        id: meetingPage
        MeetingPage {}
    }
    Component {
        id: readerPage
        ReaderPage {}
    }
    Component {
        id: feedbackPage
        FeedbackPage {}
    }
    Component {
        id: followUpPage
        FollowUpPage {}
    }
    Component {
        id: reviewPage
        ReviewPage {}
    }
    Component {
        id: studyPage
        StudyPage {}
    }
}
