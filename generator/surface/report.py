"""Change reports: readable text (grouped by kind, breaking ones marked) or JSON, and the version
bump they suggest: any breaking change → ``major``; otherwise any addition (a kind ending in
``-added``) → ``minor``; otherwise ``patch``."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any, Literal

import click

from generator.surface.changes import KIND_ORDER, KINDS, Change, sort_key


def suggest_bump(changes: Iterable[Change]) -> Literal["major", "minor", "patch"]:
    """``major`` for any breaking change, ``minor`` for any addition, else ``patch``."""
    changes = list(changes)
    if any(c.breaking for c in changes):
        return "major"
    if any(c.kind.endswith("-added") for c in changes):
        return "minor"
    return "patch"


def _summary(changes: list[Change]) -> dict[str, Any]:
    counts = Counter(c.kind for c in changes)
    return {
        "total": len(changes),
        "breaking": sum(1 for c in changes if c.breaking),
        "by_kind": {k: counts[k] for k in sorted(counts, key=lambda k: (KIND_ORDER.get(k, len(KIND_ORDER)), k))},
        "bump": suggest_bump(changes),
    }


def format_text(changes: Iterable[Change], *, color: bool) -> str:
    """Grouped by kind, a header per group, breaking changes marked; a summary line at the end."""
    changes = sorted(changes, key=sort_key)

    def style(text: str, **kw: Any) -> str:
        return click.style(text, **kw) if color else text

    if not changes:
        return "No API changes.\n"
    lines: list[str] = []
    kind = None
    for c in changes:
        if c.kind != kind:
            kind = c.kind
            n = sum(1 for x in changes if x.kind == kind)
            if lines:
                lines.append("")
            lines.append(style(f"{KINDS.get(kind, kind)} ({n})", bold=True))
        mark = style("BREAKING", fg="red", bold=True) if c.breaking else "        "
        detail = ""
        if c.before is not None or c.after is not None:
            detail = f"  [{c.before if c.before is not None else '-'} -> {c.after if c.after is not None else '-'}]"
            if c.before is None:
                detail = f"  [{c.after}]"
            elif c.after is None:
                detail = f"  [{c.before}]"
        lines.append(f"  {mark} {c.where}: {c.message}{style(detail, dim=True) if detail else ''}")
    s = _summary(changes)
    by_kind = ", ".join(f"{k} {n}" for k, n in s["by_kind"].items())
    breaking = f"{s['breaking']} breaking"
    lines.append("")
    lines.append(f"{s['total']} changes ({style(breaking, fg='red', bold=True) if s['breaking'] else breaking}): "
                 f"{by_kind}; suggested version bump: {s['bump']}")
    return "\n".join(lines) + "\n"


def format_json(changes: Iterable[Change]) -> str:
    """``{"changes": [...], "summary": {...}}`` with sorted keys."""
    changes = sorted(changes, key=sort_key)
    return json.dumps({"changes": [asdict(c) for c in changes], "summary": _summary(changes)},
                      indent=2, sort_keys=True, ensure_ascii=False) + "\n"
