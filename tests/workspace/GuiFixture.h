// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper for the admin workspace's widgets: real AppServices on a temporary database
// with a provider and an authority, children added relative to today (the views use the
// real date), and a CaseWork to open views with.

#include "data/Database.h"
#include "services/AppServices.h"
#include "support/TestDatabase.h"
#include "workspace/CaseWork.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace lac::test {

class GuiFixture
{
public:
    explicit GuiFixture(UserRole role = UserRole::HealthAdmin)
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("gui.sqlite")));
        if (!db)
            qFatal("cannot open: %s", qPrintable(db.failure().text()));
        services = std::make_unique<AppServices>(std::move(db).value(),
                                                 UserContext{QStringLiteral("tester"), role});
        exec(QStringLiteral("INSERT INTO authorities (id, name) VALUES (1, 'Northshire')"));
        exec(QStringLiteral("INSERT INTO providers (id, name) VALUES (1, 'Community "
                            "Paediatrics'), (2, 'Northshire LAC Health')"));
        undo = std::make_unique<QUndoStack>();
        work = std::make_unique<CaseWork>(*services, undo.get());
    }

    QSqlQuery exec(const QString& sql, const QVariantList& values = {})
    {
        return TestDatabase::execOn(services->database(), sql, values);
    }
    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        return TestDatabase::scalarOn(services->database(), sql, values);
    }

    /// A child who came into care \a daysAgo days ago, due dates computed; returns the id.
    qint64 child(const QString& caseId, const QString& family, int daysAgo,
                 const QString& location = QStringLiteral("IN"))
    {
        const QString now = QStringLiteral("2026-01-01T00:00:00Z");
        const QDate start = QDate::currentDate().addDays(-daysAgo);
        const qint64 id =
            scalar(
                QStringLiteral("INSERT INTO children (case_id, given_name, "
                               "family_name, date_of_birth, created_at, "
                               "updated_at) VALUES (?, 'Sam', ?, ?, ?, ?) "
                               "RETURNING id"),
                {caseId, family, QDate::currentDate().addYears(-9).toString(Qt::ISODate), now, now})
                .toLongLong();
        const qint64 period = scalar(QStringLiteral("INSERT INTO care_periods (child_id, "
                                                    "start_date, created_at, updated_at) VALUES "
                                                    "(?, ?, ?, ?) RETURNING id"),
                                     {id, start.toString(Qt::ISODate), now, now})
                                  .toLongLong();
        exec(
            QStringLiteral("INSERT INTO episodes (care_period_id, child_id, start_date, rne, "
                           "legal_status, placement_type, location, host_authority_id, "
                           "created_at, updated_at) VALUES (?, ?, ?, 'S', 'C2', 'U4', ?, ?, ?, ?)"),
            {period, id, start.toString(Qt::ISODate), location,
             location == QLatin1String("OUT") ? QVariant(1) : QVariant(QMetaType::fromType<int>()),
             now, now});
        if (!services->dueDates().recompute({id}))
            qFatal("recompute failed");
        return id;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<CaseWork> work;
};

} // namespace lac::test
