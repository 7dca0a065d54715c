pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The secretary's follow-up of a meeting: who will attend, who is absent and why, who has
// not answered; for each document to read before it, who has read it and who has not. As of
// the last sync.
Page {
    id: root

    property string meetingId
    // Showing who read the documents (else who will attend).
    property bool showReading: false
    // The member list's chip: 0 all, 1 attending, 2 absent, 3 no answer.
    property int answerFilter: 0

    objectName: "followUpPage"
    header: PageHeader {
        title: qsTr("Theo dõi chuẩn bị")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: followUp.reload()

    FollowUpController {
        id: followUp
        session: VaultSession
        meetingId: root.meetingId
    }

    PageBody {
        anchors.fill: parent

        SectionHeading {
            Layout.fillWidth: true
            text: followUp.found ? followUp.title : qsTr("Không tìm thấy buổi sinh hoạt này trên máy.")
            Accessible.role: Accessible.Heading
        }
        BodyText {
            Layout.fillWidth: true
            visible: followUp.found
            text: Theme.unbroken(followUp.timeText)
        }
        HintText {
            Layout.fillWidth: true
            visible: followUp.found
            text: qsTr("Theo dữ liệu của lần đồng bộ gần nhất.")
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: followUp.errorMessage
        }

        ChoiceButtons {
            objectName: "sectionChoice"
            Layout.fillWidth: true
            visible: followUp.found
            labels: [qsTr("Tham dự"), qsTr("Đọc tài liệu (%1)").arg(followUp.readings.count)]
            currentIndex: root.showReading ? 1 : 0
            onChosen: index => root.showReading = index === 1
        }

        Card {
            objectName: "answerFigures"
            Layout.fillWidth: true
            visible: followUp.found && !root.showReading

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall / 2

                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Sẽ tham dự: %1").arg(followUp.answers.attendingCount)
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.success
                    wrapMode: Text.Wrap
                }
                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Báo vắng: %1").arg(followUp.answers.absentCount)
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.warningText
                    wrapMode: Text.Wrap
                }
                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Chưa trả lời: %1").arg(followUp.answers.noAnswerCount)
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.accentDark
                    wrapMode: Text.Wrap
                }
            }
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: followUp.found && !root.showReading
            text: qsTr("Đảng viên trong chi bộ (%1)").arg(followUp.answers.count)
            Accessible.role: Accessible.Heading
        }
        // Filter chips over the members: all, attending, absent, no answer.
        ChoiceButtons {
            objectName: "answerFilter"
            Layout.fillWidth: true
            visible: followUp.found && !root.showReading
            labels: [qsTr("Tất cả (%1)").arg(followUp.answers.count),
                     qsTr("Sẽ dự (%1)").arg(followUp.answers.attendingCount),
                     qsTr("Vắng (%1)").arg(followUp.answers.absentCount),
                     qsTr("Chưa trả lời (%1)").arg(followUp.answers.noAnswerCount)]
            currentIndex: root.answerFilter
            onChosen: index => root.answerFilter = index
        }
        Repeater {
            model: root.showReading ? null : followUp.answers
            delegate: Rectangle {
                id: answerRow

                required property var model

                objectName: "answerRow"
                Layout.fillWidth: true
                visible: root.answerFilter === 0
                         || (root.answerFilter === 1 && answerRow.model.answer === Wire.Attending)
                         || (root.answerFilter === 2 && answerRow.model.answer === Wire.Absent)
                         || (root.answerFilter === 3 && answerRow.model.answer === Wire.NoAnswer)
                implicitHeight: answerColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.cornerRadius
                color: Theme.surface
                border.width: 1
                border.color: Theme.border

                ColumnLayout {
                    id: answerColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: 2

                    BodyText {
                        Layout.fillWidth: true
                        text: answerRow.model.name
                        font.bold: true
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        text: answerRow.model.reason.length > 0
                              ? qsTr("%1 · Lý do: %2").arg(answerRow.model.answerLabel).arg(answerRow.model.reason)
                              : answerRow.model.answerLabel
                        font.pixelSize: Theme.fontSmall
                        font.bold: answerRow.model.answer === Wire.NoAnswer
                        color: answerRow.model.answer === Wire.Attending ? Theme.success
                             : answerRow.model.answer === Wire.Absent ? Theme.warningText : Theme.accentDark
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        PlainLabel {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: followUp.found && root.showReading
            text: followUp.readings.count > 0 ? qsTr("Tài liệu cần đọc trước")
                                              : qsTr("Buổi sinh hoạt không có tài liệu cần đọc trước.")
            font.pixelSize: followUp.readings.count > 0 ? Theme.fontLarge : Theme.fontBody
            font.bold: followUp.readings.count > 0
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Repeater {
            model: root.showReading ? followUp.readings : null
            delegate: Card {
                id: readingCard

                required property var model
                property bool showReaders: false

                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingSmall / 2

                    BodyText {
                        Layout.fillWidth: true
                        text: readingCard.model.title
                        font.bold: true
                    }
                    BodyText {
                        Layout.fillWidth: true
                        text: qsTr("Đã đọc %1/%2").arg(readingCard.model.readCount).arg(readingCard.model.memberCount)
                    }
                    // The names one a row, not read first, with chips.
                    ChoiceButtons {
                        objectName: "readingFilter"
                        Layout.fillWidth: true
                        labels: [qsTr("Chưa đọc (%1)").arg(readingCard.model.memberCount - readingCard.model.readCount),
                                 qsTr("Đã đọc (%1)").arg(readingCard.model.readCount)]
                        currentIndex: readingCard.showReaders ? 1 : 0
                        onChosen: index => readingCard.showReaders = index === 1
                    }
                    Repeater {
                        model: readingCard.showReaders ? readingCard.model.readers : readingCard.model.nonReaders
                        delegate: PlainLabel {
                            required property string modelData

                            objectName: "readingName"
                            Layout.fillWidth: true
                            text: modelData
                            font.pixelSize: Theme.fontBody
                            color: readingCard.showReaders ? Theme.success : Theme.accentDark
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }
}
