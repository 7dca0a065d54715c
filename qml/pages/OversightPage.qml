pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Handbook

// The committee's dashboard (DESIGN.md 8.4, "Tổng quan đơn vị"): for a month and a unit (its
// own organisation first) the unit's figures, its last twelve months and the units directly
// below it as charts, the units that need attention, and the units as cards sortable by any
// column; a tap on a unit goes down one level (a cell: its members, their accounts and
// devices), the breadcrumb back up. On a wide window the figures and charts sit beside the
// units; on a phone everything is stacked. The month's report is saved as PDF or CSV.
Page {
    id: root

    // Room beside the export buttons for the account and transfer pages' links.
    readonly property alias toolbar: toolbar
    // The unit's figures (a map: qmllint knows no members of a QVariantMap).
    readonly property var figures: oversight.summary

    function showLevel(orgId: string) {
        oversight.showLevel(orgId)
        body.contentY = 0
    }
    function sortBy(column: int) {
        oversight.rows.sortBy(column)
        unitsChart.styleValueAxis()
    }

    objectName: "oversightPage"
    header: PageHeader {
        title: qsTr("Tổng quan đơn vị")
        canGoBack: root.StackView.view !== null && root.StackView.index > 0
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: oversight.reload()

    OversightController {
        id: oversight
        session: VaultSession
        onLevelChanged: {
            monthsChart.styleValueAxis()
            unitsChart.styleValueAxis()
        }
    }

    Flickable {
        id: body
        objectName: "oversightBody"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column

            // Two columns on a laptop's width at the normal text size; stacked otherwise.
            readonly property bool wide: width >= 1000 * Theme.scale

            x: Math.max(Theme.pageMargin, (body.width - width) / 2)
            y: Theme.pageMargin
            width: Math.min(body.width - 2 * Theme.pageMargin, 1600)
            spacing: Theme.spacing

            // The month, the report, and the links of the account, transfer and review pages.
            Flow {
                id: toolbar
                objectName: "oversightToolbar"
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                ChoicePicker {
                    objectName: "monthPicker"
                    width: Math.min(column.width, Math.max(implicitWidth, 14 * Theme.fontBody))
                    valueRole: "month"
                    value: oversight.month
                    choices: oversight.months
                    Accessible.name: qsTr("Tháng")
                    onPicked: value => oversight.month = value
                }
                WrappingButton {
                    objectName: "exportPdfButton"
                    width: Math.min(implicitWidth, column.width)
                    enabled: oversight.found
                    highlighted: true
                    text: qsTr("Xuất báo cáo PDF")
                    onClicked: oversight.exportPdf()
                }
                WrappingButton {
                    objectName: "exportCsvButton"
                    width: Math.min(implicitWidth, column.width)
                    enabled: oversight.found
                    text: qsTr("Xuất CSV")
                    onClicked: oversight.exportCsv()
                }
                WrappingButton {
                    objectName: "openAccounts"
                    width: Math.min(implicitWidth, column.width)
                    text: qsTr("Tài khoản")
                    onClicked: root.StackView.view.push(Qt.resolvedUrl("AccountsPage.qml"))
                }
                WrappingButton {
                    objectName: "openTransfers"
                    width: Math.min(implicitWidth, column.width)
                    text: qsTr("Chuyển sinh hoạt")
                    onClicked: root.StackView.view.push(Qt.resolvedUrl("TransfersPage.qml"))
                }
                WrappingButton {
                    objectName: "openReview"
                    width: Math.min(implicitWidth, column.width)
                    text: qsTr("Đánh giá, xếp loại")
                    onClicked: root.StackView.view.push(Qt.resolvedUrl("ReviewCyclePage.qml"))
                }
            }
            MessageBox {
                Layout.fillWidth: true
                visible: text.length > 0
                text: oversight.errorMessage
            }
            MessageBox {
                objectName: "exportedMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                kind: MessageBox.Success
                text: oversight.exportedText
            }

            // From the committee's own organisation down to the unit shown.
            Flow {
                objectName: "breadcrumb"
                Layout.fillWidth: true
                visible: oversight.breadcrumb.length > 1
                spacing: Theme.spacingSmall

                Repeater {
                    model: oversight.breadcrumb

                    WrappingButton {
                        id: crumb

                        required property var modelData
                        required property int index
                        readonly property bool current: crumb.index === oversight.breadcrumb.length - 1

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

            BodyText {
                objectName: "notFoundLabel"
                Layout.fillWidth: true
                visible: !oversight.found
                text: qsTr("Chưa có số liệu của tháng này trên máy. Hãy đồng bộ rồi xem lại, hoặc chọn tháng khác.")
            }

            GridLayout {
                Layout.fillWidth: true
                visible: oversight.found
                columns: column.wide ? 2 : 1
                columnSpacing: Theme.spacingLarge
                rowSpacing: Theme.spacing

                // The unit: its figures and charts.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing

                    PlainLabel {
                        objectName: "levelName"
                        Layout.fillWidth: true
                        text: oversight.levelName
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    HintText {
                        objectName: "updatedText"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: oversight.updatedText
                    }
                    Card {
                        objectName: "figuresCard"
                        Layout.fillWidth: true

                        ColumnLayout {
                            anchors.fill: parent
                            spacing: Theme.spacingSmall

                            Repeater {
                                model: [
                                    qsTr("Đảng viên: %1 · có tài khoản: %2").arg(root.figures.members).arg(root.figures.accounts),
                                    qsTr("Dùng Sổ tay trong 30 ngày: %1").arg(root.figures.devicesText),
                                    qsTr("Chi bộ đã sinh hoạt: %1 · %2 buổi").arg(root.figures.meetingsText).arg(root.figures.meetingsHeld),
                                    qsTr("Tỉ lệ dự sinh hoạt: %1").arg(root.figures.attendanceText),
                                    qsTr("Văn bản ban hành: %1 · đã đọc: %2").arg(root.figures.documentsPublished).arg(root.figures.readRateText),
                                    qsTr("Đợt học tập: %1 · hoàn thành: %2").arg(root.figures.studiesOpen).arg(root.figures.studyCompletionText),
                                    qsTr("Hồ sơ chờ duyệt: %1 · chuyển sinh hoạt chờ: %2").arg(root.figures.profileRequestsPending).arg(root.figures.transfersPending)
                                ]

                                PlainLabel {
                                    required property string modelData
                                    objectName: "figure"
                                    Layout.fillWidth: true
                                    text: modelData
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }

                    SectionHeading {
                        Layout.fillWidth: true
                        text: qsTr("12 tháng gần đây")
                    }
                    ChartView {
                        id: monthsChart
                        objectName: "monthsChart"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(300, Theme.fontBody * 16)
                        antialiasing: true
                        legend.alignment: Qt.AlignBottom
                        legend.font.pixelSize: Theme.fontSmall
                        backgroundRoundness: 0
                        margins.left: 0
                        margins.right: Theme.spacingSmall
                        Accessible.name: qsTr("Biểu đồ 12 tháng gần đây")

                        // As on the study progress page: the percent axis is the one
                        // ChartView makes for the series, styled here (0 to 100).
                        function styleValueAxis() {
                            const axis = monthsChart.axisY(monthsSeries)
                            if (!axis)
                                return
                            axis.min = 0
                            axis.max = 100
                            axis.tickCount = 6
                            axis.labelFormat = "%d"
                            axis.labelsFont = Qt.font({ pixelSize: Theme.fontSmall })
                            axis.titleText = qsTr("Phần trăm")
                            axis.titleFont = Qt.font({ pixelSize: Theme.fontSmall })
                        }

                        Component.onCompleted: monthsChart.styleValueAxis()

                        BarSeries {
                            id: monthsSeries
                            barWidth: 0.8
                            axisX: BarCategoryAxis {
                                categories: oversight.seriesLabels
                                labelsFont.pixelSize: Theme.fontSmall
                                titleText: qsTr("Tháng")
                                titleFont.pixelSize: Theme.fontSmall
                            }

                            BarSet {
                                label: qsTr("Chi bộ đã sinh hoạt")
                                color: Theme.accent
                                values: oversight.seriesCellsMet
                            }
                            BarSet {
                                label: qsTr("Dự sinh hoạt")
                                color: "#E0A800"
                                values: oversight.seriesAttendance
                            }
                            BarSet {
                                label: qsTr("Đọc văn bản")
                                color: "#3A6EA5"
                                values: oversight.seriesReading
                            }
                        }
                    }

                    SectionHeading {
                        Layout.fillWidth: true
                        visible: unitsChart.visible
                        text: qsTr("So sánh các đơn vị trực thuộc")
                    }
                    ChartView {
                        id: unitsChart
                        objectName: "unitsChart"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(260, oversight.rows.chartLabels.length * Theme.fontBody * 3.6 + Theme.fontSmall * 9)
                        visible: oversight.rows.chartLabels.length > 0
                        antialiasing: true
                        legend.alignment: Qt.AlignBottom
                        legend.font.pixelSize: Theme.fontSmall
                        backgroundRoundness: 0
                        margins.left: 0
                        margins.right: Theme.spacingSmall
                        Accessible.name: qsTr("Biểu đồ so sánh các đơn vị trực thuộc")

                        function styleValueAxis() {
                            const axis = unitsChart.axisX(unitsSeries)
                            if (!axis)
                                return
                            axis.min = 0
                            axis.max = 100
                            axis.tickCount = 6
                            axis.labelFormat = "%d"
                            axis.labelsFont = Qt.font({ pixelSize: Theme.fontSmall })
                            axis.titleText = qsTr("Phần trăm")
                            axis.titleFont = Qt.font({ pixelSize: Theme.fontSmall })
                        }

                        Component.onCompleted: unitsChart.styleValueAxis()
                        Connections {
                            target: Theme
                            function onFontSmallChanged() {
                                unitsChart.styleValueAxis()
                                monthsChart.styleValueAxis()
                            }
                        }

                        HorizontalBarSeries {
                            id: unitsSeries
                            barWidth: 0.8
                            axisY: BarCategoryAxis {
                                categories: oversight.rows.chartLabels
                                labelsFont.pixelSize: Theme.fontSmall
                                titleText: qsTr("Đơn vị số")
                                titleFont.pixelSize: Theme.fontSmall
                            }

                            BarSet {
                                label: qsTr("Chi bộ đã sinh hoạt")
                                color: Theme.accent
                                values: oversight.rows.chartCellsMet
                            }
                            BarSet {
                                label: qsTr("Đọc văn bản")
                                color: "#3A6EA5"
                                values: oversight.rows.chartReading
                            }
                            BarSet {
                                label: qsTr("Dùng Sổ tay")
                                color: "#E0A800"
                                values: oversight.rows.chartDevices
                            }
                        }
                    }
                }

                // The units: those that need attention, then every unit, sortable; a cell's
                // members.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing

                    SectionHeading {
                        Layout.fillWidth: true
                        visible: oversight.attention.length > 0
                        text: qsTr("Đơn vị cần chú ý (%1)").arg(oversight.attention.length)
                    }
                    Repeater {
                        objectName: "attentionRepeater"
                        model: oversight.attention

                        WrappingButton {
                            required property var modelData
                            objectName: "attentionItem"
                            Layout.fillWidth: true
                            text: qsTr("%1: %2").arg(modelData.name).arg(modelData.text)
                            onClicked: root.showLevel(modelData.orgId)
                        }
                    }

                    SectionHeading {
                        Layout.fillWidth: true
                        text: oversight.isCell ? qsTr("Số liệu của chi bộ") : qsTr("Số liệu theo đơn vị")
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        visible: !oversight.isCell
                        text: qsTr("Sắp xếp theo")
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    ChoicePicker {
                        objectName: "sortPicker"
                        Layout.fillWidth: true
                        visible: !oversight.isCell
                        valueRole: "column"
                        value: oversight.rows.sortColumn
                        choices: [
                            { column: OrgStatsModel.ByName, label: qsTr("Tên đơn vị") },
                            { column: OrgStatsModel.ByKind, label: qsTr("Cấp") },
                            { column: OrgStatsModel.ByMembers, label: qsTr("Số đảng viên") },
                            { column: OrgStatsModel.ByActiveDevices, label: qsTr("Tỉ lệ dùng Sổ tay") },
                            { column: OrgStatsModel.ByMeetings, label: qsTr("Chi bộ đã sinh hoạt") },
                            { column: OrgStatsModel.ByAttendance, label: qsTr("Tỉ lệ dự sinh hoạt") },
                            { column: OrgStatsModel.ByReadRate, label: qsTr("Tỉ lệ đọc văn bản") },
                            { column: OrgStatsModel.ByStudyCompletion, label: qsTr("Tỉ lệ hoàn thành học tập") },
                            { column: OrgStatsModel.ByProfileRequests, label: qsTr("Hồ sơ chờ duyệt") },
                            { column: OrgStatsModel.ByTransfers, label: qsTr("Chuyển sinh hoạt chờ duyệt") }
                        ]
                        Accessible.name: qsTr("Sắp xếp theo")
                        onPicked: value => root.sortBy(value)
                    }
                    WrappingButton {
                        objectName: "reverseSortButton"
                        Layout.fillWidth: true
                        visible: !oversight.isCell
                        text: oversight.rows.sortAscending ? qsTr("Thứ tự: tăng dần (bấm để đảo)")
                                                           : qsTr("Thứ tự: giảm dần (bấm để đảo)")
                        onClicked: root.sortBy(oversight.rows.sortColumn)
                    }
                    Repeater {
                        objectName: "unitRepeater"
                        model: oversight.rows

                        UnitStatsCard {
                            Layout.fillWidth: true
                            onOpen: orgId => root.showLevel(orgId)
                        }
                    }

                    SectionHeading {
                        Layout.fillWidth: true
                        visible: oversight.isCell
                        text: qsTr("Đảng viên của chi bộ (%1)").arg(oversight.cellMembers.length)
                    }
                    HintText {
                        Layout.fillWidth: true
                        visible: oversight.isCell
                        text: qsTr("Cấp ủy xem được tài khoản và thiết bị của đảng viên; việc đọc văn bản và dự sinh hoạt của từng người chỉ chi bộ nắm.")
                    }
                    Repeater {
                        objectName: "memberRepeater"
                        model: oversight.cellMembers

                        Card {
                            id: memberCard
                            required property var modelData
                            objectName: "cellMember"
                            Layout.fillWidth: true
                            padding: Theme.spacing

                            ColumnLayout {
                                anchors.fill: parent
                                spacing: Theme.spacingSmall / 2

                                PlainLabel {
                                    Layout.fillWidth: true
                                    text: memberCard.modelData.position.length > 0
                                          ? qsTr("%1 (%2)").arg(memberCard.modelData.name).arg(memberCard.modelData.position)
                                          : memberCard.modelData.name
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                                PlainLabel {
                                    Layout.fillWidth: true
                                    visible: text.length > 0
                                    text: memberCard.modelData.accountText
                                    font.pixelSize: Theme.fontBody
                                    color: memberCard.modelData.hasAccount ? Theme.text : Theme.warningText
                                    wrapMode: Text.Wrap
                                }
                                HintText {
                                    Layout.fillWidth: true
                                    text: memberCard.modelData.devicesText
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
