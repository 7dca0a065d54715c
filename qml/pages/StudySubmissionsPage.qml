pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The secretary's view of one study (StudyReviewController): the cell's progress at the top,
// then the members grouped Chưa nộp / Đã nộp chờ duyệt / Bị trả lại / Đã duyệt with their
// counts, a late submission marked. A tap opens the reflection (SubmissionReviewPage); on a
// window as wide as a laptop's the list and the selected reflection are side by side.
Page {
    id: root

    property string studyId
    // Side by side from a laptop's width; a phone shows the list alone.
    readonly property bool wide: width >= 900
    property string selectedId

    function openSubmission(submissionId: string) {
        if (submissionId.length === 0)
            return
        root.selectedId = submissionId
        if (!root.wide)
            root.StackView.view.push(reviewPage, { submissionId: submissionId })
    }

    objectName: "studySubmissionsPage"
    header: PageHeader {
        title: qsTr("Bài thu hoạch của chi bộ")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: study.reload()

    StudyReviewController {
        id: study
        session: VaultSession
        studyId: root.studyId
        onStudyChanged: {
            if (root.wide && root.selectedId.length === 0)
                root.selectedId = study.submissions.firstSubmissionId()
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        PageBody {
            objectName: "submissionListPane"
            Layout.fillHeight: true
            Layout.fillWidth: !root.wide
            Layout.preferredWidth: root.wide ? Math.max(380, root.width * 0.4) : root.width

            BodyText {
                Layout.fillWidth: true
                visible: !study.found
                text: qsTr("Không tìm thấy đợt học tập này trên máy.")
            }
            PlainLabel {
                objectName: "studyTitle"
                Layout.fillWidth: true
                visible: study.found
                text: study.title
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            PlainLabel {
                Layout.fillWidth: true
                visible: study.found
                text: study.closed ? qsTr("%1 · đã kết thúc").arg(study.dueText) : study.dueText
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Card {
                objectName: "cellProgress"
                Layout.fillWidth: true
                visible: study.found

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingSmall

                    PlainLabel {
                        Layout.fillWidth: true
                        text: qsTr("Đã nộp %1/%2").arg(study.handedIn).arg(study.members)
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    ProgressBar {
                        Layout.fillWidth: true
                        from: 0
                        to: Math.max(1, study.members)
                        value: study.handedIn
                        Accessible.name: qsTr("Tiến độ nộp bài thu hoạch")
                    }
                    PlainLabel {
                        objectName: "progressText"
                        Layout.fillWidth: true
                        text: study.progressText
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        visible: study.averageText.length > 0
                        text: study.averageText
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
            MessageBox {
                Layout.fillWidth: true
                visible: text.length > 0
                text: study.errorMessage
            }

            Repeater {
                model: study.submissions

                ColumnLayout {
                    id: row

                    required property string memberName
                    required property string submissionId
                    required property int state
                    required property string section
                    required property bool firstInSection
                    required property bool late
                    required property string detail

                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    SectionHeading {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        visible: row.firstInSection
                        text: row.section
                        Accessible.role: Accessible.Heading
                    }
                    ItemDelegate {
                        id: rowButton
                        objectName: "memberRow"
                        Layout.fillWidth: true
                        enabled: row.submissionId.length > 0
                        highlighted: root.wide && root.selectedId === row.submissionId
                        padding: Theme.spacingSmall
                        onClicked: root.openSubmission(row.submissionId)
                        Accessible.name: row.memberName

                        background: Rectangle {
                            color: rowButton.highlighted ? Theme.surface : Theme.background
                            border.color: rowButton.highlighted ? Theme.accent : Theme.border
                            radius: Theme.spacingSmall
                        }
                        contentItem: ColumnLayout {
                            spacing: Theme.spacingSmall / 2

                            PlainLabel {
                                Layout.fillWidth: true
                                text: row.memberName
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            PlainLabel {
                                Layout.fillWidth: true
                                text: row.detail
                                font.pixelSize: Theme.fontSmall
                                font.bold: row.late
                                color: row.late ? Theme.error : Theme.textSecondary
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }

            WrappingButton {
                objectName: "closeStudyButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                visible: study.canClose
                text: qsTr("Kết thúc đợt học tập")
                onClicked: closeDialog.open()
            }
        }

        Rectangle {
            Layout.fillHeight: true
            visible: root.wide
            implicitWidth: 1
            color: Theme.border
        }

        SubmissionReviewPage {
            objectName: "submissionPane"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.wide
            embedded: true
            submissionId: root.wide ? root.selectedId : ""
        }
    }

    ConfirmDialog {
        id: closeDialog
        title: qsTr("Kết thúc đợt học tập?")
        text: qsTr("Sau khi kết thúc, đảng viên không nộp bài thu hoạch được nữa; những bài đã nộp vẫn duyệt được.")
        confirmText: qsTr("Kết thúc đợt học tập")
        onConfirmed: study.closeStudy()
    }

    Component {
        id: reviewPage
        SubmissionReviewPage {}
    }
}
