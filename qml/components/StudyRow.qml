pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// One study in a list (home card, studies menu): the member's state in words ("Chưa làm",
// "Đã nộp", "Bị trả lại"…), the title in large type, the due date, "Quá hạn" in red and the
// reminder of the last days. The whole row is one tap target.
ItemDelegate {
    id: root

    property string studyId
    property string title
    property string dueText
    property bool overdue: false
    property string overdueText
    property string stateLabel
    property int studyState: StudyListModel.NotStarted
    property bool pending: false
    property bool mine: true
    property bool isOpen: true
    property string reminder
    property string audience

    signal openRequested(string studyId)

    objectName: "studyRow_" + root.studyId
    padding: Theme.spacing
    topInset: 0
    bottomInset: 0
    Accessible.name: root.title
    Accessible.description: root.overdue ? root.overdueText : root.dueText
    onClicked: root.openRequested(root.studyId)

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: Theme.cornerRadius
        color: root.down ? Theme.keyPressed : Theme.surface
        border.width: root.overdue || root.studyState === StudyListModel.Returned ? 2 : 1
        border.color: root.overdue || root.studyState === StudyListModel.Returned ? Theme.error : Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall / 2

        PlainLabel {
            objectName: "studyStateLabel"
            Layout.fillWidth: true
            visible: root.mine || !root.isOpen
            text: {
                let parts = []
                if (root.mine)
                    parts.push(root.pending ? qsTr("%1 · chưa gửi").arg(root.stateLabel) : root.stateLabel)
                if (!root.isOpen)
                    parts.push(qsTr("Đã kết thúc"))
                return parts.join(" · ")
            }
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: root.studyState === StudyListModel.Returned ? Theme.error
                 : root.studyState === StudyListModel.Accepted || root.studyState === StudyListModel.Submitted ? Theme.success
                 : Theme.accentDark
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "studyTitle"
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "studyDue"
            Layout.fillWidth: true
            visible: root.dueText.length > 0
            text: root.overdue ? qsTr("%1 · %2").arg(root.dueText).arg(root.overdueText) : root.dueText
            font.pixelSize: Theme.fontSmall
            font.bold: root.overdue
            color: root.overdue ? Theme.error : Theme.text
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "studyReminder"
            Layout.fillWidth: true
            visible: root.reminder.length > 0
            text: "⏰ " + root.reminder
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.accentDark
            wrapMode: Text.Wrap
        }
        HintText {
            Layout.fillWidth: true
            visible: !root.mine && root.audience.length > 0
            text: qsTr("Đối tượng: %1").arg(root.audience)
        }
    }
}
