"""The demo workspace cut down to some of its working groups: one chair's laptop, say."""

from __future__ import annotations

import json
from typing import Any

from chairdesk.paths import resource_path

#: The seed's order of the chapters (Annex II's order, pillar by pillar).
SEED_ORDER = ("PCVE", "BMLE", "ETCIP", "CJLR", "RMME", "NARS", "HRRL", "GSA")


def demo_doc() -> dict[str, Any]:
    return json.loads(resource_path("demo", "workspace.json").read_text("utf-8"))


def demo_with(groups: set[str]) -> dict[str, Any]:
    """The demo with only ``groups``' records (every entity kept, the agenda templates too)."""
    doc = demo_doc()
    doc.pop("workspace", None)
    doc["working_groups"] = [g for g in doc["working_groups"] if g["acronym"] in groups]
    for key in (
        "memberships",
        "chair_terms",
        "rotation_plans",
        "work_plans",
        "meetings",
        "narratives",
    ):
        doc[key] = [r for r in doc[key] if r["group"] in groups]
    doc["contacts"] = [c for c in doc["contacts"] if c.get("group") in (None, *groups)]
    doc["agenda_templates"] = [
        t for t in doc["agenda_templates"] if t.get("group") in (None, *groups)
    ]
    return doc
