# SPDX-License-Identifier: LGPL-2.1-or-later
"""Python conveniences for libmutual.

They add what a Python user expects and never change what the C API means:

- dates: every method, constructor and function that takes a string also
  takes a :class:`datetime.date` for it (sent as ISO 8601, "2014-05-01");
  ISO strings still work. Date-valued properties read as ``datetime.date``
  through attributes of the same name (``plan.transfer_date``,
  ``contract.award_date``); ``obj.props.x`` and the ``get_x()`` methods stay
  the C API's strings;
- exact fractions: :class:`Mutual.Fraction` compares with and converts to
  :class:`fractions.Fraction`; a ``fractions.Fraction`` is accepted wherever
  the C API takes a ``Mutual.Fraction``;
- lists: every list the library returns (a ``Gio.ListModel``) iterates, has
  ``len``, indexes by position and by id (``pscs["equiniti"]``), and turns
  into rows with ``rows()`` — a list of plain dicts that
  ``pandas.DataFrame(rows)`` takes as it is;
- every object has ``to_dict()`` (plain Python values: ``datetime.date``,
  ``fractions.Fraction``, enum nicks) and a readable ``repr``; models,
  analyses, lists of results, comparisons and sweeps show as tables in a
  notebook (``_repr_html_``);
- errors are the C API's ``GLib.Error`` with its ``domain``, ``code`` and
  ``message``: compare ``Mutual.Error(error.code)`` or use
  ``error.matches(Mutual.error_quark(), Mutual.Error.UNKNOWN_ID)``.
"""
import datetime
import fractions
import functools
import html
import inspect
import numbers

from gi import _gi
from gi.repository import GLib, GObject

from ..module import get_introspection_module
from ..overrides import override

Mutual = get_introspection_module("Mutual")

__all__ = []


# ---------------------------------------------------------------------------
# Values: dates and fractions

# String properties that hold an ISO 8601 date. tests/python/test_overrides.py
# checks this set against the GIR: every property documented as an ISO 8601
# date must be here.
_DATE_PROPERTIES = frozenset({
    "date", "born", "started", "start", "end", "due", "done",
    "award-date", "procurement-start", "transfer-date", "information-given",
    "consultation-held", "eli-sent", "first-dismissal",
    "redundancy-consultation", "open-competition-due",
    "next-reservation-allowed", "cap-from", "start-date", "end-date",
    "from-date", "to-date", "effective-date", "as-at", "extended-to",
})


def _is_date_property(name):
    return name in _DATE_PROPERTIES or name.endswith(("-date", "-on")) or name == "on"


def _as_iso(value):
    """Dates: accept datetime.date or an ISO 8601 string; pass None through."""
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


def _as_date(text):
    return datetime.date.fromisoformat(text) if text else None


def _as_c_fraction(value):
    if isinstance(value, fractions.Fraction):
        return Mutual.Fraction.new(value.numerator, value.denominator)
    return value


def _py_value(value, date=False):
    """A C value as plain Python data: ISO dates as datetime.date (when the
    property holds a date), fractions as fractions.Fraction, enums as their
    nick, flags as a list of nicks, string arrays as lists, lists of items
    as lists of dicts."""
    if value is None:
        return None
    if date and isinstance(value, str):
        return _as_date(value)
    if isinstance(value, Mutual.Fraction):
        return fractions.Fraction(value.numerator, value.denominator)
    if isinstance(value, GObject.GFlags):
        return list(value.value_nicks)
    if isinstance(value, GObject.GEnum):
        return value.value_nick
    if isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return [_py_value(v) for v in value]
    if _is_list_model(value):
        return [_to_dict(item) for item in _iter_list(value)]
    if isinstance(value, GObject.Object):
        return None
    return value


# ---------------------------------------------------------------------------
# Generic wrapping of the C API: dates and fractions in


def _is_date_argument(name):
    """Whether an argument of the C API named `name` is an ISO 8601 date.
    The test suite checks this against the GIR's documentation."""
    return name == "ends" or _is_date_property(name.replace("_", "-"))


GIDirection_OUT = 1


def _arg_kinds(info):
    """The Python-visible in-arguments of a callable, as (name, kind): kind
    is 'date' (a string argument holding an ISO 8601 date), 'fraction' (a
    Mutual.Fraction) or None."""
    args = info.get_arguments()
    hidden = set()
    for a in args:
        t = a.get_type()
        if t.get_tag_as_string() == "array" and t.get_array_length() >= 0:
            hidden.add(t.get_array_length())
        if a.get_destroy() >= 0:
            hidden.add(a.get_destroy())
    kinds = []
    for i, a in enumerate(args):
        if i in hidden or a.get_direction() == GIDirection_OUT:
            continue
        t = a.get_type()
        tag = t.get_tag_as_string()
        kind = None
        if tag == "utf8" and _is_date_argument(a.get_name()):
            kind = "date"
        elif tag == "interface":
            iface = t.get_interface()
            if iface is not None and iface.get_namespace() == "Mutual" and iface.get_name() == "Fraction":
                kind = "fraction"
        kinds.append((a.get_name(), kind, a.may_be_null()))
    return kinds


_PLAIN_TYPES = frozenset({str, int, bool, float, type(None)})


def _convert_arg(kind, value):
    if kind is None or type(value) in _PLAIN_TYPES:
        return value
    if kind == "date":
        return _as_iso(value)
    if kind == "fraction":
        return _as_c_fraction(value)
    return value


def _wrap_callable(info, owner):
    """Wraps a FunctionInfo of `owner` (a class or the introspection
    module) so that its date arguments also take a datetime.date and its
    Mutual.Fraction arguments a fractions.Fraction; None if it has neither.
    Nothing else changes: the C function gets exactly what it would get
    from the equivalent ISO string or Mutual.Fraction."""
    visible = _arg_kinds(info)
    kinds = [(n, k) for n, k, _null in visible]
    if not any(k for _n, k in kinds):
        return None
    positions = [k for _n, k in kinds]
    names = {n: k for n, k in kinds if k}

    def convert(args, kwargs):
        args = [(_convert_arg(positions[i], v) if i < len(positions) else v) for i, v in enumerate(args)]
        kwargs = {k: _convert_arg(names.get(k), v) for k, v in kwargs.items()}
        return args, kwargs

    if info.is_method():
        def method(self, *args, **kwargs):
            args, kwargs = convert(args, kwargs)
            return info(self, *args, **kwargs)
        func = method
        params = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    else:
        # constructors and static functions are called through the class
        # (or module), which binds constructors to it
        bound = getattr(owner, info.get_name())

        def function(*args, **kwargs):
            args, kwargs = convert(args, kwargs)
            return bound(*args, **kwargs)
        func = function
        params = []
    optional = len(visible)
    while optional > 0 and visible[optional - 1][2]:
        optional -= 1
    params += [inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                 **({"default": None} if i >= optional else {}))
               for i, (n, _k, _null) in enumerate(visible)]
    func.__signature__ = inspect.Signature(params)
    func.__name__ = info.get_name()
    func.__qualname__ = (f"{owner.__name__}.{info.get_name()}" if isinstance(owner, type)
                         else info.get_name())
    note = []
    dates = [n for n, k in kinds if k == "date"]
    if dates:
        note.append(f"Dates ({', '.join(dates)}): a datetime.date or an ISO 8601 string.")
    fracs = [n for n, k in kinds if k == "fraction"]
    if fracs:
        note.append(f"Fractions ({', '.join(fracs)}): a Mutual.Fraction or a fractions.Fraction.")
    func.__doc__ = f"{info.__doc__}\n\n{' '.join(note)}"
    func.__wrapped_info__ = info
    return func if info.is_method() else staticmethod(func)


def _date_attribute(prop):
    name = prop.replace("-", "_")

    def getter(self):
        return _as_date(self.get_property(prop))
    getter.__name__ = name
    return property(getter, doc=f"The {prop!r} property as a datetime.date (None when unset).")


# Which property identifies an item of each type in a list (``lst["id"]``).
_KEYS = {
    "Party": ("id",),
    "ShareClass": ("id",),
    "Holding": ("holder", "share-class"),
    "Membership": ("member", "organisation"),
    "BoardRight": ("appointer", "company"),
    "AgreementRight": ("holder", "company", "dimension"),
    "StaffMember": ("id",),
    "TransferPlan": ("id",),
    "Contract": ("id",),
    "Psc": ("party",),
    "Interest": ("holder",),
    "Power": ("party",),
    "Obligation": ("code",),
    "Finding": ("code",),
    "Qualification": ("test",),
    "Control": ("company",),
    "Change": ("key",),
}

# The properties a repr shows, when not the identifying ones.
_REPR = {
    "Party": ("id", "name", "kind"),
    "ShareClass": ("id", "issuer", "name", "votes-per-share"),
    "Holding": ("holder", "share-class", "count"),
    "Membership": ("member", "organisation", "votes"),
    "BoardRight": ("appointer", "company", "directors"),
    "AgreementRight": ("holder", "company", "dimension", "share"),
    "Finding": ("code", "severity", "message"),
    "StaffMember": ("id", "employer", "started", "weekly-pay"),
    "TransferPlan": ("id", "transferee", "transfer-date"),
    "Contract": ("id", "authority", "supplier", "start", "end"),
    "Psc": ("company", "party", "kind", "natures"),
    "Interest": ("holder", "company", "dimension", "fraction", "value"),
    "InterestPath": ("parties", "fraction"),
    "Power": ("party", "weight", "banzhaf", "shapley-shubik"),
    "Control": ("company", "ordinary", "special", "block-special"),
    "Qualification": ("company", "test", "qualifies"),
    "Obligation": ("code", "due", "done"),
    "GracePeriod": ("supplier", "authority", "start", "end", "open-competition-due"),
    "RedundancyPay": ("qualifies", "years-counted", "pence"),
    "TransferLiabilities": ("date", "n-employees", "total"),
    "Measure": ("kind", "reason", "description"),
}


def _prop_names(obj):
    return [p.name for p in type(obj).list_properties() if p.flags & GObject.ParamFlags.READABLE]


def _to_dict(obj):
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    return _props_dict(obj)


def _props_dict(obj):
    data = {}
    for name in _prop_names(obj):
        value = obj.get_property(name)
        if isinstance(value, GObject.Object) and not _is_list_model(value):
            continue
        data[name.replace("-", "_")] = _py_value(value, date=_is_date_property(name))
    return data


def _short(value):
    if hasattr(value, "value_nick"):
        return value.value_nick
    if isinstance(value, GObject.GFlags):
        return list(value.value_nicks)
    if isinstance(value, Mutual.Fraction):
        return f"{value.numerator}/{value.denominator}" if value.denominator != 1 else f"{value.numerator}"
    if isinstance(value, float):
        return round(value, 6)
    return value


def _props_repr(obj, names):
    parts = []
    for name in names:
        value = _short(obj.get_property(name))
        if isinstance(value, (list, tuple)):
            value = list(value)
        parts.append(f"{name.replace('-', '_')}={value!r}")
    return f"<Mutual.{type(obj).__name__} {' '.join(parts)}>"


class _MutualObject:
    """What every libmutual object gets in Python: to_dict(), a repr, and
    datetime.date / fractions.Fraction accepted as constructor properties."""

    def __init__(self, *args, **kwargs):
        for key, value in kwargs.items():
            if type(value) in _PLAIN_TYPES:
                continue
            if isinstance(value, datetime.date) or type(value) is fractions.Fraction:
                pspec = type(self).find_property(key.replace("_", "-"))
                if pspec is None:
                    continue
                if pspec.value_type == GObject.TYPE_STRING and _is_date_property(pspec.name):
                    kwargs[key] = _as_iso(value)
                elif pspec.value_type == Mutual.Fraction.__gtype__:
                    kwargs[key] = _as_c_fraction(value)
        super().__init__(*args, **kwargs)

    def to_dict(self):
        """The object's properties as plain Python data: a dict with
        underscored property names, dates as datetime.date, exact fractions
        as fractions.Fraction, enums as their nick, flags as lists of nicks,
        lists of items as lists of dicts."""
        return _props_dict(self)

    def replace(self, **changes):
        """A new object of the same type with the same properties but for
        `changes` (property names with underscores; dates and fractions as
        Python values are accepted). Model items are immutable: replace a
        party with ``model.replace_party(party.replace(public_service_mission=True))``."""
        props = {}
        for pspec in type(self).list_properties():
            if pspec.flags & GObject.ParamFlags.WRITABLE and pspec.flags & GObject.ParamFlags.READABLE:
                props[pspec.name.replace("-", "_")] = self.get_property(pspec.name)
        unknown = set(changes) - set(props)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no writable properties {sorted(unknown)}")
        props.update(changes)
        return type(self)(**props)

    def __repr__(self):
        names = _REPR.get(type(self).__name__) or _KEYS.get(type(self).__name__)
        if not names:
            return super().__repr__()
        return _props_repr(self, names)

    def _repr_html_(self):
        return _html_dict(self.to_dict(), title=_title(self))


def _title(obj):
    return f"Mutual.{type(obj).__name__}"


def _key_of(item):
    names = _KEYS.get(type(item).__name__)
    if not names:
        return None
    values = tuple(_short(item.get_property(n)) for n in names)
    return values[0] if len(values) == 1 else values


# ---------------------------------------------------------------------------
# HTML for notebooks

_STYLE = "border-collapse:collapse;margin:0.3em 0"


def _cell(value):
    if isinstance(value, fractions.Fraction):
        return _percent(value)
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, list):
        return html.escape(", ".join(str(_cell(v)) if not isinstance(v, dict) else str(len(v)) for v in value))
    if isinstance(value, dict):
        return html.escape(str(value))
    if value is None:
        return ""
    return html.escape(str(value))


def _percent(f):
    """Exact fraction as a percentage: exact when the decimal terminates
    within four places, else marked '~'."""
    scaled = f * 100
    for places in range(5):
        v = scaled * 10 ** places
        if v.denominator == 1:
            return f"{v.numerator / 10 ** places:.{places}f}%" if places else f"{v.numerator}%"
    return f"~{float(scaled):.4f}%"


def _html_table(rows, columns=None, title=None):
    if columns is None:
        columns = []
        for row in rows:
            for k in row:
                if k not in columns:
                    columns.append(k)
    out = []
    if title:
        out.append(f"<p><b>{html.escape(title)}</b></p>")
    out.append(f'<table style="{_STYLE}"><thead><tr>')
    out.extend(f"<th>{html.escape(str(c))}</th>" for c in columns)
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _html_dict(data, title=None):
    rows = []
    nested = []
    for k, v in data.items():
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            nested.append(_html_table(v, title=k))
        else:
            rows.append({"": k, "value": v})
    return _html_table(rows, columns=["", "value"], title=title) + "".join(nested)


# ---------------------------------------------------------------------------
# Lists: every GListModel the library returns


def _is_list_model(value):
    return isinstance(value, GObject.Object) and hasattr(value, "get_n_items") and hasattr(value, "get_item")


def _iter_list(model):
    for i in range(model.get_n_items()):
        yield model.get_item(i)


class _ResultList:
    """Added to the class of the lists libmutual returns (they stay
    Gio.ListModels): index by id, rows(), to_dict(), repr and HTML."""

    def __getitem__(self, key):
        if isinstance(key, (int, slice)):
            return _ListModelGetItem(self, key)
        for item in _iter_list(self):
            if _key_of(item) == key:
                return item
        raise KeyError(key)

    def __contains__(self, key):
        if isinstance(key, (str, tuple)):
            return any(_key_of(item) == key for item in _iter_list(self))
        return any(item == key for item in _iter_list(self))

    def get(self, key, default=None):
        """The first item whose id is `key` (see ``keys()``), or `default`."""
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        """The items' ids, in order: a party's id, a holding's (holder,
        share class), a PSC's party, an interest's holder, a finding's code…"""
        return [_key_of(item) for item in _iter_list(self)]

    def rows(self):
        """The items as a list of plain dicts (see ``to_dict()`` on each):
        ``pandas.DataFrame(lst.rows())`` makes a table."""
        return [_to_dict(item) for item in _iter_list(self)]

    def to_dict(self):
        """The items as a dict from id to plain dict, in order."""
        return {_key_of(item): _to_dict(item) for item in _iter_list(self)}

    def __repr__(self):
        items = list(_iter_list(self))
        if len(items) > 20:
            return "[" + ", ".join(repr(i) for i in items[:20]) + f", … ({len(items)} items)]"
        return repr(items)

    def _repr_html_(self):
        rows = self.rows()
        if not rows:
            return "<p><i>(empty)</i></p>"
        more = ""
        if len(rows) > 200:
            more = f"<p>… {len(rows) - 200} more rows</p>"
            rows = rows[:200]
        return _html_table(rows) + more


def _ListModelGetItem(model, key):
    n = model.get_n_items()
    if isinstance(key, slice):
        return [model.get_item(i) for i in range(*key.indices(n))]
    if key < 0:
        key += n
    if not 0 <= key < n:
        raise IndexError(key)
    return model.get_item(key)


def _patch_list_class(cls):
    if getattr(cls, "_mutual_patched", False):
        return
    for name, value in vars(_ResultList).items():
        if not name.startswith("__") or name in ("__getitem__", "__contains__", "__repr__"):
            setattr(cls, name, value)
    cls._mutual_patched = True


# The library's lists are all one private type, MutualItemList; make one to
# find its Python class.
_patch_list_class(type(Mutual.Model.new().get_parties()))


# ---------------------------------------------------------------------------
# Fraction


class Fraction(Mutual.Fraction):
    """An exact ratio; ``fractions.Fraction(f)`` (or ``f.to_python()``) and
    ``float(f)`` convert it, and it compares with fractions.Fraction, ints
    and other Mutual.Fractions exactly."""

    def __repr__(self):
        return f"<Mutual.Fraction {self.numerator}/{self.denominator}>"

    def __str__(self):
        return self.to_percent_string()

    def __float__(self):
        return self.numerator / self.denominator

    def to_python(self):
        """The exact value as a fractions.Fraction."""
        return fractions.Fraction(self.numerator, self.denominator)

    # fractions.Fraction(f) reads these
    def as_integer_ratio(self):
        return (self.numerator, self.denominator)

    def _cmp_key(self, other):
        if isinstance(other, Mutual.Fraction):
            return fractions.Fraction(other.numerator, other.denominator)
        return other

    def __eq__(self, other):
        return self.to_python() == self._cmp_key(other)

    def __lt__(self, other):
        return self.to_python() < self._cmp_key(other)

    def __le__(self, other):
        return self.to_python() <= self._cmp_key(other)

    def __gt__(self, other):
        return self.to_python() > self._cmp_key(other)

    def __ge__(self, other):
        return self.to_python() >= self._cmp_key(other)

    def __hash__(self):
        return hash(self.to_python())

    def _repr_html_(self):
        return html.escape(f"{self.numerator}/{self.denominator} ({self.to_percent_string()})")


Fraction = override(Fraction)
numbers.Rational.register(Fraction)
__all__.append("Fraction")


# ---------------------------------------------------------------------------
# Classes with more than the generic conveniences


class Finding:
    """A finding of a rule check: ``code``, ``severity``, ``citation``,
    ``message``, ``date`` (a datetime.date attribute), ``ids``, ``amount``."""

    def to_dict(self):
        """The finding as plain data: code, severity (nick), message,
        citation, date (datetime.date or None), ids (list), amount (pence)."""
        return {
            "code": self.props.code,
            "severity": self.props.severity.value_nick,
            "message": self.props.message,
            "citation": self.props.citation,
            "date": _as_date(self.props.date),
            "ids": list(self.props.ids),
            "amount": self.props.amount,
        }

    def __str__(self):
        where = f" [{self.props.citation}]" if self.props.citation else ""
        return f"{self.props.severity.value_nick}: {self.props.message}{where}"


class Model:
    """A model of organisations, their shares, members, rights, staff and
    contracts.

    Python extras: ``model.parties["id"]``, ``model.share_classes``,
    ``model.holdings[("holder", "class")]``, ``model.memberships``,
    ``model.staff``, ``model.contracts``… are the C lists (Gio.ListModels)
    that also index by id; ``model.date`` is a datetime.date and
    ``set_date()`` and every other method taking a date also take one;
    ``to_dict()`` is the model file as Python data; in a notebook a model
    shows its ownership diagram (when the library renders diagrams) and its
    tables.
    """

    def __repr__(self):
        return (f"<Mutual.Model {self.props.name!r} date={self.props.date} "
                f"parties={self.get_parties().get_n_items()} "
                f"holdings={self.get_holdings().get_n_items()}>")

    @property
    def date(self):
        """The model's date as a datetime.date (None when unset)."""
        return _as_date(self.get_date())

    def set_date(self, date):
        """Sets the model's date: a datetime.date, an ISO 8601 string or None."""
        Mutual.Model.set_date(self, _as_iso(date))  # the C method

    @property
    def parties(self):
        """The parties; ``model.parties["id"]`` looks one up."""
        return self.get_parties()

    @property
    def share_classes(self):
        """The share classes; index by id."""
        return self.get_share_classes()

    @property
    def holdings(self):
        """The holdings; index by (holder, share class)."""
        return self.get_holdings()

    @property
    def memberships(self):
        """The memberships; index by (member, organisation)."""
        return self.get_memberships()

    @property
    def board_rights(self):
        """The rights to appoint directors; index by (appointer, company)."""
        return self.get_board_rights()

    @property
    def agreement_rights(self):
        """Rights by agreement; index by (holder, company, dimension)."""
        return self.get_agreement_rights()

    @property
    def staff(self):
        """The staff members; index by id."""
        return self.get_staff()

    @property
    def transfer_plans(self):
        """The TUPE transfer plans; index by id."""
        return self.get_transfer_plans()

    @property
    def contracts(self):
        """The contracts; index by id."""
        return self.get_contracts()

    def __len__(self):
        return self.get_parties().get_n_items()

    def __bool__(self):
        # a model with no parties is still a model
        return True

    def __iter__(self):
        return iter(self.get_parties())

    def __getitem__(self, party_id):
        """``model["id"]`` is the party with that id (KeyError if none)."""
        party = self.lookup_party(party_id)
        if party is None:
            raise KeyError(party_id)
        return party

    def __contains__(self, party_id):
        return self.lookup_party(party_id) is not None

    def to_dict(self):
        """The model as it is written to a model file, as Python data."""
        import json
        data, _length = self.to_data()
        return json.loads(data)

    def svg(self):
        """The ownership diagram as SVG text, or None when this build of
        libmutual does not render diagrams."""
        render = getattr(Mutual.Model, "render_diagram", None)
        if render is None:
            return None
        try:
            data = render(self, "svg")
        except GLib.Error:
            return None
        return bytes(data.get_data()).decode("utf-8") if data is not None else None

    def _repr_html_(self):
        parts = [f"<p><b>{html.escape(self.props.name or 'Model')}</b>"
                 f"{' at ' + html.escape(self.props.date) if self.props.date else ''}</p>"]
        svg = self.svg()
        if svg:
            start = svg.find("<svg")
            parts.append(svg[start:] if start >= 0 else svg)
        parts.append(_html_table([{"id": p.props.id, "name": p.props.name, "kind": p.props.kind.value_nick}
                                  for p in self.get_parties()], title="Parties"))
        holdings = _holding_rows(self)
        if holdings:
            parts.append(_html_table(holdings, title="Holdings"))
        for title, lst in (("Memberships", self.get_memberships()), ("Board rights", self.get_board_rights()),
                           ("Rights by agreement", self.get_agreement_rights()),
                           ("Contracts", self.get_contracts()), ("Transfer plans", self.get_transfer_plans())):
            if lst.get_n_items():
                rows = lst.rows()
                for r in rows:
                    r.pop("notes", None)
                    r.pop("measures", None)
                parts.append(_html_table(rows, title=title))
        if self.get_staff().get_n_items():
            parts.append(f"<p>{self.get_staff().get_n_items()} staff members</p>")
        return "".join(parts)


def _holding_rows(model):
    totals = {}
    for h in model.get_holdings():
        totals[h.props.share_class] = totals.get(h.props.share_class, 0) + h.props.count
    rows = []
    for h in model.get_holdings():
        klass = model.lookup_share_class(h.props.share_class)
        total = totals[h.props.share_class]
        rows.append({"holder": h.props.holder, "share_class": h.props.share_class,
                     "issuer": klass.props.issuer if klass else None, "count": h.props.count,
                     "of_class": fractions.Fraction(h.props.count, total) if total else None})
    return rows


_DIMENSIONS = ("shares", "votes", "profits", "capital")


class Analysis:
    """Ownership and control of the companies of a model, as of its date.

    Python extras: ``analysis.date`` is a datetime.date; ``holders(company)``
    is a list of dicts of every holder's direct share in each dimension
    (exact fractions); ``to_dict()`` gives that, control and PSC register
    for every company; in a notebook an analysis shows those as tables.
    """

    @property
    def date(self):
        """The analysis date as a datetime.date."""
        return _as_date(self.get_date())

    @property
    def companies(self):
        """The ids of the companies analysed (dup_companies())."""
        return list(self.dup_companies())

    def holders(self, company):
        """Rows, one per direct holder of `company`, with its exact share of
        shares, votes, profits and capital (fractions.Fraction; 0 where it
        has none). The figures are the C API's direct_interests()."""
        rows = {}
        for dim in _DIMENSIONS:
            for interest in self.direct_interests(company, getattr(Mutual.Dimension, dim.upper())):
                row = rows.setdefault(interest.props.holder, {"holder": interest.props.holder,
                                                              **{d: fractions.Fraction(0) for d in _DIMENSIONS}})
                row[dim] = _py_value(interest.props.fraction)
        return list(rows.values())

    def company_dict(self, company):
        """One company's holders, control and PSC register as plain data."""
        control = self.control(company)
        return {
            "company": company,
            "holders": self.holders(company),
            "control": control.to_dict(),
            "pscs": self.list_pscs(company).rows(),
            "psc_notes": self.psc_findings(company).rows(),
        }

    def to_dict(self):
        """Every company's holders, control and PSC register as plain data."""
        return {"date": self.date, "companies": [self.company_dict(c) for c in self.dup_companies()]}

    def __repr__(self):
        return f"<Mutual.Analysis date={self.get_date()} companies={list(self.dup_companies())!r}>"

    def _repr_html_(self):
        parts = [f"<p><b>Analysis at {html.escape(self.get_date() or '')}</b></p>"]
        for company in self.dup_companies():
            party = self.lookup_party(company)
            name = party.props.name if party else company
            d = self.company_dict(company)
            parts.append(_html_table(d["holders"], columns=["holder", *_DIMENSIONS],
                                     title=f"{name} ({company}): direct holders"))
            c = d["control"]
            parts.append(_html_table([{"can alone": what, "parties": c[key]} for what, key in (
                ("pass an ordinary resolution", "ordinary"), ("pass a special resolution", "special"),
                ("block a special resolution", "block_special"), ("appoint the board", "board_controllers"),
                ("veto reserved matters", "veto_holders"))], columns=["can alone", "parties"]))
            if d["pscs"]:
                parts.append(_html_table(d["pscs"], columns=["party", "kind", "natures", "trust"],
                                         title="Persons with significant control"))
            if d["psc_notes"]:
                parts.append(_html_table(d["psc_notes"], columns=["severity", "code", "message", "citation"],
                                         title="Notes"))
        return "".join(parts)


class Control:
    """Who can alone pass or block resolutions of a company, appoint its
    board or veto its reserved matters (lists of party ids)."""

    def to_dict(self):
        """The lists of party ids as plain data."""
        return {
            "company": self.props.company,
            "ordinary": list(self.props.ordinary),
            "special": list(self.props.special),
            "block_special": list(self.props.block_special),
            "board_controllers": list(self.props.board_controllers),
            "veto_holders": list(self.props.veto_holders),
        }


class TransferLiabilities:
    """What a transferee inherits for each transferring employee, in pence.

    Python extras: ``len()`` is the number of employees, iterating gives one
    dict per employee, ``liabilities["staff-id"]`` that employee's dict,
    ``rows()`` all of them (for pandas), ``to_dict()`` the totals.
    """

    _COLUMNS = (("annual_pay", "get_annual_pay"), ("redundancy_pay", "get_redundancy_pay"),
                ("eli_award", "get_eli_award"), ("protective_award", "get_protective_award"))

    def rows(self):
        """One dict per transferring employee: staff_id, annual_pay,
        redundancy_pay, eli_award, protective_award (pence), in the order of
        ``staff_ids``."""
        ids = list(self.get_staff_ids())
        columns = [(name, list(getattr(self, getter)())) for name, getter in self._COLUMNS]
        return [{"staff_id": sid, **{name: values[i] for name, values in columns}}
                for i, sid in enumerate(ids)]

    def __len__(self):
        return self.get_n_employees()

    def __bool__(self):
        return True

    def __iter__(self):
        return iter(self.rows())

    def __getitem__(self, staff_id):
        for row in self.rows():
            if row["staff_id"] == staff_id:
                return row
        raise KeyError(staff_id)

    def to_dict(self):
        """The totals (pence) and counts, and the date (datetime.date)."""
        d = _props_dict(self)
        d.pop("staff_ids", None)
        return d

    def _repr_html_(self):
        totals = self.to_dict()
        return (_html_dict(totals, title=f"Liabilities at {self.get_date()}")
                + _html_table(self.rows()[:200], title="Per employee (pence)"))


class RedundancyPay:
    """A statutory redundancy payment as computed, with the figures that
    make it up. ``RedundancyPay.compute()`` takes datetime.dates."""


class GracePeriod:
    """How long a supplier may be protected by reserved contracts of an
    authority; ``start``, ``end``, ``open_competition_due`` and
    ``next_reservation_allowed`` read as datetime.dates."""

    def to_dict(self):
        """The dates (datetime.date), the findings and the timeline as plain data."""
        d = _props_dict(self)
        d["findings"] = self.get_findings().rows()
        d["timeline"] = self.get_timeline().rows()
        return d


class Qualification:
    """Whether a company passes a qualification test, with the findings
    that say why; ``bool(q)`` is ``q.props.qualifies``."""

    def __bool__(self):
        return self.props.qualifies

    def _repr_html_(self):
        verdict = "qualifies" if self.props.qualifies else "does not qualify"
        return (f"<p><b>{html.escape(self.props.company)}</b> {verdict} ({html.escape(self.props.test)})</p>"
                + _html_table(self.props.findings.rows(), columns=["severity", "code", "message", "citation"]))


class Interest:
    """A holder's share of a company in one dimension: ``fraction`` exact
    (when ``exact``), ``value`` as a float."""

    def __float__(self):
        return self.props.value


# ---------------------------------------------------------------------------
# Scenario types, once the library has them


class _ComparisonMixin:
    """A comparison of two models: ``rows()`` is one dict per change;
    ``len()`` counts the changes; iterating gives the Mutual.Change items."""

    def rows(self):
        """The changes as a list of dicts (the C API's to_rows() unpacked)."""
        return self.to_rows().unpack()

    def __len__(self):
        return self.get_changes().get_n_items()

    def __iter__(self):
        return iter(self.get_changes())

    def __bool__(self):
        return True

    def __str__(self):
        return "\n".join(self.to_lines())

    def to_dict(self):
        """Whether the models are equal and the changes as plain data."""
        return {"equal": self.get_equal(), "changes": self.rows()}

    def __repr__(self):
        return f"<Mutual.Comparison equal={self.get_equal()} changes={len(self)}>"

    def _repr_html_(self):
        rows = self.rows()
        if not rows:
            return "<p><i>No change</i></p>"
        return _html_table(rows, columns=["kind", "company", "party", "measure", "before", "after", "message"])


class _SweepMixin:
    """A batch of scenario runs. ``rows()`` runs it and returns one dict per
    run (the C API's run() unpacked); ``dataframe()``-style use:
    ``pandas.DataFrame(sweep.rows())``."""

    def rows(self, cancellable=None):
        """Runs the sweep and returns its rows as a list of dicts: what
        ``run().unpack()`` gives, read from run_to_json() (for 10,000 rows
        about ten times faster than GLib.Variant.unpack())."""
        import json
        return json.loads(self.run_to_json(cancellable))

    def __len__(self):
        return self.get_n_runs()

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<Mutual.Sweep runs={self.get_n_runs()}>"

    def _repr_html_(self):
        rows = self.rows()
        more = f"<p>… {len(rows) - 200} more runs</p>" if len(rows) > 200 else ""
        return _html_table(rows[:200]) + more


class _TimelineMixin:
    """Models at each event of a scenario; ``len()`` counts the states,
    iterating gives the models, ``timeline[i]`` one of them, and
    ``timeline[datetime.date]`` the model at a date (at())."""

    def __len__(self):
        return self.get_states().get_n_items()

    def __bool__(self):
        return True

    def __iter__(self):
        return iter(self.get_states())

    def __getitem__(self, key):
        if isinstance(key, (datetime.date, str)):
            return self.at(_as_iso(key))
        return _ListModelGetItem(self.get_states(), key)

    def rows(self):
        """One dict per state: the base, then the state after each event,
        with its date, the event that made it and the number of holdings."""
        rows = []
        for i, model in enumerate(self.get_states()):
            event = self.get_event(i - 1) if i > 0 else None
            rows.append({"state": i, "date": model.date,
                         "event": event.describe() if event is not None else "(base)",
                         "holdings": model.get_holdings().get_n_items()})
        return rows

    def _repr_html_(self):
        return _html_table(self.rows(), title="Timeline")


class _ScenarioMixin:
    """Dated events applied to a base model. ``len()`` counts the events,
    iterating gives them; the methods that add events take datetime.dates;
    ``run()`` gives a Mutual.Timeline."""

    def __len__(self):
        return self.get_n_events()

    def __bool__(self):
        return True

    def __iter__(self):
        return iter(self.get_events())

    def rows(self):
        """One dict per event: date, kind, id and description."""
        return [{"date": e.date, "kind": e.get_kind(), "id": e.get_id(), "event": e.describe()} for e in self]

    def to_dict(self):
        """The scenario as it is written to a scenario file, as Python data."""
        import json
        data, _length = self.to_data()
        return json.loads(data)

    def __repr__(self):
        return f"<Mutual.Scenario {self.get_name()!r} base={self.get_base().props.name!r} events={len(self)}>"

    def _repr_html_(self):
        return _html_table(self.rows(), title=self.get_name() or "Scenario")


class _EventMixin:
    """A dated event of a scenario; ``event.date`` is a datetime.date."""

    def to_dict(self):
        """The event's kind, its properties as plain data and its description."""
        return {"kind": self.get_kind(), **_props_dict(self), "description": self.describe()}

    def __repr__(self):
        return f"<Mutual.{type(self).__name__} date={self.get_date()} {self.describe()!r}>"


_MIXINS = {
    "Scenario": _ScenarioMixin,
    "Event": _EventMixin,
    "Comparison": _ComparisonMixin,
    "Sweep": _SweepMixin,
    "Timeline": _TimelineMixin,
}

_EXPLICIT = {cls.__name__: cls for cls in (Finding, Model, Analysis, Control, TransferLiabilities,
                                           RedundancyPay, GracePeriod, Qualification, Interest)}


# ---------------------------------------------------------------------------
# Build the override of every class of the namespace


def _complete(name, base, body):
    """The override class for `base`: `body` (a plain class defined above
    with the type's own conveniences, or None), the generic conveniences,
    date attributes and the wrapped C methods."""
    namespace = {"__module__": __name__, "__qualname__": name,
                 "__doc__": (body.__doc__ if body is not None and body.__doc__ else base.__doc__)}
    # a subclass (an event type) already has its parent's conveniences
    bases = [b for b in (body, _MIXINS.get(name), _MutualObject) if b is not None and not issubclass(base, b)]
    bases.append(base)

    def defined(attr):
        return any(attr in vars(b) for b in bases[:-1])

    for attr, value in vars(base).items():
        if isinstance(value, GIFunctionInfo) and not defined(attr):
            wrapped = _wrap_callable(value, base)
            if wrapped is not None:
                namespace[attr] = wrapped
    for pspec in base.list_properties():
        attr = pspec.name.replace("-", "_")
        if (pspec.value_type == GObject.TYPE_STRING and _is_date_property(pspec.name)
                and not defined(attr) and not hasattr(base, attr)):
            namespace[attr] = _date_attribute(pspec.name)
    return override(type(base)(name, tuple(bases), namespace))


GIFunctionInfo = _gi.FunctionInfo


def _depth(info):
    depth = 0
    parent = info.get_parent() if isinstance(info, _gi.ObjectInfo) else None
    while parent is not None:
        depth += 1
        parent = parent.get_parent()
    return depth


def _build():
    infos = _gi.Repository.get_default().get_infos("Mutual")
    # Parents first: a class's Python parent is fixed when the class is
    # first made, so the override of MutualEvent must exist before any
    # event type is touched.
    for info in sorted(infos, key=_depth):
        name = info.get_name()
        if isinstance(info, _gi.ObjectInfo):
            base = getattr(Mutual, name)
            globals()[name] = _complete(name, base, _EXPLICIT.get(name))
            __all__.append(name)
        elif isinstance(info, _gi.EnumInfo):
            # static functions of enums and flags (ProcurementRegime.for_date…)
            base = getattr(Mutual, name)
            for attr, value in list(vars(base).items()):
                if isinstance(value, GIFunctionInfo):
                    wrapped = _wrap_callable(value, base)
                    if wrapped is not None:
                        setattr(base, attr, wrapped)
        elif isinstance(info, _gi.FunctionInfo):
            wrapped = _wrap_callable(getattr(Mutual, name), Mutual)
            if wrapped is not None:
                globals()[name] = wrapped.__func__
                __all__.append(name)


_build()
del _build
