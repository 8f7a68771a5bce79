// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCareCodes.h"

#include "rules/ChildAge.h"

namespace lac::democare {

const QDate registeredSupportedFrom(2024, 4, 1);
const QDate semiIndependentUntil(2025, 3, 31);

int ageOn(QDate dateOfBirth, QDate on)
{
    return qMax(0, ChildAge::yearsOn(dateOfBirth, on));
}

QString supportedAccommodation(DemoDice& dice, QDate on)
{
    if (on > semiIndependentUntil)
        return QStringLiteral("K3");
    if (on >= registeredSupportedFrom)
        return dice.chance(0.75) ? QStringLiteral("K3") : QStringLiteral("H5");
    return dice.chance(0.9) ? QStringLiteral("H5") : QStringLiteral("P2");
}

QString pickCode(DemoDice& dice, const QStringList& codes, std::initializer_list<double> weights)
{
    return codes.at(dice.weighted(weights));
}

QString placementType(DemoDice& dice, int age, QDate on, const QString& legalStatus, bool uasc)
{
    const auto codes = [](const char* s) { return QString::fromLatin1(s).split(QLatin1Char(',')); };
    if (legalStatus == QLatin1String("J1")) {
        return age >= 15 ? pickCode(dice, codes("R5,K1,U6"), {30, 20, 50})
                         : pickCode(dice, codes("K1,U6"), {25, 75});
    }
    if (legalStatus == QLatin1String("J2"))
        return pickCode(dice, codes("U6,K2"), {60, 40});
    if (legalStatus == QLatin1String("J3"))
        return QStringLiteral("U6");
    if (legalStatus == QLatin1String("V3") || legalStatus == QLatin1String("V4"))
        return pickCode(dice, codes("K2,U6"), {45, 55});
    if (uasc) {
        if (age < 16)
            return pickCode(dice, codes("U6,K2"), {70, 30});
        const QString t = pickCode(dice, codes("S,U6,K2"), {45, 45, 10});
        return t == QLatin1String("S") ? supportedAccommodation(dice, on) : t;
    }
    QString t;
    if (age < 1)
        t = pickCode(dice, codes("U6,U4,U5,U2,U3,U1,P1,R3"), {44, 3, 8, 3, 13, 3, 7, 5});
    else if (age < 5)
        t = pickCode(dice, codes("U6,U4,U5,U3,U1,P1,R3"), {42, 16, 3, 12, 8, 9, 1});
    else if (age < 10)
        t = pickCode(dice, codes("U6,U4,U3,U1,P1,K2,S1,R2"), {33, 27, 9, 9, 8, 4, 0.7, 0.3});
    else if (age < 16)
        t = pickCode(dice, codes("U6,U4,U3,U1,P1,K2,R1,S1,K1,R2,T4"),
                     {26, 22, 6, 8, 5, 17, 3.5, 1.5, 0.5, 0.3, 0.3});
    else
        t = pickCode(dice, codes("U6,U4,U3,U1,P1,K2,R1,S,R5,S1"),
                     {21, 18, 3, 6, 3, 12, 2, 32, 0.8, 1});
    return t == QLatin1String("S") ? supportedAccommodation(dice, on) : t;
}

/// SSDA903 PLACE_PROVIDER: PR0 parent, PR1 own provision, PR2 other LA, PR3 other public,
/// PR4 private (e.g. an independent fostering agency), PR5 voluntary.
QString providerFor(DemoDice& dice, const QString& type)
{
    const QChar c = type.at(0);
    const auto pr = [](int n) { return QStringLiteral("PR%1").arg(n); };
    if (type == QLatin1String("U4") || type == QLatin1String("U5") || type == QLatin1String("U6"))
        return pr(QList<int>{1, 4, 5}.at(dice.weighted({62, 33, 5})));
    if (c == QLatin1Char('U'))
        return pr(1);
    if (type == QLatin1String("P1"))
        return pr(0);
    if (type == QLatin1String("K1"))
        return pr(QList<int>{2, 3}.at(dice.weighted({60, 40})));
    if (type == QLatin1String("K2") || type == QLatin1String("R1"))
        return pr(QList<int>{4, 1, 5}.at(dice.weighted({75, 20, 5})));
    if (type == QLatin1String("K3") || type == QLatin1String("H5") || type == QLatin1String("P2"))
        return pr(QList<int>{4, 5, 1}.at(dice.weighted({50, 35, 15})));
    if (c == QLatin1Char('A'))
        return pr(QList<int>{1, 2, 5}.at(dice.weighted({55, 10, 35})));
    if (type == QLatin1String("R2") || type == QLatin1String("R5"))
        return pr(3);
    return pr(QList<int>{4, 5}.at(dice.weighted({60, 40})));
}

/// How likely a placement of this type and provider is outside the county.
double outOfAreaChance(const QString& type, const QString& provider)
{
    const QChar c = type.at(0);
    if (type == QLatin1String("U4") || type == QLatin1String("U5") || type == QLatin1String("U6"))
        return provider == QLatin1String("PR1") ? 0.07 : 0.35;
    if (c == QLatin1Char('U'))
        return 0.18;
    if (type == QLatin1String("P1"))
        return 0.05;
    if (type == QLatin1String("K2") || type == QLatin1String("R1"))
        return 0.55;
    if (type == QLatin1String("K1") || type == QLatin1String("S1"))
        return 0.75;
    if (type == QLatin1String("R5"))
        return 1.0;
    if (type == QLatin1String("K3") || type == QLatin1String("H5") || type == QLatin1String("P2"))
        return 0.28;
    if (c == QLatin1Char('A'))
        return 0.35;
    return 0.4;
}

QString placeChangeReason(DemoDice& dice)
{
    static const QStringList reasons =
        QString::fromLatin1("CARPL,CHILD,CREQB,CREQO,LAREQ,PLACE,STAND,ALLEG,CLOSE,"
                            "APPRR,OTHER")
            .split(QLatin1Char(','));
    return reasons.at(dice.weighted({40, 8, 12, 10, 6, 4, 3, 3, 4, 2, 8}));
}

QString categoryOfNeed(DemoDice& dice, bool uasc)
{
    if (uasc)
        return QStringLiteral("N8");
    return QStringLiteral("N%1").arg(dice.weighted({60, 3, 4, 8, 15, 2, 0.5, 7}) + 1);
}

QString endReasonFor(DemoDice& dice, Path path, int ageAtEnd, bool atEighteen, bool uasc,
                     const QString& legalStatus)
{
    const auto codes = [](const char* s) { return QString::fromLatin1(s).split(QLatin1Char(',')); };
    if (path == Path::Adoption)
        return dice.chance(0.8) ? QStringLiteral("E11") : QStringLiteral("E12");
    if (atEighteen)
        return uasc ? pickCode(dice, codes("E3,E7"), {50, 50})
                    : pickCode(dice, codes("E17,E3,E7,E8,E5"), {30, 25, 25, 12, 8});
    if (path == Path::ShortBreak)
        return pickCode(dice, codes("E8,E4A"), {70, 30});
    if (path == Path::YouthJustice || legalStatus.startsWith(QLatin1Char('J')))
        return pickCode(dice, codes("E4A,E9,E13,E14"), {40, 25, 20, 15});
    if (uasc)
        return pickCode(dice, codes("E3,E7,E15"), {40, 40, 20});
    if (ageAtEnd >= 16)
        return pickCode(dice, codes("E4A,E13,E3,E7,E8"), {25, 15, 25, 25, 10});
    return pickCode(dice, codes("E4A,E4B,E13,E41,E45,E46,E48,E8,E16"),
                    {40, 8, 18, 3, 12, 8, 2, 6, 1});
}

} // namespace lac::democare
