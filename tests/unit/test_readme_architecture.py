"""The README's architecture section names every module of generator/ (and stays true)."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SKIP = {"__init__", "__main__"}


def _section() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index("## Architecture\n")
    end = text.find("\n## ", start + 5)
    return text[start:end if end != -1 else None]


def _rows(section: str) -> dict[str, str]:
    """Table rows by the path(s) in their first cell."""
    rows: dict[str, str] = {}
    for line in section.splitlines():
        if line.startswith("| `generator/"):
            first = line.split("|")[1]
            for path in re.findall(r"`(generator/[^`]+)`", first):
                rows[path] = line
    return rows


def test_every_module_is_named() -> None:
    section = _section()
    rows = _rows(section)
    missing = []
    for path in sorted((REPO / "generator").rglob("*.py")):
        rel = path.relative_to(REPO).as_posix()
        if path.stem in SKIP or "__pycache__" in rel or rel.startswith("generator/_templates"):
            continue
        if f"`{rel}`" in section:
            continue
        package = path.parent.relative_to(REPO).as_posix() + "/"
        stem = path.stem
        # named in the row of its package, or in a row of a sibling module (`model.py`'s row
        # names `typerefs.py`)
        near = [row for key, row in rows.items() if key == package or key.rsplit("/", 1)[0] + "/" == package]
        if any(re.search(rf"`{re.escape(stem)}(\.py)?`", row) for row in near):
            continue
        missing.append(rel)
    assert not missing, "modules the README's architecture section does not name: " + ", ".join(missing)


def test_every_named_module_exists() -> None:
    for path in _rows(_section()):
        assert (REPO / path).exists(), f"the README names {path}, which does not exist"
