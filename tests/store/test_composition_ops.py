"""Composition and chairmanship operations, on a fresh workspace and on the demo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from chairdesk.domain.rotations import chair_on, next_handover
from chairdesk.domain.vocabulary import EntityKind, Pillar, Role, TermLength
from chairdesk.store import composition_queries as q
from chairdesk.store.demo import load_demo
from chairdesk.store.models import (
    ChairTerm,
    Contact,
    Entity,
    Membership,
    RotationPlan,
    RotationSlot,
    WorkingGroup,
)
from chairdesk.store.ops import OperationError
from chairdesk.store.ops import composition as ops
from chairdesk.store.queries import chair_terms, group_by_acronym


@pytest.fixture
def demo(workspace):
    with workspace.transaction() as s:
        load_demo(s)
    return workspace


def _entity(session, acronym: str) -> str:
    return session.scalars(select(Entity.id).where(Entity.acronym == acronym)).one()


def _etcip(session) -> str:
    return group_by_acronym(session, "ETCIP").id


def _refused(workspace, field: str, operation) -> OperationError:
    """`operation` is refused with an error on `field`, and nothing is written."""
    from tests.conftest import snapshot

    before = snapshot(workspace)
    with pytest.raises(OperationError) as caught, workspace.transaction() as s:
        operation(s)
    assert caught.value.field == field, caught.value.message
    assert snapshot(workspace) == before
    return caught.value


# -- entities and groups -------------------------------------------------------------


def test_entities_are_added_and_edited(workspace) -> None:
    with workspace.transaction() as s:
        unicri = ops.add_entity(
            s, " UNICRI ", "UN Interregional Crime and Justice Research Institute"
        )
        interpol = ops.add_entity(
            s, "INTERPOL", "International Criminal Police Organization", "non_un"
        )
    with workspace.transaction() as s:
        ops.update_entity(
            s, unicri, name="United Nations Interregional Crime and Justice Research Institute"
        )
        ops.update_entity(s, interpol, acronym="Interpol", kind=EntityKind.NON_UN)
    with workspace.read() as s:
        rows = {e.acronym: e for e in q.entities(s)}
    assert set(rows) == {"UNICRI", "Interpol"}
    assert rows["UNICRI"].name.startswith("United Nations Interregional")
    assert rows["UNICRI"].kind is EntityKind.UN and rows["Interpol"].kind is EntityKind.NON_UN


def test_duplicate_or_blank_acronyms_are_refused(workspace) -> None:
    with workspace.transaction() as s:
        ops.add_entity(s, "OPCW", "Organisation for the Prohibition of Chemical Weapons")
        other = ops.add_entity(s, "IAEA", "International Atomic Energy Agency")
        ops.create_working_group(s, "ETCIP", "Emerging Threats", "II")
    error = _refused(workspace, "acronym", lambda s: ops.add_entity(s, "opcw", "Another"))
    assert "already an entity called opcw" in error.message
    _refused(workspace, "acronym", lambda s: ops.update_entity(s, other, acronym="OPCW"))
    _refused(workspace, "acronym", lambda s: ops.add_entity(s, "  ", "Nameless"))
    _refused(workspace, "name", lambda s: ops.add_entity(s, "WHO", ""))
    _refused(
        workspace, "kind", lambda s: ops.add_entity(s, "WHO", "World Health Organization", "ngo")
    )
    _refused(workspace, "acronym", lambda s: ops.create_working_group(s, "etcip", "Again", "II"))
    _refused(workspace, "pillar", lambda s: ops.create_working_group(s, "NEW", "New group", "V"))


def test_a_deleted_entity_frees_its_acronym(workspace) -> None:
    with workspace.transaction() as s:
        first = ops.add_entity(s, "DSS", "Department of Safety and Security")
    with pytest.raises(OperationError), workspace.transaction() as s:
        ops.add_entity(s, "DSS", "A second DSS while the first is live")
    with workspace.transaction() as s:
        s.get(Entity, first).deleted = True
    with workspace.transaction() as s:
        second = ops.add_entity(s, "DSS", "Department of Safety and Security")
    with workspace.read() as s:
        rows = {e.id: e.deleted for e in s.scalars(select(Entity).where(Entity.acronym == "DSS"))}
    assert rows == {first: True, second: False}  # the old one waits in the trash


def test_working_group_is_created_and_edited(workspace) -> None:
    with workspace.transaction() as s:
        group_id = ops.create_working_group(s, "ETCIP", "Emerging Threats", Pillar.II)
    with workspace.transaction() as s:
        ops.update_working_group(
            s,
            group_id,
            name="Emerging Threats and Critical Infrastructure Protection",
            pillar="III",
            mandate="  Coordinate.\n\nSecond paragraph.  ",
            tor_revised=date(2020, 11, 30),
            tor_submitted="2020-12-11",
        )
    with workspace.read() as s:
        details = q.group_details(s, group_id)
    assert details.pillar is Pillar.III and details.name.endswith("Protection")
    assert details.mandate == "Coordinate.\n\nSecond paragraph."
    assert (details.tor_revised, details.tor_submitted) == (date(2020, 11, 30), date(2020, 12, 11))
    _refused(
        workspace,
        "tor_revised",
        lambda s: ops.update_working_group(s, group_id, tor_revised="30/11/2020"),
    )
    _refused(workspace, "name", lambda s: ops.update_working_group(s, group_id, name=""))
    with workspace.transaction() as s:
        ops.update_working_group(s, group_id, tor_revised=None)
    with workspace.read() as s:
        assert q.group_details(s, group_id).tor_revised is None
    with pytest.raises(TypeError), workspace.transaction() as s:
        ops.update_working_group(s, group_id, chair="OPCW")


# -- memberships and focal points --------------------------------------------------------


def test_membership_is_added_ended_and_removed(demo) -> None:
    with demo.transaction() as s:
        etcip, fatf = _etcip(s), _entity(s, "FATF")
        membership = ops.add_membership(s, etcip, fatf, "observer", date(2023, 1, 1))
    with demo.transaction() as s:
        ops.end_membership(s, membership, date(2023, 6, 30))
    with demo.read() as s:
        row = next(m for m in q.memberships(s, etcip) if m.id == membership)
    assert (row.entity, row.role, row.start, row.end) == (
        "FATF",
        Role.OBSERVER,
        date(2023, 1, 1),
        date(2023, 6, 30),
    )
    assert row.current_on(date(2023, 6, 30)) and not row.current_on(date(2023, 7, 1))
    _refused(demo, "end", lambda s: ops.end_membership(s, membership, date(2023, 7, 31)))
    with demo.transaction() as s:
        ops.remove_membership(s, membership)
    with demo.read() as s:
        assert membership not in {m.id for m in q.memberships(s, etcip)}
        assert s.get(Membership, membership).deleted  # in the trash, not gone


def test_membership_dates_and_one_role_at_a_time(demo) -> None:
    with demo.read() as s:
        etcip, opcw = _etcip(s), _entity(s, "OPCW")
        current = next(m.id for m in q.memberships(s, etcip) if m.entity == "OPCW")
    with demo.transaction() as s:  # the demo gives no date of joining (the seed gives none)
        ops.update_membership(s, current, start=date(2020, 1, 1))
    error = _refused(
        demo, "start", lambda s: ops.add_membership(s, etcip, opcw, "vice_chair", date(2023, 1, 1))
    )
    assert "OPCW is already a member" in error.message
    _refused(demo, "end", lambda s: ops.update_membership(s, current, end=date(2019, 12, 31)))
    _refused(demo, "role", lambda s: ops.update_membership(s, current, role="chair"))
    _refused(demo, "entity", lambda s: ops.add_membership(s, etcip, None, "member"))

    with demo.transaction() as s:
        vice = ops.change_role(s, current, Role.VICE_CHAIR, date(2023, 1, 1))
    with demo.read() as s:
        history = [(m.role, m.start, m.end) for m in q.memberships(s, etcip) if m.entity == "OPCW"]
    assert history == [
        (Role.MEMBER, date(2020, 1, 1), date(2022, 12, 31)),
        (Role.VICE_CHAIR, date(2023, 1, 1), None),
    ]
    assert vice


def test_focal_points_with_an_email_check(demo) -> None:
    with demo.transaction() as s:
        etcip, who = _etcip(s), _entity(s, "WHO")
        contact = ops.add_contact(
            s,
            who,
            "Dana Placeholder",
            group_id=etcip,
            job_title="Focal point",
            email="dana@example.org",
            phone="+41 22 791 21 11",
        )
    error = _refused(
        demo, "email", lambda s: ops.add_contact(s, who, "X", email="dana.example.org")
    )
    assert "does not look like an email address" in error.message
    _refused(demo, "email", lambda s: ops.update_contact(s, contact, email="dana@example"))
    _refused(demo, "name", lambda s: ops.update_contact(s, contact, name=" "))
    _refused(demo, "phone", lambda s: ops.update_contact(s, contact, phone="call me"))
    with demo.transaction() as s:
        ops.update_contact(s, contact, group_id=None, email="")
    with demo.read() as s:
        row = next(c for c in q.contacts(s, etcip) if c.id == contact)
        assert (row.group_id, row.email, row.entity) == (None, None, "WHO")
        # ETCIP's list: its own focal points and the all-groups ones of its members only.
        names = {c.name for c in q.contacts(s, etcip)}
        assert {
            "Robin Example",
            "Kim Testwell",
            "Sam Demo",
            "Alex Sample",
            "Dana Placeholder",
        } == names
    with demo.transaction() as s:
        ops.remove_contact(s, contact)
    with demo.read() as s:
        assert s.get(Contact, contact).deleted
        assert "Dana Placeholder" not in {c.name for c in q.contacts(s)}


# -- chair terms and rotations ---------------------------------------------------------------


def _plan(
    session,
    entities=("INTERPOL", "UNICRI", "OPCW"),
    length=TermLength.QUARTER,
    start=date(2023, 1, 1),
    until=date(2023, 12, 31),
    plan_id=None,
) -> str:
    return ops.save_rotation_plan(
        session,
        _etcip(session),
        plan_id,
        [_entity(session, a) for a in entities],
        length,
        start,
        until,
    )


def test_rotation_generates_terms_and_slots(demo) -> None:
    with demo.transaction() as s:
        plan_id = _plan(s)
    with demo.read() as s:
        terms = chair_terms(s, _etcip(s))
        plans = {p.id: p for p in q.rotation_plans(s, _etcip(s))}
        rows = [t for t in q.chair_term_rows(s, _etcip(s)) if t.from_rotation]
    assert plans[plan_id].entities == ("INTERPOL", "UNICRI", "OPCW")
    assert [(r.entity, r.start, r.end) for r in rows] == [
        ("INTERPOL", date(2023, 1, 1), date(2023, 3, 31)),
        ("UNICRI", date(2023, 4, 1), date(2023, 6, 30)),
        ("OPCW", date(2023, 7, 1), date(2023, 9, 30)),
        ("INTERPOL", date(2023, 10, 1), date(2023, 12, 31)),
    ]
    assert chair_on(terms, date(2023, 8, 15)) == "OPCW"
    assert next_handover(terms, date(2023, 8, 15)).entity == "INTERPOL"


def test_rotation_replaces_only_its_own_generated_terms(demo) -> None:
    with demo.transaction() as s:
        etcip = _etcip(s)
        first = _plan(s, entities=("INTERPOL", "UNICRI"), length=TermLength.HALF_YEAR)
        # A second, later plan of the same group keeps its terms when the first changes.
        second = _plan(
            s,
            entities=("OPCW",),
            length=TermLength.YEAR,
            start=date(2024, 1, 1),
            until=date(2024, 12, 31),
        )
        manual = [t.id for t in q.chair_term_rows(s, etcip) if not t.from_rotation]
        kept = next(
            t.id
            for t in q.chair_term_rows(s, etcip)
            if t.plan_id == first and t.entity == "INTERPOL"
        )
    with demo.transaction() as s:
        _plan(s, entities=("INTERPOL", "OPCW"), length=TermLength.HALF_YEAR, plan_id=first)
    with demo.read() as s:
        rows = q.chair_term_rows(s, etcip)
        assert [t.id for t in rows if not t.from_rotation] == manual  # manual terms untouched
        assert [(t.entity, t.start) for t in rows if t.plan_id == first] == [
            ("INTERPOL", date(2023, 1, 1)),
            ("OPCW", date(2023, 7, 1)),
        ]
        assert kept in {t.id for t in rows}  # an unchanged term is the same record
        assert [(t.entity, t.start) for t in rows if t.plan_id == second] == [
            ("OPCW", date(2024, 1, 1))
        ]
        unicri = s.scalars(
            select(ChairTerm).where(ChairTerm.plan_id == first, ChairTerm.deleted.is_(True))
        ).all()
        assert [s.get(Entity, t.entity_id).acronym for t in unicri] == ["UNICRI"]
        slots = s.scalars(select(RotationSlot).where(RotationSlot.plan_id == first)).all()
        assert sorted((sl.deleted, s.get(Entity, sl.entity_id).acronym) for sl in slots) == [
            (False, "INTERPOL"),
            (False, "OPCW"),
        ]


def test_reapplying_the_same_rotation_changes_nothing(demo) -> None:
    from chairdesk.store.changes import recording

    with demo.transaction() as s:
        plan_id = _plan(s)
    with demo.transaction() as s, recording(s) as changes:
        _plan(s, plan_id=plan_id)
    assert not changes


def test_the_same_entity_twice_in_a_row_holds_two_terms(demo) -> None:
    with demo.transaction() as s:
        _plan(s, entities=("UNICRI", "UNICRI", "OPCW"))
    with demo.read() as s:
        rows = [t.entity for t in q.chair_term_rows(s, _etcip(s)) if t.from_rotation]
    assert rows == ["UNICRI", "UNICRI", "OPCW", "UNICRI"]


def test_rotation_overlapping_a_manual_term_is_refused(demo) -> None:
    error = _refused(demo, "start", lambda s: _plan(s, start=date(2022, 10, 1)))
    assert "INTERPOL's term (1 October 2022 – 31 December 2022)" in error.message
    assert "manual chair term of INTERPOL (1 October 2022 – 31 December 2022)" in error.message


def test_rotation_overlapping_another_plan_is_refused(demo) -> None:
    with demo.transaction() as s:
        _plan(s)
    error = _refused(
        demo,
        "start",
        lambda s: _plan(
            s,
            entities=("OPCW",),
            length=TermLength.YEAR,
            start=date(2023, 6, 1),
            until=date(2024, 5, 31),
        ),
    )
    assert "another rotation plan" in error.message


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"until": date(2022, 12, 31)}, "until"),
        ({"until": date(2203, 12, 31)}, "until"),
        ({"start": None}, "start"),
        ({"start": "1 January 2023"}, "start"),
        ({"entities": ()}, "entities"),
        ({"length": "month"}, "term_length"),
    ],
)
def test_rotation_with_bad_input_is_refused(demo, changes, field) -> None:
    _refused(demo, field, lambda s: _plan(s, **changes))


def test_a_plan_of_another_group_is_refused(demo) -> None:
    with demo.read() as s:
        plan_id = q.rotation_plans(s, _etcip(s))[0].id
        pcve = group_by_acronym(s, "PCVE").id
        unoct = _entity(s, "UNOCT")
    _refused(
        demo,
        "plan",
        lambda s: ops.save_rotation_plan(
            s, pcve, plan_id, [unoct], "year", date(2023, 1, 1), date(2023, 12, 31)
        ),
    )


def test_removing_a_plan_trashes_its_terms(demo) -> None:
    with demo.transaction() as s:
        plan_id = _plan(s)
    with demo.transaction() as s:
        ops.remove_rotation_plan(s, plan_id)
    with demo.read() as s:
        assert s.get(RotationPlan, plan_id).deleted
        assert not [t for t in q.chair_term_rows(s, _etcip(s)) if t.from_rotation]
        assert plan_id not in {p.id for p in q.rotation_plans(s, _etcip(s))}
        assert len(q.chair_term_rows(s, _etcip(s))) == 3  # the manual ones of 2022


def test_manual_chair_terms_never_overlap(demo) -> None:
    with demo.transaction() as s:
        etcip, opcw = _etcip(s), _entity(s, "OPCW")
        term = ops.add_chair_term(s, etcip, opcw, date(2023, 1, 1), date(2023, 3, 31))
    error = _refused(demo, "start", lambda s: ops.add_chair_term(s, etcip, opcw, date(2022, 12, 1)))
    assert "manual chair term of INTERPOL" in error.message
    _refused(
        demo, "start", lambda s: ops.add_chair_term(s, etcip, opcw, date(2023, 3, 1))
    )  # open-ended
    _refused(demo, "end", lambda s: ops.update_chair_term(s, term, end=date(2022, 12, 31)))
    _refused(demo, "start", lambda s: ops.update_chair_term(s, term, start=None))
    with demo.transaction() as s:
        ops.update_chair_term(s, term, end=date(2023, 6, 30))
    _refused(demo, "start", lambda s: _plan(s))  # a rotation may not run over it either
    with demo.transaction() as s:
        ops.remove_chair_term(s, term)
        assert s.get(ChairTerm, term).deleted


def test_generated_terms_are_changed_through_their_plan(demo) -> None:
    with demo.transaction() as s:
        _plan(s)
        generated = next(t.id for t in q.chair_term_rows(s, _etcip(s)) if t.from_rotation)
    _refused(demo, "term", lambda s: ops.update_chair_term(s, generated, end=date(2023, 2, 28)))
    _refused(demo, "term", lambda s: ops.remove_chair_term(s, generated))


def test_queries_skip_deleted_groups_contacts(demo) -> None:
    with demo.transaction() as s:
        s.get(WorkingGroup, group_by_acronym(s, "GSA").id).deleted = True
    with demo.read() as s:
        assert "Taylor Dummy" not in {c.name for c in q.contacts(s)}


def test_a_groups_french_name_and_time_zone_are_recorded_and_checked(workspace) -> None:
    with workspace.transaction() as s:
        group = ops.create_working_group(s, "ETCIP", "Emerging Threats", "II")
    french = "Groupe de travail sur les menaces émergentes et la protection des infrastructures critiques"
    with workspace.transaction() as s:
        ops.update_working_group(s, group, name_fr=f"  {french} ", time_zone="Europe/Vienna")
    with workspace.read() as s:
        details = q.group_details(s, group)
    assert (details.name_fr, details.time_zone) == (french, "Europe/Vienna")
    error = _refused(
        workspace, "time_zone", lambda s: ops.update_working_group(s, group, time_zone="Mars/Base")
    )
    assert "not a known time zone" in error.message
    _refused(workspace, "name_fr", lambda s: ops.update_working_group(s, group, name_fr="x\x00y"))
    with workspace.transaction() as s:  # empty: not recorded
        ops.update_working_group(s, group, name_fr="", time_zone=" ")
    with workspace.read() as s:
        assert (s.get(WorkingGroup, group).name_fr, s.get(WorkingGroup, group).time_zone) == (
            None,
            None,
        )
