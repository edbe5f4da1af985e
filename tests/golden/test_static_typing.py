"""Static checking that bites: user code against the generated gateway client.

tests/fixtures/typing/gateway_correct.py uses every request form (keyword arguments, a whole
``Param`` dict, a whole model, the API class, streams, async) and must be clean under
mypy --strict and pyright in strict mode; gateway_mistakes.py has one mistake per line marked
``# error`` (misspelt top-level and nested keys, a wrong value type, an unknown ``Literal``
value, a missing required argument, both request forms at once), and both checkers must report
an error on each of those lines.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.golden.package_checks import PYRIGHT, need_tool

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "typing"
GATEWAY = REPO / "generated" / "ai_stats_gateway"
CORRECT = FIXTURES / "gateway_correct.py"
MISTAKES = FIXTURES / "gateway_mistakes.py"


def _marked_lines(path: Path) -> set[int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {i for i, line in enumerate(lines, 1) if re.search(r"#\s*error:", line)}


def _mypy(path: Path, tmp_path: Path) -> dict[int, list[str]]:
    config = tmp_path / "mypy.ini"
    config.write_text(f"[mypy]\nmypy_path = {GATEWAY}\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", str(config), "--cache-dir",
         str(tmp_path / "cache"), "--show-error-codes", "--no-error-summary", str(path)],
        capture_output=True, text=True, timeout=600, check=False, cwd=tmp_path,
    )
    found: dict[int, list[str]] = {}
    for line in proc.stdout.splitlines():
        match = re.match(rf"{re.escape(str(path))}:(\d+): error: (.*)", line)
        if match:
            found.setdefault(int(match.group(1)), []).append(match.group(2))
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr
    return found


def _pyright(path: Path, tmp_path: Path, mode: str) -> dict[int, list[str]]:
    need_tool(PYRIGHT, "make tools")
    config = tmp_path / "pyrightconfig.json"
    config.write_text(json.dumps({"typeCheckingMode": mode, "pythonVersion": "3.11",
                                  "extraPaths": [str(GATEWAY)]}), encoding="utf-8")
    proc = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--project", str(config), "--pythonpath", sys.executable,
         str(path)],
        capture_output=True, text=True, timeout=600, check=False, cwd=tmp_path,
    )
    assert proc.returncode in (0, 1), proc.stdout[-2000:] + proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    assert report["summary"]["filesAnalyzed"] == 1, report["summary"]
    found: dict[int, list[str]] = {}
    for d in report["generalDiagnostics"]:
        if d["severity"] == "error":
            found.setdefault(d["range"]["start"]["line"] + 1, []).append(d["message"])
    return found


def test_correct_code_is_clean_under_mypy_strict(tmp_path: Path) -> None:
    assert _mypy(CORRECT, tmp_path) == {}


def test_correct_code_is_clean_under_pyright_strict(tmp_path: Path) -> None:
    assert _pyright(CORRECT, tmp_path, "strict") == {}


def test_mypy_reports_every_mistake(tmp_path: Path) -> None:
    marked = _marked_lines(MISTAKES)
    assert len(marked) == 7
    found = _mypy(MISTAKES, tmp_path)
    assert set(found) == marked, found


def test_pyright_reports_every_mistake(tmp_path: Path) -> None:
    marked = _marked_lines(MISTAKES)
    found = _pyright(MISTAKES, tmp_path, "basic")
    assert set(found) == marked, found
