"""The fixed wording of the secretariat's Year in Review, in English and in French.

The review's own sentences (its title, "Key deliverables", the Compact-wide
count of meetings and the topics' lead-in, the chapters' heading, the note on
submissions not yet received, the annexes' headings) in the words of the
Compact's "Year in Review 2022". Everything else in the review, the chapters
above all, is worded by the submission's phrase book (`chairdesk.reports.phrases`),
which `ReviewWords.base` gives. As there, the French book overrides every
phrase of the English one (a test checks it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from chairdesk.domain import wording as en
from chairdesk.domain import wording_fr as fr
from chairdesk.domain.vocabulary import MeetingKind
from chairdesk.reports.phrases import Phrases, phrases
from chairdesk.reports.report_data import group_name
from chairdesk.store.composition_queries import GroupDetails

__all__ = ["FrenchReviewWords", "ReviewWords", "review_words"]

_NB = fr.NBSP


class ReviewWords:
    """English: the wording of the Compact's "Year in Review 2022"."""

    language = "en"

    @property
    def base(self) -> Phrases:
        return phrases(self.language)

    #: What the working groups belong to, as the report names it ("the eight … working groups").
    default_framework = "Counter-Terrorism Compact"

    def title(self, year: int) -> str:
        return f"Year in Review {year}"

    def subtitle(self, framework: str, year: int) -> list[str]:
        return [framework, f"The work of the working groups in {year}, from their submissions"]

    def header(self, year: int) -> str:
        return f"Year in Review {year}"

    contents = "Contents"

    def key_deliverables(self, year: int) -> str:
        return f"Key deliverables in {year}"

    def meetings_sentence(
        self, framework: str, groups: int, all_received: bool, counts: Mapping[MeetingKind, int]
    ) -> str:
        """ "During the reporting period, the eight Counter-Terrorism Compact working groups held 37 meetings (…)." """
        held = en.meetings_sentence(counts)
        if groups == 1:
            who = (
                f"the {framework} working group"
                if all_received
                else f"the one {framework} working group whose submission was received"
            )
        else:
            who = f"the {en.number_words(groups)} {framework} working groups"
            if not all_received:
                who += " whose submissions were received"
        return f"During the reporting period, {who} {held}."

    def other_meetings_sentence(self, groups: int, counts: Mapping[MeetingKind, int]) -> str:
        """ "The working groups also held four briefings." (special meetings, briefings and workshops)."""
        held = en.join_words(
            [en.count_phrase(n, *en.MEETING_KIND_NOUNS[kind]) for kind, n in counts.items() if n]
        )
        return f"The working group{'s' if groups != 1 else ''} also held {held}."

    topics_lead_in = "The working group meetings included:"

    def topic_items(self, topics: Sequence[Sequence[str]]) -> list[str]:
        """One item per group's topics, as the seed runs them ("Resource mobilization; Monitoring and
        evaluation;"): capitalized, semicolons between and after, a full stop after the last."""
        last = len(topics) - 1
        return [
            f"{self.base.capital('; '.join(group))}{'.' if i == last else ';'}"
            for i, group in enumerate(topics)
        ]

    def no_submission_yet(self, year: int) -> str:
        return f"No working group\u2019s submission for {year} has been received yet."

    def progress(self, framework: str) -> str:
        return f"Progress in the work of the {framework} working groups"

    def not_received(self, year: int, missing: Sequence[GroupDetails]) -> str:
        """The groups whose submission has not arrived: named, never silently left out."""
        groups = en.join_words([f"the {group_name(group)}" for group in missing])
        if len(missing) == 1:
            return f"The {year} submission of {groups} has not been received yet; its chapter is left out."
        return f"The {year} submissions of {groups} have not been received yet; their chapters are left out."

    def chart_caption(self, year: int) -> str:
        return f"Meetings of the working groups in {year}, by working group and kind"

    abbreviations_annex = "Annex I: Abbreviations"

    def composition_annex(self, year: int) -> str:
        return f"Annex II: Working group structure and composition in {year}"


class FrenchReviewWords(ReviewWords):
    """French: the wording of the United Nations' French documents."""

    language = "fr"

    default_framework = "Pacte mondial de coordination contre le terrorisme"

    def title(self, year: int) -> str:
        return f"Bilan de l\u2019année {year}"

    def subtitle(self, framework: str, year: int) -> list[str]:
        return [
            framework,
            f"Les travaux des groupes de travail en {year}, d\u2019après leurs contributions",
        ]

    def header(self, year: int) -> str:
        return f"Bilan de l\u2019année {year}"

    contents = "Table des matières"

    def key_deliverables(self, year: int) -> str:
        return f"Principales réalisations en {year}"

    def meetings_sentence(
        self, framework: str, groups: int, all_received: bool, counts: Mapping[MeetingKind, int]
    ) -> str:
        if groups == 1:
            who = (
                f"le groupe de travail du {framework}"
                if all_received
                else f"le seul groupe de travail du {framework} dont la contribution a été reçue"
            )
            held = fr.meetings_sentence(counts)
        else:
            who = f"les {fr.number_words(groups)} groupes de travail du {framework}"
            if not all_received:
                who += " dont la contribution a été reçue"
            held = fr.meetings_sentence(counts, plural_subject=True)
        return f"Au cours de la période considérée, {who} {held}."

    def other_meetings_sentence(self, groups: int, counts: Mapping[MeetingKind, int]) -> str:
        held = fr.join_words(
            [
                fr.count_phrase(n, singular, plural, gender)
                for kind, n in counts.items()
                if n
                for singular, plural, gender in (fr.MEETING_KIND_NOUNS[kind],)
            ]
        )
        if groups == 1:
            return f"Le groupe de travail a également tenu {held}."
        return f"Les groupes de travail ont également tenu {held}."

    topics_lead_in = (
        f"Les réunions des groupes de travail ont notamment porté sur les thèmes suivants{_NB}:"
    )

    def topic_items(self, topics: Sequence[Sequence[str]]) -> list[str]:
        last = len(topics) - 1
        return [
            f"{self.base.capital(f'{_NB}; '.join(group))}{'.' if i == last else _NB + ';'}"
            for i, group in enumerate(topics)
        ]

    def no_submission_yet(self, year: int) -> str:
        return f"Aucune contribution pour {year} n\u2019a encore été reçue."

    def progress(self, framework: str) -> str:
        return f"Progrès accomplis dans les travaux des groupes de travail du {framework}"

    def not_received(self, year: int, missing: Sequence[GroupDetails]) -> str:
        groups = fr.join_words([group.acronym for group in missing])
        if len(missing) == 1:
            return (
                f"La contribution pour {year} du groupe de travail {groups} n\u2019a pas encore été "
                f"reçue{_NB}; son chapitre ne figure pas dans le présent rapport."
            )
        return (
            f"Les contributions pour {year} des groupes de travail {groups} n\u2019ont pas encore été "
            f"reçues{_NB}; leurs chapitres ne figurent pas dans le présent rapport."
        )

    def chart_caption(self, year: int) -> str:
        return f"Réunions des groupes de travail en {year}, par groupe de travail et par type"

    abbreviations_annex = f"Annexe I{_NB}: Abréviations"

    def composition_annex(self, year: int) -> str:
        return f"Annexe II{_NB}: Structure et composition des groupes de travail en {year}"


_BOOKS: dict[str, ReviewWords] = {"en": ReviewWords(), "fr": FrenchReviewWords()}


def review_words(language: str = "en") -> ReviewWords:
    """The review's phrase book for a document language; ValueError for one ChairDesk does not write."""
    phrases(
        language
    )  # the same refusal, in the same words, for a language ChairDesk does not write
    return _BOOKS[language]
