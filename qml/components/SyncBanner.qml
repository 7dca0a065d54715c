pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The sync status at the top of the home page: offline, syncing (with what came in so far),
// the last error, the last successful sync, changes not sent yet, and "Đồng bộ ngay".
Rectangle {
    id: root

    // From the home screen's controller: "Đồng bộ lần cuối: …" and the outbox size.
    required property string lastSyncText
    required property int pendingCount

    readonly property SyncController sync: Account.sync
    readonly property bool running: sync !== null && sync.running
    // No network at all, or the server not reached (said apart).
    readonly property bool offline: sync !== null && !running
                                    && (sync.delivery === SyncController.NoNetwork
                                        || sync.delivery === SyncController.ServerUnreachable)
    readonly property bool failed: sync !== null && !running
                                   && sync.delivery === SyncController.Failed

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.cornerRadius
    color: offline || failed ? Theme.warningBackground : Theme.surface
    border.width: offline || failed ? 2 : 1
    border.color: offline || failed ? Theme.warningText : Theme.border

    ColumnLayout {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: root.width - 2 * Theme.spacing
        spacing: Theme.spacingSmall

        PlainLabel {
            objectName: "syncHeadline"
            Layout.fillWidth: true
            text: root.sync === null
                  ? qsTr("Đang chờ đăng nhập với máy chủ: tài liệu trên máy vẫn đọc được, nhưng chưa gửi, chưa nhận được gì.")
                  : root.running ? qsTr("Đang đồng bộ…")
                  : root.sync.delivery === SyncController.NoNetwork
                  ? qsTr("Máy đang không có mạng. Đồng chí vẫn đọc được tài liệu có trên máy; máy sẽ tự đồng bộ khi có mạng.")
                  : root.offline
                  ? qsTr("Chưa liên lạc được với máy chủ. Đồng chí vẫn đọc được tài liệu có trên máy; máy sẽ tự thử lại.")
                  : root.failed ? root.sync.lastErrorMessage
                  : qsTr("Đã đồng bộ")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: root.offline || root.failed ? Theme.warningText : Theme.text
            wrapMode: Text.Wrap
        }

        PlainLabel {
            Layout.fillWidth: true
            visible: root.running
            text: root.sync === null ? ""
                  : root.sync.blobsWanted > 0
                    ? qsTr("Đã nhận %1 thay đổi · tệp đính kèm %2/%3")
                          .arg(root.sync.changesPulled).arg(root.sync.blobsDownloaded)
                          .arg(root.sync.blobsWanted)
                    : qsTr("Đã nhận %1 thay đổi").arg(root.sync.changesPulled)
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        ProgressBar {
            Layout.fillWidth: true
            visible: root.running
            indeterminate: root.sync === null || root.sync.blobsWanted === 0
            from: 0
            to: root.sync === null ? 1 : Math.max(1, root.sync.blobsWanted)
            value: root.sync === null ? 0 : root.sync.blobsDownloaded
        }

        PlainLabel {
            objectName: "syncStatus"
            Layout.fillWidth: true
            text: root.pendingCount <= 0 ? root.lastSyncText
                  : root.running ? qsTr("%1 · Đang gửi %2 thay đổi").arg(root.lastSyncText).arg(root.pendingCount)
                  : qsTr("%1 · Còn %2 thay đổi chưa gửi").arg(root.lastSyncText).arg(root.pendingCount)
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        ActionButton {
            objectName: "syncNowButton"
            Layout.fillWidth: true
            visible: root.sync !== null
            enabled: !root.running
            text: root.running ? qsTr("Đang đồng bộ…") : qsTr("Đồng bộ ngay")
            onClicked: root.sync.syncNow()
        }
    }
}
