"""Refusals as codes and values: one catalog words them, every raise site fills its template.

The raise sites are read from the source (every `OperationError(field, Refusal.X, ...)` and
`Phrase(Refusal.X, ...)` under chairdesk/store), so that a new refusal whose values do not
match its template, or a template nobody translated, fails here rather than in front of a chair.
"""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from chairdesk.domain.wording import un_date
from chairdesk.gui.i18n_tools import REPO, read_ts
from chairdesk.store.models import Membership
from chairdesk.store.ops import OperationError
from chairdesk.store.ops import composition as ops
from chairdesk.store.refusals import LABELS, TEMPLATES, Label, Refusal, english, placeholders

STORE = REPO / "chairdesk" / "store"
FRENCH = REPO / "resources" / "translations" / "chairdesk_fr.ts"


def _codes(node: ast.expr, assigned: dict[str, ast.expr]) -> list[str]:
    """The Refusal members an argument can be: `Refusal.X`, `a if c else b`, a name bound to one."""
    if isinstance(node, ast.Name) and node.id in assigned:
        return _codes(assigned[node.id], assigned)
    if isinstance(node, ast.IfExp):
        return _codes(node.body, assigned) + _codes(node.orelse, assigned)
    if isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == "Refusal":
        return [node.attr]
    return []


def raise_sites() -> list[tuple[str, str, set[str]]]:
    """(place, code, the names of the values passed) for every refusal and phrase in the store."""
    sites = []
    for path in sorted(STORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            assigned = {
                target.id: node.value
                for node in ast.walk(function)
                if isinstance(node, ast.Assign)
                for target in node.targets
                if isinstance(target, ast.Name)
            }
            for call in ast.walk(function):
                if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
                    continue
                position = {"OperationError": 1, "Phrase": 0}.get(call.func.id)
                if position is None or len(call.args) <= position or function.name == "_rebuild":
                    continue  # (unpickling rebuilds whatever was raised)
                where = f"{path.name}:{call.lineno}"
                assert all(k.arg for k in call.keywords), f"{where}: values passed as **"
                codes = _codes(call.args[position], assigned)
                assert codes, f"{path.name}:{call.lineno}: a refusal without a Refusal code"
                for code in codes:
                    sites.append((where, code, {k.arg for k in call.keywords}))
    return sites


def test_every_raise_site_passes_exactly_the_values_its_template_names() -> None:
    sites = raise_sites()
    assert len(sites) > 80  # every operation module was read
    wrong = [
        f"{where}: {code} passes {sorted(values)}, its template names {sorted(named)}"
        for where, code, values in sites
        if values != (named := placeholders(TEMPLATES[Refusal[code]]))
    ]
    assert wrong == []


def test_every_code_has_a_template_and_is_raised_somewhere() -> None:
    assert set(TEMPLATES) == set(Refusal)
    assert set(LABELS) == set(Label)
    raised = {code for _, code, _ in raise_sites()}
    assert sorted(c.name for c in Refusal if c.name not in raised) == []


def test_every_template_and_label_has_a_french_translation() -> None:
    french = {m.source: m for m in read_ts(FRENCH) if m.context == "Refusal"}
    texts = list(TEMPLATES.values()) + list(LABELS.values())
    untranslated = [
        t for t in texts if t not in french or french[t].kind or not french[t].forms[0].strip()
    ]
    assert untranslated == []
    for template in TEMPLATES.values():
        assert placeholders(french[template].forms[0]) == placeholders(template), template
        assert french[template].forms[0] != template or template == "{start} \u2013 {end}"


def test_a_refusal_names_its_field_and_keeps_its_values_not_an_english_sentence(workspace) -> None:
    with workspace.transaction() as s:
        group = ops.create_working_group(s, "ETCIP", "Emerging Threats", "II")
        entity = ops.add_entity(s, "UNODC", "United Nations Office on Drugs and Crime", "un")
        membership = ops.add_membership(s, group, entity, "member", start="2022-07-01")
    with pytest.raises(OperationError) as refused, workspace.transaction() as s:
        ops.end_membership(s, membership, "2022-06-08")
    error = refused.value
    assert error.field == "end" and error.code is Refusal.ENDS_BEFORE_START
    assert error.values == {
        "what": Label.THE_MEMBERSHIP_ENDS,
        "end": date(2022, 6, 8),
        "start": date(2022, 7, 1),
    }
    # The command line's English: the documents' date style.
    assert error.message == "The membership ends (8 June 2022) before it starts (1 July 2022)."
    assert str(error) == error.message
    with workspace.read() as s:
        assert s.get(Membership, membership).end is None  # nothing was written


def test_english_words_nested_phrases_and_dates_as_the_documents_do() -> None:
    from chairdesk.store.refusals import Phrase

    term = Phrase(
        Refusal.MANUAL_TERM,
        entity="UNODC",
        period=Phrase(Refusal.SPAN, start=date(2023, 1, 1), end=date(2023, 12, 31)),
    )
    assert english(Refusal.TERM_OVERLAPS, {"term": term}) == (
        f"This term overlaps the manual chair term of UNODC ({un_date(date(2023, 1, 1))} \u2013 "
        f"{un_date(date(2023, 12, 31))})."
    )
    assert english(Refusal.TOO_LONG, {"label": Label.TITLE, "limit": 100_000}) == (
        "The title is too long (at most 100,000 characters)."
    )


def test_the_catalog_is_read_by_lupdate() -> None:
    from chairdesk.gui.i18n_tools import translatable_sources

    assert STORE / "refusals.py" in [Path(p) for p in translatable_sources()]
