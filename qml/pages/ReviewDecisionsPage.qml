pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The committee's decisions of the annual review (ReviewDecisionsController, DESIGN 8.6): the
// self-reviews of the cells it decides, grouped by cell, each member's self-rating and the
// cell's proposal side by side. "Đồng ý với đề xuất của chi bộ" decides every proposed member
// of a cell (or of all cells) after a confirmation; before that, "Chọn mức khác" gives one
// member another rating (an exception). Decisions are final.
Page {
    id: root

    // The cycle ("" for the current one); ReviewCyclePage passes its own.
    property string cycleId
    // The cell of the confirmation asked for ("" for every cell).
    property string confirmOrgId

    function askToDecide(orgId: string) {
        root.confirmOrgId = orgId
        confirmDialog.text = decisions.confirmText(orgId)
        confirmDialog.open()
    }

    objectName: "reviewDecisionsPage"
    header: PageHeader {
        title: qsTr("Quyết định xếp loại")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: decisions.reload()

    ReviewDecisionsController {
        id: decisions
        session: VaultSession
        cycleId: root.cycleId
    }

    // A label above its value, for the side-by-side ratings.
    component Rating: Column {
        id: rating
        required property string label
        required property string value
        property bool strong: false
        spacing: 2
        PlainLabel {
            width: rating.width
            text: rating.label
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        PlainLabel {
            width: rating.width
            text: rating.value
            font.pixelSize: Theme.fontBody
            font.bold: rating.strong
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }

    PageBody {
        anchors.fill: parent

        BodyText {
            objectName: "noCycleLabel"
            Layout.fillWidth: true
            visible: !decisions.found
            text: qsTr("Chưa có đợt kiểm điểm nào trên máy này.")
        }
        PlainLabel {
            objectName: "cycleTitle"
            Layout.fillWidth: true
            visible: decisions.found
            text: decisions.title
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        HintText {
            Layout.fillWidth: true
            visible: decisions.found
            text: decisions.dueText
        }
        BodyText {
            objectName: "summaryText"
            Layout.fillWidth: true
            visible: decisions.found
            text: decisions.summaryText
        }
        BodyText {
            Layout.fillWidth: true
            visible: decisions.found && decisions.rows.count === 0
            text: qsTr("Chưa có bản kiểm điểm nào của các chi bộ trực thuộc trên máy này.")
        }
        MessageBox {
            objectName: "errorBox"
            Layout.fillWidth: true
            visible: text.length > 0
            text: decisions.errorMessage
        }
        Repeater {
            model: decisions.rejections
            delegate: ColumnLayout {
                id: refusal
                required property var modelData
                readonly property var entry: modelData
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                MessageBox {
                    objectName: "rejection"
                    Layout.fillWidth: true
                    text: refusal.entry.text
                }
                WrappingButton {
                    Layout.fillWidth: true
                    text: qsTr("Đã xem")
                    onClicked: decisions.dismissRejection(refusal.entry.mutationId)
                }
            }
        }
        HintText {
            Layout.fillWidth: true
            visible: decisions.decidableCount > 0
            text: qsTr("Mức xếp loại sẽ theo đề xuất của chi bộ. Muốn xếp loại khác cho đồng chí nào, chọn \"Chọn mức khác\" ở đồng chí đó trước khi đồng ý.")
        }
        WrappingButton {
            objectName: "agreeAllButton"
            Layout.fillWidth: true
            visible: decisions.decidableCount > 0 && decisions.isOpen
            highlighted: true
            font.bold: true
            text: qsTr("Đồng ý với đề xuất của chi bộ: tất cả (%1 đảng viên)").arg(decisions.decidableCount)
            onClicked: root.askToDecide("")
        }

        Repeater {
            model: decisions.rows

            ColumnLayout {
                id: row

                required property string selfReviewId
                required property string memberName
                required property string orgId
                required property string section
                required property bool firstInSection
                required property int sectionDecidable
                required property bool isSubmitted
                required property bool isDecided
                required property bool canDecide
                required property bool isException
                required property int chosenIndex
                required property string selfRatingText
                required property string proposedRatingText
                required property string decidedRatingText
                required property string chosenRatingText
                required property string proposalComment
                required property string detail
                required property bool pending
                property bool choosing: false

                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                SectionHeading {
                    objectName: "cellHeading"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: row.firstInSection
                    text: row.section
                    Accessible.role: Accessible.Heading
                }
                WrappingButton {
                    objectName: "agreeCellButton"
                    Layout.fillWidth: true
                    visible: row.firstInSection && row.sectionDecidable > 0 && decisions.isOpen
                    text: qsTr("Đồng ý với đề xuất của chi bộ (%1 đảng viên)").arg(row.sectionDecidable)
                    onClicked: root.askToDecide(row.orgId)
                }

                Card {
                    objectName: "decisionRow"
                    Layout.fillWidth: true

                    ColumnLayout {
                        id: body
                        anchors.fill: parent
                        spacing: Theme.spacingSmall

                        PlainLabel {
                            Layout.fillWidth: true
                            text: row.memberName
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        HintText {
                            Layout.fillWidth: true
                            text: row.detail
                        }
                        // Self-rating and proposal side by side (one under the other with
                        // large text).
                        Grid {
                            id: side
                            readonly property int cols: Theme.scale > 1.4 || body.width < 300 ? 1 : 2
                            readonly property real cellWidth: (body.width - side.columnSpacing * (cols - 1)) / cols
                            Layout.fillWidth: true
                            columns: cols
                            columnSpacing: Theme.spacing
                            rowSpacing: Theme.spacingSmall

                            Rating {
                                objectName: "selfRating"
                                width: side.cellWidth
                                label: qsTr("Tự xếp loại")
                                value: row.selfRatingText
                            }
                            Rating {
                                objectName: "proposedRating"
                                width: side.cellWidth
                                label: qsTr("Chi bộ đề xuất")
                                value: row.isSubmitted ? qsTr("Chưa đề xuất") : row.proposedRatingText
                                strong: true
                            }
                        }
                        HintText {
                            Layout.fillWidth: true
                            visible: row.proposalComment.length > 0
                            text: qsTr("Nhận xét của chi bộ: %1").arg(row.proposalComment)
                        }
                        BodyText {
                            objectName: "decidedText"
                            Layout.fillWidth: true
                            visible: row.isDecided
                            font.bold: true
                            color: Theme.success
                            text: row.pending ? qsTr("Đã quyết định: %1 (đang chờ gửi lên máy chủ)").arg(row.decidedRatingText)
                                              : qsTr("Đã quyết định: %1").arg(row.decidedRatingText)
                        }
                        BodyText {
                            objectName: "exceptionText"
                            Layout.fillWidth: true
                            visible: row.canDecide && row.isException
                            font.bold: true
                            color: Theme.accentDark
                            text: qsTr("Sẽ xếp loại khác đề xuất: %1").arg(row.chosenRatingText)
                        }
                        WrappingButton {
                            objectName: "chooseOtherButton"
                            Layout.fillWidth: true
                            visible: row.canDecide && decisions.isOpen
                            text: row.choosing ? qsTr("Xong") : qsTr("Chọn mức khác")
                            onClicked: row.choosing = !row.choosing
                        }
                        ReviewRatingButtons {
                            objectName: "exceptionButtons"
                            Layout.fillWidth: true
                            visible: row.choosing && row.canDecide
                            labels: decisions.ratingLabels
                            currentIndex: row.chosenIndex
                            onChosen: index => decisions.choose(row.selfReviewId, decisions.ratingValues[index])
                        }
                    }
                }
            }
        }
    }

    ConfirmDialog {
        id: confirmDialog
        objectName: "confirmDecideDialog"
        title: qsTr("Quyết định xếp loại?")
        text: ""
        confirmText: qsTr("Quyết định")
        onConfirmed: decisions.decide(root.confirmOrgId)
    }
}
