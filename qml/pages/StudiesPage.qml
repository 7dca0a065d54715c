pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// "Học tập, quán triệt nghị quyết": the studies on this device, open ones first and the
// nearest due date first, each with where the member stands; a tap opens the study. For a
// secretary each study also leads to the cell's reflections ("Bài thu hoạch của chi bộ"),
// for a committee to the progress by organisation ("Tiến độ"); both can assign a study
// ("Giao học tập").
Page {
    id: root

    function openStudy(studyId: string) {
        root.StackView.view.push(studyPage, { studyId: studyId })
    }
    function openSubmissions(studyId: string) {
        root.StackView.view.push(Qt.resolvedUrl("StudySubmissionsPage.qml"), { studyId: studyId })
    }
    function openProgress(studyId: string) {
        root.StackView.view.push(Qt.resolvedUrl("StudyProgressPage.qml"), { studyId: studyId })
    }
    function assign() {
        root.StackView.view.push(Qt.resolvedUrl("StudyAssignPage.qml"))
    }

    objectName: "studiesPage"
    header: PageHeader {
        title: qsTr("Học tập, quán triệt nghị quyết")
        canGoBack: root.StackView.view !== null && root.StackView.index > 0
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: studies.reload()

    StudiesController {
        id: studies
        session: VaultSession
    }

    PageBody {
        anchors.fill: parent

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: studies.errorMessage
        }

        WrappingButton {
            objectName: "assignStudyButton"
            Layout.fillWidth: true
            visible: studies.isSecretary || studies.isCommittee
            highlighted: true
            font.bold: true
            text: qsTr("+ Giao học tập")
            onClicked: root.assign()
        }

        PlainLabel {
            objectName: "noStudiesLabel"
            Layout.fillWidth: true
            visible: studies.studies.count === 0
            text: qsTr("Chưa có đợt học tập nào. Khi cấp ủy hoặc chi bộ giao học tập một nghị quyết, đồng chí sẽ thấy ở đây.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        Repeater {
            model: studies.studies
            delegate: ColumnLayout {
                id: entry
                required property var model
                Layout.fillWidth: true
                spacing: Theme.spacingSmall / 2

                StudyRow {
                    Layout.fillWidth: true
                    studyId: entry.model.studyId
                    title: entry.model.title
                    dueText: entry.model.dueText
                    overdue: entry.model.overdue
                    overdueText: entry.model.overdueText
                    stateLabel: entry.model.stateLabel
                    studyState: entry.model.state
                    pending: entry.model.pending
                    mine: entry.model.mine
                    isOpen: entry.model.isOpen
                    reminder: entry.model.reminder
                    audience: entry.model.audience
                    onOpenRequested: id => root.openStudy(id)
                }
                WrappingButton {
                    objectName: "studySubmissionsButton"
                    Layout.fillWidth: true
                    visible: studies.isSecretary
                    text: qsTr("Bài thu hoạch của chi bộ")
                    onClicked: root.openSubmissions(entry.model.studyId)
                }
                WrappingButton {
                    objectName: "studyProgressButton"
                    Layout.fillWidth: true
                    visible: studies.isCommittee
                    text: qsTr("Tiến độ")
                    onClicked: root.openProgress(entry.model.studyId)
                }
            }
        }
    }

    Component {
        id: studyPage
        StudyPage {}
    }
}
