// The wire vocabulary is typed once: every value named in sync/protocol (row types, mutation
// names, error codes, statuses, kinds, roles, paths) appears as a string literal nowhere else
// in the server, the client, the app or QML; they use the constants (C++) or enums (QML).
// The test reads the source tree (HANDBOOK_SOURCE_DIR) and lists file:line of every literal
// equal to one of those values.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Literal
{
    QString value;
    int line = 0;
};

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The string literals of a C++ or QML/JS source, without those inside comments. In QML
// single quotes delimit strings too; in C++ they are character literals (or digit
// separators) and are skipped.
QList<Literal> literals(const QString &text, bool singleQuotedStrings)
{
    QList<Literal> found;
    int line = 1;
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto advance = [&](qsizetype to) {
        for (; i < to && i < n; ++i) {
            if (text.at(i) == u'\n')
                ++line;
        }
    };
    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == u'/' && next == u'/') {
            const qsizetype end = text.indexOf(u'\n', i);
            advance(end < 0 ? n : end);
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = text.indexOf(u"*/"_s, i + 2);
            advance(end < 0 ? n : end + 2);
        } else if (!singleQuotedStrings && c == u'R' && next == u'"') {
            // C++ raw string R"delim( ... )delim".
            const qsizetype open = text.indexOf(u'(', i + 2);
            if (open < 0) {
                advance(n);
                continue;
            }
            const QString closing = u')' + text.mid(i + 2, open - i - 2) + u'"';
            const qsizetype end = text.indexOf(closing, open + 1);
            const int startLine = line;
            const QString value = text.mid(open + 1, (end < 0 ? n : end) - open - 1);
            advance(end < 0 ? n : end + closing.size());
            found.append({ value, startLine });
        } else if (c == u'"' || (c == u'\'' && singleQuotedStrings) || c == u'`') {
            QString value;
            const int startLine = line;
            qsizetype j = i + 1;
            for (; j < n && text.at(j) != c; ++j) {
                if (text.at(j) == u'\\' && j + 1 < n) {
                    value += text.at(j);
                    ++j;
                } else if (text.at(j) == u'\n' && c != u'`') {
                    break; // unterminated: not a literal (e.g. an apostrophe in a regex)
                }
                value += text.at(j);
            }
            advance(j + 1);
            found.append({ value, startLine });
        } else if (c == u'\'' && !singleQuotedStrings) {
            // A character literal, unless it is a digit separator (1'000).
            const bool separator = i > 0 && text.at(i - 1).isLetterOrNumber();
            qsizetype j = i + 1;
            if (!separator) {
                for (; j < n && text.at(j) != u'\'' && text.at(j) != u'\n'; ++j) {
                    if (text.at(j) == u'\\')
                        ++j;
                }
            }
            advance(separator ? i + 1 : j + 1);
        } else {
            advance(i + 1);
        }
    }
    return found;
}

// Every value declared in sync/protocol as `inline constexpr QLatin1StringView Name("value")`
// -> where it is declared ("protocol.h Protocol::ErrorCode::NotFound").
QMap<QString, QString> vocabulary(const QString &protocolDir)
{
    QMap<QString, QString> values;
    static const QRegularExpression namespaceOpen(u"^\\s*namespace\\s+(\\w+)\\s*\\{"_s);
    static const QRegularExpression namespaceClose(u"^\\s*\\}\\s*//\\s*namespace"_s);
    static const QRegularExpression constant(
        u"constexpr\\s+QLatin1StringView\\s+(\\w+)\\s*[({]\\s*\"([^\"]*)\""_s);
    QDirIterator it(protocolDir, { u"*.h"_s }, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QStringList scope;
        const QStringList lines = readText(path).split(u'\n');
        for (const QString &line : lines) {
            if (const auto m = namespaceOpen.match(line); m.hasMatch())
                scope.append(m.captured(1));
            else if (namespaceClose.match(line).hasMatch() && !scope.isEmpty())
                scope.removeLast();
            else if (const auto m = constant.match(line); m.hasMatch()) {
                const QString where = QFileInfo(path).fileName() + u' '
                    + (scope + QStringList { m.captured(1) }).join(u"::"_s);
                values.insert(m.captured(2),
                    values.contains(m.captured(2)) ? values.value(m.captured(2)) + u", "_s + where
                                                   : where);
            }
        }
    }
    return values;
}

} // namespace

class TestWireVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theScannerSeesLiteralsOutsideComments()
    {
        const auto cpp
            = literals(u"// \"note\"\nx = u\"put\"_s; /* \"delete\" */ c = '\"'; n = 1'000;\n"
                       "y = R\"(SELECT 'a')\"; z = QLatin1String(\"meeting\");"_s,
                false);
        QCOMPARE(cpp.size(), 3);
        QCOMPARE(cpp.at(0).value, u"put"_s);
        QCOMPARE(cpp.at(0).line, 2);
        QCOMPARE(cpp.at(1).value, u"SELECT 'a'"_s);
        QCOMPARE(cpp.at(2).value, u"meeting"_s);
        QCOMPARE(cpp.at(2).line, 3);
        const auto qml = literals(u"a === 'absent' // \"x\"\nb: \"attending\""_s, true);
        QCOMPARE(qml.size(), 2);
        QCOMPARE(qml.at(0).value, u"absent"_s);
        QCOMPARE(qml.at(1).value, u"attending"_s);
        QCOMPARE(qml.at(1).line, 2);
    }

    void theVocabularyIsRead()
    {
        const auto values = vocabulary(QStringLiteral(HANDBOOK_SOURCE_DIR "/sync/protocol"));
        // A sample of each kind: a row type, a mutation, error codes, statuses, a role.
        for (const char *value : { "read_receipt", "meeting.rsvp", "not_found", "invalid_args",
                 "meeting_closed", "blob_missing", "attending", "cancelled", "approved", "put",
                 "profile_request_submitted", "secretary" }) {
            QVERIFY2(values.contains(QLatin1String(value)), value);
        }
    }

    void noWireValueIsTypedOutsideTheProtocol()
    {
        const QString root = QStringLiteral(HANDBOOK_SOURCE_DIR);
        const auto values = vocabulary(root + u"/sync/protocol"_s);
        QVERIFY(values.size() > 50);
        // Literals allowed for a while, as (file or folder/, value) while a file is being
        // reworked: each must still be there (delete its line once it is gone). None now.
        static const QList<std::pair<QString, QString>> pending {};
        QList<std::pair<QString, QString>> stillPending;
        QStringList hits;
        for (const QString &folder : { u"sync/server"_s, u"sync/client"_s, u"app"_s, u"qml"_s }) {
            QDirIterator it(root + u'/' + folder, { u"*.h"_s, u"*.cpp"_s, u"*.qml"_s, u"*.js"_s },
                QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const bool script = path.endsWith(u".qml") || path.endsWith(u".js");
                const QString file = path.mid(root.size() + 1);
                for (const Literal &literal : literals(readText(path), script)) {
                    const auto waiting
                        = std::find_if(pending.cbegin(), pending.cend(), [&](const auto &entry) {
                              return entry.second == literal.value
                                  && (file == entry.first
                                      || (entry.first.endsWith(u'/')
                                          && file.startsWith(entry.first)));
                          });
                    if (waiting != pending.cend()) {
                        stillPending.append(*waiting);
                    } else if (values.contains(literal.value)) {
                        hits.append(u"%1:%2: \"%3\" is %4"_s.arg(file)
                                        .arg(literal.line)
                                        .arg(literal.value, values.value(literal.value)));
                    }
                }
            }
        }
        for (const auto &[file, value] : pending) {
            if (!stillPending.contains(std::pair { file, value }))
                hits.append(
                    u"%1: \"%2\" is no longer there: delete it from `pending`"_s.arg(file, value));
        }
        if (!hits.isEmpty()) {
            QFAIL(qPrintable(
                u"%1 string literals name a wire value; use the constant of "
                "sync/protocol (or, in QML, the enum of the Wire namespace):\n%2"_s.arg(hits.size())
                    .arg(hits.join(u'\n'))));
        }
    }

    // The server's command line reaches the database only through named functions of
    // records/ and db/: no SQL statement is written in sync/server/cli.
    void noSqlInTheServerCommandLine()
    {
        static const QRegularExpression sql(
            u"\\b(SELECT|INSERT\\s+INTO|DELETE\\s+FROM|UPDATE\\s+\\w+\\s+SET)\\b"_s);
        QVERIFY(sql.match(u"SELECT 1 FROM users"_s).hasMatch());
        QVERIFY(sql.match(u"UPDATE users SET role = ?"_s).hasMatch());
        QVERIFY(sql.match(u"SELECT a.id, b.name "_s).hasMatch()); // one piece of a statement
        QVERIFY(!sql.match(u"select a role from the list"_s).hasMatch());
        const QString root = QStringLiteral(HANDBOOK_SOURCE_DIR);
        QStringList hits;
        int files = 0;
        QDirIterator it(root + u"/sync/server/cli"_s, { u"*.h"_s, u"*.cpp"_s }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            for (const Literal &literal : literals(readText(path), false)) {
                if (sql.match(literal.value).hasMatch())
                    hits.append(u"%1:%2: %3"_s.arg(path.mid(root.size() + 1))
                                    .arg(literal.line)
                                    .arg(literal.value.left(80)));
            }
        }
        QVERIFY(files > 0);
        if (!hits.isEmpty()) {
            QFAIL(qPrintable(u"%1 SQL statements in sync/server/cli; move them behind a named "
                             "function in sync/server/records or db:\n%2"_s.arg(hits.size())
                                 .arg(hits.join(u'\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestWireVocabulary)
#include "tst_wirevocabulary.moc"
