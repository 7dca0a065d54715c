// The English translation: every Vietnamese source string is in handbook_en.ts, translated
// (no unfinished or empty entries, same placeholders), and the embedded .qm loads.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // the <translation type="..."> attribute: "", "unfinished", "vanished", ...
    bool numerus = false;
    QStringList translations; // one, or one per plural form

    [[nodiscard]] QString key() const { return context + u" | "_s + source + u" | "_s + comment; }
};

QList<TsMessage> parseTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open "_s + path;
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage {};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == u"numerusform") {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return messages;
}

// %1..%99 and %n, sorted, so source and translation can be compared.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QList<TsMessage> m_messages;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_messages = parseTs(QStringLiteral(HANDBOOK_TS_EN), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_messages.size() > 10, "handbook_en.ts holds (almost) no messages");
    }

    void everyMessageIsTranslated()
    {
        QStringList problems;
        for (const TsMessage &m : std::as_const(m_messages)) {
            const QString where = m.context + u": \""_s + m.source + u'"';
            if (m.source.trimmed().isEmpty())
                problems.append(m.context + u": empty source"_s);
            if (!m.type.isEmpty())
                problems.append(where + u" is "_s + m.type);
            if (m.translations.isEmpty())
                problems.append(where + u" has no translation"_s);
            if (m.numerus && m.translations.size() != 2)
                problems.append(where + u" needs 2 English plural forms"_s);
            for (const QString &translation : m.translations) {
                if (translation.trimmed().isEmpty())
                    problems.append(where + u" has an empty translation"_s);
                else if (placeholders(translation) != placeholders(m.source))
                    problems.append(where + u" changes the placeholders"_s);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Runs lupdate over the sources: no translatable string may be missing from the .ts
    // (someone added a qsTr and forgot `update_translations`), none may be stale.
    void tsFileMatchesTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString freshTs = dir.filePath(u"fresh_en.ts"_s);
        const QDir root(QStringLiteral(HANDBOOK_SOURCE_DIR));
        QStringList args { u"-source-language"_s, u"vi_VN"_s, u"-target-language"_s, u"en"_s,
            u"-locations"_s, u"none"_s, u"-silent"_s };
        for (const QString &sub : { u"app/storage"_s, u"app/session"_s, u"app/controllers"_s,
                 u"app/models"_s, u"app/pdf"_s, u"app/shell"_s, u"app/sync"_s, u"app/speech"_s,
                 u"app/room"_s, u"qml"_s }) {
            if (root.exists(sub))
                args.append(root.filePath(sub));
        }
        args << u"-ts"_s << freshTs;
        QProcess lupdate;
        lupdate.start(QStringLiteral(HANDBOOK_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<TsMessage> fresh = parseTs(freshTs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QSet<QString> committed;
        for (const TsMessage &m : std::as_const(m_messages))
            committed.insert(m.key());
        QSet<QString> current;
        QStringList missing;
        for (const TsMessage &m : fresh) {
            current.insert(m.key());
            if (!committed.contains(m.key()))
                missing.append(m.key());
        }
        QStringList stale;
        for (const QString &key : std::as_const(committed)) {
            if (!current.contains(key))
                stale.append(key);
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(u"not in handbook_en.ts (run the update_translations target):\n"_s
                + missing.join(u'\n')));
        QVERIFY2(stale.isEmpty(), qPrintable(u"no longer in the sources:\n"_s + stale.join(u'\n')));
    }

    void embeddedQmTranslatesEveryMessage()
    {
        QTranslator translator;
        QVERIFY2(
            translator.load(u":/i18n/handbook_en.qm"_s), "the .qm is not embedded in handbookcore");
        QCOMPARE(translator.language(), u"en"_s);
        QStringList problems;
        for (const TsMessage &m : std::as_const(m_messages)) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char *disambiguation = comment.isEmpty() ? nullptr : comment.constData();
            const QString one
                = translator.translate(context.constData(), source.constData(), disambiguation, 1);
            if (one.isEmpty())
                problems.append(m.key());
            if (m.numerus) {
                const QString many = translator.translate(
                    context.constData(), source.constData(), disambiguation, 5);
                if (one == many)
                    problems.append(m.key() + u" (same text for 1 and 5)"_s);
                if (!one.contains(u"%n"_s) || !many.contains(u"%n"_s))
                    problems.append(m.key() + u" (plural form without %n)"_s);
            }
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(u"not translated by the .qm:\n"_s + problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
