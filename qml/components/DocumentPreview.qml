import QtQuick
import QtQuick.Layouts
import Handbook

// A document as members will read it, for the committee's preview of a draft: the reader's
// column (ReaderPage) with the same texts, sizes and order: title, number, issuer, date,
// summary in a card, the text, then its attachments.
ColumnLayout {
    id: root

    property string title
    property string number
    property string issuer
    // dd/MM/yyyy
    property string issuedDate
    property string summary
    property string body
    // [{name, sizeText}]
    property var attachments: []

    spacing: Theme.spacing

    PlainLabel {
        objectName: "previewTitle"
        Layout.fillWidth: true
        text: root.title
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        lineHeight: 1.2
        Accessible.role: Accessible.Heading
    }
    PlainLabel {
        Layout.fillWidth: true
        visible: root.number.length > 0
        text: qsTr("Số: %1").arg(Theme.unbroken(root.number))
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
    PlainLabel {
        Layout.fillWidth: true
        visible: root.issuer.length > 0
        text: qsTr("Cơ quan ban hành: %1").arg(root.issuer)
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
    PlainLabel {
        Layout.fillWidth: true
        visible: root.issuedDate.length > 0
        text: qsTr("Ngày ban hành: %1").arg(Theme.unbroken(root.issuedDate))
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
    Card {
        Layout.fillWidth: true
        visible: root.summary.length > 0

        PlainLabel {
            anchors.fill: parent
            text: root.summary
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
            lineHeight: 1.4
        }
    }
    PlainLabel {
        objectName: "previewBody"
        Layout.fillWidth: true
        text: root.body
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.Wrap
        lineHeight: 1.45
    }
    SectionHeading {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        visible: root.attachments.length > 0
        text: qsTr("Tệp đính kèm (%1)").arg(root.attachments.length)
        Accessible.role: Accessible.Heading
    }
    Repeater {
        model: root.attachments

        BodyText {
            required property var modelData
            Layout.fillWidth: true
            text: qsTr("%1 (%2)").arg(modelData.name).arg(modelData.sizeText)
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        }
    }
}
