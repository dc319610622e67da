"""Qt Linguist's tools, as ChairDesk runs them: lupdate over the sources, lrelease on the .ts files.

Standard library only, and no import of the rest of ChairDesk: the wheel's build hook
(hatch_build.py, which runs where ChairDesk's dependencies are not installed) loads this
file by its path, and build.spec imports it too. PySide6-Essentials ships both tools.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: The languages ChairDesk is translated into (English is the source language).
LANGUAGES = ("fr",)
TS_PATTERN = "chairdesk_{lang}.ts"

REPO = Path(__file__).resolve().parents[2]


def qt_tool(name: str) -> Path:
    """The path of PySide6's `lupdate` or `lrelease` (without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("PySide6 is not installed: it provides Qt's lupdate and lrelease")
    package = Path(next(iter(spec.submodule_search_locations)))
    suffix = ".exe" if sys.platform == "win32" else ""
    for candidate in (
        package / f"{name}{suffix}",
        package / "Qt" / "bin" / f"{name}{suffix}",
        package / "Qt" / "libexec" / f"{name}{suffix}",
    ):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"Qt's {name} is not in {package}")


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile one .ts into `qm` with lrelease (written under a temporary name, then renamed)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=qm.parent, prefix=".tmp-lrelease-") as scratch:
        out = Path(scratch) / qm.name
        result = subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(out)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0 or not out.is_file():
            raise RuntimeError(f"lrelease failed on {ts}: {result.stdout}{result.stderr}".strip())
        out.replace(qm)
    return qm


def compile_translations(ts_dir: Path, out_dir: Path) -> list[Path]:
    """Compile every chairdesk_*.ts of `ts_dir` into `out_dir`; the .qm files written."""
    sources = sorted(Path(ts_dir).glob("chairdesk_*.ts"))
    return [compile_ts(ts, Path(out_dir) / f"{ts.stem}.qm") for ts in sources]


def translatable_sources(root: Path = REPO) -> list[Path]:
    """What lupdate reads: the GUI's Python files, the Designer forms, and the catalog of
    refusals (chairdesk.store.refusals: the operations' refusals, worded by the GUI)."""
    gui = sorted((root / "chairdesk" / "gui").rglob("*.py"))
    return gui + [root / "chairdesk" / "store" / "refusals.py"] + sorted((root / "ui").glob("*.ui"))


def run_lupdate(
    ts: Path,
    sources: Iterable[Path],
    *,
    root: Path = REPO,
    no_obsolete: bool = True,
    locations: str = "relative",
) -> str:
    """Extract the messages of `sources` into `ts` (existing translations are kept). lupdate's report."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    args = [str(qt_tool("lupdate")), "-locations", locations, "-target-language", _language_of(ts)]
    if no_obsolete:
        args.append("-no-obsolete")
    # Relative paths: the .ts file names its sources the same way on every machine.
    args += [str(Path(s).resolve().relative_to(root.resolve())) for s in sources]
    args += ["-ts", str(ts.resolve())]
    result = subprocess.run(args, cwd=root, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"lupdate failed: {result.stdout}{result.stderr}".strip())
    return result.stdout + result.stderr


def _language_of(ts: Path) -> str:
    stem = ts.stem
    return stem.split("_", 1)[1] if "_" in stem else "fr"


def update_all(root: Path = REPO) -> list[Path]:
    """Run lupdate for every language: new strings are added, existing translations kept."""
    out = []
    for lang in LANGUAGES:
        ts = root / "resources" / "translations" / TS_PATTERN.format(lang=lang)
        print(run_lupdate(ts, translatable_sources(root), root=root).strip())
        out.append(ts)
    return out


# -- checking ------------------------------------------------------------------------------------

_FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")
_QT_ARG = re.compile(r"%(?:n|L?[1-9][0-9]?)")
_TAG = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9]*)[^>]*>")
_ACCEL = re.compile(r"&(?!&)(?=\S)")

#: Plural forms each language's .ts must give for a %n message.
_PLURAL_FORMS = {"fr": 2}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "obsolete", "vanished"
    forms: tuple[str, ...]
    where: str


def read_ts(ts: Path) -> list[Message]:
    import xml.etree.ElementTree as ET  # (the application imports this module at start-up)

    root = ET.parse(ts).getroot()
    messages = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            if tr is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = tr.get("type", "")
                forms = (
                    tuple(f.text or "" for f in tr.iter("numerusform"))
                    if numerus
                    else (tr.text or "",)
                )
            loc = msg.find("location")
            where = f"{loc.get('filename', '')}:{loc.get('line', '')}" if loc is not None else ""
            messages.append(
                Message(
                    name,
                    msg.findtext("source") or "",
                    msg.findtext("comment") or "",
                    numerus,
                    kind,
                    forms,
                    where,
                )
            )
    return messages


def _key(m: Message) -> tuple[str, str, str]:
    return (m.context, m.source, m.comment)


def _same(pattern: re.Pattern[str], a: str, b: str) -> bool:
    return sorted(pattern.findall(a)) == sorted(pattern.findall(b))


def message_problems(m: Message, lang: str) -> list[str]:
    """What is wrong with one message's translation (nothing for a good one)."""
    if m.kind in ("obsolete", "vanished"):
        return ["no longer in the code (run tools/update_translations.py)"]
    if m.kind == "unfinished":
        return ["not translated (unfinished)"]
    if not m.forms or any(not f.strip() for f in m.forms):
        return ["empty translation"]
    problems = []
    if m.numerus and len(m.forms) != _PLURAL_FORMS.get(lang, len(m.forms)):
        problems.append(f"{len(m.forms)} plural forms, {lang} needs {_PLURAL_FORMS[lang]}")
    for form in m.forms:
        if not _same(_FIELD, m.source, form):
            problems.append(
                f"placeholders {sorted(_FIELD.findall(m.source))} "
                f"became {sorted(_FIELD.findall(form))}"
            )
        qt_source = set(_QT_ARG.findall(m.source))
        if set(_QT_ARG.findall(form)) != qt_source:
            problems.append(
                f"%-arguments {sorted(qt_source)} became {sorted(set(_QT_ARG.findall(form)))}"
            )
        if [t.lower() for t in _TAG.findall(m.source)] != [t.lower() for t in _TAG.findall(form)]:
            problems.append("HTML tags differ")
        if len(_ACCEL.findall(m.source)) != len(_ACCEL.findall(form)):
            problems.append("keyboard accelerator (&) lost or added")
        if m.source.count("\n") != form.count("\n"):
            problems.append("line breaks differ")
        # (French may add a space before ; : ! ? but must keep the spaces texts are joined with.)
        lost_left = m.source[:1].isspace() and not form[:1].isspace()
        if lost_left or (m.source[-1:].isspace() and not form[-1:].isspace()):
            problems.append("leading or trailing space lost")
    return sorted(set(problems))


def _known_contexts(sources: Iterable[Path]) -> tuple[set[str], list[str]]:
    """Class names (lupdate's contexts) and literal translate() contexts; tr() calls lupdate cannot read."""
    import ast

    contexts: set[str] = set()
    unreadable: list[str] = []
    for path in sources:
        text = Path(path).read_text(encoding="utf-8")
        if path.suffix == ".ui":
            contexts.update(re.findall(r"<class>([^<]+)</class>", text)[:1])
            continue
        tree = ast.parse(text, str(path))
        # A variable may hold a text marked with QT_TRANSLATE_NOOP / QT_TR_NOOP (lupdate reads those).
        noop = "_NOOP(" in text
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                contexts.add(node.name)
            elif isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "translate" and isinstance(func, ast.Attribute) and node.args:
                    first = node.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        contexts.add(first.value)
                    text_arg = node.args[1] if len(node.args) > 1 else None
                elif name == "tr" and isinstance(func, ast.Attribute):
                    text_arg = node.args[0] if node.args else None
                else:
                    continue
                literal = isinstance(text_arg, ast.Constant) and isinstance(text_arg.value, str)
                variable = isinstance(text_arg, (ast.Name, ast.Attribute, ast.Subscript))
                if not literal and not (variable and noop):
                    unreadable.append(
                        f"{path}:{node.lineno}: {name}() of a text lupdate cannot read "
                        "(not a string literal): it is never translated"
                    )
    return contexts, unreadable


def _rooted(m: Message, ts_dir: Path, root: Path) -> Message:
    """`m` with its location relative to the repository (lupdate writes it relative to the .ts)."""
    name, _, line = m.where.rpartition(":")
    try:
        where = f"{(ts_dir / name).resolve().relative_to(root.resolve())}:{line}"
    except ValueError:
        where = m.where
    return Message(m.context, m.source, m.comment, m.numerus, m.kind, m.forms, where)


def check(ts: Path, root: Path = REPO) -> list[str]:
    """Every problem of `ts`: untranslated, stale or damaged messages, and tr() texts it lacks."""
    lang = _language_of(ts)
    problems = []
    messages = read_ts(ts)
    for m in messages:
        for problem in message_problems(m, lang):
            problems.append(f"{ts.name} [{m.context}] {m.source!r}: {problem}")
    sources = translatable_sources(root)
    with tempfile.TemporaryDirectory() as scratch:
        fresh_ts = Path(scratch) / ts.name
        run_lupdate(fresh_ts, sources, root=root, locations="absolute")
        fresh = [_rooted(m, fresh_ts.parent, root) for m in read_ts(fresh_ts)]
    have = {_key(m) for m in messages if m.kind not in ("obsolete", "vanished")}
    for m in fresh:
        if _key(m) not in have:
            problems.append(
                f"{ts.name} lacks [{m.context}] {m.source!r} ({m.where}): "
                "run tools/update_translations.py, then translate it"
            )
    wanted = {_key(m) for m in fresh}
    for m in messages:
        if m.kind not in ("obsolete", "vanished") and _key(m) not in wanted:
            problems.append(
                f"{ts.name} [{m.context}] {m.source!r}: no longer in the code "
                "(run tools/update_translations.py)"
            )
    contexts, unreadable = _known_contexts(sources)
    problems += unreadable
    for name in sorted({m.context for m in fresh} - contexts):
        where = sorted({m.where for m in fresh if m.context == name})
        problems.append(
            f"context {name!r} is no class of the code ({', '.join(where)}): "
            "lupdate could not tell "
            "which class calls tr() (a tr() outside a class, or parent.tr()); use "
            'QCoreApplication.translate("TheClass", ...) so that it is found at run time'
        )
    return problems


def check_all(root: Path = REPO) -> list[str]:
    problems = []
    for lang in LANGUAGES:
        ts = root / "resources" / "translations" / TS_PATTERN.format(lang=lang)
        if ts.is_file():
            problems += check(ts, root)
        else:
            problems.append(f"{ts} is missing: run tools/update_translations.py")
    return problems
