/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-bods.h"
#include "mutual-fraction-private.h"

G_BEGIN_DECLS

/* Conventions shared by the BODS reader and writer, so that what the
 * writer says the reader reads back as the same model. */

/* The party that stands for holders a file does not name: the rest of a
 * company's shares when the declared holdings add up to less than all. */
#define MUTUAL_BODS_UNDISCLOSED_SUFFIX "#undisclosed"
/* Synthetic share classes per subject. */
#define MUTUAL_BODS_CLASS_ORDINARY "#bods-ordinary"
#define MUTUAL_BODS_CLASS_SHARES "#bods-shares"
#define MUTUAL_BODS_CLASS_VOTES "#bods-votes"
#define MUTUAL_BODS_CLASS_GOLDEN "#bods-golden"
/* A trust's beneficiaries are the employees of a company, as a class: a
 * beneficiaryOfLegalArrangement interest held by that company, with these
 * details, says so. */
#define MUTUAL_BODS_EMPLOYEES_DETAILS "the employees of the interested party, as a class of beneficiaries"

/* BODS writes shares as per cents in floating point; these convert exactly
 * where a decimal or a simple fraction was meant. */
gboolean mutual_bods_percent_to_fraction (double          percent,
                                          MutualFraction *out,
                                          gboolean       *noisy);
double   mutual_bods_fraction_to_percent (const MutualFraction *fraction);

/* JSON Lines: the values of the lines, when there are at least two
 * non-empty lines and each is a JSON object of its own; otherwise NULL. */
GPtrArray *mutual_json_split_lines (const char *data,
                                    gsize       length);

G_END_DECLS
