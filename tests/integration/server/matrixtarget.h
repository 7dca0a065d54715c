// What a row of the authorisation matrix pushes against; each is made fresh in cell A (the
// cell of bithu.a and dangvien.a1) before the push.
#pragma once

enum class Target {
    CellA, // no object: the cell's rows as a whole
    Document, // a document bithu.a shared with cell A
    Bookmark, // such a document, bookmarked by dangvien.a1
    Meeting, // a meeting of cell A in two days
    MeetingNow, // a meeting of cell A in ten minutes (attendance may be taken)
    Note, // a note of dangvien.a1
    Feedback, // a feedback thread dangvien.a1 started
    Request, // a pending profile request of dangvien.a1
    MemberA1, // dangvien.a1's profile (not made: it exists)
};
