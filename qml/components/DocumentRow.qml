pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// One document in a list: kind and number, the title in large type, date, and a clear
// "Chưa đọc" / "Đã đọc" marker (words, not only a colour). The whole row is one tap target.
ItemDelegate {
    id: root

    property string documentId
    property string title
    property string kindLabel
    property string number
    property string issuedDate
    property bool read: false
    // Title and snippet may carry <b></b> highlights (search results).
    property bool styled: false
    property string snippet
    // The snippet is on its way (search results fetch it when the row is shown): its room is
    // kept so the row does not jump when it arrives.
    property bool snippetPending: false
    // Who signed it, for a signed document whose signature verified (DESIGN.md 8.1): the row
    // shows the verified mark; empty for an unsigned document (no mark).
    property string signerName

    signal openRequested(string documentId)
    // The verified mark was tapped: show who signed it.
    signal signerDetailsRequested(string documentId)

    // Outside contentItem, whose objects may not carry ids (it is a deferred property).
    FontMetrics {
        id: snippetMetrics
        font.pixelSize: Theme.fontSmall
    }

    padding: Theme.spacing
    topInset: 0
    bottomInset: 0
    Accessible.name: root.title
    onClicked: root.openRequested(root.documentId)

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: Theme.cornerRadius
        color: root.down ? Theme.keyPressed : Theme.surface
        border.width: root.read ? 1 : 2
        border.color: root.read ? Theme.border : Theme.accent
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall / 2

        PlainLabel {
            objectName: "kindLabel"
            Layout.fillWidth: true
            text: root.number.length > 0 ? root.kindLabel + " · " + Theme.unbroken(root.number) : root.kindLabel
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "titleLabel"
            Layout.fillWidth: true
            text: root.title
            textFormat: root.styled ? Text.StyledText : Text.PlainText
            font.pixelSize: Theme.fontBody
            // Search results show the matched words in bold instead.
            font.bold: !root.styled
            color: Theme.text
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "snippetLabel"
            Layout.fillWidth: true
            // Two lines: what most snippets take on a phone.
            Layout.minimumHeight: root.snippetPending ? 2 * snippetMetrics.lineSpacing : 0
            visible: root.snippet.length > 0 || root.snippetPending
            text: root.snippet
            textFormat: Text.StyledText
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            // The whole excerpt (a few dozen words): never cut at 200 %.
            wrapMode: Text.Wrap
        }
        // The date and the read state side by side, the state under the date when there is
        // no room (large text): the date is never broken inside ("27/10/2 025").
        Flow {
            Layout.fillWidth: true
            visible: root.issuedDate.length > 0 || !root.styled
            spacing: Theme.spacingSmall

            PlainLabel {
                objectName: "issuedDateLabel"
                width: Math.min(implicitWidth, parent.width)
                text: root.issuedDate.length > 0 ? qsTr("Ngày %1").arg(Theme.unbroken(root.issuedDate)) : ""
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            // In words, not only a colour; search results leave it out.
            PlainLabel {
                objectName: "readMarker"
                visible: !root.styled
                text: root.read ? qsTr("Đã đọc") : qsTr("Chưa đọc")
                font.pixelSize: Theme.fontSmall
                font.bold: !root.read
                color: root.read ? Theme.success : Theme.accentDark
            }
        }
        VerifiedMark {
            objectName: "verifiedMark"
            visible: root.signerName.length > 0
            Layout.maximumWidth: parent.width
            signerName: root.signerName
            onDetailsRequested: root.signerDetailsRequested(root.documentId)
        }
    }
}
