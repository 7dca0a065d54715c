pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// One document: kind, number, title, issuer and date, summary, then the text in large type
// with comfortable line spacing; "Đánh dấu đã đọc" at the end of the text.
Page {
    id: root

    // The document to show (set when the page is opened).
    property string documentId

    objectName: "readerPage"
    header: PageHeader {
        title: reader.kindLabel.length > 0 ? reader.kindLabel : qsTr("Tài liệu")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    ReaderController {
        id: reader
        session: VaultSession
        documentId: root.documentId
    }

    PageBody {
        anchors.fill: parent

        Label {
            Layout.fillWidth: true
            visible: !reader.found
            text: qsTr("Không tìm thấy tài liệu này trên máy.")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }

        Label {
            objectName: "documentTitle"
            Layout.fillWidth: true
            visible: reader.found
            text: reader.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            visible: reader.found && reader.number.length > 0
            text: qsTr("Số: %1").arg(reader.number)
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: reader.found && reader.issuer.length > 0
            text: qsTr("Cơ quan ban hành: %1").arg(reader.issuer)
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: reader.found && reader.issuedDate.length > 0
            text: qsTr("Ngày ban hành: %1").arg(reader.issuedDate)
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "readState"
            Layout.fillWidth: true
            visible: reader.found
            text: reader.read ? qsTr("✓ Bạn đã đọc tài liệu này") : qsTr("Bạn chưa đọc tài liệu này")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: reader.read ? Theme.success : Theme.accentDark
            wrapMode: Text.Wrap
        }

        Card {
            Layout.fillWidth: true
            visible: reader.found && reader.summary.length > 0

            Label {
                anchors.fill: parent
                text: reader.summary
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
                lineHeight: 1.3
            }
        }

        Label {
            objectName: "documentBody"
            Layout.fillWidth: true
            visible: reader.found
            text: reader.body
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
            lineHeight: 1.5
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: reader.errorMessage
        }

        ActionButton {
            objectName: "markReadButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            visible: reader.found && !reader.read
            highlighted: true
            text: qsTr("Đánh dấu đã đọc")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            onClicked: reader.markRead()
        }
    }
}
