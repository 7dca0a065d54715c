import QtQuick
import Handbook

// A confirmation of what was just done on the page this one came back from (Confirmations),
// shown at the top of the page for a few seconds, then gone.
MessageBox {
    id: root

    // How long a confirmation stays, in milliseconds.
    property int duration: 8000

    function show(message: string) {
        root.text = message
        hideTimer.restart()
    }

    objectName: "confirmationBar"
    text: ""
    kind: MessageBox.Success
    visible: text.length > 0

    Connections {
        target: Confirmations
        function onPosted(message: string) { root.show(message) }
    }
    Timer {
        id: hideTimer
        interval: root.duration
        onTriggered: root.text = ""
    }
}
