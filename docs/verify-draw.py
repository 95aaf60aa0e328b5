#!/usr/bin/env python3
"""Recompute a draw of method draw-v1 from its published inputs, with nothing but SHA-256 and integers.

Usage:  python3 verify-draw.py INPUTS.json [PUBLISHED.json]
        python3 verify-draw.py < INPUTS.json

INPUTS.json holds the draw inputs: method, drawKey, seed, mode (RATIO or QUOTA), ratios (basis points
per grade) or quota {total, weights}, teamSizes, agencies, pool [{uscc, grade, region}], inspectors
[{code, agency, jurisdiction, cap}], conflicts [{inspector, uscc}], previousTeams [{uscc, inspectors}].

With one argument (or none: inputs from standard input) it prints the recomputed draw as JSON:
{poolHash, poolByGrade, selectedByGrade, targets: [{uscc, grade, ticket, team, staffed}]}, the targets
in staffing order and each team in seat order (empty when UNSTAFFED).

With a second argument, the published draw: a JSON object with poolHash, poolByGrade, selectedByGrade
and targets, a list of {uscc, ticket, team, staffed} in staffing order. The script then prints each
difference and exits 1, or prints "draw verified" and exits 0.

Written from the method description only; it shares no code with the server.
"""
import hashlib
import json
import sys

GRADES = "ABCD"


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ratio(pop, ratios):
    n = {}
    for g in GRADES:
        bp = ratios.get(g, 0)
        if not 0 <= bp <= 10000:
            raise ValueError(f"ratio of {g} outside 0..10000")
        n[g] = min(pop[g], (pop[g] * bp + 9999) // 10000)
    return n


def quota(pop, spec):
    k, weights = spec["total"], spec["weights"]
    if not 0 <= k <= sum(pop.values()) or any(weights.get(g, 0) < 0 for g in GRADES):
        raise ValueError("quota total outside 0..pool size, or a negative weight")
    share = {g: weights.get(g, 0) * pop[g] for g in GRADES}
    n = {g: 0 for g in GRADES}
    open_ = list(GRADES)
    while True:
        total = sum(share[g] for g in open_)
        for g in open_:
            n[g] = 0
        if total == 0:  # no weight left to share: the open strata get none
            break
        rest = {}
        for g in open_:
            n[g], rest[g] = divmod(k * share[g], total)
        left = k - sum(n[g] for g in open_)
        for g in sorted(open_, key=lambda g: (-rest[g], "DCBA".index(g)))[:left]:
            n[g] += 1
        over = [g for g in open_ if n[g] > pop[g]]
        if not over:
            break
        for g in over:
            n[g] = pop[g]
            open_.remove(g)
            k -= pop[g]
    return n


def recompute(inp):
    if inp["method"] != "draw-v1":
        raise ValueError("method is not draw-v1")
    prefix = inp["seed"] + ":" + inp["drawKey"] + ":"
    pool = inp["pool"]
    usccs = [p["uscc"] for p in pool]
    if len(set(usccs)) != len(usccs) or any(p["grade"] not in GRADES for p in pool):
        raise ValueError("a pool member is listed twice or has a grade outside A-D")
    # Python orders str by code point, which is the byte order of UTF-8.
    manifest = "".join(f"{p['uscc']},{p['grade']}\n" for p in sorted(pool, key=lambda p: p["uscc"]))
    pop = {g: sum(1 for p in pool if p["grade"] == g) for g in GRADES}
    mode = inp.get("mode", "RATIO")
    n = ratio(pop, inp["ratios"]) if mode == "RATIO" else quota(pop, inp["quota"]) if mode == "QUOTA" else None
    if n is None:
        raise ValueError("unknown mode " + mode)
    ticket = {p["uscc"]: sha256(prefix + p["uscc"]) for p in pool}
    selected = []
    for g in GRADES:
        selected += sorted((p for p in pool if p["grade"] == g), key=lambda p: (ticket[p["uscc"]], p["uscc"]))[:n[g]]
    selected.sort(key=lambda p: (ticket[p["uscc"]], p["uscc"]))

    agencies = sorted(set(inp["agencies"]))
    joint = len(agencies) > 1
    barred = {}
    for c in inp["conflicts"]:
        barred.setdefault(c["uscc"], set()).add(c["inspector"])
    for t in inp["previousTeams"]:
        barred.setdefault(t["uscc"], set()).update(t["inspectors"])
    load, targets = {}, []
    for t in selected:
        m = max(inp["teamSizes"].get(t["grade"], 0), 2)
        if joint:
            m = max(m, len(agencies))
        no = barred.get(t["uscc"], set())
        eligible = sorted(
            (i for i in inp["inspectors"]
             if i["agency"] in agencies and any(t["region"].startswith(j) for j in i["jurisdiction"])
             and i["code"] not in no and load.get(i["code"], 0) < i["cap"]),
            key=lambda i: (sha256(prefix + t["uscc"] + ":" + i["code"]), i["code"]))
        team, complete = [], True
        if joint:
            for a in agencies:
                pick = next((i["code"] for i in eligible if i["agency"] == a), None)
                if pick is None:
                    complete = False
                    break
                team.append(pick)
        team += [i["code"] for i in eligible if i["code"] not in team][:max(m - len(team), 0)]
        complete = complete and len(team) == m
        if complete:
            for c in team:
                load[c] = load.get(c, 0) + 1
        targets.append({"uscc": t["uscc"], "grade": t["grade"], "ticket": ticket[t["uscc"]],
                        "team": team if complete else [], "staffed": complete})
    return {"poolHash": sha256(manifest), "poolByGrade": pop,
            "selectedByGrade": {g: sum(1 for s in selected if s["grade"] == g) for g in GRADES}, "targets": targets}


def compare(mine, published):
    diffs = []
    for key in ("poolHash", "poolByGrade", "selectedByGrade"):
        if mine[key] != published.get(key):
            diffs.append(f"{key}: recomputed {json.dumps(mine[key])}, published {json.dumps(published.get(key))}")
    theirs = published.get("targets", [])
    if len(mine["targets"]) != len(theirs):
        diffs.append(f"targets: recomputed {len(mine['targets'])}, published {len(theirs)}")
    for pos, (a, b) in enumerate(zip(mine["targets"], theirs), 1):
        for key in ("uscc", "ticket", "team", "staffed"):
            if a[key] != b.get(key):
                diffs.append(f"target {pos} {key}: recomputed {json.dumps(a[key])}, published {json.dumps(b.get(key))}")
    return diffs


def main(args):
    with (open(args[0], encoding="utf-8") if args else sys.stdin) as f:
        mine = recompute(json.load(f))
    if len(args) < 2:
        json.dump(mine, sys.stdout, indent=2)
        print()
        return 0
    with open(args[1], encoding="utf-8") as f:
        diffs = compare(mine, json.load(f))
    for d in diffs:
        print(d)
    if diffs:
        return 1
    print("draw verified")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
