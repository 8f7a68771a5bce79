// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomes/core/EnglandOutcomes.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStandardPaths>

namespace lac {
namespace {

enum class Kind
{
    Text,
    Date,
    Year,
    Count,
    Percent,
    Score,
};

struct Key
{
    const char* name;
    Kind kind;
    bool required;
};

const Key keys[] = {
    {"format", Kind::Count, true},
    {"source", Kind::Text, true},
    {"publication", Kind::Text, true},
    {"as_at", Kind::Date, true},
    {"year", Kind::Year, true},
    {"cohort", Kind::Count, true},
    {"health_assessment_pct", Kind::Percent, true},
    {"immunisations_pct", Kind::Percent, true},
    {"teeth_checked_pct", Kind::Percent, true},
    {"development_pct", Kind::Percent, true},
    {"sdq_received_pct", Kind::Percent, true},
    {"sdq_average", Kind::Score, true},
    {"sdq_concern_pct", Kind::Percent, true},
    {"substance_misuse_pct", Kind::Percent, false},
};

} // namespace

Result<EnglandOutcomes> EnglandOutcomes::parse(const QByteArray& text, const QString& file)
{
    const auto at = [&file](int line) { return QStringLiteral("%1:%2").arg(file).arg(line); };
    QHash<QString, QString> values;
    QHash<QString, int> lineOf;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int line = i + 1;
        const QString content = QString::fromUtf8(lines.at(i)).trimmed();
        if (content.isEmpty() || content.startsWith(u'#'))
            continue;
        const qsizetype comma = content.indexOf(u',');
        if (comma < 0)
            return Failure{tr("expected key,value"), at(line)};
        const QString key = content.left(comma).trimmed();
        const QString value = content.mid(comma + 1).trimmed();
        const Key* known = nullptr;
        for (const Key& k : keys)
            if (key == QLatin1StringView(k.name))
                known = &k;
        if (!known)
            return Failure{tr("unknown key '%1'").arg(key), at(line)};
        if (values.contains(key))
            return Failure{tr("'%1' is given twice").arg(key), at(line)};
        if (value.isEmpty())
            return Failure{tr("'%1' has no value").arg(key), at(line)};
        bool ok = true;
        switch (known->kind) {
        case Kind::Text:
            break;
        case Kind::Date:
            ok = QDate::fromString(value, Qt::ISODate).isValid();
            if (!ok)
                return Failure{tr("'%1' is not a date (YYYY-MM-DD)").arg(value), at(line)};
            break;
        case Kind::Year: {
            const QStringList parts = value.split(u'-');
            ok = parts.size() == 2 && parts.at(0).size() == 4 && parts.at(1).size() == 2 &&
                 parts.at(1).toInt() == (parts.at(0).toInt() + 1) % 100;
            if (!ok)
                return Failure{tr("'%1' is not a collection year such as 2024-25").arg(value),
                               at(line)};
            break;
        }
        case Kind::Count: {
            const int n = value.toInt(&ok);
            if (!ok || n <= 0)
                return Failure{tr("'%1' is not a whole number above 0").arg(value), at(line)};
            break;
        }
        case Kind::Percent:
        case Kind::Score: {
            const double v = value.toDouble(&ok);
            const double top = known->kind == Kind::Percent ? 100 : 40;
            if (!ok || v < 0 || v > top)
                return Failure{tr("'%1' is not a number from 0 to %2").arg(value).arg(top),
                               at(line)};
            break;
        }
        }
        values.insert(key, value);
        lineOf.insert(key, line);
    }
    for (const Key& k : keys)
        if (k.required && !values.contains(QLatin1StringView(k.name)))
            return Failure{tr("'%1' is missing").arg(QLatin1StringView(k.name)), file};
    if (values.value(QStringLiteral("format")) != QStringLiteral("1"))
        return Failure{tr("format %1 is not one this program reads (1)")
                           .arg(values.value(QStringLiteral("format"))),
                       at(lineOf.value(QStringLiteral("format")))};
    EnglandOutcomes e;
    const auto number = [&values](const char* key) {
        return values.value(QLatin1StringView(key)).toDouble();
    };
    e.source = values.value(QStringLiteral("source"));
    e.publication = values.value(QStringLiteral("publication"));
    e.asAt = QDate::fromString(values.value(QStringLiteral("as_at")), Qt::ISODate);
    e.year = values.value(QStringLiteral("year"));
    if (e.asAt != QDate(e.year.left(4).toInt() + 1, 3, 31))
        return Failure{tr("as_at must be 31 March at the end of %1").arg(e.year),
                       at(lineOf.value(QStringLiteral("as_at")))};
    e.cohort = values.value(QStringLiteral("cohort")).toInt();
    e.healthAssessmentPct = number("health_assessment_pct");
    e.immunisationsPct = number("immunisations_pct");
    e.teethCheckedPct = number("teeth_checked_pct");
    e.developmentPct = number("development_pct");
    e.sdqReceivedPct = number("sdq_received_pct");
    e.sdqAverage = number("sdq_average");
    e.sdqConcernPct = number("sdq_concern_pct");
    if (values.contains(QStringLiteral("substance_misuse_pct")))
        e.substanceMisusePct = number("substance_misuse_pct");
    return e;
}

Result<EnglandOutcomes> EnglandOutcomes::bundled()
{
    QFile file(QStringLiteral(":/outcomes/england-outcomes.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("England's figures are missing from the program"), file.fileName()};
    return parse(file.readAll(), file.fileName());
}

QString EnglandOutcomes::overridePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return folder.isEmpty() ? QString()
                            : QDir(folder).filePath(QStringLiteral("england-outcomes.csv"));
}

EnglandOutcomesLoaded EnglandOutcomes::load(const QString& overridePath)
{
    EnglandOutcomesLoaded loaded;
    if (!overridePath.isEmpty() && QFile::exists(overridePath)) {
        QFile file(overridePath);
        Result<EnglandOutcomes> own =
            file.open(QIODevice::ReadOnly)
                ? parse(file.readAll(), QDir::toNativeSeparators(overridePath))
                : Result<EnglandOutcomes>(Failure{file.errorString(), overridePath});
        if (own) {
            loaded.figures = own.value();
            return loaded;
        }
        loaded.problem = tr("%1; England's figures bundled with the program are used instead")
                             .arg(own.failure().text());
    }
    auto bundledFigures = bundled();
    if (bundledFigures)
        loaded.figures = bundledFigures.value();
    else
        loaded.problem = bundledFigures.failure().text();
    return loaded;
}

} // namespace lac
