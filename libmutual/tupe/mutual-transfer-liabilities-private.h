/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-date-private.h"
#include "mutual-transfer-liabilities.h"

G_BEGIN_DECLS

/* The arrays have @n entries; ids are borrowed until the object takes them. */
MutualTransferLiabilities *mutual_transfer_liabilities_new_internal (MutualDay day,
                                                                     guint     n,
                                                                     gint64    cap);
void                       mutual_transfer_liabilities_set          (MutualTransferLiabilities *self,
                                                                     guint      i,
                                                                     const char *id,
                                                                     gint64     redundancy,
                                                                     gint64     protective,
                                                                     gint64     eli,
                                                                     gint64     annual);
/* Adds up the totals; FALSE when one does not fit in 64 bits. */
gboolean                   mutual_transfer_liabilities_finish       (MutualTransferLiabilities *self);

G_END_DECLS
