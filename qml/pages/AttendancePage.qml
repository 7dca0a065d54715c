pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The secretary takes attendance at the meeting, also without a network: each member present
// or absent (with what they answered beforehand), the running figures; sent at the next sync.
Page {
    id: root

    property string meetingId

    objectName: "attendancePage"
    header: PageHeader {
        title: qsTr("Điểm danh")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    AttendanceController {
        id: attendance
        session: VaultSession
        meetingId: root.meetingId
    }

    PageBody {
        objectName: "memberList"
        anchors.fill: parent

        BodyText {
            Layout.fillWidth: true
            text: attendance.found ? attendance.title : qsTr("Không tìm thấy buổi sinh hoạt này trên máy.")
            font.bold: true
        }
        BodyText {
            objectName: "attendanceFigures"
            Layout.fillWidth: true
            visible: attendance.found
            text: qsTr("Có mặt %1 · Vắng %2 · Chưa điểm danh %3")
                  .arg(attendance.members.presentCount).arg(attendance.members.markedAbsentCount)
                  .arg(attendance.members.unmarkedCount)
        }
        MessageBox {
            Layout.fillWidth: true
            visible: attendance.found && !attendance.canTake
            kind: MessageBox.Warning
            text: qsTr("Chưa điểm danh được: chỉ điểm danh từ 1 giờ trước giờ họp, và không điểm danh buổi sinh hoạt đã hủy.")
        }
        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: attendance.errorMessage
        }
        WrappingButton {
            objectName: "restPresentButton"
            Layout.fillWidth: true
            visible: attendance.canTake && attendance.members.unmarkedCount > 0
            text: qsTr("Những người còn lại: có mặt")
            onClicked: attendance.markRestPresent()
        }

        Repeater {
            model: attendance.members
            delegate: Rectangle {
                id: memberRow

                required property var model

                Layout.fillWidth: true
                implicitHeight: memberColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.cornerRadius
                color: Theme.surface
                border.width: memberRow.model.present < 0 ? 1 : 2
                border.color: memberRow.model.present === 1 ? Theme.success
                            : memberRow.model.present === 0 ? Theme.accentDark : Theme.border

                ColumnLayout {
                    id: memberColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall / 2

                    BodyText {
                        Layout.fillWidth: true
                        text: memberRow.model.name
                        font.bold: true
                    }
                    HintText {
                        Layout.fillWidth: true
                        text: memberRow.model.answer === Wire.Absent
                              ? qsTr("Đã báo vắng: %1").arg(memberRow.model.reason)
                              : memberRow.model.answer === Wire.Attending ? qsTr("Đã báo sẽ tham dự")
                              : qsTr("Chưa báo trước")
                    }
                    PlainLabel {
                        objectName: "presentLabel"
                        Layout.fillWidth: true
                        text: memberRow.model.pending && memberRow.model.present >= 0
                              ? qsTr("%1 · chưa gửi").arg(memberRow.model.presentLabel)
                              : memberRow.model.presentLabel
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: memberRow.model.present === 1 ? Theme.success
                             : memberRow.model.present === 0 ? Theme.accentDark : Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                    ChoiceButtons {
                        objectName: "markChoice"
                        Layout.fillWidth: true
                        visible: attendance.canTake
                        labels: [qsTr("Có mặt"), qsTr("Vắng")]
                        currentIndex: memberRow.model.present === 1 ? 0 : memberRow.model.present === 0 ? 1 : -1
                        sticky: false
                        Accessible.name: qsTr("Điểm danh %1").arg(memberRow.model.name)
                        onChosen: index => attendance.mark(memberRow.model.memberId, index === 0)
                    }
                }
            }
        }
    }
}
