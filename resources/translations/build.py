"""Refresh and compile Postvakt's translations.

    python resources/translations/build.py            # lupdate postvakt_*.ts, then lrelease all
    python resources/translations/build.py --release  # only lrelease every .ts to its .qm
    python resources/translations/build.py --unfinished todo.json  # lupdate, list what to do
    python resources/translations/build.py --fill todo.json        # fill it in, lrelease
    python resources/translations/build.py --lang nn --unfinished todo.json  # nynorsk (default en)

Run it with the project's Python (``.venv/bin/python``) so the PySide6 tools are found.

* ``postvakt_<lang>.ts`` hold Postvakt's own strings (source language bokmål). They are
  refreshed from ``desktop_app/`` with ``pyside6-lupdate``; new strings arrive marked
  unfinished, so ``tests/gui/test_i18n.py`` fails until they are translated (Qt Linguist:
  ``.venv/bin/pyside6-linguist resources/translations/postvakt_en.ts``, or ``--unfinished``
  and ``--fill`` with ``--lang en`` or ``--lang nn``).
* ``qt_nb.ts`` holds bokmål for Qt's own strings (QWizard, standard buttons, context menus,
  QFileDialog), ``qt_nn.ts`` the same messages in nynorsk (loaded above Qt's own
  ``qtbase_nn.qm``). They are kept by hand and never passed to lupdate.
* Every ``.ts`` is compiled to the ``.qm`` beside it. The ``.qm`` files are committed, since an
  installed Postvakt has no lrelease; the tests check that they match their ``.ts``.

The GUI marks strings with a module-level helper, ``def tr(text): return
QCoreApplication.translate("<context>", text)``. lupdate cannot know that helper's context, so
the sources are copied to a temporary tree in which each call ``tr("…")`` is spelled out as
``QCoreApplication.translate("<context>", "…")`` on the same line, and lupdate runs there.
``self.tr("…")`` and literal ``QCoreApplication.translate("ctx", "…")`` calls work as they are.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
SOURCE_PACKAGE = "desktop_app"
APP_TS_GLOB = "postvakt_*.ts"
SOURCE_LANGUAGE = "nb_NO"
# The languages Postvakt's own strings are translated into, with the .ts file's locale.
TARGET_LANGUAGES = {"en": "en_GB", "nn": "nn_NO"}


def app_ts(lang: str, folder: Path = HERE) -> Path:
    """``postvakt_<lang>.ts``; a new language starts as an empty catalogue that lupdate fills."""
    ts_file = folder / f"postvakt_{lang}.ts"
    if not ts_file.exists():
        ts_file.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{TARGET_LANGUAGES[lang]}" '
            f'sourcelanguage="{SOURCE_LANGUAGE}">\n</TS>\n',
            encoding="utf-8",
        )
    return ts_file


def find_tool(name: str) -> Path | None:
    """``pyside6-lupdate`` / ``pyside6-lrelease``: beside this Python first, then on PATH."""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / name, bindir / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    found = shutil.which(name)
    return Path(found) if found else None


def _require_tool(name: str) -> Path:
    tool = find_tool(name)
    if tool is None:
        raise SystemExit(f"{name} not found: run this with the Python that has PySide6 installed")
    return tool


def compile_ts(ts_file: Path, qm_file: Path) -> None:
    """Compile one .ts to .qm with lrelease (the same command the tests use)."""
    lrelease = _require_tool("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def release_all(folder: Path = HERE) -> list[Path]:
    written = []
    for ts_file in sorted(folder.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        compile_ts(ts_file, qm_file)
        written.append(qm_file)
    return written


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def tr(text, …): return QCoreApplication.translate("ctx", text, …)``
    helpers, by name, with their context. Only helpers that pass their parameters on in the
    same order are taken, so that a call can be rewritten argument for argument."""
    helpers: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.body:
            continue
        ret = node.body[-1]
        if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)):
            continue
        call = ret.value
        if not (isinstance(call.func, ast.Attribute) and call.func.attr == "translate"):
            continue
        if not call.args or not isinstance(call.args[0], ast.Constant):
            continue
        context = call.args[0].value
        params = [a.arg for a in node.args.posonlyargs + node.args.args]
        passed = [a.id if isinstance(a, ast.Name) else None for a in call.args[1:]]
        if isinstance(context, str) and passed and passed == params[: len(passed)]:
            helpers[node.name] = context
    return helpers


def spell_out_helpers(source: str) -> str:
    """Rewrite ``tr("…")`` calls of a context helper as ``QCoreApplication.translate(ctx, "…")``,
    keeping every call on its line (so lupdate's line numbers stay right)."""
    tree = ast.parse(source)
    helpers = _helper_contexts(tree)
    if not helpers:
        return source
    lines = source.encode("utf-8").splitlines(keepends=True)
    edits: list[tuple[int, int, int, str]] = []  # line index, start, end byte, context
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in helpers
            and node.args
            and node.func.lineno == node.func.end_lineno
        ):
            edits.append(
                (
                    node.func.lineno - 1,
                    node.func.col_offset,
                    node.func.end_col_offset or 0,
                    helpers[node.func.id],
                )
            )
    for line_no, start, end, context in sorted(edits, reverse=True):
        line = lines[line_no]
        paren = line.find(b"(", end)
        if paren < 0 or line[end:paren].strip():
            continue
        quoted = '"' + context.replace("\\", "\\\\").replace('"', '\\"') + '", '
        lines[line_no] = (
            line[:start]
            + b"QCoreApplication.translate"
            + line[end : paren + 1]
            + quoted.encode("utf-8")
            + line[paren + 1 :]
        )
    return b"".join(lines).decode("utf-8")


def _domain_strings() -> list[str]:
    sys.path.insert(0, str(PROJECT))
    from desktop_app.views.domain_text import domain_strings

    return domain_strings()


DOMAIN_CONTEXT = "domain"


def update_app_ts(folder: Path = HERE) -> list[Path]:
    """Run lupdate over desktop_app/ into every postvakt_*.ts in ``folder``."""
    lupdate = _require_tool("pyside6-lupdate")
    ts_files = sorted(folder.glob(APP_TS_GLOB))
    if not ts_files:
        raise SystemExit(f"no {APP_TS_GLOB} in {folder}")
    with tempfile.TemporaryDirectory(prefix="postvakt-lupdate-") as tmp:
        root = Path(tmp)
        # Same layout as the project, so the file references lupdate writes stay valid.
        for py in sorted((PROJECT / SOURCE_PACKAGE).rglob("*.py")):
            target = root / py.relative_to(PROJECT)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(spell_out_helpers(py.read_text(encoding="utf-8")), encoding="utf-8")
        # Texts of the Qt-free layers, shown by the views through dtr() (views/domain_text.py).
        (root / SOURCE_PACKAGE / "_domain_strings.py").write_text(
            "".join(
                f"QCoreApplication.translate({DOMAIN_CONTEXT!r}, {text!r})\n"
                for text in _domain_strings()
            ),
            encoding="utf-8",
        )
        ts_dir = root / HERE.relative_to(PROJECT)  # where the committed .ts files live
        ts_dir.mkdir(parents=True, exist_ok=True)
        work = [ts_dir / ts.name for ts in ts_files]
        for ts, copy in zip(ts_files, work, strict=True):
            shutil.copyfile(ts, copy)
        subprocess.run(
            [
                str(lupdate),
                "-silent",
                "-no-obsolete",
                "-locations",
                "relative",
                "-extensions",
                "py",
                "-source-language",
                SOURCE_LANGUAGE,
                str(root / SOURCE_PACKAGE),
                "-ts",
                *map(str, work),
            ],
            check=True,
            cwd=ts_dir,
        )
        for ts, copy in zip(ts_files, work, strict=True):
            shutil.copyfile(copy, ts)
    return ts_files


def _unfinished(ts_file: Path):
    """(tree, [(context, source, translation element)]) for every message still to do."""
    tree = ET.parse(ts_file)  # noqa: S314 (our own translation file)
    todo = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                todo.append((name, message.findtext("source") or "", translation))
    return tree, todo


def dump_unfinished(ts_file: Path, out: Path) -> int:
    """Write the messages still to translate as JSON (context, source, translation ""),
    for a translator who does not use Qt Linguist. Returns how many."""
    _tree, todo = _unfinished(ts_file)
    rows = [{"context": c, "source": s, "translation": (t.text or "")} for c, s, t in todo]
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(rows)


def fill_from(ts_file: Path, source: Path) -> int:
    """Put the translations of a JSON file made by :func:`dump_unfinished` (with its
    ``translation`` fields filled in) into ``ts_file``. Returns how many were filled."""
    done = {
        (r["context"], r["source"]): r["translation"]
        for r in json.loads(source.read_text(encoding="utf-8"))
        if r["translation"].strip()
    }
    tree, todo = _unfinished(ts_file)
    filled = 0
    for context, text, translation in todo:
        value = done.get((context, text))
        if value:
            translation.text = value
            del translation.attrib["type"]
            filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--lang",
        choices=sorted(TARGET_LANGUAGES),
        default="en",
        help="the language --unfinished and --fill work on (default en)",
    )
    parser.add_argument(
        "--release", action="store_true", help="only compile every .ts to .qm (no lupdate)"
    )
    parser.add_argument(
        "--unfinished",
        metavar="JSON",
        type=Path,
        help="after lupdate, write the messages still to translate into --lang",
    )
    parser.add_argument(
        "--fill",
        metavar="JSON",
        type=Path,
        help="fill translations into --lang from such a JSON file, then compile",
    )
    args = parser.parse_args(argv)
    target = app_ts(args.lang)
    if args.fill:
        print(f"filled {fill_from(target, args.fill)} messages in {target.name}")
    if not args.release:  # (after --fill too: lupdate writes the file in its own layout)
        for ts in update_app_ts():
            print(f"updated {ts.relative_to(PROJECT)}")
    if args.unfinished:
        print(
            f"{dump_unfinished(target, args.unfinished)} messages to translate in {args.unfinished}"
        )
    for qm in release_all():
        print(f"compiled {qm.relative_to(PROJECT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
