pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// "Ban hành văn bản", the committee's publishing workspace: the drafts of the organization
// grouped by status (Đang soạn, Chờ duyệt, Bị trả lại with the reason, Đã ban hành) with
// their counts, newest first; "Soạn văn bản mới" and "Khóa ký của tôi". On a window as wide
// as a laptop's the list and the selected draft (its detail and the preview members will
// see) are side by side; on a phone a tap on a draft opens it on a page of its own.
Page {
    id: root

    // Side by side from a laptop's width; a phone (or a narrow window) shows the list alone.
    readonly property bool wide: width >= 900

    function openDraft(draftId: string) {
        workspace.selectedId = draftId
        if (!root.wide)
            root.StackView.view.push(detailPage, { draftId: draftId })
    }
    function newDraft() {
        root.StackView.view.push(editorPage, { draftId: "" })
    }
    function editDraft(draftId: string) {
        root.StackView.view.push(editorPage, { draftId: draftId })
    }
    // "Publish and ask to study": the study of a published document (its id is the draft's).
    function askToStudy(documentId: string) {
        root.StackView.view.push(Qt.resolvedUrl("StudyAssignPage.qml"), { documentId: documentId })
    }
    function openSignerKey() {
        root.StackView.view.push(signerKeyPage)
    }

    objectName: "publishingPage"
    header: PageHeader {
        title: qsTr("Ban hành văn bản")
        canGoBack: root.StackView.view !== null && root.StackView.index > 0
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: workspace.reload()

    PublishingController {
        id: workspace
        session: VaultSession
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // The list (a column that scrolls: the drafts of one organization are a few dozen).
        PageBody {
            id: listPane
            objectName: "listPane"
            Layout.fillHeight: true
            Layout.fillWidth: !root.wide
            Layout.preferredWidth: root.wide ? Math.max(380, root.width * 0.4) : root.width

            BodyText {
                objectName: "orgName"
                Layout.fillWidth: true
                visible: workspace.orgName.length > 0
                text: workspace.orgName
                font.bold: true
            }
            HintText {
                objectName: "countsLabel"
                Layout.fillWidth: true
                text: qsTr("Đang soạn %1 · Chờ duyệt %2 · Bị trả lại %3 · Đã ban hành %4")
                      .arg(workspace.draftCount).arg(workspace.submittedCount)
                      .arg(workspace.returnedCount).arg(workspace.publishedCount)
            }
            WrappingButton {
                objectName: "newDraftButton"
                Layout.fillWidth: true
                highlighted: true
                font.bold: true
                text: qsTr("+ Soạn văn bản mới")
                onClicked: root.newDraft()
            }
            WrappingButton {
                objectName: "signerKeyButton"
                Layout.fillWidth: true
                text: qsTr("Khóa ký của tôi")
                onClicked: root.openSignerKey()
            }
            MessageBox {
                Layout.fillWidth: true
                visible: text.length > 0
                text: workspace.errorMessage
            }
            BodyText {
                objectName: "emptyLabel"
                Layout.fillWidth: true
                visible: draftRepeater.count === 0
                text: qsTr("Chưa có văn bản nào của cơ quan trên máy này.")
            }

            Repeater {
                id: draftRepeater
                objectName: "draftRepeater"
                model: workspace.drafts

                ColumnLayout {
                    id: row

                    required property string draftId
                    required property string title
                    required property string kindLabel
                    required property string number
                    required property string section
                    required property bool firstInSection
                    required property string returnReason
                    required property string updatedText
                    required property bool pending

                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    SectionHeading {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        visible: row.firstInSection
                        text: row.section
                    }
                    ItemDelegate {
                        id: rowButton
                        objectName: "draftRow"
                        Layout.fillWidth: true
                        highlighted: root.wide && workspace.selectedId === row.draftId
                        padding: Theme.spacingSmall
                        onClicked: root.openDraft(row.draftId)
                        Accessible.name: row.title

                        background: Rectangle {
                            color: rowButton.highlighted ? Theme.surface : Theme.background
                            border.color: rowButton.highlighted ? Theme.accent : Theme.border
                            radius: Theme.spacingSmall
                        }
                        contentItem: ColumnLayout {
                            spacing: Theme.spacingSmall / 2

                            PlainLabel {
                                objectName: "draftTitle"
                                Layout.fillWidth: true
                                text: row.title
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            HintText {
                                Layout.fillWidth: true
                                text: row.number.length > 0 ? qsTr("%1 · số %2").arg(row.kindLabel).arg(row.number)
                                                            : row.kindLabel
                            }
                            PlainLabel {
                                objectName: "draftReturnReason"
                                Layout.fillWidth: true
                                visible: row.returnReason.length > 0
                                text: qsTr("Lý do trả lại: %1").arg(row.returnReason)
                                font.pixelSize: Theme.fontBody
                                color: Theme.error
                                wrapMode: Text.Wrap
                            }
                            HintText {
                                Layout.fillWidth: true
                                text: row.pending ? qsTr("%1 · đang chờ gửi lên máy chủ").arg(row.updatedText)
                                                  : row.updatedText
                            }
                        }
                    }
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            visible: root.wide
            implicitWidth: 1
            color: Theme.border
        }

        PageBody {
            objectName: "detailPane"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.wide

            BodyText {
                Layout.fillWidth: true
                visible: workspace.selectedId.length === 0
                text: qsTr("Chọn một văn bản ở danh sách bên trái để xem.")
            }
            DraftDetail {
                Layout.fillWidth: true
                draftId: root.wide ? workspace.selectedId : ""
                onEditRequested: id => root.editDraft(id)
                onStudyRequested: id => root.askToStudy(id)
            }
        }
    }

    Component {
        id: detailPage

        Page {
            id: page

            property string draftId

            objectName: "draftDetailPage"
            header: PageHeader {
                title: qsTr("Văn bản")
                canGoBack: true
                onBack: page.StackView.view.pop()
            }

            PageBody {
                anchors.fill: parent

                DraftDetail {
                    Layout.fillWidth: true
                    draftId: page.draftId
                    onEditRequested: id => root.editDraft(id)
                    onStudyRequested: id => root.askToStudy(id)
                }
            }
        }
    }
    Component {
        id: editorPage
        DraftEditorPage {}
    }
    Component {
        id: signerKeyPage
        SignerKeyPage {}
    }
}
