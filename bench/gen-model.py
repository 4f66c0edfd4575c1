# SPDX-License-Identifier: LGPL-2.1-or-later
"""Write a 100,000-party model file for the `mutual analyse` benchmark: a region's worth of
companies (each with 3-7 holders among persons, employee trusts, public bodies and companies
above it, board rights, a few golden shares) and co-operatives with members.

Usage: gen-model.py OUT.json [N]"""
import json
import random
import sys


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    rnd = random.Random(7)
    n_companies, n_coops, n_trusts, n_bodies = n // 5, n // 100, n // 50, 200
    n_persons = n - n_companies - n_coops - n_trusts - n_bodies
    parties, classes, holdings, memberships, boards = [], [], [], [], []
    companies = [f"c{i}" for i in range(n_companies)]
    persons = [f"p{i}" for i in range(n_persons)]
    for i, c in enumerate(companies):
        parties.append({"id": c, "name": f"Company {i}", "kind": "company", "board_size": 5,
                        "keeps_psc_register": rnd.random() < 0.8})
        classes.append({"id": f"{c}-o", "issuer": c, "name": "Ordinary"})
        if rnd.random() < 0.05:
            classes.append({"id": f"{c}-g", "issuer": c, "name": "Golden", "votes_per_share": 0,
                            "dividend_weight": 0, "capital_weight": 0, "nominal_value": 1, "ordinary": False,
                            "special_rights": ["veto-reserved-matters"]})
            holdings.append({"holder": f"b{rnd.randrange(n_bodies)}", "share_class": f"{c}-g", "count": 1})
    for i in range(n_bodies):
        parties.append({"id": f"b{i}", "name": f"Council {i}", "kind": "public-body"})
    for i in range(n_trusts):
        employer = companies[rnd.randrange(n_companies)]
        trustees = [persons[rnd.randrange(n_persons)] for _ in range(2)]
        parties.append({"id": f"t{i}", "name": f"Trust {i}", "kind": "employee-ownership-trust",
                        "beneficiary_employer": employer, "trustees": sorted(set(trustees))})
    for i, p in enumerate(persons):
        party = {"id": p, "name": f"Person {i}", "kind": "person"}
        if rnd.random() < 0.5:
            party["employer"] = companies[rnd.randrange(n_companies)]
        parties.append(party)
    for i in range(n_coops):
        parties.append({"id": f"coop{i}", "name": f"Co-op {i}", "kind": "cooperative"})
        for m in rnd.sample(range(n_persons), 50):
            memberships.append({"member": persons[m], "organisation": f"coop{i}"})
    for i, c in enumerate(companies):
        seen = set()
        for _ in range(rnd.randint(3, 7)):
            r = rnd.random()
            if r < 0.15 and i + 1 < n_companies:
                holder = companies[rnd.randrange(i + 1, min(n_companies, i + 500))]
            elif r < 0.25:
                holder = f"t{rnd.randrange(n_trusts)}"
            elif r < 0.3:
                holder = f"b{rnd.randrange(n_bodies)}"
            else:
                holder = persons[rnd.randrange(n_persons)]
            if holder in seen:
                continue
            seen.add(holder)
            holdings.append({"holder": holder, "share_class": f"{c}-o", "count": rnd.randint(1, 1000)})
        appointers = list(seen)[:2]
        for a in appointers:
            boards.append({"appointer": a, "company": c, "directors": rnd.randint(1, 3)})
    model = {"format": "libmutual-model", "version": 1, "name": f"Generated region, {n} parties",
             "date": "2024-04-01", "parties": parties, "share_classes": classes, "holdings": holdings,
             "memberships": memberships, "board_rights": boards}
    with open(out, "w") as f:
        json.dump(model, f)
    print(json.dumps({"parties": len(parties), "share_classes": len(classes), "holdings": len(holdings),
                      "memberships": len(memberships), "board_rights": len(boards)}))


if __name__ == "__main__":
    main()
