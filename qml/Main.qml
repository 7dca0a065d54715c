pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Handbook

// The application window: shows the page that fits the vault's state.
ApplicationWindow {
    id: window

    // The page on screen (its file in pages/), to avoid replacing a page with itself.
    property string currentPage: ""
    // The vault is open: the navigation bar (a rail on a wide window) leads around the app.
    readonly property bool navigating: currentPage === "HomePage.qml"
                                       && Account.screen === Account.Home
    // Each page's component, made when the page is first shown: start-up loads the types of
    // the page it shows only (not sign-in's on a device already signed in); the home page's
    // load in the background once the unlock page is on screen (preloadPage()).
    property var pageComponents: ({})
    // A page's component still loading in the background when its state came (the home page,
    // loaded while the PIN is checked): shown once ready.
    property Component loadingPage: null
    readonly property bool wide: width >= 900
    // The section on screen, from the page opened above the home page.
    property string section: "home"
    // The home page at the bottom of the stack (its unread count shows on the bar).
    property var homeItem: null
    // The home page made while the vault checks the PIN (Argon2id keeps another core busy for
    // a fifth of a second and this thread waits): empty, since its controllers read nothing
    // from a locked vault; it loads its data when the vault opens. Made here rather than by
    // the stack, it destroys itself once the stack has removed it (a lock, a sign-out), as a
    // page the stack made is destroyed.
    property Item preparedHome: null
    // The home page's component, once asked for (pageComponents holds it too).
    property Component homeComponent: null
    // Reading on a phone: the whole height goes to the text (back leads out).
    readonly property bool reading: stack.currentItem !== null
                                    && stack.currentItem.objectName === "readerPage"

    // Called once the stack has settled (during a push its new page is still being made).
    function updateSection() {
        const first = stack.depth > 0 ? stack.get(0) : null
        homeItem = first && String(first.objectName) === "homePage" ? first : null
        const item = stack.depth > 1 ? stack.get(1) : null
        section = sectionOf(item ? String(item.objectName) : "")
    }
    function sectionOf(name: string): string {
        switch (name) {
        case "libraryPage":
            return "library"
        case "meetingsPage":
            return "meetings"
        case "notificationsPage":
            return "notifications"
        case "mePage":
            return "me"
        default:
            return "home"
        }
    }

    // Opens a section of the bar: back to the home page, then its page on top.
    function navigate(target: string) {
        updateSection()
        const home = homeItem
        if (!home)
            return
        if (target === section && stack.depth === (target === "home" ? 1 : 2))
            return // already there
        if (stack.depth > 1)
            stack.pop(null, StackView.Immediate)
        switch (target) {
        case "library":
            home.openLibrary("")
            break
        case "meetings":
            home.openMeetings()
            break
        case "notifications":
            home.openNotifications()
            break
        case "me":
            home.openMe()
            break
        }
    }

    function pageForScreen(screen: int): string {
        switch (screen) {
        case Account.SignIn:
            return "SignInPage.qml"
        case Account.ChoosePin:
            return "CreatePinPage.qml"
        case Account.Unlock:
            return "UnlockPage.qml"
        case Account.ChangePassword:
            return "ChangePasswordPage.qml"
        case Account.Home:
            return "HomePage.qml"
        default:
            return "" // Working: stay on the page that started the work.
        }
    }
    function pageComponent(file: string): Component {
        if (!pageComponents[file])
            pageComponents[file] = Qt.createComponent(Qt.resolvedUrl("pages/" + file))
        return pageComponents[file]
    }
    // Starts loading a page's types in the background (the loader's thread), so that showing
    // it later only has to make it.
    function preloadPage(file: string) {
        if (!pageComponents[file])
            pageComponents[file] = Qt.createComponent(Qt.resolvedUrl("pages/" + file),
                                                      Component.Asynchronous)
        if (file === "HomePage.qml")
            homeComponent = pageComponents[file]
    }

    // The PIN is being checked on the unlock page: the home page is made now, while this
    // thread would only wait (start-up, issue 19).
    function prepareHome() {
        if (preparedHome || currentPage !== "UnlockPage.qml")
            return
        if (!homeComponent || homeComponent.status !== Component.Ready)
            return
        preparedHome = homeComponent.createObject(stack, { visible: false, madeByShell: true })
    }

    function showPageForState() {
        if (Account.screen === Account.Working)
            prepareHome()
        const page = pageForScreen(Account.screen)
        if (page === "" || page === currentPage)
            return
        const component = pageComponent(page)
        if (component.status === Component.Loading) {
            loadingPage = component
            return
        }
        loadingPage = null
        const operation = stack.depth === 0 ? StackView.Immediate : StackView.ReplaceTransition
        currentPage = page
        if (page === "HomePage.qml" && preparedHome) {
            stack.replace(null, preparedHome, {}, operation)
            preparedHome = null
        } else {
            stack.replace(null, component, {}, operation)
        }
        // The home page comes next: its types load once the unlock page is on screen, while
        // the member types the PIN and the vault checks it (Argon2id keeps one core busy for a
        // quarter of a second).
        if (page === "UnlockPage.qml")
            afterFirstFrame.target = window
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
    Connections {
        id: afterFirstFrame
        target: null
        function onFrameSwapped() {
            afterFirstFrame.target = null
            window.preloadPage("HomePage.qml")
        }
    }
    // The home page's types were still loading when the PIN check began.
    Connections {
        target: window.homeComponent
        function onStatusChanged() {
            if (Account.screen === Account.Working)
                window.prepareHome()
        }
    }
    Connections {
        target: window.loadingPage
        function onStatusChanged() {
            window.showPageForState()
        }
    }

    // One text size for the whole app (Cài đặt), up to 200 %.
    Binding {
        target: Theme
        property: "textScale"
        value: AppSettings.textScale
    }

    footer: NavBar {
        objectName: "navBar"
        visible: window.navigating && !window.wide && !window.reading
        current: window.section
        unreadCount: window.homeItem ? window.homeItem.unreadNotifications : 0
        onChosen: target => window.navigate(target)
    }

    NavBar {
        id: rail
        objectName: "navRail"
        vertical: true
        visible: window.navigating && window.wide
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: visible ? implicitWidth : 0
        current: window.section
        unreadCount: window.homeItem ? window.homeItem.unreadNotifications : 0
        onChosen: target => window.navigate(target)
    }

    // The section is read once the stack has settled (a pushed page is still being made).
    Timer {
        id: sectionTimer
        interval: 0
        onTriggered: window.updateSection()
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.left: rail.visible ? rail.right : parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        focus: true
        onDepthChanged: sectionTimer.restart()
        onBusyChanged: sectionTimer.restart()
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
}
