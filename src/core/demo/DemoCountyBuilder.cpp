// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCountyBuilder.h"

#include "demo/DemoNamePool.h"

namespace lac {
namespace {

struct AuthoritySeed
{
    const char* name;
    const char* area;
    bool neighbour;
};

// Made-up authorities; the first eight border Northshire and take most placements.
constexpr AuthoritySeed hosts[] = {
    {"Southshire County Council", "SH", true},
    {"Eastmoor Borough Council", "EM", true},
    {"Westdale Council", "WD", true},
    {"City of Kingsbridge Council", "KB", true},
    {"Rivermouth City Council", "RV", true},
    {"Highfell Council", "HF", true},
    {"Marshford Borough Council", "MF", true},
    {"Brackenvale District Council", "BV", true},
    {"Lowmere City Council", "LQ", false},
    {"Greystone County Council", "GY", false},
    {"Port Alder City Council", "PQ", false},
    {"Thornbury Vale Council", "TV", false},
    {"Cressington Metropolitan Borough Council", "CQ", false},
    {"Ashcombe Council", "AQ", false},
    {"Millbrook Metropolitan Borough Council", "MQ", false},
    {"Stonehaven City Council", "SQ", false},
    {"Fenland Reach Council", "FQ", false},
    {"Oakmoor County Council", "OQ", false},
    {"Whitcliffe Borough Council", "WQ", false},
    {"Elmbridge Vale Council", "EQ", false},
    {"Kestrel Bay Council", "KQ", false},
    {"North Tarn Council", "NQ", false},
    {"Redhill Metropolitan Borough Council", "RQ", false},
    {"Copperfield City Council", "CZ", false},
    {"Langmoor Council", "LZ", false},
};

constexpr int ownDistricts = 24;

QString shortName(const QString& authority)
{
    QString s = authority;
    for (const char* suffix :
         {" Metropolitan Borough Council", " Borough Council", " District Council",
          " County Council", " City Council", " Council"}) {
        if (s.endsWith(QLatin1String(suffix))) {
            s.chop(int(qstrlen(suffix)));
            break;
        }
    }
    if (s.startsWith(QLatin1String("City of ")))
        s = s.mid(8);
    return s;
}

DemoProvider provider(DemoDice& dice, qint64 id, const QString& name, qint64 authorityId,
                      const QString& town, int doctors, int nurses)
{
    DemoProvider p;
    p.id = id;
    p.name = name;
    p.authorityId = authorityId;
    for (int i = 0; i < doctors; ++i)
        p.doctors << QStringLiteral("Dr ") + DemoNamePool::staffName(dice);
    for (int i = 0; i < nurses; ++i)
        p.nurses << DemoNamePool::staffName(dice);
    p.venues << QStringLiteral("%1 Children's Centre").arg(town)
             << QStringLiteral("%1 Community Hospital, Paediatric Outpatients").arg(town)
             << QStringLiteral("%1 Health Centre").arg(town) << QStringLiteral("Carer's home")
             << QStringLiteral("School");
    return p;
}

} // namespace

QString DemoCountyBuilder::postcode(DemoDice& dice, const QString& area, int districts)
{
    static const QString letters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    return QStringLiteral("%1%2 %3%4%5")
        .arg(area)
        .arg(dice.between(1, districts))
        .arg(dice.between(1, 9))
        .arg(letters.at(dice.between(0, int(letters.size()) - 1)))
        .arg(letters.at(dice.between(0, int(letters.size()) - 1)));
}

DemoReferenceData DemoCountyBuilder::build(DemoDice& dice, int children, quint32 seed)
{
    DemoReferenceData r;
    qint64 providerId = 1;
    r.authorities << DemoAuthority{1, QStringLiteral("Northshire County Council"),
                                   QStringLiteral("901"), QStringLiteral("NH"), false};
    // A county of about 700 children in care needs a few doctors; a national-size one more.
    const int scale = qBound(1, children / 1650, 40);
    r.providers << provider(dice, providerId++, QStringLiteral("Northshire Community Paediatrics"),
                            1, QStringLiteral("Northshire"), 4 + scale, 1);
    r.providers << provider(dice, providerId++,
                            QStringLiteral("Northshire Children in Care Health Team"), 1,
                            QStringLiteral("Northshire"), 1, 5 + 2 * scale);
    qint64 authorityId = 2;
    int code = 902;
    for (const auto& h : hosts) {
        DemoAuthority a{authorityId++, QString::fromUtf8(h.name), QString::number(code++),
                        QString::fromUtf8(h.area), h.neighbour};
        const QString town = shortName(a.name);
        r.authorities << a;
        r.providers << provider(dice, providerId++,
                                QStringLiteral("%1 Looked After Children Health Service").arg(town),
                                a.id, town, 2 + scale / 4, 2 + scale / 4);
    }
    for (int d = 1; d <= ownDistricts; ++d)
        r.ownPostcodeDistricts << QStringLiteral("NH%1").arg(d);

    r.settings = {
        {QStringLiteral("authority.name"), QStringLiteral("Northshire County Council")},
        {QStringLiteral("authority.postcode_districts"),
         r.ownPostcodeDistricts.join(QLatin1Char(','))},
        {QStringLiteral("calendar.division"), QStringLiteral("england-and-wales")},
        {QStringLiteral("targets.iha_in_time_percent"), QStringLiteral("95")},
        {QStringLiteral("targets.iha_request_in_time_percent"), QStringLiteral("90")},
        {QStringLiteral("targets.rha_in_time_percent"), QStringLiteral("95")},
        {QStringLiteral("demo.generated"),
         QStringLiteral("seed %1, %2 children").arg(seed).arg(children)},
    };
    return r;
}

} // namespace lac
