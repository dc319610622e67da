"""The group's records inside its submission's Word package, for the secretariat's ChairDesk.

Every annual submission carries, besides what it shows, a custom XML part:
ECMA-376 Part 1 §15.2.5 ("Custom XML Data Storage part … can be used to
roundtrip arbitrary custom XML data with this package"), the target of a
``customXml`` relationship from the main document part, with its properties
part (§15.2.6) giving it an id. Word keeps such parts in the document's data
store when a person edits and saves the file (its own templates carry one, for
the bibliography), and so does LibreOffice (tests/reports/test_libreoffice.py
saves one through LibreOffice and reads it back). Nobody reading the
document sees any of it.

The part::

    <submission xmlns="urn:chairdesk:submission" formatVersion="1" group="ETCIP"
                year="2022" language="en" sha256="…">{payload}</submission>

The payload is JSON: ``records``, the group's year in the interchange format
(`chairdesk.store.submission_records`), and ``sections``, what the document
said under each heading when it was exported (its heading, the drafted
paragraphs and the chair's text as rendered), so that a reader can tell the
chair's text, as it now stands in the document, from the drafted facts. The
SHA-256 is of the payload's UTF-8 bytes.

Reading it back (`read_embedded`) is reading untrusted input: the part's size
is capped before it is parsed (no entities, no network), the checksum checked,
the format version known, the records validated by the interchange format's
own models, and everything must be about the one group and year the part
names. Any failure is an `EmbeddedDataError` in one line.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lxml import etree
from pydantic import BaseModel, ConfigDict, ValidationError

from chairdesk import __version__
from chairdesk.store.interchange import InterchangeError, parse_workspace
from chairdesk.store.interchange_format import WorkspaceFile

if TYPE_CHECKING:
    from docx.document import Document
    from sqlalchemy.orm import Session

    from chairdesk.reports.submission import SubmissionData

__all__ = [
    "FORMAT_VERSION",
    "MAX_PART_BYTES",
    "NAMESPACE",
    "EmbeddedDataError",
    "EmbeddedSubmission",
    "SectionLayout",
    "embed_submission_data",
    "read_embedded",
    "write_embedded",
]

NAMESPACE = "urn:chairdesk:submission"
FORMAT_VERSION = 1
#: A group's year is a few hundred kilobytes of JSON; this is far above any real one.
MAX_PART_BYTES = 24 * 1024 * 1024

_ROOT = f"{{{NAMESPACE}}}submission"
_RT_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
_RT_CUSTOM_XML_PROPS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
)
_CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"


class EmbeddedDataError(Exception):
    """Embedded data that cannot be trusted; `str()` says why in one line."""


class SectionLayout(BaseModel):
    """What the document said under one heading when it was exported."""

    model_config = ConfigDict(extra="ignore")

    key: str  # a NarrativeSection value, "work_plan" or "concluding"
    heading: str
    drafted: list[str] = []  # paragraphs drafted from the records (facts, labels, list items)
    narrative: str = ""  # the chair's text as rendered (blank lines between paragraphs, "- " items)


class _Payload(BaseModel):
    model_config = ConfigDict(extra="ignore")

    records: dict[str, Any]
    sections: list[SectionLayout] = []


@dataclass(frozen=True)
class EmbeddedSubmission:
    """A submission's embedded data, checked."""

    group: str  # the group's acronym
    year: int
    language: str
    generator: str  # "ChairDesk 0.9.0"
    records: WorkspaceFile
    sections: tuple[SectionLayout, ...]


# --------------------------------------------------------------------------- writing


def write_embedded(
    document: Document,
    *,
    group: str,
    year: int,
    language: str,
    records: dict[str, Any],
    sections: list[dict[str, Any]],
) -> None:
    """Put the payload into the document's package (replacing any ChairDesk part it had)."""
    from docx.opc.part import Part

    main = document.part
    for rel_id, rel in list(main.rels.items()):
        if rel.reltype == _RT_CUSTOM_XML and not rel.is_external and _is_ours(rel.target_part.blob):
            main.drop_rel(
                rel_id
            )  # a template made from an earlier submission: its data is not this one's
    payload = json.dumps(
        {"records": records, "sections": sections}, ensure_ascii=False, sort_keys=True
    )
    root = etree.Element(_ROOT, nsmap={None: NAMESPACE})
    for name, value in (
        ("formatVersion", str(FORMAT_VERSION)),
        ("group", group),
        ("year", str(year)),
        ("language", language),
        ("generator", f"ChairDesk {__version__}"),
        ("sha256", hashlib.sha256(payload.encode("utf-8")).hexdigest()),
    ):
        root.set(name, value)
    root.text = payload
    package = main.package
    item = Part(
        package.next_partname("/customXml/item%d.xml"),
        "application/xml",
        etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True),
        package,
    )
    props = etree.Element(f"{{{_DS}}}datastoreItem", nsmap={"ds": _DS})
    props.set(f"{{{_DS}}}itemID", "{" + str(uuid.uuid4()).upper() + "}")
    refs = etree.SubElement(props, f"{{{_DS}}}schemaRefs")
    etree.SubElement(refs, f"{{{_DS}}}schemaRef").set(f"{{{_DS}}}uri", NAMESPACE)
    props_part = Part(
        package.next_partname("/customXml/itemProps%d.xml"),
        _CT_CUSTOM_XML_PROPS,
        etree.tostring(props, xml_declaration=True, encoding="UTF-8", standalone=True),
        package,
    )
    item.relate_to(props_part, _RT_CUSTOM_XML_PROPS)
    main.relate_to(item, _RT_CUSTOM_XML)


def embed_submission_data(document: Document, session: Session, data: SubmissionData) -> None:
    """The group's records for the year and the layout of the sections, into the submission."""
    from chairdesk.store.submission_records import group_year_records

    write_embedded(
        document,
        group=data.group.acronym,
        year=data.year,
        language=data.language,
        records=group_year_records(session, data.group.id, data.year),
        sections=section_layout(data),
    )


def section_layout(data: SubmissionData) -> list[dict[str, Any]]:
    """Each section of the submission as rendered: heading, drafted paragraphs, the chair's text."""
    from chairdesk.reports.submission import draft_sections

    layout: list[dict[str, Any]] = []

    def add(section) -> None:  # noqa: ANN001 - a SectionDraft
        drafted = [
            text
            for block in (*section.facts, *section.shown_suggestions)
            for text in _paragraph_texts(block, data)
        ]
        layout.append(
            {
                "key": section.key,
                "heading": section.heading,
                "drafted": drafted,
                "narrative": section.narrative,
            }
        )
        for child in section.children:
            add(child)

    for section in draft_sections(data):
        add(section)
    return layout


def _paragraph_texts(block, data: SubmissionData) -> list[str]:  # noqa: ANN001 - a submission Block
    """The paragraphs a drafted block becomes in the document (tables and figures have none)."""
    from chairdesk.reports.submission import ItemList, Labelled, Para

    if isinstance(block, Para):
        return [block.text]
    if isinstance(block, Labelled):
        return [f"{data.words.label(block.label)}{block.text}"]
    if isinstance(block, ItemList):
        return ([block.lead_in] if block.lead_in else []) + [
            f"{lead}{text}" for lead, text in block.items
        ]
    return []


# --------------------------------------------------------------------------- reading


def _parser() -> etree.XMLParser:
    # Untrusted XML: no entities expanded, nothing fetched, no huge trees.
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def _is_ours(blob: bytes) -> bool:
    head = blob[:4096]
    return NAMESPACE.encode() in head and b"submission" in head


def _candidate_blobs(document: Document) -> list[bytes]:
    """The custom XML parts related to the main document that claim to be ChairDesk's."""
    return [
        rel.target_part.blob
        for rel in document.part.rels.values()
        if rel.reltype == _RT_CUSTOM_XML and not rel.is_external and _is_ours(rel.target_part.blob)
    ]


def read_embedded(document: Document) -> EmbeddedSubmission | None:
    """The document's ChairDesk data, checked; None if it has none (a plain Word file)."""
    blobs = _candidate_blobs(document)
    if not blobs:
        return None
    if len(blobs) > 1:
        raise EmbeddedDataError(
            "it holds more than one set of ChairDesk data; export the submission again"
        )
    blob = blobs[0]
    if len(blob) > MAX_PART_BYTES:
        raise EmbeddedDataError(
            f"its embedded data is {len(blob):,} bytes, over the limit of {MAX_PART_BYTES:,}"
        )
    try:
        root = etree.fromstring(blob, _parser())
    except etree.XMLSyntaxError as exc:
        raise EmbeddedDataError(f"its embedded data is not well-formed XML ({exc.msg})") from None
    if root.tag != _ROOT:
        raise EmbeddedDataError("its embedded data is not a ChairDesk submission")
    version = _whole_number(root, "formatVersion")
    if version > FORMAT_VERSION:
        raise EmbeddedDataError(
            f"its embedded data is of format version {version}, newer than this ChairDesk reads "
            f"(up to {FORMAT_VERSION}); update ChairDesk"
        )
    payload = (root.text or "").encode("utf-8")
    if hashlib.sha256(payload).hexdigest() != (root.get("sha256") or "").lower():
        raise EmbeddedDataError("its embedded data fails its checksum (changed outside ChairDesk)")
    group, year = root.get("group") or "", _whole_number(root, "year")
    try:
        parsed = _Payload.model_validate_json(payload)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        place = ".".join(str(p) for p in first["loc"])
        raise EmbeddedDataError(
            f"its embedded data is not a submission's ({place}: {first['msg']})"
        ) from None
    try:
        records = parse_workspace(json.dumps(parsed.records).encode("utf-8"), "records")
    except InterchangeError as exc:
        raise EmbeddedDataError(f"its embedded records are invalid: {exc}") from None
    _check_scope(records, group, year)
    return EmbeddedSubmission(
        group=group,
        year=year,
        language=root.get("language") or "en",
        generator=root.get("generator") or "",
        records=records,
        sections=tuple(parsed.sections),
    )


def _whole_number(root: etree._Element, name: str) -> int:
    value = root.get(name) or ""
    if not value.isdigit() or len(value) > 6:
        raise EmbeddedDataError(f"its embedded data has no valid {name}")
    return int(value)


def _check_scope(records: WorkspaceFile, group: str, year: int) -> None:
    """Everything in the records is about the one group and year the part names."""
    groups = [g.acronym for g in records.working_groups]
    if groups != [group]:
        raise EmbeddedDataError(
            f"its embedded records are not those of {group or 'one working group'}"
        )
    mentioned = [
        *(m.group for m in records.memberships),
        *(t.group for t in records.chair_terms),
        *(p.group for p in records.rotation_plans),
        *(w.group for w in records.work_plans),
        *(m.group for m in records.meetings),
        *(n.group for n in records.narratives),
        *(c.group for c in records.contacts if c.group),
    ]
    if any(name != group for name in mentioned):
        raise EmbeddedDataError(f"its embedded records name a working group other than {group}")
    if any(n.year != year for n in records.narratives) or any(
        m.start.year != year for m in records.meetings
    ):
        raise EmbeddedDataError(f"its embedded records hold another year than {year}")
