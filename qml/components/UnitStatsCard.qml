import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// One unit of the committee's dashboard (OversightPage) as a card: its number in the table
// and name, its figures for the month in short lines that wrap at any text size, and the
// reasons it needs attention in red. A unit with units below it (or a cell: its members)
// opens on a tap.
ItemDelegate {
    id: unit

    required property string orgId
    required property string name
    required property string kindText
    required property string label
    required property bool isTotal
    required property int members
    required property int accounts
    required property string devicesText
    required property string meetingsText
    required property int meetingsHeld
    required property string attendanceText
    required property string readRateText
    required property string studyCompletionText
    required property int profileRequestsPending
    required property int transfersPending
    required property bool canDrill
    required property bool isCell
    required property bool needsAttention
    required property string attentionText

    signal open(string orgId)

    objectName: "unitRow"
    padding: Theme.spacingSmall
    enabled: unit.canDrill
    onClicked: unit.open(unit.orgId)
    Accessible.name: unit.name

    background: Rectangle {
        color: unit.isTotal ? Theme.surface : (unit.needsAttention ? Theme.warningBackground : Theme.background)
        border.color: unit.canDrill ? Theme.accent : Theme.border
        radius: Theme.spacingSmall
    }
    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall / 2

        PlainLabel {
            objectName: "unitName"
            Layout.fillWidth: true
            text: unit.isTotal ? qsTr("Toàn %1").arg(unit.name) : qsTr("%1. %2").arg(unit.label).arg(unit.name)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "unitFigures"
            Layout.fillWidth: true
            text: qsTr("%1 đảng viên · %2 có tài khoản · Dùng Sổ tay %3").arg(unit.members).arg(unit.accounts).arg(unit.devicesText)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        PlainLabel {
            Layout.fillWidth: true
            text: qsTr("Đã sinh hoạt %1 (%2 buổi) · Dự họp %3").arg(unit.meetingsText).arg(unit.meetingsHeld).arg(unit.attendanceText)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        HintText {
            Layout.fillWidth: true
            text: qsTr("Đọc văn bản %1 · Học tập %2 · Hồ sơ chờ duyệt %3 · Chuyển sinh hoạt chờ %4")
                  .arg(unit.readRateText).arg(unit.studyCompletionText).arg(unit.profileRequestsPending).arg(unit.transfersPending)
        }
        PlainLabel {
            objectName: "unitAttention"
            Layout.fillWidth: true
            visible: unit.needsAttention
            text: qsTr("Cần chú ý: %1").arg(unit.attentionText)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.warningText
            wrapMode: Text.Wrap
        }
        HintText {
            Layout.fillWidth: true
            visible: unit.canDrill
            text: unit.isCell ? qsTr("Bấm để xem đảng viên của chi bộ") : qsTr("Bấm để xem các đơn vị trực thuộc")
            color: Theme.accentDark
        }
    }
}
