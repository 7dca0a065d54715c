import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// A document that can be chosen from a list: kind and number, title, and "Đã chọn" in words
// with a green outline when chosen. The whole row is one tap target.
ItemDelegate {
    id: root

    property string documentId
    property string title
    property string kindLabel
    property string number
    property bool selected: false
    // What a tap does, in words ("Chạm để chọn").
    property string hint: qsTr("Chạm để chọn")
    property string selectedHint: qsTr("✓ Đã chọn · chạm để bỏ")

    signal picked(string documentId)

    padding: Theme.spacing
    topInset: 0
    bottomInset: 0
    Accessible.name: root.title
    Accessible.checkable: true
    Accessible.checked: root.selected
    onClicked: root.picked(root.documentId)

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: Theme.cornerRadius
        color: root.down ? Theme.keyPressed : Theme.surface
        border.width: root.selected ? 3 : 1
        border.color: root.selected ? Theme.success : Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall / 2

        PlainLabel {
            Layout.fillWidth: true
            text: root.number.length > 0 ? root.kindLabel + " · " + Theme.unbroken(root.number) : root.kindLabel
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        PlainLabel {
            Layout.fillWidth: true
            text: root.title
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "pickHint"
            Layout.fillWidth: true
            text: root.selected ? root.selectedHint : root.hint
            font.pixelSize: Theme.fontSmall
            font.bold: root.selected
            color: root.selected ? Theme.success : Theme.textSecondary
            wrapMode: Text.Wrap
        }
    }
}
