pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Handbook

// One draft of the publishing workspace: its status (and the reason it was returned), what
// the author can do with it ("Sửa", "Gửi duyệt"), the approval panel while it waits for
// approval, then the document exactly as members will read it (DocumentPreview). Once
// published, "Yêu cầu học tập văn bản này" asks the units to study it (the draft's id is the
// published document's).
ColumnLayout {
    id: root

    property string draftId

    signal editRequested(string draftId)
    signal studyRequested(string documentId)

    objectName: "draftDetail"
    spacing: Theme.spacing

    DraftEditorController {
        id: draft
        session: VaultSession
        draftId: root.draftId
        readOnly: true
    }

    PlainLabel {
        objectName: "draftStatus"
        Layout.fillWidth: true
        visible: root.draftId.length > 0 && draft.found
        text: draft.pending ? qsTr("%1 · đang chờ gửi lên máy chủ").arg(draft.statusLabel)
                            : draft.statusLabel
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.accentDark
        wrapMode: Text.Wrap
    }
    BodyText {
        Layout.fillWidth: true
        visible: draft.authorName.length > 0
        text: qsTr("Người soạn: %1").arg(draft.authorName)
    }
    MessageBox {
        objectName: "returnReason"
        Layout.fillWidth: true
        visible: draft.returnReason.length > 0
        kind: MessageBox.Warning
        text: qsTr("Bị trả lại: %1").arg(draft.returnReason)
    }
    MessageBox {
        Layout.fillWidth: true
        visible: text.length > 0
        text: draft.errorMessage
    }
    WrappingButton {
        objectName: "editDraftButton"
        Layout.fillWidth: true
        visible: root.draftId.length > 0 && draft.canEdit
        text: qsTr("Sửa văn bản")
        onClicked: root.editRequested(root.draftId)
    }
    WrappingButton {
        objectName: "submitDraftButton"
        Layout.fillWidth: true
        visible: root.draftId.length > 0 && draft.canEdit
        highlighted: true
        font.bold: true
        text: qsTr("Gửi duyệt")
        onClicked: draft.submit()
    }
    WrappingButton {
        objectName: "askToStudyButton"
        Layout.fillWidth: true
        visible: root.draftId.length > 0 && draft.published && !draft.pending
        highlighted: true
        font.bold: true
        text: qsTr("Yêu cầu học tập văn bản này")
        onClicked: root.studyRequested(root.draftId)
    }
    ApprovalPanel {
        Layout.fillWidth: true
        visible: draft.submitted
        draftId: draft.submitted ? root.draftId : ""
    }
    SectionHeading {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        visible: root.draftId.length > 0 && draft.found
        text: qsTr("Xem trước: đảng viên sẽ đọc như sau")
    }
    Rectangle {
        Layout.fillWidth: true
        visible: root.draftId.length > 0 && draft.found
        implicitHeight: preview.implicitHeight + 2 * Theme.spacing
        color: Theme.background
        border.color: Theme.border
        radius: Theme.spacingSmall

        DocumentPreview {
            id: preview
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            title: draft.title
            number: draft.number
            issuer: draft.issuer
            issuedDate: draft.issuedDateText
            summary: draft.summary
            body: draft.body
            attachments: draft.attachmentList
        }
    }
}
