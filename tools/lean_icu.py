"""ICU's data for the frozen build, less what ChairDesk never asks of it (issue 18).

QtCore links ICU, whose data library (libicudata, 31 MB, a seventh of the build) holds
the locale data of some 800 locales, 190 legacy code-page converters, transliterators
and the word-break dictionaries of Chinese, Japanese, Thai, Khmer, Lao and Burmese. Qt
asks ICU for collation (QCollator: the file dialog sorts names with it), case mapping
(QLocale::toUpper), time-zone names and code-page conversion (QStringConverter, which
converts UTF and Latin-1 itself). ChairDesk speaks English and French, reads and writes
UTF-8, and breaks text with Qt's own tables, so the lean data keeps:

- the data that is not a locale's (Unicode properties, normalization, the collation
  tables' base, time zones, plurals, likely subtags, each tree's shared pool and index);
- each tree's (collation, currencies, languages, regions, units, zones, number
  spell-out, break rules) root, English and French locales and their regional variants;

and leaves out the converters (.cnv), the transliterators (translit/), the word-break
dictionaries (brkitr/*.dict), Unicode character names (unames.icu) and every other
locale. Where a locale is missing, ICU falls back to the root locale, as it does for a
locale it does not know.

The data is ICU's common-data package ("CmnD", linked into libicudata as the symbol
icudt<version>_dat); `lean_icu_library` writes the kept items into a new package and
links it into a library of the same name with the C compiler (gcc or cc). build.spec
uses it on Linux; tests/test_lean_icu.py checks that Qt sorts, changes case and names
time zones in English and French with it exactly as with ICU's full data.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

_ALIGN = 16  # ICU aligns the package's header, table of contents and every item
# A locale's file: a language (two or three letters), then script, region, variants.
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*")
_KEPT_LOCALE = re.compile(r"(root|en|fr)(_[A-Za-z0-9]+)*")
_NOT_A_LOCALE = {"pool", "res_index"}  # every tree's shared strings and list of locales


class IcuDataError(Exception):
    """The library is not the ICU data library this tool knows how to read."""


def kept(name: str) -> bool:
    """Whether the package item ``name`` ("icudt73l/coll/fr.res") stays in the lean data."""
    path = name.split("/", 1)[1]
    tree, _, leaf = path.rpartition("/")
    stem, _, suffix = leaf.rpartition(".")
    if suffix in ("cnv", "dict") or tree == "translit" or leaf == "unames.icu":
        return False
    if suffix == "res" and stem not in _NOT_A_LOCALE and _LOCALE.fullmatch(stem):
        return bool(_KEPT_LOCALE.fullmatch(stem))
    return True


def read_package(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item data)]) of an ICU common-data package."""
    (header_size,) = struct.unpack_from("<H", package, 0)
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise IcuDataError("not an ICU common-data package")
    toc = package[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(toc)]
    items = []
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        items.append((name, toc[data_at:end]))
    return package[:header_size], items


def _padded(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % _ALIGN)


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common-data package of ``items`` (kept in their order, which ICU searches by name)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = toc_size + len(names) + (-(toc_size + len(names)) % _ALIGN)
    entries, data, name_at = [], bytearray(), toc_size
    for name, item in items:
        entries.append(struct.pack("<II", name_at, data_start + len(data)))
        name_at += len(name) + 1
        data += _padded(item)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + _padded(toc) + bytes(data)


def _rodata(library: Path) -> bytes:
    """The .rodata section of an ELF shared library, where ICU's data is."""
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile

    try:
        with library.open("rb") as file:
            section = ELFFile(file).get_section_by_name(".rodata")
            if section is None:
                raise IcuDataError(f"{library.name} has no .rodata section")
            return section.data()
    except ELFError as exc:
        raise IcuDataError(f"{library.name} is not an ELF library: {exc}") from None


def compiler() -> str | None:
    """The C compiler that links the lean library, or None."""
    return shutil.which("gcc") or shutil.which("cc")


def lean_icu_library(source: Path, target: Path) -> tuple[int, int]:
    """Write at ``target`` ``source`` (libicudata.so.NN) with only the kept data.

    Returns the data's size before and after, in bytes. Needs a C compiler (`compiler()`).
    """
    header, items = read_package(_rodata(source))
    prefix = items[0][0].split("/", 1)[0]  # "icudt73l": the package's name, l for little-endian
    symbol = f"{prefix[:-1]}_dat"  # "icudt73_dat", which libicuuc looks up
    lean = write_package(header, [(name, data) for name, data in items if kept(name)])
    cc = compiler()
    if cc is None:
        raise IcuDataError("no C compiler (gcc or cc) to link the lean ICU data library")
    with tempfile.TemporaryDirectory(prefix="chairdesk-icu-") as tmp:
        folder = Path(tmp)
        (folder / f"{prefix}.dat").write_bytes(lean)
        (folder / "data.S").write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"\t.balign {_ALIGN}\n"
            f"{symbol}:\n"
            f'\t.incbin "{prefix}.dat"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [cc, "-shared", "-nostdlib", f"-Wl,-soname,{source.name}", "-o", str(target), "data.S"],
            cwd=folder,
            check=True,
            capture_output=True,
            text=True,
        )
    return sum(len(data) for _, data in items), len(lean)
