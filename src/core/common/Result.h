// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

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
    /// The value; calling it on a failure is a programming error and stops the program with
    /// the failure's text (in every build), instead of reading an empty optional.
    const T& value() const&
    {
        checked();
        return *m_value;
    }
    T& value() &
    {
        checked();
        return *m_value;
    }
    T&& value() &&
    {
        checked();
        return std::move(*m_value);
    }
    /// The value, or \a fallback on a failure (for reads where "nothing" is a safe answer).
    T valueOr(T fallback) const& { return m_value ? *m_value : std::move(fallback); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Failure& failure() const { return m_failure; }

private:
    void checked() const
    {
        if (!m_value)
            qFatal("Result::value() called on a failure: %s", qPrintable(m_failure.text()));
    }

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
