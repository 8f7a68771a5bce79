// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "immunisations/ui/ImmunisationFeature.h"

#include "immunisations/core/ImmunisationImport.h"
#include "immunisations/core/ImmunisationService.h"
#include "immunisations/ui/ImmunisationsTab.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

namespace lac {

namespace {

const ImmunisationService& serviceOn(AppServices& services,
                                     const Result<ImmunisationScheduleBook>& book)
{
    return services.keep(std::make_unique<ImmunisationService>(services.caseContext(), book));
}

const WorklistPile& pileOn(AppServices& services, const ImmunisationService& service)
{
    return services.keep(std::make_unique<ImmunisationWorklistPile>(service));
}

} // namespace

void ImmunisationFeature::install(AppServices& services, CaseWork& work)
{
    // Read once: a damaged schedule file is reported by the service on both connections.
    const Result<ImmunisationScheduleBook> book = ImmunisationScheduleBook::bundled();
    const ImmunisationService& service = serviceOn(services, book);
    services.worklist().addPile(pileOn(services, service),
                                [book](AppServices& there) -> const WorklistPile& {
                                    return pileOn(there, serviceOn(there, book));
                                });
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new ImmunisationsTab(service, frame, parent);
    });
    work.recordImports() << RecordImportKind{
        QStringLiteral("immunisations"), ImmunisationsTab::tr("Immunisation histories"),
        ImmunisationsTab::tr("child_id (case ID), vaccine (a schedule code such as 6in1 or MMR), "
                             "date (DD/MM/YYYY), source (gp_record, red_book, parents_account or "
                             "overseas_record), notes"),
        [](int n) { return ImmunisationsTab::tr("%n dose(s)", nullptr, n); },
        [book](const AppServices& there, const QString& path,
               bool dryRun) -> Result<RecordImportOutcome> {
            if (!book)
                return book.failure();
            return RecordImportOutcome::of(
                ImmunisationImport(there.caseContext(), book.value()).run(path, dryRun));
        }};
}

} // namespace lac
