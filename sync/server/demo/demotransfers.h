// The demo province's transfers of members between cells (chuyển sinh hoạt đảng, issue 20),
// so that the committees' Transfers page has content on `scripts/run`: one pending into a cell
// of phường Quang Trung from huyện Đại Phú (Đảng ủy phường Quang Trung decides it), one pending
// out of phường Quang Trung to phường Trưng Vương (asked by it, decided above), one rejected
// and one accepted some weeks ago (the accepted member already sits in the receiving cell).
// None touches a member of the demo logins' cells (qt-5, ls-dong-tien), which the tests use.
#pragma once

#include <QDateTime>

class WriteTransaction;

class DemoTransfers
{
public:
    // Writes the transfers with their changes; returns how many. Throws DbError.
    static int store(WriteTransaction &transaction, const QDateTime &now);
};
