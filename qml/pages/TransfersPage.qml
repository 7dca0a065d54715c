pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// "Chuyển sinh hoạt đảng" (DESIGN.md 8.4, issue 20): the transfers the committee decides
// (accept, or reject with a reason, each confirmed), those it asked of another committee, and
// the history; "Đề nghị chuyển" picks a member of the committee's cells, the receiving cell
// (OrgPickerPage, any cell of the province) and a reason, then asks to confirm. Every change
// waits "đang chờ gửi lên máy chủ" until the server answers; a refusal is shown with its
// reason. On a laptop's width the list and the selected transfer (or the request form) sit
// side by side; on a phone the transfer or the form replaces the list.
Page {
    id: root

    // A member to start a request for (MemberDetailPage's "Chuyển sinh hoạt đảng").
    property string memberId
    // Side by side from a laptop's width.
    readonly property bool wide: width >= 900
    property string selectedId
    // The request form is shown (instead of a transfer).
    property bool requesting: false
    readonly property bool showDetail: root.requesting || root.selectedId.length > 0

    function openTransfer(id: string) {
        root.requesting = false
        root.selectedId = id
        detailPane.contentY = 0
    }
    // The first transfer listed (a screenshot's state).
    function openFirst() {
        const first = transfers.transfers.count > 0 ? transferRepeater.itemAt(0) : null
        if (first)
            root.openTransfer(String(Object(first).transferId))
    }
    function startRequest() {
        root.selectedId = ""
        reasonField.text = ""
        memberSearch.text = ""
        root.requesting = true
        detailPane.contentY = 0
    }
    function closeDetail() {
        root.requesting = false
        root.selectedId = ""
    }
    function pickDestination() {
        root.StackView.view.push(orgPickerPage)
    }

    objectName: "transfersPage"
    header: PageHeader {
        title: qsTr("Chuyển sinh hoạt đảng")
        canGoBack: (root.StackView.view !== null && root.StackView.index > 0) || (!root.wide && root.showDetail)
        onBack: {
            if (!root.wide && root.showDetail)
                root.closeDetail()
            else
                root.StackView.view.pop()
        }
    }

    StackView.onActivated: transfers.reload()
    Component.onCompleted: {
        if (root.memberId.length > 0) {
            transfers.memberId = root.memberId
            root.requesting = true
        }
    }

    TransfersController {
        id: transfers
        objectName: "transfersController"
        session: VaultSession
        onRequested: {
            root.requesting = false
            reasonField.text = ""
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // The list: refusals of the server, then the three sections.
        PageBody {
            id: listPane
            objectName: "listPane"
            Layout.fillHeight: true
            Layout.fillWidth: !root.wide
            Layout.preferredWidth: root.wide ? Math.max(400, root.width * 0.42) : root.width
            visible: root.wide || !root.showDetail

            WrappingButton {
                objectName: "newTransferButton"
                Layout.fillWidth: true
                visible: transfers.isCommittee
                highlighted: true
                font.bold: true
                text: qsTr("+ Đề nghị chuyển")
                onClicked: root.startRequest()
            }
            BodyText {
                Layout.fillWidth: true
                visible: !transfers.isCommittee
                text: qsTr("Việc chuyển sinh hoạt đảng do cấp ủy cấp trên của chi bộ thực hiện.")
            }
            MessageBox {
                Layout.fillWidth: true
                visible: text.length > 0 && !root.showDetail
                text: transfers.errorMessage
            }

            Repeater {
                objectName: "refusalRepeater"
                model: transfers.rejected

                Card {
                    id: refusal

                    required property var modelData

                    objectName: "refusalCard"
                    Layout.fillWidth: true

                    contentItem: ColumnLayout {
                        spacing: Theme.spacingSmall

                        PlainLabel {
                            Layout.fillWidth: true
                            text: qsTr("Máy chủ không nhận: %1 · %2").arg(refusal.modelData.action).arg(refusal.modelData.memberName)
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.error
                            wrapMode: Text.Wrap
                        }
                        BodyText {
                            Layout.fillWidth: true
                            text: refusal.modelData.reason
                        }
                        HintText {
                            Layout.fillWidth: true
                            text: refusal.modelData.rejectedAt
                        }
                        WrappingButton {
                            objectName: "dismissRefusalButton"
                            Layout.fillWidth: true
                            text: qsTr("Đã xem")
                            onClicked: transfers.dismissRejected(refusal.modelData.mutationId)
                        }
                    }
                }
            }

            SectionHeading {
                Layout.fillWidth: true
                visible: transfers.toDecideCount === 0
                text: qsTr("Chờ đồng chí quyết định")
            }
            HintText {
                objectName: "nothingToDecide"
                Layout.fillWidth: true
                visible: transfers.toDecideCount === 0
                text: qsTr("Không có đề nghị nào chờ đồng chí quyết định.")
            }

            Repeater {
                id: transferRepeater
                objectName: "transferRepeater"
                model: transfers.transfers

                ColumnLayout {
                    id: row

                    required property string transferId
                    required property string memberName
                    required property string fromName
                    required property string toName
                    required property string statusLabel
                    required property string requestedAt
                    required property string decidedAt
                    required property int section
                    required property string sectionLabel
                    required property bool firstInSection
                    required property bool canDecide

                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    SectionHeading {
                        objectName: "sectionHeading"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        visible: row.firstInSection
                        text: row.sectionLabel
                    }
                    ItemDelegate {
                        id: rowButton
                        objectName: "transferRow"
                        Layout.fillWidth: true
                        highlighted: root.wide && root.selectedId === row.transferId
                        padding: Theme.spacingSmall
                        onClicked: root.openTransfer(row.transferId)
                        Accessible.name: row.memberName

                        background: Rectangle {
                            color: rowButton.highlighted ? Theme.surface : Theme.background
                            border.color: rowButton.highlighted || row.canDecide ? Theme.accent : Theme.border
                            radius: Theme.spacingSmall
                        }
                        contentItem: ColumnLayout {
                            spacing: Theme.spacingSmall / 2

                            PlainLabel {
                                objectName: "transferName"
                                Layout.fillWidth: true
                                text: row.memberName
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            PlainLabel {
                                objectName: "transferRoute"
                                Layout.fillWidth: true
                                text: qsTr("Từ %1 đến %2").arg(row.fromName).arg(row.toName)
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            HintText {
                                objectName: "transferStatus"
                                Layout.fillWidth: true
                                text: qsTr("%1 · %2").arg(row.statusLabel).arg(row.decidedAt.length > 0 ? row.decidedAt : row.requestedAt)
                            }
                        }
                    }
                }
            }
            HintText {
                Layout.fillWidth: true
                visible: transferRepeater.count === 0
                text: qsTr("Chưa có việc chuyển sinh hoạt nào của các chi bộ đồng chí phụ trách trên máy này.")
            }
        }

        Rectangle {
            Layout.fillHeight: true
            visible: root.wide
            implicitWidth: 1
            color: Theme.border
        }

        // The selected transfer, or the request form.
        PageBody {
            id: detailPane
            objectName: "detailPane"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.wide || root.showDetail

            BodyText {
                Layout.fillWidth: true
                visible: !root.showDetail
                text: qsTr("Chọn một việc chuyển ở danh sách bên trái để xem, hoặc bấm “Đề nghị chuyển”.")
            }
            MessageBox {
                objectName: "detailError"
                Layout.fillWidth: true
                visible: text.length > 0 && root.showDetail
                text: transfers.errorMessage
            }

            // One transfer.
            ColumnLayout {
                id: detail

                property var row: ({})

                function refresh() {
                    detail.row = root.selectedId.length > 0 ? transfers.transfers.get(root.selectedId) : {}
                }

                objectName: "transferDetail"
                Layout.fillWidth: true
                visible: !root.requesting && detail.row.transferId !== undefined
                spacing: Theme.spacingSmall

                Connections {
                    target: transfers
                    function onListChanged() {
                        detail.refresh()
                    }
                }
                Connections {
                    target: root
                    function onSelectedIdChanged() {
                        detail.refresh()
                        decisionField.text = ""
                    }
                }

                PlainLabel {
                    objectName: "detailName"
                    Layout.fillWidth: true
                    text: detail.row.memberName ?? ""
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                PlainLabel {
                    objectName: "detailStatus"
                    Layout.fillWidth: true
                    text: detail.row.statusLabel ?? ""
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: [
                        { label: qsTr("Chuyển đi từ"), value: detail.row.fromName ?? "" },
                        { label: qsTr("Chuyển đến"), value: detail.row.toName ?? "" },
                        { label: qsTr("Lý do"), value: detail.row.reason ?? "" },
                        { label: qsTr("Người đề nghị"), value: detail.row.requestedBy ?? "" },
                        { label: qsTr("Ngày đề nghị"), value: detail.row.requestedAt ?? "" },
                        { label: qsTr("Người quyết định"), value: detail.row.decidedBy ?? "" },
                        { label: qsTr("Ngày quyết định"), value: detail.row.decidedAt ?? "" },
                        { label: qsTr("Ý kiến khi quyết định"), value: detail.row.decisionReason ?? "" }
                    ]

                    ColumnLayout {
                        id: fact

                        required property var modelData

                        Layout.fillWidth: true
                        visible: fact.modelData.value.length > 0
                        spacing: 0

                        HintText {
                            Layout.fillWidth: true
                            text: fact.modelData.label
                        }
                        BodyText {
                            Layout.fillWidth: true
                            text: fact.modelData.value
                        }
                    }
                }

                // The receiving side decides.
                ColumnLayout {
                    objectName: "decisionPanel"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: detail.row.canDecide === true
                    spacing: Theme.spacingSmall

                    TextAreaField {
                        id: decisionField
                        objectName: "decisionField"
                        Layout.fillWidth: true
                        label: qsTr("Ý kiến (bắt buộc khi không nhận)")
                    }
                    WrappingButton {
                        objectName: "acceptButton"
                        Layout.fillWidth: true
                        highlighted: true
                        font.bold: true
                        text: qsTr("Nhận đảng viên về chi bộ")
                        onClicked: acceptDialog.open()
                    }
                    WrappingButton {
                        objectName: "rejectButton"
                        Layout.fillWidth: true
                        text: qsTr("Không nhận")
                        // Without a reason the controller says what is missing.
                        onClicked: decisionField.text.trim().length > 0 ? rejectDialog.open()
                                                                        : transfers.reject(root.selectedId, decisionField.text)
                    }
                }
            }

            // "Đề nghị chuyển": the member, the receiving cell, the reason.
            ColumnLayout {
                id: form

                property var found: []

                function search() {
                    form.found = transfers.findMembers(memberSearch.text)
                }

                objectName: "requestForm"
                Layout.fillWidth: true
                visible: root.requesting
                spacing: Theme.spacing

                SectionHeading {
                    Layout.fillWidth: true
                    text: qsTr("Đề nghị chuyển sinh hoạt đảng")
                }

                // 1. The member.
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    PlainLabel {
                        Layout.fillWidth: true
                        text: qsTr("1. Đảng viên")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    BodyText {
                        objectName: "chosenMember"
                        Layout.fillWidth: true
                        visible: transfers.memberName.length > 0
                        text: qsTr("%1 · %2").arg(transfers.memberName).arg(transfers.memberCellName)
                        font.bold: true
                    }
                    LabeledField {
                        id: memberSearch
                        objectName: "memberSearchField"
                        Layout.fillWidth: true
                        label: transfers.memberName.length > 0 ? qsTr("Chọn đảng viên khác") : qsTr("Tìm đảng viên theo tên")
                        placeholderText: qsTr("Ví dụ: nguyen van hai")
                        field.onTextEdited: form.search()
                    }
                    Repeater {
                        objectName: "memberResults"
                        model: memberSearch.text.trim().length > 0 ? form.found : []

                        ItemDelegate {
                            id: candidate

                            required property var modelData

                            objectName: "memberResult"
                            Layout.fillWidth: true
                            padding: Theme.spacingSmall
                            Accessible.name: candidate.modelData.name
                            onClicked: {
                                if (transfers.chooseMember(candidate.modelData.memberId))
                                    memberSearch.text = ""
                            }
                            background: Rectangle {
                                color: Theme.background
                                border.color: Theme.border
                                radius: Theme.spacingSmall
                            }
                            contentItem: ColumnLayout {
                                spacing: 0

                                PlainLabel {
                                    Layout.fillWidth: true
                                    text: candidate.modelData.name
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                                HintText {
                                    Layout.fillWidth: true
                                    text: candidate.modelData.cellName
                                }
                            }
                        }
                    }
                }

                // 2. The receiving cell.
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    PlainLabel {
                        Layout.fillWidth: true
                        text: qsTr("2. Chi bộ chuyển đến")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    BodyText {
                        objectName: "chosenDestination"
                        Layout.fillWidth: true
                        visible: transfers.destinationName.length > 0
                        text: transfers.destinationName
                        font.bold: true
                    }
                    WrappingButton {
                        objectName: "pickDestinationButton"
                        Layout.fillWidth: true
                        text: transfers.destinationName.length > 0 ? qsTr("Chọn chi bộ khác") : qsTr("Chọn chi bộ")
                        onClicked: root.pickDestination()
                    }
                    HintText {
                        Layout.fillWidth: true
                        text: qsTr("Có thể chọn chi bộ bất kỳ trong tỉnh (tìm theo tên). Cấp ủy cấp trên trực tiếp của chi bộ nhận sẽ quyết định.")
                    }
                }

                // 3. The reason.
                TextAreaField {
                    id: reasonField
                    objectName: "reasonField"
                    Layout.fillWidth: true
                    label: qsTr("3. Lý do chuyển (tối đa %1 ký tự)").arg(transfers.maxReason)
                    placeholderText: qsTr("Ví dụ: chuyển nơi cư trú về phường Quang Trung")
                }

                WrappingButton {
                    objectName: "sendRequestButton"
                    Layout.fillWidth: true
                    highlighted: true
                    font.bold: true
                    text: qsTr("Gửi đề nghị")
                    onClicked: {
                        const problem = transfers.problem(transfers.memberId, transfers.destinationId, reasonField.text)
                        if (problem.length > 0)
                            transfers.request(transfers.memberId, transfers.destinationId, reasonField.text)
                        else
                            requestDialog.open()
                    }
                }
                WrappingButton {
                    objectName: "cancelRequestButton"
                    Layout.fillWidth: true
                    text: qsTr("Hủy")
                    onClicked: {
                        transfers.clearRequest()
                        root.closeDetail()
                    }
                }
            }
        }
    }

    ConfirmDialog {
        id: requestDialog
        objectName: "requestDialog"
        title: qsTr("Gửi đề nghị chuyển?")
        text: qsTr("Đề nghị chuyển đồng chí %1 từ %2 đến %3. Cấp ủy quản lý chi bộ nhận sẽ quyết định; đồng chí ấy vẫn sinh hoạt ở chi bộ cũ cho đến khi được nhận.")
              .arg(transfers.memberName).arg(transfers.memberCellName).arg(transfers.destinationName)
        confirmText: qsTr("Gửi đề nghị")
        onConfirmed: transfers.request(transfers.memberId, transfers.destinationId, reasonField.text)
    }
    ConfirmDialog {
        id: acceptDialog
        objectName: "acceptDialog"
        title: qsTr("Nhận đảng viên?")
        text: qsTr("Đồng chí %1 sẽ chuyển về %2 khi máy chủ nhận quyết định này; hồ sơ và việc sinh hoạt theo đồng chí ấy về chi bộ mới.")
              .arg(detail.row.memberName ?? "").arg(detail.row.toName ?? "")
        confirmText: qsTr("Nhận")
        onConfirmed: {
            if (transfers.accept(root.selectedId, decisionField.text))
                decisionField.text = ""
        }
    }
    ConfirmDialog {
        id: rejectDialog
        objectName: "rejectDialog"
        title: qsTr("Không nhận đảng viên?")
        text: qsTr("Đồng chí %1 ở lại %2. Cấp ủy bên chuyển đi sẽ đọc ý kiến của đồng chí.")
              .arg(detail.row.memberName ?? "").arg(detail.row.fromName ?? "")
        confirmText: qsTr("Không nhận")
        onConfirmed: {
            if (transfers.reject(root.selectedId, decisionField.text))
                decisionField.text = ""
        }
    }

    Component {
        id: orgPickerPage
        OrgPickerPage {
            organizations: transfers.destinations
            onChosen: orgId => {
                transfers.chooseDestination(orgId)
                root.StackView.view.pop(root)
            }
        }
    }
}
