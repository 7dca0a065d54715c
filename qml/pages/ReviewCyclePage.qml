pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Handbook

// The committee's annual review (DESIGN.md 8.6, "Đánh giá, xếp loại"): the cycles of this year
// and last year to choose from, the chosen cycle's dates and status; "Mở đợt kiểm điểm" for its
// subtree (the year, the organisation reviewed, the two due dates, confirmed before it is
// queued); closing a cycle it opened (confirmed); the way to the decisions ("Quyết định xếp
// loại"); and the summary of the unit shown and the units directly below it: members, self-
// reviews handed in, the cells' proposals, the decisions per rating and the rate "hoàn thành
// tốt nhiệm vụ trở lên", with a chart of the ratings per unit (labelled by the unit's number in
// the table, so a long name is never cut). A tap on a unit goes down one level, the breadcrumb
// back up. The report of the level shown is saved as PDF or CSV.
Page {
    id: root

    // The cycle to show ("" for the newest).
    property string cycleId
    // The opening form is shown.
    property bool opening: false

    function showLevel(orgId: string) {
        review.showLevel(orgId)
        body.contentY = 0
    }
    function openOrgPicker() {
        root.StackView.view.push(orgPickerPage)
    }

    objectName: "reviewCyclePage"
    header: PageHeader {
        title: qsTr("Đánh giá, xếp loại đảng viên")
        canGoBack: root.StackView.view !== null && root.StackView.index > 0
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: review.reload()

    ReviewCycleController {
        id: review
        session: VaultSession
        cycleId: root.cycleId
        onCycleOpened: {
            root.opening = false
            Confirmations.post(qsTr("Đã mở đợt kiểm điểm. Đảng viên sẽ nhận được khi đồng bộ."))
        }
        onLevelChanged: chart.styleValueAxis()
    }

    component FieldLabel: PlainLabel {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }

    Flickable {
        id: body
        objectName: "reviewBody"
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
            width: Math.min(body.width - 2 * Theme.pageMargin, 1100)
            spacing: Theme.spacing

            BodyText {
                objectName: "notCommitteeLabel"
                Layout.fillWidth: true
                visible: !review.isCommittee
                text: qsTr("Trang này dành cho cán bộ cấp ủy: mở đợt kiểm điểm, theo dõi và báo cáo kết quả xếp loại.")
            }
            MessageBox {
                objectName: "errorMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: review.errorMessage
            }
            MessageBox {
                objectName: "exportedMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                kind: MessageBox.Success
                text: review.exportedText
            }

            // The cycles and the actions on them.
            PlainLabel {
                Layout.fillWidth: true
                visible: review.cycles.length > 1
                text: qsTr("Đợt kiểm điểm")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            ChoicePicker {
                objectName: "cyclePicker"
                Layout.fillWidth: true
                visible: review.cycles.length > 1
                valueRole: "cycleId"
                value: review.cycleId
                choices: review.cycles
                Accessible.name: qsTr("Đợt kiểm điểm")
                onPicked: value => review.cycleId = value
            }
            BodyText {
                objectName: "noCycleLabel"
                Layout.fillWidth: true
                visible: review.isCommittee && !review.found
                text: qsTr("Chưa có đợt kiểm điểm năm nay hoặc năm trước trên máy. Đồng chí có thể mở đợt mới, hoặc đồng bộ rồi xem lại.")
            }
            PlainLabel {
                objectName: "cycleTitle"
                Layout.fillWidth: true
                visible: review.found
                text: review.title
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            BodyText {
                objectName: "cycleOpener"
                Layout.fillWidth: true
                visible: review.found && text.length > 0
                text: review.openerText
            }
            BodyText {
                objectName: "cycleDates"
                Layout.fillWidth: true
                visible: review.found
                text: review.datesText
            }
            PlainLabel {
                objectName: "cycleStatus"
                Layout.fillWidth: true
                visible: review.found
                text: review.statusText
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: review.isOpen ? Theme.accentDark : Theme.textSecondary
                wrapMode: Text.Wrap
            }

            Flow {
                objectName: "cycleActions"
                Layout.fillWidth: true
                visible: review.isCommittee
                spacing: Theme.spacingSmall

                WrappingButton {
                    objectName: "decisionsButton"
                    width: Math.min(implicitWidth, column.width)
                    visible: review.found
                    highlighted: true
                    text: qsTr("Quyết định xếp loại")
                    onClicked: root.StackView.view.push(Qt.resolvedUrl("ReviewDecisionsPage.qml"), { cycleId: review.cycleId })
                }
                WrappingButton {
                    objectName: "openCycleButton"
                    width: Math.min(implicitWidth, column.width)
                    text: qsTr("Mở đợt kiểm điểm")
                    onClicked: {
                        root.opening = !root.opening
                        if (root.opening)
                            body.contentY = 0
                    }
                }
                WrappingButton {
                    objectName: "closeCycleButton"
                    width: Math.min(implicitWidth, column.width)
                    visible: review.canClose
                    text: qsTr("Kết thúc đợt kiểm điểm")
                    onClicked: closeDialog.open()
                }
            }

            // "Mở đợt kiểm điểm": the year, the organisation, the two due dates.
            Card {
                objectName: "openCycleForm"
                Layout.fillWidth: true
                visible: root.opening && review.isCommittee

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    SectionHeading {
                        Layout.fillWidth: true
                        text: qsTr("Mở đợt kiểm điểm")
                    }
                    FieldLabel {
                        text: qsTr("Năm kiểm điểm")
                    }
                    ChoicePicker {
                        objectName: "yearPicker"
                        Layout.fillWidth: true
                        valueRole: "year"
                        value: review.openYear
                        choices: review.years
                        Accessible.name: qsTr("Năm kiểm điểm")
                        onPicked: value => review.openYear = value
                    }
                    FieldLabel {
                        text: qsTr("Tổ chức đảng kiểm điểm")
                    }
                    BodyText {
                        objectName: "audienceLabel"
                        Layout.fillWidth: true
                        text: review.audienceName.length > 0 ? review.audienceName : qsTr("Chưa chọn")
                    }
                    WrappingButton {
                        objectName: "audienceButton"
                        Layout.fillWidth: true
                        text: qsTr("Chọn tổ chức đảng")
                        onClicked: root.openOrgPicker()
                    }
                    LabeledField {
                        objectName: "selfReviewDueField"
                        Layout.fillWidth: true
                        label: qsTr("Hạn nộp bản kiểm điểm (ngày/tháng/năm)")
                        placeholderText: "15/12/2026"
                        inputMethodHints: Qt.ImhPreferNumbers
                        text: review.selfReviewDueText
                        field.onTextEdited: review.selfReviewDueText = text
                    }
                    LabeledField {
                        objectName: "decisionDueField"
                        Layout.fillWidth: true
                        label: qsTr("Hạn quyết định xếp loại (ngày/tháng/năm)")
                        placeholderText: "31/12/2026"
                        inputMethodHints: Qt.ImhPreferNumbers
                        text: review.decisionDueText
                        field.onTextEdited: review.decisionDueText = text
                    }
                    WrappingButton {
                        objectName: "confirmOpenButton"
                        Layout.fillWidth: true
                        highlighted: true
                        font.bold: true
                        text: qsTr("Mở đợt kiểm điểm")
                        onClicked: {
                            const issue = review.problem()
                            if (issue.length > 0)
                                review.openCycle() // shows the problem, queues nothing
                            else
                                openDialog.open()
                        }
                    }
                    HintText {
                        Layout.fillWidth: true
                        text: qsTr("Đợt kiểm điểm được lưu trên máy và gửi đi khi đồng bộ; mọi đảng viên của tổ chức được chọn sẽ nhận thông báo.")
                    }
                }
            }

            // From the top of the summary down to the unit shown.
            Flow {
                objectName: "breadcrumb"
                Layout.fillWidth: true
                visible: review.found && review.breadcrumb.length > 1
                spacing: Theme.spacingSmall

                Repeater {
                    model: review.breadcrumb

                    WrappingButton {
                        id: crumb

                        required property var modelData
                        required property int index
                        readonly property bool current: crumb.index === review.breadcrumb.length - 1

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
                text: review.summary.chartOfProposals ? qsTr("Đề xuất xếp loại của chi bộ theo đơn vị")
                                                      : qsTr("Kết quả xếp loại theo đơn vị")
            }
            HintText {
                Layout.fillWidth: true
                visible: chart.visible && review.summary.chartOfProposals
                text: qsTr("Chưa có quyết định xếp loại nào ở các đơn vị này; biểu đồ cho thấy đề xuất của chi bộ.")
            }
            ChartView {
                id: chart
                objectName: "ratingsChart"
                Layout.fillWidth: true
                // One stacked bar per unit, tall enough for a label at any text size.
                Layout.preferredHeight: Math.max(260, review.summary.chartLabels.length * Theme.fontBody * 2.6 + Theme.fontSmall * 12)
                visible: review.found && review.summary.chartLabels.length > 0
                antialiasing: true
                legend.alignment: Qt.AlignBottom
                legend.font.pixelSize: Theme.fontSmall
                backgroundRoundness: 0
                margins.left: 0
                margins.right: Theme.spacingSmall
                Accessible.name: qsTr("Biểu đồ kết quả xếp loại theo đơn vị")

                // As on the study progress page: the percent axis is the one ChartView makes
                // for the series, styled here (0 to 100).
                function styleValueAxis() {
                    const axis = chart.axisX(series)
                    if (!axis)
                        return
                    axis.min = 0
                    axis.max = 100
                    axis.tickCount = 6
                    axis.labelFormat = "%d"
                    axis.labelsFont = Qt.font({ pixelSize: Theme.fontSmall })
                    axis.titleText = qsTr("Phần trăm số đảng viên được xếp loại")
                    axis.titleFont = Qt.font({ pixelSize: Theme.fontSmall })
                }

                Component.onCompleted: chart.styleValueAxis()
                Connections {
                    target: Theme
                    function onFontSmallChanged() {
                        chart.styleValueAxis()
                    }
                }

                HorizontalStackedBarSeries {
                    id: series
                    barWidth: 0.7
                    axisY: BarCategoryAxis {
                        categories: review.summary.chartLabels
                        labelsFont.pixelSize: Theme.fontSmall
                        titleText: qsTr("Đơn vị số")
                        titleFont.pixelSize: Theme.fontSmall
                    }

                    BarSet {
                        label: ReviewRating.label(ReviewRating.excellent)
                        color: "#1B7F3B"
                        values: review.summary.chartExcellent
                    }
                    BarSet {
                        label: ReviewRating.label(ReviewRating.good)
                        color: "#3A6EA5"
                        values: review.summary.chartGood
                    }
                    BarSet {
                        label: ReviewRating.label(ReviewRating.fulfilled)
                        color: "#E0A800"
                        values: review.summary.chartFulfilled
                    }
                    BarSet {
                        label: ReviewRating.label(ReviewRating.notFulfilled)
                        color: Theme.accent
                        values: review.summary.chartNotFulfilled
                    }
                }
            }

            SectionHeading {
                Layout.fillWidth: true
                visible: review.found
                text: qsTr("Số liệu theo đơn vị")
            }
            HintText {
                objectName: "updatedText"
                Layout.fillWidth: true
                visible: review.found && text.length > 0
                text: review.updatedText
            }
            Repeater {
                objectName: "unitRepeater"
                model: review.summary

                ItemDelegate {
                    id: unit

                    required property string orgId
                    required property string name
                    required property string label
                    required property bool isTotal
                    required property int members
                    required property int submittedCount
                    required property int proposedCount
                    required property int decidedCount
                    required property string goodOrBetterRateText
                    required property string decidedRatingsText
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
                            text: qsTr("Đảng viên %1 · Đã nộp bản kiểm điểm %2 · Chi bộ đã đề xuất %3 · Đã xếp loại %4")
                                  .arg(unit.members).arg(unit.submittedCount).arg(unit.proposedCount).arg(unit.decidedCount)
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        PlainLabel {
                            objectName: "unitRate"
                            Layout.fillWidth: true
                            text: qsTr("Hoàn thành tốt nhiệm vụ trở lên: %1").arg(unit.goodOrBetterRateText)
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.accentDark
                            wrapMode: Text.Wrap
                        }
                        HintText {
                            objectName: "unitRatings"
                            Layout.fillWidth: true
                            visible: unit.decidedCount > 0
                            text: unit.decidedRatingsText
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
                visible: review.found
                text: qsTr("Báo cáo")
            }
            WrappingButton {
                objectName: "exportPdfButton"
                Layout.fillWidth: true
                visible: review.found
                highlighted: true
                font.bold: true
                text: qsTr("Xuất báo cáo PDF")
                onClicked: review.exportPdf()
            }
            WrappingButton {
                objectName: "exportCsvButton"
                Layout.fillWidth: true
                visible: review.found
                text: qsTr("Xuất CSV")
                onClicked: review.exportCsv()
            }
        }
    }

    ConfirmDialog {
        id: openDialog
        objectName: "openCycleDialog"
        title: qsTr("Mở đợt kiểm điểm?")
        text: qsTr("Năm %1 cho %2: hạn nộp bản kiểm điểm %3, hạn quyết định xếp loại %4. Mọi đảng viên của tổ chức sẽ nhận thông báo.")
              .arg(review.openYear).arg(review.audienceName).arg(review.selfReviewDueText).arg(review.decisionDueText)
        confirmText: qsTr("Mở đợt kiểm điểm")
        onConfirmed: review.openCycle()
    }
    ConfirmDialog {
        id: closeDialog
        objectName: "closeCycleDialog"
        title: qsTr("Kết thúc đợt kiểm điểm?")
        text: qsTr("Sau khi kết thúc, đảng viên không nộp được bản kiểm điểm, chi bộ không đề xuất và cấp ủy không quyết định xếp loại được nữa.")
        confirmText: qsTr("Kết thúc đợt kiểm điểm")
        onConfirmed: review.closeCycle()
    }

    Component {
        id: orgPickerPage
        OrgPickerPage {
            organizations: review.organizations
            onChosen: orgId => {
                review.chooseAudience(orgId)
                root.StackView.view.pop(root)
            }
        }
    }
}
