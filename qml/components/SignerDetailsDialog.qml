import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Who signed a document (DESIGN.md 8.1), behind its verified mark: the signer's name, the
// organisation, the certificate's validity and the key's fingerprint (to compare by phone).
AppDialog {
    id: root

    // VerificationController.signerDetails(): found, name, organisation, validFrom,
    // validUntil, fingerprint.
    property var details: ({})

    title: qsTr("Văn bản đã được xác thực")

    // A child rather than the contentItem (a deferred property cannot hold ids); it scrolls
    // when the large text makes the details taller than the window.
    Flickable {
        anchors.fill: parent
        implicitWidth: column.implicitWidth
        implicitHeight: Math.min(column.implicitHeight, (Overlay.overlay ? Overlay.overlay.height : 600) * 0.6)
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spacingSmall

            BodyText {
                objectName: "signerExplanation"
                Layout.fillWidth: true
                text: root.details.found
                      ? qsTr("Chữ ký trên văn bản này khớp với nội dung và được tỉnh chứng nhận.")
                      : qsTr("Văn bản này không có chữ ký số.")
            }
            HintText {
                visible: root.details.found === true
                Layout.fillWidth: true
                text: qsTr("Người ký")
            }
            BodyText {
                objectName: "signerName"
                visible: root.details.found === true
                Layout.fillWidth: true
                text: root.details.name || ""
                font.bold: true
            }
            HintText {
                visible: root.details.found === true
                Layout.fillWidth: true
                text: qsTr("Cơ quan")
            }
            BodyText {
                objectName: "signerOrganisation"
                visible: root.details.found === true
                Layout.fillWidth: true
                text: root.details.organisation || ""
            }
            HintText {
                visible: root.details.found === true
                Layout.fillWidth: true
                text: qsTr("Hiệu lực chứng nhận")
            }
            BodyText {
                objectName: "signerValidity"
                visible: root.details.found === true
                Layout.fillWidth: true
                text: qsTr("Từ %1 đến %2").arg(Theme.unbroken(root.details.validFrom || ""))
                                          .arg(Theme.unbroken(root.details.validUntil || ""))
            }
            HintText {
                visible: root.details.found === true
                Layout.fillWidth: true
                text: qsTr("Dấu vân tay khóa")
            }
            BodyText {
                objectName: "signerFingerprint"
                visible: root.details.found === true
                Layout.fillWidth: true
                text: root.details.fingerprint || ""
                font.family: "monospace"
            }
        }
    }

    footer: DialogFooter {
        DialogButton {
            objectName: "closeSignerDetails"
            text: qsTr("Đóng")
            font.bold: true
            onClicked: root.close()
        }
    }
}
