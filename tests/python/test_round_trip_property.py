# SPDX-License-Identifier: LGPL-2.1-or-later
"""Property tests (hypothesis): any model that can be built and validates
saves and loads back with every property of every item equal."""
import datetime
import fractions
import os
import sys
import tempfile
import unittest

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import GLib, Mutual  # noqa: E402

try:
    from hypothesis import HealthCheck, given, settings, strategies as st
except ImportError:  # pragma: no cover
    print("python3-hypothesis is not installed: skipped")
    sys.exit(77)  # meson's "skipped"

MAX_INT64 = 2**63 - 1
MAX_UINT32 = 2**32 - 1
KINDS = [
    Mutual.PartyKind.PUBLIC_BODY, Mutual.PartyKind.COMPANY, Mutual.PartyKind.GUARANTEE_COMPANY,
    Mutual.PartyKind.COOPERATIVE, Mutual.PartyKind.COMMUNITY_BENEFIT_SOCIETY,
    Mutual.PartyKind.EMPLOYEE_OWNERSHIP_TRUST, Mutual.PartyKind.EMPLOYEE_BENEFIT_TRUST,
    Mutual.PartyKind.TRUST, Mutual.PartyKind.PERSON,
]
ISSUERS = {Mutual.PartyKind.COMPANY, Mutual.PartyKind.COOPERATIVE, Mutual.PartyKind.COMMUNITY_BENEFIT_SOCIETY}
PER_MEMBER = {Mutual.PartyKind.GUARANTEE_COMPANY, Mutual.PartyKind.COOPERATIVE,
              Mutual.PartyKind.COMMUNITY_BENEFIT_SOCIETY}
DIMENSIONS = [Mutual.Dimension.SHARES, Mutual.Dimension.VOTES, Mutual.Dimension.PROFITS, Mutual.Dimension.CAPITAL]
SPECIAL = [Mutual.SpecialRights.VETO_RESERVED_MATTERS, Mutual.SpecialRights.APPOINT_DIRECTORS,
           Mutual.SpecialRights.NO_TRANSFER]

# Any Unicode text UTF-8 can carry (no surrogates), control characters
# included, and now and then text near the 4096-byte limit.
CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
SHORT = st.text(CHARS, min_size=1, max_size=12)
# U+001F joins the parts of the model's composite keys: ids may not hold it
IDS = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x1f"), min_size=1, max_size=12)
TEXT = st.one_of(SHORT, st.text(CHARS, min_size=1, max_size=4096).filter(lambda s: len(s.encode()) <= 4096))
OPTIONAL = st.one_of(st.none(), TEXT)


@st.composite
def models(draw):
    model = Mutual.Model.new()
    model.props.name = draw(OPTIONAL)
    model.props.description = draw(OPTIONAL)
    date = draw(st.one_of(st.none(), st.dates(datetime.date(1, 1, 1), datetime.date(9999, 12, 31))))
    model.props.date = date.isoformat() if date else None
    model.props.sources = draw(st.lists(TEXT, max_size=3))

    ids = draw(st.lists(IDS, min_size=1, max_size=8, unique=True))
    kinds = {i: draw(st.sampled_from(KINDS)) for i in ids}
    ref = st.sampled_from(ids)
    for i in ids:
        model.add_party(Mutual.Party(
            id=i, name=draw(TEXT), kind=kinds[i],
            company_number=draw(OPTIONAL),
            board_size=draw(st.integers(0, 10000)),
            keeps_psc_register=draw(st.booleans()),
            employer=draw(st.one_of(st.none(), ref)),
            beneficiary_employer=draw(st.one_of(st.none(), ref)),
            trustees=draw(st.lists(ref, max_size=3)),
            public_service_mission=draw(st.booleans()),
            profit_distribution=draw(st.sampled_from([
                Mutual.ProfitDistribution.UNRESTRICTED, Mutual.ProfitDistribution.REINVESTED,
                Mutual.ProfitDistribution.MEMBERS_ONLY])),
        ))

    issuers = [i for i in ids if kinds[i] in ISSUERS]
    class_ids = []
    if issuers:
        class_ids = draw(st.lists(IDS, max_size=4, unique=True))
        for c in class_ids:
            flags = 0
            for flag in draw(st.lists(st.sampled_from(SPECIAL), unique=True)):
                flags |= flag
            model.add_share_class(Mutual.ShareClass(
                id=c, issuer=draw(st.sampled_from(issuers)), name=draw(TEXT),
                votes_per_share=draw(st.integers(0, MAX_UINT32)),
                dividend_weight=draw(st.integers(0, MAX_UINT32)),
                capital_weight=draw(st.integers(0, MAX_UINT32)),
                nominal_value=draw(st.integers(0, MAX_INT64)),
                ordinary=draw(st.booleans()),
                special_rights=flags,
            ))
        # the shares of a class add up to at most 2^63 - 1
        left = {c: MAX_INT64 for c in class_ids}
        if class_ids:
            for holder, c in draw(st.lists(st.tuples(ref, st.sampled_from(class_ids)), max_size=8, unique=True)):
                count = draw(st.integers(0, left[c]))
                left[c] -= count
                model.add_holding(Mutual.Holding.new(holder, c, count))

    organisations = [i for i in ids if kinds[i] in PER_MEMBER]
    if organisations:
        for member, org in draw(st.lists(st.tuples(ref, st.sampled_from(organisations)), max_size=6, unique=True)):
            model.add_membership(Mutual.Membership.new(member, org, draw(st.integers(0, MAX_UINT32))))

    for appointer, company in draw(st.lists(st.tuples(ref, ref), max_size=6, unique=True)):
        model.add_board_right(Mutual.BoardRight.new(appointer, company, draw(st.integers(0, 10000))))

    # the rights in one company and dimension add up to at most the whole
    whole = {}
    for holder, company, dimension in draw(st.lists(st.tuples(ref, ref, st.sampled_from(DIMENSIONS)),
                                                    max_size=6, unique=True)):
        total = whole.get((company, dimension), fractions.Fraction(0))
        denominator = draw(st.one_of(st.sampled_from([1, 2, 3, 4, 6, 8, 100, 1000]), st.integers(1, MAX_INT64)))
        numerator = draw(st.integers(0, int((1 - total) * denominator)))
        share = fractions.Fraction(numerator, denominator)
        if (total + share).denominator > MAX_INT64:
            continue  # the library refuses a sum it cannot hold exactly (tested in C)
        whole[(company, dimension)] = total + share
        model.add_agreement_right(Mutual.AgreementRight(
            holder=holder, company=company, dimension=dimension,
            share=Mutual.Fraction.new(share.numerator, share.denominator),
            veto=draw(st.booleans()), source=draw(OPTIONAL),
        ))
    # staff: born before started, hours from 0 to 168 (a double: it must
    # come back bit for bit), an assignment from 0 to 1
    schemes = [Mutual.PensionScheme.NONE, Mutual.PensionScheme.LGPS, Mutual.PensionScheme.NHS,
               Mutual.PensionScheme.CIVIL_SERVICE, Mutual.PensionScheme.TEACHERS,
               Mutual.PensionScheme.OTHER_PUBLIC_SERVICE, Mutual.PensionScheme.DEFINED_BENEFIT,
               Mutual.PensionScheme.DEFINED_CONTRIBUTION]
    for staff_id in draw(st.lists(IDS, max_size=5, unique=True)):
        born = draw(st.dates(datetime.date(1, 1, 1), datetime.date(9998, 12, 31)))
        started = draw(st.dates(born + datetime.timedelta(days=1), datetime.date(9999, 12, 31)))
        denominator = draw(st.integers(1, MAX_INT64))
        assignment = draw(st.one_of(st.none(), st.integers(0, denominator).map(
            lambda n, d=denominator: Mutual.Fraction.new(n, d))))
        model.add_staff_member(Mutual.StaffMember(
            id=staff_id, name=draw(OPTIONAL), employer=draw(ref), grouping=draw(OPTIONAL),
            assignment=assignment, temporary=draw(st.booleans()),
            started=started.isoformat(), born=born.isoformat(),
            weekly_pay=draw(st.integers(0, MAX_INT64)),
            hours=draw(st.floats(0, 168, allow_nan=False)),
            pension_scheme=draw(st.sampled_from(schemes)),
            collective_agreement=draw(OPTIONAL), objected=draw(st.booleans()),
        ))
    model.validate()
    return model


def value_of(value):
    if isinstance(value, Mutual.Fraction):
        return (value.get_numerator(), value.get_denominator())
    if isinstance(value, (list, tuple)):
        return list(value)
    return value


def props_of(obj):
    return {spec.name: value_of(obj.get_property(spec.name)) for spec in obj.list_properties()}


LISTS = ("get_parties", "get_share_classes", "get_holdings", "get_memberships",
         "get_board_rights", "get_agreement_rights", "get_staff")


class RoundTripProperty(unittest.TestCase):
    def assert_equal_models(self, a, b):
        self.assertEqual(props_of(a), props_of(b))
        for getter in LISTS:
            before = [props_of(item) for item in getattr(a, getter)()]
            after = [props_of(item) for item in getattr(b, getter)()]
            self.assertEqual(before, after, getter)

    @settings(max_examples=int(os.environ.get("MUTUAL_HYPOTHESIS_EXAMPLES", "100")), deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(models())
    def test_save_load_save(self, model):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "model.json")
            model.save_to_file(path)
            again = Mutual.Model.new_from_file(path)
            self.assert_equal_models(model, again)
            # and the second save is the same file
            with open(path, "rb") as f:
                first = f.read()
            again.save_to_file(path)
            with open(path, "rb") as f:
                self.assertEqual(first, f.read())
        # from data too, and through a copy
        data, length = model.to_data()
        self.assertEqual(len(data.encode()), length)
        self.assert_equal_models(model, Mutual.Model.new_from_data(data.encode()))
        self.assert_equal_models(model, model.copy())


if __name__ == "__main__":
    unittest.main()
