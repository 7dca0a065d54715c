pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Handbook

// The committee's progress of a study (DESIGN.md 8.3): the study, its due date and status; a
// bar chart of the share of members who handed in and whose reflection was accepted, per unit
// directly below the unit shown (labelled by the unit's number in the table, so a long name is
// never cut: the table gives it in full); the table of units, its own unit first, sortable; a
// tap on a unit with units below it goes down one level, the breadcrumb back up. The report of
// the level shown is saved as PDF or CSV; the assigner's organisation closes the study.
Page {
    id: root

    property string studyId

    function sortBy(column: int) {
        progress.rows.sortBy(column)
        chart.styleValueAxis()
    }
    function showLevel(orgId: string) {
        progress.showLevel(orgId)
        body.contentY = 0
    }

    objectName: "studyProgressPage"
    header: PageHeader {
        title: qsTr("Tiến độ học tập")
        canGoBack: root.StackView.view !== null && root.StackView.index > 0
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: progress.reload()

    StudyProgressController {
        id: progress
        session: VaultSession
        studyId: root.studyId
    }

    Flickable {
        id: body
        objectName: "progressBody"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.pageMargin, (body.width - width) / 2)
            y: Theme.pageMargin
            // Wider than a reading page: the chart and the table use a laptop's width.
            width: Math.min(body.width - 2 * Theme.pageMargin, 1100)
            spacing: Theme.spacing

            BodyText {
                objectName: "notFoundLabel"
                Layout.fillWidth: true
                visible: !progress.found
                text: qsTr("Chưa có số liệu tiến độ của đợt học tập này trên máy. Hãy đồng bộ rồi xem lại.")
            }
            PlainLabel {
                objectName: "studyTitle"
                Layout.fillWidth: true
                visible: progress.found
                text: progress.title
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            BodyText {
                Layout.fillWidth: true
                visible: progress.found
                text: progress.assignedText
            }
            PlainLabel {
                objectName: "studyDue"
                Layout.fillWidth: true
                visible: progress.found
                text: qsTr("%1 · %2").arg(progress.dueText).arg(progress.statusText)
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: progress.closed ? Theme.textSecondary : Theme.accentDark
                wrapMode: Text.Wrap
            }
            MessageBox {
                Layout.fillWidth: true
                visible: text.length > 0
                text: progress.errorMessage
            }
            MessageBox {
                objectName: "exportedMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                kind: MessageBox.Success
                text: progress.exportedText
            }

            // Where the table is: the top unit down to the unit shown; tap one to go back up.
            Flow {
                objectName: "breadcrumb"
                Layout.fillWidth: true
                // Below the top only (the top's own row names it).
                visible: progress.found && progress.breadcrumb.length > 1
                spacing: Theme.spacingSmall

                Repeater {
                    model: progress.breadcrumb

                    WrappingButton {
                        id: crumb

                        required property var modelData
                        required property int index
                        readonly property bool current: crumb.index === progress.breadcrumb.length - 1

                        objectName: "breadcrumbItem"
                        width: Math.min(implicitWidth, column.width)
                        flat: true
                        enabled: !crumb.current
                        font.pixelSize: Theme.fontBody
                        font.bold: crumb.current
                        text: crumb.index > 0 ? qsTr("› %1").arg(crumb.modelData.name) : crumb.modelData.name
                        onClicked: root.showLevel(crumb.modelData.orgId)
                    }
                }
            }

            SectionHeading {
                Layout.fillWidth: true
                visible: chart.visible
                text: qsTr("Tỉ lệ hoàn thành của các đơn vị trực thuộc")
            }
            ChartView {
                id: chart
                objectName: "progressChart"
                Layout.fillWidth: true
                // A bar of two sets per unit, each tall enough for a label at any text size.
                Layout.preferredHeight: Math.max(260, progress.rows.chartLabels.length * Theme.fontBody * 3.2 + Theme.fontSmall * 9)
                visible: progress.rows.chartLabels.length > 0
                antialiasing: true
                legend.alignment: Qt.AlignBottom
                legend.font.pixelSize: Theme.fontSmall
                backgroundRoundness: 0
                margins.left: 0
                margins.right: Theme.spacingSmall
                Accessible.name: qsTr("Biểu đồ tỉ lệ hoàn thành theo đơn vị")

                // The percent axis is the one ChartView makes for the series (a ValueAxis
                // declared here is not in Qt 6.4's QtCharts type information: qmllint refuses
                // it): 0 to 100 whatever the figures, in the text size chosen.
                function styleValueAxis() {
                    const axis = chart.axisX(series)
                    if (!axis)
                        return
                    axis.min = 0
                    axis.max = 100
                    axis.tickCount = 6
                    axis.labelFormat = "%d"
                    axis.labelsFont = Qt.font({ pixelSize: Theme.fontSmall })
                    axis.titleText = qsTr("Phần trăm số đảng viên")
                    axis.titleFont = Qt.font({ pixelSize: Theme.fontSmall })
                }

                Component.onCompleted: chart.styleValueAxis()
                Connections {
                    target: Theme
                    function onFontSmallChanged() {
                        chart.styleValueAxis()
                    }
                }
                Connections {
                    target: progress
                    function onLevelChanged() {
                        chart.styleValueAxis()
                    }
                }

                HorizontalBarSeries {
                    id: series
                    barWidth: 0.8
                    axisY: BarCategoryAxis {
                        categories: progress.rows.chartLabels
                        labelsFont.pixelSize: Theme.fontSmall
                        titleText: qsTr("Đơn vị số")
                        titleFont.pixelSize: Theme.fontSmall
                    }

                    BarSet {
                        label: qsTr("Đã nộp bài thu hoạch")
                        color: "#E8A0A8"
                        borderColor: Theme.accentDark
                        values: progress.rows.chartSubmitted
                    }
                    BarSet {
                        label: qsTr("Đã được duyệt")
                        color: Theme.accent
                        borderColor: Theme.accentDark
                        values: progress.rows.chartAccepted
                    }
                }
            }

            SectionHeading {
                Layout.fillWidth: true
                visible: progress.found
                text: qsTr("Số liệu theo đơn vị")
            }
            PlainLabel {
                Layout.fillWidth: true
                visible: progress.found
                text: qsTr("Sắp xếp theo")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            ChoicePicker {
                objectName: "sortPicker"
                Layout.fillWidth: true
                visible: progress.found
                valueRole: "column"
                value: progress.rows.sortColumn
                choices: [
                    { column: StudyProgressModel.ByName, label: qsTr("Tên đơn vị") },
                    { column: StudyProgressModel.ByAcceptedRate, label: qsTr("Tỉ lệ được duyệt") },
                    { column: StudyProgressModel.ByMembers, label: qsTr("Số đảng viên") },
                    { column: StudyProgressModel.BySubmitted, label: qsTr("Số đã nộp") },
                    { column: StudyProgressModel.ByAccepted, label: qsTr("Số được duyệt") },
                    { column: StudyProgressModel.ByLate, label: qsTr("Số nộp muộn") },
                    { column: StudyProgressModel.ByNotStarted, label: qsTr("Số chưa làm") },
                    { column: StudyProgressModel.ByAverageScore, label: qsTr("Điểm trung bình") }
                ]
                Accessible.name: qsTr("Sắp xếp theo")
                onPicked: value => root.sortBy(value)
            }
            WrappingButton {
                objectName: "reverseSortButton"
                Layout.fillWidth: true
                visible: progress.found
                text: progress.rows.sortAscending ? qsTr("Thứ tự: tăng dần (bấm để đảo)")
                                                  : qsTr("Thứ tự: giảm dần (bấm để đảo)")
                onClicked: root.sortBy(progress.rows.sortColumn)
            }

            Repeater {
                id: unitRepeater
                objectName: "unitRepeater"
                model: progress.rows

                ItemDelegate {
                    id: unit

                    required property string orgId
                    required property string name
                    required property string label
                    required property bool isTotal
                    required property int members
                    required property int submittedCount
                    required property int acceptedCount
                    required property int returnedCount
                    required property int late
                    required property int notStarted
                    required property string averageScoreText
                    required property string acceptedRateText
                    required property string submittedRateText
                    required property bool canDrill

                    objectName: "unitRow"
                    Layout.fillWidth: true
                    padding: Theme.spacingSmall
                    enabled: unit.canDrill
                    onClicked: root.showLevel(unit.orgId)
                    Accessible.name: unit.name

                    background: Rectangle {
                        color: unit.isTotal ? Theme.surface : Theme.background
                        border.color: unit.canDrill ? Theme.accent : Theme.border
                        radius: Theme.spacingSmall
                    }
                    contentItem: ColumnLayout {
                        spacing: Theme.spacingSmall / 2

                        PlainLabel {
                            objectName: "unitName"
                            Layout.fillWidth: true
                            text: unit.isTotal ? qsTr("Toàn %1").arg(unit.name)
                                               : qsTr("%1. %2").arg(unit.label).arg(unit.name)
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        PlainLabel {
                            objectName: "unitFigures"
                            Layout.fillWidth: true
                            text: qsTr("Đã nộp %1/%2 (%3) · Được duyệt %4 (%5)")
                                  .arg(unit.submittedCount).arg(unit.members).arg(unit.submittedRateText)
                                  .arg(unit.acceptedCount).arg(unit.acceptedRateText)
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        HintText {
                            Layout.fillWidth: true
                            text: qsTr("Trả lại %1 · Nộp muộn %2 · Chưa làm %3 · Điểm trung bình %4")
                                  .arg(unit.returnedCount).arg(unit.late).arg(unit.notStarted)
                                  .arg(unit.averageScoreText)
                        }
                        HintText {
                            Layout.fillWidth: true
                            visible: unit.canDrill
                            text: qsTr("Bấm để xem các đơn vị trực thuộc")
                            color: Theme.accentDark
                        }
                    }
                }
            }

            SectionHeading {
                Layout.fillWidth: true
                visible: progress.found
                text: qsTr("Báo cáo")
            }
            WrappingButton {
                objectName: "exportPdfButton"
                Layout.fillWidth: true
                visible: progress.found
                highlighted: true
                font.bold: true
                text: qsTr("Xuất báo cáo PDF")
                onClicked: progress.exportPdf()
            }
            WrappingButton {
                objectName: "exportCsvButton"
                Layout.fillWidth: true
                visible: progress.found
                text: qsTr("Xuất CSV")
                onClicked: progress.exportCsv()
            }
            WrappingButton {
                objectName: "closeStudyButton"
                Layout.fillWidth: true
                visible: progress.canClose
                text: qsTr("Kết thúc đợt học tập")
                onClicked: closeDialog.open()
            }
        }
    }

    ConfirmDialog {
        id: closeDialog
        objectName: "closeStudyDialog"
        title: qsTr("Kết thúc đợt học tập?")
        text: qsTr("Sau khi kết thúc, đảng viên không nộp bài thu hoạch được nữa; bí thư chi bộ vẫn duyệt được các bài đã nộp.")
        confirmText: qsTr("Kết thúc đợt học tập")
        onConfirmed: progress.closeStudy()
    }
}
