// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every date field of every case-work dialog, driven as a person does: click into it, type a
// date in each spelling people use, save. The date is taken exactly as typed, or the save is
// refused with the reason and the dialog keeps what was typed. QDateEdit used to change them
// (14/07/2019 saved as 14/12/2021; 31/02/2026 as 31/12/2021).
#include "common/DateField.h"
#include "support/Screenshots.h"
#include "workspace/BookingDialog.h"
#include "workspace/CaseDialog.h"
#include "workspace/ChildEditDialog.h"
#include "workspace/DateStepDialog.h"
#include "workspace/OutOfAreaRequestDialog.h"
#include "workspace/OutcomeDialog.h"
#include "workspace/PaperworkIssueDialog.h"
#include "workspace/PlacementDialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <memory>

using namespace lac;

namespace {

using MakeDialog = std::function<std::unique_ptr<CaseDialog>()>;

struct NamedDialog
{
    const char* name;
    MakeDialog make;
    const char* field;
};

QList<NamedDialog> dialogs()
{
    const QDate today(2026, 12, 5);
    return {
        {"new child",
         [] { return std::make_unique<ChildEditDialog>(ChildRecord{}, QDate(2026, 3, 16)); },
         "dateOfBirth"},
        {"date step",
         [today] {
             return std::make_unique<DateStepDialog>(QStringLiteral("Request sent on"),
                                                     QStringLiteral("When?"), today, QString());
         },
         "date"},
        {"placement",
         [today] {
             return std::make_unique<PlacementDialog>(false, PlacementDialog::Lists{}, today);
         },
         "date"},
        {"out-of-area request",
         [] {
             return std::make_unique<OutOfAreaRequestDialog>(
                 QStringLiteral("IHA"), QList<ReferenceItem>{}, QList<ReferenceItem>{},
                 OutOfAreaRequestRecord{});
         },
         "requestedDate"},
        {"outcome",
         [today] {
             return std::make_unique<OutcomeDialog>(QStringLiteral("10:00"), today,
                                                    QList<ReferenceItem>{}, today);
         },
         "date"},
        {"booking",
         [today] {
             AppointmentRecord initial;
             initial.scheduledAt = QDateTime(today.addDays(7), QTime(10, 0));
             return std::make_unique<BookingDialog>(QStringLiteral("IHA"), true,
                                                    QList<ReferenceItem>{}, initial);
         },
         "scheduledDate"},
        {"paperwork issue",
         [today] {
             return std::make_unique<PaperworkIssueDialog>(QStringLiteral("IHA"),
                                                           PaperworkIssueRecord{}, today);
         },
         "foundDate"},
    };
}

/// Clicks into the field, selects what is there and types \a text over it.
void typeInto(DateField* field, const QString& text)
{
    QTest::mouseClick(field, Qt::LeftButton, {}, QPoint(10, field->height() / 2));
    field->selectAll();
    QTest::keyClicks(field, text);
}

} // namespace

class TestDateFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedDates_data()
    {
        QTest::addColumn<int>("dialog");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");    // invalid: refused
        QTest::addColumn<QString>("reasonHas"); // part of the refusal shown
        const QList<NamedDialog> all = dialogs();
        for (int d = 0; d < all.size(); ++d) {
            const auto row = [&](const char* what) -> QTestData& {
                return QTest::addRow("%s: %s", all.at(d).name, what);
            };
            row("14/07/2019") << d << "14/07/2019" << QDate(2019, 7, 14) << "";
            row("06/10/2026") << d << "06/10/2026" << QDate(2026, 10, 6) << "";
            row("14072019") << d << "14072019" << QDate(2019, 7, 14) << "";
            row("1.7.2019") << d << "1.7.2019" << QDate(2019, 7, 1) << "";
            row("14-07-2019") << d << "14-07-2019" << QDate(2019, 7, 14) << "";
            row("31/02/2026") << d << "31/02/2026" << QDate() << "February 2026 has 28 days";
            row("31022026") << d << "31022026" << QDate() << "February 2026 has 28 days";
            row("14/07/19") << d << "14/07/19" << QDate() << "not a date";
        }
    }

    void typedDates()
    {
        QFETCH(int, dialog);
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        QFETCH(QString, reasonHas);
        const NamedDialog named = dialogs().at(dialog);
        std::unique_ptr<CaseDialog> d = named.make();
        QVERIFY(d->findChildren<QDateEdit*>().isEmpty());
        auto* field = d->findChild<DateField*>(QString::fromLatin1(named.field));
        QVERIFY(field);
        bool submitted = false;
        d->setSubmit([&] {
            submitted = true;
            return Status::success();
        });
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        typeInto(field, typed);
        QCOMPARE(field->text(), typed); // nothing rewritten while typing
        QCOMPARE(field->date(), expected);
        d->accept();
        if (expected.isValid()) {
            QVERIFY2(submitted, qPrintable(d->shownFailure()));
        } else {
            QVERIFY(!submitted);
            QVERIFY2(d->shownFailure().contains(reasonHas), qPrintable(d->shownFailure()));
            QVERIFY(d->isVisible());
            QCOMPARE(field->text(), typed); // what was typed is kept to be put right
            // LACHEALTH_SCREENSHOTS=DIR keeps a picture of each refusal, to look at.
            test::keepScreenshot(d.get(),
                                 QString::fromLatin1(QTest::currentDataTag())
                                     .replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")),
                                              QStringLiteral("-")));
            // Putting it right clears the message.
            typeInto(field, QStringLiteral("28/02/2026"));
            QVERIFY(d->shownFailure().isEmpty());
        }
    }

    void aNewChildHasNoInventedDateOfBirth()
    {
        ChildEditDialog d{ChildRecord{}, QDate(2026, 3, 16)};
        auto* dob = d.findChild<DateField*>(QStringLiteral("dateOfBirth"));
        QVERIFY(dob);
        QVERIFY(dob->text().isEmpty());
        QVERIFY(!dob->date().isValid());
        bool submitted = false;
        d.setSubmit([&] {
            submitted = true;
            return Status::success();
        });
        d.show();
        d.accept();
        QVERIFY(!submitted);
        QVERIFY2(d.shownFailure().contains(QStringLiteral("Date of birth")),
                 qPrintable(d.shownFailure()));
    }
};

QTEST_MAIN(TestDateFields)
#include "tst_datefields.moc"
