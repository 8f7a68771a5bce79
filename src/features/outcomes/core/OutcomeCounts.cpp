// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomes/core/OutcomeCounts.h"

namespace lac {

OutcomeCounts OutcomeCounts::count(const QList<Oc2Row>& rows, Oc2Span span)
{
    OutcomeCounts c;
    c.asAt = span.end();
    const auto yes = [](std::optional<bool> b) { return b.value_or(false) ? 1 : 0; };
    for (const Oc2Row& r : rows) {
        ++c.children;
        c.healthAssessment += yes(r.healthAssessment);
        c.immunisations += yes(r.immunisations);
        c.teethChecked += yes(r.teethCheck);
        if (Oc2Rules::asksHealthCheck(r.dateOfBirth, span)) {
            ++c.underFive;
            c.development += yes(r.healthCheck);
        }
        // The DfE publishes SDQs for ages 5 to 16 on 31 March, though the return asks from 4.
        if (r.dateOfBirth.addYears(5) <= span.end() && r.dateOfBirth.addYears(17) > span.end()) {
            ++c.fiveToSixteen;
            if (r.sdqScore) {
                ++c.sdqReceived;
                c.sdqTotal += *r.sdqScore;
                c.sdqConcern += *r.sdqScore >= 17 ? 1 : 0;
            }
        }
    }
    return c;
}

} // namespace lac
