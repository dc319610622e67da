"""What each part of the one-folder build weighs: `python tools/build_weights.py dist/ChairDesk`.

Prints a Markdown table (the README's, under "Building the desktop program"): each part's
size on disk and compressed, then the folder's total and its size as a .tar.gz, as chairs
download it. Sizes are in MB (10^6 bytes) of the files' contents; a symbolic link (PyInstaller
makes some to shared libraries) weighs nothing. tests/test_frozen_build.py holds the build to
its budget with `folder_size` and `tar_gz_size`.
"""

from __future__ import annotations

import argparse
import re
import sys
import tarfile
import zlib
from collections.abc import Iterator
from pathlib import Path

#: (part, pattern on the path inside the folder); the first that matches counts the file.
PARTS: tuple[tuple[str, str], ...] = (
    ("ICU data and libraries (linked by QtCore)", r"PySide6/Qt/lib/libicu"),
    (
        "Qt libraries (Core, Gui, Widgets, UiTools, Svg, OpenGL, DBus, XcbQpa, WaylandClient)",
        r"PySide6/Qt/lib/",
    ),
    (
        "Qt plugins (xcb, Wayland, offscreen; input methods; SVG; XDG portal)",
        r"PySide6/Qt/plugins/",
    ),
    ("Qt translations (French)", r"PySide6/Qt/translations/"),
    ("PySide6 and shiboken6 bindings", r"(PySide6|shiboken6)/"),
    (
        "Python: the program, its modules (PYZ), libpython, standard library",
        r"(ChairDesk(\.exe)?|base_library\.zip|(lib)?python3[^/]*|python3\.\d+/.*)$",
    ),
    ("numpy", r"numpy/"),
    ("OpenBLAS and its Fortran runtime (linked by numpy)", r"numpy\.libs/"),
    (
        "matplotlib, its DejaVu Sans fonts, contourpy, kiwisolver",
        r"(matplotlib|contourpy|kiwisolver)/",
    ),
    ("Pillow (matplotlib's PNG) and its libraries", r"(PIL|pillow\.libs)/"),
    ("cryptography (encrypted sync) and OpenSSL", r"(cryptography/|lib(crypto|ssl)\.so)"),
    ("lxml (python-docx's XML)", r"lxml/"),
    ("pydantic (the JSON interchange format)", r"pydantic(_core)?/"),
    ("SQLAlchemy", r"sqlalchemy/"),
    ("pycrdt (sync)", r"pycrdt/"),
    ("babel (English and French)", r"babel/"),
    ("python-docx and its templates", r"docx/"),
    ("ChairDesk's forms, resources, migrations, translation", r"chairdesk/"),
    (
        "libraries of Python's own modules (SQLite, libffi, bzip2, xz) and others",
        r"[^/]+\.so[.\d]*$",
    ),
    ("other", r""),
)


def _files(folder: Path) -> Iterator[tuple[str, Path]]:
    """(path inside the folder's _internal/ or the folder, file) for every regular file."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            inner = path.relative_to(folder).as_posix()
            yield inner.removeprefix("_internal/"), path


def part_of(inner: str) -> str:
    return next(name for name, pattern in PARTS if re.match(pattern, inner))


def folder_size(folder: Path) -> int:
    """The bytes of every file in the folder (symbolic links not followed)."""
    return sum(path.stat().st_size for _, path in _files(folder))


class _Counter:
    """A write-only file that only counts what is written to it."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass


def tar_gz_size(folder: Path) -> int:
    """The size of the folder as a .tar.gz (gzip's default level, as `tar czf` makes it)."""
    counter = _Counter()
    with tarfile.open(fileobj=counter, mode="w:gz", compresslevel=6) as archive:
        archive.add(folder, arcname=folder.name)
    return counter.size


def weights(folder: Path) -> dict[str, tuple[int, int]]:
    """Part -> (bytes on disk, bytes compressed), heaviest first."""
    found: dict[str, list[int]] = {}
    for inner, path in _files(folder):
        data = path.read_bytes()
        sizes = found.setdefault(part_of(inner), [0, 0])
        sizes[0] += len(data)
        sizes[1] += len(zlib.compress(data, 6))
    return dict(sorted(((k, (v[0], v[1])) for k, v in found.items()), key=lambda kv: -kv[1][0]))


def table(folder: Path) -> str:
    rows = ["| part | on disk | compressed |", "| --- | ---: | ---: |"]
    for part, (disk, packed) in weights(folder).items():
        rows.append(f"| {part} | {disk / 1e6:.1f} MB | {packed / 1e6:.1f} MB |")
    rows.append(
        f"| **the folder** | **{folder_size(folder) / 1e6:.0f} MB** "
        f"| **{tar_gz_size(folder) / 1e6:.0f} MB** as .tar.gz |"
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the one-folder build, e.g. dist/ChairDesk")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(
            f"build_weights: {args.folder}: not a folder (build it: pyinstaller build.spec)",
            file=sys.stderr,
        )
        return 2
    print(table(args.folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
