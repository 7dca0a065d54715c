// The outcome of one API call: a value of type T, or an ApiError; with the HTTP status if any.
#pragma once

#include "apierror.h"

#include <utility>
#include <variant>

template<typename T> class ApiResult
{
public:
    // A successful answer.
    ApiResult(T value, int httpStatus)
        : m_outcome(std::move(value))
        , m_httpStatus(httpStatus)
    { }
    // A failure; httpStatus is 0 when no HTTP answer arrived (network, timeout, TLS).
    ApiResult(ApiError error, int httpStatus)
        : m_outcome(std::move(error))
        , m_httpStatus(httpStatus)
    { }

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_outcome); }
    // The value; only meaningful when ok().
    [[nodiscard]] const T &value() const { return std::get<T>(m_outcome); }
    // The error; a null ApiError when ok().
    [[nodiscard]] ApiError error() const
    {
        return ok() ? ApiError() : std::get<ApiError>(m_outcome);
    }
    // HTTP status of the answer, or 0 when none arrived.
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }

private:
    std::variant<T, ApiError> m_outcome;
    int m_httpStatus = 0;
};
