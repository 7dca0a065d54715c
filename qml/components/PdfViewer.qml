pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Handbook

// A PDF attachment, page after page, rendered from memory by the `pdfpage` image provider:
// zoom with two fingers or with − / +, the page number and buttons to the previous and next
// page. A confidential attachment shows the watermark over the pages.
Item {
    id: root

    // A PdfPageRenderer source ("vault/<sha256>" or "memory/<n>").
    required property string source
    // Shown diagonally over the pages when not empty.
    property string watermark
    // The page (0-based) to show first.
    property int startPage: 0
    property real zoom: 1.0
    readonly property real minZoom: 1.0
    readonly property real maxZoom: 4.0
    readonly property int pageCount: pages.count
    // The page at the top third of the view (0-based).
    readonly property int currentPage: Math.max(0, pageList.indexAt(pageList.contentX + 10,
                                                                     pageList.contentY + pageList.height / 3))
    // The zoom the pages are rendered at: follows `zoom` once it settles.
    property real renderZoom: 1.0

    function setZoom(value: real) {
        const page = root.currentPage
        root.zoom = Math.min(root.maxZoom, Math.max(root.minZoom, value))
        pageList.forceLayout()
        pageList.positionViewAtIndex(page, ListView.Beginning)
    }

    function showPage(page: int) {
        pageList.positionViewAtIndex(Math.min(Math.max(0, page), pages.count - 1), ListView.Beginning)
    }

    onZoomChanged: renderDelay.restart()

    // Shows the start page once the list has laid out its pages.
    Timer {
        id: startTimer
        interval: 0
        onTriggered: root.showPage(root.startPage)
    }

    Timer {
        id: renderDelay
        interval: 300
        onTriggered: root.renderZoom = root.zoom
    }

    TextMetrics {
        id: zoomMetrics
        font.pixelSize: Theme.fontBody
        text: "400%"
    }

    PdfPages {
        id: pages
        objectName: "pdfPages"
        source: root.source
        onPagesChanged: if (pages.count > 0) startTimer.restart()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Zoom, above the pages.
        ToolBar {
            Layout.fillWidth: true
            topPadding: Theme.spacingSmall / 2
            bottomPadding: Theme.spacingSmall / 2
            background: Rectangle { color: Theme.surface }

            contentItem: RowLayout {
                spacing: Theme.spacingSmall

                Item { Layout.fillWidth: true }
                ActionButton {
                    objectName: "zoomOutButton"
                    text: "−"
                    font.bold: true
                    enabled: root.zoom > root.minZoom
                    Accessible.name: qsTr("Thu nhỏ")
                    onClicked: root.setZoom(root.zoom / 1.25)
                }
                PlainLabel {
                    objectName: "zoomLabel"
                    text: qsTr("%1%").arg(Math.round(root.zoom * 100))
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    // As wide as the widest value, so the buttons stay in place.
                    Layout.minimumWidth: Math.ceil(zoomMetrics.advanceWidth)
                    Accessible.name: qsTr("Cỡ hiển thị %1 phần trăm").arg(Math.round(root.zoom * 100))
                }
                ActionButton {
                    objectName: "zoomInButton"
                    text: "+"
                    font.bold: true
                    enabled: root.zoom < root.maxZoom
                    Accessible.name: qsTr("Phóng to")
                    onClicked: root.setZoom(root.zoom * 1.25)
                }
                Item { Layout.fillWidth: true }
            }
        }

        MessageBox {
            Layout.fillWidth: true
            Layout.margins: Theme.pageMargin
            visible: pages.errorMessage.length > 0
            text: pages.errorMessage
        }

        ListView {
            id: pageList
            objectName: "pageList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pages.count
            spacing: Theme.spacingSmall
            topMargin: Theme.spacingSmall
            bottomMargin: Theme.spacingSmall
            contentWidth: width * root.zoom
            flickableDirection: root.zoom > 1.0 ? Flickable.HorizontalAndVerticalFlick : Flickable.VerticalFlick
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}
            ScrollIndicator.horizontal: ScrollIndicator {}

            delegate: Rectangle {
                id: pageFrame

                required property int index
                readonly property int page: index

                x: Theme.spacingSmall
                width: pageList.width * root.zoom - 2 * Theme.spacingSmall
                height: width * pages.aspectRatio(pageFrame.index)
                color: "white"
                border.width: 1
                border.color: Theme.border
                Accessible.name: qsTr("Trang %1").arg(pageFrame.page + 1)

                Image {
                    id: pageImage
                    objectName: "pageImage"
                    anchors.fill: parent
                    anchors.margins: 1
                    source: pages.imageUrl(pageFrame.index)
                    asynchronous: true
                    cache: false
                    smooth: true
                    fillMode: Image.PreserveAspectFit
                    sourceSize.width: Math.min(4096, Math.round(pageList.width * root.renderZoom
                                                                * Screen.devicePixelRatio))
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: pageImage.status === Image.Loading
                    visible: running
                }
                PlainLabel {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    visible: pageImage.status === Image.Error
                    text: qsTr("Không hiển thị được trang %1.").arg(pageFrame.page + 1)
                    font.pixelSize: Theme.fontBody
                    color: Theme.error
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }

            PinchHandler {
                id: pinch

                property real startZoom: 1.0

                target: null
                onActiveChanged: if (active) pinch.startZoom = root.zoom
                onActiveScaleChanged: if (active) root.zoom = Math.min(root.maxZoom,
                    Math.max(root.minZoom, pinch.startZoom * pinch.activeScale))
            }
        }
        // Page navigation, under the pages.
        ToolBar {
            Layout.fillWidth: true
            visible: pages.count > 0
            topPadding: Theme.spacingSmall / 2
            bottomPadding: Theme.spacingSmall / 2
            background: Rectangle { color: Theme.surface }

            contentItem: RowLayout {
                spacing: Theme.spacingSmall

                Item { Layout.fillWidth: true }
                ActionButton {
                    objectName: "previousPageButton"
                    text: "‹"
                    font.bold: true
                    enabled: root.currentPage > 0
                    Accessible.name: qsTr("Trang trước")
                    onClicked: root.showPage(root.currentPage - 1)
                }
                PlainLabel {
                    objectName: "pageLabel"
                    text: pages.count > 0 ? qsTr("Trang %1/%2").arg(root.currentPage + 1).arg(pages.count) : ""
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                }
                ActionButton {
                    objectName: "nextPageButton"
                    text: "›"
                    font.bold: true
                    enabled: root.currentPage < pages.count - 1
                    Accessible.name: qsTr("Trang sau")
                    onClicked: root.showPage(root.currentPage + 1)
                }
                Item { Layout.fillWidth: true }
            }
        }
    }

    Watermark {
        x: pageList.x
        y: pageList.y
        width: pageList.width
        height: pageList.height
        text: root.watermark
    }
}
