// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the SSDA903 import: where each value sits in a staged row.

#include "data/ImportRepository.h"
#include "data/ImportStaging.h"
#include "import/ImportDate.h"

#include <QDate>
#include <QString>

namespace lac::ssda903 {

// Staged value positions.
enum HeaderValue
{
    HSex,
    HDob,
    HEthnic,
    HUpn
};
enum UascValue
{
    USex,
    UDob
};
enum EpisodeValue
{
    EDecom,
    EDec,
    ERne,
    ELs,
    ECin,
    EPlace,
    EProvider,
    ERec,
    ERpc,
    EPostcode,
    ELocation,
    EUrn
};

inline QDate isoDate(const QString& s)
{
    return s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
}

inline QString showDate(const QString& iso)
{
    return ImportDate::display(isoDate(iso));
}

/// A staged episodes.csv row as the values the database stores.
inline EpisodeValues episodeValues(const StagedRow& r)
{
    const QStringList& v = r.values;
    return EpisodeValues{isoDate(v.at(EDecom)),
                         isoDate(v.at(EDec)),
                         v.at(ERne),
                         v.at(ELs),
                         v.at(ECin),
                         v.at(EPlace),
                         v.at(EProvider),
                         v.at(ELocation),
                         v.at(EPostcode),
                         v.at(ERec),
                         v.at(ERpc),
                         v.at(EUrn)};
}

} // namespace lac::ssda903
