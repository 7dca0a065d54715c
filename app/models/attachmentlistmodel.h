// The attachments of the document in the reader: name, size, whether it is a PDF and
// whether its bytes are here (in the vault, or fetched into memory for a restricted
// document), with the image-provider source of an available PDF.
#pragma once

#include "readercatalog.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

class AttachmentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The reader gives its attachments model.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        Sha256Role = Qt::UserRole + 1,
        NameRole,
        SizeRole, // e.g. "42 KB" (DataSize::text)
        IsPdfRole,
        AvailableRole,
        SourceRole, // PdfPageRenderer source id, empty when not available
    };
    Q_ENUM(Role)

    explicit AttachmentListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the whole list (and forgets the in-memory sources).
    void setAttachments(const QList<AttachmentInfo> &attachments);
    [[nodiscard]] const QList<AttachmentInfo> &attachments() const { return m_attachments; }
    // An attachment's bytes are now in memory under this renderer source.
    void setMemorySource(const QString &sha256, const QString &source);
    // The renderer source of an attachment ("" when its bytes are not here).
    [[nodiscard]] QString source(const QString &sha256) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<AttachmentInfo> m_attachments;
    QHash<QString, QString> m_memorySources;
};
