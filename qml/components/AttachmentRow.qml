import QtQuick
import QtQuick.Layouts
import Handbook

// One attachment of a document: its name and size, and what can be done with it now:
// open a PDF that is on the device, fetch a confidential one (needs the network), or a
// plain note that it has not been downloaded yet.
Card {
    id: root

    required property string sha256
    required property string name
    required property string size
    required property bool isPdf
    required property bool available
    // Where the PDF viewer reads it (PdfPageRenderer source); empty when not available.
    required property string source
    // A confidential document's attachment: fetched on demand, never stored.
    property bool restricted: false
    // While a confidential attachment is being fetched.
    property bool busy: false

    signal openRequested()
    signal fetchRequested()

    padding: Theme.spacing
    Accessible.name: root.name

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall

        PlainLabel {
            Layout.fillWidth: true
            text: root.name
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        }
        PlainLabel {
            Layout.fillWidth: true
            text: root.isPdf ? qsTr("Tệp PDF · %1").arg(root.size) : root.size
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "attachmentStatus"
            Layout.fillWidth: true
            visible: text.length > 0
            text: !root.isPdf ? qsTr("Ứng dụng chỉ mở được tệp PDF.")
                : root.busy ? qsTr("Đang tải tệp…")
                : !root.available && !root.restricted ? qsTr("Chưa tải về — sẽ tải khi có mạng")
                : ""
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.warningText
            wrapMode: Text.Wrap
        }
        ActionButton {
            objectName: "openAttachmentButton"
            Layout.fillWidth: true
            visible: root.isPdf && (root.available || root.restricted)
            enabled: !root.busy
            highlighted: true
            text: root.available ? qsTr("Xem tệp") : qsTr("Tải về để xem (cần mạng)")
            onClicked: root.available ? root.openRequested() : root.fetchRequested()
        }
    }
}
