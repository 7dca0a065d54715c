import QtQuick
import Handbook

// Body text of a page: the theme's body size and text colour, wrapped, plain text (PlainLabel).
PlainLabel {
    font.pixelSize: Theme.fontBody
    color: Theme.text
    wrapMode: Text.Wrap
}
