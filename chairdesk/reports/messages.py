"""What an export tells the person making it: a code and its values, worded where it is shown.

The reports never decide the language of a message. A `Message` is a `str`
(its English wording, so it can be logged, compared and printed as before)
that also carries its `code` and `values`; whoever shows it words it again:

- the command line in the language of the command (`chairdesk export
  submission --language fr` prints its notes in French), with `worded`;
- the application in the language of its interface, through `tr()` (see
  `chairdesk.gui.document_export.message_text`).

The values are already in the document's language where they quote it (a
section's heading), and are printed as they are.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MESSAGES", "Message", "worded"]

#: code → {language → wording}; "{name}" fields are filled from the message's values.
MESSAGES: dict[str, dict[str, str]] = {
    # notes about what a document says
    "section_left_out": {
        "en": "{heading}: nothing recorded for {year}; the section is left out.",
        "fr": "{heading}\u00a0: rien n\u2019est enregistré pour {year}\u00a0; la section est omise.",
    },
    "open_items_listed": {
        "en": "{heading}: no text of the chair's for {year} yet; the open items are listed as a starting point.",
        "fr": "{heading}\u00a0: la présidence n\u2019a pas encore rédigé de texte pour {year}\u00a0; "
        "les points en suspens sont énumérés comme point de départ.",
    },
    "no_french_name": {
        "en": "{group} has no French name recorded; its English name is used. Record it in Composition "
        "(or with `chairdesk group set --group {group} --name-fr …`).",
        "fr": "Aucun nom français n\u2019est enregistré pour {group}\u00a0; son nom anglais est utilisé. "
        "Enregistrez-le dans Composition (ou avec `chairdesk group set --group {group} --name-fr …`).",
    },
    "time_zone_assumed": {
        "en": "{group} has no time zone recorded; its meeting times were taken as {zone} time, this "
        "computer's. Record the group's zone in Composition (or with `chairdesk group set "
        "--group {group} --time-zone ZONE`).",
        "fr": "Aucun fuseau horaire n\u2019est enregistré pour {group}\u00a0; l\u2019heure de ses réunions a été "
        "lue dans le fuseau {zone}, celui de cet ordinateur. Enregistrez le fuseau du groupe dans "
        "Composition (ou avec `chairdesk group set --group {group} --time-zone FUSEAU`).",
    },
    "group_note": {"en": "{group}: {note}", "fr": "{group}\u00a0: {note}"},
    "not_received": {
        "en": "{group}: nothing received for {year}; named as not yet received.",
        "fr": "{group}\u00a0: rien n\u2019a été reçu pour {year}\u00a0; le groupe est cité comme n\u2019ayant pas "
        "encore envoyé sa contribution.",
    },
    # warnings about the template
    "style_made": {
        "en": 'The template {template} has no "{style}" style; one was made from its own "{base}" style.',
        "fr": "Le modèle {template} n\u2019a pas de style «\u00a0{style}\u00a0»\u00a0; il a été créé à partir "
        "de son propre style «\u00a0{base}\u00a0».",
    },
    "header_distance": {
        "en": "The template {template} puts the header or footer {distance} cm from the edge of the page, "
        "where printers cut it off; it was placed {placed} cm from the edge.",
        "fr": "Le modèle {template} place l\u2019en-tête ou le pied de page à {distance}\u00a0cm du bord de la "
        "page, où les imprimantes le coupent\u00a0; il a été placé à {placed}\u00a0cm du bord.",
    },
    # a template that cannot be used (ReportError)
    "template_missing": {
        "en": "{path}: no such template file",
        "fr": "{path}\u00a0: ce modèle n\u2019existe pas",
    },
    "default_template_missing": {
        "en": "{path}: ChairDesk's default template is missing from this installation",
        "fr": "{path}\u00a0: le modèle par défaut de ChairDesk manque à cette installation",
    },
    "template_unreadable": {
        "en": "{path}: cannot read the template ({reason})",
        "fr": "{path}\u00a0: le modèle ne peut pas être lu ({reason})",
    },
    "not_word": {
        "en": "{path}: not a Word document (.docx); choose a .docx or .dotx file as the template",
        "fr": "{path}\u00a0: ce n\u2019est pas un document Word (.docx)\u00a0; choisissez un fichier .docx ou .dotx "
        "comme modèle",
    },
    "macro_template": {
        "en": "{path}: a macro-enabled Word file cannot serve as a template; save it as a .docx first",
        "fr": "{path}\u00a0: un fichier Word avec macros ne peut pas servir de modèle\u00a0; "
        "enregistrez-le d\u2019abord au format .docx",
    },
    "template_too_large": {
        "en": "{path}: too large for a template ({size} MB once unpacked; at most {limit} MB)",
        "fr": "{path}\u00a0: trop volumineux pour un modèle ({size}\u00a0Mo une fois décompressé\u00a0; "
        "{limit}\u00a0Mo au plus)",
    },
    "cannot_write": {
        "en": "{path}: cannot write ({reason})",
        "fr": "{path}\u00a0: écriture impossible ({reason})",
    },
    # the command line's own lines around an export
    "wrote": {"en": "Wrote {path}", "fr": "Écrit\u00a0: {path}"},
    "warning": {"en": "warning: {text}", "fr": "avertissement\u00a0: {text}"},
    "nothing_written": {"en": "Nothing was written.", "fr": "Rien n\u2019a été écrit."},
}


def worded(code: str, language: str = "en", **values: Any) -> str:
    """The message `code` in `language` (English for a language it has no wording in).

    A value that is a message itself (a group's note in the Year in Review) is worded too.
    """
    wordings = MESSAGES[code]
    values = {k: v.worded(language) if isinstance(v, Message) else v for k, v in values.items()}
    return wordings.get(language, wordings["en"]).format(**values)


class Message(str):
    """A message's English text, with its `code` and `values` for wording it in another language."""

    code: str
    values: dict[str, Any]

    def __new__(cls, code: str, **values: Any) -> Message:
        message = super().__new__(cls, worded(code, "en", **values))
        message.code = code
        message.values = values
        return message

    def worded(self, language: str = "en") -> str:
        return worded(self.code, language, **self.values)

    def __reduce__(self):  # noqa: ANN204 - pickling (a worker thread hands results over)
        return (_rebuild, (self.code, self.values))


def _rebuild(code: str, values: dict[str, Any]) -> Message:
    return Message(code, **values)
