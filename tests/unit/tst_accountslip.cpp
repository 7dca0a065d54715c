// A committee's accounts and transfers (issue 20): the actions queued with their local effect
// and rolled back when rejected (AccountActions, over a real vault), and the temporary password
// slip: the QR code's module matrix for known strings
// (no decoder here: the version and size the standard gives for the length, the three finder
// patterns with their separators and the timing patterns where ISO/IEC 18004 puts them), the
// server profile text the QR holds, and the A4 slip's text read back with QtPdf.
#include "accountactions.h"
#include "accountsecrets.h"
#include "accountslipcontroller.h"
#include "mutationnames.h"
#include "outbox.h"
#include "passwordslip.h"
#include "protocol.h"
#include "qrcode.h"
#include "replicastore.h"
#include "serverprofiletext.h"
#include "sqlitedatabase.h"
#include "syncfixtures.h"
#include "unlockedsession.h"
#include "vaultfixture.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

#include <QFile>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPin = u"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="_s;

// A finder pattern with its top-left module at (left, top): a dark 7x7 ring, a light ring,
// a dark 3x3 centre.
bool isFinderAt(const QrCode &code, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (code.isDark(left + x, top + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

} // namespace

class TestAccountSlip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The slips page's controller: a password that came back is listed once with the member's
    // name and printed; a lost answer says so and offers a new reset; dismissed, it is gone.
    void slipsAreShownPrintedAndDismissed()
    {
        using namespace SyncFixtures;
        QTemporaryDir dir;
        const auto session = unlockedTestSession(dir, u"246810"_s);
        QVERIFY(session);
        VaultSyncStore store(session->vault());
        store.saveSession(u"refresh-1"_s, AuthUser { u"u1"_s, u"m1"_s, u"committee"_s, u"p1"_s });
        const QString memberType(Protocol::RowType::Member);
        const QJsonObject account { { QString(Protocol::ResultData::UserId), u"u3"_s } };
        store.applyPullPage(
            page({ put(memberType, u"m2"_s,
                       { { u"id"_s, u"m2"_s }, { u"org_id"_s, u"c1"_s },
                           { u"full_name"_s, u"Nguyễn Văn Hải"_s } }),
                     put(memberType, u"m3"_s,
                         { { u"id"_s, u"m3"_s }, { u"org_id"_s, u"c1"_s },
                             { u"full_name"_s, u"Lê Thị Ba"_s }, { u"account"_s, account } }) },
                u"k1"_s));
        SqliteDatabase &db = session->vault().database();
        AccountActions actions(db);
        const AccountActions::Result created
            = actions.createAccount(u"m2"_s, u"hai.nv"_s, QString(Protocol::Role::Member));
        const AccountActions::Result reset = actions.resetPassword(u"m3"_s);
        QVERIFY(created.ok() && reset.ok());
        WireMutationResult answer { created.mutationId, true, {}, {}, {} };
        answer.data = { { QString(Protocol::ResultData::UserId), u"u2"_s },
            { QString(Protocol::ResultData::Login), u"hai.nv"_s },
            { QString(Protocol::ResultData::TemporaryPassword), u"Tam-4821-xk"_s } };
        store.acknowledge({ reset.mutationId, { answer, { reset.mutationId, true, {}, {}, {} } } });

        AccountSlipController slips;
        slips.setSession(session.get());
        QCOMPARE(slips.slips().size(), 2);
        const QVariantMap lost = slips.slips().at(0).toMap();
        QVERIFY(lost.value(u"lost"_s).toBool());
        QCOMPARE(lost.value(u"memberName"_s).toString(), u"Lê Thị Ba"_s);
        QCOMPARE(lost.value(u"message"_s).toString(), AccountSlipController::lostMessage());
        const QVariantMap kept = slips.slips().at(1).toMap();
        QCOMPARE(kept.value(u"memberName"_s).toString(), u"Nguyễn Văn Hải"_s);
        QCOMPARE(kept.value(u"password"_s).toString(), u"Tam-4821-xk"_s);

        const QString path = dir.filePath(u"phieu.pdf"_s);
        QVERIFY(!slips.printSlip(lost.value(u"mutationId"_s).toLongLong(), path));
        QVERIFY(slips.printSlip(
            kept.value(u"mutationId"_s).toLongLong(), QUrl::fromLocalFile(path).toString()));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY(pdf.getAllText(0).text().contains(u"Tam-4821-xk"_s));

        // The lost one: a new reset is queued and the loss forgotten.
        QVERIFY(slips.resetAgain(lost.value(u"mutationId"_s).toLongLong()));
        QCOMPARE(Outbox(db).pending(10).size(), 1);
        QCOMPARE(slips.slips().size(), 1);
        QVERIFY(slips.dismiss(kept.value(u"mutationId"_s).toLongLong()));
        QVERIFY(slips.slips().isEmpty());
        QVERIFY(AccountSecrets(db).all().isEmpty());
    }

    void loginSuggestedFromTheName()
    {
        QCOMPARE(AccountActions::suggestLogin(u"Nguyễn Văn Hải"_s), u"nguyenvanhai"_s);
        QCOMPARE(AccountActions::suggestLogin(u"Đặng Thị Ngọc Ánh"_s), u"dangthingocanh"_s);
        QVERIFY(AccountActions::isValidLogin(u"nguyen.van-hai_2@x"_s));
        QVERIFY(!AccountActions::isValidLogin(u"nguyễn"_s));
        QVERIFY(!AccountActions::isValidLogin(QString()));
        QVERIFY(!AccountActions::isValidLogin(QString(65, u'a')));
    }

    // Each action: queued with its local effect, the row pending until the answer; a
    // rejection rolls the row back.
    void actionsAreQueuedPendingAndRolledBack()
    {
        using namespace SyncFixtures;
        VaultFixture fixture;
        QVERIFY(fixture.vault->create(VaultFixture::kPin).ok());
        VaultSyncStore store(*fixture.vault, [&] { return fixture.now; });
        store.saveSession(u"refresh-1"_s, AuthUser { u"u1"_s, u"m1"_s, u"committee"_s, u"p1"_s });
        SqliteDatabase &db = fixture.vault->database();
        const QString memberType(Protocol::RowType::Member);
        const QString deviceType(Protocol::RowType::Device);
        const QString transferType(Protocol::RowType::MemberTransfer);
        const QString orgType(Protocol::RowType::Organization);
        store.applyPullPage(page(
            { put(orgType, u"c1"_s, { { u"id"_s, u"c1"_s }, { u"name"_s, u"Chi bộ 1"_s } }),
                put(orgType, u"c2"_s, { { u"id"_s, u"c2"_s }, { u"name"_s, u"Chi bộ 2"_s } }),
                put(memberType, u"m2"_s,
                    { { u"id"_s, u"m2"_s }, { u"org_id"_s, u"c1"_s },
                        { u"full_name"_s, u"Nguyễn Văn Hải"_s }, { u"account"_s, QJsonValue() } }),
                put(memberType, u"m3"_s,
                    { { u"id"_s, u"m3"_s }, { u"org_id"_s, u"c1"_s },
                        { u"full_name"_s, u"Lê Thị Ba"_s },
                        { u"account"_s,
                            QJsonObject { { QString(Protocol::ResultData::UserId), u"u3"_s } } } }),
                put(deviceType, u"d3"_s,
                    { { u"id"_s, u"d3"_s }, { u"member_id"_s, u"m3"_s },
                        { u"status"_s, QString(Protocol::DeviceStatus::Active) } }) },
            u"k1"_s));
        AccountActions actions(db, [&] { return fixture.now; });
        ReplicaStore replica(db);
        Outbox outbox(db);

        // account.create
        QCOMPARE(actions.createAccount(u"m2"_s, u" haI.nv "_s, u"boss"_s).error,
            QString(Protocol::ErrorCode::InvalidArgs));
        const AccountActions::Result created
            = actions.createAccount(u"m2"_s, u"hai.nv"_s, QString(Protocol::Role::Member));
        QVERIFY2(created.ok(), qPrintable(created.error));
        QVERIFY(outbox.hasPendingChange(memberType, u"m2"_s));
        QCOMPARE(replica.get(memberType, u"m2"_s)
                     ->value(u"account"_s)
                     .toObject()
                     .value(QString(Protocol::ResultData::Login))
                     .toString(),
            u"hai.nv"_s);
        QCOMPARE(actions.createAccount(u"m2"_s, u"hai2"_s, QString(Protocol::Role::Member)).error,
            QString(Protocol::ErrorCode::Conflict));
        // Rejected (the login is taken): the member has no account again, nothing pending.
        store.acknowledge({ created.mutationId,
            { { created.mutationId, false, QString(Protocol::ErrorCode::Conflict),
                u"Tên đăng nhập đã có người dùng."_s, {} } } });
        QVERIFY(!outbox.hasPendingChange(memberType, u"m2"_s));
        QVERIFY(!replica.get(memberType, u"m2"_s)->value(u"account"_s).isObject());
        QCOMPARE(outbox.rejected().size(), 1);
        QCOMPARE(outbox.rejected().constFirst().name, QString(Protocol::Mutation::AccountCreate));

        // account.reset_password needs an account the server has answered for.
        QCOMPARE(actions.resetPassword(u"m2"_s).error, QString(Protocol::ErrorCode::NotFound));
        const AccountActions::Result reset = actions.resetPassword(u"m3"_s);
        QVERIFY(reset.ok());
        QCOMPARE(outbox.pending(10).constLast().args.value(QString(Protocol::ResultData::UserId)),
            u"u3"_s);
        QVERIFY(outbox.hasPendingChange(memberType, u"m3"_s));

        // device.revoke
        const AccountActions::Result revoked = actions.revokeDevice(u"d3"_s);
        QVERIFY(revoked.ok());
        QCOMPARE(replica.get(deviceType, u"d3"_s)->value(u"status"_s).toString(),
            QString(Protocol::DeviceStatus::Revoked));
        QCOMPARE(actions.revokeDevice(u"nope"_s).error, QString(Protocol::ErrorCode::NotFound));

        // member.transfer.request, then decide
        QCOMPARE(actions.requestTransfer(u"m3"_s, u"c1"_s, u"Chuyển nơi ở"_s).error,
            QString(Protocol::ErrorCode::InvalidArgs)); // the member's own cell
        QCOMPARE(actions.requestTransfer(u"m3"_s, u"c2"_s, u"  "_s).error,
            QString(Protocol::ErrorCode::InvalidArgs));
        const AccountActions::Result transfer
            = actions.requestTransfer(u"m3"_s, u"c2"_s, u"Chuyển nơi ở"_s);
        QVERIFY(transfer.ok());
        const QJsonObject row = *replica.get(transferType, transfer.rowId);
        QCOMPARE(row.value(u"status"_s).toString(), QString(Protocol::TransferStatus::Pending));
        QCOMPARE(row.value(u"to_org_name"_s).toString(), u"Chi bộ 2"_s);
        QCOMPARE(row.value(u"from_org_name"_s).toString(), u"Chi bộ 1"_s);
        QCOMPARE(row.value(u"member_name"_s).toString(), u"Lê Thị Ba"_s);
        const AccountActions::Result decided = actions.decideTransfer(
            transfer.rowId, QString(Protocol::TransferDecision::Reject), u"Chưa đủ hồ sơ"_s);
        QVERIFY(decided.ok());
        QCOMPARE(replica.get(transferType, transfer.rowId)->value(u"status"_s).toString(),
            QString(Protocol::TransferStatus::Rejected));
        QCOMPARE(
            actions.decideTransfer(transfer.rowId, QString(Protocol::TransferDecision::Accept), {})
                .error,
            u"already_decided"_s);
        // The request rejected by the server: its row goes away.
        store.acknowledge({ decided.mutationId,
            { { reset.mutationId, true, {}, {}, {} }, { revoked.mutationId, true, {}, {}, {} },
                { transfer.mutationId, false, QString(Protocol::ErrorCode::Conflict), u"x"_s, {} },
                { decided.mutationId, false, QString(Protocol::ErrorCode::NotFound), u"y"_s,
                    {} } } });
        QVERIFY(!replica.get(transferType, transfer.rowId));
        QCOMPARE(outbox.pendingCount(), 0);
    }

    void qrMatrixHasTheStandardsShape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("version");
        // Byte mode, level M: version 1 holds 14 bytes, 4 holds 62, 5 holds 84.
        QTest::newRow("short") << u"HELLO WORLD"_s << 1;
        QTest::newRow("profile") << (u"https://sotay.tinhuy.vn#pin-sha256="_s + kPin) << 5;
    }

    void qrMatrixHasTheStandardsShape()
    {
        QFETCH(QString, text);
        QFETCH(int, version);
        const QrCode code = QrCode::encode(text);
        QVERIFY(!code.isNull());
        QCOMPARE(code.version(), version);
        const int size = code.size();
        QCOMPARE(size, 17 + 4 * version);
        QVERIFY(isFinderAt(code, 0, 0));
        QVERIFY(isFinderAt(code, size - 7, 0));
        QVERIFY(isFinderAt(code, 0, size - 7));
        QVERIFY(!isFinderAt(code, size - 7, size - 7)); // three, not four
        // Light separators around the finders.
        for (int i = 0; i < 8; ++i) {
            QVERIFY(!code.isDark(7, i) && !code.isDark(i, 7));
            QVERIFY(!code.isDark(size - 8, i) && !code.isDark(size - 1 - i, 7));
            QVERIFY(!code.isDark(7, size - 1 - i) && !code.isDark(i, size - 8));
        }
        // Timing patterns: row 6 and column 6 alternate between the finders, dark on even.
        for (int i = 8; i < size - 8; ++i) {
            QCOMPARE(code.isDark(i, 6), i % 2 == 0);
            QCOMPARE(code.isDark(6, i), i % 2 == 0);
        }
        // The dark module beside the bottom-left finder.
        QVERIFY(code.isDark(8, size - 8));

        // The image: a 4-module quiet zone, each module `scale` pixels.
        const int scale = 3;
        const QImage image = code.toImage(scale);
        QCOMPARE(image.width(), (size + 2 * QrCode::kQuietZone) * scale);
        QCOMPARE(image.height(), image.width());
        const int origin = QrCode::kQuietZone * scale;
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(image.pixelColor(origin, origin), QColor(Qt::black));
        QCOMPARE(image.pixelColor(origin + scale, origin + scale), QColor(Qt::white));
        QCOMPARE(
            image.pixelColor(origin + 3 * scale + 1, origin + 3 * scale + 1), QColor(Qt::black));
    }

    void qrTakesVietnameseAndRefusesTooMuch()
    {
        const QrCode code = QrCode::encode(u"Đồng chí Nguyễn Văn Hải"_s);
        QVERIFY(!code.isNull());
        QVERIFY(QrCode::encode(QString(8000, u'x')).isNull());
        QVERIFY(QrCode().toImage(4).isNull());
    }

    void serverProfileTextRoundTrips()
    {
        TlsProfile profile;
        QString error;
        QVERIFY2(profile.addPin(kPin, &error), qPrintable(error));
        const QString text = ServerProfileText::compose(u"https://sotay.tinhuy.vn"_s, profile);
        QCOMPARE(text, u"https://sotay.tinhuy.vn#pin-sha256="_s + kPin);
        const ServerProfileText parsed = ServerProfileText::parse(u"  "_s + text + u" "_s);
        QCOMPARE(parsed.server, u"https://sotay.tinhuy.vn"_s);
        QCOMPARE(parsed.pins, QStringList { kPin });
        // A plain address (what the field took before) has no pins.
        QCOMPARE(ServerProfileText::compose(u"https://a.vn"_s, TlsProfile()), u"https://a.vn"_s);
        const ServerProfileText plain = ServerProfileText::parse(u"sotay.tinhuy.vn"_s);
        QCOMPARE(plain.server, u"sotay.tinhuy.vn"_s);
        QVERIFY(plain.pins.isEmpty());
    }

    void slipPdfReadsBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"phieu.pdf"_s);
        PasswordSlipInput input;
        input.memberName = u"Nguyễn Văn Hải"_s;
        input.login = u"nguyenvanhai"_s;
        input.temporaryPassword = u"Tam-4821-xk"_s;
        input.serverAddress = u"https://sotay.tinhuy.vn"_s;
        input.serverProfile = u"https://sotay.tinhuy.vn#pin-sha256="_s + kPin;
        input.issuedBy = u"Đảng ủy phường Quang Trung"_s;
        input.issuedOn = QDate(2026, 12, 7);
        QString error;
        QVERIFY2(PasswordSlip(input).writePdf(path, &error), qPrintable(error));

        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), 1);
        const QSizeF page = pdf.pagePointSize(0); // A4: 595 x 842 points
        QVERIFY(qAbs(page.width() - 595) < 2 && qAbs(page.height() - 842) < 2);
        const QString text = pdf.getAllText(0).text().simplified();
        for (const QString &expected :
            { u"PHIẾU TÀI KHOẢN SỔ TAY ĐẢNG VIÊN"_s, u"Nguyễn Văn Hải"_s, u"nguyenvanhai"_s,
                u"Tam-4821-xk"_s, u"https://sotay.tinhuy.vn"_s, u"Đảng ủy phường Quang Trung"_s,
                u"ngày 7 tháng 12 năm 2026"_s, u"đổi mật khẩu"_s }) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
        }

        QVERIFY(!PasswordSlip(input).writePdf(u"/nonexistent-dir/x/phieu.pdf"_s, &error));
        QVERIFY(!error.isEmpty());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestAccountSlip test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountslip.moc"
