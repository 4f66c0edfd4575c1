/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-json-private.h"
#include "mutual-holding-private.h"
#include "mutual-party-private.h"
#include "mutual-membership-private.h"
#include "mutual-board-right-private.h"
#include "mutual-model-json-private.h"
#include "mutual-model-staff.h"
#include "mutual-contract.h"

/* The sections of the model file that hold the model's items. The JSON
 * Schema docs/model.schema.json documents the same members. */

#define REQUIRED MUTUAL_JSON_REQUIRED
#define ALWAYS MUTUAL_JSON_ALWAYS

static const MutualJsonMember party_members[] = {
  { "id", REQUIRED }, { "name", REQUIRED }, { "kind", REQUIRED },
  { "company_number" }, { "board_size" }, { "keeps_psc_register" },
  { "employer" }, { "beneficiary_employer" }, { "trustees" },
  { "public_service_mission" }, { "profit_distribution" },
  { NULL }
};

static const MutualJsonMember share_class_members[] = {
  { "id", REQUIRED }, { "issuer", REQUIRED }, { "name", REQUIRED },
  { "votes_per_share", ALWAYS }, { "dividend_weight", ALWAYS }, { "capital_weight", ALWAYS },
  { "nominal_value", ALWAYS }, { "ordinary", ALWAYS }, { "special_rights" },
  { NULL }
};

static const MutualJsonMember holding_members[] = {
  { "holder", REQUIRED }, { "share_class", REQUIRED }, { "count", REQUIRED },
  { NULL }
};

static const MutualJsonMember membership_members[] = {
  { "member", REQUIRED }, { "organisation", REQUIRED }, { "votes", ALWAYS },
  { NULL }
};

static const MutualJsonMember board_right_members[] = {
  { "appointer", REQUIRED }, { "company", REQUIRED }, { "directors", ALWAYS },
  { NULL }
};

static const MutualJsonMember agreement_right_members[] = {
  { "holder", REQUIRED }, { "company", REQUIRED }, { "dimension", REQUIRED },
  { "share", REQUIRED }, { "veto" }, { "source" },
  { NULL }
};

static gboolean read_parties  (MutualModel            *model,
                               const MutualJsonValue  *array,
                               GError                **error);
static gboolean read_holdings (MutualModel            *model,
                               const MutualJsonValue  *array,
                               GError                **error);
static gboolean read_memberships  (MutualModel            *model,
                                   const MutualJsonValue  *array,
                                   GError                **error);
static gboolean read_board_rights (MutualModel            *model,
                                   const MutualJsonValue  *array,
                                   GError                **error);

/* In file order: what an item names is read before it. */
static const MutualModelSection sections[] = {
  { "parties", read_parties, NULL, MUTUAL_COLLECTION_PARTIES, mutual_party_get_type, party_members },
  { "share_classes", NULL, NULL, MUTUAL_COLLECTION_SHARE_CLASSES, mutual_share_class_get_type, share_class_members },
  { "holdings", read_holdings, NULL, MUTUAL_COLLECTION_HOLDINGS, mutual_holding_get_type, holding_members },
  { "memberships", read_memberships, NULL, MUTUAL_COLLECTION_MEMBERSHIPS, mutual_membership_get_type, membership_members },
  { "board_rights", read_board_rights, NULL, MUTUAL_COLLECTION_BOARD_RIGHTS, mutual_board_right_get_type, board_right_members },
  { "agreement_rights", NULL, NULL, MUTUAL_COLLECTION_AGREEMENT_RIGHTS, mutual_agreement_right_get_type, agreement_right_members },
  /* tupe: own readers (staff are read without a GValue per field; plans hold measures) */
  { "staff", mutual_tupe_json_read_staff, mutual_tupe_json_write_staff, MUTUAL_COLLECTION_STAFF, mutual_staff_member_get_type, NULL },
  { "transfer_plans", mutual_tupe_json_read_plans, mutual_tupe_json_write_plans, MUTUAL_COLLECTION_TRANSFER_PLANS, mutual_transfer_plan_get_type, NULL },
  { "contracts", mutual_model_json_read_contracts, NULL, MUTUAL_COLLECTION_CONTRACTS, mutual_contract_get_type, mutual_model_json_contract_members },
};

/* "holdings[3]" into @path, without printf: a hundred thousand items make
 * a hundred thousand paths, needed only for an error. */
static void
item_path (char        *path,
           gsize        size,
           const char  *member,
           guint        index)
{
  char digits[16];
  gsize n = strlen (member), k = 0;

  do
    digits[k++] = '0' + index % 10;
  while ((index /= 10) > 0);
  g_assert (n + k + 3 <= size);
  memcpy (path, member, n);
  path[n++] = '[';
  while (k > 0)
    path[n++] = digits[--k];
  path[n++] = ']';
  path[n] = '\0';
}

const MutualModelSection *
mutual_model_json_get_sections (guint *n_sections)
{
  *n_sections = G_N_ELEMENTS (sections);
  return sections;
}

gboolean
mutual_model_json_read_section (const MutualModelSection  *section,
                                MutualModel               *model,
                                const MutualJsonValue     *array,
                                GError                   **error)
{
  if (section->read != NULL)
    return section->read (model, array, error);

  for (guint i = 0, n = array->length; i < n; i++)
    {
      char path[128];
      g_autoptr(GObject) item = NULL;
      g_autoptr(GError) local = NULL;

      item_path (path, sizeof path, section->member, i);
      item = mutual_json_read_object (&array->u.items[i], path,
                                      section->get_type (), section->members, error);
      if (item == NULL)
        return FALSE;
      if (!mutual_model_add_item (model, section->collection, item, &local))
        {
          g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", path, local->message);
          return FALSE;
        }
    }
  return TRUE;
}

/* A required member's presence, as mutual_json_read_object() tells it. */
static gboolean
require (const MutualJsonValue  *object,
         const char             *path,
         const char             *member,
         GError                **error)
{
  if (mutual_json_value_is_null (mutual_json_value_get_member (object, member)))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING, "%s.%s: is required", path, member);
      return FALSE;
    }
  return TRUE;
}

/* Holdings are the biggest section (a million in the scenario benchmark):
 * read each member straight into the item's fields, with the same checks
 * and messages as the generic reader (mutual_json_read_object() on
 * holding_members). */
static gboolean
read_holdings (MutualModel            *model,
               const MutualJsonValue  *array,
               GError                **error)
{
  static const char * const allowed[] = { "holder", "share_class", "count", NULL };
  g_autoptr(GTypeClass) klass = g_type_class_ref (MUTUAL_TYPE_HOLDING);
  GParamSpecInt64 *count_spec = G_PARAM_SPEC_INT64 (g_object_class_find_property (G_OBJECT_CLASS (klass), "count"));

  for (guint i = 0, n = array->length; i < n; i++)
    {
      char path[64];
      g_autoptr(MutualHolding) item = NULL;
      g_autoptr(GError) local = NULL;
      const MutualJsonValue *object;
      const char *holder = NULL, *share_class = NULL;
      gint64 count = 0;

      item_path (path, sizeof path, "holdings", i);
      if (!mutual_json_get_object (&array->u.items[i], path, &object, error) ||
          !mutual_json_check_members (object, path, allowed, error) ||
          !require (object, path, "holder", error) ||
          !mutual_json_get_string (object, path, "holder", TRUE, &holder, error) ||
          !require (object, path, "share_class", error) ||
          !mutual_json_get_string (object, path, "share_class", TRUE, &share_class, error) ||
          !require (object, path, "count", error) ||
          !mutual_json_get_int64 (object, path, "count", TRUE, MAX (count_spec->minimum, 0), count_spec->maximum,
                                  &count, error))
        return FALSE;
      item = mutual_holding_new_fields (holder, share_class, count);
      if (!mutual_model_add_item (model, MUTUAL_COLLECTION_HOLDINGS, item, &local))
        {
          g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", path, local->message);
          return FALSE;
        }
    }
  return TRUE;
}

void
mutual_model_json_write_section (const MutualModelSection *section,
                                 MutualModel              *model,
                                 JsonBuilder              *builder)
{
  GPtrArray *items;

  if (section->write != NULL)
    {
      section->write (model, builder);
      return;
    }
  items = mutual_model_get_array (model, section->collection);
  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    mutual_json_write_object (builder, g_ptr_array_index (items, i), section->members);
  json_builder_end_array (builder);
}

/* Parties, a hundred thousand in the analysis benchmark, the same way:
 * the members of party_members in its order, with the generic reader's
 * checks and messages, straight into the party's fields. */
static gboolean
read_parties (MutualModel            *model,
              const MutualJsonValue  *array,
              GError                **error)
{
  static const char * const allowed[] = {
    "id", "name", "kind", "company_number", "board_size", "keeps_psc_register", "employer",
    "beneficiary_employer", "trustees", "public_service_mission", "profit_distribution", NULL
  };
  g_autoptr(GTypeClass) klass = g_type_class_ref (MUTUAL_TYPE_PARTY);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamSpecUInt *board_size = G_PARAM_SPEC_UINT (g_object_class_find_property (object_class, "board-size"));
  MutualPartyFields defaults = {
    .kind = G_PARAM_SPEC_ENUM (g_object_class_find_property (object_class, "kind"))->default_value,
    .board_size = board_size->default_value,
    .keeps_psc_register = G_PARAM_SPEC_BOOLEAN (g_object_class_find_property (object_class, "keeps-psc-register"))->default_value,
    .public_service_mission = G_PARAM_SPEC_BOOLEAN (g_object_class_find_property (object_class, "public-service-mission"))->default_value,
    .profit_distribution = G_PARAM_SPEC_ENUM (g_object_class_find_property (object_class, "profit-distribution"))->default_value,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (allowed) == G_N_ELEMENTS (party_members));
  for (guint i = 0; i < array->length; i++)
    {
      char path[64];
      g_autoptr(MutualParty) item = NULL;
      g_autoptr(GError) local = NULL;
      g_auto(GStrv) trustees = NULL;
      const MutualJsonValue *object;
      MutualPartyFields fields = defaults;
      gint64 size = fields.board_size;
      int kind = fields.kind, distribution = fields.profit_distribution;

      item_path (path, sizeof path, "parties", i);
      if (!mutual_json_get_object (&array->u.items[i], path, &object, error) ||
          !mutual_json_check_members (object, path, allowed, error) ||
          !require (object, path, "id", error) ||
          !mutual_json_get_string (object, path, "id", TRUE, &fields.id, error) ||
          !require (object, path, "name", error) ||
          !mutual_json_get_string (object, path, "name", TRUE, &fields.name, error) ||
          !require (object, path, "kind", error) ||
          !mutual_json_get_enum (object, path, "kind", TRUE, MUTUAL_TYPE_PARTY_KIND, &kind, error) ||
          !mutual_json_get_string (object, path, "company_number", FALSE, &fields.company_number, error) ||
          !mutual_json_get_int64 (object, path, "board_size", FALSE, board_size->minimum, board_size->maximum,
                                  &size, error) ||
          !mutual_json_get_boolean (object, path, "keeps_psc_register", FALSE, &fields.keeps_psc_register, error) ||
          !mutual_json_get_string (object, path, "employer", FALSE, &fields.employer, error) ||
          !mutual_json_get_string (object, path, "beneficiary_employer", FALSE, &fields.beneficiary_employer, error) ||
          !mutual_json_get_strv (object, path, "trustees", &trustees, error) ||
          !mutual_json_get_boolean (object, path, "public_service_mission", FALSE, &fields.public_service_mission, error) ||
          !mutual_json_get_enum (object, path, "profit_distribution", FALSE, MUTUAL_TYPE_PROFIT_DISTRIBUTION,
                                 &distribution, error))
        return FALSE;
      fields.kind = kind;
      fields.board_size = (guint) size;
      fields.profit_distribution = distribution;
      fields.trustees = (const char * const *) trustees;
      item = mutual_party_new_fields (&fields);
      if (!mutual_model_add_item (model, MUTUAL_COLLECTION_PARTIES, item, &local))
        {
          g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", path, local->message);
          return FALSE;
        }
    }
  return TRUE;
}

/* Memberships and board rights have the same shape: two required party
 * ids and a count (a property of type guint, 1 when absent). */
typedef GObject *(*NewLink) (const char *from,
                             const char *to,
                             guint       count);

static gboolean
read_links (const MutualModelSection  *section,
            MutualModel               *model,
            const MutualJsonValue     *array,
            NewLink                    new_link,
            GError                   **error)
{
  const MutualJsonMember *members = section->members;
  const char * const allowed[] = { members[0].member, members[1].member, members[2].member, NULL };
  g_autoptr(GTypeClass) klass = g_type_class_ref (section->get_type ());
  g_autofree char *count_name = g_strdelimit (g_strdup (members[2].member), "_", '-');
  GParamSpecUInt *count_spec = G_PARAM_SPEC_UINT (g_object_class_find_property (G_OBJECT_CLASS (klass), count_name));

  g_assert (members[3].member == NULL);
  for (guint i = 0; i < array->length; i++)
    {
      char path[64];
      g_autoptr(GObject) item = NULL;
      g_autoptr(GError) local = NULL;
      const MutualJsonValue *object;
      const char *from = NULL, *to = NULL;
      gint64 count = count_spec->default_value;

      item_path (path, sizeof path, section->member, i);
      if (!mutual_json_get_object (&array->u.items[i], path, &object, error) ||
          !mutual_json_check_members (object, path, allowed, error) ||
          !require (object, path, members[0].member, error) ||
          !mutual_json_get_string (object, path, members[0].member, TRUE, &from, error) ||
          !require (object, path, members[1].member, error) ||
          !mutual_json_get_string (object, path, members[1].member, TRUE, &to, error) ||
          !mutual_json_get_int64 (object, path, members[2].member, FALSE, count_spec->minimum, count_spec->maximum,
                                  &count, error))
        return FALSE;
      item = new_link (from, to, (guint) count);
      if (!mutual_model_add_item (model, section->collection, item, &local))
        {
          g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", path, local->message);
          return FALSE;
        }
    }
  return TRUE;
}

static const MutualModelSection *
section_named (const char *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_str_equal (sections[i].member, member))
      return &sections[i];
  g_assert_not_reached ();
}

static GObject *
new_membership (const char *member,
                const char *organisation,
                guint       votes)
{
  return G_OBJECT (mutual_membership_new_fields (member, organisation, votes));
}

static GObject *
new_board_right (const char *appointer,
                 const char *company,
                 guint       directors)
{
  return G_OBJECT (mutual_board_right_new_fields (appointer, company, directors));
}

static gboolean
read_memberships (MutualModel            *model,
                  const MutualJsonValue  *array,
                  GError                **error)
{
  return read_links (section_named ("memberships"), model, array, new_membership, error);
}

static gboolean
read_board_rights (MutualModel            *model,
                   const MutualJsonValue  *array,
                   GError                **error)
{
  return read_links (section_named ("board_rights"), model, array, new_board_right, error);
}
