import QtQuick
import Handbook

// The heading of a section of a page: the theme's large size in bold, text colour, wrapped,
// plain text (PlainLabel).
PlainLabel {
    font.pixelSize: Theme.fontLarge
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
}
