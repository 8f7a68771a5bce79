// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace lac {

/// Why an operation failed, in words a user can act on, and where (file:line, table, field).
/// Services return this instead of throwing so that every caller must decide what the user
/// is told.
struct Failure
{
    QString message;
    QString where;

    /// "where: message", or the message alone when there is no location.
    QString text() const
    {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

/// A value or a Failure. Written by hand because std::expected arrives only with C++23.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Failure failure)
        : m_failure(std::move(failure))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const Failure& failure() const { return m_failure; }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

/// Success or a Failure, for operations that return nothing.
class Status
{
public:
    Status() = default;
    Status(Failure failure)
        : m_failure(std::move(failure))
        , m_failed(true)
    {}

    static Status success() { return {}; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Failure& failure() const { return m_failure; }

private:
    Failure m_failure;
    bool m_failed = false;
};

} // namespace lac
