"""Checks every generated package must pass, shared by the golden tests (the checked-in targets)
and the breadth tests (the oas-examples corpus):

- `ruff check --select F` (pyflakes: unused imports, undefined names, ...) finds nothing;
- every non-Python file parses: TOML with `tomllib`, JSON (the manifests) with `json`;
- pyright in basic mode reports no error.

mypy --strict is tests/golden/test_mypy.py's job (and the breadth test's own run).

The tools are the venv's ruff and tools/node_modules' pyright (pinned in tools/package.json,
installed by `make tools`). A missing tool skips locally with how to install it and fails under
CI=true, like the other prerequisites (tests/conftest.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest
import tomllib

REPO = Path(__file__).resolve().parents[2]
RUFF = Path(sys.executable).parent / "ruff"
PYRIGHT = REPO / "tools" / "node_modules" / ".bin" / "pyright"
# The files every generated project has besides Python and Markdown; each must parse.
REQUIRED_DATA_FILES = ("pyproject.toml", ".oagen-manifest.json", ".oagen-surface.json")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def need_tool(path: Path, how: str) -> None:
    """Skip locally / fail in CI when a checking tool is not installed."""
    if path.is_file():
        return
    msg = f"{path.name} missing: {path} (install it with `{how}`)"
    if in_ci():
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg)


# --------------------------------------------------------------------------- ruff (pyflakes)


def ruff_pyflakes(paths: Sequence[Path]) -> list[str]:
    """`ruff check --select F` findings over ``paths``, one line each ([] when clean).

    `--isolated` ignores every configuration file (the repo's pyproject.toml excludes
    `generated/`, which would hide the very files under test); `--no-cache` leaves no
    `.ruff_cache` in the generated tree (that would be drift).
    """
    need_tool(RUFF, "make venv")
    if not paths:
        return []
    proc = subprocess.run(
        [str(RUFF), "check", "--isolated", "--no-cache", "--select", "F",
         "--target-version", "py310", "--output-format", "concise", "--quiet",
         *map(str, paths)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    if proc.returncode not in (0, 1):
        pytest.fail(f"ruff crashed (exit {proc.returncode}):\n{proc.stderr}", pytrace=False)
    findings = [line for line in proc.stdout.splitlines() if line.strip()]
    if proc.returncode == 1 and not findings:
        pytest.fail(f"ruff exited 1 without findings:\n{proc.stderr}", pytrace=False)
    return findings


# --------------------------------------------------------------------------- data files


def data_file_errors(project: Path) -> list[str]:
    """Every TOML and JSON file of a generated project that does not parse, and every required
    one that is missing."""
    errors = [f"{project.name}/{name}: missing" for name in REQUIRED_DATA_FILES
              if not (project / name).is_file()]
    for path in sorted(project.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        try:
            if path.suffix == ".toml":
                tomllib.loads(path.read_text(encoding="utf-8"))
            elif path.suffix == ".json":
                json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:  # TOMLDecodeError, JSONDecodeError
            errors.append(f"{path.relative_to(project.parent)}: {type(exc).__name__}: {exc}")
    return errors


# --------------------------------------------------------------------------- pyright


def run_pyright(package_dirs: Iterable[Path], workdir: Path) -> tuple[list[dict[str, object]], str]:
    """pyright (basic mode, Python 3.11, the venv's httpx and pydantic) over ``package_dirs`` in one
    process: (its error diagnostics, its summary line)."""
    need_tool(PYRIGHT, "make tools")
    workdir.mkdir(parents=True, exist_ok=True)
    # pyright ignores absolute paths in "include": they are relative to the config's directory
    dirs = [os.path.relpath(d.resolve(), workdir.resolve()) for d in package_dirs]
    config = workdir / "pyrightconfig.json"
    config.write_text(json.dumps({
        "include": dirs,
        "typeCheckingMode": "basic",
        "pythonVersion": "3.11",
    }), encoding="utf-8")
    proc = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--project", str(config), "--pythonpath", sys.executable],
        cwd=workdir, capture_output=True, text=True, timeout=1800, check=False,
    )
    # exit 0: no errors; 1: errors reported; anything else: pyright itself failed
    if proc.returncode not in (0, 1):
        pytest.fail(f"pyright failed (exit {proc.returncode}):\n{proc.stdout[-2000:]}"
                    f"\n{proc.stderr[-2000:]}", pytrace=False)
    report = json.loads(proc.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    summary = report["summary"]
    line = (f"{summary['filesAnalyzed']} files, {summary['errorCount']} errors, "
            f"{summary['warningCount']} warnings in {summary['timeInSec']} s")
    if proc.returncode == 1 and not errors:
        pytest.fail(f"pyright exited 1 without an error diagnostic: {line}", pytrace=False)
    if summary["filesAnalyzed"] < len(dirs):  # a check of nothing must not pass
        pytest.fail(f"pyright analysed {summary['filesAnalyzed']} files of {dirs}", pytrace=False)
    return errors, line


def describe_pyright(error: dict[str, object], root: Path) -> str:
    """One pyright diagnostic as `path:line:col: message [rule]`."""
    file = Path(str(error["file"]))
    where = file.relative_to(root) if file.is_relative_to(root) else file
    start = error["range"]["start"]  # type: ignore[index]
    rule = f" [{error['rule']}]" if error.get("rule") else ""
    message = str(error["message"]).replace("\n", " ")
    return f"{where}:{start['line'] + 1}:{start['character'] + 1}: {message}{rule}"
