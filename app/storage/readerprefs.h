// The reader's own settings, kept in the vault on this device and never synced: the
// reader's text size and, per document, where the member stopped reading (and the page
// of each PDF attachment).
#pragma once

#include <QString>

class SqliteDatabase;

class ReaderPrefs
{
public:
    // The reader's text size multiplies the app's (Theme.textScale).
    static constexpr double kMinTextScale = 1.0;
    static constexpr double kMaxTextScale = 2.0;

    // `db` is the open vault's database (not owned).
    explicit ReaderPrefs(SqliteDatabase &db);

    // 1.0 until set; always within [kMinTextScale, kMaxTextScale].
    [[nodiscard]] double textScale();
    void setTextScale(double scale);

    // How far the text was scrolled: 0 (top) to 1 (end); 0 for a document never opened.
    [[nodiscard]] double position(const QString &documentId);
    void setPosition(const QString &documentId, double fraction);

    // The page (0-based) last shown of a PDF attachment; 0 if never opened.
    [[nodiscard]] int pdfPage(const QString &sha256);
    void setPdfPage(const QString &sha256, int page);

private:
    SqliteDatabase &m_db;
};
