// The FTS5 tokenizer "vietnamese": unicode61 with remove_diacritics 2, plus đ/Đ folded
// to d, so `dang vien` finds `Đảng viên` (DESIGN.md section 3).
#pragma once

class SqliteDatabase;

class VietnameseTokenizer
{
public:
    // Registers the tokenizer on this connection (before any FTS5 table is used).
    static void registerWith(SqliteDatabase &db);
};
