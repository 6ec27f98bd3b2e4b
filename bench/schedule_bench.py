"""`make bench`, the schedule proposal: the greedy baseline against the optimiser, side by side.

On the Ede demo and on synthetic Ede-like plans (bench/synthetic.py, half of the works
flexible) of 1 000, 10 000 and 100 000 works. Each plan: the greedy baseline (move one work
at a time to its best date, until no move helps), then the optimiser within the plan's time
limit. What each schedule holds is measured by the detection on the works held to its dates.
Prints one table and the goals; the figures also go to build/bench/schedule_results.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

OUT = ROOT / "build" / "bench"
# Plan -> time limit (s) given to the optimiser.
PLANS = {"ede": 60.0, "1000": 60.0, "10000": 60.0, "100000": 120.0}
EDE_PROVEN_WITHIN = 10.0


def read(plan: str):
    """The works of a plan, read as the algorithm reads them."""
    from qgis.core import QgsVectorLayer

    from kip_plugin.core import schema as S
    from kip_plugin.detection.reader import read_works
    from kip_plugin.paths import demo_store_path

    if plan == "ede":
        path = demo_store_path()
    else:
        import synthetic

        n = int(plan)
        path = synthetic.write_store(OUT / f"works_{n}.gpkg", n, seed=n)
    data = read_works([QgsVectorLayer(f"{path}|layername={S.WORKS_TABLE}", "works", "ogr")])
    return data.works, data.columns[S.F_STATUS]


def measure(plan: str, time_limit: float) -> dict:
    """Greedy and optimiser on one plan."""
    from kip_plugin.core.rules import load_rules
    from kip_plugin.core.schedule_problem import options_from_rules
    from kip_plugin.core.schedule_report import outcome
    from kip_plugin.core.schedule_solve import OPTIMAL, propose

    works, statuses = read(plan)
    rules = load_rules()
    options = options_from_rules(rules, time_limit=time_limit)
    row = {"plan": plan, "works": int(works.active.sum()), "time_limit": time_limit}
    for method, use_solver in (("greedy", False), ("optimiser", True)):
        begin = time.perf_counter()
        proposal = propose(works, rules, options, statuses, use_solver=use_solver)
        seconds = time.perf_counter() - begin
        problem = proposal.problem
        before, after = outcome(problem, problem.planned), outcome(problem, proposal.starts)
        row[method] = {
            "seconds": seconds,
            "build_seconds": proposal.build_seconds,
            "greedy_seconds": proposal.greedy_seconds,
            "movable": int(problem.movable.sum()),
            "parts": len(proposal.parts),
            "parts_optimal": sum(1 for p in proposal.parts if p.status == OPTIMAL),
            "largest_part": max((p.works for p in proposal.parts), default=0),
            "status": proposal.status,
            "value": proposal.value / 100,
            "bound": proposal.bound / 100,
            "least_conflicts": proposal.least_conflicts,
            "moved": int(len(proposal.moved)),
            "digs": (before.digs_saved, after.digs_saved),
            "days": (before.disruption_days, after.disruption_days),
            "conflicts": (len(before.conflicts), len(after.conflicts)),
        }
        print(f"  {plan:>7} {method:9s} {seconds:7.1f} s  {row[method]['status']:8s} conflicts "
              f"{row[method]['conflicts'][0]} → {row[method]['conflicts'][1]}, digs saved {row[method]['digs'][0]} → "
              f"{row[method]['digs'][1]}, objective {row[method]['value']:.1f}", flush=True)
    return row


def _label(plan: str) -> str:
    return "Ede demo" if plan == "ede" else f"synthetic {int(plan):,}"


def better(row: dict) -> bool:
    """Whether the optimiser beats the greedy baseline: fewer conflicts, or as few and a higher value."""
    g, o = row["greedy"], row["optimiser"]
    return (o["conflicts"][1], -o["value"]) < (g["conflicts"][1], -g["value"])


def table(rows: list) -> str:
    """The results as one Markdown table, greedy and optimiser on consecutive lines."""
    head = ("| plan | works (may move) | parts (largest) | method | seconds (limit) | status | parts optimal "
            "| digs saved | days of disruption | conflicts | least conflicts | objective | bound |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for row in rows:
        for method in ("greedy", "optimiser"):
            m = row[method]
            limit = f" ({row['time_limit']:.0f})" if method == "optimiser" else ""
            lines.append("| " + " | ".join([
                _label(row["plan"]) if method == "greedy" else "",
                f"{row['works']:,} ({m['movable']:,})",
                f"{m['parts']:,} ({m['largest_part']:,})",
                method,
                f"{m['seconds']:.1f}{limit}",
                m["status"],
                f"{m['parts_optimal']:,}",
                f"{m['digs'][0]:,} → {m['digs'][1]:,}",
                f"{m['days'][0]:,} → {m['days'][1]:,}",
                f"{m['conflicts'][0]:,} → {m['conflicts'][1]:,}",
                f"{m['least_conflicts']:,}" if method == "optimiser" else "—",
                f"{m['value']:,.1f}",
                f"{m['bound']:,.1f}" if method == "optimiser" else "—",
            ]) + " |")
    return "\n".join(lines)


def goals(rows: list) -> list:
    """The goals, each with whether it is met."""
    by = {r["plan"]: r for r in rows}
    checks = []
    if "ede" in by:
        o = by["ede"]["optimiser"]
        checks.append((f"Ede demo solved to proven optimum in < {EDE_PROVEN_WITHIN:.0f} s",
                       o["status"] == "optimal" and o["seconds"] < EDE_PROVEN_WITHIN))
    if "10000" in by:
        r = by["10000"]
        checks.append(("10 000 works: a feasible schedule within 60 s that beats greedy, with its bound",
                       r["optimiser"]["seconds"] <= r["time_limit"] and better(r)))
    if "100000" in by:
        r = by["100000"]
        checks.append((f"100 000 works: completes within TIME_LIMIT ({r['time_limit']:.0f} s), with per-part results",
                       r["optimiser"]["seconds"] <= r["time_limit"] and r["optimiser"]["parts"] > 0))
    return checks


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plans", default=",".join(PLANS),
                        help="ede and/or numbers of synthetic works, comma-separated")
    args = parser.parse_args(argv)
    from kip_plugin.headless import start_qgis

    app, provider = start_qgis()
    import warnings

    from run import machine

    warnings.simplefilter("ignore", ResourceWarning)

    OUT.mkdir(parents=True, exist_ok=True)
    print(f"Machine: {machine()}")
    rows = []
    for plan in args.plans.split(","):
        rows.append(measure(plan, PLANS.get(plan, 60.0)))
    (OUT / "schedule_results.json").write_text(json.dumps({"machine": machine(), "rows": rows}, indent=1))
    print("\n" + table(rows))
    for text, met in goals(rows):
        print(f"{'met' if met else 'NOT MET'}: {text}")
    print(f"\nMachine after the run: {machine()}")
    import os

    os._exit(0)  # skip QGIS's slow exit: the measurement is done


if __name__ == "__main__":
    sys.exit(main())
