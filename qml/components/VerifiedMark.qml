import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The mark of a document whose signature verified (DESIGN.md 8.1): a check and "Đã xác thực"
// in words, large enough to tap; a tap asks for who signed it (detailsRequested).
AbstractButton {
    id: root

    // Who signed, read out with the mark.
    property string signerName

    signal detailsRequested()

    leftPadding: Theme.spacingSmall
    rightPadding: Theme.spacingSmall
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + Theme.spacingSmall)
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Đã xác thực chữ ký của %1").arg(root.signerName)
    onClicked: root.detailsRequested()

    background: Rectangle {
        radius: Theme.cornerRadius
        color: root.down ? Theme.keyPressed : "transparent"
        border.width: 1
        border.color: Theme.success
    }

    contentItem: RowLayout {
        spacing: Theme.spacingSmall / 2

        PlainLabel {
            objectName: "verifiedIcon"
            text: "✔"
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.success
            Accessible.ignored: true
        }
        PlainLabel {
            objectName: "verifiedText"
            Layout.fillWidth: true
            text: qsTr("Đã xác thực")
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.success
            wrapMode: Text.Wrap
        }
    }
}
