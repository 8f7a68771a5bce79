// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// PassportService's writes to a started passport: the workflow's steps and the items.
#include "common/DisplayDate.h"
#include "data/SqlTransaction.h"
#include "passport/core/PassportService.h"
#include "passport/data/PassportStore.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <QJsonDocument>

#include <algorithm>

namespace lac {
namespace {

/// The last date a step was taken on, so that no step can be dated before the one before it.
QDate lastStepDate(const PassportFile& f)
{
    const Passport& p = f.passport;
    QDate last;
    for (QDate d : {p.recordsRequested, p.recordsReceived, p.drafted, p.reissueRequested}) {
        if (d.isValid() && (!last.isValid() || d > last))
            last = d;
    }
    if (const PassportVersion* v = f.latest()) {
        for (QDate d : {v->signedOff, v->offered, v->answered, v->delivered}) {
            if (d.isValid() && (!last.isValid() || d > last))
                last = d;
        }
    }
    return last;
}

QJsonObject stepsJson(const PassportVersion& v)
{
    return {{QStringLiteral("offered"), v.offered.toString(Qt::ISODate)},
            {QStringLiteral("answer"), int(v.answer)},
            {QStringLiteral("format"), int(v.format)},
            {QStringLiteral("delivered"), v.delivered.toString(Qt::ISODate)}};
}

} // namespace

Status PassportService::takeStep(qint64 childId, PassportStep step,
                                 const PassportStepInput& in) const
{
    const Permission need =
        step == PassportStep::SignOff ? Permission::SignOffPassport : Permission::PreparePassport;
    if (auto s = AccessPolicy::require(m_ctx.user(), need); !s)
        return s;
    const QString field = tr("Date");
    const QString stepName = PassportRules::stepText(step);
    const PassportStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db, childId);
    if (!tx.begun())
        return tx.begun();
    auto read = store.file(childId);
    if (!read)
        return read.failure();
    if (!read.value())
        return Failure{tr("start the passport first"), tr("Step")};
    const PassportFile& f = *read.value();
    const PassportStage stage = PassportRules::stage(f);
    if (!PassportRules::allows(stage, step))
        return Failure{
            tr("not a step to take now: the passport is %1").arg(PassportRules::stageText(stage)),
            tr("Step")};
    if (auto s = checkDate(childId, in.date, lastStepDate(f), field); !s)
        return s;
    const QString who = m_ctx.user().login;
    Passport p = f.passport;
    PassportVersion v = f.latest() ? *f.latest() : PassportVersion();
    const PassportVersion before = v;
    bool versionStep = false;
    switch (step) {
    case PassportStep::RequestRecords:
        if (in.recordsFrom.trimmed().isEmpty())
            return Failure{tr("say whose records were asked for (GP, child health record, "
                              "birth hospital)"),
                           tr("Records from")};
        p.recordsRequested = in.date;
        p.recordsRequestedBy = who;
        p.recordsFrom = in.recordsFrom.trimmed();
        break;
    case PassportStep::RecordsReceived:
        p.recordsReceived = in.date;
        p.recordsReceivedBy = who;
        break;
    case PassportStep::Draft:
        p.drafted = in.date;
        p.draftedBy = who;
        break;
    case PassportStep::SignOff: {
        auto copy = copyNow(childId, f, in.date);
        if (!copy)
            return copy.failure();
        PassportCopy c = copy.value();
        c.number = f.latest() ? f.latest()->number + 1 : 1;
        c.signedOff = in.date;
        c.signedOffBy = who;
        if (f.latest())
            c.changes = PassportCopy::changesSince(
                PassportCopy::fromJson(
                    QJsonDocument::fromJson(f.latest()->content.toUtf8()).object()),
                c);
        PassportVersion signedOff;
        signedOff.passportId = p.id;
        signedOff.number = c.number;
        signedOff.signedOff = in.date;
        signedOff.signedOffBy = who;
        signedOff.content =
            QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
        auto id = store.insertVersion(signedOff);
        if (!id)
            return id.failure();
        if (auto s = audited(QStringLiteral("sign_off"), QStringLiteral("passport_versions"),
                             id.value(), childId,
                             tr("health passport version %1 signed off on %2")
                                 .arg(c.number)
                                 .arg(displayDate(in.date)),
                             {}, c.toJson());
            !s)
            return s;
        p.reissueRequested = QDate();
        p.reissueRequestedBy.clear();
        break;
    }
    case PassportStep::Offer:
        v.offered = in.date;
        v.offeredBy = who;
        versionStep = true;
        break;
    case PassportStep::Answer:
        if (in.answer == PassportAnswer::None)
            return Failure{tr("say whether the young person accepted or declined"), tr("Answer")};
        if (in.answer == PassportAnswer::Accepted && in.format == PassportFormat::NotChosen)
            return Failure{tr("say how they want their copy (printed, PDF or both)"), tr("Format")};
        v.answer = in.answer;
        v.answered = in.date;
        v.answeredBy = who;
        v.format = in.answer == PassportAnswer::Accepted ? in.format : PassportFormat::NotChosen;
        versionStep = true;
        break;
    case PassportStep::Deliver:
        v.delivered = in.date;
        v.deliveredBy = who;
        versionStep = true;
        break;
    case PassportStep::RequestReissue:
        p.reissueRequested = in.date;
        p.reissueRequestedBy = who;
        p.reissueReason = in.reason.trimmed();
        p.drafted = QDate(); // drafting starts again for the new copy
        p.draftedBy.clear();
        break;
    }
    const QString summary =
        tr("health passport: %1 on %2").arg(stepName.toLower(), displayDate(in.date));
    if (versionStep) {
        if (auto s = store.updateVersionSteps(v); !s)
            return s;
        if (auto s = audited(QStringLiteral("update"), QStringLiteral("passport_versions"), v.id,
                             childId, summary, stepsJson(before), stepsJson(v));
            !s)
            return s;
    } else {
        if (auto s = store.updatePassport(p); !s)
            return s;
        if (step != PassportStep::SignOff) {
            if (auto s = audited(QStringLiteral("update"), QStringLiteral("passports"), p.id,
                                 childId, summary, f.passport.toJson(), p.toJson());
                !s)
                return s;
        }
    }
    return tx.commit();
}

Result<qint64> PassportService::addItem(qint64 childId, const PassportItem& item) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::PreparePassport); !s)
        return s.failure();
    if (item.text.trimmed().isEmpty())
        return Failure{tr("write what the item says"), tr("Text")};
    const PassportStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db, childId);
    if (!tx.begun())
        return tx.begun().failure();
    auto f = store.file(childId);
    if (!f)
        return f.failure();
    if (!f.value())
        return Failure{tr("start the passport first"), tr("Text")};
    PassportItem saved = item;
    saved.passportId = f.value()->passport.id;
    auto id = store.insertItem(saved);
    if (!id)
        return id.failure();
    if (auto s =
            audited(QStringLiteral("create"), QStringLiteral("passport_items"), id.value(), childId,
                    tr("passport item added to \"%1\"%2")
                        .arg(PassportCopy::sectionTitle(item.section),
                             item.shared ? QString() : tr(" (not to be shared)")),
                    {}, saved.toJson());
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Status PassportService::updateItem(qint64 childId, const PassportItem& item) const
{
    if (item.text.trimmed().isEmpty())
        return Failure{tr("write what the item says"), tr("Text")};
    return changeItem(childId, item, false);
}

Status PassportService::removeItem(qint64 childId, const PassportItem& item) const
{
    return changeItem(childId, item, true);
}

Status PassportService::changeItem(qint64 childId, const PassportItem& item, bool remove) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::PreparePassport); !s)
        return s;
    const PassportStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db, childId);
    if (!tx.begun())
        return tx.begun();
    auto f = store.file(childId);
    if (!f)
        return f.failure();
    auto before = store.item(item.id);
    if (!before)
        return before.failure();
    if (!f.value() || before.value().passportId != f.value()->passport.id)
        return Failure{tr("this item belongs to another young person's passport"), tr("Text")};
    if (auto s = remove ? store.closeItem(item, tr("taken out of the passport"))
                        : store.updateItem(item);
        !s)
        return s;
    if (auto s = audited(remove ? QStringLiteral("close") : QStringLiteral("update"),
                         QStringLiteral("passport_items"), item.id, childId,
                         remove ? tr("passport item taken out") : tr("passport item changed"),
                         before.value().toJson(), remove ? QJsonObject() : item.toJson());
        !s)
        return s;
    return tx.commit();
}

} // namespace lac
