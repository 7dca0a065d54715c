pragma Singleton

import QtQuick

// Sizes and colours for the whole UI. Sizes grow with textScale (1.0–2.0) for readers who
// need larger text; touch targets never shrink below touchTarget.
QtObject {
    // Set by the reader (a settings screen later); clamped to 1.0–2.0.
    property real textScale: 1.0
    readonly property real scale: Math.min(2.0, Math.max(1.0, textScale))

    // Font pixel sizes.
    readonly property int fontSmall: Math.round(17 * scale)
    readonly property int fontBody: Math.round(20 * scale)
    readonly property int fontLarge: Math.round(24 * scale)
    readonly property int fontTitle: Math.round(28 * scale)
    readonly property int fontPinDigit: Math.round(30 * scale)

    // Spacing.
    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingLarge: 24
    readonly property int pageMargin: 20

    // Smallest size of anything that can be tapped (larger than Material's 48 px).
    readonly property int touchTarget: 56
    readonly property int pinKeyHeight: Math.max(72, Math.round(fontPinDigit * 1.6))
    readonly property int pinDotSize: Math.round(18 * scale)
    readonly property int contentMaxWidth: 560
    readonly property int cornerRadius: 12

    // Colours: Party red for accents, near-black text on white for high contrast.
    readonly property color accent: "#C8102E"
    readonly property color accentDark: "#9B0B22"
    readonly property color textOnAccent: "#FFFFFF"
    readonly property color background: "#FFFFFF"
    readonly property color surface: "#FAF5F0"
    readonly property color border: "#C9C1BA"
    readonly property color keyBackground: "#EFEAE5"
    readonly property color keyPressed: "#D9D0C8"
    readonly property color disabledBackground: "#E4E4E4"
    readonly property color text: "#1A1A1A"
    readonly property color textSecondary: "#3D3D3D"
    readonly property color textDisabled: "#6E6E6E"
    readonly property color error: "#B3261E"
    readonly property color warningBackground: "#FFF1E0"
    readonly property color warningText: "#6B3500"
    readonly property color success: "#1B5E20"

    // `text` with every date, time and document number ("27/10/2025", "45-NQ/ĐU", "19:30
    // 27/10/2025" keeps its two parts) held together on one line: inside each word that has
    // a digit, a WORD JOINER (U+2060, no width) goes on both sides of "/", "-", "." and ":",
    // where line breaking (UAX #14, which Qt 6.4 follows) would otherwise allow a break.
    // The text stays the same to a screen reader. Use it for labels that show such values.
    function unbroken(text) {
        return String(text).replace(/\S*\d\S*/g,
                                    word => word.replace(/[\/\-.:\u2013]/g, "\u2060$&\u2060"))
    }
}
