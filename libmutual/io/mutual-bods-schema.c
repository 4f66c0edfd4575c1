/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-bods-schema-private.h"
#include "mutual-date-private.h"

/* The BODS 0.4 statement shape as tables: each member's kind, format,
 * codelist and bounds, which members are required, and the conditional
 * rules (subtype per entity type, annotations by motivation, components
 * of a component). Paths are reported as JSONPath, as validators and the
 * standard's own test data (expected_errors.csv) name them. */

typedef enum {
  KIND_STRING,
  KIND_BOOLEAN,
  KIND_NUMBER,
  KIND_OBJECT,
  KIND_ARRAY,
  KIND_RECORD_REF,      /* a recordId string, or an UnspecifiedRecord object */
} Kind;

typedef enum {
  FORMAT_NONE,
  FORMAT_DATE,
  FORMAT_DATE_OR_DATE_TIME,
  FORMAT_PARTIAL_DATE,  /* YYYY, YYYY-MM or a full date */
  FORMAT_URI,
  FORMAT_VERSION,       /* ^(\d+\.)(\d+)$ */
} Format;

typedef struct _Shape Shape;
typedef struct _Checker Checker;

typedef struct
{
  const char *name;
  const Shape *shape;
  gboolean required;
} Member;

struct _Checker
{
  MutualBodsReport report;
  gpointer user_data;
};

typedef void (*ExtraCheck) (Checker    *checker,
                            JsonObject *object,
                            const char *path);

struct _Shape
{
  Kind kind;
  Format format;
  const char * const *values;   /* a closed codelist */
  int min_length, max_length;   /* 0: none */
  gboolean percentage;          /* a number from 0 to 100 */
  const Member *members;        /* objects */
  const Shape *items;           /* arrays */
  ExtraCheck extra;
};

/* --- formats --- */

gboolean
mutual_bods_is_date (const char *text)
{
  MutualDay day;

  return text != NULL && mutual_day_parse (text, &day, NULL);
}

static gboolean
digits (const char *p,
        int         n)
{
  for (int i = 0; i < n; i++)
    if (!g_ascii_isdigit (p[i]))
      return FALSE;
  return TRUE;
}

/* RFC 3339 date-time: 2020-09-11T16:30:23Z, with optional fraction and an
 * offset ±hh:mm. */
gboolean
mutual_bods_is_date_time (const char *text)
{
  char date[11];
  const char *p;

  if (text == NULL || strlen (text) < 20)
    return FALSE;
  memcpy (date, text, 10);
  date[10] = '\0';
  if (!mutual_bods_is_date (date) || (text[10] != 'T' && text[10] != 't'))
    return FALSE;
  p = text + 11;
  if (!digits (p, 2) || p[2] != ':' || !digits (p + 3, 2) || p[5] != ':' || !digits (p + 6, 2))
    return FALSE;
  if ((p[0] - '0') * 10 + (p[1] - '0') > 23 || (p[3] - '0') * 10 + (p[4] - '0') > 59 ||
      (p[6] - '0') * 10 + (p[7] - '0') > 60)
    return FALSE;
  p += 8;
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p == 'Z' || *p == 'z')
    return p[1] == '\0';
  if ((*p == '+' || *p == '-') && digits (p + 1, 2) && p[3] == ':' && digits (p + 4, 2))
    return p[6] == '\0';
  return FALSE;
}

/* An absolute URI (RFC 3986): a scheme, a colon, and no characters that
 * a URI cannot contain. */
gboolean
mutual_bods_is_uri (const char *text)
{
  const char *p = text;

  if (text == NULL || !g_ascii_isalpha (*p))
    return FALSE;
  while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  if (*p != ':')
    return FALSE;
  for (p = text; *p != '\0'; p++)
    if ((guchar) *p <= ' ' || strchr ("<>\"{}|\\^`", *p) != NULL)
      return FALSE;
  return TRUE;
}

static gboolean
is_partial_date (const char *text)
{
  gsize n = strlen (text);

  if (n == 4)
    return digits (text, 4);
  if (n == 7 && digits (text, 4) && text[4] == '-' && digits (text + 5, 2))
    {
      int month = (text[5] - '0') * 10 + (text[6] - '0');

      return month >= 1 && month <= 12;
    }
  return mutual_bods_is_date (text);
}

static gboolean
is_version (const char *text)
{
  const char *p = text;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p++ != '.' || !g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '\0';
}

/* --- reporting --- */

static void
report (Checker    *checker,
        const char *path,
        const char *keyword,
        const char *format,
        ...) G_GNUC_PRINTF (4, 5);

static void
report (Checker    *checker,
        const char *path,
        const char *keyword,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  checker->report (path, keyword, message, checker->user_data);
}

static const char *
node_type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "an array";
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_BOOLEAN:
      return "a boolean";
    default:
      return "a number";
    }
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static void check_node (Checker     *checker,
                        JsonNode    *node,
                        const Shape *shape,
                        const char  *path);

static void
check_object (Checker     *checker,
              JsonObject  *object,
              const Shape *shape,
              const char  *path)
{
  for (const Member *m = shape->members; m != NULL && m->name != NULL; m++)
    {
      g_autofree char *member_path = g_strconcat (path, ".", m->name, NULL);
      JsonNode *value = json_object_get_member (object, m->name);

      if (value == NULL)
        {
          if (m->required)
            report (checker, member_path, "required", "the required member “%s” is missing", m->name);
          continue;
        }
      check_node (checker, value, m->shape, member_path);
    }
  if (shape->extra != NULL)
    shape->extra (checker, object, path);
}

static void
check_string (Checker     *checker,
              const char  *text,
              const Shape *shape,
              const char  *path)
{
  glong length = g_utf8_strlen (text, -1);

  if (shape->values != NULL && !g_strv_contains (shape->values, text))
    {
      g_autofree char *allowed = g_strjoinv (", ", (char **) shape->values);

      report (checker, path, "enum", "“%s” is not in the codelist (%s)", text, allowed);
      return;
    }
  if (shape->min_length > 0 && length < shape->min_length)
    report (checker, path, "minLength", "“%s” is shorter than %d characters", text, shape->min_length);
  if (shape->max_length > 0 && length > shape->max_length)
    report (checker, path, "maxLength", "“%.80s” is longer than %d characters", text, shape->max_length);
  switch (shape->format)
    {
    case FORMAT_DATE:
      if (!mutual_bods_is_date (text))
        report (checker, path, "format", "“%s” is not a date (YYYY-MM-DD)", text);
      break;
    case FORMAT_DATE_OR_DATE_TIME:
      if (!mutual_bods_is_date (text) && !mutual_bods_is_date_time (text))
        report (checker, path, "anyOf", "“%s” is neither a date nor a date-time", text);
      break;
    case FORMAT_PARTIAL_DATE:
      if (!is_partial_date (text))
        report (checker, path, "anyOf", "“%s” is not a date, a year-month or a year", text);
      break;
    case FORMAT_URI:
      if (!mutual_bods_is_uri (text))
        report (checker, path, "format", "“%s” is not an absolute URI", text);
      break;
    case FORMAT_VERSION:
      if (!is_version (text))
        report (checker, path, "pattern", "“%s” is not a version such as 0.4", text);
      break;
    case FORMAT_NONE:
    default:
      break;
    }
}

static const Shape unspecified_record_shape;

static void
check_node (Checker     *checker,
            JsonNode    *node,
            const Shape *shape,
            const char  *path)
{
  switch (shape->kind)
    {
    case KIND_STRING:
      if (!is_string (node))
        report (checker, path, "type", "must be a string, not %s", node_type_name (node));
      else
        check_string (checker, json_node_get_string (node), shape, path);
      break;
    case KIND_BOOLEAN:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        report (checker, path, "type", "must be a boolean, not %s", node_type_name (node));
      break;
    case KIND_NUMBER:
      if (!is_number (node))
        report (checker, path, "type", "must be a number, not %s", node_type_name (node));
      else if (shape->percentage)
        {
          double value = json_node_get_double (node);

          if (value < 0)
            report (checker, path, "minimum", "%g is less than 0", value);
          else if (value > 100)
            report (checker, path, "maximum", "%g is more than 100", value);
        }
      break;
    case KIND_OBJECT:
      if (!JSON_NODE_HOLDS_OBJECT (node))
        report (checker, path, "type", "must be an object, not %s", node_type_name (node));
      else
        check_object (checker, json_node_get_object (node), shape, path);
      break;
    case KIND_ARRAY:
      if (!JSON_NODE_HOLDS_ARRAY (node))
        report (checker, path, "type", "must be an array, not %s", node_type_name (node));
      else
        {
          JsonArray *array = json_node_get_array (node);

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);

              check_node (checker, json_array_get_element (array, i), shape->items, item_path);
            }
        }
      break;
    case KIND_RECORD_REF:
      if (is_string (node))
        break;
      if (!JSON_NODE_HOLDS_OBJECT (node))
        report (checker, path, "oneOf", "must be a recordId or an unspecified record, not %s",
                node_type_name (node));
      else
        check_object (checker, json_node_get_object (node), &unspecified_record_shape, path);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* --- the shapes --- */

#define STRING_SHAPE { .kind = KIND_STRING }

static const Shape string_shape = STRING_SHAPE;
static const Shape boolean_shape = { .kind = KIND_BOOLEAN };
static const Shape percentage_shape = { .kind = KIND_NUMBER, .percentage = TRUE };
static const Shape date_shape = { .kind = KIND_STRING, .format = FORMAT_DATE };
static const Shape date_time_shape = { .kind = KIND_STRING, .format = FORMAT_DATE_OR_DATE_TIME };
static const Shape partial_date_shape = { .kind = KIND_STRING, .format = FORMAT_PARTIAL_DATE };
static const Shape uri_shape = { .kind = KIND_STRING, .format = FORMAT_URI };
static const Shape string_array_shape = { .kind = KIND_ARRAY, .items = &string_shape };
static const Shape uri_array_shape = { .kind = KIND_ARRAY, .items = &uri_shape };
static const Shape record_ref_shape = { .kind = KIND_RECORD_REF };

static const char * const unspecified_reasons[] = {
  "noBeneficialOwners", "subjectUnableToConfirmOrIdentifyBeneficialOwner",
  "interestedPartyHasNotProvidedInformation", "subjectExemptFromDisclosure",
  "interestedPartyExemptFromDisclosure", "unknown", "informationUnknownToPublisher", NULL
};
static const Shape unspecified_reason_shape = { .kind = KIND_STRING, .values = unspecified_reasons };
static const Member unspecified_record_members[] = {
  { "reason", &unspecified_reason_shape, TRUE },
  { "description", &string_shape },
  { NULL }
};
static const Shape unspecified_record_shape = { .kind = KIND_OBJECT, .members = unspecified_record_members };

static const Shape country_code_shape = { .kind = KIND_STRING, .min_length = 2, .max_length = 2 };
static const Member country_members[] = {
  { "name", &string_shape, TRUE },
  { "code", &country_code_shape },
  { NULL }
};
static const Shape country_shape = { .kind = KIND_OBJECT, .members = country_members };
static const Shape country_array_shape = { .kind = KIND_ARRAY, .items = &country_shape };

static const Shape jurisdiction_code_shape = { .kind = KIND_STRING, .min_length = 2, .max_length = 6 };
static const Member jurisdiction_members[] = {
  { "name", &string_shape, TRUE },
  { "code", &jurisdiction_code_shape },
  { NULL }
};
static const Shape jurisdiction_shape = { .kind = KIND_OBJECT, .members = jurisdiction_members };

#define ADDRESS_SHAPE(prefix, ...) \
  static const char * const prefix##_types[] = { __VA_ARGS__, NULL }; \
  static const Shape prefix##_type_shape = { .kind = KIND_STRING, .values = prefix##_types }; \
  static const Member prefix##_members[] = { \
    { "type", &prefix##_type_shape }, \
    { "address", &string_shape }, \
    { "postCode", &string_shape }, \
    { "country", &country_shape }, \
    { NULL } \
  }; \
  static const Shape prefix##_shape = { .kind = KIND_OBJECT, .members = prefix##_members }; \
  G_GNUC_UNUSED static const Shape prefix##_array_shape = { .kind = KIND_ARRAY, .items = &prefix##_shape };

ADDRESS_SHAPE (entity_address, "registered", "business", "alternative")
ADDRESS_SHAPE (person_address, "residence", "service", "alternative")
ADDRESS_SHAPE (birth_place, "placeOfBirth")

static void
check_identifier (Checker    *checker,
                  JsonObject *object,
                  const char *path)
{
  if (!json_object_has_member (object, "scheme") && !json_object_has_member (object, "schemeName"))
    {
      g_autofree char *member_path = g_strconcat (path, ".scheme", NULL);

      report (checker, member_path, "anyOf", "an identifier needs a scheme or a schemeName");
    }
}

static const Member identifier_members[] = {
  { "id", &string_shape },
  { "scheme", &string_shape },
  { "schemeName", &string_shape },
  { "uri", &uri_shape },
  { NULL }
};
static const Shape identifier_shape = { .kind = KIND_OBJECT, .members = identifier_members, .extra = check_identifier };
static const Shape identifier_array_shape = { .kind = KIND_ARRAY, .items = &identifier_shape };

static const char * const source_types[] = {
  "selfDeclaration", "officialRegister", "thirdParty", "primaryResearch", "verified", NULL
};
static const Shape source_type_shape = { .kind = KIND_STRING, .values = source_types };
static const Shape source_type_array_shape = { .kind = KIND_ARRAY, .items = &source_type_shape };
static const Member agent_members[] = {
  { "name", &string_shape },
  { "uri", &uri_shape },
  { NULL }
};
static const Shape agent_shape = { .kind = KIND_OBJECT, .members = agent_members };
static const Shape agent_array_shape = { .kind = KIND_ARRAY, .items = &agent_shape };
static const Member source_members[] = {
  { "type", &source_type_array_shape },
  { "description", &string_shape },
  { "url", &uri_shape },
  { "retrievedAt", &date_time_shape },
  { "assertedBy", &agent_array_shape },
  { NULL }
};
static const Shape source_shape = { .kind = KIND_OBJECT, .members = source_members };

/* Entity records */

static const char * const entity_types[] = {
  "registeredEntity", "legalEntity", "arrangement", "anonymousEntity", "unknownEntity", "state",
  "stateBody", NULL
};
static const char * const entity_subtypes[] = {
  "governmentDepartment", "stateAgency", "other", "trust", "nomination", NULL
};
static const Shape entity_type_code_shape = { .kind = KIND_STRING, .values = entity_types };
static const Shape entity_subtype_shape = { .kind = KIND_STRING, .values = entity_subtypes };

/* Which subtypes each entity type admits. */
static void
check_entity_type (Checker    *checker,
                   JsonObject *object,
                   const char *path)
{
  static const struct {
    const char *type;
    const char *subtypes[4];
  } allowed[] = {
    { "arrangement", { "trust", "nomination", "other" } },
    { "legalEntity", { "trust", "other" } },
    { "stateBody", { "governmentDepartment", "stateAgency", "other" } },
    { "registeredEntity", { "other" } },
    { "state", { "other" } },
    { "anonymousEntity", { "other" } },
    { "unknownEntity", { "other" } },
  };
  JsonNode *type = json_object_get_member (object, "type");
  JsonNode *subtype = json_object_get_member (object, "subtype");

  if (type == NULL || subtype == NULL || !is_string (type) || !is_string (subtype) ||
      !g_strv_contains (entity_subtypes, json_node_get_string (subtype)))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    if (g_str_equal (allowed[i].type, json_node_get_string (type)) &&
        !g_strv_contains (allowed[i].subtypes, json_node_get_string (subtype)))
      {
        g_autofree char *subtype_path = g_strconcat (path, ".subtype", NULL);

        report (checker, subtype_path, "enum", "an entity of type “%s” cannot have the subtype “%s”",
                json_node_get_string (type), json_node_get_string (subtype));
      }
}

static const Member entity_type_members[] = {
  { "type", &entity_type_code_shape, TRUE },
  { "subtype", &entity_subtype_shape },
  { "details", &string_shape },
  { NULL }
};
static const Shape entity_type_shape = { .kind = KIND_OBJECT, .members = entity_type_members, .extra = check_entity_type };

static const char * const id_schemes[] = { "isin", "figi", "cusip", "cins", NULL };
static const Shape id_scheme_shape = { .kind = KIND_STRING, .values = id_schemes };
static const Member security_members[] = {
  { "idScheme", &id_scheme_shape },
  { "id", &string_shape },
  { "ticker", &string_shape, TRUE },
  { NULL }
};
static const Shape security_shape = { .kind = KIND_OBJECT, .members = security_members };
static const Member securities_listing_members[] = {
  { "marketIdentifierCode", &string_shape },
  { "operatingMarketIdentifierCode", &string_shape },
  { "stockExchangeJurisdiction", &jurisdiction_code_shape, TRUE },
  { "stockExchangeName", &string_shape, TRUE },
  { "security", &security_shape, TRUE },
  { NULL }
};
static const Shape securities_listing_shape = { .kind = KIND_OBJECT, .members = securities_listing_members };
static const Shape securities_listing_array_shape = { .kind = KIND_ARRAY, .items = &securities_listing_shape };
static const Member public_listing_members[] = {
  { "hasPublicListing", &boolean_shape, TRUE },
  { "companyFilingsURLs", &uri_array_shape },
  { "securitiesListings", &securities_listing_array_shape },
  { NULL }
};
static const Shape public_listing_shape = { .kind = KIND_OBJECT, .members = public_listing_members };

static const Member formed_by_statute_members[] = {
  { "name", &string_shape },
  { "date", &date_shape },
  { NULL }
};
static const Shape formed_by_statute_shape = { .kind = KIND_OBJECT, .members = formed_by_statute_members };

static const Member entity_members[] = {
  { "isComponent", &boolean_shape, TRUE },
  { "entityType", &entity_type_shape, TRUE },
  { "unspecifiedEntityDetails", &unspecified_record_shape },
  { "name", &string_shape },
  { "alternateNames", &string_array_shape },
  { "jurisdiction", &jurisdiction_shape },
  { "identifiers", &identifier_array_shape },
  { "foundingDate", &date_shape },
  { "dissolutionDate", &date_shape },
  { "addresses", &entity_address_array_shape },
  { "uri", &uri_shape },
  { "publicListing", &public_listing_shape },
  { "formedByStatute", &formed_by_statute_shape },
  { NULL }
};
static const Shape entity_shape = { .kind = KIND_OBJECT, .members = entity_members };

/* Person records */

static const char * const person_types[] = { "anonymousPerson", "unknownPerson", "knownPerson", NULL };
static const Shape person_type_shape = { .kind = KIND_STRING, .values = person_types };
static const char * const name_types[] = {
  "legal", "translation", "transliteration", "former", "alternative", "birth", NULL
};
static const Shape name_type_shape = { .kind = KIND_STRING, .values = name_types };
static const Member name_members[] = {
  { "type", &name_type_shape },
  { "fullName", &string_shape, TRUE },
  { "familyName", &string_shape },
  { "givenName", &string_shape },
  { "patronymicName", &string_shape },
  { NULL }
};
static const Shape name_shape = { .kind = KIND_OBJECT, .members = name_members };
static const Shape name_array_shape = { .kind = KIND_ARRAY, .items = &name_shape };

static const Member pep_details_members[] = {
  { "reason", &string_shape },
  { "missingInfoReason", &string_shape },
  { "jurisdiction", &jurisdiction_shape },
  { "startDate", &date_shape },
  { "endDate", &date_shape },
  { "source", &source_shape },
  { NULL }
};
static const Shape pep_details_shape = { .kind = KIND_OBJECT, .members = pep_details_members };
static const Shape pep_details_array_shape = { .kind = KIND_ARRAY, .items = &pep_details_shape };
static const char * const pep_statuses[] = { "isPep", "isNotPep", "unknown", NULL };
static const Shape pep_status_shape = { .kind = KIND_STRING, .values = pep_statuses };
static const Member political_exposure_members[] = {
  { "status", &pep_status_shape, TRUE },
  { "details", &pep_details_array_shape },
  { NULL }
};
static const Shape political_exposure_shape = { .kind = KIND_OBJECT, .members = political_exposure_members };

static const Member person_members[] = {
  { "isComponent", &boolean_shape, TRUE },
  { "personType", &person_type_shape, TRUE },
  { "unspecifiedPersonDetails", &unspecified_record_shape },
  { "names", &name_array_shape },
  { "identifiers", &identifier_array_shape },
  { "nationalities", &country_array_shape },
  { "placeOfBirth", &birth_place_shape },
  { "birthDate", &partial_date_shape },
  { "deathDate", &partial_date_shape },
  { "taxResidencies", &country_array_shape },
  { "addresses", &person_address_array_shape },
  { "politicalExposure", &political_exposure_shape },
  { NULL }
};
static const Shape person_shape = { .kind = KIND_OBJECT, .members = person_members };

/* Relationship records */

static const char * const interest_types[] = {
  "shareholding", "votingRights", "appointmentOfBoard", "otherInfluenceOrControl",
  "seniorManagingOfficial", "settlor", "trustee", "protector", "beneficiaryOfLegalArrangement",
  "rightsToSurplusAssetsOnDissolution", "rightsToProfitOrIncome", "rightsGrantedByContract",
  "conditionalRightsGrantedByContract", "controlViaCompanyRulesOrArticles",
  "controlByLegalFramework", "boardMember", "boardChair", "unknownInterest",
  "unpublishedInterest", "enjoymentAndUseOfAssets", "rightToProfitOrIncomeFromAssets",
  "nominee", "nominator", NULL
};
static const Shape interest_type_shape = { .kind = KIND_STRING, .values = interest_types };
static const char * const directness_values[] = { "direct", "indirect", "unknown", NULL };
static const Shape directness_shape = { .kind = KIND_STRING, .values = directness_values };
static const Member share_members[] = {
  { "exact", &percentage_shape },
  { "maximum", &percentage_shape },
  { "minimum", &percentage_shape },
  { "exclusiveMinimum", &percentage_shape },
  { "exclusiveMaximum", &percentage_shape },
  { NULL }
};
static const Shape share_shape = { .kind = KIND_OBJECT, .members = share_members };
static const Member interest_members[] = {
  { "type", &interest_type_shape },
  { "directOrIndirect", &directness_shape },
  { "beneficialOwnershipOrControl", &boolean_shape },
  { "details", &string_shape },
  { "share", &share_shape },
  { "startDate", &date_shape },
  { "endDate", &date_shape },
  { NULL }
};
static const Shape interest_shape = { .kind = KIND_OBJECT, .members = interest_members };
static const Shape interest_array_shape = { .kind = KIND_ARRAY, .items = &interest_shape };

/* A component of an indirect relationship has no components of its own. */
static void
check_relationship (Checker    *checker,
                    JsonObject *object,
                    const char *path)
{
  JsonNode *is_component = json_object_get_member (object, "isComponent");
  JsonNode *components = json_object_get_member (object, "componentRecords");

  if (is_component != NULL && JSON_NODE_HOLDS_VALUE (is_component) &&
      json_node_get_value_type (is_component) == G_TYPE_BOOLEAN &&
      json_node_get_boolean (is_component) && components != NULL &&
      !(JSON_NODE_HOLDS_ARRAY (components) && json_array_get_length (json_node_get_array (components)) == 0))
    {
      g_autofree char *member_path = g_strconcat (path, ".componentRecords", NULL);

      report (checker, member_path, "const", "a component relationship cannot list components of its own");
    }
}

static const Member relationship_members[] = {
  { "isComponent", &boolean_shape, TRUE },
  { "componentRecords", &string_array_shape },
  { "subject", &record_ref_shape, TRUE },
  { "interestedParty", &record_ref_shape, TRUE },
  { "interests", &interest_array_shape },
  { NULL }
};
static const Shape relationship_shape = { .kind = KIND_OBJECT, .members = relationship_members, .extra = check_relationship };

/* Statements */

static const char * const motivations[] = {
  "commenting", "correcting", "identifying", "linking", "transformation", NULL
};
static const Shape motivation_shape = { .kind = KIND_STRING, .values = motivations };

static void
check_annotation (Checker    *checker,
                  JsonObject *object,
                  const char *path)
{
  JsonNode *motivation = json_object_get_member (object, "motivation");
  JsonNode *content = json_object_get_member (object, "transformedContent");
  const char *value = motivation != NULL && is_string (motivation) ? json_node_get_string (motivation) : NULL;

  if (g_strcmp0 (value, "linking") == 0 && !json_object_has_member (object, "url"))
    {
      g_autofree char *member_path = g_strconcat (path, ".url", NULL);

      report (checker, member_path, "required", "a linking annotation needs a url");
    }
  if (g_strcmp0 (value, "transformation") != 0 && content != NULL &&
      !(is_string (content) && *json_node_get_string (content) == '\0'))
    {
      g_autofree char *member_path = g_strconcat (path, ".transformedContent", NULL);

      report (checker, member_path, "const", "only a transformation annotation has transformed content");
    }
}

static const Member created_by_members[] = {
  { "name", &string_shape },
  { "uri", &uri_shape },
  { NULL }
};
static const Shape created_by_shape = { .kind = KIND_OBJECT, .members = created_by_members };
static const Member annotation_members[] = {
  { "statementPointerTarget", &string_shape, TRUE },
  { "creationDate", &date_time_shape },
  { "createdBy", &created_by_shape },
  { "motivation", &motivation_shape, TRUE },
  { "description", &string_shape },
  { "transformedContent", &string_shape },
  { "url", &uri_shape },
  { NULL }
};
static const Shape annotation_shape = { .kind = KIND_OBJECT, .members = annotation_members, .extra = check_annotation };
static const Shape annotation_array_shape = { .kind = KIND_ARRAY, .items = &annotation_shape };

static void
check_publisher (Checker    *checker,
                 JsonObject *object,
                 const char *path)
{
  if (!json_object_has_member (object, "name") && !json_object_has_member (object, "url"))
    report (checker, path, "anyOf", "a publisher needs a name or a url");
}

static const Member publisher_members[] = {
  { "name", &string_shape },
  { "url", &uri_shape },
  { NULL }
};
static const Shape publisher_shape = { .kind = KIND_OBJECT, .members = publisher_members, .extra = check_publisher };
static const Shape version_shape = { .kind = KIND_STRING, .format = FORMAT_VERSION };
static const Member publication_members[] = {
  { "publicationDate", &date_time_shape, TRUE },
  { "bodsVersion", &version_shape, TRUE },
  { "license", &uri_shape },
  { "publisher", &publisher_shape, TRUE },
  { NULL }
};
static const Shape publication_shape = { .kind = KIND_OBJECT, .members = publication_members };

static const Shape statement_id_shape = { .kind = KIND_STRING, .min_length = 32, .max_length = 64 };
static const char * const record_types[] = { "entity", "person", "relationship", NULL };
static const Shape record_type_shape = { .kind = KIND_STRING, .values = record_types };
static const char * const record_statuses[] = { "new", "updated", "closed", NULL };
static const Shape record_status_shape = { .kind = KIND_STRING, .values = record_statuses };
static const Shape any_object_shape = { .kind = KIND_OBJECT };

static void
check_record_details (Checker    *checker,
                      JsonObject *object,
                      const char *path)
{
  JsonNode *type = json_object_get_member (object, "recordType");
  JsonNode *details = json_object_get_member (object, "recordDetails");
  g_autofree char *details_path = g_strconcat (path, ".recordDetails", NULL);
  const char *name;

  if (type == NULL || details == NULL || !is_string (type) || !JSON_NODE_HOLDS_OBJECT (details))
    return;
  name = json_node_get_string (type);
  if (g_str_equal (name, "entity"))
    check_object (checker, json_node_get_object (details), &entity_shape, details_path);
  else if (g_str_equal (name, "person"))
    check_object (checker, json_node_get_object (details), &person_shape, details_path);
  else if (g_str_equal (name, "relationship"))
    check_object (checker, json_node_get_object (details), &relationship_shape, details_path);
}

static const Member statement_members[] = {
  { "statementId", &statement_id_shape, TRUE },
  { "statementDate", &date_time_shape, TRUE },
  { "annotations", &annotation_array_shape },
  { "publicationDetails", &publication_shape },
  { "source", &source_shape },
  { "declaration", &string_shape },
  { "declarationSubject", &string_shape, TRUE },
  { "recordId", &string_shape, TRUE },
  { "recordType", &record_type_shape, TRUE },
  { "recordStatus", &record_status_shape },
  { "recordDetails", &any_object_shape, TRUE },
  { NULL }
};
static const Shape statement_shape = { .kind = KIND_OBJECT, .members = statement_members, .extra = check_record_details };

void
mutual_bods_check_statement_shape (JsonNode         *statement,
                                   const char       *path,
                                   MutualBodsReport  report_func,
                                   gpointer          user_data)
{
  Checker checker = { report_func, user_data };

  check_node (&checker, statement, &statement_shape, path);
}
