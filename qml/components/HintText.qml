import QtQuick
import Handbook

// A hint or secondary line under something: the theme's small size and secondary colour,
// wrapped, plain text (PlainLabel).
PlainLabel {
    font.pixelSize: Theme.fontSmall
    color: Theme.textSecondary
    wrapMode: Text.Wrap
}
