/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-analysis.h"
#include "mutual-finding.h"
#include "mutual-fraction-private.h"
#include "mutual-interest.h"

G_BEGIN_DECLS

/* The compact graph an analysis answers from. It is built once, in
 * mutual_analysis_new(), from the model's items; after that it is never
 * changed, so any number of threads can read it. Parties are numbered
 * 0..n_parties-1 in model order; every relation is a CSR array (an offset
 * array indexed by company, and the entries of all companies one after the
 * other), so a company's holders are a contiguous slice.
 *
 * Only the look-through tables are built later, on first use, one per
 * dimension, under `lock`; once published they are read-only too. */

#define MUTUAL_N_DIMENSIONS 4

/* One holder's aggregated interest in one company, before agreement rights:
 * raw weights per dimension (shares: count × nominal value; votes: count ×
 * votes per share, or membership votes in a one-member-one-vote body;
 * profits: count × dividend weight; capital: count × capital weight). */
typedef struct
{
  guint holder;
  guint64 weight[MUTUAL_N_DIMENSIONS];
  guint64 ordinary_nominal;  /* count × nominal value in ordinary classes */
} MutualStake;

typedef struct
{
  guint holder;
  MutualDimension dimension;
  MutualFraction share;
  gboolean veto;
} MutualAgreementEntry;

typedef struct
{
  guint appointer;
  guint directors;
} MutualBoardEntry;

typedef struct
{
  guint holder;
  guint klass;
} MutualVetoEntry;

/* A look-through table for one dimension: for each company, its holders
 * with their direct interest as a double; the strongly connected
 * components of the held-by graph (company → holder) in topological order,
 * and for each small component of more than one party (or a party that
 * holds itself) its dense LU factors. */
typedef struct
{
  guint *start;          /* n + 1 */
  guint *holder;         /* held-by edges: company → holder */
  double *weight;
  guint *holds_start;    /* n + 1: the reverse, holder → company */
  guint *holds_company;
  double *holds_weight;
  guint *comp;           /* party → component, numbered in topological order (a company before its holders) */
  guint n_comps;
  guint *comp_start;     /* n_comps + 1 */
  guint *comp_nodes;
  guint *local;          /* party → index inside its component */
  double **lu;           /* per component: dense LU of I - W (row-major), or NULL */
  int **pivot;
  double *column_sum;    /* per component: max over its companies of the part held inside it */
  guint **inside_start;  /* per large component: local CSR of the edges inside it, by holder */
  guint **inside_src;
  double **inside_weight;
  gboolean *singular;    /* per component: interest never leaves it (no outside holder) */
  guint8 *unsolvable;    /* per component: a solve reaching it may fail (it reaches a singular
                          * component, or a large one held wholly inside itself) */
  GMutex pool_lock;      /* scratch buffers, reused by solves in turn */
  GPtrArray *pool;
} MutualLookThrough;

/* Per-solve working memory, O(n) once, reset entry by entry after use so a
 * solve costs only what it reaches. */
typedef struct
{
  double *x;             /* n: the solution, 0 outside the reached set */
  guint8 *seen;          /* n: 1 for the parties reached */
  guint *indegree;       /* n_comps */
  GArray *reached;       /* the parties reached, the company first */
  GArray *queue;
  double *local;
  gsize local_size;
} MutualScratch;

MutualScratch *mutual_look_through_acquire (MutualAnalysis    *self,
                                            MutualLookThrough *lt);
void           mutual_look_through_release (MutualLookThrough *lt,
                                            MutualScratch     *scratch);

struct _MutualAnalysis
{
  GObject parent_instance;

  char *date;                      /* the model's date, or NULL */
  guint n_parties;
  MutualParty **parties;           /* owned refs, or the shared base's */
  GHashTable *index;               /* id (borrowed) → index + 1 */
  gpointer party_base;             /* the model's parties as an immutable shared
                                    * base (then parties and index are its own), or NULL */
  const char **ids;                /* per party: its id (borrowed from the party) */

  /* companies: holders aggregated (shares, memberships) */
  guint *stake_start;              /* n + 1 */
  MutualStake *stakes;
  guint64 (*totals)[MUTUAL_N_DIMENSIONS];  /* per party */
  guint64 *ordinary_total;         /* nominal value of ordinary share capital */
  guint8 *overflow;                /* per party: a total did not fit in 64 bits */
  guint *agreement_start;
  MutualAgreementEntry *agreements;
  guint *board_start;
  MutualBoardEntry *board;
  guint *veto_start;               /* holders of classes with a veto over reserved matters */
  MutualVetoEntry *vetoes;
  char **class_ids;                /* per class index, owned */

  /* para 18 majority stakes, computed once: for each party, the parties
   * that hold a majority stake in it directly or through a chain of them
   * (its "controllers"). Stored without copying a chain: a party's
   * controllers are its tail (a party holding a majority stake in it,
   * finished before it), the tail's own controllers, and its explicit
   * ones (CSR, none of them the party or among the tail's), listed in the
   * order first met: some before the tail and its own, the rest after.
   * Walk them with mutual_analysis_controllers_of(). */
  guint *controller_tail;          /* per party, or MUTUAL_NO_TAIL */
  guint *controller_split;         /* per party: explicit ones listed before the tail */
  guint *finish_rank;              /* per party: when its controllers were settled */
  guint *controller_offset;        /* per party, into controllers */
  guint *controller_count;
  guint *controllers;

  MutualFraction control_threshold;       /* employee management and control: more than */
  MutualFraction participation_threshold; /* employee participation: at least */

  GMutex lock;
  MutualLookThrough *look_through[MUTUAL_N_DIMENSIONS];

  GMutex slot_lock;                /* per-party scratch slots, reused by queries in turn */
  GPtrArray *slot_pool;

  guint8 *employs;                 /* per party, made on first use under `lock`: some person
                                    * or trust has it as employer (mutual_analysis_employs()) */

  /* Sweeps (mutual_analysis_new_derived): an *origin* keeps in `derive`
   * what deriving needs; a *derived* analysis holds a reference on its
   * origin, shares every array it did not change with it (parties, index,
   * rights, vetoes, class ids, overflow, and stake_start when no holder
   * came or went) and has its changed arrays (stakes, totals, ordinary
   * totals, controllers) in buffers borrowed from the origin's pool, given
   * back when it is finalized. Its slot pool is its origin's. */
  MutualAnalysis *origin;
  gpointer derive;
};

/* An analysis of @model that can serve as the origin of
 * mutual_analysis_new_derived(): the same as mutual_analysis_new(), plus
 * what deriving needs when @model's collections carry no changes (else
 * derived analyses are simply built afresh). @model must not change while
 * the origin is used. */
MutualAnalysis *mutual_analysis_new_origin  (MutualModel    *model);
/* The analysis of @model, a copy of @origin's model with some holdings
 * changed: the origin's arrays plus the changed companies' stakes, their
 * totals and majority stakes. The result is the same, entry for entry, as
 * mutual_analysis_new (@model); where it could not be derived exactly (other
 * collections changed, a holder came or went in a way that moves the
 * others, a changed company holds shares itself, the origin has a cycle…)
 * it is mutual_analysis_new (@model). */
MutualAnalysis *mutual_analysis_new_derived (MutualAnalysis *origin,
                                             MutualModel    *model);
/* Whether @self was derived from an origin (tests). */
gboolean        mutual_analysis_is_derived  (MutualAnalysis *self);

/* A per-party scratch array of n_parties ints, every entry -1, for one
 * query on one thread. Give it back with every entry reset to -1 (reset
 * only what was set: a query costs what it touches, not n_parties). */
int *mutual_analysis_acquire_slots (MutualAnalysis *self);
void mutual_analysis_release_slots (MutualAnalysis *self,
                                    int            *slots);

/* Index of @id, or -1 with @error set (MUTUAL_ERROR_UNKNOWN_ID). */
int  mutual_analysis_find        (MutualAnalysis  *self,
                                  const char      *id,
                                  GError         **error);
/* Index of a company (a party that issues shares or has members). */
int  mutual_analysis_find_company (MutualAnalysis *self,
                                  const char      *id,
                                  GError         **error);
const char *mutual_analysis_id   (MutualAnalysis  *self,
                                  guint            party);

/* The direct interest of @holder in @company in @dimension, exact. Agreement
 * rights come first; what they leave is shared by the raw weights. FALSE
 * with @error set on overflow. */
gboolean mutual_analysis_direct_exact (MutualAnalysis  *self,
                                       guint            company,
                                       guint            holder,
                                       MutualDimension  dimension,
                                       MutualFraction  *out,
                                       GError         **error);

/* Every holder of @company with a non-zero direct interest in @dimension:
 * parallel arrays of holder indices and exact fractions, in model order of
 * the holdings, then agreement-only holders. */
gboolean mutual_analysis_direct_all   (MutualAnalysis  *self,
                                       guint            company,
                                       MutualDimension  dimension,
                                       GArray          *holders,    /* guint */
                                       GArray          *fractions,  /* MutualFraction */
                                       GError         **error);

/* Whether @party is @controller or has @controller among its controllers. */
gboolean mutual_analysis_controlled_by (MutualAnalysis *self,
                                        guint           party,
                                        guint           controller);

#define MUTUAL_NO_TAIL G_MAXUINT

/* Appends the controllers of @party to @out (guint), each once, @party
 * itself never, in the order first met: its explicit ones before the
 * tail, the tail, the tail's controllers (the same way), then its
 * explicit ones after the tail. Returns how many. */
guint    mutual_analysis_append_controllers (MutualAnalysis *self,
                                             guint           party,
                                             GArray         *out);

/* The controllers of @party as an array of *n_out: its explicit ones when
 * it has no tail (no copy), or else appended to @scratch (emptied first). */
static inline const guint *
mutual_analysis_controllers_of (MutualAnalysis *self,
                                guint           party,
                                GArray         *scratch,
                                guint          *n_out)
{
  if (self->controller_tail[party] == MUTUAL_NO_TAIL)
    {
      *n_out = self->controller_count[party];
      return self->controllers + self->controller_offset[party];
    }
  g_array_set_size (scratch, 0);
  *n_out = mutual_analysis_append_controllers (self, party, scratch);
  return (const guint *) scratch->data;
}

/* Per party: whether any person is employed by it or any trust is for
 * its employees; made on first use (a derived analysis uses its
 * origin's: their parties are the same). */
const guint8 *mutual_analysis_employs (MutualAnalysis *self);

/* The look-through table of @dimension, built on first use. */
MutualLookThrough *mutual_analysis_get_look_through (MutualAnalysis  *self,
                                                     MutualDimension  dimension);

/* The look-through interest of every party in @company: fills scratch->x
 * and scratch->reached (company first). FALSE with @error set when a
 * closed cross-holding has no outside holder. */
gboolean mutual_look_through_solve (MutualAnalysis    *self,
                                    MutualLookThrough *lt,
                                    guint              company,
                                    MutualScratch     *scratch,
                                    GError           **error);

/* Several targets solved together: column j of @x is the look-through
 * interest of every party reached in targets[j]. The rows are the parties
 * reached from any target (@rows, in the order reached); row_of[party] is
 * its row + 1, or 0. */
typedef struct
{
  guint n_targets;
  guint stride;          /* n_targets rounded up to a multiple of 4 */
  GArray *rows;          /* guint: party per row */
  guint *row_of;         /* n_parties */
  double *x;             /* rows × stride, 32-byte aligned */
} MutualLookThroughBlock;

/* Solves @n_targets (at most 64) targets in one block, sharing the walk
 * and the sweeps over what they reach in common. Returns 1 when solved, 0
 * with @error set (as mutual_look_through_solve), or -1 when the targets
 * reach too little in common for a block to pay (nothing is computed: solve
 * them one at a time). Clear @block with mutual_look_through_block_clear(). */
int  mutual_look_through_solve_block (MutualAnalysis          *self,
                                      MutualLookThrough       *lt,
                                      const guint             *targets,
                                      guint                    n_targets,
                                      MutualLookThroughBlock  *block,
                                      GError                 **error);
void mutual_look_through_block_clear (MutualLookThroughBlock *block);

/* The set of employee holders of @company: persons employed by it and
 * employee trusts for its employees. */
gboolean mutual_analysis_is_employee_holder (MutualAnalysis *self,
                                             guint           company,
                                             guint           party);

MutualInterest *mutual_interest_new_internal (const char           *holder,
                                              const char           *company,
                                              MutualDimension       dimension,
                                              double                value,
                                              const MutualFraction *fraction);

MutualFinding *mutual_analysis_finding (MutualAnalysis     *self,
                                        const char         *code,
                                        MutualSeverity      severity,
                                        const char         *citation,
                                        const char * const *ids,
                                        const char         *format,
                                        ...) G_GNUC_PRINTF (6, 7);

/* A company-law threshold from the rule table company-law.json. */
void mutual_analysis_threshold (const char     *key,
                                MutualFraction *out_fraction,
                                gboolean       *out_strict,
                                const char    **out_citation);
/* Whether @value passes the threshold @key. */
gboolean mutual_analysis_passes (const char           *key,
                                 const MutualFraction *value);

G_END_DECLS
