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
read_member (JsonObject              *object,
             const char              *path,
             const MutualJsonMember  *m,
             GParamSpec              *pspec,
             GValue                  *value,
             gboolean                *present,
             GError                 **error)
{
  gboolean required = (m->flags & MUTUAL_JSON_REQUIRED) != 0;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  JsonNode *node = json_object_get_member (object, m->member);

  *present = node != NULL && !JSON_NODE_HOLDS_NULL (node);
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

GObject *
mutual_json_read_object (JsonNode                *node,
                         const char              *path,
                         GType                    type,
                         const MutualJsonMember  *members,
                         GError                 **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autoptr(GPtrArray) allowed = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  JsonObject *object;

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  for (const MutualJsonMember *m = members; m->member != NULL; m++)
    g_ptr_array_add (allowed, (gpointer) m->member);
  g_ptr_array_add (allowed, NULL);

  if (!mutual_json_get_object (node, path, &object, error) ||
      !mutual_json_check_members (object, path, (const char * const *) allowed->pdata, error))
    return NULL;

  for (const MutualJsonMember *m = members; m->member != NULL; m++)
    {
      GParamSpec *pspec = find_property (G_OBJECT_CLASS (klass), m->member);
      GValue value = G_VALUE_INIT;
      gboolean present;

      if (!read_member (object, path, m, pspec, &value, &present, error))
        {
          if (G_IS_VALUE (&value))
            g_value_unset (&value);
          return NULL;
        }
      if (present)
        {
          g_array_append_val (values, value);
          g_ptr_array_add (names, (gpointer) pspec->name);
        }
    }
  return g_object_new_with_properties (type, names->len, (const char **) names->pdata,
                                       (const GValue *) values->data);
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
