// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace lac {

/// One council that may place a child in this area: its ONS GSS code, name and nation.
struct RequestingAuthority
{
    QString code;   ///< e.g. "E10000014"
    QString name;   ///< e.g. "Hampshire"
    QString nation; ///< England, Wales or Scotland
};

/// The reference list of authorities that send requests (every council with children's social
/// care in England, Wales and Scotland), as a data file bundled with the program
/// (core/requesting-authorities.csv) rather than code, so that a reorganisation is a reviewed
/// file change. The file is checked when read: a bad line is refused with its line number.
class RequestingAuthorities
{
    Q_DECLARE_TR_FUNCTIONS(lac::RequestingAuthorities)

public:
    /// The bundled list.
    static Result<RequestingAuthorities> bundled();
    /// A list from CSV text (`code,name,nation`; lines starting with # are comments);
    /// \a source names it in errors.
    static Result<RequestingAuthorities> parse(const QByteArray& csv, const QString& source);

    const QList<RequestingAuthority>& all() const { return m_all; }
    bool contains(const QString& code) const { return m_byCode.contains(code); }
    /// The name of \a code, or the code itself when it is not in the list.
    QString name(const QString& code) const;
    /// The code of an authority given by code or by name (any case), or empty.
    QString find(const QString& codeOrName) const;

private:
    QList<RequestingAuthority> m_all;
    QHash<QString, qsizetype> m_byCode;
};

} // namespace lac
