pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Handbook

// The application window: shows the page that fits the vault's state.
ApplicationWindow {
    id: window

    // The page component on screen, to avoid replacing a page with itself.
    property Component currentPage: null

    function pageForScreen(screen: int): Component {
        switch (screen) {
        case Account.SignIn:
            return signInPage
        case Account.ChoosePin:
            return createPinPage
        case Account.Unlock:
            return unlockPage
        case Account.ChangePassword:
            return changePasswordPage
        case Account.Home:
            return homePage
        default:
            return null // Working: stay on the page that started the work.
        }
    }

    function showPageForState() {
        const page = pageForScreen(Account.screen)
        if (page === null || page === currentPage)
            return
        const operation = stack.depth === 0 ? StackView.Immediate : StackView.ReplaceTransition
        currentPage = page
        stack.replace(null, page, {}, operation)
    }

    width: 400
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Sổ tay đảng viên")
    color: Theme.background
    font.pixelSize: Theme.fontBody
    // Material writes button labels in capitals: harder to read, and Vietnamese marks suffer.
    font.capitalization: Font.MixedCase

    Material.theme: Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    Material.foreground: Theme.text

    Component.onCompleted: showPageForState()

    Connections {
        target: Account
        function onScreenChanged() {
            window.showPageForState()
        }
    }

    // One text size for the whole app (Cài đặt), up to 200 %.
    Binding {
        target: Theme
        property: "textScale"
        value: AppSettings.textScale
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        focus: true
    }

    // While the app is away from the front its content is covered, so that the task switcher's
    // snapshot and a glance at a phone left there show only the app's name. Desktop windows
    // that merely lose the focus stay readable; mobile apps are Inactive in the switcher.
    PlainLabel {
        objectName: "privacyCover"
        readonly property bool mobile: Qt.platform.os === "android" || Qt.platform.os === "ios"
        readonly property int appState: Application.state
        parent: Overlay.overlay
        anchors.fill: parent
        z: 1000
        visible: appState === Qt.ApplicationSuspended || appState === Qt.ApplicationHidden
                 || (mobile && appState === Qt.ApplicationInactive)
        text: qsTr("Sổ tay đảng viên")
        color: Theme.textOnAccent
        font.pixelSize: Theme.fontLarge
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        background: Rectangle {
            color: Theme.accent
        }
    }

    Component {
        id: signInPage
        SignInPage {}
    }
    Component {
        id: changePasswordPage
        ChangePasswordPage {}
    }
    Component {
        id: createPinPage
        CreatePinPage {}
    }
    Component {
        id: unlockPage
        UnlockPage {}
    }
    Component {
        id: homePage
        HomePage {}
    }
}
