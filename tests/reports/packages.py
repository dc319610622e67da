"""Helpers for tests that open, tamper with and rebuild Word packages."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

NAMESPACE = b"urn:chairdesk:submission"


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_members(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def chairdesk_part(path: Path) -> tuple[str, bytes]:
    """(name, content) of the submission's ChairDesk data part."""
    found = [
        (n, d)
        for n, d in members(path).items()
        if n.startswith("customXml/item") and "Props" not in n and NAMESPACE in d[:4096]
    ]
    assert len(found) == 1, [n for n, _ in found]
    return found[0]


def rewrite_part(source: Path, target: Path, change: Callable[[bytes], bytes]) -> Path:
    """A copy of `source` whose ChairDesk data part went through `change`."""
    name, _ = chairdesk_part(source)
    parts = members(source)
    parts[name] = change(parts[name])
    return write_members(target, parts)


def resign(xml: bytes) -> bytes:
    """The part with its checksum recomputed, as a forger who read the format would."""
    import hashlib

    from lxml import etree

    root = etree.fromstring(xml)
    root.set("sha256", hashlib.sha256((root.text or "").encode("utf-8")).hexdigest())
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def payload_replace(old: str, new: str, *, count: int = 1) -> Callable[[bytes], bytes]:
    def change(xml: bytes) -> bytes:
        text = xml.decode("utf-8")
        assert old in text, old
        return re.sub(re.escape(old), new.replace("\\", "\\\\"), text, count=count).encode("utf-8")

    return change
