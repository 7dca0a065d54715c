import QtQuick
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

    footer: DialogFooter {
        DialogButton {
            text: qsTr("Hủy")
            onClicked: root.reject()
        }
        DialogButton {
            text: root.confirmText
            font.bold: true
            onClicked: root.accept()
        }
    }

    onAccepted: root.confirmed()
}
