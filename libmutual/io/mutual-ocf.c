/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "mutual-date-private.h"
#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-finding.h"
#include "mutual-fraction-private.h"
#include "mutual-item-list-private.h"
#include "mutual-json-private.h"
#include "mutual-model-private.h"
#include "mutual-ocf.h"

/**
 * MutualOcfPosition:
 *
 * A security outstanding after an Open Cap Table Format package's
 * transactions are replayed: who holds how many of what.
 *
 * Since: 1.0
 */
struct _MutualOcfPosition
{
  GObject parent_instance;

  char *security_id;
  char *stakeholder;
  char *kind;
  char *stock_class;
  char *quantity;
  char *issued_on;
};

G_DEFINE_FINAL_TYPE (MutualOcfPosition, mutual_ocf_position, G_TYPE_OBJECT)

static void
mutual_ocf_position_finalize (GObject *object)
{
  MutualOcfPosition *self = MUTUAL_OCF_POSITION (object);

  g_free (self->security_id);
  g_free (self->stakeholder);
  g_free (self->kind);
  g_free (self->stock_class);
  g_free (self->quantity);
  g_free (self->issued_on);

  G_OBJECT_CLASS (mutual_ocf_position_parent_class)->finalize (object);
}

enum {
  PROP_0,
  PROP_SECURITY_ID,
  PROP_STAKEHOLDER,
  PROP_KIND,
  PROP_STOCK_CLASS,
  PROP_QUANTITY,
  PROP_ISSUED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_ocf_position_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MutualOcfPosition *self = (MutualOcfPosition *) object;

  switch (prop_id)
    {
    case PROP_SECURITY_ID:
      g_value_set_string (value, self->security_id);
      break;
    case PROP_STAKEHOLDER:
      g_value_set_string (value, self->stakeholder);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_STOCK_CLASS:
      g_value_set_string (value, self->stock_class);
      break;
    case PROP_QUANTITY:
      g_value_set_string (value, self->quantity);
      break;
    case PROP_ISSUED_ON:
      g_value_set_string (value, self->issued_on);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_ocf_position_class_init (MutualOcfPositionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_ocf_position_finalize;
  object_class->get_property = mutual_ocf_position_get_property;

  /**
   * MutualOcfPosition:security-id:
   *
   * The OCF security id.
   *
   * Since: 1.0
   */
  properties[PROP_SECURITY_ID] =
    g_param_spec_string ("security-id", NULL, NULL, NULL, flags);

  /**
   * MutualOcfPosition:stakeholder:
   *
   * The id of the stakeholder who holds it.
   *
   * Since: 1.0
   */
  properties[PROP_STAKEHOLDER] =
    g_param_spec_string ("stakeholder", NULL, NULL, NULL, flags);

  /**
   * MutualOcfPosition:kind:
   *
   * What it is: `stock`, `equity-compensation` (options, RSUs), `warrant` or `convertible`.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);

  /**
   * MutualOcfPosition:stock-class:
   *
   * The stock class the security is in or converts into, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_STOCK_CLASS] =
    g_param_spec_string ("stock-class", NULL, NULL, NULL, flags);

  /**
   * MutualOcfPosition:quantity:
   *
   * The quantity outstanding, as the exact decimal OCF writes (`75000`), or %NULL for a convertible.
   *
   * Since: 1.0
   */
  properties[PROP_QUANTITY] =
    g_param_spec_string ("quantity", NULL, NULL, NULL, flags);

  /**
   * MutualOcfPosition:issued-on:
   *
   * The ISO 8601 date of the issuance.
   *
   * Since: 1.0
   */
  properties[PROP_ISSUED_ON] =
    g_param_spec_string ("issued-on", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/**
 * mutual_ocf_position_get_security_id:
 * @self: a #MutualOcfPosition
 *
 * Gets [property@Mutual.OcfPosition:security-id].
 *
 * Returns: The security id
 *
 * Since: 1.0
 */
const char *
mutual_ocf_position_get_security_id (MutualOcfPosition *self)
{
  g_return_val_if_fail (MUTUAL_IS_OCF_POSITION (self), NULL);
  return self->security_id;
}

/**
 * mutual_ocf_position_get_stakeholder:
 * @self: a #MutualOcfPosition
 *
 * Gets [property@Mutual.OcfPosition:stakeholder].
 *
 * Returns: The stakeholder id
 *
 * Since: 1.0
 */
const char *
mutual_ocf_position_get_stakeholder (MutualOcfPosition *self)
{
  g_return_val_if_fail (MUTUAL_IS_OCF_POSITION (self), NULL);
  return self->stakeholder;
}

/**
 * mutual_ocf_position_get_kind:
 * @self: a #MutualOcfPosition
 *
 * Gets [property@Mutual.OcfPosition:kind].
 *
 * Returns: The kind
 *
 * Since: 1.0
 */
const char *
mutual_ocf_position_get_kind (MutualOcfPosition *self)
{
  g_return_val_if_fail (MUTUAL_IS_OCF_POSITION (self), NULL);
  return self->kind;
}

/**
 * mutual_ocf_position_get_stock_class:
 * @self: a #MutualOcfPosition
 *
 * Gets [property@Mutual.OcfPosition:stock-class].
 *
 * Returns: (nullable): The stock class, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_ocf_position_get_stock_class (MutualOcfPosition *self)
{
  g_return_val_if_fail (MUTUAL_IS_OCF_POSITION (self), NULL);
  return self->stock_class;
}

/**
 * mutual_ocf_position_get_quantity:
 * @self: a #MutualOcfPosition
 *
 * Gets [property@Mutual.OcfPosition:quantity].
 *
 * Returns: (nullable): The quantity, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_ocf_position_get_quantity (MutualOcfPosition *self)
{
  g_return_val_if_fail (MUTUAL_IS_OCF_POSITION (self), NULL);
  return self->quantity;
}

/**
 * mutual_ocf_position_get_issued_on:
 * @self: a #MutualOcfPosition
 *
 * Gets [property@Mutual.OcfPosition:issued-on].
 *
 * Returns: The date
 *
 * Since: 1.0
 */
const char *
mutual_ocf_position_get_issued_on (MutualOcfPosition *self)
{
  g_return_val_if_fail (MUTUAL_IS_OCF_POSITION (self), NULL);
  return self->issued_on;
}


static void
mutual_ocf_position_init (MutualOcfPosition *self)
{
}

/**
 * MutualOcfPackage:
 *
 * An Open Cap Table Format (OCF 1.x) package read into a model of its
 * issuer: the manifest and the files it lists, the stakeholders as parties,
 * the stock classes as share classes, and the holdings that the
 * transactions leave, replayed in date order up to a date.
 *
 * OCF keeps securities as events: an issuance creates a security; a
 * transfer, conversion, reissuance or retraction consumes it, and the
 * securities that result are issued by transactions of their own; a
 * cancellation, repurchase or exercise of part of a security reduces it
 * (or, when it names a balance security, consumes it and leaves the rest
 * to that one); a split multiplies every security of its class. Options,
 * warrants and convertibles are positions, not holdings: they carry no
 * votes until exercised.
 *
 * What does not fit is a warning, not an error: a transaction that names a
 * security nobody issued, resulting or balance securities never issued, a
 * file whose MD5 differs from the manifest's, a file the manifest names
 * wrongly (found by its `file_type`). A string longer than 4096 bytes (the
 * model file's limit) counts as absent, an empty name as no name (the id
 * stands in). Files are read only from the
 * manifest's folder and the folders under it: an absolute path or a `..`
 * in a `filepath` is a warning and the file is not read.
 *
 * Since: 1.0
 */

#define CITATION_OCF "Open Cap Table Format 1.x"

typedef struct
{
  char *id;
  char *stakeholder;
  char *kind;
  char *stock_class;
  MutualFraction quantity;
  gboolean has_quantity;
  char *date;
  gboolean active;
} Security;

struct _MutualOcfPackage
{
  GObject parent_instance;

  char *issuer;
  MutualModel *model;
  MutualItemList *positions;
  MutualItemList *findings;
  GHashTable *authorized;    /* class id → decimal text */
};

G_DEFINE_FINAL_TYPE (MutualOcfPackage, mutual_ocf_package, G_TYPE_OBJECT)

static void
mutual_ocf_package_finalize (GObject *object)
{
  MutualOcfPackage *self = MUTUAL_OCF_PACKAGE (object);

  g_free (self->issuer);
  g_clear_object (&self->model);
  g_object_unref (self->positions);
  g_object_unref (self->findings);
  g_hash_table_unref (self->authorized);

  G_OBJECT_CLASS (mutual_ocf_package_parent_class)->finalize (object);
}

static void
mutual_ocf_package_class_init (MutualOcfPackageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mutual_ocf_package_finalize;
}

static void
mutual_ocf_package_init (MutualOcfPackage *self)
{
  self->positions = mutual_item_list_new (MUTUAL_TYPE_OCF_POSITION);
  self->findings = mutual_item_list_new (MUTUAL_TYPE_FINDING);
  self->authorized = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
security_free (Security *security)
{
  g_free (security->id);
  g_free (security->stakeholder);
  g_free (security->kind);
  g_free (security->stock_class);
  g_free (security->date);
  g_free (security);
}

static void
ocf_finding (MutualOcfPackage *self,
             const char       *code,
             MutualSeverity    severity,
             const char       *date,
             const char       *id,
             const char       *format,
             ...) G_GNUC_PRINTF (6, 7);

static void
ocf_finding (MutualOcfPackage *self,
             const char       *code,
             MutualSeverity    severity,
             const char       *date,
             const char       *id,
             const char       *format,
             ...)
{
  g_autofree char *message = NULL;
  const char *ids[2] = { id, NULL };
  g_autoptr(MutualFinding) finding = NULL;
  MutualDay day;
  va_list args;

  /* a finding's date is a calendar date: a transaction's date that is not
   * one is left out (it was a critical in MutualFinding:date) */
  if (date != NULL && !mutual_day_parse (date, &day, NULL))
    date = NULL;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  finding = g_object_new (MUTUAL_TYPE_FINDING, "code", code, "severity", severity, "citation", CITATION_OCF,
                          "message", message, "date", date, "ids", ids, NULL);
  mutual_item_list_append (self->findings, finding);
}

/* A string member, or NULL. A string longer than the model file's limit
 * (4096 bytes) counts as absent: a model holding it could not be saved. */
static const char *
str (JsonObject *object,
     const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      strlen (json_node_get_string (node)) > MUTUAL_JSON_MAX_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* A name: as str(), and an empty one counts as absent too (the model file
 * refuses empty names). */
static const char *
name_or (JsonObject *object,
         const char *member,
         const char *fallback)
{
  const char *name = str (object, member);

  return name != NULL && name[0] != '\0' ? name : fallback;
}

static JsonObject *
obj (JsonObject *object,
     const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* json_array_get_object_element() is a critical on an element that is
 * not an object (a number where a file entry or an item belongs) */
static JsonObject *
obj_at (JsonArray *array,
        guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
arr (JsonObject *object,
     const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* OCF numbers are decimal strings: read exactly. */
static gboolean
decimal (const char     *text,
         MutualFraction *out)
{
  g_autoptr(MutualFraction) f = text ? mutual_fraction_new_parse (text, NULL) : NULL;

  if (f == NULL || strchr (text, '%') != NULL)
    return FALSE;
  *out = *f;
  return TRUE;
}

static char *
decimal_text (const MutualFraction *f)
{
  gint64 scale = 1;
  int digits = 0;

  if (f->denominator == 1)
    return g_strdup_printf ("%" G_GINT64_FORMAT, f->numerator);
  while (digits < 18 && scale % f->denominator != 0)
    {
      scale *= 10;
      digits++;
    }
  if (scale % f->denominator == 0 && f->numerator <= G_MAXINT64 / (scale / f->denominator))
    {
      gint64 scaled = f->numerator * (scale / f->denominator);
      gint64 whole = scaled / scale, part = llabs (scaled % scale);

      return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%0*" G_GINT64_FORMAT,
                              scaled < 0 && whole == 0 ? "-" : "", whole, digits, part);
    }
  return mutual_fraction_to_string (f);
}

static gboolean
subtract (MutualFraction       *from,
          const MutualFraction *amount)
{
  MutualFraction negative = { -amount->numerator, amount->denominator };

  return mutual_fraction_add (from, &negative, from);
}

/* --- files --- */

static JsonNode *
load_json (const char  *path,
           char       **out_md5,
           GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize length;

  /* bounded reading, and the strict check before json-glib's recursive
   * parser (a deep array is an error, not a stack overflow) */
  if (!mutual_json_read_file (path, &data, &length, error))
    return NULL;
  if (out_md5 != NULL)
    *out_md5 = g_compute_checksum_for_data (G_CHECKSUM_MD5, (const guchar *) data, length);
  if (!mutual_json_check_syntax (data, length, error))
    return NULL;
  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;
  return json_node_copy (json_parser_get_root (parser));
}

/* A manifest names files beside it or in folders under it: not an
 * absolute path, and no “..” that would leave the package's folder (a
 * package from elsewhere must not make the reader open, or report the MD5
 * of, any other file). */
static gboolean
inside_package (const char *filepath)
{
  g_auto(GStrv) parts = NULL;

  if (g_path_is_absolute (filepath))
    return FALSE;
  parts = g_strsplit (filepath, G_DIR_SEPARATOR_S, -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strcmp (parts[i], "..") == 0)
      return FALSE;
  return TRUE;
}

/* The manifest names each file with its MD5; a wrong name is looked up by
 * the file_type the file declares. Returns the items of every file of the
 * kind, in the manifest's order. */
static JsonArray *
load_items (MutualOcfPackage *self,
            const char       *dir,
            JsonObject       *manifest,
            const char       *member,
            const char       *file_type)
{
  JsonArray *files = arr (manifest, member);
  JsonArray *items = json_array_new ();

  for (guint i = 0; files != NULL && i < json_array_get_length (files); i++)
    {
      JsonObject *entry = obj_at (files, i);
      const char *filepath = str (entry, "filepath"), *md5 = str (entry, "md5");
      g_autofree char *path = filepath != NULL ? g_build_filename (dir, filepath, NULL) : NULL;
      g_autofree char *actual_md5 = NULL;
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GError) error = NULL;
      JsonArray *file_items;

      if (filepath == NULL)
        {
          ocf_finding (self, "ocf.file.unreadable", MUTUAL_SEVERITY_WARNING, NULL, NULL,
                       "%s[%u] names no file (no filepath); left out", member, i);
          continue;
        }
      if (!inside_package (filepath))
        {
          ocf_finding (self, "ocf.file.outside", MUTUAL_SEVERITY_WARNING, NULL, filepath,
                       "the manifest lists “%s”, which is outside the package's folder; not read", filepath);
          continue;
        }
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
          const char *name;

          g_clear_pointer (&path, g_free);
          while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
            {
              g_autofree char *candidate = g_build_filename (dir, name, NULL);
              g_autoptr(JsonNode) node = g_str_has_suffix (name, ".json") ? load_json (candidate, NULL, NULL) : NULL;

              if (node != NULL && JSON_NODE_HOLDS_OBJECT (node) &&
                  g_strcmp0 (str (json_node_get_object (node), "file_type"), file_type) == 0)
                {
                  path = g_steal_pointer (&candidate);
                  break;
                }
            }
          ocf_finding (self, "ocf.file.misnamed", MUTUAL_SEVERITY_WARNING, NULL, filepath,
                       "the manifest lists “%s”, which is not there; %s", filepath,
                       path ? "the package's file of that type is read instead" : "no file of that type was found");
          if (path == NULL)
            continue;
          md5 = NULL;   /* the manifest's checksum is for the file it meant */
        }
      root = load_json (path, &actual_md5, &error);
      if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
        {
          ocf_finding (self, "ocf.file.unreadable", MUTUAL_SEVERITY_WARNING, NULL, filepath,
                       "%s: %s", filepath, error ? error->message : "not a JSON object");
          continue;
        }
      if (md5 != NULL && g_ascii_strcasecmp (md5, actual_md5) != 0)
        ocf_finding (self, "ocf.file.md5", MUTUAL_SEVERITY_WARNING, NULL, filepath,
                     "%s: the manifest's MD5 is %s, the file's %s", filepath, md5, actual_md5);
      if (g_strcmp0 (str (json_node_get_object (root), "file_type"), file_type) != 0)
        ocf_finding (self, "ocf.file.type", MUTUAL_SEVERITY_WARNING, NULL, filepath,
                     "%s: file_type is “%s”, expected %s", filepath,
                     str (json_node_get_object (root), "file_type") ? str (json_node_get_object (root), "file_type") : "",
                     file_type);
      file_items = arr (json_node_get_object (root), "items");
      for (guint j = 0; file_items != NULL && j < json_array_get_length (file_items); j++)
        json_array_add_element (items, json_node_copy (json_array_get_element (file_items, j)));
    }
  return items;
}

/* --- replaying transactions --- */

typedef struct
{
  MutualOcfPackage *self;
  GHashTable *securities;    /* id → Security */
  GPtrArray *order;
  GHashTable *plan_classes;  /* stock plan id → class id */
  GHashTable *expected;      /* resulting/balance security id → transaction id */
} Replay;

static Security *
find_security (Replay     *replay,
               JsonObject *tx,
               const char *type,
               const char *date)
{
  const char *id = str (tx, "security_id");
  Security *security = id ? g_hash_table_lookup (replay->securities, id) : NULL;

  if (security == NULL || !security->active)
    {
      ocf_finding (replay->self, "ocf.security.dangling", MUTUAL_SEVERITY_WARNING, date, str (tx, "id"),
                   "%s %s: security “%s” %s; the transaction is ignored", type,
                   str (tx, "id") ? str (tx, "id") : "", id ? id : "",
                   security ? "was already consumed" : "was never issued");
      return NULL;
    }
  return security;
}

static void
expect (Replay     *replay,
        JsonObject *tx,
        const char *member)
{
  JsonArray *ids = arr (tx, member);

  if (str (tx, member) != NULL)
    g_hash_table_insert (replay->expected, g_strdup (str (tx, member)), g_strdup (str (tx, "id")));
  for (guint i = 0; ids != NULL && i < json_array_get_length (ids); i++)
    {
      JsonNode *node = json_array_get_element (ids, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_hash_table_insert (replay->expected, g_strdup (json_node_get_string (node)), g_strdup (str (tx, "id")));
    }
}

static void
issue (Replay     *replay,
       JsonObject *tx,
       const char *kind,
       const char *date)
{
  const char *id = str (tx, "security_id");
  const char *klass = str (tx, "stock_class_id");
  Security *security;

  if (id == NULL || str (tx, "stakeholder_id") == NULL)
    {
      ocf_finding (replay->self, "ocf.transaction.incomplete", MUTUAL_SEVERITY_WARNING, date, str (tx, "id"),
                   "issuance %s names no security or stakeholder; ignored", str (tx, "id") ? str (tx, "id") : "");
      return;
    }
  if (klass == NULL && str (tx, "stock_plan_id") != NULL)
    klass = g_hash_table_lookup (replay->plan_classes, str (tx, "stock_plan_id"));
  security = g_new0 (Security, 1);
  security->id = g_strdup (id);
  security->stakeholder = g_strdup (str (tx, "stakeholder_id"));
  security->kind = g_strdup (kind);
  security->stock_class = g_strdup (klass);
  security->date = g_strdup (date);
  security->active = TRUE;
  security->has_quantity = decimal (str (tx, "quantity"), &security->quantity);
  if (g_hash_table_contains (replay->securities, id))
    ocf_finding (replay->self, "ocf.security.reissued", MUTUAL_SEVERITY_WARNING, date, id,
                 "security “%s” is issued twice; the later issuance replaces it", id);
  else
    g_ptr_array_add (replay->order, g_strdup (id));
  g_hash_table_replace (replay->securities, security->id, security);
}

/* A transaction that takes part of a security: with a balance security, the
 * whole security goes and the balance is issued on its own; without, the
 * security keeps what is left. */
static void
reduce (Replay     *replay,
        JsonObject *tx,
        const char *type,
        const char *quantity_member,
        const char *date)
{
  Security *security = find_security (replay, tx, type, date);
  MutualFraction amount;

  if (security == NULL)
    return;
  expect (replay, tx, "resulting_security_ids");
  if (str (tx, "balance_security_id") != NULL || !decimal (str (tx, quantity_member), &amount) || !security->has_quantity)
    {
      expect (replay, tx, "balance_security_id");
      security->active = FALSE;
      return;
    }
  if (!subtract (&security->quantity, &amount) || security->quantity.numerator < 0)
    {
      ocf_finding (replay->self, "ocf.quantity.negative", MUTUAL_SEVERITY_WARNING, date, str (tx, "id"),
                   "%s %s takes more than security “%s” holds", type, str (tx, "id"), security->id);
      security->active = FALSE;
      return;
    }
  if (mutual_fraction_is_zero (&security->quantity))
    security->active = FALSE;
}

static void
split (Replay     *replay,
       JsonObject *tx,
       const char *date)
{
  JsonObject *ratio = obj (tx, "split_ratio");
  MutualFraction numerator, denominator, factor;
  const char *klass = str (tx, "stock_class_id");

  if (klass == NULL || !decimal (str (ratio, "numerator"), &numerator) || !decimal (str (ratio, "denominator"), &denominator) ||
      mutual_fraction_is_zero (&denominator) ||
      !mutual_fraction_reduce128 ((__int128) numerator.numerator * denominator.denominator,
                                  (__int128) numerator.denominator * denominator.numerator, &factor))
    {
      ocf_finding (replay->self, "ocf.transaction.incomplete", MUTUAL_SEVERITY_WARNING, date, str (tx, "id"),
                   "split %s has no class or ratio; ignored", str (tx, "id"));
      return;
    }
  for (guint i = 0; i < replay->order->len; i++)
    {
      Security *security = g_hash_table_lookup (replay->securities, g_ptr_array_index (replay->order, i));

      if (security != NULL && security->active && security->has_quantity && g_strcmp0 (security->stock_class, klass) == 0 &&
          g_str_equal (security->kind, "stock"))
        mutual_fraction_multiply (&security->quantity, &factor, &security->quantity);
    }
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  JsonObject *x = json_node_get_object (*(JsonNode **) a), *y = json_node_get_object (*(JsonNode **) b);

  return g_strcmp0 (str (x, "date"), str (y, "date"));
}

static void
replay_transaction (Replay     *replay,
                    JsonObject *tx)
{
  const char *type = str (tx, "object_type");
  const char *date = str (tx, "date");

  if (type == NULL)
    return;
  if (g_str_equal (type, "TX_STOCK_ISSUANCE"))
    issue (replay, tx, "stock", date);
  else if (g_str_equal (type, "TX_EQUITY_COMPENSATION_ISSUANCE") || g_str_equal (type, "TX_PLAN_SECURITY_ISSUANCE"))
    issue (replay, tx, "equity-compensation", date);
  else if (g_str_equal (type, "TX_WARRANT_ISSUANCE"))
    issue (replay, tx, "warrant", date);
  else if (g_str_equal (type, "TX_CONVERTIBLE_ISSUANCE"))
    issue (replay, tx, "convertible", date);
  else if (g_str_equal (type, "TX_STOCK_CANCELLATION") || g_str_equal (type, "TX_STOCK_REPURCHASE") ||
           g_str_equal (type, "TX_EQUITY_COMPENSATION_CANCELLATION") || g_str_equal (type, "TX_PLAN_SECURITY_CANCELLATION") ||
           g_str_equal (type, "TX_EQUITY_COMPENSATION_EXERCISE") || g_str_equal (type, "TX_PLAN_SECURITY_EXERCISE") ||
           g_str_equal (type, "TX_EQUITY_COMPENSATION_RELEASE") || g_str_equal (type, "TX_PLAN_SECURITY_RELEASE") ||
           g_str_equal (type, "TX_WARRANT_CANCELLATION") || g_str_equal (type, "TX_WARRANT_EXERCISE") ||
           g_str_equal (type, "TX_STOCK_TRANSFER") || g_str_equal (type, "TX_EQUITY_COMPENSATION_TRANSFER") ||
           g_str_equal (type, "TX_PLAN_SECURITY_TRANSFER") || g_str_equal (type, "TX_WARRANT_TRANSFER"))
    reduce (replay, tx, type, "quantity", date);
  else if (g_str_equal (type, "TX_STOCK_CONVERSION"))
    reduce (replay, tx, type, "quantity_converted", date);
  else if (g_str_equal (type, "TX_STOCK_RETRACTION") || g_str_equal (type, "TX_STOCK_REISSUANCE") ||
           g_str_equal (type, "TX_EQUITY_COMPENSATION_RETRACTION") || g_str_equal (type, "TX_PLAN_SECURITY_RETRACTION") ||
           g_str_equal (type, "TX_WARRANT_RETRACTION") || g_str_equal (type, "TX_CONVERTIBLE_RETRACTION") ||
           g_str_equal (type, "TX_CONVERTIBLE_CONVERSION") || g_str_equal (type, "TX_CONVERTIBLE_CANCELLATION") ||
           g_str_equal (type, "TX_CONVERTIBLE_TRANSFER"))
    {
      Security *security = find_security (replay, tx, type, date);

      if (security != NULL)
        security->active = FALSE;
      expect (replay, tx, "resulting_security_ids");
      expect (replay, tx, "balance_security_id");
    }
  else if (g_str_equal (type, "TX_STOCK_CLASS_SPLIT"))
    split (replay, tx, date);
  else if (g_str_equal (type, "TX_STOCK_CLASS_AUTHORIZED_SHARES_ADJUSTMENT") && str (tx, "stock_class_id") != NULL &&
           str (tx, "new_shares_authorized") != NULL)
    g_hash_table_insert (replay->self->authorized, g_strdup (str (tx, "stock_class_id")),
                         g_strdup (str (tx, "new_shares_authorized")));
  /* acceptances, vesting, pool and ratio adjustments change no holding */
}

/* --- the package --- */

static MutualPartyKind
stakeholder_kind (JsonObject *stakeholder)
{
  return g_strcmp0 (str (stakeholder, "stakeholder_type"), "INDIVIDUAL") == 0 ? MUTUAL_PARTY_KIND_PERSON
                                                                              : MUTUAL_PARTY_KIND_COMPANY;
}

static gboolean
build (MutualOcfPackage  *self,
       JsonObject        *manifest,
       const char        *dir,
       const char        *date,
       GError           **error)
{
  g_autoptr(JsonArray) stakeholders = load_items (self, dir, manifest, "stakeholders_files", "OCF_STAKEHOLDERS_FILE");
  g_autoptr(JsonArray) classes = load_items (self, dir, manifest, "stock_classes_files", "OCF_STOCK_CLASSES_FILE");
  g_autoptr(JsonArray) plans = load_items (self, dir, manifest, "stock_plans_files", "OCF_STOCK_PLANS_FILE");
  g_autoptr(JsonArray) transactions = load_items (self, dir, manifest, "transactions_files", "OCF_TRANSACTIONS_FILE");
  g_autoptr(GHashTable) securities = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) security_free);
  g_autoptr(GHashTable) plan_classes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GHashTable) totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) total_order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MutualModel) model = mutual_model_new ();
  g_autoptr(MutualParty) issuer_party = NULL;
  JsonObject *issuer = obj (manifest, "issuer");
  Replay replay = { self, securities, order, plan_classes, expected };
  GHashTableIter iter;
  gpointer key, value;
  const char *sources[2] = { NULL, NULL };
  g_autofree char *source = NULL, *name = NULL;

  self->issuer = g_strdup (str (issuer, "id") ? str (issuer, "id") : "issuer");
  issuer_party = mutual_party_new (self->issuer, name_or (issuer, "legal_name", "Issuer"),
                                   MUTUAL_PARTY_KIND_COMPANY);
  if (!mutual_model_add_party (model, issuer_party, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (stakeholders); i++)
    {
      JsonObject *s = obj_at (stakeholders, i);
      g_autoptr(MutualParty) party = NULL;
      g_autoptr(GError) local = NULL;

      if (s == NULL || str (s, "id") == NULL)
        continue;
      party = mutual_party_new (str (s, "id"), name_or (obj (s, "name"), "legal_name", str (s, "id")),
                                stakeholder_kind (s));
      if (!mutual_model_add_party (model, party, &local))
        ocf_finding (self, "ocf.stakeholder.duplicate", MUTUAL_SEVERITY_WARNING, NULL, str (s, "id"), "%s", local->message);
    }
  for (guint i = 0; i < json_array_get_length (classes); i++)
    {
      JsonObject *c = obj_at (classes, i);
      MutualFraction votes, par;
      gint64 nominal = 1;
      g_autoptr(MutualShareClass) klass = NULL;

      if (c == NULL || str (c, "id") == NULL)
        continue;
      if (!decimal (str (c, "votes_per_share"), &votes))
        mutual_fraction_init (&votes, 0, 1);
      /* a count of votes the model holds (2^32 + 1 used to wrap to 1) */
      if (votes.numerator < 0 || votes.numerator / votes.denominator > G_MAXUINT)
        {
          ocf_finding (self, "ocf.class.votes", MUTUAL_SEVERITY_WARNING, NULL, str (c, "id"),
                       "class %s has %s votes per share, which the model cannot hold; it counts none",
                       str (c, "id"), str (c, "votes_per_share"));
          mutual_fraction_init (&votes, 0, 1);
        }
      if (votes.denominator != 1)
        ocf_finding (self, "ocf.class.fractional-votes", MUTUAL_SEVERITY_WARNING, NULL, str (c, "id"),
                     "class %s has %s votes per share; the model counts whole votes", str (c, "id"), str (c, "votes_per_share"));
      /* nominal value in minor units (cents, pence): 100 × the par value */
      if (decimal (str (obj (c, "par_value"), "amount"), &par))
        {
          MutualFraction hundred = { 100, 1 }, minor;

          if (mutual_fraction_multiply (&par, &hundred, &minor) && minor.denominator == 1)
            nominal = minor.numerator;
        }
      klass = g_object_new (MUTUAL_TYPE_SHARE_CLASS, "id", str (c, "id"), "issuer", self->issuer,
                            "name", name_or (c, "name", str (c, "id")),
                            "votes-per-share", (guint) (votes.numerator / votes.denominator),
                            "dividend-weight", 1, "capital-weight", 1, "nominal-value", nominal,
                            "ordinary", g_strcmp0 (str (c, "class_type"), "COMMON") == 0, NULL);
      if (!mutual_model_add_share_class (model, klass, error))
        return FALSE;
      if (str (c, "initial_shares_authorized") != NULL)
        g_hash_table_insert (self->authorized, g_strdup (str (c, "id")), g_strdup (str (c, "initial_shares_authorized")));
    }
  for (guint i = 0; i < json_array_get_length (plans); i++)
    {
      JsonObject *p = obj_at (plans, i);

      if (p != NULL && str (p, "id") != NULL && str (p, "stock_class_id") != NULL)
        g_hash_table_insert (plan_classes, (gpointer) str (p, "id"), (gpointer) str (p, "stock_class_id"));
    }

  /* every transaction on or before the date, in date order (file order
   * within a day) */
  for (guint i = 0; i < json_array_get_length (transactions); i++)
    {
      JsonNode *node = json_array_get_element (transactions, i);
      const char *tx_date;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      tx_date = str (json_node_get_object (node), "date");
      if (date == NULL || (tx_date != NULL && strcmp (tx_date, date) <= 0))
        g_ptr_array_add (sorted, node);
    }
  g_ptr_array_sort (sorted, compare_dates);
  for (guint i = 0; i < sorted->len; i++)
    replay_transaction (&replay, json_node_get_object (g_ptr_array_index (sorted, i)));

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (securities, key))
      ocf_finding (self, "ocf.security.dangling", MUTUAL_SEVERITY_WARNING, NULL, value,
                   "transaction %s names a resulting or balance security “%s” that no transaction issues",
                   (char *) value, (char *) key);

  for (guint i = 0; i < order->len; i++)
    {
      Security *security = g_hash_table_lookup (securities, g_ptr_array_index (order, i));
      g_autoptr(MutualOcfPosition) position = NULL;

      if (!security->active)
        continue;
      position = g_object_new (MUTUAL_TYPE_OCF_POSITION, NULL);
      position->security_id = g_strdup (security->id);
      position->stakeholder = g_strdup (security->stakeholder);
      position->kind = g_strdup (security->kind);
      position->stock_class = g_strdup (security->stock_class);
      position->quantity = security->has_quantity ? decimal_text (&security->quantity) : NULL;
      position->issued_on = g_strdup (security->date);
      mutual_item_list_append (self->positions, position);
      if (g_str_equal (security->kind, "stock") && security->has_quantity && security->stock_class != NULL)
        {
          g_autofree char *k = mutual_model_key2 (security->stakeholder, security->stock_class);
          MutualFraction *total = g_hash_table_lookup (totals, k);

          if (total == NULL)
            {
              total = mutual_fraction_new (0, 1);
              g_ptr_array_add (total_order, g_strdup (k));
              g_hash_table_insert (totals, g_steal_pointer (&k), total);
            }
          mutual_fraction_add (total, &security->quantity, total);
        }
    }
  for (guint i = 0; i < total_order->len; i++)
    {
      char *k = g_ptr_array_index (total_order, i);
      MutualFraction *total = g_hash_table_lookup (totals, k);
      g_auto(GStrv) parts = g_strsplit (k, "\x1f", 2);
      gint64 count = total->numerator / total->denominator;
      g_autoptr(GError) local = NULL;

      if (total->denominator != 1)
        ocf_finding (self, "ocf.quantity.fractional", MUTUAL_SEVERITY_WARNING, NULL, parts[0],
                     "%s holds a fraction of a share of %s; the model holds the whole shares", parts[0], parts[1]);
      if (mutual_model_lookup_party (model, parts[0]) == NULL || mutual_model_lookup_share_class (model, parts[1]) == NULL)
        {
          ocf_finding (self, "ocf.security.dangling", MUTUAL_SEVERITY_WARNING, NULL, parts[0],
                       "shares of class “%s” held by “%s”: the package has no such %s; left out",
                       parts[1], parts[0], mutual_model_lookup_party (model, parts[0]) ? "class" : "stakeholder");
          continue;
        }
      if (count > 0 && !mutual_model_set_holding (model, parts[0], parts[1], count, &local))
        ocf_finding (self, "ocf.quantity.invalid", MUTUAL_SEVERITY_WARNING, NULL, parts[0], "%s", local->message);
    }

  name = g_strdup_printf ("%s (from an OCF package)", mutual_party_get_name (issuer_party));
  source = g_strdup_printf ("Open Cap Table Format package of %s, as of %s",
                            mutual_party_get_name (issuer_party), date ? date : "its last transaction");
  sources[0] = source;
  mutual_model_set_name (model, name);
  if (date != NULL)
    mutual_model_set_date (model, date);
  else if (sorted->len > 0 && str (json_node_get_object (g_ptr_array_index (sorted, sorted->len - 1)), "date") != NULL)
    {
      const char *last = str (json_node_get_object (g_ptr_array_index (sorted, sorted->len - 1)), "date");
      MutualDay day;

      /* a date that is not a calendar date leaves the model undated */
      if (mutual_day_parse (last, &day, NULL))
        mutual_model_set_date (model, last);
    }
  mutual_model_set_sources (model, sources);
  if (!mutual_model_validate (model, error))
    return FALSE;
  self->model = g_steal_pointer (&model);
  return TRUE;
}

/**
 * mutual_ocf_package_new_from_file:
 * @manifest: (type filename): the package's manifest (`Manifest.ocf.json`)
 * @date: (nullable): an ISO 8601 date: the cap table as of that day, or
 *   %NULL for after every transaction
 * @error: return location for a #GError
 *
 * Reads an OCF package: the manifest, the files it lists (beside it) and
 * the transactions up to @date. Only an unreadable manifest is an error;
 * what the files get wrong is a finding.
 *
 * Returns: (transfer full): the package, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualOcfPackage *
mutual_ocf_package_new_from_file (const char  *manifest,
                                  const char  *date,
                                  GError     **error)
{
  g_autoptr(MutualOcfPackage) self = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *dir = NULL;
  MutualDay day;

  g_return_val_if_fail (manifest != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = load_json (manifest, NULL, &local);
  if (root == NULL)
    {
      /* keep a limit a limit; anything else about the text is a parse error */
      g_set_error (error, MUTUAL_ERROR,
                   local->domain == MUTUAL_ERROR && local->code == MUTUAL_ERROR_LIMIT ? MUTUAL_ERROR_LIMIT : MUTUAL_ERROR_PARSE,
                   "%s: %s", manifest, local->message);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      g_strcmp0 (str (json_node_get_object (root), "file_type"), "OCF_MANIFEST_FILE") != 0)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "%s: not an OCF manifest (file_type OCF_MANIFEST_FILE)", manifest);
      return NULL;
    }
  if (date != NULL && !mutual_day_parse (date, &day, NULL))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE, "“%s” is not a date (YYYY-MM-DD)", date);
      return NULL;
    }
  self = g_object_new (MUTUAL_TYPE_OCF_PACKAGE, NULL);
  dir = g_path_get_dirname (manifest);
  if (!build (self, json_node_get_object (root), dir, date, &local))
    {
      g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", manifest, local->message);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * mutual_ocf_package_get_model:
 * @self: a #MutualOcfPackage
 *
 * The issuer, its stakeholders, its stock classes and the shares each
 * stakeholder holds.
 *
 * Returns: (transfer none): the model
 *
 * Since: 1.0
 */
MutualModel *
mutual_ocf_package_get_model (MutualOcfPackage *self)
{
  g_return_val_if_fail (MUTUAL_IS_OCF_PACKAGE (self), NULL);
  return self->model;
}

/**
 * mutual_ocf_package_get_positions:
 * @self: a #MutualOcfPackage
 *
 * The securities outstanding: stock, options, warrants and convertibles.
 *
 * Returns: (transfer none): a list model of [class@Mutual.OcfPosition]
 *
 * Since: 1.0
 */
GListModel *
mutual_ocf_package_get_positions (MutualOcfPackage *self)
{
  g_return_val_if_fail (MUTUAL_IS_OCF_PACKAGE (self), NULL);
  return G_LIST_MODEL (self->positions);
}

/**
 * mutual_ocf_package_get_findings:
 * @self: a #MutualOcfPackage
 *
 * What did not fit: dangling securities (`ocf.security.dangling`), MD5
 * mismatches (`ocf.file.md5`), misnamed files (`ocf.file.misnamed`), files
 * the manifest places outside the package's folder, which are not read
 * (`ocf.file.outside`), and the like.
 *
 * Returns: (transfer none): a list model of [class@Mutual.Finding]
 *
 * Since: 1.0
 */
GListModel *
mutual_ocf_package_get_findings (MutualOcfPackage *self)
{
  g_return_val_if_fail (MUTUAL_IS_OCF_PACKAGE (self), NULL);
  return G_LIST_MODEL (self->findings);
}

/**
 * mutual_ocf_package_get_issuer:
 * @self: a #MutualOcfPackage
 *
 * The id of the issuer's party in the model.
 *
 * Returns: the issuer's id
 *
 * Since: 1.0
 */
const char *
mutual_ocf_package_get_issuer (MutualOcfPackage *self)
{
  g_return_val_if_fail (MUTUAL_IS_OCF_PACKAGE (self), NULL);
  return self->issuer;
}

/**
 * mutual_ocf_package_dup_authorized:
 * @self: a #MutualOcfPackage
 * @stock_class: a stock class id
 *
 * The number of shares of @stock_class the issuer may issue, as the exact
 * decimal the package writes, after any adjustment replayed.
 *
 * Returns: (transfer full) (nullable): the authorised shares, or %NULL when
 *   the package does not say
 *
 * Since: 1.0
 */
char *
mutual_ocf_package_dup_authorized (MutualOcfPackage *self,
                                   const char       *stock_class)
{
  const char *text;
  MutualFraction f;

  g_return_val_if_fail (MUTUAL_IS_OCF_PACKAGE (self), NULL);
  g_return_val_if_fail (stock_class != NULL, NULL);

  text = g_hash_table_lookup (self->authorized, stock_class);
  if (text == NULL)
    return NULL;
  return decimal (text, &f) ? decimal_text (&f) : g_strdup (text);
}
