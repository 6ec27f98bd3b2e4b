"""A planner in Dutch reads why each work moves in Dutch."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "qgis"))

import detection_data as D
from kip_plugin.core.rules import load_rules
from kip_plugin.core.schedule_problem import options_from_rules
from kip_plugin.core.schedule_report import outcome, reasons
from kip_plugin.core.schedule_solve import propose
from kip_plugin.core.works import make_works_from_records


def test_the_reasons_read_in_dutch(qgis_app_dutch):
    from kip_plugin.schedule.text import ReasonWriter, status_text

    plan = D.bospad() + D.conflicts_plan()
    works = make_works_from_records(plan)
    rules = load_rules()
    proposal = propose(works, rules, options_from_rules(rules, time_limit=20), [w["status"] for w in plan])
    problem = proposal.problem
    items = reasons(problem, outcome(problem, problem.planned), outcome(problem, proposal.starts))
    writer = ReasonWriter(works, {"vitens": "Vitens", "verkeer": "Verkeer"})
    text = {str(works.ids[r.index]): writer.sentence(r) for r in items}
    assert text["PRG-1"].startswith("8 maanden eerder: loopt samen met")
    assert "'Waterleiding Bospad' (Vitens)" in text["PRG-1"] and "één keer graven in plaats van 3" in text["PRG-1"]
    assert text["EVT-1"] == (
        "Blijft zoals gepland: het conflict met 'Reconstructie Markt' (Verkeer) (evenement tijdens werkzaamheden) "
        "is binnen de speelruimte van de werken niet te voorkomen."
    )
    assert status_text(proposal).startswith("optimaal: er bestaat geen betere planning")
