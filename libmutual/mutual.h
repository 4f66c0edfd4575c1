/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#define MUTUAL_INSIDE

/* core */
#include "mutual-version-macros.h"
#include "mutual-version.h"
#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-fraction.h"
#include "mutual-finding.h"

/* model */
#include "mutual-party.h"
#include "mutual-share-class.h"
#include "mutual-holding.h"
#include "mutual-membership.h"
#include "mutual-board-right.h"
#include "mutual-agreement-right.h"
#include "mutual-model.h"

/* analysis */
#include "mutual-analysis.h"
#include "mutual-interest.h"
#include "mutual-control.h"
#include "mutual-psc.h"
#include "mutual-qualification.h"
#include "mutual-power.h"
#include "mutual-voting-game.h"

/* tupe, procurement: added by their layers */

/* scenario */
#include "mutual-event.h"
#include "mutual-events.h"
#include "mutual-comparison.h"
#include "mutual-timeline.h"
#include "mutual-scenario.h"
#include "mutual-sweep.h"

/* tupe */
#include "mutual-staff-member.h"
#include "mutual-measure.h"
#include "mutual-redundancy-pay.h"
#include "mutual-transfer-plan.h"
#include "mutual-model-staff.h"
#include "mutual-obligation.h"
#include "mutual-transfer-liabilities.h"
#include "mutual-transfer-analysis.h"
/* procurement */
#include "mutual-contract.h"
#include "mutual-cpv.h"
#include "mutual-grace-period.h"
#include "mutual-procurement.h"

/* io */
#include "mutual-model-io.h"
#include "mutual-scenario-io.h"
#include "mutual-staff-csv.h"
#include "mutual-bods-interest.h"
#include "mutual-bods-change.h"
#include "mutual-bods.h"
#include "mutual-psc-data.h"
#include "mutual-ocf.h"
#include "mutual-diagram.h"
#include "mutual-report.h"
#include "mutual-timeline-picture.h"

#undef MUTUAL_INSIDE
