/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-json-private.h"
#include "mutual-model-json-private.h"
#include "mutual-model-private.h"

/* The sections of the model file that hold the model's items, read and
 * written member by member. The JSON Schema beside the examples
 * (docs/model.schema.json) documents the same members. */

static gboolean
add_or_fail (MutualModel       *model,
             MutualCollection   collection,
             gpointer           item,
             const char        *path,
             GError           **error)
{
  g_autoptr(GObject) owned = item;
  g_autoptr(GError) local = NULL;

  if (!mutual_model_add_item (model, collection, owned, &local))
    {
      g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", path, local->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_parties (MutualModel  *model,
              JsonArray    *array,
              GError      **error)
{
  static const char *allowed[] = { "id", "name", "kind", "company_number", "board_size",
                                   "keeps_psc_register", "employer", "beneficiary_employer",
                                   "trustees", NULL };

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("parties[%u]", i);
      JsonObject *object;
      const char *id = NULL, *name = NULL, *number = NULL, *employer = NULL, *beneficiary = NULL;
      int kind = MUTUAL_PARTY_KIND_COMPANY;
      gint64 board_size = 0;
      gboolean rle = FALSE;
      g_auto(GStrv) trustees = NULL;

      if (!mutual_json_get_object (json_array_get_element (array, i), path, &object, error) ||
          !mutual_json_check_members (object, path, allowed, error) ||
          !mutual_json_get_string (object, path, "id", TRUE, &id, error) ||
          !mutual_json_get_string (object, path, "name", TRUE, &name, error) ||
          !mutual_json_get_enum (object, path, "kind", TRUE, MUTUAL_TYPE_PARTY_KIND, &kind, error) ||
          !mutual_json_get_string (object, path, "company_number", FALSE, &number, error) ||
          !mutual_json_get_int64 (object, path, "board_size", FALSE, 0, 10000, &board_size, error) ||
          !mutual_json_get_boolean (object, path, "keeps_psc_register", FALSE, &rle, error) ||
          !mutual_json_get_string (object, path, "employer", FALSE, &employer, error) ||
          !mutual_json_get_string (object, path, "beneficiary_employer", FALSE, &beneficiary, error) ||
          !mutual_json_get_strv (object, path, "trustees", &trustees, error))
        return FALSE;
      if (!add_or_fail (model, MUTUAL_COLLECTION_PARTIES,
                        g_object_new (MUTUAL_TYPE_PARTY,
                                      "id", id, "name", name, "kind", kind,
                                      "company-number", number,
                                      "board-size", (guint) board_size,
                                      "keeps-psc-register", rle,
                                      "employer", employer,
                                      "beneficiary-employer", beneficiary,
                                      "trustees", trustees,
                                      NULL),
                        path, error))
        return FALSE;
    }
  return TRUE;
}

static void
write_parties (MutualModel *model,
               JsonBuilder *builder)
{
  GPtrArray *items = mutual_model_get_array (model, MUTUAL_COLLECTION_PARTIES);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      MutualParty *party = g_ptr_array_index (items, i);
      const char * const *trustees = mutual_party_get_trustees (party);

      json_builder_begin_object (builder);
      mutual_json_add_string (builder, "id", mutual_party_get_id (party));
      mutual_json_add_string (builder, "name", mutual_party_get_name (party));
      mutual_json_add_string (builder, "kind", mutual_party_kind_to_string (mutual_party_get_kind (party)));
      mutual_json_add_string (builder, "company_number", mutual_party_get_company_number (party));
      if (mutual_party_get_board_size (party) > 0)
        {
          json_builder_set_member_name (builder, "board_size");
          json_builder_add_int_value (builder, mutual_party_get_board_size (party));
        }
      if (mutual_party_get_keeps_psc_register (party))
        {
          json_builder_set_member_name (builder, "keeps_psc_register");
          json_builder_add_boolean_value (builder, TRUE);
        }
      mutual_json_add_string (builder, "employer", mutual_party_get_employer (party));
      mutual_json_add_string (builder, "beneficiary_employer", mutual_party_get_beneficiary_employer (party));
      if (trustees[0] != NULL)
        {
          json_builder_set_member_name (builder, "trustees");
          json_builder_begin_array (builder);
          for (guint j = 0; trustees[j] != NULL; j++)
            json_builder_add_string_value (builder, trustees[j]);
          json_builder_end_array (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
read_share_classes (MutualModel  *model,
                    JsonArray    *array,
                    GError      **error)
{
  static const char *allowed[] = { "id", "issuer", "name", "votes_per_share", "dividend_weight",
                                   "capital_weight", "nominal_value", "ordinary", "special_rights", NULL };

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("share_classes[%u]", i);
      JsonObject *object;
      const char *id = NULL, *issuer = NULL, *name = NULL;
      gint64 votes = 1, dividends = 1, capital = 1, nominal = 100;
      gboolean ordinary = TRUE;
      guint special = 0;

      if (!mutual_json_get_object (json_array_get_element (array, i), path, &object, error) ||
          !mutual_json_check_members (object, path, allowed, error) ||
          !mutual_json_get_string (object, path, "id", TRUE, &id, error) ||
          !mutual_json_get_string (object, path, "issuer", TRUE, &issuer, error) ||
          !mutual_json_get_string (object, path, "name", TRUE, &name, error) ||
          !mutual_json_get_int64 (object, path, "votes_per_share", FALSE, 0, G_MAXUINT32, &votes, error) ||
          !mutual_json_get_int64 (object, path, "dividend_weight", FALSE, 0, G_MAXUINT32, &dividends, error) ||
          !mutual_json_get_int64 (object, path, "capital_weight", FALSE, 0, G_MAXUINT32, &capital, error) ||
          !mutual_json_get_int64 (object, path, "nominal_value", FALSE, 0, G_MAXINT64, &nominal, error) ||
          !mutual_json_get_boolean (object, path, "ordinary", FALSE, &ordinary, error) ||
          !mutual_json_get_flags (object, path, "special_rights", MUTUAL_TYPE_SPECIAL_RIGHTS, &special, error))
        return FALSE;
      if (!add_or_fail (model, MUTUAL_COLLECTION_SHARE_CLASSES,
                        g_object_new (MUTUAL_TYPE_SHARE_CLASS,
                                      "id", id, "issuer", issuer, "name", name,
                                      "votes-per-share", (guint) votes,
                                      "dividend-weight", (guint) dividends,
                                      "capital-weight", (guint) capital,
                                      "nominal-value", nominal,
                                      "ordinary", ordinary,
                                      "special-rights", special,
                                      NULL),
                        path, error))
        return FALSE;
    }
  return TRUE;
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
write_share_classes (MutualModel *model,
                     JsonBuilder *builder)
{
  GPtrArray *items = mutual_model_get_array (model, MUTUAL_COLLECTION_SHARE_CLASSES);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      MutualShareClass *klass = g_ptr_array_index (items, i);

      json_builder_begin_object (builder);
      mutual_json_add_string (builder, "id", mutual_share_class_get_id (klass));
      mutual_json_add_string (builder, "issuer", mutual_share_class_get_issuer (klass));
      mutual_json_add_string (builder, "name", mutual_share_class_get_name (klass));
      add_int (builder, "votes_per_share", mutual_share_class_get_votes_per_share (klass));
      add_int (builder, "dividend_weight", mutual_share_class_get_dividend_weight (klass));
      add_int (builder, "capital_weight", mutual_share_class_get_capital_weight (klass));
      add_int (builder, "nominal_value", mutual_share_class_get_nominal_value (klass));
      json_builder_set_member_name (builder, "ordinary");
      json_builder_add_boolean_value (builder, mutual_share_class_get_ordinary (klass));
      if (mutual_share_class_get_special_rights (klass) != MUTUAL_SPECIAL_RIGHTS_NONE)
        mutual_json_add_flags (builder, "special_rights", MUTUAL_TYPE_SPECIAL_RIGHTS,
                               mutual_share_class_get_special_rights (klass));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
read_holdings (MutualModel  *model,
               JsonArray    *array,
               GError      **error)
{
  static const char *allowed[] = { "holder", "share_class", "count", NULL };

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("holdings[%u]", i);
      JsonObject *object;
      const char *holder = NULL, *klass = NULL;
      gint64 count = 0;

      if (!mutual_json_get_object (json_array_get_element (array, i), path, &object, error) ||
          !mutual_json_check_members (object, path, allowed, error) ||
          !mutual_json_get_string (object, path, "holder", TRUE, &holder, error) ||
          !mutual_json_get_string (object, path, "share_class", TRUE, &klass, error) ||
          !mutual_json_get_int64 (object, path, "count", TRUE, 0, G_MAXINT64, &count, error))
        return FALSE;
      if (!add_or_fail (model, MUTUAL_COLLECTION_HOLDINGS, mutual_holding_new (holder, klass, count), path, error))
        return FALSE;
    }
  return TRUE;
}

static void
write_holdings (MutualModel *model,
                JsonBuilder *builder)
{
  GPtrArray *items = mutual_model_get_array (model, MUTUAL_COLLECTION_HOLDINGS);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      MutualHolding *holding = g_ptr_array_index (items, i);

      json_builder_begin_object (builder);
      mutual_json_add_string (builder, "holder", mutual_holding_get_holder (holding));
      mutual_json_add_string (builder, "share_class", mutual_holding_get_share_class (holding));
      add_int (builder, "count", mutual_holding_get_count (holding));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
read_memberships (MutualModel  *model,
                  JsonArray    *array,
                  GError      **error)
{
  static const char *allowed[] = { "member", "organisation", "votes", NULL };

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("memberships[%u]", i);
      JsonObject *object;
      const char *member = NULL, *organisation = NULL;
      gint64 votes = 1;

      if (!mutual_json_get_object (json_array_get_element (array, i), path, &object, error) ||
          !mutual_json_check_members (object, path, allowed, error) ||
          !mutual_json_get_string (object, path, "member", TRUE, &member, error) ||
          !mutual_json_get_string (object, path, "organisation", TRUE, &organisation, error) ||
          !mutual_json_get_int64 (object, path, "votes", FALSE, 0, G_MAXUINT32, &votes, error))
        return FALSE;
      if (!add_or_fail (model, MUTUAL_COLLECTION_MEMBERSHIPS,
                        mutual_membership_new (member, organisation, (guint) votes), path, error))
        return FALSE;
    }
  return TRUE;
}

static void
write_memberships (MutualModel *model,
                   JsonBuilder *builder)
{
  GPtrArray *items = mutual_model_get_array (model, MUTUAL_COLLECTION_MEMBERSHIPS);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      MutualMembership *membership = g_ptr_array_index (items, i);

      json_builder_begin_object (builder);
      mutual_json_add_string (builder, "member", mutual_membership_get_member (membership));
      mutual_json_add_string (builder, "organisation", mutual_membership_get_organisation (membership));
      add_int (builder, "votes", mutual_membership_get_votes (membership));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
read_board_rights (MutualModel  *model,
                   JsonArray    *array,
                   GError      **error)
{
  static const char *allowed[] = { "appointer", "company", "directors", NULL };

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("board_rights[%u]", i);
      JsonObject *object;
      const char *appointer = NULL, *company = NULL;
      gint64 directors = 1;

      if (!mutual_json_get_object (json_array_get_element (array, i), path, &object, error) ||
          !mutual_json_check_members (object, path, allowed, error) ||
          !mutual_json_get_string (object, path, "appointer", TRUE, &appointer, error) ||
          !mutual_json_get_string (object, path, "company", TRUE, &company, error) ||
          !mutual_json_get_int64 (object, path, "directors", FALSE, 0, 10000, &directors, error))
        return FALSE;
      if (!add_or_fail (model, MUTUAL_COLLECTION_BOARD_RIGHTS,
                        mutual_board_right_new (appointer, company, (guint) directors), path, error))
        return FALSE;
    }
  return TRUE;
}

static void
write_board_rights (MutualModel *model,
                    JsonBuilder *builder)
{
  GPtrArray *items = mutual_model_get_array (model, MUTUAL_COLLECTION_BOARD_RIGHTS);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      MutualBoardRight *right = g_ptr_array_index (items, i);

      json_builder_begin_object (builder);
      mutual_json_add_string (builder, "appointer", mutual_board_right_get_appointer (right));
      mutual_json_add_string (builder, "company", mutual_board_right_get_company (right));
      add_int (builder, "directors", mutual_board_right_get_directors (right));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
read_agreement_rights (MutualModel  *model,
                       JsonArray    *array,
                       GError      **error)
{
  static const char *allowed[] = { "holder", "company", "dimension", "share", "veto", "source", NULL };

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("agreement_rights[%u]", i);
      JsonObject *object;
      const char *holder = NULL, *company = NULL, *source = NULL;
      int dimension = MUTUAL_DIMENSION_PROFITS;
      MutualFraction share = { 0, 1 };
      gboolean veto = FALSE;

      if (!mutual_json_get_object (json_array_get_element (array, i), path, &object, error) ||
          !mutual_json_check_members (object, path, allowed, error) ||
          !mutual_json_get_string (object, path, "holder", TRUE, &holder, error) ||
          !mutual_json_get_string (object, path, "company", TRUE, &company, error) ||
          !mutual_json_get_enum (object, path, "dimension", TRUE, MUTUAL_TYPE_DIMENSION, &dimension, error) ||
          !mutual_json_get_fraction (object, path, "share", TRUE, &share, error) ||
          !mutual_json_get_boolean (object, path, "veto", FALSE, &veto, error) ||
          !mutual_json_get_string (object, path, "source", FALSE, &source, error))
        return FALSE;
      if (!add_or_fail (model, MUTUAL_COLLECTION_AGREEMENT_RIGHTS,
                        g_object_new (MUTUAL_TYPE_AGREEMENT_RIGHT,
                                      "holder", holder, "company", company,
                                      "dimension", dimension, "share", &share,
                                      "veto", veto, "source", source,
                                      NULL),
                        path, error))
        return FALSE;
    }
  return TRUE;
}

static void
write_agreement_rights (MutualModel *model,
                        JsonBuilder *builder)
{
  GPtrArray *items = mutual_model_get_array (model, MUTUAL_COLLECTION_AGREEMENT_RIGHTS);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      MutualAgreementRight *right = g_ptr_array_index (items, i);
      g_autofree char *share = mutual_fraction_to_string (mutual_agreement_right_get_share (right));

      json_builder_begin_object (builder);
      mutual_json_add_string (builder, "holder", mutual_agreement_right_get_holder (right));
      mutual_json_add_string (builder, "company", mutual_agreement_right_get_company (right));
      mutual_json_add_string (builder, "dimension", mutual_dimension_to_string (mutual_agreement_right_get_dimension (right)));
      mutual_json_add_string (builder, "share", share);
      if (mutual_agreement_right_get_veto (right))
        {
          json_builder_set_member_name (builder, "veto");
          json_builder_add_boolean_value (builder, TRUE);
        }
      mutual_json_add_string (builder, "source", mutual_agreement_right_get_source (right));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* In file order: what an item names is read before it. */
static const MutualModelSection sections[] = {
  { "parties", read_parties, write_parties },
  { "share_classes", read_share_classes, write_share_classes },
  { "holdings", read_holdings, write_holdings },
  { "memberships", read_memberships, write_memberships },
  { "board_rights", read_board_rights, write_board_rights },
  { "agreement_rights", read_agreement_rights, write_agreement_rights },
  { "staff", mutual_tupe_json_read_staff, mutual_tupe_json_write_staff },
  { "transfer_plans", mutual_tupe_json_read_plans, mutual_tupe_json_write_plans },
};

const MutualModelSection *
mutual_model_json_get_sections (guint *n_sections)
{
  *n_sections = G_N_ELEMENTS (sections);
  return sections;
}
