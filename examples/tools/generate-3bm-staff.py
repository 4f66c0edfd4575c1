#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Generate the staff list and transfer plan of the 3bm-2013 example.

The staff are invented: ids, roles, dates and pay are drawn from a seeded
random generator so the output is the same on every run. Pay follows the
shape of 2012/13 local government pay in inner London (NJC scales with
London weighting, about £17,000 to £52,000 a year); most staff are LGPS
members on NJC (Green Book) terms. The transfer dates, measures and
consultation dates of the plan are illustrative, not taken from the
councils' records: only the transferors, transferee and contract start
(2 April 2013) come from the sources listed in the model.

Usage: examples/tools/generate-3bm-staff.py [examples/models/3bm-2013.json]
Rewrites only the model's "staff" and "transfer_plans" members, which it
keeps last in the file; everything before them is left byte for byte.
"""
import datetime
import json
import os
import random
import sys

SEED = 2013
GROUPING = "schools-support"
BOROUGHS = [("lbhf", 34), ("rbkc", 26), ("wcc", 30)]
# (role, annual salary range in pounds, share of part-timers)
ROLES = [
    ("Schools finance officer", 26000, 34000, 0.2),
    ("Schools finance manager", 38000, 48000, 0.0),
    ("Payroll officer", 21000, 27000, 0.3),
    ("HR adviser", 27000, 36000, 0.2),
    ("HR business partner", 39000, 52000, 0.0),
    ("Governor services clerk", 22000, 29000, 0.5),
    ("Admissions officer", 23000, 30000, 0.3),
    ("ICT technician", 20000, 27000, 0.1),
    ("Business support assistant", 17000, 21000, 0.4),
    ("School improvement administrator", 21000, 26000, 0.3),
]
GREEN_BOOK = "NJC for Local Government Services (Green Book)"
JNC = "JNC for Chief Officers of Local Authorities"


def day(d):
    return d.isoformat()


def staff_list(rng):
    out = []
    for borough, count in BOROUGHS:
        for n in range(1, count + 1):
            role, low, high, part = rng.choice(ROLES)
            born = datetime.date(1953, 1, 1) + datetime.timedelta(days=rng.randrange(0, 39 * 365))
            earliest = max(born.replace(year=born.year + 18) if not (born.month == 2 and born.day == 29)
                           else datetime.date(born.year + 18, 3, 1), datetime.date(1985, 1, 1))
            latest = datetime.date(2012, 12, 31)
            if earliest >= latest:
                earliest = latest - datetime.timedelta(days=200)
            started = earliest + datetime.timedelta(days=rng.randrange(0, (latest - earliest).days))
            annual = rng.randrange(low, high + 1, 3)
            hours = 36.0
            if rng.random() < part:
                hours = rng.choice([18.0, 21.6, 25.2, 28.8])
            weekly = round(annual * 100 * hours / 36.0 / 52.143)
            member = {
                "id": "%s-%04d" % (borough, n),
                "name": "%s %s-%d" % (role, borough.upper(), n),
                "employer": borough,
                "grouping": GROUPING,
                "started": day(started),
                "born": day(born),
                "weekly_pay": weekly,
                "hours": hours,
                "pension_scheme": "lgps" if rng.random() < 0.86 else "none",
                "collective_agreement": JNC if role.endswith("manager") or role.endswith("partner") else GREEN_BOOK,
            }
            r = rng.random()
            if r < 0.05:
                # works mostly for the council's corporate finance team
                member["assignment"] = rng.choice(["2/5", "1/4", "1/2"])
            elif r < 0.08:
                member["temporary"] = True
            elif r < 0.11:
                member["objected"] = True
            elif r < 0.18:
                member["assignment"] = rng.choice(["3/5", "4/5", "7/10"])
            out.append(member)
    return out


PLAN = {
    "id": "3bm-2013",
    "name": "Transfer of tri-borough schools support staff to 3BM (illustrative dates and measures)",
    "transferors": ["lbhf", "rbkc", "wcc"],
    "transferee": "3bm",
    "transfer_date": "2013-04-02",
    "grouping": GROUPING,
    "jurisdiction": "great-britain",
    "assignment_threshold": "1/2",
    "assignment_strict": True,
    "measures": [
        {"description": "Payroll moves to 3BM's provider; pay day stays the last working day of the month",
         "kind": "other", "reason": "unconnected"},
        {"description": "Staff move from three town halls to one 3BM office in Hammersmith",
         "kind": "relocation", "reason": "eto"},
    ],
    "representatives": "recognised-union",
    "information_given": "2013-01-14",
    "consultation_held": "2013-01-21",
    "eli_sent": "2013-03-01",
    "eli_contents": ["identity-and-age", "particulars", "disciplinary-grievance", "claims", "collective-agreements"],
    "pension_provision": "public-scheme-access",
}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "models", "3bm-2013.json")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    marker = ',\n  "staff": ['
    if marker in text:
        text = text[:text.index(marker)] + "\n}\n"
    body = text.rstrip()
    assert body.endswith("}"), "the model must end with its closing brace"
    body = body[:-1].rstrip()
    rng = random.Random(SEED)
    staff = staff_list(rng)
    lines = [body + ",", '  "staff": [']
    lines += ["    " + json.dumps(s, ensure_ascii=False) + ("," if i + 1 < len(staff) else "") for i, s in enumerate(staff)]
    lines.append("  ],")
    plan = json.dumps(PLAN, ensure_ascii=False, indent=2).replace("\n", "\n    ")
    lines += ['  "transfer_plans": [', "    " + plan, "  ]", "}"]
    out = "\n".join(lines) + "\n"
    json.loads(out)
    with open(path, "w", encoding="utf-8") as f:
        f.write(out)
    print("%s: %d staff, 1 transfer plan" % (path, len(staff)))


if __name__ == "__main__":
    main()
