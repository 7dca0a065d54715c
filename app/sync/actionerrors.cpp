#include "actionerrors.h"

#include "protocol.h"

#include <QCoreApplication>

namespace {

using Action = ActionErrors::Action;
namespace Code = Protocol::ErrorCode;

struct Row
{
    Action action;
    QLatin1StringView code; // empty: any code not listed for the action
    const char *context; // translation context (the screen's controller)
    const char *text;
};

// Per action, the specific codes first and the general text last.
const Row kRows[] = {
    { Action::CellChange, ActionError::NotSignedIn, "CellController",
        QT_TRANSLATE_NOOP("CellController", "Chưa đăng nhập: chưa ghi lại được thay đổi.") },
    { Action::CellChange, Code::NotFound, "CellController",
        QT_TRANSLATE_NOOP("CellController", "Không tìm thấy trên máy. Hãy đồng bộ rồi thử lại.") },
    { Action::CellChange, Code::MeetingClosed, "CellController",
        QT_TRANSLATE_NOOP("CellController", "Buổi sinh hoạt đã diễn ra hoặc đã bị hủy.") },
    { Action::CellChange, ActionError::InPast, "CellController",
        QT_TRANSLATE_NOOP("CellController", "Thời gian họp phải sau thời điểm hiện tại.") },
    { Action::CellChange, ActionError::TooEarly, "CellController",
        QT_TRANSLATE_NOOP(
            "CellController", "Chưa đến giờ họp: chỉ điểm danh được từ 1 giờ trước khi họp.") },
    { Action::CellChange, Code::InvalidArgs, "CellController",
        QT_TRANSLATE_NOOP(
            "CellController", "Thông tin chưa đầy đủ hoặc chưa đúng. Xin kiểm tra lại.") },
    { Action::CellChange, {}, "CellController",
        QT_TRANSLATE_NOOP("CellController", "Chưa ghi lại được thay đổi trên máy. Hãy thử lại.") },

    { Action::Note, ActionError::NotSignedIn, "ReaderController",
        QT_TRANSLATE_NOOP("ReaderController", "Chưa đăng nhập: chưa lưu được thay đổi.") },
    { Action::Note, Code::InvalidArgs, "ReaderController",
        QT_TRANSLATE_NOOP(
            "ReaderController", "Ghi chú trống hoặc quá dài (tối đa 20.000 ký tự).") },
    { Action::Note, Code::NotFound, "ReaderController",
        QT_TRANSLATE_NOOP(
            "ReaderController", "Không tìm thấy tài liệu hoặc ghi chú này trên máy.") },
    { Action::Note, {}, "ReaderController",
        QT_TRANSLATE_NOOP("ReaderController", "Chưa lưu được thay đổi. Hãy thử lại.") },

    { Action::MarkRead, ActionError::NotSignedIn, "ReaderController",
        QT_TRANSLATE_NOOP(
            "ReaderController", "Chưa đăng nhập: chưa ghi nhận được việc đọc tài liệu.") },
    { Action::MarkRead, {}, "ReaderController",
        QT_TRANSLATE_NOOP(
            "ReaderController", "Chưa ghi nhận được việc đọc tài liệu. Hãy thử lại.") },

    { Action::ContactChange, ActionError::NotSignedIn, "ContactEditor",
        QT_TRANSLATE_NOOP("ContactEditor", "Chưa đăng nhập: chưa lưu được thay đổi.") },
    { Action::ContactChange, Code::NotFound, "ContactEditor",
        QT_TRANSLATE_NOOP(
            "ContactEditor", "Hồ sơ của đồng chí chưa có trên máy. Hãy đồng bộ rồi thử lại.") },
    { Action::ContactChange, {}, "ContactEditor",
        QT_TRANSLATE_NOOP("ContactEditor", "Chưa lưu được thay đổi. Hãy thử lại.") },

    { Action::ProfileRequest, ActionError::NotSignedIn, "ProfileRequestController",
        QT_TRANSLATE_NOOP("ProfileRequestController", "Chưa đăng nhập: chưa gửi được đề nghị.") },
    { Action::ProfileRequest, {}, "ProfileRequestController",
        QT_TRANSLATE_NOOP("ProfileRequestController", "Chưa gửi được đề nghị. Hãy thử lại.") },

    { Action::Decision, Code::Forbidden, "ReviewController",
        QT_TRANSLATE_NOOP("ReviewController",
            "Bí thư chi bộ duyệt đề nghị của đảng viên trong chi bộ; đề nghị của bí thư "
            "do cấp ủy cấp trên trực tiếp duyệt.") },
    { Action::Decision, ActionError::AlreadyDecided, "ReviewController",
        QT_TRANSLATE_NOOP("ReviewController", "Đề nghị này đã được xử lý.") },
    { Action::Decision, Code::NotFound, "ReviewController",
        QT_TRANSLATE_NOOP("ReviewController", "Đề nghị này đã được xử lý.") },
    { Action::Decision, ActionError::NotSignedIn, "ReviewController",
        QT_TRANSLATE_NOOP("ReviewController", "Chưa đăng nhập: chưa ghi được quyết định.") },
    { Action::Decision, {}, "ReviewController",
        QT_TRANSLATE_NOOP("ReviewController", "Chưa ghi được quyết định. Hãy thử lại.") },

    { Action::Publishing, ActionError::NotSignedIn, "ApprovalController",
        QT_TRANSLATE_NOOP("ApprovalController", "Chưa đăng nhập: chưa ghi lại được thao tác.") },
    { Action::Publishing, Code::Forbidden, "ApprovalController",
        QT_TRANSLATE_NOOP("ApprovalController", "Chỉ cán bộ cấp ủy mới làm được việc này.") },
    { Action::Publishing, Code::NotFound, "ApprovalController",
        QT_TRANSLATE_NOOP("ApprovalController",
            "Không tìm thấy văn bản này trên máy. Hãy đồng bộ rồi thử lại.") },
    { Action::Publishing, Code::InvalidArgs, "ApprovalController",
        QT_TRANSLATE_NOOP("ApprovalController", "Xin ghi rõ lý do (không quá 1.000 ký tự).") },
    { Action::Publishing, ActionError::DraftNotSubmitted, "ApprovalController",
        QT_TRANSLATE_NOOP("ApprovalController",
            "Dự thảo này không còn chờ duyệt (đã được trả lại, đã ban hành hoặc đang được "
            "sửa).") },
    { Action::Publishing, ActionError::NoSignerKey, "ApprovalController",
        QT_TRANSLATE_NOOP("ApprovalController",
            "Máy này chưa có khóa ký. Hãy tạo khóa ký trong mục “Khóa ký của tôi”.") },
    { Action::Publishing, {}, "ApprovalController",
        QT_TRANSLATE_NOOP(
            "ApprovalController", "Chưa ghi lại được thao tác trên máy. Hãy thử lại.") },

    { Action::StudySubmit, ActionError::NotSignedIn, "StudyController",
        QT_TRANSLATE_NOOP("StudyController", "Chưa đăng nhập: chưa nộp được bài thu hoạch.") },
    { Action::StudySubmit, Code::NotFound, "StudyController",
        QT_TRANSLATE_NOOP("StudyController",
            "Không tìm thấy đợt học tập này hoặc đồng chí không thuộc đối tượng học tập. Bài "
            "viết của đồng chí vẫn được giữ trên máy.") },
    { Action::StudySubmit, Code::StudyClosed, "StudyController",
        QT_TRANSLATE_NOOP("StudyController",
            "Đợt học tập đã kết thúc, không nhận bài nữa. Bài viết của đồng chí vẫn được giữ "
            "trên máy.") },
    // conflict: the submission was accepted meanwhile, or its id clashes with another one.
    { Action::StudySubmit, Code::Conflict, "StudyController",
        QT_TRANSLATE_NOOP("StudyController",
            "Máy chủ không nhận bài thu hoạch như đã gửi. Bài viết của đồng chí vẫn được giữ "
            "trên máy.") },
    { Action::StudySubmit, ActionError::ReflectionMissing, "StudyController",
        QT_TRANSLATE_NOOP("StudyController", "Xin đồng chí viết bài thu hoạch trước khi nộp.") },
    { Action::StudySubmit, ActionError::QuizUnanswered, "StudyController",
        QT_TRANSLATE_NOOP(
            "StudyController", "Xin đồng chí trả lời tất cả các câu hỏi trước khi nộp.") },
    { Action::StudySubmit, Code::InvalidArgs, "StudyController",
        QT_TRANSLATE_NOOP("StudyController",
            "Bài thu hoạch quá dài (tối đa 20.000 ký tự) hoặc có câu trả lời không hợp lệ. "
            "Bài viết của đồng chí vẫn được giữ trên máy.") },
    { Action::StudySubmit, {}, "StudyController",
        QT_TRANSLATE_NOOP("StudyController", "Chưa nộp được bài thu hoạch. Hãy thử lại.") },
};

} // namespace

QString ActionErrors::message(Action action, const QString &code)
{
    for (const Row &row : kRows) {
        if (row.action == action && (row.code.isEmpty() || row.code == code))
            return QCoreApplication::translate(row.context, row.text);
    }
    return {};
}
