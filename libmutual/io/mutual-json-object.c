/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-error.h"
#include "mutual-fraction.h"
#include "mutual-json-object-private.h"
#include "mutual-json-private.h"

static char *
property_name (const char *member)
{
  char *name = g_strdup (member);

  g_strdelimit (name, "_", '-');
  return name;
}

static GParamSpec *
find_property (GObjectClass *klass,
               const char   *member)
{
  g_autofree char *name = property_name (member);
  GParamSpec *pspec = g_object_class_find_property (klass, name);

  /* the member tables are code, not input: a wrong one is a bug */
  if (pspec == NULL)
    g_error ("%s has no property for the JSON member “%s”", G_OBJECT_CLASS_NAME (klass), member);
  return pspec;
}

static gboolean
read_member (const MutualJsonValue   *object,
             const char              *path,
             const MutualJsonMember  *m,
             GParamSpec              *pspec,
             GValue                  *value,
             gboolean                *present,
             GError                 **error)
{
  gboolean required = (m->flags & MUTUAL_JSON_REQUIRED) != 0;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  const MutualJsonValue *node = mutual_json_value_get_member (object, m->member);

  *present = !mutual_json_value_is_null (node);
  if (!*present)
    {
      if (required)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING, "%s.%s: is required", path, m->member);
          return FALSE;
        }
      return TRUE;
    }

  g_value_init (value, type);
  if (type == G_TYPE_STRING)
    {
      const char *text = NULL;

      if ((m->flags & MUTUAL_JSON_DATE)
          ? !mutual_json_get_date (object, path, m->member, required, &text, error)
          : !mutual_json_get_string (object, path, m->member, required, &text, error))
        return FALSE;
      g_value_set_string (value, text);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      gboolean b = FALSE;

      if (!mutual_json_get_boolean (object, path, m->member, required, &b, error))
        return FALSE;
      g_value_set_boolean (value, b);
    }
  else if (type == G_TYPE_UINT)
    {
      GParamSpecUInt *spec = G_PARAM_SPEC_UINT (pspec);
      gint64 n = 0;

      if (!mutual_json_get_int64 (object, path, m->member, required, spec->minimum, spec->maximum, &n, error))
        return FALSE;
      g_value_set_uint (value, (guint) n);
    }
  else if (type == G_TYPE_INT64)
    {
      GParamSpecInt64 *spec = G_PARAM_SPEC_INT64 (pspec);
      gint64 n = 0;

      /* counts and money are never negative in a model file */
      if (!mutual_json_get_int64 (object, path, m->member, required, MAX (spec->minimum, 0), spec->maximum, &n, error))
        return FALSE;
      g_value_set_int64 (value, n);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      int e = 0;

      if (!mutual_json_get_enum (object, path, m->member, required, type, &e, error))
        return FALSE;
      g_value_set_enum (value, e);
    }
  else if (G_TYPE_IS_FLAGS (type))
    {
      guint f = 0;

      if (!mutual_json_get_flags (object, path, m->member, type, &f, error))
        return FALSE;
      g_value_set_flags (value, f);
    }
  else if (type == G_TYPE_STRV)
    {
      g_auto(GStrv) strv = NULL;

      if (!mutual_json_get_strv (object, path, m->member, &strv, error))
        return FALSE;
      g_value_take_boxed (value, g_steal_pointer (&strv));
    }
  else if (type == MUTUAL_TYPE_FRACTION)
    {
      MutualFraction f = { 0, 1 };

      if (!mutual_json_get_fraction (object, path, m->member, required, &f, error))
        return FALSE;
      g_value_set_boxed (value, &f);
    }
  else
    g_error ("no JSON reader for properties of type %s", g_type_name (type));
  return TRUE;
}

/* What reading an item of one type with one member table needs, worked
 * out once per table (a model file has up to millions of items of a
 * handful of tables): each member's property and the allowed names. */
typedef struct
{
  GType type;
  guint n;
  GParamSpec **pspecs;
  const char **allowed;   /* NULL-terminated, the members' own strings */
} ReadPlan;

static ReadPlan *
plan_new (GType                   type,
          const MutualJsonMember *members)
{
  GObjectClass *klass = g_type_class_ref (type);   /* kept: a plan points into it */
  ReadPlan *plan = g_new0 (ReadPlan, 1);

  plan->type = type;
  for (const MutualJsonMember *m = members; m->member != NULL; m++)
    plan->n++;
  plan->pspecs = g_new (GParamSpec *, MAX (plan->n, 1));
  plan->allowed = g_new0 (const char *, plan->n + 1);
  for (guint i = 0; i < plan->n; i++)
    {
      plan->pspecs[i] = find_property (klass, members[i].member);
      plan->allowed[i] = members[i].member;
    }
  return plan;
}

static void
plan_free (ReadPlan *plan)
{
  g_free (plan->pspecs);
  g_free (plan->allowed);
  g_free (plan);
}

static gboolean
plan_matches (const ReadPlan         *plan,
              GType                   type,
              const MutualJsonMember *members)
{
  guint i = 0;

  if (plan->type != type)
    return FALSE;
  for (const MutualJsonMember *m = members; m->member != NULL; m++, i++)
    if (i >= plan->n || plan->allowed[i] != m->member)
      return FALSE;
  return i == plan->n;
}

/* What reading an item of one type with one member table needs, worked
 * out once per table (a model file has up to millions of items of a
 * handful of static tables): each member's property and the allowed
 * names. A table built on the fly (scenario events) may reuse an address
 * with other contents: a plan is used only if it still matches, else a
 * temporary one is made (*out_temporary), as it is once the cache holds
 * 64 tables (the static ones are about ten). */
static ReadPlan *
read_plan (GType                   type,
           const MutualJsonMember *members,
           gboolean               *out_temporary)
{
  static GHashTable *plans;   /* members → ReadPlan */
  G_LOCK_DEFINE_STATIC (plans);
  ReadPlan *plan;

  *out_temporary = FALSE;
  G_LOCK (plans);
  if (plans == NULL)
    plans = g_hash_table_new (NULL, NULL);
  plan = g_hash_table_lookup (plans, members);
  if (plan == NULL && g_hash_table_size (plans) < 64)
    {
      plan = plan_new (type, members);
      g_hash_table_insert (plans, (gpointer) members, plan);
    }
  else if (plan == NULL || !plan_matches (plan, type, members))
    {
      plan = plan_new (type, members);
      *out_temporary = TRUE;
    }
  G_UNLOCK (plans);
  return plan;
}

GObject *
mutual_json_read_object (const MutualJsonValue   *node,
                         const char              *path,
                         GType                    type,
                         const MutualJsonMember  *members,
                         GError                 **error)
{
  gboolean temporary;
  ReadPlan *plan = read_plan (type, members, &temporary);
  g_autoptr(GObject) result = NULL;
  const char *names[32];
  GValue values[32] = { G_VALUE_INIT, };
  guint n_values = 0;
  const MutualJsonValue *object;
  gboolean ok = TRUE;

  g_assert (plan->n <= G_N_ELEMENTS (values));
  if (!mutual_json_get_object (node, path, &object, error) ||
      !mutual_json_check_members (object, path, plan->allowed, error))
    {
      if (temporary)
        plan_free (plan);
      return NULL;
    }

  for (guint i = 0; i < plan->n; i++)
    {
      GParamSpec *pspec = plan->pspecs[i];
      gboolean present;

      if (!read_member (object, path, &members[i], pspec, &values[n_values], &present, error))
        {
          if (G_IS_VALUE (&values[n_values]))
            g_value_unset (&values[n_values]);
          ok = FALSE;
          break;
        }
      if (present)
        names[n_values++] = pspec->name;
    }
  if (ok)
    result = g_object_new_with_properties (type, n_values, names, values);
  for (guint j = 0; j < n_values; j++)
    g_value_unset (&values[j]);
  if (temporary)
    plan_free (plan);
  return g_steal_pointer (&result);
}

void
mutual_json_write_object (JsonBuilder             *builder,
                          GObject                 *object,
                          const MutualJsonMember  *members)
{
  json_builder_begin_object (builder);
  for (const MutualJsonMember *m = members; m->member != NULL; m++)
    {
      GParamSpec *pspec = find_property (G_OBJECT_GET_CLASS (object), m->member);
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, type);
      g_object_get_property (object, pspec->name, &value);
      if (!(m->flags & (MUTUAL_JSON_REQUIRED | MUTUAL_JSON_ALWAYS)) && g_param_value_defaults (pspec, &value))
        continue;
      if (type == G_TYPE_STRV && !(m->flags & MUTUAL_JSON_REQUIRED) &&
          (g_value_get_boxed (&value) == NULL || ((char **) g_value_get_boxed (&value))[0] == NULL))
        continue;
      if (type == G_TYPE_STRING && g_value_get_string (&value) == NULL)
        continue;

      if (type == G_TYPE_STRV)
        {
          char **strv = g_value_get_boxed (&value);

          json_builder_set_member_name (builder, m->member);
          json_builder_begin_array (builder);
          for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
            json_builder_add_string_value (builder, strv[i]);
          json_builder_end_array (builder);
          continue;
        }
      if (G_TYPE_IS_FLAGS (type))
        {
          mutual_json_add_flags (builder, m->member, type, g_value_get_flags (&value));
          continue;
        }
      json_builder_set_member_name (builder, m->member);
      if (type == G_TYPE_STRING)
        json_builder_add_string_value (builder, g_value_get_string (&value));
      else if (type == G_TYPE_BOOLEAN)
        json_builder_add_boolean_value (builder, g_value_get_boolean (&value));
      else if (type == G_TYPE_UINT)
        json_builder_add_int_value (builder, g_value_get_uint (&value));
      else if (type == G_TYPE_INT64)
        json_builder_add_int_value (builder, g_value_get_int64 (&value));
      else if (G_TYPE_IS_ENUM (type))
        {
          g_autoptr(GEnumClass) klass = g_type_class_ref (type);
          GEnumValue *e = g_enum_get_value (klass, g_value_get_enum (&value));

          json_builder_add_string_value (builder, e != NULL ? e->value_nick : "");
        }
      else if (type == MUTUAL_TYPE_FRACTION)
        {
          g_autofree char *text = mutual_fraction_to_string (g_value_get_boxed (&value));

          json_builder_add_string_value (builder, text);
        }
      else
        g_error ("no JSON writer for properties of type %s", g_type_name (type));
    }
  json_builder_end_object (builder);
}
