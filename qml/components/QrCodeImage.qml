import QtQuick
import Handbook

// A QR code drawn by the C++ QrCodeItem (a QQuickPaintedItem, so that the text never travels
// in an image URL), square, black on white. In a file of its own because the qmllint of
// Qt 6.4 cannot resolve a C++ type whose base is in QtQuick: this file alone is left out of
// the lint (app/CMakeLists.txt, QT_QML_SKIP_QMLLINT); the pages use this wrapper.
Item {
    id: root

    // The text the code holds.
    property string text
    // The text fits a QR code (nothing is drawn otherwise).
    readonly property bool valid: code.valid
    // The code's modules per side, quiet zone included.
    readonly property int modules: code.modules

    QrCodeItem {
        id: code
        anchors.fill: parent
        text: root.text
    }
}
