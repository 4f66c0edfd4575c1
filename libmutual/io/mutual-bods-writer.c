/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "mutual-analysis.h"
#include "mutual-interest.h"
#include "mutual-bods-private.h"
#include "mutual-date-private.h"
#include "mutual-error.h"
#include "mutual-fraction-private.h"
#include "mutual-model-private.h"

/* Writing a model as BODS 0.4: one entity or person record per party, one
 * relationship record per pair of parties with the interests the model
 * gives the one in the other, computed from the model (share classes
 * resolved) rather than copied from it. */

typedef struct
{
  char *subject;
  char *party;
  JsonBuilder *interests;    /* an open array */
  guint n_interests;
  gboolean beneficial;
} Pair;

typedef struct
{
  char *subject;
  char *party;
  MutualFraction share;      /* exact when every path is */
  double value;
  gboolean exact;
  GStrv components;
  gboolean beneficial;
} Indirect;

typedef struct
{
  MutualModel *model;
  const char *date;
  GHashTable *pairs;         /* key2 (subject, party) → Pair */
  GPtrArray *pair_order;
  GPtrArray *indirect;       /* Indirect */
} Writer;

static void
indirect_free (Indirect *indirect)
{
  g_free (indirect->subject);
  g_free (indirect->party);
  g_strfreev (indirect->components);
  g_free (indirect);
}

static void
pair_free (Pair *pair)
{
  g_free (pair->subject);
  g_free (pair->party);
  g_object_unref (pair->interests);
  g_free (pair);
}

static Pair *
pair_for (Writer     *writer,
          const char *subject,
          const char *party)
{
  g_autofree char *key = mutual_model_key2 (subject, party);
  Pair *pair = g_hash_table_lookup (writer->pairs, key);

  if (pair == NULL)
    {
      pair = g_new0 (Pair, 1);
      pair->subject = g_strdup (subject);
      pair->party = g_strdup (party);
      pair->interests = json_builder_new ();
      json_builder_begin_array (pair->interests);
      g_hash_table_insert (writer->pairs, g_steal_pointer (&key), pair);
      g_ptr_array_add (writer->pair_order, pair);
    }
  return pair;
}

static gboolean
is_person (Writer     *writer,
           const char *id)
{
  MutualParty *party = mutual_model_lookup_party (writer->model, id);

  return party != NULL && mutual_party_get_kind (party) == MUTUAL_PARTY_KIND_PERSON;
}

/* Beneficial ownership or control, as libmutual states it on export: a
 * natural person with more than 25% of the shares or votes, or the right
 * to appoint a majority of the board (Companies Act 2006 Sch 1A). */
static void
add_interest (Writer               *writer,
              const char           *subject,
              const char           *party,
              const char           *type,
              const MutualFraction *share,
              const char           *details,
              gboolean              significant)
{
  Pair *pair = pair_for (writer, subject, party);
  JsonBuilder *b = pair->interests;
  gboolean beneficial = significant && is_person (writer, party);

  pair->beneficial = pair->beneficial || beneficial;
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, type);
  json_builder_set_member_name (b, "directOrIndirect");
  json_builder_add_string_value (b, "direct");
  json_builder_set_member_name (b, "beneficialOwnershipOrControl");
  json_builder_add_boolean_value (b, beneficial);
  if (details != NULL)
    {
      json_builder_set_member_name (b, "details");
      json_builder_add_string_value (b, details);
    }
  if (share != NULL)
    {
      json_builder_set_member_name (b, "share");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "exact");
      json_builder_add_double_value (b, mutual_bods_fraction_to_percent (share));
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
  pair->n_interests++;
}

static gboolean
more_than_quarter (const MutualFraction *share)
{
  return mutual_fraction_compare_ratio (share, 1, 4) > 0;
}

/* Shares (by nominal value, Companies Act 2006 Sch 1A para 2 and the
 * standard's "proportion of shares") and votes per holder, every class of
 * a company together; a golden share is control through the articles. */
static gboolean
add_company_interests (Writer      *writer,
                       MutualParty *company,
                       GError     **error)
{
  const char *id = mutual_party_get_id (company);
  GPtrArray *holdings = mutual_model_get_array (writer->model, MUTUAL_COLLECTION_HOLDINGS);
  GPtrArray *memberships = mutual_model_get_array (writer->model, MUTUAL_COLLECTION_MEMBERSHIPS);
  g_autoptr(GHashTable) nominal = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) votes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  g_autoptr(GHashTable) golden = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean per_member = mutual_party_kind_get_vote_basis (mutual_party_get_kind (company)) == MUTUAL_VOTE_BASIS_PER_MEMBER;
  __int128 nominal_total = 0, votes_total = 0;

  for (guint i = 0; i < holdings->len; i++)
    {
      MutualHolding *holding = g_ptr_array_index (holdings, i);
      MutualShareClass *klass = mutual_model_lookup_share_class (writer->model, mutual_holding_get_share_class (holding));
      const char *holder = mutual_holding_get_holder (holding);
      __int128 *n, *v;

      if (klass == NULL || !g_str_equal (mutual_share_class_get_issuer (klass), id))
        continue;
      if (!g_hash_table_contains (nominal, holder))
        {
          g_hash_table_insert (nominal, (gpointer) holder, g_new0 (__int128, 1));
          g_hash_table_insert (votes, (gpointer) holder, g_new0 (__int128, 1));
          g_ptr_array_add (holders, (gpointer) holder);
        }
      n = g_hash_table_lookup (nominal, holder);
      v = g_hash_table_lookup (votes, holder);
      *n += (__int128) mutual_holding_get_count (holding) * mutual_share_class_get_nominal_value (klass);
      nominal_total += (__int128) mutual_holding_get_count (holding) * mutual_share_class_get_nominal_value (klass);
      if (!per_member)
        {
          *v += (__int128) mutual_holding_get_count (holding) * mutual_share_class_get_votes_per_share (klass);
          votes_total += (__int128) mutual_holding_get_count (holding) * mutual_share_class_get_votes_per_share (klass);
        }
      if (mutual_share_class_get_special_rights (klass) & MUTUAL_SPECIAL_RIGHTS_VETO_RESERVED_MATTERS)
        g_hash_table_add (golden, (gpointer) holder);
    }
  if (per_member)
    for (guint i = 0; i < memberships->len; i++)
      {
        MutualMembership *membership = g_ptr_array_index (memberships, i);
        const char *member = mutual_membership_get_member (membership);
        __int128 *v;

        if (!g_str_equal (mutual_membership_get_organisation (membership), id))
          continue;
        if (!g_hash_table_contains (nominal, member))
          {
            g_hash_table_insert (nominal, (gpointer) member, g_new0 (__int128, 1));
            g_hash_table_insert (votes, (gpointer) member, g_new0 (__int128, 1));
            g_ptr_array_add (holders, (gpointer) member);
          }
        v = g_hash_table_lookup (votes, member);
        *v += mutual_membership_get_votes (membership);
        votes_total += mutual_membership_get_votes (membership);
      }

  for (guint i = 0; i < holders->len; i++)
    {
      const char *holder = g_ptr_array_index (holders, i);
      __int128 n = *(__int128 *) g_hash_table_lookup (nominal, holder);
      __int128 v = *(__int128 *) g_hash_table_lookup (votes, holder);
      MutualFraction share;

      if (n > 0 && nominal_total > 0)
        {
          if (!mutual_fraction_reduce128 (n, nominal_total, &share))
            goto overflow;
          add_interest (writer, id, holder, "shareholding", &share, NULL, more_than_quarter (&share));
        }
      if (v > 0 && votes_total > 0)
        {
          if (!mutual_fraction_reduce128 (v, votes_total, &share))
            goto overflow;
          add_interest (writer, id, holder, "votingRights", &share, per_member ? "votes as a member" : NULL,
                        more_than_quarter (&share));
        }
      if (g_hash_table_contains (golden, holder))
        add_interest (writer, id, holder, "controlViaCompanyRulesOrArticles", NULL,
                      "holds a special share with a veto over the matters reserved in the articles", TRUE);
    }
  return TRUE;

overflow:
  g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW, "the shares in “%s” cannot be written as exact percentages", id);
  return FALSE;
}

static void
add_rights (Writer *writer)
{
  GPtrArray *board = mutual_model_get_array (writer->model, MUTUAL_COLLECTION_BOARD_RIGHTS);
  GPtrArray *agreements = mutual_model_get_array (writer->model, MUTUAL_COLLECTION_AGREEMENT_RIGHTS);
  GPtrArray *parties = mutual_model_get_array (writer->model, MUTUAL_COLLECTION_PARTIES);

  for (guint i = 0; i < board->len; i++)
    {
      MutualBoardRight *right = g_ptr_array_index (board, i);
      MutualParty *company = mutual_model_lookup_party (writer->model, mutual_board_right_get_company (right));
      guint size = mutual_party_get_board_size (company);
      guint directors = mutual_board_right_get_directors (right);

      if (size > 0)
        {
          MutualFraction share;

          mutual_fraction_init (&share, MIN (directors, size), size);
          add_interest (writer, mutual_party_get_id (company), mutual_board_right_get_appointer (right),
                        "appointmentOfBoard", &share, NULL, (guint64) directors * 2 > size);
        }
      else
        {
          g_autofree char *details = g_strdup_printf ("appoints %u director%s", directors, directors == 1 ? "" : "s");

          add_interest (writer, mutual_party_get_id (company), mutual_board_right_get_appointer (right),
                        "appointmentOfBoard", NULL, details, FALSE);
        }
    }

  for (guint i = 0; i < agreements->len; i++)
    {
      MutualAgreementRight *right = g_ptr_array_index (agreements, i);
      const MutualFraction *share = mutual_agreement_right_get_share (right);
      const char *type = NULL;

      switch (mutual_agreement_right_get_dimension (right))
        {
        case MUTUAL_DIMENSION_SHARES:
          type = "shareholding";
          break;
        case MUTUAL_DIMENSION_VOTES:
          type = "votingRights";
          break;
        case MUTUAL_DIMENSION_PROFITS:
          type = "rightsToProfitOrIncome";
          break;
        case MUTUAL_DIMENSION_CAPITAL:
        default:
          type = "rightsToSurplusAssetsOnDissolution";
          break;
        }
      if (!mutual_fraction_is_zero (share))
        add_interest (writer, mutual_agreement_right_get_company (right), mutual_agreement_right_get_holder (right),
                      type, share, mutual_agreement_right_get_source (right),
                      mutual_agreement_right_get_dimension (right) <= MUTUAL_DIMENSION_VOTES && more_than_quarter (share));
      if (mutual_agreement_right_get_veto (right))
        add_interest (writer, mutual_agreement_right_get_company (right), mutual_agreement_right_get_holder (right),
                      "controlViaCompanyRulesOrArticles", NULL, "a veto over the matters reserved in the articles", TRUE);
    }

  for (guint i = 0; i < parties->len; i++)
    {
      MutualParty *party = g_ptr_array_index (parties, i);
      const char * const *trustees = mutual_party_get_trustees (party);

      if (!mutual_party_kind_is_trust (mutual_party_get_kind (party)))
        continue;
      for (guint j = 0; trustees[j] != NULL; j++)
        add_interest (writer, mutual_party_get_id (party), trustees[j], "trustee", NULL, NULL, FALSE);
      if (mutual_party_get_beneficiary_employer (party) != NULL)
        add_interest (writer, mutual_party_get_id (party), mutual_party_get_beneficiary_employer (party),
                      "beneficiaryOfLegalArrangement", NULL, MUTUAL_BODS_EMPLOYEES_DETAILS, FALSE);
    }
}

static gboolean
is_undisclosed (const char *id)
{
  return g_str_has_suffix (id, MUTUAL_BODS_UNDISCLOSED_SUFFIX);
}

static char *
relationship_id (const char *subject,
                 const char *party)
{
  return g_strdup_printf ("rel:%s:%s", subject, party);
}

/* Look-through ownership (the analysis's) as indirect relationships: for
 * each ultimate owner of a company's shares that holds some of it through
 * others, the part it holds through them, with the entities and direct
 * relationships along the way as components. */
static gboolean
add_indirect (Writer  *writer,
              GError **error)
{
  g_autoptr(MutualAnalysis) analysis = mutual_analysis_new (writer->model);
  g_auto(GStrv) companies = mutual_analysis_dup_companies (analysis);

  for (guint c = 0; companies[c] != NULL; c++)
    {
      g_autoptr(GListModel) owners = mutual_analysis_ultimate_owners (analysis, companies[c], MUTUAL_DIMENSION_SHARES, error);

      if (owners == NULL)
        return FALSE;
      for (guint o = 0; o < g_list_model_get_n_items (owners); o++)
        {
          g_autoptr(MutualInterest) owner = g_list_model_get_item (owners, o);
          const char *holder = mutual_interest_get_holder (owner);
          g_autoptr(GListModel) paths = NULL;
          g_autoptr(GPtrArray) components = g_ptr_array_new_with_free_func (g_free);
          Indirect *indirect;
          MutualFraction sum;
          double value = 0;
          gboolean exact = TRUE, any = FALSE;

          if (is_undisclosed (holder))
            continue;
          paths = mutual_analysis_interest_paths (analysis, holder, companies[c], MUTUAL_DIMENSION_SHARES, error);
          if (paths == NULL)
            return FALSE;
          mutual_fraction_init (&sum, 0, 1);
          for (guint p = 0; p < g_list_model_get_n_items (paths); p++)
            {
              g_autoptr(MutualInterestPath) path = g_list_model_get_item (paths, p);
              const char * const *parties = mutual_interest_path_get_parties (path);
              const MutualFraction *fraction = mutual_interest_path_get_fraction (path);
              guint n = g_strv_length ((char **) parties);

              if (n <= 2)
                continue;
              any = TRUE;
              value += mutual_interest_path_get_value (path);
              if (fraction == NULL || !mutual_fraction_add (&sum, fraction, &sum))
                exact = FALSE;
              for (guint k = 0; k + 1 < n; k++)
                {
                  g_autofree char *rel = relationship_id (parties[k + 1], parties[k]);

                  if (k > 0 && !g_ptr_array_find_with_equal_func (components, parties[k], g_str_equal, NULL))
                    g_ptr_array_add (components, g_strdup (parties[k]));
                  if (!g_ptr_array_find_with_equal_func (components, rel, g_str_equal, NULL))
                    g_ptr_array_add (components, g_steal_pointer (&rel));
                }
            }
          if (!any)
            continue;
          g_ptr_array_add (components, NULL);
          indirect = g_new0 (Indirect, 1);
          indirect->subject = g_strdup (companies[c]);
          indirect->party = g_strdup (holder);
          indirect->share = sum;
          indirect->value = value;
          indirect->exact = exact;
          indirect->components = (GStrv) g_ptr_array_steal (components, NULL);
          indirect->beneficial = is_person (writer, holder) && mutual_interest_get_value (owner) > 0.25;
          g_ptr_array_add (writer->indirect, indirect);
        }
    }
  return TRUE;
}

static char *
statement_id_for (Writer     *writer,
                  const char *record_id)
{
  g_autofree char *seed = g_strconcat ("libmutual\x1f", writer->date, "\x1f", record_id, NULL);

  /* 64 hex digits: the schema's maximum, and stable for the same model */
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, seed, -1);
}

static void
begin_statement (Writer      *writer,
                 JsonBuilder *b,
                 const char  *record_id,
                 const char  *type,
                 const char  *declaration_subject)
{
  g_autofree char *statement_id = statement_id_for (writer, record_id);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "statementId");
  json_builder_add_string_value (b, statement_id);
  json_builder_set_member_name (b, "declarationSubject");
  json_builder_add_string_value (b, declaration_subject);
  json_builder_set_member_name (b, "statementDate");
  json_builder_add_string_value (b, writer->date);
  json_builder_set_member_name (b, "publicationDetails");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "publicationDate");
  json_builder_add_string_value (b, writer->date);
  json_builder_set_member_name (b, "bodsVersion");
  json_builder_add_string_value (b, "0.4");
  json_builder_set_member_name (b, "publisher");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, "libmutual");
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "recordId");
  json_builder_add_string_value (b, record_id);
  json_builder_set_member_name (b, "recordType");
  json_builder_add_string_value (b, type);
  json_builder_set_member_name (b, "recordStatus");
  json_builder_add_string_value (b, "new");
  json_builder_set_member_name (b, "recordDetails");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "isComponent");
  json_builder_add_boolean_value (b, FALSE);
}

static void
write_party (Writer      *writer,
             JsonBuilder *b,
             MutualParty *party,
             const char  *declaration_subject)
{
  MutualPartyKind kind = mutual_party_get_kind (party);
  const char *number = mutual_party_get_company_number (party);

  if (kind == MUTUAL_PARTY_KIND_PERSON)
    {
      begin_statement (writer, b, mutual_party_get_id (party), "person", declaration_subject);
      json_builder_set_member_name (b, "personType");
      json_builder_add_string_value (b, "knownPerson");
      json_builder_set_member_name (b, "names");
      json_builder_begin_array (b);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, "legal");
      json_builder_set_member_name (b, "fullName");
      json_builder_add_string_value (b, mutual_party_get_name (party));
      json_builder_end_object (b);
      json_builder_end_array (b);
    }
  else
    {
      const char *type, *subtype = NULL;

      if (kind == MUTUAL_PARTY_KIND_PUBLIC_BODY)
        type = "stateBody";
      else if (mutual_party_kind_is_trust (kind))
        {
          type = "arrangement";
          subtype = "trust";
        }
      else
        type = number != NULL ? "registeredEntity" : "legalEntity";
      begin_statement (writer, b, mutual_party_get_id (party), "entity", declaration_subject);
      json_builder_set_member_name (b, "entityType");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, type);
      if (subtype != NULL)
        {
          json_builder_set_member_name (b, "subtype");
          json_builder_add_string_value (b, subtype);
        }
      /* the finer legal form, which the reader takes back */
      json_builder_set_member_name (b, "details");
      json_builder_add_string_value (b, mutual_party_kind_to_string (kind));
      json_builder_end_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, mutual_party_get_name (party));
      if (number != NULL)
        {
          gboolean uk_company = kind == MUTUAL_PARTY_KIND_COMPANY || kind == MUTUAL_PARTY_KIND_GUARANTEE_COMPANY;

          json_builder_set_member_name (b, "identifiers");
          json_builder_begin_array (b);
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          json_builder_add_string_value (b, number);
          json_builder_set_member_name (b, uk_company ? "scheme" : "schemeName");
          json_builder_add_string_value (b, uk_company ? "GB-COH" : "registered number");
          json_builder_end_object (b);
          json_builder_end_array (b);
        }
    }
  json_builder_end_object (b);   /* recordDetails */
  json_builder_end_object (b);   /* statement */
}

static void
write_relationship (Writer      *writer,
                    JsonBuilder *b,
                    Pair        *pair)
{
  g_autofree char *record_id = relationship_id (pair->subject, pair->party);
  g_autoptr(JsonNode) interests = NULL;

  begin_statement (writer, b, record_id, "relationship", pair->subject);
  json_builder_set_member_name (b, "subject");
  json_builder_add_string_value (b, pair->subject);
  json_builder_set_member_name (b, "interestedParty");
  if (is_undisclosed (pair->party))
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "reason");
      json_builder_add_string_value (b, "informationUnknownToPublisher");
      json_builder_set_member_name (b, "description");
      json_builder_add_string_value (b, "the holders of the rest of the shares are not disclosed");
      json_builder_end_object (b);
    }
  else
    json_builder_add_string_value (b, pair->party);
  json_builder_end_array (pair->interests);
  interests = json_builder_get_root (pair->interests);
  json_builder_set_member_name (b, "interests");
  json_builder_add_value (b, g_steal_pointer (&interests));
  json_builder_end_object (b);
  json_builder_end_object (b);
}

static void
write_indirect (Writer      *writer,
                JsonBuilder *b,
                Indirect    *indirect)
{
  g_autofree char *record_id = g_strdup_printf ("rel-indirect:%s:%s", indirect->subject, indirect->party);

  begin_statement (writer, b, record_id, "relationship", indirect->subject);
  json_builder_set_member_name (b, "subject");
  json_builder_add_string_value (b, indirect->subject);
  json_builder_set_member_name (b, "interestedParty");
  json_builder_add_string_value (b, indirect->party);
  json_builder_set_member_name (b, "componentRecords");
  json_builder_begin_array (b);
  for (guint i = 0; indirect->components[i] != NULL; i++)
    json_builder_add_string_value (b, indirect->components[i]);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "interests");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "shareholding");
  json_builder_set_member_name (b, "directOrIndirect");
  json_builder_add_string_value (b, "indirect");
  json_builder_set_member_name (b, "beneficialOwnershipOrControl");
  json_builder_add_boolean_value (b, indirect->beneficial);
  json_builder_set_member_name (b, "details");
  json_builder_add_string_value (b, "look-through: the shares held through the component companies and trusts");
  json_builder_set_member_name (b, "share");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "exact");
  json_builder_add_double_value (b, indirect->exact ? mutual_bods_fraction_to_percent (&indirect->share)
                                                    : indirect->value * 100.0);
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
}

/**
 * mutual_model_to_bods:
 * @self: a model
 * @length: (out) (optional): the length of the result
 * @error: return location for a #GError
 *
 * Writes the model as Beneficial Ownership Data Standard 0.4 statements: a
 * JSON array that validates against the 0.4 schema and that
 * [ctor@Mutual.BodsPackage.new_from_data] reads back to the same interests.
 *
 * - each party is an entity record (companies registered or legal
 *   entities, trusts arrangements, public bodies state bodies; the finer
 *   legal form in `entityType.details`) or a person record;
 * - each holder's `shareholding` in a company is its share of the nominal
 *   value of all the company's shares, every class together, and its
 *   `votingRights` its share of the votes (of the members' votes in a
 *   company whose members vote), both exact;
 * - a share class with a veto over reserved matters (a golden share) is
 *   `controlViaCompanyRulesOrArticles`; board rights are
 *   `appointmentOfBoard` (as a share of the board when its size is known);
 *   rights by agreement are `rightsToProfitOrIncome`,
 *   `rightsToSurplusAssetsOnDissolution`, `shareholding` or `votingRights`;
 * - a trust's trustees are `trustee` interests, and a trust for the
 *   employees of a company a `beneficiaryOfLegalArrangement` interest held
 *   by that company;
 * - undisclosed holders are an unspecified interested party;
 * - each ultimate owner that holds shares in a company through other
 *   parties (the look-through of [class@Mutual.Analysis]) has an indirect
 *   `shareholding` relationship for that part, listing the entities and
 *   direct relationships along the way as its `componentRecords` (which
 *   remain primary declarations themselves, `isComponent` false); reading
 *   the file back recomputes the figure from them
 *   ([method@Mutual.BodsPackage.check_indirect]).
 *
 * A natural person is marked as a beneficial owner when they hold more than
 * 25% of the shares or votes or appoint a majority of the board. Statements
 * are dated with the model's date (today if it has none); their ids are
 * derived from the record and the date, so the same model gives the same
 * file.
 *
 * Returns: (transfer full): the JSON text, or %NULL with @error set
 *
 * Since: 1.0
 */
char *
mutual_model_to_bods (MutualModel  *self,
                      gsize        *length,
                      GError      **error)
{
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) pair_free);
  g_autoptr(GPtrArray) pair_order = g_ptr_array_new ();
  g_autoptr(GPtrArray) indirect = g_ptr_array_new_with_free_func ((GDestroyNotify) indirect_free);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *today = NULL;
  Writer writer = { self, NULL, pairs, pair_order, indirect };
  GPtrArray *parties;
  const char *first_subject = NULL;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mutual_model_validate (self, error))
    return NULL;
  writer.date = mutual_model_get_date (self);
  if (writer.date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      today = g_date_time_format (now, "%Y-%m-%d");
      writer.date = today;
    }

  parties = mutual_model_get_array (self, MUTUAL_COLLECTION_PARTIES);
  for (guint i = 0; i < parties->len; i++)
    {
      MutualParty *party = g_ptr_array_index (parties, i);

      if (!add_company_interests (&writer, party, error))
        return NULL;
    }
  add_rights (&writer);
  if (!add_indirect (&writer, error))
    return NULL;
  if (pair_order->len > 0)
    first_subject = ((Pair *) g_ptr_array_index (pair_order, 0))->subject;

  json_builder_begin_array (b);
  for (guint i = 0; i < parties->len; i++)
    {
      MutualParty *party = g_ptr_array_index (parties, i);

      if (is_undisclosed (mutual_party_get_id (party)))
        continue;
      write_party (&writer, b, party,
                   mutual_party_get_kind (party) == MUTUAL_PARTY_KIND_PERSON && first_subject != NULL
                   ? first_subject : mutual_party_get_id (party));
    }
  for (guint i = 0; i < pair_order->len; i++)
    {
      Pair *pair = g_ptr_array_index (pair_order, i);

      if (pair->n_interests > 0)
        write_relationship (&writer, b, pair);
    }
  for (guint i = 0; i < indirect->len; i++)
    write_indirect (&writer, b, g_ptr_array_index (indirect, i));
  json_builder_end_array (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, length);
}

/**
 * mutual_model_save_to_bods_file:
 * @self: a model
 * @path: (type filename): where to write
 * @error: return location for a #GError
 *
 * Writes the model as BODS 0.4 to @path, replacing it atomically: see
 * [method@Mutual.Model.to_bods].
 *
 * Returns: %TRUE if the file was written
 *
 * Since: 1.0
 */
gboolean
mutual_model_save_to_bods_file (MutualModel  *self,
                                const char   *path,
                                GError      **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  gsize length;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = mutual_model_to_bods (self, &length, error);
  if (data == NULL)
    return FALSE;
  if (!g_file_set_contents (path, data, length, &local))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO, "%s", local->message);
      return FALSE;
    }
  return TRUE;
}
