/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "mutual-analysis.h"
#include "mutual-interest.h"
#include "mutual-bods-interest-private.h"
#include "mutual-bods-private.h"
#include "mutual-bods-schema-private.h"
#include "mutual-date-private.h"
#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-finding.h"
#include "mutual-item-list-private.h"
#include "mutual-json-private.h"
#include "mutual-model-private.h"

/**
 * MutualBodsPackage:
 *
 * A Beneficial Ownership Data Standard file read into libmutual: its
 * statements, the interests they declare, their history, what the reader
 * tolerated, and the [class@Mutual.Model] they imply.
 *
 * The version is detected from the data: BODS 0.4 records (`recordId`,
 * `recordType`, `recordStatus`, `recordDetails`) or BODS 0.2 and 0.3
 * statements (`statementID`, `statementType`, `replacesStatements`). A file
 * may be one JSON array of statements, one statement, or JSON Lines.
 *
 * ## From declared interests to a model
 *
 * Entities become parties: registered and legal entities companies, states
 * and state bodies public bodies, arrangements (trusts, nominations, joint
 * holdings) trusts; people become persons. The party id is the BODS record
 * id.
 *
 * BODS gives percentages, not share counts. For each company the reader
 * makes one synthetic share class, `ID#bods-ordinary`, and gives each
 * holder the number of shares that makes its declared percentage exact:
 * 76.5% and 23.5% become 153 and 47 shares of 200. When the declared
 * holdings add up to less than the whole, the rest is held by a party
 * `ID#undisclosed`, so every percentage stays what the file says. Votes
 * follow shares unless the file declares voting rights that differ: then
 * the shares and the votes are two classes, `ID#bods-shares` (no votes) and
 * `ID#bods-votes` (votes only). A range such as 75% to 100% is modelled at
 * its lower bound, raised by 0.001 percentage points when the bound is
 * excluded ("more than 25%" is held as 25.001%), and an info finding says
 * so; the interest keeps the range exactly.
 *
 * Only direct interests become holdings: an indirect interest is what the
 * direct ones imply. Voting rights in a company whose members vote become
 * memberships; shares and votes in a party that issues no shares (a trust,
 * an arrangement, a public body) become rights by agreement. The right to
 * appoint the board becomes a board right (in proportion when a share is
 * given, the whole board when not); control through the articles becomes a
 * golden share (`ID#bods-golden`, a veto over reserved matters); rights to
 * profits or to surplus assets of a party that holds no shares become
 * rights by agreement; trustees of a trust become its trustees.
 *
 * ## History
 *
 * Each statement is a dated [class@Mutual.BodsChange]. The model is the
 * state after the last statement, with the interests in force on the
 * latest date the file mentions; [method@Mutual.BodsPackage.dup_model_at]
 * gives the model on another date.
 *
 * ## Tolerated and rejected
 *
 * What real registers publish is read with a warning (a
 * [class@Mutual.Finding] in [method@Mutual.BodsPackage.get_findings]):
 * departures from the schema (ids shorter than the schema's 32 characters,
 * dates with times, unknown codes), an object or string where an array
 * belongs, floating-point noise in shares (24.999999999999996 is read as
 * 25). What cannot be read faithfully is an error naming the statement: a
 * relationship that names a record the file does not contain, a record
 * closed before it was opened or changed after it was closed, a share
 * outside 0 to 100 or a range with nothing in it.
 *
 * Since: 1.0
 */

#define CITATION_04 "BODS 0.4 schema"
#define CITATION_RECORDS "BODS 0.4, records and statements"
#define CITATION_SHARES "BODS 0.4, Interest.share"
#define CITATION_INDIRECT "BODS 0.4, indirect relationships and componentRecords"

typedef enum {
  RECORD_ENTITY,
  RECORD_PERSON,
  RECORD_RELATIONSHIP,
} RecordType;

static const char *record_type_names[] = { "entity", "person", "relationship" };

typedef struct
{
  guint index;
  char *path;
  char *statement_id;
  char *record_id;
  RecordType type;
  MutualRecordStatus status;
  char *date;
  /* entities and persons */
  char *name;
  MutualPartyKind kind;
  char *company_number;
  gboolean keeps_register;
  /* relationships */
  char *subject;
  char *interested_party;
  GPtrArray *interests;
  GStrv components;
  gboolean underdetermined;  /* its indirect figure cannot be recomputed */
} Statement;

typedef struct
{
  char *id;
  RecordType type;
  GPtrArray *statements;     /* Statement, borrowed, in file order */
  gboolean placeholder;
} Record;

struct _MutualBodsPackage
{
  GObject parent_instance;

  char *version;
  MutualBodsReadFlags flags;
  GPtrArray *statements;     /* Statement, owned */
  GHashTable *records;       /* id → Record, owned */
  GPtrArray *record_order;   /* Record, borrowed */
  GHashTable *statement_records; /* 0.2/0.3: statementID → record id (borrowed) */
  MutualItemList *findings;
  MutualItemList *interests;
  MutualItemList *changes;
  MutualItemList *indirect_findings;
  GHashTable *inferred;      /* key2 (subject, holder) → MutualFraction (of the component) */
  MutualModel *model;
  gboolean legacy;           /* 0.2 or 0.3 */
};

G_DEFINE_FINAL_TYPE (MutualBodsPackage, mutual_bods_package, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VERSION,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
statement_free (Statement *st)
{
  g_free (st->path);
  g_free (st->statement_id);
  g_free (st->record_id);
  g_free (st->date);
  g_free (st->name);
  g_free (st->company_number);
  g_free (st->subject);
  g_free (st->interested_party);
  g_clear_pointer (&st->interests, g_ptr_array_unref);
  g_strfreev (st->components);
  g_free (st);
}

static void
record_free (Record *record)
{
  g_free (record->id);
  g_ptr_array_unref (record->statements);
  g_free (record);
}

static void
mutual_bods_package_finalize (GObject *object)
{
  MutualBodsPackage *self = MUTUAL_BODS_PACKAGE (object);

  g_free (self->version);
  g_ptr_array_unref (self->statements);
  g_hash_table_unref (self->records);
  g_ptr_array_unref (self->record_order);
  g_hash_table_unref (self->statement_records);
  g_object_unref (self->findings);
  g_object_unref (self->interests);
  g_object_unref (self->changes);
  g_object_unref (self->indirect_findings);
  g_hash_table_unref (self->inferred);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (mutual_bods_package_parent_class)->finalize (object);
}

static void
mutual_bods_package_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MutualBodsPackage *self = MUTUAL_BODS_PACKAGE (object);

  switch (prop_id)
    {
    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_bods_package_class_init (MutualBodsPackageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_bods_package_finalize;
  object_class->get_property = mutual_bods_package_get_property;

  /**
   * MutualBodsPackage:version:
   *
   * The BODS version of the data: `0.2`, `0.3` or `0.4`.
   *
   * Since: 1.0
   */
  properties[PROP_VERSION] = g_param_spec_string ("version", NULL, NULL, NULL, flags);
  /**
   * MutualBodsPackage:model:
   *
   * The model the file implies, on the latest date it mentions.
   *
   * Since: 1.0
   */
  properties[PROP_MODEL] = g_param_spec_object ("model", NULL, NULL, MUTUAL_TYPE_MODEL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_bods_package_init (MutualBodsPackage *self)
{
  self->statements = g_ptr_array_new_with_free_func ((GDestroyNotify) statement_free);
  self->records = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) record_free);
  self->record_order = g_ptr_array_new ();
  self->statement_records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->findings = mutual_item_list_new (MUTUAL_TYPE_FINDING);
  self->interests = mutual_item_list_new (MUTUAL_TYPE_BODS_INTEREST);
  self->changes = mutual_item_list_new (MUTUAL_TYPE_BODS_CHANGE);
  self->indirect_findings = mutual_item_list_new (MUTUAL_TYPE_FINDING);
  self->inferred = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) mutual_fraction_free);
}

/* --- findings --- */

static MutualFinding *
make_finding (const char     *code,
              MutualSeverity  severity,
              const char     *citation,
              const char     *date,
              const char     *id1,
              const char     *id2,
              const char     *message)
{
  const char *ids[3] = { NULL, NULL, NULL };
  guint n = 0;

  if (id1 != NULL)
    ids[n++] = id1;
  if (id2 != NULL)
    ids[n++] = id2;
  return g_object_new (MUTUAL_TYPE_FINDING,
                       "code", code, "severity", severity, "citation", citation,
                       "message", message, "date", date, "ids", ids, NULL);
}

static void
add_finding (GPtrArray      *findings,
             const char     *code,
             MutualSeverity  severity,
             const char     *citation,
             Statement      *st,
             const char     *format,
             ...) G_GNUC_PRINTF (6, 7);

static void
add_finding (GPtrArray      *findings,
             const char     *code,
             MutualSeverity  severity,
             const char     *citation,
             Statement      *st,
             const char     *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (findings == NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (findings, make_finding (code, severity, citation, st ? st->date : NULL,
                                           st ? st->statement_id : NULL, st ? st->record_id : NULL,
                                           message));
}

/* Errors name the statement: its position in the file and its id. */
static gboolean
fail (GError    **error,
      int         code,
      Statement  *st,
      const char *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (GError    **error,
      int         code,
      Statement  *st,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (st != NULL && st->statement_id != NULL)
    g_set_error (error, MUTUAL_ERROR, code, "statement %s “%s”: %s", st->path, st->statement_id, message);
  else if (st != NULL)
    g_set_error (error, MUTUAL_ERROR, code, "statement %s: %s", st->path, message);
  else
    g_set_error_literal (error, MUTUAL_ERROR, code, message);
  return FALSE;
}

/* --- shares --- */

/* The simplest fraction that the double stands for: the first convergent
 * of its continued fraction that converts back to the same double, with
 * denominators up to 10^9. 76.5 is 153/2 and 33.333333333333336 is 100/3;
 * 24.999999999999996, which no such fraction gives back, is 25, and noisy. */
gboolean
mutual_bods_percent_to_fraction (double          percent,
                                 MutualFraction *out,
                                 gboolean       *noisy)
{
  gint64 h_prev = 0, h = 1, k_prev = 1, k = 0;   /* h(-2), h(-1), k(-2), k(-1) */
  gint64 best_h, best_k;
  double x = percent;
  gboolean exact = FALSE;

  if (!isfinite (percent) || percent < 0 || percent > 1e6)
    return FALSE;
  best_h = (gint64) llround (percent);
  best_k = 1;
  for (int i = 0; i < 64; i++)
    {
      double a = floor (x);
      gint64 ai, h_next, k_next;

      if (a > 1e12)
        break;
      ai = (gint64) a;
      h_next = ai * h + h_prev;
      k_next = ai * k + k_prev;
      if (k_next > 1000000000 || h_next > G_MAXINT64 / 1000)
        break;
      h_prev = h;
      h = h_next;
      k_prev = k;
      k = k_next;
      best_h = h;
      best_k = k;
      if ((double) h / (double) k == percent)
        {
          exact = TRUE;
          break;
        }
      if (x - a < 1e-12)
        break;
      x = 1.0 / (x - a);
    }
  if (noisy != NULL)
    *noisy = !exact;
  return mutual_fraction_reduce128 (best_h, (__int128) best_k * 100, out);
}

double
mutual_bods_fraction_to_percent (const MutualFraction *fraction)
{
  /* 100 × n / d, rounded once */
  return (double) ((long double) fraction->numerator * 100.0L / (long double) fraction->denominator);
}

/* --- reading JSON leniently: what the schema checker reported, the reader
 * reads as best it can --- */

/* The model file holds strings of up to 4096 bytes; the reader derives
 * ids and names from what it reads ("(unnamed entity ID)", a share class
 * "SUBJECT#golden"), so a string of more than 4000 bytes counts as absent:
 * a model holding it could not be saved. */
#define BODS_MAX_STRING (MUTUAL_JSON_MAX_STRING - 96)

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      strlen (json_node_get_string (node)) > BODS_MAX_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonObject *
get_object (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gboolean
get_boolean (JsonObject *object,
             const char *member,
             gboolean    fallback)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;
  return json_node_get_boolean (node);
}

/* An array member; a lone object or string where the array belongs is read
 * as an array of one, with a warning. The result is owned. */
static JsonArray *
get_array_tolerant (JsonObject *object,
                    const char *member,
                    const char *path,
                    GPtrArray  *findings,
                    Statement  *st)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_array_ref (json_node_get_array (node));
  if (JSON_NODE_HOLDS_OBJECT (node) ||
      (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING))
    {
      add_finding (findings, "bods.tolerated.array", MUTUAL_SEVERITY_WARNING, CITATION_04, st,
                   "%s.%s: %s where an array belongs, read as an array of one",
                   path, member, JSON_NODE_HOLDS_OBJECT (node) ? "an object" : "a string");
      array = json_array_new ();
      json_array_add_element (array, json_node_copy (node));
      return array;
    }
  return NULL;
}

static char *
date_of (const char *text)
{
  char date[11];

  if (text == NULL || strlen (text) < 10)
    return NULL;
  memcpy (date, text, 10);
  date[10] = '\0';
  if (!mutual_bods_is_date (date) || (text[10] != '\0' && !mutual_bods_is_date_time (text)))
    return NULL;
  return g_strdup (date);
}

static char *
valid_date (const char *text)
{
  return text != NULL && mutual_bods_is_date (text) ? g_strdup (text) : NULL;
}

/* --- interests --- */

typedef struct
{
  const char *legacy;
  const char *code;
} InterestCode;

/* BODS 0.2 codes and their 0.4 equivalents; 0.3 already uses 0.4's. */
static const InterestCode legacy_interest_codes[] = {
  { "shareholding", "shareholding" },
  { "voting-rights", "votingRights" },
  { "appointment-of-board", "appointmentOfBoard" },
  { "other-influence-or-control", "otherInfluenceOrControl" },
  { "influence-or-control", "otherInfluenceOrControl" },
  { "senior-managing-official", "seniorManagingOfficial" },
  { "settlor-of-trust", "settlor" },
  { "trustee-of-trust", "trustee" },
  { "protector-of-trust", "protector" },
  { "beneficiary-of-trust", "beneficiaryOfLegalArrangement" },
  { "other-influence-or-control-of-trust", "otherInfluenceOrControl" },
  { "rights-to-surplus-assets", "rightsToSurplusAssetsOnDissolution" },
  { "rights-to-profit-or-income", "rightsToProfitOrIncome" },
  { "rights-granted-by-contract", "rightsGrantedByContract" },
  { "conditional-rights-granted-by-contract", "conditionalRightsGrantedByContract" },
};

static const char *
translate_interest_type (const char *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (legacy_interest_codes); i++)
    if (g_str_equal (type, legacy_interest_codes[i].legacy))
      return legacy_interest_codes[i].code;
  return type;
}

/* Reads one bound of a share: a number from 0 to 100 per cent. A bound
 * outside that range makes the share impossible. */
static gboolean
read_bound (JsonObject      *share,
            const char      *member,
            const char      *path,
            Statement       *st,
            GPtrArray       *findings,
            MutualFraction **out,
            GError         **error)
{
  JsonNode *node = json_object_get_member (share, member);
  MutualFraction value;
  gboolean noisy = FALSE;
  double number;

  *out = NULL;
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_DOUBLE && json_node_get_value_type (node) != G_TYPE_INT64)
    return TRUE;
  number = json_node_get_double (node);
  if (!(number >= 0 && number <= 100))
    return fail (error, MUTUAL_ERROR_INVALID, st, "%s.%s: %g is not a percentage from 0 to 100",
                 path, member, number);
  if (!mutual_bods_percent_to_fraction (number, &value, &noisy))
    return fail (error, MUTUAL_ERROR_INVALID, st, "%s.%s: %g cannot be read as a share", path, member, number);
  if (noisy)
    {
      g_autofree char *shown = mutual_fraction_to_percent_string (&value);

      add_finding (findings, "bods.share.float-noise", MUTUAL_SEVERITY_WARNING, CITATION_SHARES, st,
                   "%s.%s: %.17g is floating-point noise around %s, read as %s",
                   path, member, number, shown, shown);
    }
  *out = mutual_fraction_copy (&value);
  return TRUE;
}

static gboolean
is_boolean_node (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN;
}

/* Reads a share with the bound semantics of the file's version: in 0.4,
 * minimum and maximum are included and exclusiveMinimum/exclusiveMaximum
 * are bounds of their own; in 0.2 and 0.3 they are flags on minimum and
 * maximum, and the maximum is excluded unless exclusiveMaximum is false. */
static gboolean
read_share (JsonObject                *share,
            gboolean                   legacy,
            const char                *path,
            Statement                 *st,
            GPtrArray                 *findings,
            MutualBodsInterestFields  *f,
            GError                   **error)
{
  g_autoptr(MutualFraction) exact = NULL, minimum = NULL, maximum = NULL;
  g_autoptr(MutualFraction) exclusive_minimum = NULL, exclusive_maximum = NULL;

  if (!read_bound (share, "exact", path, st, findings, &exact, error) ||
      !read_bound (share, "minimum", path, st, findings, &minimum, error) ||
      !read_bound (share, "maximum", path, st, findings, &maximum, error))
    return FALSE;
  if (legacy)
    {
      f->minimum_exclusive = get_boolean (share, "exclusiveMinimum", FALSE);
      f->maximum_exclusive = get_boolean (share, "exclusiveMaximum", TRUE);
    }
  else
    {
      JsonNode *flag_min = json_object_get_member (share, "exclusiveMinimum");
      JsonNode *flag_max = json_object_get_member (share, "exclusiveMaximum");

      /* A 0.2-style boolean in a 0.4 file is read as the flag it was meant as. */
      if (is_boolean_node (flag_min) || is_boolean_node (flag_max))
        {
          add_finding (findings, "bods.tolerated.exclusive-flag", MUTUAL_SEVERITY_WARNING, CITATION_SHARES, st,
                       "%s: exclusiveMinimum/exclusiveMaximum are numbers in BODS 0.4; read as BODS 0.3 flags", path);
          f->minimum_exclusive = is_boolean_node (flag_min) && json_node_get_boolean (flag_min);
          f->maximum_exclusive = is_boolean_node (flag_max) && json_node_get_boolean (flag_max);
        }
      else
        {
          if (!read_bound (share, "exclusiveMinimum", path, st, findings, &exclusive_minimum, error) ||
              !read_bound (share, "exclusiveMaximum", path, st, findings, &exclusive_maximum, error))
            return FALSE;
          if (exclusive_minimum != NULL)
            {
              if (minimum != NULL && mutual_fraction_compare (minimum, exclusive_minimum) > 0)
                add_finding (findings, "bods.share.both-bounds", MUTUAL_SEVERITY_WARNING, CITATION_SHARES, st,
                             "%s: both minimum and exclusiveMinimum; the higher, minimum, applies", path);
              else
                {
                  g_clear_pointer (&minimum, mutual_fraction_free);
                  minimum = g_steal_pointer (&exclusive_minimum);
                  f->minimum_exclusive = TRUE;
                }
            }
          if (exclusive_maximum != NULL)
            {
              if (maximum != NULL && mutual_fraction_compare (maximum, exclusive_maximum) < 0)
                add_finding (findings, "bods.share.both-bounds", MUTUAL_SEVERITY_WARNING, CITATION_SHARES, st,
                             "%s: both maximum and exclusiveMaximum; the lower, maximum, applies", path);
              else
                {
                  g_clear_pointer (&maximum, mutual_fraction_free);
                  maximum = g_steal_pointer (&exclusive_maximum);
                  f->maximum_exclusive = TRUE;
                }
            }
        }
    }
  if (minimum == NULL)
    f->minimum_exclusive = FALSE;
  if (maximum == NULL)
    f->maximum_exclusive = FALSE;

  if (exact != NULL)
    {
      if ((minimum != NULL && mutual_fraction_compare (exact, minimum) < (f->minimum_exclusive ? 1 : 0)) ||
          (maximum != NULL && mutual_fraction_compare (exact, maximum) > (f->maximum_exclusive ? -1 : 0)))
        return fail (error, MUTUAL_ERROR_INVALID, st, "%s: the exact share lies outside its own range", path);
      f->share_minimum = mutual_fraction_copy (exact);
      f->share_maximum = g_steal_pointer (&exact);
      f->minimum_exclusive = f->maximum_exclusive = FALSE;
      return TRUE;
    }
  if (minimum != NULL && maximum != NULL)
    {
      int order = mutual_fraction_compare (minimum, maximum);

      if (order > 0 || (order == 0 && (f->minimum_exclusive || f->maximum_exclusive)))
        {
          g_autofree char *low = mutual_fraction_to_percent_string (minimum);
          g_autofree char *high = mutual_fraction_to_percent_string (maximum);

          return fail (error, MUTUAL_ERROR_INVALID, st, "%s: no share lies %s %s and %s %s",
                       path, f->minimum_exclusive ? "above" : "at or above", low,
                       f->maximum_exclusive ? "below" : "at or below", high);
        }
    }
  else if (minimum != NULL && f->minimum_exclusive && mutual_fraction_compare_ratio (minimum, 1, 1) == 0)
    return fail (error, MUTUAL_ERROR_INVALID, st, "%s: no share is more than 100%%", path);
  else if (maximum != NULL && f->maximum_exclusive && mutual_fraction_is_zero (maximum))
    return fail (error, MUTUAL_ERROR_INVALID, st, "%s: no share is less than 0%%", path);
  f->share_minimum = g_steal_pointer (&minimum);
  f->share_maximum = g_steal_pointer (&maximum);
  return TRUE;
}

static gboolean
read_interests (JsonArray   *array,
                gboolean     legacy,
                const char  *path,
                Statement   *st,
                gboolean     is_component,
                GPtrArray   *findings,
                GError     **error)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(MutualBodsInterest) interest = NULL;
      MutualBodsInterestFields *f;
      JsonObject *object, *share;
      const char *type, *directness;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          add_finding (findings, "bods.tolerated.interest", MUTUAL_SEVERITY_WARNING, CITATION_04, st,
                       "%s: an interest must be an object; ignored", item_path);
          continue;
        }
      object = json_node_get_object (node);
      interest = mutual_bods_interest_new_empty ();
      f = mutual_bods_interest_fields (interest);
      f->relationship_id = g_strdup (st->record_id);
      f->statement_id = g_strdup (st->statement_id);
      f->subject = g_strdup (st->subject);
      f->interested_party = g_strdup (st->interested_party);
      f->is_component = is_component;
      g_strfreev (f->components);   /* the empty list from init */
      f->components = g_strdupv (st->components);
      type = get_string (object, "type");
      if (type != NULL)
        f->interest_type = g_strdup (legacy ? translate_interest_type (type) : type);
      directness = get_string (object, legacy ? "interestLevel" : "directOrIndirect");
      if (g_strcmp0 (directness, "direct") == 0)
        f->directness = MUTUAL_DIRECTNESS_DIRECT;
      else if (g_strcmp0 (directness, "indirect") == 0)
        f->directness = MUTUAL_DIRECTNESS_INDIRECT;
      else if (directness == NULL && legacy && !json_object_has_member (object, "beneficialOwnershipOrControl"))
        f->directness = MUTUAL_DIRECTNESS_DIRECT;   /* BODS 0.2 has no levels: what it states is direct */
      else
        f->directness = MUTUAL_DIRECTNESS_UNKNOWN;
      f->beneficial = get_boolean (object, "beneficialOwnershipOrControl", FALSE);
      f->details = g_strdup (get_string (object, "details"));
      f->start_date = valid_date (get_string (object, "startDate"));
      f->end_date = valid_date (get_string (object, "endDate"));
      share = get_object (object, "share");
      if (share != NULL)
        {
          g_autofree char *share_path = g_strconcat (item_path, ".share", NULL);

          if (!read_share (share, legacy, share_path, st, findings, f, error))
            return FALSE;
        }
      if (f->start_date != NULL && f->end_date != NULL && strcmp (f->end_date, f->start_date) < 0)
        return fail (error, MUTUAL_ERROR_ORDER, st, "%s: the interest ends (%s) before it starts (%s)",
                     item_path, f->end_date, f->start_date);
      g_ptr_array_add (st->interests, g_steal_pointer (&interest));
    }
  return TRUE;
}

/* --- entities and persons --- */

static void
read_entity_kind (JsonObject *details,
                  const char *type,
                  const char *subtype,
                  const char *type_details,
                  Statement  *st)
{
  MutualPartyKind stated;

  if (g_strcmp0 (type, "state") == 0 || g_strcmp0 (type, "stateBody") == 0)
    st->kind = MUTUAL_PARTY_KIND_PUBLIC_BODY;
  else if (g_strcmp0 (type, "arrangement") == 0 || g_strcmp0 (subtype, "trust") == 0)
    st->kind = MUTUAL_PARTY_KIND_TRUST;
  else
    st->kind = MUTUAL_PARTY_KIND_COMPANY;

  /* libmutual writes the finer legal form in entityType.details; it is
   * taken when it agrees with the type. */
  if (type_details != NULL && mutual_party_kind_from_string (type_details, &stated) &&
      stated != MUTUAL_PARTY_KIND_PERSON &&
      mutual_party_kind_is_trust (stated) == (st->kind == MUTUAL_PARTY_KIND_TRUST) &&
      (stated == MUTUAL_PARTY_KIND_PUBLIC_BODY) == (st->kind == MUTUAL_PARTY_KIND_PUBLIC_BODY))
    st->kind = stated;
}

static void
read_identifiers (JsonArray *identifiers,
                  Statement *st)
{
  for (guint i = 0; identifiers != NULL && i < json_array_get_length (identifiers); i++)
    {
      JsonNode *node = json_array_get_element (identifiers, i);
      const char *scheme, *id;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      scheme = get_string (json_node_get_object (node), "scheme");
      id = get_string (json_node_get_object (node), "id");
      /* A UK company keeps a register of people with significant control. */
      if (id != NULL && g_strcmp0 (scheme, "GB-COH") == 0 && st->company_number == NULL)
        {
          st->company_number = g_strdup (id);
          st->keeps_register = TRUE;
        }
    }
}

static char *
person_name (JsonArray *names)
{
  const char *fallback = NULL;

  for (guint i = 0; names != NULL && i < json_array_get_length (names); i++)
    {
      JsonNode *node = json_array_get_element (names, i);
      JsonObject *name;
      const char *full;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      name = json_node_get_object (node);
      full = get_string (name, "fullName");
      if (full == NULL && get_string (name, "familyName") != NULL)
        return g_strjoin (" ", get_string (name, "givenName") ? get_string (name, "givenName") : "",
                          get_string (name, "familyName"), NULL);
      if (full != NULL && (g_strcmp0 (get_string (name, "type"), "legal") == 0 || fallback == NULL))
        {
          if (g_strcmp0 (get_string (name, "type"), "legal") == 0)
            return g_strdup (full);
          fallback = full;
        }
    }
  return g_strdup (fallback);
}

/* --- statements --- */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Statement, statement_free)

typedef struct
{
  MutualBodsPackage *self;
  GPtrArray *findings;
  Statement *st;
  GError *strict_error;
} SchemaContext;

static void
on_schema_report (const char *path,
                  const char *keyword,
                  const char *message,
                  gpointer    user_data)
{
  SchemaContext *context = user_data;

  if (context->self->flags & MUTUAL_BODS_READ_STRICT)
    {
      if (context->strict_error == NULL)
        fail (&context->strict_error, MUTUAL_ERROR_INVALID, context->st, "%s: %s (%s)", path, message, keyword);
      return;
    }
  add_finding (context->findings, "bods.schema", MUTUAL_SEVERITY_WARNING, CITATION_04, context->st,
               "%s: %s (%s)", path, message, keyword);
}

static Statement *
statement_new (guint index)
{
  Statement *st = g_new0 (Statement, 1);

  st->index = index;
  st->path = g_strdup_printf ("$[%u]", index);
  st->interests = g_ptr_array_new_with_free_func (g_object_unref);
  st->components = g_new0 (char *, 1);
  return st;
}

/* The record id a reference names, or for BODS 0.2/0.3 the record of the
 * statement it names. */
static char *
resolve_reference (MutualBodsPackage *self,
                   const char        *id)
{
  const char *record;

  if (id == NULL)
    return NULL;
  if (self->legacy && (record = g_hash_table_lookup (self->statement_records, id)) != NULL)
    return g_strdup (record);
  return g_strdup (id);
}

static void
read_components (MutualBodsPackage *self,
                 JsonObject        *details,
                 const char        *member,
                 const char        *path,
                 Statement         *st,
                 GPtrArray         *findings)
{
  g_autoptr(JsonArray) array = get_array_tolerant (details, member, path, findings, st);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *id = NULL;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;
      id = resolve_reference (self, json_node_get_string (node));
      g_strv_builder_add (builder, id);
    }
  g_strfreev (st->components);
  st->components = g_strv_builder_end (builder);
}

/* A subject or interested party: a record id, or an unspecified record
 * (a reason why the publisher cannot name it). */
static gboolean
read_party_ref (MutualBodsPackage  *self,
                JsonObject         *details,
                const char         *member,
                const char         *path,
                Statement          *st,
                GPtrArray          *findings,
                char              **out,
                GError            **error)
{
  JsonNode *node = json_object_get_member (details, member);

  if (node == NULL)
    return fail (error, MUTUAL_ERROR_MISSING, st, "%s.%s: a relationship needs a %s", path, member, member);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      *out = resolve_reference (self, json_node_get_string (node));
      return TRUE;
    }
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *id;

      /* BODS 0.2/0.3: { "describedByEntityStatement": ID } and the like */
      if ((id = get_string (object, "describedByEntityStatement")) != NULL ||
          (id = get_string (object, "describedByPersonStatement")) != NULL)
        {
          *out = resolve_reference (self, id);
          return TRUE;
        }
      if (get_object (object, "unspecified") != NULL)
        object = get_object (object, "unspecified");
      add_finding (findings, "bods.unspecified", MUTUAL_SEVERITY_INFO, CITATION_RECORDS, st,
                   "%s.%s: not disclosed (%s)%s%s", path, member,
                   get_string (object, "reason") ? get_string (object, "reason") : "no reason given",
                   get_string (object, "description") ? ": " : "",
                   get_string (object, "description") ? get_string (object, "description") : "");
      *out = NULL;
      return TRUE;
    }
  return fail (error, MUTUAL_ERROR_INVALID, st, "%s.%s: must be a record id or an unspecified record", path, member);
}

static gboolean
read_details (MutualBodsPackage  *self,
              JsonObject         *details,
              const char         *path,
              Statement          *st,
              GPtrArray          *findings,
              GError            **error)
{
  switch (st->type)
    {
    case RECORD_ENTITY:
      {
        JsonObject *entity_type = get_object (details, "entityType");
        const char *type = NULL, *subtype = NULL, *type_details = NULL;
        g_autoptr(JsonArray) identifiers = get_array_tolerant (details, "identifiers", path, findings, st);

        if (entity_type != NULL)
          {
            type = get_string (entity_type, "type");
            subtype = get_string (entity_type, "subtype");
            type_details = get_string (entity_type, "details");
          }
        else
          type = get_string (details, "entityType");   /* BODS 0.2/0.3 */
        if (subtype == NULL && get_object (details, "entitySubtype") != NULL)
          subtype = get_string (get_object (details, "entitySubtype"), "generalCategory");
        read_entity_kind (details, type, subtype, type_details, st);
        st->name = g_strdup (get_string (details, "name"));
        if (st->name != NULL && st->name[0] == '\0')   /* the model file refuses an empty name */
          g_clear_pointer (&st->name, g_free);
        if (st->name == NULL)
          st->name = g_strdup_printf ("(unnamed entity %s)", st->record_id);
        read_identifiers (identifiers, st);
      }
      break;
    case RECORD_PERSON:
      {
        g_autoptr(JsonArray) names = get_array_tolerant (details, "names", path, findings, st);

        st->kind = MUTUAL_PARTY_KIND_PERSON;
        st->name = person_name (names);
        /* empty, or a given and a family name that together are too long */
        if (st->name != NULL && (st->name[0] == '\0' || strlen (st->name) > BODS_MAX_STRING))
          g_clear_pointer (&st->name, g_free);
        if (st->name == NULL)
          st->name = g_strdup_printf ("(unnamed person %s)", st->record_id);
      }
      break;
    case RECORD_RELATIONSHIP:
      {
        g_autoptr(JsonArray) interests = NULL;
        gboolean is_component = get_boolean (details, "isComponent", FALSE);

        if (!read_party_ref (self, details, "subject", path, st, findings, &st->subject, error) ||
            !read_party_ref (self, details, "interestedParty", path, st, findings, &st->interested_party, error))
          return FALSE;
        read_components (self, details, self->legacy ? "componentStatementIDs" : "componentRecords", path, st, findings);
        interests = get_array_tolerant (details, "interests", path, findings, st);
        {
          g_autofree char *interests_path = g_strconcat (path, ".interests", NULL);

          if (!read_interests (interests, self->legacy, interests_path, st, is_component, findings, error))
            return FALSE;
        }
      }
      break;
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

static Record *
record_new (MutualBodsPackage *self,
            const char        *id,
            RecordType         type)
{
  Record *record = g_new0 (Record, 1);

  record->id = g_strdup (id);
  record->type = type;
  record->statements = g_ptr_array_new ();
  g_hash_table_insert (self->records, record->id, record);
  g_ptr_array_add (self->record_order, record);
  return record;
}

static Statement *
record_last (Record *record)
{
  return record->statements->len > 0 ? g_ptr_array_index (record->statements, record->statements->len - 1) : NULL;
}

/* Adds a statement to its record's history, checking that the history
 * makes sense: opened once, then updated, closed at most once and last. */
static gboolean
register_statement (MutualBodsPackage  *self,
                    Statement          *st,
                    gboolean            status_given,
                    GPtrArray          *findings,
                    GError            **error)
{
  Record *record = g_hash_table_lookup (self->records, st->record_id);
  Statement *first, *last;

  if (record == NULL)
    {
      if (st->status == MUTUAL_RECORD_STATUS_CLOSED)
        {
          if (!(self->flags & MUTUAL_BODS_READ_FRAGMENT))
            return fail (error, MUTUAL_ERROR_ORDER, st, "closes record “%s” before any statement declares it new",
                         st->record_id);
          add_finding (findings, "bods.record.closed-unseen", MUTUAL_SEVERITY_WARNING, CITATION_RECORDS, st,
                       "%s: closes record “%s”, which this data never declared", st->path, st->record_id);
        }
      record = record_new (self, st->record_id, st->type);
    }
  else
    {
      first = g_ptr_array_index (record->statements, 0);
      last = record_last (record);
      if (record->type != st->type)
        return fail (error, MUTUAL_ERROR_INVALID, st, "record “%s” is a %s (statement %s) and cannot become a %s",
                     st->record_id, record_type_names[record->type], first->path, record_type_names[st->type]);
      if (last->status == MUTUAL_RECORD_STATUS_CLOSED)
        return fail (error, MUTUAL_ERROR_ORDER, st, "record “%s” was closed by statement %s and cannot be %s after",
                     st->record_id, last->path, st->status == MUTUAL_RECORD_STATUS_NEW ? "opened again" : "changed");
      if (!status_given)
        st->status = MUTUAL_RECORD_STATUS_UPDATED;
      if (st->status == MUTUAL_RECORD_STATUS_NEW)
        return fail (error, MUTUAL_ERROR_DUPLICATE_ID, st, "record “%s” is declared new again (first by statement %s)",
                     st->record_id, first->path);
      if (st->date != NULL && first->date != NULL && strcmp (st->date, first->date) < 0 &&
          first->status == MUTUAL_RECORD_STATUS_NEW)
        {
          if (st->status == MUTUAL_RECORD_STATUS_CLOSED)
            return fail (error, MUTUAL_ERROR_ORDER, st, "closes record “%s” on %s, before it was declared new on %s (statement %s)",
                         st->record_id, st->date, first->date, first->path);
          return fail (error, MUTUAL_ERROR_ORDER, st, "updates record “%s” on %s, before it was declared new on %s (statement %s)",
                       st->record_id, st->date, first->date, first->path);
        }
      if (st->date != NULL && last->date != NULL && strcmp (st->date, last->date) < 0)
        add_finding (findings, "bods.record.date-order", MUTUAL_SEVERITY_WARNING, CITATION_RECORDS, st,
                     "%s: dated %s, before the previous statement of record “%s” (%s, %s)",
                     st->path, st->date, st->record_id, last->path, last->date);
    }
  g_ptr_array_add (record->statements, st);
  return TRUE;
}

static gboolean
record_type_from_string (const char *text,
                         RecordType *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_type_names); i++)
    if (g_strcmp0 (text, record_type_names[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
read_statement_04 (MutualBodsPackage  *self,
                   JsonNode           *node,
                   guint               index,
                   GPtrArray          *findings,
                   GError            **error)
{
  g_autoptr(Statement) st = statement_new (index);
  SchemaContext context = { self, findings, st, NULL };
  JsonObject *object, *details;
  const char *status;
  const char *id;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, MUTUAL_ERROR_INVALID, st, "a statement must be an object");
  object = json_node_get_object (node);
  st->statement_id = g_strdup (get_string (object, "statementId"));
  mutual_bods_check_statement_shape (node, st->path, on_schema_report, &context);
  if (context.strict_error != NULL)
    {
      g_propagate_error (error, context.strict_error);
      return FALSE;
    }
  id = get_string (object, "recordId");
  if (id == NULL)
    return fail (error, MUTUAL_ERROR_MISSING, st, "%s.recordId: a statement needs a record id (a string)", st->path);
  st->record_id = g_strdup (id);
  if (!record_type_from_string (get_string (object, "recordType"), &st->type))
    return fail (error, MUTUAL_ERROR_INVALID, st, "%s.recordType: must be entity, person or relationship", st->path);
  status = get_string (object, "recordStatus");
  if (status == NULL && json_object_has_member (object, "recordStatus"))
    return fail (error, MUTUAL_ERROR_INVALID, st, "%s.recordStatus: must be new, updated or closed", st->path);
  if (status == NULL || g_str_equal (status, "new"))
    st->status = MUTUAL_RECORD_STATUS_NEW;
  else if (g_str_equal (status, "updated"))
    st->status = MUTUAL_RECORD_STATUS_UPDATED;
  else if (g_str_equal (status, "closed"))
    st->status = MUTUAL_RECORD_STATUS_CLOSED;
  else
    return fail (error, MUTUAL_ERROR_INVALID, st, "%s.recordStatus: “%s” is not new, updated or closed", st->path, status);
  st->date = date_of (get_string (object, "statementDate"));
  details = get_object (object, "recordDetails");
  if (details == NULL)
    return fail (error, MUTUAL_ERROR_MISSING, st, "%s.recordDetails: a statement needs its record's details (an object)",
                 st->path);
  {
    g_autofree char *details_path = g_strconcat (st->path, ".recordDetails", NULL);

    if (!read_details (self, details, details_path, st, findings, error))
      return FALSE;
  }
  if (!register_statement (self, st, status != NULL, findings, error))
    return FALSE;
  g_ptr_array_add (self->statements, g_steal_pointer (&st));
  return TRUE;
}

static gboolean
legacy_type (const char *statement_type,
             RecordType *out)
{
  if (g_strcmp0 (statement_type, "entityStatement") == 0)
    *out = RECORD_ENTITY;
  else if (g_strcmp0 (statement_type, "personStatement") == 0)
    *out = RECORD_PERSON;
  else if (g_strcmp0 (statement_type, "ownershipOrControlStatement") == 0)
    *out = RECORD_RELATIONSHIP;
  else
    return FALSE;
  return TRUE;
}

/* BODS 0.2/0.3 have no record ids: a statement that replaces others speaks
 * of the same thing as they did. The first pass gives every statement the
 * id of its record (the id of the first statement in its chain), so that
 * references resolve whatever their order. */
static gboolean
assign_legacy_records (MutualBodsPackage  *self,
                       JsonArray          *array,
                       GPtrArray          *findings,
                       GError            **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      const char *id, *record = NULL;
      g_autoptr(JsonArray) replaces = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      if ((id = get_string (object, "statementID")) == NULL)
        continue;
      replaces = get_array_tolerant (object, "replacesStatements", "", NULL, NULL);
      for (guint j = 0; replaces != NULL && j < json_array_get_length (replaces) && record == NULL; j++)
        {
          JsonNode *ref = json_array_get_element (replaces, j);

          if (JSON_NODE_HOLDS_VALUE (ref) && json_node_get_value_type (ref) == G_TYPE_STRING)
            record = g_hash_table_lookup (self->statement_records, json_node_get_string (ref));
        }
      if (g_hash_table_contains (self->statement_records, id))
        {
          g_autoptr(Statement) st = statement_new (i);

          st->statement_id = g_strdup (id);
          return fail (error, MUTUAL_ERROR_DUPLICATE_ID, st, "the statement id “%s” is used twice", id);
        }
      g_hash_table_insert (self->statement_records, g_strdup (id), g_strdup (record ? record : id));
    }
  return TRUE;
}

static gboolean
read_statement_legacy (MutualBodsPackage  *self,
                       JsonNode           *node,
                       guint               index,
                       GPtrArray          *findings,
                       GError            **error)
{
  g_autoptr(Statement) st = statement_new (index);
  g_autoptr(JsonArray) replaces = NULL;
  JsonObject *object;
  const char *id;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, MUTUAL_ERROR_INVALID, st, "a statement must be an object");
  object = json_node_get_object (node);
  id = get_string (object, "statementID");
  if (id == NULL)
    return fail (error, MUTUAL_ERROR_MISSING, st, "%s.statementID: a statement needs an id (a string)", st->path);
  st->statement_id = g_strdup (id);
  st->record_id = g_strdup (g_hash_table_lookup (self->statement_records, id));
  if (!legacy_type (get_string (object, "statementType"), &st->type))
    return fail (error, MUTUAL_ERROR_INVALID, st,
                 "%s.statementType: must be entityStatement, personStatement or ownershipOrControlStatement", st->path);
  st->date = date_of (get_string (object, "statementDate"));
  replaces = get_array_tolerant (object, "replacesStatements", st->path, findings, st);
  if (replaces != NULL && json_array_get_length (replaces) > 0)
    {
      st->status = MUTUAL_RECORD_STATUS_UPDATED;
      if (g_str_equal (st->record_id, id))
        add_finding (findings, "bods.record.replaces-unseen", MUTUAL_SEVERITY_WARNING, CITATION_RECORDS, st,
                     "%s.replacesStatements: replaces statements this data does not contain", st->path);
    }
  else
    st->status = MUTUAL_RECORD_STATUS_NEW;
  if (st->type == RECORD_ENTITY && get_string (object, "dissolutionDate") != NULL)
    add_finding (findings, "bods.entity.dissolved", MUTUAL_SEVERITY_INFO, CITATION_RECORDS, st,
                 "%s: the entity was dissolved on %s", st->path, get_string (object, "dissolutionDate"));
  if (!read_details (self, object, st->path, st, findings, error) ||
      !register_statement (self, st, TRUE, findings, error))
    return FALSE;
  g_ptr_array_add (self->statements, g_steal_pointer (&st));
  return TRUE;
}

/* --- after reading: references, history, interests --- */

static const char *
name_of (MutualBodsPackage *self,
         const char        *id)
{
  Record *record;
  Statement *last;

  if (id == NULL)
    return "(not disclosed)";
  record = g_hash_table_lookup (self->records, id);
  if (record == NULL || (last = record_last (record)) == NULL || last->name == NULL)
    return id;
  return last->name;
}

static gboolean
check_reference (MutualBodsPackage  *self,
                 Statement          *st,
                 const char         *member,
                 const char         *id,
                 gboolean            entity_only,
                 GPtrArray          *findings,
                 GError            **error)
{
  Record *record;

  if (id == NULL)
    return TRUE;
  record = g_hash_table_lookup (self->records, id);
  if (record == NULL)
    {
      if (!(self->flags & MUTUAL_BODS_READ_FRAGMENT))
        return fail (error, MUTUAL_ERROR_UNKNOWN_ID, st, "%s.recordDetails.%s: names record “%s”, which the data does not contain",
                     st->path, member, id);
      add_finding (findings, "bods.reference.external", MUTUAL_SEVERITY_WARNING, CITATION_RECORDS, st,
                   "%s.recordDetails.%s: names record “%s”, which is not in this data; a placeholder stands for it",
                   st->path, member, id);
      record = record_new (self, id, RECORD_ENTITY);
      record->placeholder = TRUE;
      return TRUE;
    }
  if (record->type == RECORD_RELATIONSHIP || (entity_only && record->type != RECORD_ENTITY))
    return fail (error, MUTUAL_ERROR_INVALID, st, "%s.recordDetails.%s: “%s” is a %s, which cannot be a %s",
                 st->path, member, id, record_type_names[record->type],
                 entity_only ? "subject (it must be an entity)" : "party to a relationship");
  return TRUE;
}

static gboolean
check_references (MutualBodsPackage  *self,
                  GPtrArray          *findings,
                  GError            **error)
{
  for (guint i = 0; i < self->statements->len; i++)
    {
      Statement *st = g_ptr_array_index (self->statements, i);

      if (st->type != RECORD_RELATIONSHIP)
        continue;
      if (!check_reference (self, st, "subject", st->subject, TRUE, findings, error) ||
          !check_reference (self, st, "interestedParty", st->interested_party, FALSE, findings, error))
        return FALSE;
      for (guint j = 0; st->components[j] != NULL; j++)
        {
          Record *component = g_hash_table_lookup (self->records, st->components[j]);
          Statement *first;

          if (component == NULL || component->placeholder)
            {
              if (!(self->flags & MUTUAL_BODS_READ_FRAGMENT))
                return fail (error, MUTUAL_ERROR_UNKNOWN_ID, st,
                             "%s.recordDetails.componentRecords[%u]: names record “%s”, which the data does not contain",
                             st->path, j, st->components[j]);
              add_finding (findings, "bods.reference.external", MUTUAL_SEVERITY_WARNING, CITATION_INDIRECT, st,
                           "%s.recordDetails.componentRecords[%u]: names record “%s”, which is not in this data",
                           st->path, j, st->components[j]);
              continue;
            }
          first = g_ptr_array_index (component->statements, 0);
          if (first->index > st->index)
            add_finding (findings, "bods.component.order", MUTUAL_SEVERITY_WARNING, CITATION_INDIRECT, st,
                         "%s: component “%s” comes after the relationship that lists it (at %s)",
                         st->path, st->components[j], first->path);
        }
    }
  return TRUE;
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  MutualBodsChange *x = *(MutualBodsChange **) a, *y = *(MutualBodsChange **) b;

  return g_strcmp0 (mutual_bods_change_get_date (x), mutual_bods_change_get_date (y));
}

static char *
describe_interests (GPtrArray *interests)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < interests->len; i++)
    {
      MutualBodsInterest *interest = g_ptr_array_index (interests, i);
      g_autofree char *share = mutual_bods_interest_describe_share (interest);
      const char *type = mutual_bods_interest_get_interest_type (interest);

      g_string_append_printf (text, "%s%s%s%s", i > 0 ? ", " : "", type ? type : "interest",
                              mutual_bods_interest_get_directness (interest) == MUTUAL_DIRECTNESS_INDIRECT ? " (indirect)" : "",
                              mutual_bods_interest_get_share_minimum (interest) || mutual_bods_interest_get_share_maximum (interest) ? "" : "");
      if (mutual_bods_interest_get_share_minimum (interest) || mutual_bods_interest_get_share_maximum (interest))
        g_string_append_printf (text, " %s", share);
    }
  return g_string_free (text, FALSE);
}

static void
build_history (MutualBodsPackage *self)
{
  static const char *verbs[] = { "new", "updated", "closed" };
  GPtrArray *changes = mutual_item_list_get_array (self->changes);

  for (guint i = 0; i < self->statements->len; i++)
    {
      Statement *st = g_ptr_array_index (self->statements, i);
      g_autofree char *description = NULL;

      if (st->type == RECORD_RELATIONSHIP)
        {
          g_autofree char *what = describe_interests (st->interests);

          description = g_strdup_printf ("%s in %s: relationship %s%s%s%s", name_of (self, st->interested_party),
                                         name_of (self, st->subject), verbs[st->status],
                                         *what ? " (" : "", what, *what ? ")" : "");
        }
      else
        description = g_strdup_printf ("%s: %s %s", st->name, verbs[st->status], record_type_names[st->type]);
      g_ptr_array_add (changes, mutual_bods_change_new (st->date, st->statement_id, st->record_id,
                                                        record_type_names[st->type], st->status,
                                                        st->subject, st->interested_party, description));
    }
  /* g_ptr_array_sort is a stable merge sort in GLib: equal dates keep file order */
  g_ptr_array_sort (changes, compare_changes);

  for (guint i = 0; i < self->record_order->len; i++)
    {
      Record *record = g_ptr_array_index (self->record_order, i);
      Statement *last = record_last (record);

      if (record->type != RECORD_RELATIONSHIP || last == NULL)
        continue;
      for (guint j = 0; j < last->interests->len; j++)
        mutual_item_list_append (self->interests, g_ptr_array_index (last->interests, j));
    }
}

/* --- indirect relationships: recomputing declared figures from their
 * components --- */

typedef struct
{
  const char *from;          /* interested party */
  const char *to;            /* subject */
  MutualFraction share;
  gboolean known;
} Edge;

typedef struct
{
  MutualFraction known;      /* product of the known shares */
  Edge *unknown;             /* the one unknown edge on the path, or NULL */
  guint n_unknown;
} Path;

static const MutualFraction *
direct_share (Statement  *st,
              const char *type)
{
  for (guint i = 0; i < st->interests->len; i++)
    {
      MutualBodsInterest *interest = g_ptr_array_index (st->interests, i);

      if (g_strcmp0 (mutual_bods_interest_get_interest_type (interest), type) == 0 &&
          mutual_bods_interest_get_directness (interest) != MUTUAL_DIRECTNESS_INDIRECT &&
          mutual_bods_interest_get_share_exact (interest) != NULL)
        return mutual_bods_interest_get_share_exact (interest);
    }
  return NULL;
}

/* The component's state when the indirect relationship was declared: its
 * last statement before that one. */
static Statement *
state_before (Record *record,
              guint   index)
{
  Statement *found = NULL;

  for (guint i = 0; i < record->statements->len; i++)
    {
      Statement *st = g_ptr_array_index (record->statements, i);

      if (st->index < index)
        found = st;
    }
  return found != NULL ? found : record_last (record);
}

static void
walk_paths (GArray     *edges,
            const char *at,
            const char *target,
            GHashTable *visiting,
            Path        current,
            GArray     *paths)
{
  if (g_str_equal (at, target))
    {
      g_array_append_val (paths, current);
      return;
    }
  if (paths->len >= 4096 || g_hash_table_size (visiting) > 64)
    return;
  g_hash_table_add (visiting, (gpointer) at);
  for (guint i = 0; i < edges->len; i++)
    {
      Edge *edge = &g_array_index (edges, Edge, i);
      Path next = current;

      if (!g_str_equal (edge->from, at) || g_hash_table_contains (visiting, edge->to))
        continue;
      if (edge->known)
        {
          if (!mutual_fraction_multiply (&current.known, &edge->share, &next.known))
            continue;
        }
      else
        {
          next.n_unknown++;
          next.unknown = edge;
        }
      walk_paths (edges, edge->to, target, visiting, next, paths);
    }
  g_hash_table_remove (visiting, at);
}

static gboolean
in_range (MutualBodsInterest   *interest,
          const MutualFraction *value)
{
  const MutualFraction *low = mutual_bods_interest_get_share_minimum (interest);
  const MutualFraction *high = mutual_bods_interest_get_share_maximum (interest);

  if (low != NULL && mutual_fraction_compare (value, low) < (mutual_bods_interest_get_minimum_exclusive (interest) ? 1 : 0))
    return FALSE;
  if (high != NULL && mutual_fraction_compare (value, high) > (mutual_bods_interest_get_maximum_exclusive (interest) ? -1 : 0))
    return FALSE;
  return TRUE;
}

static void
check_one_indirect (MutualBodsPackage  *self,
                    Statement          *st,
                    MutualBodsInterest *interest,
                    GPtrArray          *findings)
{
  const char *type = mutual_bods_interest_get_interest_type (interest);
  const MutualFraction *declared = mutual_bods_interest_get_share_exact (interest);
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (Edge));
  g_autoptr(GArray) paths = g_array_new (FALSE, FALSE, sizeof (Path));
  g_autoptr(GHashTable) visiting = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) unknowns = g_ptr_array_new ();
  g_autofree char *declared_text = mutual_bods_interest_describe_share (interest);
  MutualFraction known_total, coefficient;
  Path start;
  const char *party = st->interested_party, *subject = st->subject;
  gboolean mixed = FALSE;

  for (guint i = 0; st->components[i] != NULL; i++)
    {
      Record *record = g_hash_table_lookup (self->records, st->components[i]);
      Statement *component;
      const MutualFraction *share;
      Edge edge = { 0 };

      if (record == NULL || record->type != RECORD_RELATIONSHIP)
        continue;
      component = state_before (record, st->index);
      if (component->subject == NULL || component->interested_party == NULL)
        continue;
      edge.from = component->interested_party;
      edge.to = component->subject;
      share = direct_share (component, type);
      edge.known = share != NULL;
      if (share != NULL)
        edge.share = *share;
      g_array_append_val (edges, edge);
    }

  mutual_fraction_init (&start.known, 1, 1);
  start.unknown = NULL;
  start.n_unknown = 0;
  walk_paths (edges, party, subject, visiting, start, paths);
  if (paths->len == 0)
    {
      add_finding (findings, "bods.indirect.unconnected", MUTUAL_SEVERITY_WARNING, CITATION_INDIRECT, st,
                   "%s's indirect %s in %s (%s): its components do not connect %s to %s",
                   name_of (self, party), type, name_of (self, subject), declared_text,
                   name_of (self, party), name_of (self, subject));
      return;
    }

  mutual_fraction_init (&known_total, 0, 1);
  mutual_fraction_init (&coefficient, 0, 1);
  for (guint i = 0; i < paths->len; i++)
    {
      Path *path = &g_array_index (paths, Path, i);

      if (path->n_unknown == 0)
        mutual_fraction_add (&known_total, &path->known, &known_total);
      else
        {
          if (path->n_unknown > 1)
            mixed = TRUE;
          if (!g_ptr_array_find (unknowns, path->unknown, NULL))
            g_ptr_array_add (unknowns, path->unknown);
          mutual_fraction_add (&coefficient, &path->known, &coefficient);
        }
    }

  if (unknowns->len == 0)
    {
      g_autofree char *computed = mutual_fraction_to_percent_string (&known_total);

      if (in_range (interest, &known_total))
        add_finding (findings, "bods.indirect.agrees", MUTUAL_SEVERITY_INFO, CITATION_INDIRECT, st,
                     "%s's indirect %s in %s: the components give %s, as declared (%s)",
                     name_of (self, party), type, name_of (self, subject), computed, declared_text);
      else
        add_finding (findings, "bods.indirect.disagrees", MUTUAL_SEVERITY_WARNING, CITATION_INDIRECT, st,
                     "%s's indirect %s in %s: the components give %s, but %s is declared",
                     name_of (self, party), type, name_of (self, subject), computed, declared_text);
      return;
    }

  if (unknowns->len == 1 && !mixed && declared != NULL && !mutual_fraction_is_zero (&coefficient))
    {
      Edge *edge = g_ptr_array_index (unknowns, 0);
      MutualFraction needed;
      __int128 numerator, denominator;
      g_autofree char *needed_text = NULL, *coefficient_text = mutual_fraction_to_percent_string (&coefficient);

      /* needed = (declared − known) / coefficient */
      numerator = ((__int128) declared->numerator * known_total.denominator -
                   (__int128) known_total.numerator * declared->denominator) * coefficient.denominator;
      denominator = (__int128) declared->denominator * known_total.denominator * coefficient.numerator;
      if (!mutual_fraction_reduce128 (numerator, denominator, &needed))
        return;
      needed_text = mutual_fraction_to_percent_string (&needed);
      if (needed.numerator < 0 || mutual_fraction_compare_ratio (&needed, 1, 1) > 0)
        {
          add_finding (findings, "bods.indirect.disagrees", MUTUAL_SEVERITY_WARNING, CITATION_INDIRECT, st,
                       "%s's indirect %s in %s is declared as %s, which no share of %s in %s can give (it would have to be %s)",
                       name_of (self, party), type, name_of (self, subject), declared_text,
                       name_of (self, edge->from), name_of (self, edge->to), needed_text);
          return;
        }
      add_finding (findings, "bods.indirect.component-share", MUTUAL_SEVERITY_INFO, CITATION_INDIRECT, st,
                   "%s's indirect %s in %s is declared as %s; through the components' %s, %s would have to hold %s of %s, "
                   "which the data does not state",
                   name_of (self, party), type, name_of (self, subject), declared_text, coefficient_text,
                   name_of (self, edge->from), needed_text, name_of (self, edge->to));
      if (g_strcmp0 (type, "shareholding") == 0)
        g_hash_table_insert (self->inferred, mutual_model_key2 (edge->to, edge->from), mutual_fraction_copy (&needed));
      return;
    }

  {
    GString *equation = g_string_new (NULL);
    g_autofree char *known_text = mutual_fraction_to_percent_string (&known_total);

    for (guint i = 0; i < paths->len; i++)
      {
        Path *path = &g_array_index (paths, Path, i);
        g_autofree char *factor = mutual_fraction_to_percent_string (&path->known);

        if (path->n_unknown == 0)
          continue;
        g_string_append_printf (equation, "%s%s × share(%s in %s)%s", equation->len ? " + " : "", factor,
                                name_of (self, path->unknown->from), name_of (self, path->unknown->to),
                                path->n_unknown > 1 ? " × …" : "");
      }
    if (!mutual_fraction_is_zero (&known_total))
      g_string_append_printf (equation, " + %s", known_text);
    st->underdetermined = TRUE;
    add_finding (findings, "bods.indirect.underdetermined", MUTUAL_SEVERITY_INFO, CITATION_INDIRECT, st,
                 "%s's indirect %s in %s is declared as %s, but %u component shares are missing: %s = %s",
                 name_of (self, party), type, name_of (self, subject), declared_text, unknowns->len,
                 equation->str, declared_text);
    g_string_free (equation, TRUE);
  }
}

static void
check_indirect (MutualBodsPackage *self,
                GPtrArray         *findings)
{
  for (guint i = 0; i < self->record_order->len; i++)
    {
      Record *record = g_ptr_array_index (self->record_order, i);
      Statement *st = record_last (record);

      if (record->type != RECORD_RELATIONSHIP || st == NULL || st->status == MUTUAL_RECORD_STATUS_CLOSED ||
          st->subject == NULL || st->interested_party == NULL)
        continue;
      for (guint j = 0; j < st->interests->len; j++)
        {
          MutualBodsInterest *interest = g_ptr_array_index (st->interests, j);
          const char *type = mutual_bods_interest_get_interest_type (interest);

          if (mutual_bods_interest_get_directness (interest) != MUTUAL_DIRECTNESS_INDIRECT ||
              (g_strcmp0 (type, "shareholding") != 0 && g_strcmp0 (type, "votingRights") != 0) ||
              (mutual_bods_interest_get_share_minimum (interest) == NULL &&
               mutual_bods_interest_get_share_maximum (interest) == NULL))
            continue;
          if (st->components[0] == NULL)
            {
              add_finding (findings, "bods.indirect.no-components", MUTUAL_SEVERITY_INFO, CITATION_INDIRECT, st,
                           "%s's indirect %s in %s lists no components to recompute it from",
                           name_of (self, st->interested_party), type, name_of (self, st->subject));
              continue;
            }
          check_one_indirect (self, st, interest, findings);
        }
    }
}

/* --- the model --- */

typedef struct
{
  const char *holder;
  MutualFraction shares, votes, board, profits, capital;
  gboolean has_shares, has_votes, has_board, has_profits, has_capital;
  gboolean board_all;        /* a right over the board with no share stated */
  guint board_directors;     /* "appoints N directors", when stated */
  gboolean golden;
  gboolean unknown_directness;
  const char *details[4];    /* per MutualDimension: the words the right was declared with */
} HolderInfo;

typedef struct
{
  const char *subject;
  GPtrArray *holders;        /* HolderInfo, owned */
  GHashTable *by_holder;     /* holder → HolderInfo */
} SubjectInfo;

typedef struct
{
  const char *id;
  const char *name;
  MutualPartyKind kind;
  const char *company_number;
  gboolean keeps_register;
  GPtrArray *trustees;       /* const char * */
  const char *beneficiary_employer;
  guint board_size;
  char *owned_id;            /* id and name when the reader made them */
  char *owned_name;
} PartyInfo;

typedef struct
{
  MutualBodsPackage *self;
  GPtrArray *findings;       /* may be NULL */
  const char *date;          /* the model's date, or NULL for no dates at all */
  GHashTable *parties;       /* id → PartyInfo */
  GPtrArray *party_order;
  GHashTable *subjects;      /* id → SubjectInfo */
  GPtrArray *subject_order;
  MutualModel *model;
} Build;

static void
subject_info_free (SubjectInfo *info)
{
  g_ptr_array_unref (info->holders);
  g_hash_table_unref (info->by_holder);
  g_free (info);
}

static void
party_info_free (PartyInfo *info)
{
  g_ptr_array_unref (info->trustees);
  g_free (info->owned_id);
  g_free (info->owned_name);
  g_free (info);
}

static HolderInfo *
holder_info (Build      *build,
             const char *subject,
             const char *holder)
{
  SubjectInfo *info = g_hash_table_lookup (build->subjects, subject);
  HolderInfo *h;

  if (info == NULL)
    {
      info = g_new0 (SubjectInfo, 1);
      info->subject = subject;
      info->holders = g_ptr_array_new_with_free_func (g_free);
      info->by_holder = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (build->subjects, (gpointer) subject, info);
      g_ptr_array_add (build->subject_order, info);
    }
  h = g_hash_table_lookup (info->by_holder, holder);
  if (h == NULL)
    {
      h = g_new0 (HolderInfo, 1);
      h->holder = holder;
      g_ptr_array_add (info->holders, h);
      g_hash_table_insert (info->by_holder, (gpointer) holder, h);
    }
  return h;
}

/* The statement of a record in force on the build's date: its last
 * statement dated on or before it (undated statements always count). */
static Statement *
current_statement (Build  *build,
                   Record *record)
{
  Statement *found = NULL;

  for (guint i = 0; i < record->statements->len; i++)
    {
      Statement *st = g_ptr_array_index (record->statements, i);

      if (build->date == NULL || st->date == NULL || strcmp (st->date, build->date) <= 0)
        found = st;
    }
  return found;
}

/* The share a holding stands for: the exact share, or the lower bound of a
 * range raised by 0.001 percentage points when the bound is excluded (the
 * smallest holding inside a band such as "more than 25%"), or the midpoint
 * when the band is narrower than that. */
static gboolean
representative_share (Build              *build,
                      Statement          *st,
                      MutualBodsInterest *interest,
                      MutualFraction     *out)
{
  const MutualFraction *low = mutual_bods_interest_get_share_minimum (interest);
  const MutualFraction *high = mutual_bods_interest_get_share_maximum (interest);
  MutualFraction nudge, candidate;
  g_autofree char *range = NULL, *chosen = NULL;

  if (mutual_bods_interest_get_share_exact (interest) != NULL)
    {
      *out = *mutual_bods_interest_get_share_exact (interest);
      return TRUE;
    }
  if (low == NULL)
    return FALSE;
  candidate = *low;
  if (mutual_bods_interest_get_minimum_exclusive (interest))
    {
      mutual_fraction_init (&nudge, 1, 100000);
      if (!mutual_fraction_add (low, &nudge, &candidate))
        return FALSE;
      if (high != NULL && mutual_fraction_compare (&candidate, high) >= 0)
        {
          MutualFraction sum, half;

          mutual_fraction_init (&half, 1, 2);
          if (!mutual_fraction_add (low, high, &sum) || !mutual_fraction_multiply (&sum, &half, &candidate))
            return FALSE;
        }
    }
  *out = candidate;
  range = mutual_bods_interest_describe_share (interest);
  chosen = mutual_fraction_to_percent_string (out);
  add_finding (build->findings, "bods.share.range", MUTUAL_SEVERITY_INFO, CITATION_SHARES, st,
               "%s's %s in %s is declared as %s; the model holds %s",
               name_of (build->self, mutual_bods_interest_get_interested_party (interest)),
               mutual_bods_interest_get_interest_type (interest),
               name_of (build->self, mutual_bods_interest_get_subject (interest)), range, chosen);
  return TRUE;
}

static gboolean
add_share (MutualFraction        *total,
           gboolean              *has,
           const MutualFraction  *share,
           Statement             *st,
           GError               **error)
{
  if (!*has)
    {
      *total = *share;
      *has = TRUE;
      return TRUE;
    }
  if (!mutual_fraction_add (total, share, total))
    return fail (error, MUTUAL_ERROR_OVERFLOW, st, "the shares declared cannot be added exactly");
  return TRUE;
}

static guint
directors_in_details (const char *details)
{
  unsigned int n = 0;

  if (details != NULL && sscanf (details, "appoints %u director", &n) == 1)
    return n;
  return 0;
}

static gboolean
collect_interest (Build               *build,
                  Statement           *st,
                  MutualBodsInterest  *interest,
                  GError             **error)
{
  const char *type = mutual_bods_interest_get_interest_type (interest);
  const char *subject = st->subject, *holder = st->interested_party;
  PartyInfo *subject_info = g_hash_table_lookup (build->parties, subject);
  HolderInfo *h;
  MutualFraction share;
  gboolean has_share;

  if (type == NULL || mutual_bods_interest_get_directness (interest) == MUTUAL_DIRECTNESS_INDIRECT)
    return TRUE;
  if (build->date != NULL && !mutual_bods_interest_is_in_force (interest, build->date))
    return TRUE;
  if (build->date == NULL && mutual_bods_interest_get_end_date (interest) != NULL)
    return TRUE;

  if (g_str_equal (type, "trustee"))
    {
      if (mutual_party_kind_is_trust (subject_info->kind))
        g_ptr_array_add (subject_info->trustees, (gpointer) holder);
      return TRUE;
    }
  if (g_str_equal (type, "beneficiaryOfLegalArrangement"))
    {
      if (mutual_party_kind_is_trust (subject_info->kind) &&
          g_strcmp0 (mutual_bods_interest_get_details (interest), MUTUAL_BODS_EMPLOYEES_DETAILS) == 0)
        subject_info->beneficiary_employer = holder;
      return TRUE;
    }

  has_share = representative_share (build, st, interest, &share);
  if (g_str_equal (type, "shareholding") || g_str_equal (type, "votingRights") ||
      g_str_equal (type, "rightsToProfitOrIncome") || g_str_equal (type, "rightsToSurplusAssetsOnDissolution"))
    {
      if (!has_share)
        return TRUE;
      h = holder_info (build, subject, holder);
      if (mutual_bods_interest_get_directness (interest) == MUTUAL_DIRECTNESS_UNKNOWN)
        h->unknown_directness = TRUE;
      if (g_str_equal (type, "shareholding"))
        {
          h->details[MUTUAL_DIMENSION_SHARES] = mutual_bods_interest_get_details (interest);
          return add_share (&h->shares, &h->has_shares, &share, st, error);
        }
      if (g_str_equal (type, "votingRights"))
        {
          h->details[MUTUAL_DIMENSION_VOTES] = mutual_bods_interest_get_details (interest);
          return add_share (&h->votes, &h->has_votes, &share, st, error);
        }
      if (g_str_equal (type, "rightsToProfitOrIncome"))
        {
          h->details[MUTUAL_DIMENSION_PROFITS] = mutual_bods_interest_get_details (interest);
          return add_share (&h->profits, &h->has_profits, &share, st, error);
        }
      h->details[MUTUAL_DIMENSION_CAPITAL] = mutual_bods_interest_get_details (interest);
      return add_share (&h->capital, &h->has_capital, &share, st, error);
    }
  if (g_str_equal (type, "appointmentOfBoard"))
    {
      h = holder_info (build, subject, holder);
      if (has_share && !mutual_fraction_is_zero (&share))
        return add_share (&h->board, &h->has_board, &share, st, error);
      h->board_directors = directors_in_details (mutual_bods_interest_get_details (interest));
      if (h->board_directors == 0)
        h->board_all = TRUE;
      return TRUE;
    }
  if (g_str_equal (type, "controlViaCompanyRulesOrArticles"))
    {
      h = holder_info (build, subject, holder);
      h->golden = TRUE;
    }
  return TRUE;
}

static gint64
gcd64 (gint64 a,
       gint64 b)
{
  while (b != 0)
    {
      gint64 t = a % b;

      a = b;
      b = t;
    }
  return a;
}

/* Whole numbers in the proportions of the fractions: the least common
 * denominator is the total, so each fraction is exactly count / total.
 * Past @limit the fractions are rounded to billionths (and a warning
 * says so). */
static gint64
scale_counts (GArray    *fractions,
              gint64     limit,
              gint64    *counts,
              gboolean  *rounded)
{
  gint64 total = 1;

  *rounded = FALSE;
  for (guint i = 0; i < fractions->len; i++)
    {
      MutualFraction *f = &g_array_index (fractions, MutualFraction, i);
      gint64 g = gcd64 (total, f->denominator);

      if (total / g > limit / f->denominator)
        {
          *rounded = TRUE;
          total = MIN (limit, 1000000000);
          break;
        }
      total = total / g * f->denominator;
    }
  for (guint i = 0; i < fractions->len; i++)
    {
      MutualFraction *f = &g_array_index (fractions, MutualFraction, i);

      if (*rounded)
        counts[i] = (gint64) llroundl ((long double) f->numerator * total / f->denominator);
      else
        counts[i] = f->numerator * (total / f->denominator);
    }
  return total;
}

static const char *
undisclosed_party (Build      *build,
                   const char *subject)
{
  g_autofree char *id = g_strconcat (subject, MUTUAL_BODS_UNDISCLOSED_SUFFIX, NULL);
  PartyInfo *info = g_hash_table_lookup (build->parties, id);

  if (info == NULL)
    {
      PartyInfo *subject_info = g_hash_table_lookup (build->parties, subject);
      g_autofree char *name = g_strdup_printf ("Undisclosed holders in %s", subject_info->name);

      /* owned by the party's info, not interned: an interned string
       * made from input is never freed (and GLib drops its quark array
       * every 2048 quarks: LeakSanitizer saw 16 KB at the end of a
       * psc-jsonl run) */
      info = g_new0 (PartyInfo, 1);
      info->id = info->owned_id = g_steal_pointer (&id);
      info->name = info->owned_name = g_steal_pointer (&name);
      info->kind = MUTUAL_PARTY_KIND_COMPANY;
      info->trustees = g_ptr_array_new ();
      g_hash_table_insert (build->parties, (gpointer) info->id, info);
      g_ptr_array_add (build->party_order, info);
    }
  return info->id;
}

typedef enum {
  PICK_SHARES,
  PICK_VOTES,
} Pick;

/* The holders' shares or votes in a subject as whole numbers, plus the
 * undisclosed rest when they add up to less than the whole. Returns the
 * holders (HolderInfo or NULL for the rest) and their counts. */
static void
counts_for (Build       *build,
            SubjectInfo *info,
            Pick         pick,
            gint64       limit,
            GPtrArray   *holders,
            GArray      *counts)
{
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (MutualFraction));
  g_autofree gint64 *values = NULL;
  MutualFraction sum;
  gint64 total, given = 0;
  gboolean rounded;

  mutual_fraction_init (&sum, 0, 1);
  for (guint i = 0; i < info->holders->len; i++)
    {
      HolderInfo *h = g_ptr_array_index (info->holders, i);
      gboolean has = pick == PICK_SHARES ? h->has_shares : h->has_votes;
      MutualFraction *value = pick == PICK_SHARES ? &h->shares : &h->votes;

      if (!has || mutual_fraction_is_zero (value))
        continue;
      g_ptr_array_add (holders, h);
      g_array_append_val (fractions, *value);
    }
  if (fractions->len == 0)
    return;
  values = g_new0 (gint64, fractions->len + 1);
  total = scale_counts (fractions, limit, values, &rounded);
  for (guint i = 0; i < fractions->len; i++)
    {
      g_array_append_val (counts, values[i]);
      given += values[i];
    }
  if (rounded)
    add_finding (build->findings, "bods.share.rounded", MUTUAL_SEVERITY_WARNING, CITATION_SHARES, NULL,
                 "the %s declared in %s have no common denominator small enough; they are rounded to %" G_GINT64_FORMAT "ths",
                 pick == PICK_SHARES ? "shares" : "votes", name_of (build->self, info->subject), total);
  if (given < total)
    {
      gint64 rest = total - given;

      g_ptr_array_add (holders, NULL);
      g_array_append_val (counts, rest);
    }
  else if (given > total)
    add_finding (build->findings, "bods.share.over-whole", MUTUAL_SEVERITY_WARNING, CITATION_SHARES, NULL,
                 "the %s declared in %s add up to more than 100%% (%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "); "
                 "the model keeps them in proportion", pick == PICK_SHARES ? "shares" : "votes",
                 name_of (build->self, info->subject), given, total);
}

static gboolean
add_class_and_holdings (Build        *build,
                        SubjectInfo  *info,
                        const char   *suffix,
                        const char   *name,
                        Pick          pick,
                        guint         votes_per_share,
                        guint         weight,
                        gint64        nominal,
                        GError      **error)
{
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *class_id = g_strconcat (info->subject, suffix, NULL);
  g_autoptr(MutualShareClass) klass = NULL;

  counts_for (build, info, pick, 1000000000000000, holders, counts);
  if (holders->len == 0)
    return TRUE;
  klass = g_object_new (MUTUAL_TYPE_SHARE_CLASS, "id", class_id, "issuer", info->subject, "name", name,
                        "votes-per-share", votes_per_share, "dividend-weight", weight, "capital-weight", weight,
                        "nominal-value", nominal, "ordinary", weight > 0, NULL);
  if (!mutual_model_add_share_class (build->model, klass, error))
    return FALSE;
  for (guint i = 0; i < holders->len; i++)
    {
      HolderInfo *h = g_ptr_array_index (holders, i);
      const char *holder = h != NULL ? h->holder : undisclosed_party (build, info->subject);

      if (!mutual_model_set_holding (build->model, holder, class_id, g_array_index (counts, gint64, i), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_memberships (Build        *build,
                 SubjectInfo  *info,
                 GError      **error)
{
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (gint64));

  counts_for (build, info, PICK_VOTES, 1000000000, holders, counts);
  for (guint i = 0; i < holders->len; i++)
    {
      HolderInfo *h = g_ptr_array_index (holders, i);
      const char *member = h != NULL ? h->holder : undisclosed_party (build, info->subject);
      g_autoptr(MutualMembership) membership =
        mutual_membership_new (member, info->subject, (guint) g_array_index (counts, gint64, i));

      if (!mutual_model_add_membership (build->model, membership, error))
        return FALSE;
    }
  return TRUE;
}

/* Rights by agreement in one dimension, kept within the whole. */
static gboolean
add_agreement_rights (Build            *build,
                      SubjectInfo      *info,
                      MutualDimension   dimension,
                      GError          **error)
{
  MutualFraction sum;

  mutual_fraction_init (&sum, 0, 1);
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < info->holders->len; i++)
      {
        HolderInfo *h = g_ptr_array_index (info->holders, i);
        MutualFraction *value = NULL;
        g_autoptr(MutualAgreementRight) right = NULL;

        switch (dimension)
          {
          case MUTUAL_DIMENSION_SHARES:
            value = h->has_shares ? &h->shares : NULL;
            break;
          case MUTUAL_DIMENSION_VOTES:
            value = h->has_votes ? &h->votes : NULL;
            break;
          case MUTUAL_DIMENSION_PROFITS:
            value = h->has_profits && !h->has_shares ? &h->profits : NULL;
            break;
          case MUTUAL_DIMENSION_CAPITAL:
          default:
            value = h->has_capital && !h->has_shares ? &h->capital : NULL;
            break;
          }
        if (pass == 0)
          {
            if (value == NULL || !mutual_fraction_add (&sum, value, &sum))
              continue;
            continue;
          }
        if (mutual_fraction_compare_ratio (&sum, 1, 1) > 0)
          {
            add_finding (build->findings, "bods.share.over-whole", MUTUAL_SEVERITY_WARNING, CITATION_SHARES, NULL,
                         "the rights to %s declared in %s add up to more than 100%%; they are left out of the model",
                         mutual_dimension_to_string (dimension), name_of (build->self, info->subject));
            return TRUE;
          }
        if (value == NULL && !(dimension == MUTUAL_DIMENSION_VOTES && h->golden))
          continue;
        right = g_object_new (MUTUAL_TYPE_AGREEMENT_RIGHT, "holder", h->holder, "company", info->subject,
                              "dimension", dimension, "share", value ? value : &(MutualFraction) { 0, 1 },
                              "veto", dimension == MUTUAL_DIMENSION_VOTES && h->golden,
                              "source", h->details[dimension] ? h->details[dimension] : "BODS relationship", NULL);
        if (!mutual_model_add_agreement_right (build->model, right, error))
          return FALSE;
      }
  return TRUE;
}

static gboolean
add_board_rights (Build        *build,
                  SubjectInfo  *info,
                  GError      **error)
{
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (MutualFraction));
  g_autoptr(GPtrArray) sized = g_ptr_array_new ();
  g_autofree gint64 *counts = NULL;
  PartyInfo *party = g_hash_table_lookup (build->parties, info->subject);
  gint64 size = 0;
  gboolean rounded, any = FALSE, any_stated = FALSE;

  for (guint i = 0; i < info->holders->len; i++)
    {
      HolderInfo *h = g_ptr_array_index (info->holders, i);

      if (h->has_board)
        {
          g_ptr_array_add (sized, h);
          g_array_append_val (fractions, h->board);
        }
      any = any || h->has_board || h->board_all || h->board_directors > 0;
      any_stated = any_stated || h->board_directors > 0;
    }
  if (!any)
    return TRUE;
  counts = g_new0 (gint64, fractions->len + 1);
  if (fractions->len > 0)
    size = scale_counts (fractions, 10000, counts, &rounded);
  else if (!any_stated)
    size = 1;
  party->board_size = (guint) size;
  for (guint i = 0, k = 0; i < info->holders->len; i++)
    {
      HolderInfo *h = g_ptr_array_index (info->holders, i);
      gint64 directors;
      g_autoptr(MutualBoardRight) right = NULL;

      if (h->has_board)
        directors = counts[k++];
      else if (h->board_directors > 0)
        directors = h->board_directors;
      else if (h->board_all)
        directors = MAX (size, 1);
      else
        continue;
      right = mutual_board_right_new (h->holder, info->subject, (guint) directors);
      if (!mutual_model_add_board_right (build->model, right, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
issues_shares (MutualPartyKind kind)
{
  return kind == MUTUAL_PARTY_KIND_COMPANY || kind == MUTUAL_PARTY_KIND_COOPERATIVE ||
         kind == MUTUAL_PARTY_KIND_COMMUNITY_BENEFIT_SOCIETY;
}

static gboolean
votes_equal_shares (SubjectInfo *info)
{
  gboolean any_shares = FALSE, any_votes = FALSE;

  for (guint i = 0; i < info->holders->len; i++)
    {
      HolderInfo *h = g_ptr_array_index (info->holders, i);

      any_shares = any_shares || h->has_shares;
      any_votes = any_votes || h->has_votes;
    }
  if (!any_shares || !any_votes)
    return TRUE;
  for (guint i = 0; i < info->holders->len; i++)
    {
      HolderInfo *h = g_ptr_array_index (info->holders, i);

      if (h->has_shares != h->has_votes || (h->has_shares && !mutual_fraction_equal (&h->shares, &h->votes)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_subject (Build        *build,
             SubjectInfo  *info,
             GError      **error)
{
  PartyInfo *party = g_hash_table_lookup (build->parties, info->subject);
  const char *name = party->name;
  gboolean per_member = mutual_party_kind_get_vote_basis (party->kind) == MUTUAL_VOTE_BASIS_PER_MEMBER;
  gboolean any_shares = FALSE, any_golden = FALSE;

  for (guint i = 0; i < info->holders->len; i++)
    {
      HolderInfo *h = g_ptr_array_index (info->holders, i);

      any_shares = any_shares || h->has_shares;
      any_golden = any_golden || h->golden;
      if (h->unknown_directness)
        add_finding (build->findings, "bods.interest.unknown-directness", MUTUAL_SEVERITY_WARNING, CITATION_RECORDS, NULL,
                     "%s's interest in %s is neither direct nor indirect in the data; it is modelled as direct",
                     name_of (build->self, h->holder), name);
    }

  if (issues_shares (party->kind))
    {
      g_autofree char *shares_name = g_strdup_printf ("Shares in %s (from BODS percentages)", name);
      g_autofree char *votes_name = g_strdup_printf ("Votes in %s (from BODS percentages)", name);

      if (per_member)
        {
          if (!add_class_and_holdings (build, info, MUTUAL_BODS_CLASS_SHARES, shares_name, PICK_SHARES, 0, 1, 1, error) ||
              !add_memberships (build, info, error))
            return FALSE;
        }
      else if (votes_equal_shares (info))
        {
          if (any_shares)
            {
              if (!add_class_and_holdings (build, info, MUTUAL_BODS_CLASS_ORDINARY, shares_name, PICK_SHARES, 1, 1, 1, error))
                return FALSE;
            }
          else if (!add_class_and_holdings (build, info, MUTUAL_BODS_CLASS_VOTES, votes_name, PICK_VOTES, 1, 0, 0, error))
            return FALSE;
        }
      else if (!add_class_and_holdings (build, info, MUTUAL_BODS_CLASS_SHARES, shares_name, PICK_SHARES, 0, 1, 1, error) ||
               !add_class_and_holdings (build, info, MUTUAL_BODS_CLASS_VOTES, votes_name, PICK_VOTES, 1, 0, 0, error))
        return FALSE;
      if (any_golden)
        {
          g_autofree char *class_id = g_strconcat (info->subject, MUTUAL_BODS_CLASS_GOLDEN, NULL);
          g_autofree char *golden_name = g_strdup_printf ("Special rights in %s under its articles", name);
          g_autoptr(MutualShareClass) klass =
            g_object_new (MUTUAL_TYPE_SHARE_CLASS, "id", class_id, "issuer", info->subject, "name", golden_name,
                          "votes-per-share", 0, "dividend-weight", 0, "capital-weight", 0, "nominal-value", (gint64) 0,
                          "ordinary", FALSE, "special-rights", MUTUAL_SPECIAL_RIGHTS_VETO_RESERVED_MATTERS, NULL);

          if (!mutual_model_add_share_class (build->model, klass, error))
            return FALSE;
          for (guint i = 0; i < info->holders->len; i++)
            {
              HolderInfo *h = g_ptr_array_index (info->holders, i);

              if (h->golden && !mutual_model_set_holding (build->model, h->holder, class_id, 1, error))
                return FALSE;
            }
        }
    }
  else
    {
      if (!add_agreement_rights (build, info, MUTUAL_DIMENSION_SHARES, error))
        return FALSE;
      if (per_member)
        {
          if (!add_memberships (build, info, error))
            return FALSE;
        }
      else if (!add_agreement_rights (build, info, MUTUAL_DIMENSION_VOTES, error))
        return FALSE;
    }
  return add_agreement_rights (build, info, MUTUAL_DIMENSION_PROFITS, error) &&
         add_agreement_rights (build, info, MUTUAL_DIMENSION_CAPITAL, error) &&
         add_board_rights (build, info, error);
}

/* The latest date the data mentions: statements and the start of
 * interests. The default model shows that day. */
static char *
latest_date (MutualBodsPackage *self)
{
  const char *latest = NULL;

  for (guint i = 0; i < self->statements->len; i++)
    {
      Statement *st = g_ptr_array_index (self->statements, i);

      if (st->date != NULL && g_strcmp0 (st->date, latest) > 0)
        latest = st->date;
      for (guint j = 0; j < st->interests->len; j++)
        {
          const char *start = mutual_bods_interest_get_start_date (g_ptr_array_index (st->interests, j));

          if (start != NULL && g_strcmp0 (start, latest) > 0)
            latest = start;
        }
    }
  return g_strdup (latest);
}

static MutualModel *
build_model (MutualBodsPackage  *self,
             const char         *date,
             GPtrArray          *findings,
             GError            **error)
{
  g_autoptr(GHashTable) parties = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) party_info_free);
  g_autoptr(GHashTable) subjects = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) subject_info_free);
  g_autoptr(GPtrArray) party_order = g_ptr_array_new ();
  g_autoptr(GPtrArray) subject_order = g_ptr_array_new ();
  g_autoptr(MutualModel) model = mutual_model_new ();
  g_autofree char *name = NULL, *source = NULL;
  Build build = { self, findings, date, parties, party_order, subjects, subject_order, model };
  GHashTableIter iter;
  gpointer key, value;
  const char *sources[2] = { NULL, NULL };

  /* parties */
  for (guint i = 0; i < self->record_order->len; i++)
    {
      Record *record = g_ptr_array_index (self->record_order, i);
      Statement *st = record->placeholder ? NULL : current_statement (&build, record);
      PartyInfo *info;

      if (record->type == RECORD_RELATIONSHIP || (!record->placeholder && (st == NULL || st->status == MUTUAL_RECORD_STATUS_CLOSED)))
        continue;
      info = g_new0 (PartyInfo, 1);
      info->id = record->id;
      info->trustees = g_ptr_array_new ();
      if (st != NULL)
        {
          info->name = st->name;
          info->kind = st->kind;
          info->company_number = st->company_number;
          info->keeps_register = st->keeps_register;
        }
      else
        {
          info->name = record->id;
          info->kind = MUTUAL_PARTY_KIND_COMPANY;
        }
      g_hash_table_insert (parties, (gpointer) info->id, info);
      g_ptr_array_add (party_order, info);
    }

  /* what the relationships in force say */
  for (guint i = 0; i < self->record_order->len; i++)
    {
      Record *record = g_ptr_array_index (self->record_order, i);
      Statement *st = current_statement (&build, record);

      if (record->type != RECORD_RELATIONSHIP || st == NULL || st->status == MUTUAL_RECORD_STATUS_CLOSED ||
          st->subject == NULL || st->interested_party == NULL)
        continue;
      if (!g_hash_table_contains (parties, st->subject) || !g_hash_table_contains (parties, st->interested_party))
        {
          add_finding (findings, "bods.relationship.orphan", MUTUAL_SEVERITY_WARNING, CITATION_RECORDS, st,
                       "%s: the relationship names a party that is closed or not yet declared on %s; it is left out",
                       st->path, date ? date : "the latest date");
          continue;
        }
      for (guint j = 0; j < st->interests->len; j++)
        if (!collect_interest (&build, st, g_ptr_array_index (st->interests, j), error))
          return NULL;
    }

  /* component shares the declared indirect figures imply */
  g_hash_table_iter_init (&iter, self->inferred);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(GStrv) parts = g_strsplit (key, "\x1f", 2);
      const char *subject, *holder;
      HolderInfo *h;

      if (!g_hash_table_contains (parties, parts[0]) || !g_hash_table_contains (parties, parts[1]))
        continue;
      subject = ((PartyInfo *) g_hash_table_lookup (parties, parts[0]))->id;
      holder = ((PartyInfo *) g_hash_table_lookup (parties, parts[1]))->id;
      h = holder_info (&build, subject, holder);
      if (h->has_shares)
        continue;
      h->shares = *(MutualFraction *) value;
      h->has_shares = TRUE;
    }

  /* parties first (their trustees and boards are known now), then the rest */
  {
    g_autoptr(MutualModel) items = mutual_model_new ();

    build.model = items;
    for (guint i = 0; i < subject_order->len; i++)
      if (!add_subject (&build, g_ptr_array_index (subject_order, i), error))
        return NULL;
    build.model = model;
    for (guint i = 0; i < party_order->len; i++)
      {
        PartyInfo *info = g_ptr_array_index (party_order, i);
        g_autoptr(GPtrArray) trustees = g_ptr_array_copy (info->trustees, NULL, NULL);
        g_autoptr(MutualParty) party = NULL;

        g_ptr_array_add (trustees, NULL);
        party = g_object_new (MUTUAL_TYPE_PARTY, "id", info->id, "name", info->name, "kind", info->kind,
                              "company-number", info->company_number, "keeps-psc-register", info->keeps_register,
                              "board-size", info->board_size, "trustees", trustees->pdata,
                              "beneficiary-employer", info->beneficiary_employer, NULL);
        if (!mutual_model_add_party (model, party, error))
          return NULL;
      }
    for (MutualCollection c = MUTUAL_COLLECTION_SHARE_CLASSES; c <= MUTUAL_COLLECTION_AGREEMENT_RIGHTS; c++)
      {
        GPtrArray *array = mutual_model_get_array (items, c);

        for (guint i = 0; i < array->len; i++)
          if (!mutual_model_add_item (model, c, g_ptr_array_index (array, i), error))
            return NULL;
      }
  }

  name = g_strdup_printf ("Beneficial ownership data (BODS %s), %u statements", self->version, self->statements->len);
  source = g_strdup_printf ("Beneficial Ownership Data Standard %s data: %u statements, %u records",
                            self->version, self->statements->len, self->record_order->len);
  sources[0] = source;
  mutual_model_set_name (model, name);
  mutual_model_set_date (model, date);
  mutual_model_set_sources (model, sources);
  if (!mutual_model_validate (model, error))
    return NULL;
  return g_steal_pointer (&model);
}

/* --- reading a file --- */

/* Nesting depth, checked on the raw text before json-glib recurses into it.
 * (Unlike the model format, huge integers are not an error here: BODS ids
 * published as numbers are reported by the schema check.) */
static gboolean
check_depth (const char  *data,
             gsize        length,
             GError     **error)
{
  int depth = 0;
  gboolean in_string = FALSE;

  if (length > MUTUAL_JSON_MAX_SIZE)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT, "the data is %" G_GSIZE_FORMAT " bytes; the limit is %d MiB",
                   length, MUTUAL_JSON_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }
  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if ((c == '[' || c == '{') && ++depth > MUTUAL_JSON_MAX_DEPTH)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                       "byte %" G_GSIZE_FORMAT ": arrays and objects are nested more than %d deep", i, MUTUAL_JSON_MAX_DEPTH);
          return FALSE;
        }
      else if (c == ']' || c == '}')
        depth--;
    }
  return TRUE;
}

GPtrArray *
mutual_json_split_lines (const char *data,
                         gsize       length)
{
  g_autofree char *copy = g_strndup (data, length);
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      char *line = g_strstrip (lines[i]);

      if (*line == '\0')
        continue;
      if (*line != '{' || !mutual_json_check_syntax (line, strlen (line), NULL) ||
          !json_parser_load_from_data (parser, line, -1, NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        return NULL;
      g_ptr_array_add (nodes, json_node_copy (json_parser_get_root (parser)));
    }
  return nodes->len >= 2 ? g_steal_pointer (&nodes) : NULL;
}

/* One JSON array of statements, one statement, or JSON Lines. */
static JsonArray *
parse_statements (const char          *data,
                  gsize                length,
                  MutualBodsReadFlags  flags,
                  GPtrArray           *findings,
                  GError             **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;
  JsonNode *root;
  JsonArray *array;

  if (!check_depth (data, length, error))
    return NULL;
  {
    g_autoptr(GPtrArray) lines = mutual_json_split_lines (data, length);

    if (lines != NULL)
      {
        array = json_array_new ();
        for (guint i = 0; i < lines->len; i++)
          json_array_add_element (array, json_node_copy (g_ptr_array_index (lines, i)));
        return array;
      }
  }
  if (mutual_json_check_syntax (data, length, &local) &&
      json_parser_load_from_data (parser, data, length, &local))
    {
      root = json_parser_get_root (parser);
      if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
        return json_array_ref (json_node_get_array (root));
      if (root != NULL && JSON_NODE_HOLDS_OBJECT (root) && (flags & MUTUAL_BODS_READ_STRICT))
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE, "$: BODS data is an array of statements, not one statement");
          return NULL;
        }
      if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
        {
          add_finding (findings, "bods.tolerated.array", MUTUAL_SEVERITY_WARNING, CITATION_04, NULL,
                       "$: one statement where an array of statements belongs, read as an array of one");
          array = json_array_new ();
          json_array_add_element (array, json_node_copy (root));
          return array;
        }
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE, "$: BODS data is an array of statements");
      return NULL;
    }
  else
    {
      /* @data need not be nul-terminated */
      g_autofree char *copy = g_strndup (data, length);
      g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);
      guint n = 0;

      if (local->domain == MUTUAL_ERROR && local->code == MUTUAL_ERROR_LIMIT)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }

      /* JSON Lines: one statement per line */
      array = json_array_new ();
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autoptr(JsonParser) line_parser = json_parser_new ();
          g_autoptr(GError) line_error = NULL;

          if (*g_strstrip (lines[i]) == '\0')
            continue;
          if (!mutual_json_check_syntax (lines[i], strlen (lines[i]), &line_error) ||
              !json_parser_load_from_data (line_parser, lines[i], -1, &line_error) ||
              !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (line_parser)))
            {
              json_array_unref (array);
              if (n == 0)
                g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE, "the data is not JSON: %s", local->message);
              else
                g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE, "line %u: not a JSON statement: %s", i + 1,
                             line_error ? line_error->message : "not an object");
              return NULL;
            }
          json_array_add_element (array, json_node_copy (json_parser_get_root (line_parser)));
          n++;
        }
      if (n == 0)
        {
          json_array_unref (array);
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE, "the data is not JSON: %s", local->message);
          return NULL;
        }
      return array;
    }
}

/* 0.4 records, or 0.2/0.3 statements: the first statement that says. */
static void
detect_version (MutualBodsPackage *self,
                JsonArray         *statements)
{
  gboolean has_03 = FALSE;

  for (guint i = 0; i < json_array_get_length (statements); i++)
    {
      JsonNode *node = json_array_get_element (statements, i);
      JsonObject *object, *publication;
      const char *stated = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      publication = get_object (object, "publicationDetails");
      if (publication != NULL)
        stated = get_string (publication, "bodsVersion");
      if (json_object_has_member (object, "recordId") || json_object_has_member (object, "recordType") ||
          json_object_has_member (object, "recordDetails"))
        {
          self->version = g_strdup ("0.4");
          return;
        }
      if (json_object_has_member (object, "statementID") || json_object_has_member (object, "statementType"))
        {
          self->legacy = TRUE;
          if (stated != NULL && (g_str_equal (stated, "0.2") || g_str_equal (stated, "0.3") || g_str_equal (stated, "0.1")))
            {
              self->version = g_strdup (stated);
              return;
            }
          has_03 = has_03 || json_object_has_member (object, "isComponent") ||
                   json_object_has_member (object, "componentStatementIDs");
        }
    }
  self->version = g_strdup (self->legacy ? (has_03 ? "0.3" : "0.2") : "0.4");
}

/**
 * mutual_bods_package_new_from_data:
 * @data: (array length=length) (element-type guint8): BODS data: a JSON
 *   array of statements, one statement, or JSON Lines
 * @length: the length of @data, or -1 if it ends with a zero byte
 * @flags: how strictly to read
 * @error: return location for a #GError
 *
 * Reads BODS data, detecting its version (0.2, 0.3 or 0.4), and builds the
 * model it implies. See [class@Mutual.BodsPackage] for what is read as
 * what, what is tolerated with a warning and what is an error.
 *
 * Returns: (transfer full): the package, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualBodsPackage *
mutual_bods_package_new_from_data (const char           *data,
                                   gssize                length,
                                   MutualBodsReadFlags   flags,
                                   GError              **error)
{
  g_autoptr(MutualBodsPackage) self = NULL;
  g_autoptr(JsonArray) statements = NULL;
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *date = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);
  self = g_object_new (MUTUAL_TYPE_BODS_PACKAGE, NULL);
  self->flags = flags;
  statements = parse_statements (data, length, flags, findings, error);
  if (statements == NULL)
    return NULL;
  detect_version (self, statements);
  if (self->legacy && !assign_legacy_records (self, statements, findings, error))
    return NULL;
  for (guint i = 0; i < json_array_get_length (statements); i++)
    {
      JsonNode *node = json_array_get_element (statements, i);

      if (self->legacy ? !read_statement_legacy (self, node, i, findings, error)
                       : !read_statement_04 (self, node, i, findings, error))
        return NULL;
    }
  if (!check_references (self, findings, error))
    return NULL;
  build_history (self);
  {
    g_autoptr(GPtrArray) indirect = g_ptr_array_new_with_free_func (g_object_unref);

    check_indirect (self, indirect);
    for (guint i = 0; i < indirect->len; i++)
      {
        g_ptr_array_add (findings, g_object_ref (g_ptr_array_index (indirect, i)));
        mutual_item_list_append (self->indirect_findings, g_ptr_array_index (indirect, i));
      }
  }
  date = latest_date (self);
  self->model = build_model (self, date, findings, error);
  if (self->model == NULL)
    return NULL;
  for (guint i = 0; i < findings->len; i++)
    mutual_item_list_append (self->findings, g_ptr_array_index (findings, i));
  return g_steal_pointer (&self);
}

/**
 * mutual_bods_package_new_from_file:
 * @path: (type filename): a BODS file
 * @flags: how strictly to read
 * @error: return location for a #GError
 *
 * Reads a BODS file: see [ctor@Mutual.BodsPackage.new_from_data].
 *
 * Returns: (transfer full): the package, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualBodsPackage *
mutual_bods_package_new_from_file (const char           *path,
                                   MutualBodsReadFlags   flags,
                                   GError              **error)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr(GError) local = NULL;
  MutualBodsPackage *package;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* bounded: a file over the limit, a pipe or a device is refused */
  if (!mutual_json_read_file (path, &data, &length, error))
    return NULL;
  package = mutual_bods_package_new_from_data (data, length, flags, &local);
  if (package == NULL)
    g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", path, local->message);
  return package;
}

/**
 * mutual_bods_package_get_version:
 * @self: a #MutualBodsPackage
 *
 * Gets [property@Mutual.BodsPackage:version].
 *
 * Returns: the BODS version of the data
 *
 * Since: 1.0
 */
const char *
mutual_bods_package_get_version (MutualBodsPackage *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_PACKAGE (self), NULL);
  return self->version;
}

/**
 * mutual_bods_package_get_n_statements:
 * @self: a #MutualBodsPackage
 *
 * The number of statements read.
 *
 * Returns: the number of statements
 *
 * Since: 1.0
 */
guint
mutual_bods_package_get_n_statements (MutualBodsPackage *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_PACKAGE (self), 0);
  return self->statements->len;
}

/**
 * mutual_bods_package_get_model:
 * @self: a #MutualBodsPackage
 *
 * Gets [property@Mutual.BodsPackage:model]: the model on the latest date
 * the data mentions (its statements and the start of its interests).
 *
 * Returns: (transfer none): the model
 *
 * Since: 1.0
 */
MutualModel *
mutual_bods_package_get_model (MutualBodsPackage *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_PACKAGE (self), NULL);
  return self->model;
}

/**
 * mutual_bods_package_dup_model_at:
 * @self: a #MutualBodsPackage
 * @date: an ISO 8601 date
 *
 * The model on @date: each record as its last statement dated on or before
 * @date left it (closed records are gone), with the interests held on
 * @date.
 *
 * Returns: (transfer full): a new model, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualModel *
mutual_bods_package_dup_model_at (MutualBodsPackage  *self,
                                  const char         *date,
                                  GError            **error)
{
  MutualDay day;

  g_return_val_if_fail (MUTUAL_IS_BODS_PACKAGE (self), NULL);
  g_return_val_if_fail (date != NULL && mutual_day_parse (date, &day, NULL), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return build_model (self, date, NULL, error);
}

/**
 * mutual_bods_package_get_interests:
 * @self: a #MutualBodsPackage
 *
 * The interests as the data last declares them: those of each
 * relationship's latest statement, ended ones included.
 *
 * Returns: (transfer none): a list model of [class@Mutual.BodsInterest]
 *
 * Since: 1.0
 */
GListModel *
mutual_bods_package_get_interests (MutualBodsPackage *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_PACKAGE (self), NULL);
  return G_LIST_MODEL (self->interests);
}

/**
 * mutual_bods_package_get_changes:
 * @self: a #MutualBodsPackage
 *
 * The data's history: one [class@Mutual.BodsChange] per statement, in date
 * order (statements of the same date in file order, undated ones first).
 *
 * Returns: (transfer none): a list model of [class@Mutual.BodsChange]
 *
 * Since: 1.0
 */
GListModel *
mutual_bods_package_get_changes (MutualBodsPackage *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_PACKAGE (self), NULL);
  return G_LIST_MODEL (self->changes);
}

/**
 * mutual_bods_package_get_findings:
 * @self: a #MutualBodsPackage
 *
 * What the reader noticed: departures from the schema it tolerated
 * (`bods.schema`, `bods.tolerated.*`), floating-point noise
 * (`bods.share.float-noise`), ranges modelled at a point
 * (`bods.share.range`), undisclosed parties (`bods.unspecified`), and the
 * checks of indirect figures against their components (`bods.indirect.*`,
 * also in [method@Mutual.BodsPackage.check_indirect]).
 *
 * Returns: (transfer none): a list model of [class@Mutual.Finding]
 *
 * Since: 1.0
 */
GListModel *
mutual_bods_package_get_findings (MutualBodsPackage *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_PACKAGE (self), NULL);
  return G_LIST_MODEL (self->findings);
}

/**
 * mutual_bods_package_check_indirect:
 * @self: a #MutualBodsPackage
 *
 * The declared indirect shareholdings and voting rights, recomputed from
 * the relationships they list as components: the product of the shares
 * along each chain from the interested party to the subject, summed over
 * the chains.
 *
 * - `bods.indirect.agrees`: the components give the declared figure;
 * - `bods.indirect.disagrees`: they give another one (a warning);
 * - `bods.indirect.component-share`: one component's share is missing, and
 *   the finding says what it would have to be (for a person declared to
 *   hold 30% of A through B, which holds 60% of A: 50% of B). The model
 *   holds that share;
 * - `bods.indirect.underdetermined`: several are missing; the finding gives
 *   the equation they must satisfy;
 * - `bods.indirect.unconnected`, `bods.indirect.no-components`.
 *
 * Returns: (transfer none): a list model of [class@Mutual.Finding]
 *
 * Since: 1.0
 */
GListModel *
mutual_bods_package_check_indirect (MutualBodsPackage *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_PACKAGE (self), NULL);
  return G_LIST_MODEL (self->indirect_findings);
}

typedef struct
{
  Statement *st;             /* the relationship that declares the indirect part */
  MutualFraction total;
  gboolean votes, indirect, incomplete;
} Declared;

/**
 * mutual_bods_package_check_look_through:
 * @self: a #MutualBodsPackage
 * @error: return location for a #GError
 *
 * Compares what the data declares a party holds in total, directly and
 * indirectly, with the look-through interest that [class@Mutual.Analysis]
 * computes from the model (component shares the data leaves out are those
 * [method@Mutual.BodsPackage.check_indirect] infers). For each relationship
 * with an indirect shareholding or voting rights, a finding
 * `bods.look-through.agrees` (within 10⁻⁹), `bods.look-through.disagrees`
 * (a warning) or `bods.look-through.incomplete` (when the data leaves out
 * component shares that cannot be inferred) gives both figures: for the Finnish state in Gasgrid, 100%
 * declared and 76.5% × 100% + 23.5% computed.
 *
 * Returns: (transfer full): a list model of [class@Mutual.Finding], or
 *   %NULL with @error set when the analysis fails (a cycle with no outside
 *   holder)
 *
 * Since: 1.0
 */
GListModel *
mutual_bods_package_check_look_through (MutualBodsPackage  *self,
                                        GError            **error)
{
  g_autoptr(MutualAnalysis) analysis = NULL;
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) pairs = NULL;
  g_autoptr(GPtrArray) order = NULL;
  MutualItemList *list;
  const char *date;

  g_return_val_if_fail (MUTUAL_IS_BODS_PACKAGE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  analysis = mutual_analysis_new (self->model);
  date = mutual_model_get_date (self->model);
  /* what each party is declared to hold in each subject, every current
   * relationship between them together (a direct and an indirect record) */
  pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  order = g_ptr_array_new ();
  for (guint i = 0; i < self->record_order->len; i++)
    {
      Record *record = g_ptr_array_index (self->record_order, i);
      Statement *st = record_last (record);

      if (record->type != RECORD_RELATIONSHIP || st == NULL || st->status == MUTUAL_RECORD_STATUS_CLOSED ||
          st->subject == NULL || st->interested_party == NULL ||
          mutual_model_lookup_party (self->model, st->subject) == NULL ||
          mutual_model_lookup_party (self->model, st->interested_party) == NULL)
        continue;
      for (guint j = 0; j < st->interests->len; j++)
        {
          MutualBodsInterest *interest = g_ptr_array_index (st->interests, j);
          const char *type = mutual_bods_interest_get_interest_type (interest);
          const MutualFraction *exact = mutual_bods_interest_get_share_exact (interest);
          g_autofree char *key = NULL;
          Declared *d;

          if ((g_strcmp0 (type, "shareholding") != 0 && g_strcmp0 (type, "votingRights") != 0) ||
              (date != NULL && !mutual_bods_interest_is_in_force (interest, date)))
            continue;
          key = g_strconcat (st->subject, "\x1f", st->interested_party, "\x1f", type, NULL);
          d = g_hash_table_lookup (pairs, key);
          if (d == NULL)
            {
              d = g_new0 (Declared, 1);
              d->st = st;
              d->votes = g_str_equal (type, "votingRights");
              mutual_fraction_init (&d->total, 0, 1);
              g_hash_table_insert (pairs, g_steal_pointer (&key), d);
              g_ptr_array_add (order, d);
            }
          if (mutual_bods_interest_get_directness (interest) == MUTUAL_DIRECTNESS_INDIRECT)
            {
              d->indirect = TRUE;
              d->st = st;
            }
          if (exact == NULL || !mutual_fraction_add (&d->total, exact, &d->total))
            d->incomplete = TRUE;
        }
    }
  for (guint i = 0; i < order->len; i++)
    {
      Declared *d = g_ptr_array_index (order, i);
      Statement *st = d->st;
      const char *type = d->votes ? "votingRights" : "shareholding";
      g_autoptr(MutualInterest) computed = NULL;
      g_autofree char *declared_text = NULL;
      double value;

      if (!d->indirect || d->incomplete)
        continue;
      computed = mutual_analysis_look_through_interest (analysis, st->interested_party, st->subject,
                                                        d->votes ? MUTUAL_DIMENSION_VOTES : MUTUAL_DIMENSION_SHARES,
                                                        error);
      if (computed == NULL)
        return NULL;
      value = mutual_interest_get_value (computed);
      declared_text = mutual_fraction_to_percent_string (&d->total);
      if (fabs (value - mutual_fraction_to_double (&d->total)) <= 1e-9)
        add_finding (findings, "bods.look-through.agrees", MUTUAL_SEVERITY_INFO, CITATION_INDIRECT, st,
                     "%s in %s: %s declared in all (%s); the model's look-through gives %.10g%%",
                     name_of (self, st->interested_party), name_of (self, st->subject), declared_text,
                     type, value * 100);
      else if (st->underdetermined)
        add_finding (findings, "bods.look-through.incomplete", MUTUAL_SEVERITY_INFO, CITATION_INDIRECT, st,
                     "%s in %s: %s declared in all (%s); the model's look-through gives %.10g%%, "
                     "because the data leaves component shares out",
                     name_of (self, st->interested_party), name_of (self, st->subject), declared_text,
                     type, value * 100);
      else
        add_finding (findings, "bods.look-through.disagrees", MUTUAL_SEVERITY_WARNING, CITATION_INDIRECT, st,
                     "%s in %s: %s declared in all (%s), but the model's look-through gives %.10g%%",
                     name_of (self, st->interested_party), name_of (self, st->subject), declared_text,
                     type, value * 100);
    }
  list = mutual_item_list_new (MUTUAL_TYPE_FINDING);
  for (guint i = 0; i < findings->len; i++)
    mutual_item_list_append (list, g_ptr_array_index (findings, i));
  return G_LIST_MODEL (list);
}
