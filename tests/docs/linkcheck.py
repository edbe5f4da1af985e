"""A small Markdown link checker: relative links must name an existing file, and an anchor a
heading of that file (GitHub's slugs).  External (scheme) links are not fetched."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_FENCE = re.compile(r"^```.*?^```", re.S | re.M)
_CODE = re.compile(r"`[^`\n]*`")
_LINK = re.compile(r"(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)\)")
_HREF = re.compile(r"""href=["']([^"']*)["']""")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$", re.M)


@dataclass(frozen=True)
class Broken:
    page: str
    target: str
    reason: str  # "file", "anchor" or "root-relative"


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to '-'."""
    text = re.sub(r"[`*_]|\[|\]\([^)]*\)", lambda m: "" if m.group() != "_" else "_", heading)
    text = re.sub(r"\]\([^)]*\)", "", text).replace("[", "")
    text = text.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(text: str) -> set[str]:
    out: set[str] = set()
    seen: dict[str, int] = {}
    for heading in _HEADING.findall(_FENCE.sub("", text)):
        s = slug(heading)
        n = seen.get(s, 0)
        seen[s] = n + 1
        out.add(s if n == 0 else f"{s}-{n}")
    return out


def links(text: str) -> list[str]:
    prose = _CODE.sub("", _FENCE.sub("", text))
    return [m.group(2) for m in _LINK.finditer(prose)] + _HREF.findall(prose)


def check(root: Path) -> tuple[int, list[Broken]]:
    """(relative links checked, the broken ones) for every ``*.md`` under ``root``."""
    pages = sorted(root.rglob("*.md"))
    cache: dict[Path, set[str]] = {}
    broken: list[Broken] = []
    checked = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for target in links(text):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("//"):
                continue  # external
            checked += 1
            rel = str(page.relative_to(root))
            if target.startswith("/"):
                broken.append(Broken(rel, target, "root-relative"))
                continue
            path, _, anchor = target.partition("#")
            dest = (page.parent / path).resolve() if path else page
            if not dest.is_file():
                broken.append(Broken(rel, target, "file"))
                continue
            if anchor and dest.suffix == ".md":
                if dest not in cache:
                    cache[dest] = anchors(dest.read_text(encoding="utf-8"))
                if anchor.lower() not in cache[dest]:
                    broken.append(Broken(rel, target, "anchor"))
    return checked, broken
