"""The topics of a year's meetings, each once, as the Year in Review lists them."""

from __future__ import annotations

import pytest

from chairdesk.domain.topics import subject_of, topic_key, unique_topics


def test_a_topic_discussed_by_several_groups_is_listed_once_as_first_written() -> None:
    topics = [
        "Guidance note on PCVE in Cooperation Frameworks",
        "Resource mobilization",
        "guidance note on PCVE in cooperation frameworks.",
        "  Resource   mobilization ;",
        "The Multi-Year Appeal",
        "Multi-Year Appeal",
    ]
    assert unique_topics(topics) == [
        "Guidance note on PCVE in Cooperation Frameworks",
        "Resource mobilization",
        "The Multi-Year Appeal",
    ]


def test_quotes_dashes_and_spacing_do_not_make_a_topic_new() -> None:
    assert topic_key("Special Rapporteur\u2019s visit \u2013 Uzbekistan") == topic_key(
        "special rapporteur's visit - uzbekistan"
    )
    assert topic_key("La  mobilisation des ressources.") == topic_key("mobilisation des ressources")


def test_empty_topics_are_dropped() -> None:
    assert unique_topics(["", "  ", ".", "Border security"]) == ["Border security"]


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        (
            "In-focus discussion: the increasing terrorist threat in parts of Africa",
            "the increasing terrorist threat in parts of Africa",
        ),
        (
            "Discussion thématique\u00a0: le financement du terrorisme",
            "le financement du terrorisme",
        ),
        ("In-focus discussion on border security", None),
        ("In-focus discussion:   ", None),
    ],
)
def test_the_subject_of_a_discussion_is_what_its_title_names_after_the_colon(
    title: str, subject
) -> None:
    assert subject_of(title) == subject
