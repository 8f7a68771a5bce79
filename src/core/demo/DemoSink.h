// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoRecords.h"

namespace lac {

/// Where the demo generator puts what it makes, one child at a time, so that a national-size
/// data set never has to be held in memory. The database writer is the real sink; tests may
/// use their own.
class DemoSink
{
public:
    virtual ~DemoSink() = default;
    virtual Status writeReferenceData(const DemoReferenceData& reference) = 0;
    virtual Status writeChild(const DemoChild& child) = 0;
};

} // namespace lac
