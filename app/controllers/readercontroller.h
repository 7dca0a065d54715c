// The reader screen: one document (title, number, issuer, date, summary, body) and
// "Đánh dấu đã đọc", which records document.read through LocalActions.
#pragma once

#include "sessioncontroller.h"

class ReaderController : public SessionController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY documentChanged)
    Q_PROPERTY(QString title READ title NOTIFY documentChanged)
    Q_PROPERTY(QString number READ number NOTIFY documentChanged)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY documentChanged)
    Q_PROPERTY(QString issuer READ issuer NOTIFY documentChanged)
    Q_PROPERTY(QString issuedDate READ issuedDate NOTIFY documentChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY documentChanged)
    Q_PROPERTY(QString body READ body NOTIFY documentChanged)
    Q_PROPERTY(bool read READ read NOTIFY documentChanged)

public:
    explicit ReaderController(QObject *parent = nullptr);

    [[nodiscard]] QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString number() const { return m_number; }
    [[nodiscard]] QString kindLabel() const { return m_kindLabel; }
    [[nodiscard]] QString issuer() const { return m_issuer; }
    [[nodiscard]] QString issuedDate() const { return m_issuedDate; } // dd/MM/yyyy
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QString body() const { return m_body; }
    [[nodiscard]] bool read() const { return m_read; }

    // Records that I read this document (once; sent with the next sync). False on failure.
    Q_INVOKABLE bool markRead();

Q_SIGNALS:
    void documentIdChanged();
    void documentChanged();
    // A read receipt was queued: lists elsewhere show the document as read.
    void markedRead(const QString &documentId);

protected:
    void load(SqliteDatabase &db) override;

private:
    QString m_documentId;
    bool m_found = false;
    QString m_title;
    QString m_number;
    QString m_kindLabel;
    QString m_issuer;
    QString m_issuedDate;
    QString m_summary;
    QString m_body;
    bool m_read = false;
};
