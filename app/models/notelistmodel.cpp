#include "notelistmodel.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

NoteListModel::NoteListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int NoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NoteInfo &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return note.text;
    case IdRole:
        return note.id;
    case AnchorRole:
        return note.anchor;
    case UpdatedRole:
        return note.updatedAt.isValid()
            ? note.updatedAt.toTimeZone(QTimeZone(7 * 3600)).toString(u"HH:mm dd/MM/yyyy"_s)
            : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> NoteListModel::roleNames() const
{
    return {
        { IdRole, "noteId" },
        { TextRole, "text" },
        { AnchorRole, "anchor" },
        { UpdatedRole, "updated" },
    };
}

void NoteListModel::setNotes(const QList<NoteInfo> &notes)
{
    const bool countChanges = notes.size() != m_notes.size();
    beginResetModel();
    m_notes = notes;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

std::optional<NoteInfo> NoteListModel::find(const QString &noteId) const
{
    for (const NoteInfo &note : m_notes) {
        if (note.id == noteId)
            return note;
    }
    return std::nullopt;
}
