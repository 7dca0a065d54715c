pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Handbook

// Party age and the Party badge milestones (Huy hiệu 30, 40, 45 ... 90 năm tuổi Đảng): the
// full years since admission, the milestones already reached and the coming ones with
// their dates, the next one in bold.
Card {
    id: root

    required property ProfileController profile
    // Every coming milestone, not only the next ones.
    property bool showAll: false

    readonly property int shownByDefault: 3

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        PlainLabel {
            objectName: "partyAge"
            Layout.fillWidth: true
            text: root.profile.partyAge >= 0 ? qsTr("Tuổi Đảng: %1 năm").arg(root.profile.partyAge)
                                             : qsTr("Chưa có ngày vào Đảng")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: root.profile.probationary
            text: qsTr("Đảng viên dự bị (chưa có ngày chính thức)")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: root.profile.reachedMilestones.length > 0
            text: qsTr("Đã đủ mốc nhận Huy hiệu Đảng: %1 năm").arg(root.profile.reachedMilestones)
            font.pixelSize: Theme.fontBody
            color: Theme.success
            wrapMode: Text.Wrap
        }
        PlainLabel {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: root.profile.milestones.upcomingCount > 0
            text: qsTr("Các mốc Huy hiệu Đảng sắp tới:")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.profile.milestones
            delegate: PlainLabel {
                required property int years
                required property string date
                required property bool reached
                required property bool next
                required property int yearsLeft
                required property int upcomingIndex

                Layout.fillWidth: true
                visible: upcomingIndex >= 0 && (root.showAll || upcomingIndex < root.shownByDefault)
                text: qsTr("%1 năm: ngày %2 (%3)").arg(years).arg(date)
                      .arg(yearsLeft > 0 ? qsTr("còn hơn %1 năm").arg(yearsLeft)
                                         : qsTr("chưa đến 1 năm nữa"))
                font.pixelSize: Theme.fontBody
                font.bold: next
                color: next ? Theme.accentDark : Theme.text
                wrapMode: Text.Wrap
            }
        }
        WrappingButton {
            objectName: "allMilestonesButton"
            Layout.fillWidth: true
            visible: root.profile.milestones.upcomingCount > root.shownByDefault
            text: root.showAll ? qsTr("Thu gọn")
                               : qsTr("Xem thêm %1 mốc sau").arg(root.profile.milestones.upcomingCount - root.shownByDefault)
            onClicked: root.showAll = !root.showAll
        }
    }
}
