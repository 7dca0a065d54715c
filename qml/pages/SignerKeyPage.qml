pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// "Khóa ký của tôi": this device's signing key for a committee user. The key's fingerprint in
// large groups of four characters, to read out over the phone to the operator who certifies
// it; where the key stands (not sent, waiting for the certificate, certified until a date,
// revoked, expired); making the key when there is none (its secret never leaves the device).
Page {
    id: root

    objectName: "signerKeyPage"
    header: PageHeader {
        title: qsTr("Khóa ký của tôi")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: keys.reload()

    SignerKeyController {
        id: keys
        session: VaultSession
    }

    PageBody {
        anchors.fill: parent

        BodyText {
            Layout.fillWidth: true
            visible: !keys.isCommittee
            text: qsTr("Chỉ cán bộ cấp ủy mới cần khóa ký để ký ban hành văn bản.")
        }

        PlainLabel {
            objectName: "signerStatus"
            Layout.fillWidth: true
            visible: keys.isCommittee
            text: qsTr("Trạng thái: %1").arg(keys.statusText)
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: keys.status === SignerKeyController.Certified ? Theme.success
                 : keys.status === SignerKeyController.Revoked
                   || keys.status === SignerKeyController.Expired ? Theme.error : Theme.warningText
            wrapMode: Text.Wrap
        }
        BodyText {
            objectName: "signerHint"
            Layout.fillWidth: true
            visible: keys.isCommittee
            text: keys.statusHint
        }

        SectionHeading {
            Layout.fillWidth: true
            visible: keys.hasKey
            text: qsTr("Mã nhận diện khóa")
        }
        // Four characters per box, as many boxes a row as fit: read aloud group by group.
        Flow {
            objectName: "fingerprintGroups"
            Layout.fillWidth: true
            visible: keys.hasKey
            spacing: Theme.spacingSmall
            Accessible.name: keys.fingerprint

            Repeater {
                model: keys.fingerprintGroups

                Rectangle {
                    id: group

                    required property string modelData
                    required property int index

                    width: groupLabel.implicitWidth + 2 * Theme.spacingSmall
                    height: groupLabel.implicitHeight + Theme.spacingSmall
                    radius: Theme.cornerRadius / 2
                    color: Theme.surface
                    border.width: 1
                    border.color: Theme.border

                    PlainLabel {
                        id: groupLabel
                        anchors.centerIn: parent
                        text: group.modelData
                        font.family: "monospace"
                        font.pixelSize: Theme.fontPinDigit
                        font.bold: true
                        color: Theme.text
                    }
                }
            }
        }
        HintText {
            Layout.fillWidth: true
            visible: keys.hasKey
            text: qsTr("Cán bộ quản trị đọc lại dãy mã này trước khi chứng thực. Nếu có chỗ khác nhau, đừng để chứng thực.")
        }

        LabeledField {
            id: nameField
            objectName: "signerNameField"
            Layout.fillWidth: true
            visible: keys.isCommittee && (!keys.hasKey || keys.canResend)
            label: qsTr("Họ tên và chức vụ (đảng viên sẽ thấy khi xem văn bản đồng chí ký)")
            text: keys.suggestedName
        }
        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: keys.errorMessage
        }
        WrappingButton {
            objectName: "createKeyButton"
            Layout.fillWidth: true
            visible: keys.isCommittee && (!keys.hasKey || keys.canResend)
            highlighted: true
            text: keys.hasKey ? qsTr("Gửi lại khóa ký") : qsTr("Tạo khóa ký")
            onClicked: keys.createKey(nameField.text)
        }
    }
}
