# SPDX-License-Identifier: LGPL-2.1-or-later
"""Python conveniences for libmutual.

They add what a Python user expects — readable reprs, exact fractions as
:class:`fractions.Fraction`, ``datetime.date`` for dates, lookups by id — and
never change what the C API means.
"""
import datetime
import fractions

from ..module import get_introspection_module
from ..overrides import override

Mutual = get_introspection_module("Mutual")

__all__ = []


def _as_iso(value):
    """Dates: accept datetime.date or an ISO 8601 string; pass None through."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _as_date(text):
    return datetime.date.fromisoformat(text) if text else None


class Fraction(Mutual.Fraction):
    """An exact ratio; ``fractions.Fraction(f)`` and ``float(f)`` convert it."""

    def __repr__(self):
        return f"<Mutual.Fraction {self.numerator}/{self.denominator}>"

    def __str__(self):
        return self.to_percent_string()

    def __float__(self):
        return self.numerator / self.denominator

    def to_python(self):
        return fractions.Fraction(self.numerator, self.denominator)

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


Fraction = override(Fraction)
__all__.append("Fraction")


def _props_repr(obj, names):
    parts = []
    for name in names:
        value = obj.get_property(name)
        if hasattr(value, "value_nick"):
            value = value.value_nick
        parts.append(f"{name.replace('-', '_')}={value!r}")
    return f"<Mutual.{type(obj).__name__} {' '.join(parts)}>"


class Party(Mutual.Party):
    def __repr__(self):
        return _props_repr(self, ("id", "name", "kind"))


class ShareClass(Mutual.ShareClass):
    def __repr__(self):
        return _props_repr(self, ("id", "issuer", "name", "votes-per-share"))


class Holding(Mutual.Holding):
    def __repr__(self):
        return _props_repr(self, ("holder", "share-class", "count"))


class Membership(Mutual.Membership):
    def __repr__(self):
        return _props_repr(self, ("member", "organisation", "votes"))


class BoardRight(Mutual.BoardRight):
    def __repr__(self):
        return _props_repr(self, ("appointer", "company", "directors"))


class AgreementRight(Mutual.AgreementRight):
    def __repr__(self):
        return _props_repr(self, ("holder", "company", "dimension", "share"))


class Finding(Mutual.Finding):
    def __repr__(self):
        return _props_repr(self, ("code", "severity", "message"))

    def to_dict(self):
        return {
            "code": self.props.code,
            "severity": self.props.severity.value_nick,
            "message": self.props.message,
            "citation": self.props.citation,
            "date": _as_date(self.props.date),
            "ids": list(self.props.ids),
            "amount": self.props.amount,
        }


for _cls in (Party, ShareClass, Holding, Membership, BoardRight, AgreementRight, Finding):
    globals()[_cls.__name__] = override(_cls)
    __all__.append(_cls.__name__)


class Model(Mutual.Model):
    """A model; ``model.parties["id"]`` looks a party up, ``len(model.holdings)``
    counts holdings, and ``model.date`` is a :class:`datetime.date`."""

    def __repr__(self):
        return (f"<Mutual.Model {self.props.name!r} date={self.props.date} "
                f"parties={self.get_parties().get_n_items()} "
                f"holdings={self.get_holdings().get_n_items()}>")

    @property
    def date(self):
        return _as_date(self.get_date())

    def set_date(self, date):
        Mutual.Model.set_date(self, _as_iso(date))

    @property
    def parties(self):
        return _ById(self.get_parties(), lambda p: p.props.id)

    @property
    def share_classes(self):
        return _ById(self.get_share_classes(), lambda c: c.props.id)

    @property
    def holdings(self):
        return _ById(self.get_holdings(), lambda h: (h.props.holder, h.props.share_class))

    def to_dict(self):
        import json
        data, _length = self.to_data()
        return json.loads(data)


Model = override(Model)
__all__.append("Model")


class _ById:
    """A read-only view of a GListModel that also indexes by id."""

    def __init__(self, list_model, key):
        self._list = list_model
        self._key = key

    def __len__(self):
        return self._list.get_n_items()

    def __iter__(self):
        for i in range(self._list.get_n_items()):
            yield self._list.get_item(i)

    def __getitem__(self, key):
        if isinstance(key, int):
            if key < 0:
                key += len(self)
            item = self._list.get_item(key) if 0 <= key < len(self) else None
            if item is None:
                raise IndexError(key)
            return item
        for item in self:
            if self._key(item) == key:
                return item
        raise KeyError(key)

    def __contains__(self, key):
        return any(self._key(item) == key for item in self)

    def __repr__(self):
        return repr(list(self))
