/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

/**
 * MutualRecordStatus:
 * @MUTUAL_RECORD_STATUS_NEW: the statement declares a record for the first time
 * @MUTUAL_RECORD_STATUS_UPDATED: the statement replaces what an earlier one said of the record
 * @MUTUAL_RECORD_STATUS_CLOSED: the record ends: the entity or person is no longer part of the
 *   network, or the relationship no longer holds
 *
 * What a statement does to its record (BODS 0.4 `recordStatus`; in BODS 0.2
 * and 0.3 a statement that replaces others updates their record).
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_RECORD_STATUS_NEW,
  MUTUAL_RECORD_STATUS_UPDATED,
  MUTUAL_RECORD_STATUS_CLOSED,
} MutualRecordStatus;

#define MUTUAL_TYPE_BODS_CHANGE (mutual_bods_change_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualBodsChange, mutual_bods_change, MUTUAL, BODS_CHANGE, GObject)

MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_bods_change_get_date             (MutualBodsChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_bods_change_get_statement_id     (MutualBodsChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_bods_change_get_record_id        (MutualBodsChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_bods_change_get_record_type      (MutualBodsChange *self);
MUTUAL_AVAILABLE_IN_ALL
MutualRecordStatus  mutual_bods_change_get_status           (MutualBodsChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_bods_change_get_subject          (MutualBodsChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_bods_change_get_interested_party (MutualBodsChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_bods_change_get_description      (MutualBodsChange *self);

G_END_DECLS
