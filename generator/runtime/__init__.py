"""The runtime of generated clients, as plain Python modules.

The modules in :data:`MODULES` are copied verbatim into every generated package; they read the
package's own values (name, default host, security schemes) from its ``_settings`` module, which
is rendered per package.  ``_settings.py`` here is a typed example used only to lint, type-check
and unit-test the runtime in place.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

__all__ = ["MODULES", "RUNTIME_DIR", "exported_names", "source"]

RUNTIME_DIR = Path(__file__).resolve().parent

# Copied into each generated package, in this order; `_settings.py` is rendered instead.
MODULES: tuple[str, ...] = (
    "_async_client.py",
    "_auth.py",
    "_base.py",
    "_binary.py",
    "_config.py",
    "_constraints.py",
    "_decode.py",
    "_jsonl.py",
    "_lenient.py",
    "_models.py",
    "_oauth.py",
    "_omit.py",
    "_pagination.py",
    "_params.py",
    "_request.py",
    "_servers.py",
    "_streaming.py",
    "_webhooks.py",
    "api_client.py",
    "api_response.py",
    "exceptions.py",
)


def source(module: str) -> str:
    """The text of one runtime module, as it is copied."""
    if module not in MODULES:
        raise KeyError(f"not a runtime module: {module!r}")
    return (RUNTIME_DIR / module).read_text(encoding="utf-8")


# A module-level ``__all__`` assignment starts at column 0 (optionally annotated).
_ALL = re.compile(r"^__all__\s*(?::[^=\n]*)?=", re.MULTILINE)


@cache
def exported_names() -> frozenset[str]:
    """The names the runtime modules export (the union of their ``__all__``), read with ``ast``
    so that the runtime's dependencies (httpx, pydantic) need not be importable here.

    Only each ``__all__`` statement is parsed, not the whole module: parsing all of the runtime
    cost ~90 ms of every oagen start."""
    names: set[str] = set()
    for module in MODULES:
        text = source(module)
        for start in _ALL.finditer(text):
            value = _assigned_value(text, start.start(), module)
            if not isinstance(value, ast.List | ast.Tuple):
                raise ValueError(f"{module}: __all__ is not a literal list")
            names.update(
                elt.value for elt in value.elts if isinstance(elt, ast.Constant) and isinstance(elt.value, str)
            )
    return frozenset(names)


def _assigned_value(text: str, start: int, module: str) -> ast.expr | None:
    """The value of the assignment statement starting at ``start`` (its first lines that parse)."""
    lines = text[start:].split("\n")
    for end in range(1, len(lines) + 1):
        try:
            tree = ast.parse("\n".join(lines[:end]))
        except SyntaxError:
            continue
        node = tree.body[0]
        return node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
    raise ValueError(f"{module}: cannot parse its __all__")
