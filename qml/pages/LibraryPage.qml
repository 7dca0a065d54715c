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

    // With large text the filters hide behind a button; whether they are shown now.
    property bool filtersOpen: false
    // How many filters narrow the list (for that button).
    readonly property int activeFilters: (library.kind.length > 0 ? 1 : 0) + (library.year > 0 ? 1 : 0)
                                         + (library.level.length > 0 ? 1 : 0) + (library.bookmarkedOnly ? 1 : 0)

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

    // Signed documents: who signed one (behind its verified mark), and those that did not
    // verify, listed apart (DESIGN.md 8.1).
    VerificationController {
        id: verification
        session: VaultSession
    }

    SignerDetailsDialog {
        id: signerDetails
        objectName: "signerDetails"
    }

    function showSigner(documentId) {
        signerDetails.details = verification.signerDetails(documentId)
        signerDetails.open()
    }

    Component {
        id: unverifiedPage
        UnverifiedDocumentsPage {
            controller: verification
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        // With large text the field's hint is a label above it: a placeholder is cut short.
        BodyText {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            Layout.topMargin: Theme.spacing
            visible: Theme.scale > 1.4
            text: qsTr("Tìm tài liệu")
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            Layout.topMargin: Theme.scale > 1.4 ? 0 : Theme.spacing
            spacing: Theme.spacingSmall

            TextField {
                id: searchField
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: root.initialSearch
                placeholderText: Theme.scale > 1.4 ? "" : qsTr("Tìm tài liệu")
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

        // The filters (list and search alike). At normal text size the kind and the level
        // (long labels) take a row each, the year and the toggle share one; with large text
        // they stack, behind a "Bộ lọc" button so the list keeps its room.
        WrappingButton {
            id: filtersButton
            objectName: "filtersButton"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            visible: Theme.scale > 1.4
            highlighted: root.filtersOpen
            text: root.activeFilters > 0
                  ? qsTr("Bộ lọc (đang chọn %1)").arg(root.activeFilters) : qsTr("Bộ lọc")
            Accessible.checkable: true
            Accessible.checked: root.filtersOpen
            onClicked: root.filtersOpen = !root.filtersOpen
        }

        GridLayout {
            id: filters
            objectName: "filters"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            visible: !filtersButton.visible || root.filtersOpen
            columns: Theme.scale > 1.4 ? 1 : 2
            columnSpacing: Theme.spacingSmall
            rowSpacing: Theme.spacingSmall

            ChoicePicker {
                id: kindPicker
                objectName: "kindPicker"
                Layout.fillWidth: true
                Layout.columnSpan: filters.columns
                choices: library.kindChoices
                valueRole: "kind"
                value: library.kind
                Accessible.name: qsTr("Loại tài liệu")
                onPicked: value => library.kind = value
            }
            ChoicePicker {
                id: levelPicker
                objectName: "levelPicker"
                Layout.fillWidth: true
                Layout.columnSpan: filters.columns
                choices: library.levelChoices
                valueRole: "level"
                value: library.level
                Accessible.name: qsTr("Cấp ban hành")
                onPicked: value => library.level = value
            }
            ChoicePicker {
                id: yearPicker
                objectName: "yearPicker"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                choices: library.yearChoices
                valueRole: "year"
                value: library.year
                Accessible.name: qsTr("Năm ban hành")
                onPicked: value => library.year = value
            }
            WrappingButton {
                objectName: "bookmarkedButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                highlighted: library.bookmarkedOnly
                text: library.bookmarkedOnly ? qsTr("★ Đã lưu") : qsTr("☆ Đã lưu")
                Accessible.name: qsTr("Chỉ hiện tài liệu đã lưu")
                Accessible.checkable: true
                Accessible.checked: library.bookmarkedOnly
                onClicked: library.bookmarkedOnly = !library.bookmarkedOnly
            }
        }

        HintText {
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
                  : library.bookmarkedOnly && library.documents.count === 0
                    ? (Theme.scale > 1.4 ? qsTr("Chưa lưu tài liệu nào.")
                                         : qsTr("Chưa lưu tài liệu nào. Mở một tài liệu và chọn “Lưu” để thấy nó ở đây."))
                  : root.activeFilters > 0 && library.documents.count === 0
                    ? qsTr("Không có tài liệu nào khớp bộ lọc.")
                  : Theme.scale > 1.4
                    ? qsTr("%1 tài liệu, %2 chưa đọc").arg(library.documents.count).arg(library.documents.unreadCount)
                    : qsTr("%1 tài liệu, %2 chưa đọc. Gõ vào ô trên để tìm, không dấu cũng được.")
                      .arg(library.documents.count).arg(library.documents.unreadCount)
        }

        MessageBox {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            visible: text.length > 0
            text: library.errorMessage
        }

        // Documents whose signature did not verify: never in the list, but not hidden.
        WrappingButton {
            objectName: "unverifiedButton"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            visible: verification.unverifiedCount > 0
            text: qsTr("Không xác thực được: %1 văn bản").arg(verification.unverifiedCount)
            onClicked: root.StackView.view.push(unverifiedPage)
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
                signerName: model.signerName
                onOpenRequested: id => root.openDocument(id)
                onSignerDetailsRequested: id => root.showSigner(id)
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
                snippetPending: model.snippetPending
                kindLabel: model.kindLabel
                number: model.number
                issuedDate: model.issuedDate
                signerName: model.signerName
                onOpenRequested: id => root.openDocument(id)
                onSignerDetailsRequested: id => root.showSigner(id)
            }
        }
    }
}
