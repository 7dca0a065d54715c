pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Handbook

// The fields of a profile (a ProfileFieldModel) under their group headings: each field's
// name in small type, its value in large type ("Chưa có thông tin" when empty) and, for my
// own profile, a value I asked for that is still waiting for the secretary.
ColumnLayout {
    id: root

    required property ProfileFieldModel model

    spacing: Theme.spacingSmall

    Repeater {
        model: root.model
        delegate: ColumnLayout {
            id: row

            required property string label
            required property string value
            required property string groupLabel
            required property string pendingValue
            required property bool firstInGroup

            Layout.fillWidth: true
            spacing: 2

            PlainLabel {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                visible: row.firstInGroup
                text: row.groupLabel
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.accentDark
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacingSmall
                visible: row.firstInGroup
                implicitHeight: 2
                color: Theme.border
            }
            PlainLabel {
                Layout.fillWidth: true
                text: row.label
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            PlainLabel {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacingSmall
                text: row.value.length > 0 ? row.value : qsTr("Chưa có thông tin")
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                font.italic: row.value.length === 0
                color: row.value.length > 0 ? Theme.text : Theme.textSecondary
                wrapMode: Text.Wrap
                lineHeight: 1.2
            }
            PlainLabel {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacingSmall
                visible: row.pendingValue.length > 0
                text: qsTr("Đang chờ chi bộ duyệt: %1").arg(row.pendingValue)
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.warningText
                wrapMode: Text.Wrap
            }
        }
    }
}
