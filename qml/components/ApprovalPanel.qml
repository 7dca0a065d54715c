pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The approver's actions on one draft (the committee workspace's detail pane): for a draft
// waiting for approval, "Trả lại" with a required reason, and "Ký và ban hành", which asks for
// the PIN again before this device's certified key signs the document exactly as it will be
// published. Says why signing is not possible and leads to "Khóa ký của tôi"; tells the
// author that another committee member approves; shows a change as waiting until the server
// confirms it.
ColumnLayout {
    id: root

    // The document_draft row shown.
    property string draftId

    // Opens "Khóa ký của tôi" on the StackView this panel lives in.
    function openSignerKeyPage() {
        let item = root.parent
        while (item && !(item instanceof StackView))
            item = item.parent
        if (item)
            (item as StackView).push(signerKeyPage)
    }

    objectName: "approvalPanel"
    spacing: Theme.spacing

    ApprovalController {
        id: approval
        session: VaultSession
        draftId: root.draftId
        onDraftIdChanged: {
            returnDialog.close()
            pinDialog.close()
        }
    }

    MessageBox {
        objectName: "approvalPending"
        Layout.fillWidth: true
        visible: approval.pending
        kind: MessageBox.Warning
        text: approval.published ? qsTr("Đã ký. Văn bản đang chờ gửi lên máy chủ để ban hành; khi máy chủ xác nhận, đảng viên sẽ nhận được.")
                                 : qsTr("Đã trả lại dự thảo. Thao tác đang chờ gửi lên máy chủ.")
    }
    MessageBox {
        objectName: "approvalDone"
        Layout.fillWidth: true
        visible: !approval.pending && (approval.published || approval.returned)
        kind: MessageBox.Success
        text: approval.published ? qsTr("Văn bản đã được ban hành.")
                                 : qsTr("Dự thảo đã được trả lại. Lý do: %1").arg(approval.returnReason)
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: approval.submitted && !approval.pending
        spacing: Theme.spacing

        BodyText {
            objectName: "ownDraftNotice"
            Layout.fillWidth: true
            visible: approval.ownDraft
            text: qsTr("Đồng chí là người soạn dự thảo này: theo quy định, một đồng chí khác trong cấp ủy sẽ duyệt và ký. Chỉ khi cấp ủy được phép một người duyệt, đồng chí mới tự ký ban hành được; nếu không, máy chủ sẽ từ chối và thông báo trong mục thay đổi chưa được chấp nhận.")
        }
        MessageBox {
            objectName: "signBlocked"
            Layout.fillWidth: true
            visible: !approval.canSign
            kind: MessageBox.Warning
            text: approval.signBlockedReason
        }
        WrappingButton {
            objectName: "openSignerKeyButton"
            Layout.fillWidth: true
            visible: !approval.canSign
            text: qsTr("Mở “Khóa ký của tôi”")
            onClicked: root.openSignerKeyPage()
        }
        WrappingButton {
            objectName: "signButton"
            Layout.fillWidth: true
            enabled: approval.canSign
            highlighted: true
            font.bold: true
            text: qsTr("Ký và ban hành")
            onClicked: pinDialog.open()
        }
        WrappingButton {
            objectName: "returnButton"
            Layout.fillWidth: true
            text: qsTr("Trả lại")
            onClicked: returnDialog.open()
        }
    }

    MessageBox {
        Layout.fillWidth: true
        visible: text.length > 0 && !returnDialog.opened && !pinDialog.opened
        text: approval.errorMessage
    }

    // "Trả lại": the reason is required; the author reads it.
    AppDialog {
        id: returnDialog
        objectName: "returnDialog"

        title: qsTr("Trả lại dự thảo")
        closePolicy: Popup.CloseOnEscape
        onAboutToShow: reasonField.text = ""

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingSmall

            TextAreaField {
                id: reasonField
                objectName: "returnReasonField"
                Layout.fillWidth: true
                label: qsTr("Lý do trả lại (người soạn sẽ đọc để sửa)")
            }
            PlainLabel {
                Layout.fillWidth: true
                visible: text.length > 0
                text: approval.errorMessage
                color: Theme.error
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
        }

        footer: DialogFooter {
            DialogButton {
                text: qsTr("Hủy")
                onClicked: returnDialog.close()
            }
            DialogButton {
                objectName: "confirmReturnButton"
                text: qsTr("Trả lại")
                enabled: reasonField.text.trim().length > 0
                font.bold: true
                onClicked: {
                    if (approval.returnDraft(reasonField.text))
                        returnDialog.close()
                }
            }
        }
    }

    // "Ký và ban hành": the PIN again, then the key signs and the publication is queued.
    AppDialog {
        id: pinDialog
        objectName: "signDialog"

        title: qsTr("Ký và ban hành")
        closePolicy: Popup.CloseOnEscape
        onAboutToShow: {
            pinField.text = ""
            pinField.forceActiveFocus()
        }
        onClosed: pinField.text = ""

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingSmall

            BodyText {
                Layout.fillWidth: true
                text: qsTr("Văn bản “%1” sẽ được ký bằng khóa ký của đồng chí và gửi tới đảng viên. Xin nhập mã PIN để xác nhận.").arg(approval.title)
            }
            LabeledField {
                id: pinField
                objectName: "signPinField"
                Layout.fillWidth: true
                label: qsTr("Mã PIN")
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                field.maximumLength: VaultSession.maxPinLength
            }
            PlainLabel {
                objectName: "signError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: approval.errorMessage
                color: Theme.error
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
        }

        footer: DialogFooter {
            DialogButton {
                text: qsTr("Hủy")
                onClicked: pinDialog.close()
            }
            DialogButton {
                objectName: "confirmSignButton"
                text: qsTr("Ký và ban hành")
                enabled: pinField.text.length >= VaultSession.minPinLength
                font.bold: true
                onClicked: {
                    const pin = pinField.text
                    pinField.text = ""
                    if (approval.signAndPublish(pin))
                        pinDialog.close()
                }
            }
        }
    }

    Component {
        id: signerKeyPage
        SignerKeyPage {}
    }
}
