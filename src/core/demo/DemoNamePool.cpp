// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoNamePool.h"

#include <QStringList>

namespace lac {
namespace {

struct NameGroup
{
    QStringList ethnicities; ///< SSDA903 codes this group covers
    QStringList boys;
    QStringList girls;
    QStringList families;
    QStringList languages; ///< empty: English
};

QStringList split(const char* names)
{
    return QString::fromUtf8(names).split(QLatin1Char(','));
}

const QList<NameGroup>& groups()
{
    static const QList<NameGroup> all = {
        // 0: White British
        {split("WBRI"),
         split("Oliver,Jack,Harry,George,Noah,Charlie,Jacob,Alfie,Freddie,Oscar,Leo,Logan,Archie,"
               "Theo,Thomas,James,Joshua,Riley,William,Mason,Kai,Tyler,Callum,Jayden,Liam,Connor,"
               "Lewis,Reece,Kyle,Brandon,Dylan,Ethan,Harvey,Finley,Max,Tommy,Ronnie,Alfie-James,"
               "Bobby,Frankie"),
         split("Olivia,Amelia,Isla,Ava,Mia,Ivy,Lily,Isabella,Sophia,Grace,Freya,Evie,Poppy,Ella,"
               "Chloe,Millie,Ruby,Jessica,Lacey,Leah,Megan,Courtney,Paige,Tia,Summer,Skye,Holly,"
               "Daisy,Phoebe,Scarlett,Lexi,Maisie,Kayleigh,Amber,Zoë,Lily-Mae,Ellie-Rose,Demi,"
               "Chelsea,Rosie"),
         split("Smith,Jones,Williams,Taylor,Brown,Davies,Evans,Wilson,Thomas,Johnson,Roberts,"
               "Robinson,Thompson,Wright,Walker,White,Edwards,Hughes,Green,Hall,Lewis,Harris,"
               "Clarke,Jackson,Wood,Turner,Martin,Cooper,Hill,Ward,Morris,Moore,"
               "Clark,Lee,King,Baker,Harrison,Morgan,Allen,James,Scott,Phillips,Watson,Davis,"
               "Parker,Price,Bennett,Young,Griffiths,Mitchell,Kelly,Cook,Carter,Richardson,Bailey,"
               "Collins,Bell,Shaw,Murphy,Miller,Cox,Richards,Marshall,Anderson,Simpson,"
               "Ellis,Adams,Wilkinson,Foster,Chapman,Powell,Webb,Rogers,Gray,Mason,"
               "Hunt,Campbell,Matthews,Owen,Palmer,Holmes,Mills,Barnes,Knight,Lloyd,"
               "Butler,Russell,Barker,Fisher,Stevens,Jenkins,Smith-Jones,Dixon,Fletcher,Hart,"
               "Pearce-Hill,Ashworth,Bradshaw,Whitehead,Ainsworth,Holt,Sutcliffe,Shaw-Taylor"),
         {}},
        // 1: Irish and Traveller
        {split("WIRI,WIRT,WROM"),
         split("Patrick,Seán,Michael,John-Joe,Martin,Christy,Francie,Tommy,Pádraig,Kieran"),
         split("Siobhán,Bridget,Mary-Kate,Aoife,Niamh,Roisin,Kathleen,Shannon,Caitlin,Nora"),
         split("O'Neill,O'Brien,McDonagh,O'Connor,Ward,Joyce,Maughan,Doherty,O'Sullivan,"
               "McCarthy,Gallagher,Keenan,Delaney,Quinn,McGinley"),
         {}},
        // 2: White other (Polish, Romanian, Lithuanian, Portuguese)
        {split("WOTH"),
         split("Jakub,Kacper,Szymon,Mateusz,Andrei,Mihai,Lukas,Matas,Tomás,Rafael,Darius,Filip"),
         split("Zuzanna,Julia,Maja,Wiktoria,Ioana,Andreea,Gabija,Ieva,Inês,Beatriz,Natalia"),
         split("Kowalski,Nowak,Wiśniewska,Lewandowski,Popescu,Ionescu,Kazlauskas,Petrauskas,"
               "Silva,Ferreira,Horváth,Novák,Kovačević"),
         split("Polish,Romanian,Lithuanian,Portuguese")},
        // 3: Mixed
        {split("MWBC,MWBA,MWAS,MOTH"),
         split("Kai,Tyrese,Marley,Isaac,Elijah,Zayn,Reuben,Jaden,Malachi,Nathaniel,Kobe,Ezra"),
         split("Amara,Nia,Jada,Layla,Aaliyah,Imani,Sienna,Keira,Zara,Maya,Tiana,Shanice"),
         split("Campbell,Brown-Williams,Thompson,Clarke,Richards,Francis,Edwards,Williams,"
               "Henry,Johnson-Reid,Walker,Grant"),
         {}},
        // 4: Asian (Pakistani, Bangladeshi, Indian)
        {split("APKN,ABAN,AIND,AOTH"),
         split("Muhammad,Mohammed,Ayaan,Ibrahim,Yusuf,Zain,Hamza,Arjun,Aarav,Rohan,Harpreet,"
               "Rayyan,Abdul-Rahman"),
         split("Aisha,Maryam,Fatima,Zara,Hafsa,Inaya,Priya,Ananya,Simran,Noor,Sumaiya,Amira"),
         split("Khan,Hussain,Ahmed,Ali,Begum,Rahman,Uddin,Patel,Sharma,Kaur,Singh,Chaudhry,"
               "Iqbal,Miah,Shah,Akhtar"),
         {}},
        // 5: Black African and Caribbean
        {split("BAFR,BCRB,BOTH"),
         split("Oluwaseun,Chidi,Tobi,Kwame,Emeka,Tariq,Jermaine,Delroy,Kofi,Abdi,Samuel,Daniel,"
               "David-Ola"),
         split("Adaeze,Chiamaka,Ama,Folake,Zainab,Hodan,Keisha,Precious,Blessing,Esther,Naomi,"
               "Nneka"),
         split("Okafor,Adeyemi,Mensah,Owusu,Okonkwo,Abdullahi,Mohamed,Osei,Campbell,Brown,"
               "Francis,Adebayo-Smith,Nwosu,Boateng"),
         {}},
        // 6: Chinese and other
        {split("CHNE,OOTH"),
         split("Wei,Jun,Hao,Ming,Anh,Minh,Omar,Karim,Youssef,Adam,Ali"),
         split("Mei,Xin,Ling,Yan,Linh,Thu,Layla,Nour,Yasmin,Sara,Hana"),
         split("Chen,Wang,Li,Zhang,Liu,Nguyen,Tran,Le,Haddad,Hassan,Al-Amin,El-Sayed"),
         {}},
    };
    return all;
}

struct AsylumGroup
{
    QString ethnicity;
    QString language;
    QStringList boys;
    QStringList girls;
    QStringList families;
};

const QList<AsylumGroup>& asylumGroups()
{
    static const QList<AsylumGroup> all = {
        {QStringLiteral("AOTH"), QStringLiteral("Pashto"),
         split("Ahmad,Mohammad,Ali,Jawad,Hamid,Farid,Sami,Zabihullah"),
         split("Fatima,Maryam,Parwana"),
         split("Ahmadzai,Rahimi,Habibi,Noori,Safi,Popal,Stanikzai")},
        {QStringLiteral("AOTH"), QStringLiteral("Dari"),
         split("Mustafa,Reza,Hussain,Naveed,Shafiq"), split("Zahra,Nargis"),
         split("Hazara,Karimi,Jafari,Sultani")},
        {QStringLiteral("BAFR"), QStringLiteral("Tigrinya"),
         split("Yonas,Filmon,Merhawi,Dawit,Semere,Kidane"), split("Helen,Selam,Luwam,Senait"),
         split("Tesfay,Haile,Gebremedhin,Tekle,Berhane,Kahsay")},
        {QStringLiteral("BAFR"), QStringLiteral("Arabic"),
         split("Mohamed,Abdelrahman,Osman,Adam,Yousif"), split("Amna,Hawa"),
         split("Abdallah,Ibrahim,Elamin,Osman,Babiker")},
        {QStringLiteral("OOTH"), QStringLiteral("Kurdish Sorani"),
         split("Karwan,Rebwar,Aram,Dilan,Shwan"), split("Shilan,Zhino"),
         split("Ahmed,Mahmoud,Rasul,Qadir")},
        {QStringLiteral("OOTH"), QStringLiteral("Farsi"), split("Amir,Mehdi,Arash,Hossein"),
         split("Shirin,Parisa"), split("Mohammadi,Hosseini,Rezaei,Moradi")},
        {QStringLiteral("CHNE"), QStringLiteral("Vietnamese"), split("Minh,Duc,Tuan,Hung,Quang"),
         split("Linh,Huong,Thao"), split("Nguyen,Tran,Pham,Hoang,Vu")},
        {QStringLiteral("WOTH"), QStringLiteral("Albanian"),
         split("Ardit,Klevis,Erion,Besnik,Endrit"), split("Elira,Anisa"),
         split("Hoxha,Shehu,Krasniqi,Gashi,Berisha")},
    };
    return all;
}

} // namespace

DemoIdentity DemoNamePool::child(DemoDice& dice, Sex sex)
{
    // Roughly the ethnicity of children looked after in an English county.
    const int g = dice.weighted({70, 1.5, 5, 10, 5, 5.5, 3});
    const NameGroup& group = groups().at(g);
    DemoIdentity id;
    id.ethnicity = dice.pick(group.ethnicities);
    id.givenName = dice.pick(sex == Sex::Female ? group.girls : group.boys);
    id.familyName = dice.pick(group.families);
    if (!group.languages.isEmpty() && dice.chance(0.15))
        id.interpreterLanguage = dice.pick(group.languages);
    return id;
}

DemoIdentity DemoNamePool::asylumSeeker(DemoDice& dice, Sex sex)
{
    const int g = dice.weighted({28, 10, 20, 12, 10, 6, 8, 6});
    const AsylumGroup& group = asylumGroups().at(g);
    DemoIdentity id;
    id.ethnicity = group.ethnicity;
    id.givenName = dice.pick(sex == Sex::Female ? group.girls : group.boys);
    id.familyName = dice.pick(group.families);
    id.interpreterLanguage = group.language;
    return id;
}

QString DemoNamePool::staffName(DemoDice& dice)
{
    const int g = dice.weighted({60, 3, 4, 6, 14, 9, 4});
    const NameGroup& group = groups().at(g);
    const QString given = dice.pick(dice.chance(0.7) ? group.girls : group.boys);
    return given + QLatin1Char(' ') + dice.pick(group.families);
}

} // namespace lac
