pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The secretary's annual review of the cell (CellReviewsController, DESIGN 8.6): the cell's
// summary (submitted x/y, who has not submitted, the proposals per rating), then every member:
// their self-rating, the cell's proposal chosen after the meeting with four large buttons
// (changeable until the committee decides; waiting for the server marked), the committee's
// decision once made. A tap on "Đọc bản kiểm điểm" opens the text in full, with the proposal
// and its comment below it. The server's refusals stay until read.
Page {
    id: root

    // The cycle ("" for the current one).
    property string cycleId

    function openReview(selfReviewId: string) {
        root.StackView.view.push(readerPage, { selfReviewId: selfReviewId })
    }

    objectName: "cellReviewsPage"
    header: PageHeader {
        title: qsTr("Kiểm điểm, xếp loại")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: cell.reload()

    CellReviewsController {
        id: cell
        session: VaultSession
        cycleId: root.cycleId
    }

    PageBody {
        anchors.fill: parent

        BodyText {
            objectName: "noCycleLabel"
            Layout.fillWidth: true
            visible: !cell.found
            text: qsTr("Chưa có đợt kiểm điểm nào trên máy này. Đợt kiểm điểm sẽ có sau khi cấp ủy mở đợt và máy đồng bộ.")
        }
        PlainLabel {
            objectName: "cycleTitle"
            Layout.fillWidth: true
            visible: cell.found
            text: cell.title
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        HintText {
            Layout.fillWidth: true
            visible: cell.found
            text: cell.dueText
        }

        Card {
            objectName: "cellSummary"
            Layout.fillWidth: true
            visible: cell.found

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                PlainLabel {
                    objectName: "submittedText"
                    Layout.fillWidth: true
                    text: cell.submittedText
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: Math.max(1, cell.memberCount)
                    value: cell.submittedCount
                    Accessible.name: qsTr("Tiến độ nộp bản kiểm điểm")
                }
                BodyText {
                    objectName: "missingText"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: cell.missingText
                }
                BodyText {
                    objectName: "proposedText"
                    Layout.fillWidth: true
                    font.bold: true
                    text: qsTr("Chi bộ đã đề xuất %1/%2").arg(cell.proposedCount).arg(cell.submittedCount)
                }
                Repeater {
                    model: cell.proposedCountTexts
                    delegate: BodyText {
                        required property string modelData
                        Layout.fillWidth: true
                        text: modelData
                    }
                }
            }
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: cell.errorMessage
        }
        Repeater {
            model: cell.rejections
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
                    onClicked: cell.dismissRejection(refusal.entry.mutationId)
                }
            }
        }

        HintText {
            Layout.fillWidth: true
            visible: cell.canPropose && cell.submittedCount > 0
            text: qsTr("Sau cuộc họp chi bộ, chọn mức xếp loại chi bộ đề xuất cho từng đồng chí. Có thể sửa đề xuất cho đến khi cấp ủy quyết định.")
        }

        Repeater {
            model: cell.rows

            Card {
                id: row

                required property string selfReviewId
                required property string memberName
                required property bool hasReview
                required property bool isDecided
                required property int proposedIndex
                required property string selfRatingText
                required property string proposedRatingText
                required property string decidedRatingText
                required property string proposalComment
                required property string detail
                required property bool late
                required property bool pending

                objectName: "reviewRow"
                Layout.fillWidth: true

                ColumnLayout {
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
                    PlainLabel {
                        objectName: "rowDetail"
                        Layout.fillWidth: true
                        text: row.detail
                        font.pixelSize: Theme.fontSmall
                        font.bold: row.late || row.pending
                        color: row.late ? Theme.error : row.pending ? Theme.accentDark : Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                    BodyText {
                        Layout.fillWidth: true
                        visible: row.hasReview
                        text: qsTr("Tự xếp loại: %1").arg(row.selfRatingText)
                    }
                    BodyText {
                        objectName: "proposalText"
                        Layout.fillWidth: true
                        visible: row.hasReview
                        font.bold: row.proposedRatingText.length > 0
                        text: row.proposedRatingText.length > 0
                              ? qsTr("Chi bộ đề xuất: %1").arg(row.proposedRatingText)
                              : qsTr("Chi bộ chưa đề xuất")
                    }
                    HintText {
                        Layout.fillWidth: true
                        visible: row.proposalComment.length > 0
                        text: qsTr("Nhận xét: %1").arg(row.proposalComment)
                    }
                    BodyText {
                        objectName: "decisionText"
                        Layout.fillWidth: true
                        visible: row.isDecided
                        font.bold: true
                        color: Theme.success
                        text: qsTr("Cấp ủy quyết định: %1").arg(row.decidedRatingText)
                    }
                    ReviewRatingButtons {
                        objectName: "proposalButtons"
                        Layout.fillWidth: true
                        visible: row.hasReview && !row.isDecided && cell.canPropose
                        labels: cell.ratingLabels
                        currentIndex: row.proposedIndex
                        onChosen: index => cell.proposeRating(row.selfReviewId, cell.ratingValues[index])
                    }
                    WrappingButton {
                        objectName: "readButton"
                        Layout.fillWidth: true
                        visible: row.hasReview
                        text: qsTr("Đọc bản kiểm điểm")
                        onClicked: root.openReview(row.selfReviewId)
                    }
                }
            }
        }
    }

    // One self-review in full, the proposal and its comment under it.
    Component {
        id: readerPage

        Page {
            id: reader

            required property string selfReviewId
            property var info: ({})
            readonly property var review: reader.info

            function refresh() {
                reader.info = cell.review(reader.selfReviewId)
                comment.text = reader.review.proposalComment || ""
            }

            objectName: "selfReviewReader"
            header: PageHeader {
                title: reader.review.memberName || qsTr("Bản kiểm điểm")
                canGoBack: true
                onBack: reader.StackView.view.pop()
            }
            Component.onCompleted: reader.refresh()

            Connections {
                target: cell
                function onReviewsChanged() {
                    reader.info = cell.review(reader.selfReviewId)
                }
            }

            PageBody {
                anchors.fill: parent

                BodyText {
                    Layout.fillWidth: true
                    visible: !reader.review.found
                    text: qsTr("Không tìm thấy bản kiểm điểm này trên máy.")
                }
                HintText {
                    Layout.fillWidth: true
                    visible: reader.review.found === true
                    text: reader.review.detail || ""
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: reader.review.found === true
                    font.bold: true
                    text: qsTr("Tự xếp loại: %1").arg(reader.review.selfRatingText || "")
                }
                BodyText {
                    objectName: "reviewText"
                    Layout.fillWidth: true
                    visible: reader.review.found === true
                    text: reader.review.text || ""
                    lineHeight: 1.3
                }
                SectionHeading {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingLarge
                    visible: reader.review.found === true
                    text: qsTr("Đề xuất của chi bộ")
                    Accessible.role: Accessible.Heading
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: reader.review.isDecided === true
                    font.bold: true
                    color: Theme.success
                    text: qsTr("Cấp ủy đã quyết định: %1. Không sửa được đề xuất nữa.").arg(reader.review.decidedRatingText || "")
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: reader.review.found === true && (reader.review.isDecided === true || !cell.canPropose)
                    text: (reader.review.proposedRatingText || "").length > 0
                          ? qsTr("Chi bộ đề xuất: %1").arg(reader.review.proposedRatingText)
                          : qsTr("Chi bộ chưa đề xuất")
                }
                TextAreaField {
                    id: comment
                    objectName: "proposalComment"
                    Layout.fillWidth: true
                    visible: reader.review.found === true && reader.review.isDecided !== true && cell.canPropose
                    label: qsTr("Nhận xét của chi bộ (không bắt buộc)")
                }
                HintText {
                    Layout.fillWidth: true
                    visible: comment.visible
                    text: qsTr("Chọn mức xếp loại chi bộ đề xuất; nhận xét được gửi kèm.")
                }
                ReviewRatingButtons {
                    objectName: "readerProposalButtons"
                    Layout.fillWidth: true
                    visible: comment.visible
                    labels: cell.ratingLabels
                    currentIndex: reader.review.proposedIndex === undefined ? -1 : reader.review.proposedIndex
                    onChosen: index => cell.propose(reader.selfReviewId, cell.ratingValues[index], comment.text)
                }
                PlainLabel {
                    Layout.fillWidth: true
                    visible: reader.review.pending === true
                    text: qsTr("Đang chờ gửi lên máy chủ")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.accentDark
                    wrapMode: Text.Wrap
                }
                MessageBox {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: cell.errorMessage
                }
            }
        }
    }
}
