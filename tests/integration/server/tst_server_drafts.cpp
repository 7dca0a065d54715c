// Publishing in the app (DESIGN.md 8.2) against the real server with the demo province:
// a committee user drafts, submits; a second committee user of the organisation returns it
// with a reason, then signs and publishes it with a certified signer; a member of the
// audience pulls the signed document and it verifies as a phone verifies it. The two-person
// rule and `org set-approval`, uncertified, revoked and foreign signers, signatures over
// other bytes, everyone outside the committee answered like a missing draft, drafts seen by
// that committee only, withdrawal with its reason, and malformed or oversized drafts.
#include "auth/passwordhasher.h"
#include "cellfixture.h"
#include "db/sqlrunner.h"
#include "publicationsignature.h"
#include "wirevalues.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Signature = PublicationSignature;

class TestServerDrafts : public QObject
{
    Q_OBJECT

    CellFixture f;
    CellAccount author; // a committee user of the Quang Trung ward (the demo's)
    CellAccount approver; // a second committee user of the same organisation
    CellAccount above; // a committee user of the city above it (another organisation)
    Signature::KeyPair root;

    static QString outcome(const QJsonObject &result) { return CellFixture::outcome(result); }
    static QString message(const QJsonObject &result)
    {
        return result.value(u"error"_s).toObject().value(u"message"_s).toString();
    }
    static QJsonObject push(DeviceSession &session, const QString &name, const QJsonObject &args)
    {
        return CellFixture::push(session, name, args);
    }
    static PulledRows pull(DeviceSession &session) { return CellFixture::pull(session); }
    static QString newId() { return CellFixture::newId(); }
    QSqlDatabase db() const { return f.db(); }
    int count(const QString &sql, const QVariantList &binds = {}) const
    {
        return f.count(sql, binds);
    }
    QString userId(const QString &login) const
    {
        return scalarSql(db(), u"SELECT id FROM users WHERE login = ?"_s, { login }).toString();
    }
    static QString today(int days = 0)
    {
        return QDateTime::currentDateTimeUtc()
            .toOffsetFromUtc(7 * 3600)
            .date()
            .addDays(days)
            .toString(Qt::ISODate);
    }

    // A draft's arguments for document.draft.put.
    QJsonObject draftArgs(
        const QString &id, const QString &title, const QJsonArray &attachments = {}) const
    {
        return { { u"id"_s, id }, { u"kind"_s, u"resolution"_s }, { u"number"_s, u"12-NQ/ĐU"_s },
            { u"title"_s, title }, { u"issued_date"_s, today() },
            { u"issuer"_s, u"Đảng ủy phường Quang Trung"_s },
            { u"summary"_s, u"Tóm tắt nghị quyết"_s },
            { u"body"_s, u"Điều 1. Nội dung nghị quyết.\nĐiều 2. Tổ chức thực hiện."_s },
            { u"classification"_s, u"internal"_s }, { u"audience_org_id"_s, f.secretary.orgId },
            { u"attachments"_s, attachments } };
    }

    // Inserts a signer of `userLogin` for the author's organisation, certified by the test root
    // unless `certified` is false; returns its id and keys.
    std::pair<QString, Signature::KeyPair> makeSigner(
        const QString &userLogin, char seed, bool certified = true, const QString &revokedAt = {})
    {
        const auto keys = Signature::keyPairFromSeed(QByteArray(32, seed));
        const QString id = newId();
        const QJsonObject signer { { u"id"_s, id }, { u"org_id"_s, author.orgId },
            { u"name"_s, u"Người ký %1"_s.arg(userLogin) },
            { u"public_key"_s, Signature::toBase64(keys->publicKey) },
            { u"valid_from"_s, today(-30) }, { u"valid_until"_s, today(365) } };
        const QString certificate = certified
            ? Signature::toBase64(Signature::sign(Signature::signerBytes(signer), root.secretKey))
            : QString();
        runSql(db(),
            u"INSERT INTO signers (id, org_id, user_id, name, public_key, registered_at, "
            "valid_from, valid_until, certificate, certified_at, revoked_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { id, author.orgId, userId(userLogin), signer[u"name"_s].toString(),
                signer[u"public_key"_s].toString(), CellFixture::inFuture(0),
                signer[u"valid_from"_s].toString(), signer[u"valid_until"_s].toString(),
                certificate.isEmpty() ? sqlNull() : QVariant(certificate),
                certified ? QVariant(CellFixture::inFuture(0)) : sqlNull(),
                revokedAt.isEmpty() ? sqlNull() : QVariant(revokedAt) });
        return { id, *keys };
    }

    // The signer row as a device holds it.
    QJsonObject signerRow(const QString &id) const
    {
        QSqlQuery q = runSql(db(),
            u"SELECT id, org_id, name, public_key, valid_from, valid_until, certificate, "
            "revoked_at FROM signers WHERE id = ?"_s,
            { id });
        if (!q.next())
            return {};
        return { { u"id"_s, q.value(0).toString() }, { u"org_id"_s, q.value(1).toString() },
            { u"name"_s, q.value(2).toString() }, { u"public_key"_s, q.value(3).toString() },
            { u"valid_from"_s, q.value(4).toString() }, { u"valid_until"_s, q.value(5).toString() },
            { u"certificate"_s, q.value(6).toString() },
            { u"revoked_at"_s, q.value(7).isNull() ? QJsonValue() : q.value(7).toString() } };
    }

    // document.publish arguments signing `draft` (a pulled document_draft row) with `keys`.
    static QJsonObject publishArgs(
        const QJsonObject &draft, const QString &signerId, const Signature::KeyPair &keys)
    {
        const QByteArray value = Signature::sign(Signature::documentBytes(draft), keys.secretKey);
        return { { u"draft_id"_s, draft.value(u"id"_s).toString() },
            { u"signature"_s,
                QJsonObject {
                    { u"signer_id"_s, signerId }, { u"value"_s, Signature::toBase64(value) } } } };
    }

    // A second committee account of `orgId` without a member record.
    CellAccount addCommittee(const QString &login, const QString &orgId)
    {
        const CellAccount account { login, u"Duyet-vanban-2025"_s, u"committee"_s, {}, orgId };
        runSql(db(),
            u"INSERT INTO users (id, login, password_hash, member_id, role, org_id, created_at) "
            "VALUES (?, ?, ?, NULL, 'committee', ?, ?)"_s,
            { newId(), login, PasswordHasher::hash(account.password), orgId,
                CellFixture::inFuture(0) });
        return account;
    }

    // Uploads bytes as one request; the HTTP status.
    static int upload(DeviceSession &session, const QByteArray &bytes)
    {
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        return session.http
            .send("PUT", u"/v1/blobs/"_s + sha, bytes,
                { { "Content-Type", "application/octet-stream" } })
            .status;
    }

    bool sameOrAncestor(const QString &ancestor, const QString &org) const
    {
        return count(u"SELECT count(*) FROM org_closure WHERE ancestor_id = ? AND "
                     "descendant_id = ?"_s,
                   { ancestor, org })
            > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        author = f.committee;
        QVERIFY(!author.orgId.isEmpty());
        approver = addCommittee(u"duyet.quangtrung"_s, author.orgId);
        above = f.account(u"thanhuy.sonlam"_s);
        QVERIFY(above.orgId != author.orgId);
        root = *Signature::keyPairFromSeed(QByteArray(32, 'R'));
    }

    void theDemoProvinceCommitteeHasDraftsInEachState()
    {
        const QString province
            = scalarSql(db(), u"SELECT id FROM organizations WHERE parent_id IS NULL"_s).toString();
        for (const char *status : { "draft", "submitted", "returned" }) {
            QCOMPARE(count(u"SELECT count(*) FROM document_drafts d JOIN users u ON "
                           "u.id = d.author_id WHERE d.org_id = ? AND d.status = ? AND "
                           "u.org_id = d.org_id AND u.role = 'committee'"_s,
                         { province, QString::fromLatin1(status) }),
                1);
        }
        QVERIFY(!scalarSql(db(),
            u"SELECT return_reason FROM document_drafts WHERE org_id = ? AND status = ?"_s,
            { province, u"returned"_s })
                     .toString()
                     .isEmpty());
        // The province admin (a committee user of the province) pulls them; the ward's does not.
        auto admin = f.signIn(f.account(u"quantri"_s));
        QCOMPARE(pull(*admin).rows.value(u"document_draft"_s).size(), 3);
        auto ward = f.signIn(author);
        QVERIFY(!pull(*ward).rows.contains(u"document_draft"_s));
    }

    void draftSubmitReturnResubmitSignAndPublish()
    {
        auto writer = f.signIn(author);
        auto second = f.signIn(approver);
        auto member = f.signIn(f.member);
        pull(*writer);
        pull(*second);
        pull(*member);
        const auto [signerId, keys] = makeSigner(approver.login, 'S');

        // A draft with an attachment the author uploaded.
        const QByteArray pdf = "%PDF-1.4 phụ lục nghị quyết " + newId().toUtf8();
        QCOMPARE(upload(*writer, pdf), 201);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        const QJsonArray attachments { QJsonObject { { u"sha256"_s, sha },
            { u"name"_s, u"Phụ lục.pdf"_s }, { u"mime"_s, u"application/pdf"_s } } };
        const QString id = newId();
        QCOMPARE(outcome(push(*writer, u"document.draft.put"_s,
                     draftArgs(id, u"Nghị quyết về công tác xây dựng Đảng"_s, attachments))),
            u"applied"_s);
        PulledRows seen = pull(*second);
        QVERIFY(seen.has(u"document_draft"_s, id));
        QJsonObject row = seen.row(u"document_draft"_s, id);
        QCOMPARE(row.value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(row.value(u"author_id"_s).toString(), userId(author.login));
        QVERIFY(!row.value(u"author_name"_s).toString().isEmpty());
        QCOMPARE(row.value(u"org_id"_s).toString(), author.orgId);
        QCOMPARE(row.value(u"attachments"_s).toArray().at(0)[u"size"_s].toInteger(), pdf.size());
        QVERIFY(!pull(*member).has(u"document_draft"_s, id));

        // Only the author submits; a submitted draft is not edited.
        QCOMPARE(outcome(push(*second, u"document.draft.submit"_s, { { u"id"_s, id } })),
            u"forbidden"_s);
        QCOMPARE(
            outcome(push(*writer, u"document.draft.submit"_s, { { u"id"_s, id } })), u"applied"_s);
        QCOMPARE(outcome(push(*writer, u"document.draft.put"_s, draftArgs(id, u"Sửa"_s))),
            u"conflict"_s);

        // Returned with a reason (required), which the author sees.
        QCOMPARE(outcome(push(*second, u"document.draft.return"_s, { { u"id"_s, id } })),
            u"invalid_args"_s);
        QCOMPARE(outcome(push(*writer, u"document.draft.return"_s,
                     { { u"id"_s, id }, { u"reason"_s, u"Tự trả"_s } })),
            u"forbidden"_s);
        QCOMPARE(outcome(push(*second, u"document.draft.return"_s,
                     { { u"id"_s, id }, { u"reason"_s, u"Bổ sung căn cứ ban hành."_s } })),
            u"applied"_s);
        row = pull(*writer).row(u"document_draft"_s, id);
        QCOMPARE(row.value(u"status"_s).toString(), u"returned"_s);
        QCOMPARE(row.value(u"return_reason"_s).toString(), u"Bổ sung căn cứ ban hành."_s);

        // Corrected: it stays returned with its reason until submitted again.
        const QString title = u"Nghị quyết về công tác xây dựng Đảng (bổ sung căn cứ)"_s;
        QCOMPARE(outcome(push(*writer, u"document.draft.put"_s, draftArgs(id, title, attachments))),
            u"applied"_s);
        row = pull(*writer).row(u"document_draft"_s, id);
        QCOMPARE(row.value(u"status"_s).toString(), u"returned"_s);
        QCOMPARE(row.value(u"title"_s).toString(), title);
        QCOMPARE(
            outcome(push(*writer, u"document.draft.submit"_s, { { u"id"_s, id } })), u"applied"_s);
        row = pull(*second).row(u"document_draft"_s, id);
        QCOMPARE(row.value(u"status"_s).toString(), u"submitted"_s);
        QVERIFY(row.value(u"return_reason"_s).isNull());

        // The author may not approve under the two-person rule, even with a certified key.
        const auto [authorSigner, authorKeys] = makeSigner(author.login, 'A');
        QJsonObject refused
            = push(*writer, u"document.publish"_s, publishArgs(row, authorSigner, authorKeys));
        QCOMPARE(outcome(refused), u"forbidden"_s);
        QVERIFY2(message(refused).contains(u"chính mình soạn"_s), qPrintable(message(refused)));
        // Signed over other bytes (another title): refused, nothing published.
        QJsonObject forged = row;
        forged.insert(u"title"_s, u"Tiêu đề khác"_s);
        refused = push(*second, u"document.publish"_s, publishArgs(forged, signerId, keys));
        QCOMPARE(outcome(refused), u"invalid_args"_s);
        QVERIFY2(message(refused).contains(u"không khớp"_s), qPrintable(message(refused)));
        // Someone else's key.
        QCOMPARE(outcome(push(
                     *second, u"document.publish"_s, publishArgs(row, authorSigner, authorKeys))),
            u"forbidden"_s);
        QCOMPARE(count(u"SELECT count(*) FROM documents WHERE id = ?"_s, { id }), 0);

        // Signed and published by the second committee user.
        QCOMPARE(outcome(push(*second, u"document.publish"_s, publishArgs(row, signerId, keys))),
            u"applied"_s);
        row = pull(*second).row(u"document_draft"_s, id);
        QCOMPARE(row.value(u"status"_s).toString(), u"published"_s);
        QCOMPARE(row.value(u"approver_id"_s).toString(), userId(approver.login));
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'document.publish' AND "
                       "target_id = ?"_s,
                     { id }),
            1);

        // A member of the audience receives it signed, and it verifies as on a phone.
        seen = pull(*member);
        QVERIFY(seen.has(u"document"_s, id));
        const QJsonObject document = seen.row(u"document"_s, id);
        QCOMPARE(document.value(u"title"_s).toString(), title);
        QCOMPARE(
            document.value(u"signature"_s).toObject().value(u"signer_id"_s).toString(), signerId);
        const auto check
            = [this](const QString &a, const QString &o) { return sameOrAncestor(a, o); };
        QCOMPARE(Signature::verifyDocument(document, signerRow(signerId), root.publicKey, check),
            Signature::Failure::None);
        QJsonObject tampered = document;
        tampered.insert(u"body"_s, u"Nội dung bị sửa"_s);
        QCOMPARE(Signature::verifyDocument(tampered, signerRow(signerId), root.publicKey, check),
            Signature::Failure::BadSignature);
        // Published once: the same publish again is a conflict.
        QCOMPARE(outcome(push(*second, u"document.publish"_s, publishArgs(row, signerId, keys))),
            u"conflict"_s);
    }

    void signersMustBeCertifiedAndNotRevoked()
    {
        auto writer = f.signIn(author);
        auto second = f.signIn(approver);
        const QString id = newId();
        QCOMPARE(outcome(push(*writer, u"document.draft.put"_s, draftArgs(id, u"Thông tri"_s))),
            u"applied"_s);
        QCOMPARE(
            outcome(push(*writer, u"document.draft.submit"_s, { { u"id"_s, id } })), u"applied"_s);
        const QJsonObject row = pull(*second).row(u"document_draft"_s, id);
        const auto [uncertified, uncertifiedKeys] = makeSigner(approver.login, 'U', false);
        QJsonObject refused
            = push(*second, u"document.publish"_s, publishArgs(row, uncertified, uncertifiedKeys));
        QCOMPARE(outcome(refused), u"forbidden"_s);
        QVERIFY2(message(refused).contains(u"chưa được tỉnh chứng thực"_s),
            qPrintable(message(refused)));
        const auto [revoked, revokedKeys]
            = makeSigner(approver.login, 'V', true, CellFixture::inFuture(-3600));
        refused = push(*second, u"document.publish"_s, publishArgs(row, revoked, revokedKeys));
        QCOMPARE(outcome(refused), u"forbidden"_s);
        QVERIFY2(message(refused).contains(u"thu hồi"_s), qPrintable(message(refused)));
        QCOMPARE(count(u"SELECT count(*) FROM documents WHERE id = ?"_s, { id }), 0);
        second->cursor.clear(); // a full pull: nothing changed since the last one
        QCOMPARE(pull(*second).row(u"document_draft"_s, id).value(u"status"_s).toString(),
            u"submitted"_s);
    }

    // The two-person rule is about what is published: a colleague who rewrote the draft is its
    // author from then on and cannot approve it; its first writer can.
    void whoeverRewroteADraftCannotApproveIt()
    {
        auto writer = f.signIn(author);
        auto second = f.signIn(approver);
        const QString id = newId();
        QCOMPARE(outcome(push(*writer, u"document.draft.put"_s, draftArgs(id, u"Kế hoạch"_s))),
            u"applied"_s);
        QCOMPARE(outcome(push(*second, u"document.draft.put"_s,
                     draftArgs(id, u"Kế hoạch do đồng chí khác viết lại"_s))),
            u"applied"_s);
        QCOMPARE(outcome(push(*writer, u"document.draft.submit"_s, { { u"id"_s, id } })),
            u"forbidden"_s);
        QCOMPARE(
            outcome(push(*second, u"document.draft.submit"_s, { { u"id"_s, id } })), u"applied"_s);
        const QJsonObject row = pull(*second).row(u"document_draft"_s, id);
        const auto [secondSigner, secondKeys] = makeSigner(approver.login, 'r');
        QCOMPARE(outcome(push(
                     *second, u"document.publish"_s, publishArgs(row, secondSigner, secondKeys))),
            u"forbidden"_s);
        const auto [firstSigner, firstKeys] = makeSigner(author.login, 'w');
        QCOMPARE(
            outcome(push(*writer, u"document.publish"_s, publishArgs(row, firstSigner, firstKeys))),
            u"applied"_s);
    }

    void singlePersonApprovalIsAnAdminSwitch()
    {
        auto writer = f.signIn(author);
        const QString id = newId();
        QCOMPARE(outcome(push(*writer, u"document.draft.put"_s, draftArgs(id, u"Kết luận"_s))),
            u"applied"_s);
        QCOMPARE(
            outcome(push(*writer, u"document.draft.submit"_s, { { u"id"_s, id } })), u"applied"_s);
        const QJsonObject row = pull(*writer).row(u"document_draft"_s, id);
        const auto [signerId, keys] = makeSigner(author.login, 'B');
        QCOMPARE(outcome(push(*writer, u"document.publish"_s, publishArgs(row, signerId, keys))),
            u"forbidden"_s);

        const auto bad
            = f.cli({ u"org"_s, u"set-approval"_s, u"--db"_s, u"--org"_s, author.orgId, u"one"_s });
        QCOMPARE(bad.exitCode, 2);
        const auto single = f.cli(
            { u"org"_s, u"set-approval"_s, u"--db"_s, u"--org"_s, author.orgId, u"single"_s });
        QVERIFY2(single.exitCode == 0, single.standardError.constData());
        QVERIFY(single.standardOutput.contains("single"));
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'org.set-approval' AND "
                       "target_id = ?"_s,
                     { author.orgId }),
            1);
        QCOMPARE(outcome(push(*writer, u"document.publish"_s, publishArgs(row, signerId, keys))),
            u"applied"_s);

        const auto two
            = f.cli({ u"org"_s, u"set-approval"_s, u"--db"_s, u"--org"_s, author.orgId, u"two"_s });
        QVERIFY2(two.exitCode == 0, two.standardError.constData());
        QCOMPARE(count(u"SELECT single_person_approval FROM org_settings WHERE org_id = ?"_s,
                     { author.orgId }),
            0);
    }

    void othersGetNotFoundAndSeeNoDraft()
    {
        auto writer = f.signIn(author);
        auto second = f.signIn(approver);
        const QString id = newId();
        QCOMPARE(outcome(push(*writer, u"document.draft.put"_s, draftArgs(id, u"Chỉ thị"_s))),
            u"applied"_s);
        QCOMPARE(
            outcome(push(*writer, u"document.draft.submit"_s, { { u"id"_s, id } })), u"applied"_s);
        const QJsonObject row = pull(*second).row(u"document_draft"_s, id);
        const auto [signerId, keys] = makeSigner(approver.login, 'C');
        const int denials = count(u"SELECT count(*) FROM audit_log WHERE action = 'denied'"_s);
        const QList<CellAccount> outsiders { f.member, f.secretary, f.stranger, above };
        for (const CellAccount &account : outsiders) {
            auto session = f.signIn(account);
            QCOMPARE(outcome(push(*session, u"document.draft.put"_s, draftArgs(id, u"Đè"_s))),
                u"not_found"_s);
            QCOMPARE(outcome(push(*session, u"document.draft.submit"_s, { { u"id"_s, id } })),
                u"not_found"_s);
            QCOMPARE(outcome(push(*session, u"document.draft.return"_s,
                         { { u"id"_s, id }, { u"reason"_s, u"Không"_s } })),
                u"not_found"_s);
            QCOMPARE(
                outcome(push(*session, u"document.publish"_s, publishArgs(row, signerId, keys))),
                u"not_found"_s);
            QVERIFY2(!pull(*session).rows.contains(u"document_draft"_s), qPrintable(account.login));
        }
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'denied'"_s),
            denials + 4 * int(outsiders.size()));
        second->cursor.clear(); // a full pull: the draft is unchanged
        QCOMPARE(
            pull(*second).row(u"document_draft"_s, id).value(u"title"_s).toString(), u"Chỉ thị"_s);
        // A missing draft answers the same.
        QCOMPARE(outcome(push(*second, u"document.draft.submit"_s, { { u"id"_s, newId() } })),
            u"not_found"_s);
        // An audience outside the committee's organisation is not found either.
        QJsonObject outside = draftArgs(newId(), u"Ra ngoài"_s);
        outside.insert(u"audience_org_id"_s, f.stranger.orgId);
        QCOMPARE(outcome(push(*writer, u"document.draft.put"_s, outside)), u"not_found"_s);
    }

    void withdrawalDeletesAndTellsWhy()
    {
        auto writer = f.signIn(author);
        auto second = f.signIn(approver);
        auto member = f.signIn(f.member);
        const QString id = newId();
        QCOMPARE(outcome(push(*writer, u"document.draft.put"_s, draftArgs(id, u"Quy định"_s))),
            u"applied"_s);
        QCOMPARE(
            outcome(push(*writer, u"document.draft.submit"_s, { { u"id"_s, id } })), u"applied"_s);
        const QJsonObject row = pull(*second).row(u"document_draft"_s, id);
        const auto [signerId, keys] = makeSigner(approver.login, 'W');
        QCOMPARE(outcome(push(*second, u"document.publish"_s, publishArgs(row, signerId, keys))),
            u"applied"_s);
        QVERIFY(pull(*member).has(u"document"_s, id));

        for (const CellAccount &account : { f.member, f.secretary, above }) {
            auto session = f.signIn(account);
            QCOMPARE(outcome(push(*session, u"document.withdraw"_s,
                         { { u"id"_s, id }, { u"reason"_s, u"Không"_s } })),
                u"not_found"_s);
        }
        QCOMPARE(
            outcome(push(*writer, u"document.withdraw"_s, { { u"id"_s, id } })), u"invalid_args"_s);
        const QString reason = u"Ban hành nhầm đối tượng; sẽ ban hành lại."_s;
        QCOMPARE(outcome(push(*writer, u"document.withdraw"_s,
                     { { u"id"_s, id }, { u"reason"_s, reason } })),
            u"applied"_s);
        QCOMPARE(scalarSql(db(), u"SELECT withdraw_reason FROM documents WHERE id = ?"_s, { id })
                     .toString(),
            reason);
        const PulledRows seen = pull(*member);
        QVERIFY(seen.wasDeleted(u"document"_s, id));
        bool told = false;
        for (const QJsonObject &n : seen.rows.value(u"notification"_s)) {
            if (n.value(u"kind"_s).toString() == Protocol::NotificationKind::DocumentWithdrawn
                && n.value(u"title"_s).toString().contains(u"Quy định"_s)) {
                QVERIFY(n.value(u"body"_s).toString().contains(reason));
                told = true;
            }
        }
        QVERIFY(told);
        // Once withdrawn it is gone.
        QCOMPARE(outcome(push(*writer, u"document.withdraw"_s,
                     { { u"id"_s, id }, { u"reason"_s, reason } })),
            u"not_found"_s);
    }

    void malformedAndOversizedDraftsAreInvalid()
    {
        auto writer = f.signIn(author);
        const QString id = newId();
        QJsonObject args = draftArgs(id, u"Văn bản"_s);
        args.insert(u"org_id"_s, f.stranger.orgId); // not an argument: the caller's org is used
        QCOMPARE(outcome(push(*writer, u"document.draft.put"_s, args)), u"invalid_args"_s);
        const auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject changed = draftArgs(id, u"Văn bản"_s);
            changed.insert(key, value);
            return outcome(push(*writer, u"document.draft.put"_s, changed));
        };
        QCOMPARE(
            with(u"title"_s, QString(Protocol::Limit::DocumentTitle + 1, u'x')), u"invalid_args"_s);
        QCOMPARE(with(u"number"_s, QString(Protocol::Limit::DocumentNumber + 1, u'9')),
            u"invalid_args"_s);
        QCOMPARE(with(u"issuer"_s, QString(Protocol::Limit::DocumentIssuer + 1, u'y')),
            u"invalid_args"_s);
        QCOMPARE(
            with(u"body"_s, QString(Protocol::Limit::DocumentBody + 1, u'z')), u"invalid_args"_s);
        QCOMPARE(with(u"kind"_s, u"poem"_s), u"invalid_args"_s);
        QCOMPARE(with(u"classification"_s, u"secret"_s), u"invalid_args"_s);
        QCOMPARE(with(u"issued_date"_s, u"31/12/2025"_s), u"invalid_args"_s);
        QCOMPARE(with(u"title"_s, 42), u"invalid_args"_s);
        QCOMPARE(with(u"attachments"_s,
                     QJsonArray { QJsonObject { { u"sha256"_s, u"abc"_s },
                         { u"name"_s, u"a.pdf"_s }, { u"mime"_s, u"application/pdf"_s } } }),
            u"invalid_args"_s);
        QCOMPARE(with(u"attachments"_s,
                     QJsonArray { QJsonObject { { u"sha256"_s, QString(64, u'a') },
                         { u"name"_s, u"a.pdf"_s }, { u"mime"_s, u"application/pdf"_s },
                         { u"owner"_s, u"x"_s } } }),
            u"invalid_args"_s);
        // A file nobody uploaded.
        QCOMPARE(with(u"attachments"_s,
                     QJsonArray { QJsonObject { { u"sha256"_s, QString(64, u'a') },
                         { u"name"_s, u"a.pdf"_s }, { u"mime"_s, u"application/pdf"_s } } }),
            u"blob_missing"_s);
        QCOMPARE(outcome(push(*writer, u"document.publish"_s, { { u"draft_id"_s, id } })),
            u"invalid_args"_s);
        QCOMPARE(outcome(push(*writer, u"document.publish"_s,
                     { { u"draft_id"_s, id },
                         { u"signature"_s,
                             QJsonObject { { u"signer_id"_s, u"x"_s }, { u"value"_s, u"y"_s },
                                 { u"key"_s, u"z"_s } } } })),
            u"invalid_args"_s);
        QCOMPARE(count(u"SELECT count(*) FROM document_drafts WHERE id = ?"_s, { id }), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerDrafts)
#include "tst_server_drafts.moc"
