// Signed documents on the screens (DESIGN.md 8.1): the details behind a verified mark (who
// signed, for which organisation, the certificate's validity and the key's fingerprint) and
// the documents kept apart because they did not verify, each with its reason.
#pragma once

#include "sessioncontroller.h"
#include "unverifieddocumentmodel.h"

#include <QVariantMap>

class VerificationController : public SessionController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(UnverifiedDocumentModel *unverified READ unverified CONSTANT)
    Q_PROPERTY(int unverifiedCount READ unverifiedCount NOTIFY unverifiedChanged)

public:
    explicit VerificationController(QObject *parent = nullptr);

    [[nodiscard]] UnverifiedDocumentModel *unverified() { return &m_unverified; }
    [[nodiscard]] int unverifiedCount() const { return m_unverified.rowCount(); }

    // {found, name, organisation, validFrom, validUntil (dd/MM/yyyy), fingerprint} of the
    // signer of a shown document; found is false for an unsigned one.
    Q_INVOKABLE QVariantMap signerDetails(const QString &documentId);

Q_SIGNALS:
    void unverifiedChanged();

protected:
    void load(SqliteDatabase &db) override;

private:
    UnverifiedDocumentModel m_unverified;
};
