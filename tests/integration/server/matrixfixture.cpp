#include "matrixfixture.h"

#include "db/databasespec.h"
#include "db/sqlrunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return CellFixture::newId();
}

QJsonObject meetingArgs(const QString &id, const QString &title, qint64 secondsAhead)
{
    return { { u"id"_s, id }, { u"title"_s, title },
        { u"starts_at"_s, CellFixture::inFuture(secondsAhead) },
        { u"location"_s, u"Hội trường nhà văn hóa tổ dân phố"_s },
        { u"agenda"_s, u"1. Quán triệt nghị quyết\n2. Kiểm điểm công tác tháng"_s },
        { u"document_ids"_s, QJsonArray {} } };
}

QJsonObject textDocument(const QString &id, const QString &title)
{
    return { { u"id"_s, id }, { u"title"_s, title }, { u"kind"_s, u"notice"_s },
        { u"summary"_s, u"Thông báo của chi bộ"_s },
        { u"body"_s, u"Đề nghị các đồng chí đảng viên nghiên cứu trước buổi sinh hoạt."_s } };
}

} // namespace

bool MatrixFixture::start(QString *error)
{
    if (!m_server.start(error) || !readAccounts(error))
        return false;
    const auto spec = DatabaseSpec::parse(m_server.databaseArgument(), error);
    if (!spec)
        return false;
    m_db = std::make_unique<ServerDatabase>(*spec);
    if (!m_db->open(error))
        return false;
    m_fingerprint
        = std::make_unique<DomainFingerprint>(db(), cellA(), account(u"dangvien.a1"_s).memberId);
    for (const MatrixAccount &account : std::as_const(m_accounts))
        m_sessions[account.login] = newSession(account.login);
    return buildScene(error);
}

bool MatrixFixture::readAccounts(QString *error)
{
    const QString file = m_server.directory() + u"/accounts.json"_s;
    const auto demo = ServerProcess::run(
        QStringList { u"demo"_s, u"--db"_s, m_server.databaseArgument(), u"--accounts"_s, file }
            + ServerProcess::demoHistoryArguments(),
        120000);
    QFile accounts(file);
    if (!demo.finished || demo.exitCode != 0 || !accounts.open(QIODevice::ReadOnly)) {
        *error = u"demo failed: "_s + QString::fromUtf8(demo.standardError);
        return false;
    }
    for (const QJsonValue &value : QJsonDocument::fromJson(accounts.readAll()).array()) {
        const QJsonObject o = value.toObject();
        const MatrixAccount account { o.value(u"login"_s).toString(),
            o.value(u"password"_s).toString(), o.value(u"role"_s).toString(),
            o.value(u"member_id"_s).toString(), o.value(u"org_id"_s).toString() };
        m_accounts.insert(account.login, account);
    }
    for (const QString &login :
        { u"dangvien.a1"_s, u"dangvien.a2"_s, u"dangvien.b1"_s, u"bithu.a"_s, u"bithu.b"_s,
            u"danguy.quangtrung"_s, u"thanhuy.sonlam"_s, u"huyenuy.daiphu"_s, u"quantri"_s }) {
        if (!m_accounts.contains(login)) {
            *error = u"the demo accounts lack "_s + login;
            return false;
        }
    }
    return true;
}

const MatrixAccount &MatrixFixture::account(const QString &login) const
{
    const auto found = m_accounts.constFind(login);
    if (found == m_accounts.cend())
        qFatal("no demo account %s", qPrintable(login));
    return *found;
}

QString MatrixFixture::cellA() const
{
    return account(u"bithu.a"_s).orgId;
}

QString MatrixFixture::cellB() const
{
    return account(u"bithu.b"_s).orgId;
}

DeviceSession &MatrixFixture::session(const QString &login)
{
    const auto found = m_sessions.find(login);
    if (found == m_sessions.end())
        qFatal("%s is not signed in", qPrintable(login));
    return *found->second;
}

std::unique_ptr<DeviceSession> MatrixFixture::newSession(const QString &login) const
{
    const MatrixAccount &who = account(login);
    auto session = std::make_unique<DeviceSession>(m_server.baseUrl());
    session->device = newId();
    const HttpAnswer answer = session->http.login(who.login, who.password, session->device);
    if (answer.status != 200)
        qFatal(
            "login of %s failed: %d %s", qPrintable(login), answer.status, answer.body.constData());
    return session;
}

QPair<QString, QString> MatrixFixture::object(const QString &key) const
{
    const auto found = m_objects.constFind(key);
    if (found == m_objects.cend())
        qFatal("no scene object \"%s\"", qPrintable(key));
    return *found;
}

void MatrixFixture::keep(const QString &key, const QString &type, const QString &id)
{
    m_objects.insert(key, { type, id });
}

QString MatrixFixture::apply(const QString &login, const QString &name, const QJsonObject &args)
{
    return CellFixture::outcome(CellFixture::push(session(login), name, args));
}

bool MatrixFixture::buildScene(QString *error)
{
    // The attachment of cell A's document, uploaded by the secretary.
    m_attachment = "%PDF-1.4 tai lieu sinh hoat chi bo " + newId().toLatin1();
    m_attachmentSha = QString::fromLatin1(
        QCryptographicHash::hash(m_attachment, QCryptographicHash::Sha256).toHex());
    const int uploaded = session(u"bithu.a"_s)
                             .http
                             .send("PUT", u"/v1/blobs/"_s + m_attachmentSha, m_attachment,
                                 { { "Content-Type", "application/octet-stream" } })
                             .status;
    if (uploaded != 201) {
        *error = u"the attachment upload answered %1"_s.arg(uploaded);
        return false;
    }
    if (!buildCell(u"bithu.a"_s, u"dangvien.a1"_s, u"A"_s, error)
        || !buildCell(u"bithu.b"_s, u"dangvien.b1"_s, u"B"_s, error))
        return false;

    // A second member of cell A with rows of their own (dangvien.a1 must not see them).
    const QString document = id(u"document A"_s);
    const QString meeting = id(u"meeting A"_s);
    const QString member = account(u"dangvien.a2"_s).memberId;
    const QString note = newId();
    const QString feedback = newId();
    const QString request = newId();
    QStringList failed;
    const auto must = [&](const QString &name, const QJsonObject &args) {
        if (const QString got = apply(u"dangvien.a2"_s, name, args); got != u"applied")
            failed << name + u": "_s + got;
    };
    must(u"note.put"_s,
        { { u"id"_s, note }, { u"document_id"_s, document }, { u"text"_s, u"Ghi chú riêng"_s } });
    must(u"document.read"_s, { { u"document_id"_s, document } });
    must(u"meeting.rsvp"_s,
        { { u"meeting_id"_s, meeting }, { u"status"_s, u"absent"_s },
            { u"reason"_s, u"Đi công tác"_s } });
    must(u"feedback.post"_s, { { u"id"_s, feedback }, { u"text"_s, u"Đề nghị họp sớm hơn"_s } });
    must(u"profile.request"_s,
        { { u"id"_s, request },
            { u"fields"_s, QJsonObject { { u"political_theory"_s, u"Trung cấp"_s } } },
            { u"reason"_s, u"Đã tốt nghiệp"_s } });
    keep(u"note a2"_s, u"note"_s, note);
    keep(u"reading a2"_s, u"read_receipt"_s, document + u':' + member);
    keep(u"rsvp a2"_s, u"attendance"_s, meeting + u':' + member);
    keep(u"feedback a2"_s, u"feedback"_s, feedback);
    keep(u"request a2"_s, u"profile_request"_s, request);

    keep(u"province"_s, u"organization"_s,
        scalarSql(db(), u"SELECT id FROM organizations WHERE parent_id IS NULL"_s).toString());
    keep(u"cell A"_s, u"organization"_s, cellA());
    keep(u"cell B"_s, u"organization"_s, cellB());
    for (const QString &login :
        { u"dangvien.a1"_s, u"dangvien.a2"_s, u"dangvien.b1"_s, u"bithu.a"_s })
        keep(u"profile "_s + login, u"member"_s, account(login).memberId);
    if (!failed.isEmpty())
        *error = u"scene of dangvien.a2: "_s + failed.join(u"; "_s);
    return failed.isEmpty();
}

bool MatrixFixture::buildCell(
    const QString &secretary, const QString &member, const QString &cell, QString *error)
{
    const QString memberId = account(member).memberId;
    const QString who = member.mid(member.indexOf(u'.') + 1); // a1, b1
    const QString meeting = newId();
    const QString document = newId();
    const QString note = newId();
    const QString feedback = newId();
    const QString reply = newId();
    const QString request = newId();
    const QString ownRequest = newId();
    QJsonObject share = textDocument(document, u"Tài liệu sinh hoạt chi bộ "_s + cell);
    share.insert(u"meeting_id"_s, meeting);
    if (cell == u"A")
        share.insert(u"attachments"_s,
            QJsonArray {
                QJsonObject { { u"sha256"_s, m_attachmentSha }, { u"size"_s, m_attachment.size() },
                    { u"mime"_s, u"application/pdf"_s }, { u"name"_s, u"tai-lieu.pdf"_s } } });

    const QList<std::tuple<QString, QString, QJsonObject>> steps {
        { secretary, u"meeting.create"_s,
            meetingArgs(meeting, u"Sinh hoạt chi bộ tháng 9"_s, 3 * 86400) },
        { secretary, u"document.share"_s, share },
        { member, u"note.put"_s,
            { { u"id"_s, note }, { u"document_id"_s, document },
                { u"text"_s, u"Cần hỏi thêm"_s } } },
        { member, u"bookmark.put"_s, { { u"document_id"_s, document } } },
        { member, u"document.read"_s, { { u"document_id"_s, document } } },
        { member, u"meeting.rsvp"_s,
            { { u"meeting_id"_s, meeting }, { u"status"_s, u"attending"_s } } },
        { member, u"feedback.post"_s,
            { { u"id"_s, feedback }, { u"text"_s, u"Đề nghị bổ sung tài liệu"_s } } },
        { secretary, u"feedback.post"_s,
            { { u"id"_s, reply }, { u"text"_s, u"Chi ủy sẽ bổ sung"_s },
                { u"reply_to"_s, feedback } } },
        { member, u"profile.request"_s,
            { { u"id"_s, request },
                { u"fields"_s, QJsonObject { { u"education"_s, u"Đại học"_s } } },
                { u"reason"_s, u"Đã có bằng"_s } } },
        { secretary, u"profile.request"_s,
            { { u"id"_s, ownRequest },
                { u"fields"_s, QJsonObject { { u"political_theory"_s, u"Cao cấp"_s } } },
                { u"reason"_s, u"Đã tốt nghiệp"_s } } },
    };
    for (const auto &[login, name, args] : steps) {
        if (const QString got = apply(login, name, args); got != u"applied") {
            *error = u"scene of cell %1: %2 by %3 answered %4"_s.arg(cell, name, login, got);
            return false;
        }
    }
    keep(u"meeting "_s + cell, u"meeting"_s, meeting);
    keep(u"document "_s + cell, u"document"_s, document);
    keep(u"note "_s + who, u"note"_s, note);
    keep(u"bookmark "_s + who, u"bookmark"_s, memberId + u':' + document);
    keep(u"reading "_s + who, u"read_receipt"_s, document + u':' + memberId);
    keep(u"rsvp "_s + who, u"attendance"_s, meeting + u':' + memberId);
    keep(u"feedback "_s + who, u"feedback"_s, feedback);
    keep(u"reply to "_s + who, u"feedback"_s, reply);
    keep(u"request "_s + who, u"profile_request"_s, request);
    keep(u"request s"_s + cell, u"profile_request"_s, ownRequest);
    keep(u"notification "_s + who, u"notification"_s,
        scalarSql(db(),
            u"SELECT id FROM notifications WHERE member_id = ? AND ref_id = ? "
            "AND kind = 'feedback_reply'"_s,
            { memberId, reply })
            .toString());
    return true;
}

QString MatrixFixture::makeTarget(Target target)
{
    const QString id = newId();
    QString got = u"applied"_s;
    switch (target) {
    case Target::CellA:
        return cellA();
    case Target::MemberA1:
        return account(u"dangvien.a1"_s).memberId;
    case Target::Document:
        got = apply(
            u"bithu.a"_s, u"document.share"_s, textDocument(id, u"Thông báo số "_s + id.left(8)));
        break;
    case Target::Bookmark:
        got = apply(
            u"bithu.a"_s, u"document.share"_s, textDocument(id, u"Tài liệu "_s + id.left(8)));
        if (got == u"applied")
            got = apply(u"dangvien.a1"_s, u"bookmark.put"_s, { { u"document_id"_s, id } });
        break;
    case Target::Meeting:
        got = apply(u"bithu.a"_s, u"meeting.create"_s, meetingArgs(id, u"Họp chi ủy"_s, 2 * 86400));
        break;
    case Target::MeetingNow:
        got = apply(u"bithu.a"_s, u"meeting.create"_s, meetingArgs(id, u"Họp tối nay"_s, 600));
        break;
    case Target::Note:
        got = apply(u"dangvien.a1"_s, u"note.put"_s,
            { { u"id"_s, id }, { u"document_id"_s, this->id(u"document A"_s) },
                { u"text"_s, u"Ghi chú của dangvien.a1"_s } });
        break;
    case Target::Feedback:
        got = apply(u"dangvien.a1"_s, u"feedback.post"_s,
            { { u"id"_s, id }, { u"text"_s, u"Góp ý về lịch sinh hoạt"_s } });
        break;
    case Target::Request:
        got = apply(u"dangvien.a1"_s, u"profile.request"_s,
            { { u"id"_s, id },
                { u"fields"_s, QJsonObject { { u"commendations"_s, u"Giấy khen năm 2024"_s } } },
                { u"reason"_s, u"Bổ sung khen thưởng"_s } });
        break;
    }
    if (got != u"applied") {
        qWarning("making the target failed: %s", qPrintable(got));
        return {};
    }
    return id;
}

QJsonValue MatrixFixture::fillIn(
    const QJsonValue &args, const QString &target, const QString &randomised) const
{
    if (args.isObject()) {
        QJsonObject object = args.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = fillIn(it.value(), target, randomised);
        return object;
    }
    if (args.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : args.toArray())
            array.append(fillIn(item, target, randomised));
        return array;
    }
    const QString text = args.toString();
    if (!args.isString() || !text.startsWith(u'$'))
        return args;
    if (text == randomised || text == u"$NEW")
        return newId();
    if (text == u"$T")
        return target;
    if (text == u"$DOC")
        return id(u"document A"_s);
    if (text == u"$A1")
        return account(u"dangvien.a1"_s).memberId;
    if (text == u"$B1")
        return account(u"dangvien.b1"_s).memberId;
    if (text == u"$PHONE")
        return u"09"_s + QString::number(QRandomGenerator::global()->bounded(10000000, 99999999));
    qFatal("unknown placeholder %s", qPrintable(text));
}

const PulledRows &MatrixFixture::fullPull(const QString &login, int phase)
{
    const QString key = QString::number(phase) + u'/' + login;
    if (!m_pulls.contains(key)) {
        DeviceSession &device = session(login);
        device.cursor.clear();
        m_pulls.insert(key, CellFixture::pull(device));
    }
    return m_pulls[key];
}
