import QtQuick
import QtQuick.Controls
import Handbook

// A modal question with a plain explanation, a cancel button and one confirm button.
AppDialog {
    id: root

    required property string text
    required property string confirmText

    signal confirmed()

    contentItem: PlainLabel {
        text: root.text
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
    }

    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        background: null // the dialog's own rounded background shows through

        Button {
            text: qsTr("Hủy")
            flat: true
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touchTarget
            onClicked: root.reject()
        }
        Button {
            text: root.confirmText
            flat: true
            font.pixelSize: Theme.fontBody
            font.bold: true
            implicitHeight: Theme.touchTarget
            onClicked: root.accept()
        }
    }

    onAccepted: root.confirmed()
}
