pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Simple statistics of the profiles the secretary or committee sees: the total, then the
// count and share by gender, age band, education level and ethnicity, each with a bar.
Page {
    id: root

    objectName: "statisticsPage"
    header: PageHeader {
        title: qsTr("Thống kê đảng viên")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    DirectoryController {
        id: directory
        session: VaultSession
    }

    PageBody {
        anchors.fill: parent

        BodyText {
            Layout.fillWidth: true
            visible: !directory.seesProfiles
            text: qsTr("Thống kê dành cho bí thư chi bộ và cấp ủy.")
        }
        SectionHeading {
            objectName: "statisticsTotal"
            Layout.fillWidth: true
            visible: directory.seesProfiles
            text: qsTr("%1: %2 đảng viên").arg(directory.scopeName).arg(directory.statistics.total)
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: directory.errorMessage
        }

        Repeater {
            model: directory.statistics
            delegate: ColumnLayout {
                id: row

                required property string sectionLabel
                required property string label
                required property int count
                required property int percent
                required property bool firstInSection

                Layout.fillWidth: true
                spacing: Theme.spacingSmall / 2

                PlainLabel {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: row.firstInSection
                    text: row.sectionLabel
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.accentDark
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("%1: %2 (%3%)").arg(row.label).arg(row.count).arg(row.percent)
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: Theme.spacingSmall * 1.5
                    radius: height / 2
                    color: Theme.keyBackground

                    Rectangle {
                        width: parent.width * row.percent / 100
                        height: parent.height
                        radius: height / 2
                        color: Theme.accent
                    }
                }
            }
        }
    }
}
