// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "immunisations/core/ImmunisationSchedule.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace lac {
namespace {

/// Reads one JSON object, remembering where it is in the file for the error message.
class Fields
{
public:
    Fields(const QJsonObject& object, QString where)
        : m_object(object)
        , m_where(std::move(where))
    {}

    QString where(const QString& key = {}) const
    {
        if (key.isEmpty() || m_where.isEmpty())
            return key.isEmpty() ? m_where : key;
        return m_where + QLatin1Char('.') + key;
    }
    bool has(const QString& key) const { return m_object.contains(key); }
    Result<QString> text(const QString& key, bool required = true) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            return fail(key, ImmunisationScheduleBook::tr("expected some text"));
        return v.toString();
    }
    Result<QDate> date(const QString& key, bool required) const
    {
        auto t = text(key, required);
        if (!t)
            return t.failure();
        if (t.value().isEmpty())
            return QDate();
        const QDate d = QDate::fromString(t.value(), Qt::ISODate);
        if (!d.isValid())
            return fail(key, ImmunisationScheduleBook::tr("expected a date as YYYY-MM-DD, not "
                                                          "\"%1\"")
                                 .arg(t.value()));
        return d;
    }
    Result<std::optional<ScheduleAge>> age(const QString& key, bool required) const
    {
        auto t = text(key, required);
        if (!t)
            return t.failure();
        if (t.value().isEmpty())
            return std::optional<ScheduleAge>();
        auto a = ScheduleAge::parse(t.value());
        if (!a)
            return fail(key, ImmunisationScheduleBook::tr("expected an age such as 8w, 18m or "
                                                          "3y4m, not \"%1\"")
                                 .arg(t.value()));
        return a;
    }
    Failure fail(const QString& key, const QString& message) const
    {
        return Failure{message, where(key)};
    }
    QJsonValue value(const QString& key) const { return m_object.value(key); }

private:
    QJsonObject m_object;
    QString m_where;
};

Result<QJsonArray> arrayOf(const Fields& f, const QString& key)
{
    const QJsonValue v = f.value(key);
    if (!v.isArray() || v.toArray().isEmpty())
        return f.fail(key, ImmunisationScheduleBook::tr("expected a list that is not empty"));
    return v.toArray();
}

Result<ScheduledDose> readDose(const Fields& f, const QSet<QString>& vaccines)
{
    ScheduledDose d;
    auto vaccine = f.text(QStringLiteral("vaccine"));
    auto series = f.text(QStringLiteral("series"));
    auto due = f.age(QStringLiteral("due"), true);
    auto minimum = f.age(QStringLiteral("minimumAge"), true);
    auto notFrom = f.age(QStringLiteral("notFrom"), false);
    auto bornFrom = f.date(QStringLiteral("bornFrom"), false);
    auto bornBefore = f.date(QStringLiteral("bornBefore"), false);
    auto note = f.text(QStringLiteral("note"), false);
    for (const Failure* e :
         {vaccine ? nullptr : &vaccine.failure(), series ? nullptr : &series.failure(),
          due ? nullptr : &due.failure(), minimum ? nullptr : &minimum.failure(),
          notFrom ? nullptr : &notFrom.failure(), bornFrom ? nullptr : &bornFrom.failure(),
          bornBefore ? nullptr : &bornBefore.failure(), note ? nullptr : &note.failure()}) {
        if (e)
            return *e;
    }
    d.vaccine = vaccine.value();
    d.series = series.value();
    d.due = *due.value();
    d.minimumAge = *minimum.value();
    d.notFrom = notFrom.value();
    d.bornFrom = bornFrom.value();
    d.bornBefore = bornBefore.value();
    d.note = note.value();
    const QJsonValue number = f.value(QStringLiteral("dose"));
    if (!number.isDouble() || number.toInt() < 1 || number.toDouble() != number.toInt())
        return f.fail(QStringLiteral("dose"), ImmunisationScheduleBook::tr("expected a whole "
                                                                           "number from 1"));
    d.number = number.toInt();
    if (!vaccines.contains(d.vaccine))
        return f.fail(
            QStringLiteral("vaccine"),
            ImmunisationScheduleBook::tr("\"%1\" is not in the vaccine list").arg(d.vaccine));
    d.accepts = {d.vaccine};
    if (f.has(QStringLiteral("accepts"))) {
        d.accepts.clear();
        for (const QJsonValue& v : f.value(QStringLiteral("accepts")).toArray()) {
            if (!vaccines.contains(v.toString()))
                return f.fail(QStringLiteral("accepts"),
                              ImmunisationScheduleBook::tr("\"%1\" is not in the vaccine list")
                                  .arg(v.toString()));
            d.accepts << v.toString();
        }
        if (!d.accepts.contains(d.vaccine))
            return f.fail(QStringLiteral("accepts"),
                          ImmunisationScheduleBook::tr("must include the dose's own vaccine"));
    }
    const QDate someone(2000, 1, 1);
    if (d.minimumAge.on(someone) > d.due.on(someone))
        return f.fail(QStringLiteral("minimumAge"),
                      ImmunisationScheduleBook::tr("is older than the age the dose is due"));
    if (d.notFrom && d.notFrom->on(someone) <= d.due.on(someone))
        return f.fail(QStringLiteral("notFrom"),
                      ImmunisationScheduleBook::tr("is not after the age the dose is due"));
    return d;
}

Result<ImmunisationSchedule> readSchedule(const Fields& f, const QSet<QString>& vaccines)
{
    ImmunisationSchedule s;
    auto id = f.text(QStringLiteral("id"));
    auto title = f.text(QStringLiteral("title"));
    if (!id)
        return id.failure();
    if (!title)
        return title.failure();
    const QJsonValue source = f.value(QStringLiteral("source"));
    if (!source.isObject())
        return f.fail(QStringLiteral("source"),
                      ImmunisationScheduleBook::tr("name the document the schedule comes from "
                                                   "(title, url, date)"));
    const Fields src(source.toObject(), f.where(QStringLiteral("source")));
    auto srcTitle = src.text(QStringLiteral("title"));
    auto url = src.text(QStringLiteral("url"));
    auto srcDate = src.date(QStringLiteral("date"), true);
    auto from = f.date(QStringLiteral("bornFrom"), false);
    auto before = f.date(QStringLiteral("bornBefore"), false);
    auto note = f.text(QStringLiteral("note"), false);
    for (const Failure* e :
         {srcTitle ? nullptr : &srcTitle.failure(), url ? nullptr : &url.failure(),
          srcDate ? nullptr : &srcDate.failure(), from ? nullptr : &from.failure(),
          before ? nullptr : &before.failure(), note ? nullptr : &note.failure()}) {
        if (e)
            return *e;
    }
    s.id = id.value();
    s.title = title.value();
    s.sourceTitle = srcTitle.value();
    s.sourceUrl = url.value();
    s.sourceDate = srcDate.value();
    s.bornFrom = from.value();
    s.bornBefore = before.value();
    s.note = note.value();
    if (s.bornFrom.isValid() && s.bornBefore.isValid() && s.bornBefore <= s.bornFrom)
        return f.fail(QStringLiteral("bornBefore"),
                      ImmunisationScheduleBook::tr("is not after bornFrom"));
    auto doses = arrayOf(f, QStringLiteral("doses"));
    if (!doses)
        return doses.failure();
    QSet<QString> seen;
    for (qsizetype i = 0; i < doses.value().size(); ++i) {
        const Fields df(doses.value().at(i).toObject(),
                        f.where(QStringLiteral("doses[%1]").arg(i)));
        auto d = readDose(df, vaccines);
        if (!d)
            return d.failure();
        // Two doses with the same place in a series must be for different cohorts.
        const QString key = d.value().series + QLatin1Char('#') +
                            QString::number(d.value().number) + QLatin1Char('#') +
                            d.value().bornFrom.toString(Qt::ISODate);
        if (seen.contains(key))
            return df.fail(QStringLiteral("dose"),
                           ImmunisationScheduleBook::tr("series \"%1\" has dose %2 twice")
                               .arg(d.value().series)
                               .arg(d.value().number));
        seen << key;
        s.doses << d.value();
    }
    return s;
}

} // namespace

std::optional<ScheduleAge> ScheduleAge::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d{1,2})y)?(?:(\\d{1,2})m)?(?:(\\d{1,2})w)?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch() || text.trimmed().isEmpty())
        return std::nullopt;
    return ScheduleAge{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
}

QString ScheduleAge::text() const
{
    QString t;
    if (years)
        t += QString::number(years) + QLatin1Char('y');
    if (months)
        t += QString::number(months) + QLatin1Char('m');
    if (weeks || t.isEmpty())
        t += QString::number(weeks) + QLatin1Char('w');
    return t;
}

Result<ImmunisationScheduleBook> ImmunisationScheduleBook::load(const QByteArray& json,
                                                                const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        return Failure{error.errorString(),
                       QStringLiteral("%1:%2:%3").arg(fileName).arg(line).arg(column)};
    }
    const Fields top(doc.object(), {});
    const auto located = [&fileName](Failure f) {
        f.where = fileName + QStringLiteral(": ") + f.where;
        return f;
    };
    if (doc.object().value(QStringLiteral("format")).toInt() != 1)
        return located(top.fail(QStringLiteral("format"), tr("this program reads format 1")));
    ImmunisationScheduleBook book;
    book.m_fileVersion = doc.object().value(QStringLiteral("fileVersion")).toString();
    const int weeks = doc.object().value(QStringLiteral("minimumIntervalWeeks")).toInt();
    if (weeks < 1 || weeks > 52)
        return located(top.fail(QStringLiteral("minimumIntervalWeeks"),
                                tr("expected a number of weeks from 1 to 52")));
    book.m_minimumIntervalDays = 7 * weeks;
    auto vaccines = arrayOf(top, QStringLiteral("vaccines"));
    if (!vaccines)
        return located(vaccines.failure());
    QSet<QString> codes;
    for (qsizetype i = 0; i < vaccines.value().size(); ++i) {
        const Fields v(vaccines.value().at(i).toObject(),
                       top.where(QStringLiteral("vaccines[%1]").arg(i)));
        auto code = v.text(QStringLiteral("code"));
        auto name = v.text(QStringLiteral("name"));
        if (!code)
            return located(code.failure());
        if (!name)
            return located(name.failure());
        if (codes.contains(code.value()))
            return located(
                v.fail(QStringLiteral("code"), tr("\"%1\" is listed twice").arg(code.value())));
        codes << code.value();
        book.m_vaccines << Vaccine{code.value(), name.value()};
    }
    auto schedules = arrayOf(top, QStringLiteral("schedules"));
    if (!schedules)
        return located(schedules.failure());
    for (qsizetype i = 0; i < schedules.value().size(); ++i) {
        const Fields s(schedules.value().at(i).toObject(),
                       top.where(QStringLiteral("schedules[%1]").arg(i)));
        auto schedule = readSchedule(s, codes);
        if (!schedule)
            return located(schedule.failure());
        for (const ImmunisationSchedule& other : std::as_const(book.m_schedules)) {
            const bool apart = (schedule.value().bornBefore.isValid() && other.bornFrom.isValid() &&
                                schedule.value().bornBefore <= other.bornFrom) ||
                               (other.bornBefore.isValid() && schedule.value().bornFrom.isValid() &&
                                other.bornBefore <= schedule.value().bornFrom);
            if (!apart)
                return located(
                    s.fail(QStringLiteral("bornFrom"),
                           tr("the birth cohort overlaps schedule \"%1\"").arg(other.id)));
        }
        book.m_schedules << schedule.value();
    }
    return book;
}

Result<ImmunisationScheduleBook> ImmunisationScheduleBook::bundled()
{
    QFile file(QStringLiteral(":/immunisations/routine-schedule.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("the immunisation schedule is missing from the program"),
                       file.fileName()};
    return load(file.readAll(), QStringLiteral("routine-schedule.json"));
}

const ImmunisationSchedule* ImmunisationScheduleBook::forBirth(QDate dateOfBirth) const
{
    for (const ImmunisationSchedule& s : m_schedules) {
        if (s.appliesTo(dateOfBirth))
            return &s;
    }
    return nullptr;
}

bool ImmunisationScheduleBook::knowsVaccine(const QString& code) const
{
    return std::any_of(m_vaccines.begin(), m_vaccines.end(),
                       [&code](const Vaccine& v) { return v.code == code; });
}

QString ImmunisationScheduleBook::vaccineName(const QString& code) const
{
    for (const Vaccine& v : m_vaccines) {
        if (v.code == code)
            return v.name;
    }
    return code;
}

} // namespace lac
