pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Every document on this device, newest first, with unread markers; the search field on top
// stays in place and shows results as the member types (marks may be left out).
Page {
    id: root

    // Text to start with in the search field.
    property string initialSearch
    // Puts the cursor in the search field when the page opens ("Tìm tài liệu" on the home page).
    property bool focusSearch: false

    signal openDocument(string documentId)

    objectName: "libraryPage"
    header: PageHeader {
        title: qsTr("Thư viện tài liệu")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: {
        library.reload()
        if (root.focusSearch)
            searchField.forceActiveFocus()
    }

    LibraryController {
        id: library
        session: VaultSession
        searchText: searchField.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacingSmall

            TextField {
                id: searchField
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: root.initialSearch
                placeholderText: qsTr("Tìm tài liệu")
                font.pixelSize: Theme.fontBody
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Tìm tài liệu")
            }
            ActionButton {
                objectName: "clearSearchButton"
                visible: searchField.text.length > 0
                text: qsTr("Xóa")
                onClicked: searchField.clear()
            }
        }

        ComboBox {
            id: kindPicker
            objectName: "kindPicker"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            Layout.minimumHeight: Theme.touchTarget
            model: library.kindChoices
            textRole: "label"
            valueRole: "kind"
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Loại tài liệu")
            onActivated: library.kind = kindPicker.currentValue
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                width: kindPicker.width
                text: modelData.label
                font.pixelSize: Theme.fontBody
                font.bold: kindPicker.currentIndex === index
                highlighted: kindPicker.highlightedIndex === index
            }
        }

        Label {
            objectName: "listStatus"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            // With large text only the counts, so the list keeps its room.
            text: library.searching
                  ? (library.results.count > 0 ? qsTr("Tìm thấy %1 tài liệu").arg(library.results.count)
                                               : qsTr("Không tìm thấy tài liệu nào."))
                  : Theme.scale > 1.4
                    ? qsTr("%1 tài liệu, %2 chưa đọc").arg(library.documents.count).arg(library.documents.unreadCount)
                    : qsTr("%1 tài liệu, %2 chưa đọc. Gõ vào ô trên để tìm, không dấu cũng được.")
                      .arg(library.documents.count).arg(library.documents.unreadCount)
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        MessageBox {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            visible: text.length > 0
            text: library.errorMessage
        }

        ListView {
            id: documentList
            objectName: "documentList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !library.searching
            clip: true
            spacing: Theme.spacingSmall
            topMargin: Theme.spacingSmall
            bottomMargin: Theme.pageMargin
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}
            model: library.documents
            delegate: DocumentRow {
                required property var model
                x: Math.max(Theme.pageMargin, (documentList.width - width) / 2)
                width: Math.min(documentList.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
                documentId: model.documentId
                title: model.title
                kindLabel: model.kindLabel
                number: model.number
                issuedDate: model.issuedDate
                read: model.read
                onOpenRequested: id => root.openDocument(id)
            }
        }

        ListView {
            id: resultList
            objectName: "resultList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: library.searching
            clip: true
            spacing: Theme.spacingSmall
            topMargin: Theme.spacingSmall
            bottomMargin: Theme.pageMargin
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}
            model: library.results
            delegate: DocumentRow {
                required property var model
                x: Math.max(Theme.pageMargin, (resultList.width - width) / 2)
                width: Math.min(resultList.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
                styled: true
                documentId: model.documentId
                title: model.titleHtml
                snippet: model.snippetHtml
                kindLabel: model.kindLabel
                number: model.number
                issuedDate: model.issuedDate
                onOpenRequested: id => root.openDocument(id)
            }
        }
    }
}
