"""Source text that carries the imports it needs.

A :class:`Code` value is a piece of generated Python (an annotation, an expression, a signature
line) together with the imports that make it valid.  A module's imports are the union of the
imports of everything it prints, so nothing ever searches rendered text to find them.

Module paths are absolute for the standard library and third-party packages (``typing``,
``httpx``) and package-relative with a leading dot for the generated package itself
(``.models.chat``, ``.api_client``); :func:`import_groups` turns them into relative imports as
seen from the importing module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.python.layout import import_lines

_STDLIB = frozenset(
    {"__future__", "asyncio", "collections.abc", "datetime", "functools", "importlib", "os", "pathlib",
     "typing"}
)


@dataclass(frozen=True, order=True, slots=True)
class Import:
    """``from module import name`` (or ``import module`` when ``name`` is None)."""

    module: str
    name: str | None = None

    @property
    def local(self) -> bool:
        return self.module.startswith(".")


@dataclass(frozen=True, slots=True)
class Code:
    """Generated source text and the imports it needs."""

    text: str
    imports: frozenset[Import] = frozenset()

    def __str__(self) -> str:
        return self.text

    def wrap(self, template: str, *extra: Import) -> Code:
        """``template`` with ``{}`` replaced by this text, keeping the imports (plus ``extra``)."""
        return Code(template.format(self.text), self.imports | frozenset(extra))


def imports_of(items: Iterable[Code | Import | None]) -> frozenset[Import]:
    out: set[Import] = set()
    for item in items:
        if isinstance(item, Code):
            out |= item.imports
        elif isinstance(item, Import):
            out.add(item)
    return frozenset(out)


def join(parts: Iterable[Code], sep: str) -> Code:
    items = list(parts)
    return Code(sep.join(p.text for p in items), imports_of(items))


def _relative(target: str, here: str) -> str | None:
    """``target`` (``.models.chat``) as written inside module ``here`` (``.api.chat_api``);
    None when it is ``here`` itself."""
    if target == here:
        return None
    here_pkg = here.split(".")[1:-1]  # packages containing `here`
    parts = target.split(".")[1:]
    common = 0
    while common < len(here_pkg) and common < len(parts) - 1 and here_pkg[common] == parts[common]:
        common += 1
    dots = "." * (len(here_pkg) - common + 1)
    return dots + ".".join(parts[common:])


def import_groups(imports: Iterable[Import], here: str, indent: int = 0) -> list[list[str]]:
    """The import lines of module ``here``: standard library, third party, then the package
    itself, each group sorted as isort would (``import x`` before ``from x import``); indented
    by ``indent`` spaces inside a block (``if TYPE_CHECKING:``, a function body)."""
    plain: dict[int, set[str]] = {0: set(), 1: set(), 2: set()}
    names: dict[tuple[int, str], set[str]] = {}
    for imp in imports:
        if imp.local:
            module = _relative(imp.module, here)
            if module is None:
                continue
            group = 2
        else:
            module = imp.module
            group = 0 if module.split(".")[0] in _STDLIB or module in _STDLIB else 1
        if imp.name is None:
            plain[group].add(module)
        else:
            names.setdefault((group, module), set()).add(imp.name)
    out: list[list[str]] = []
    for group in (0, 1, 2):
        lines = [f"{' ' * indent}import {m}" for m in sorted(plain[group])]
        for (g, module), found in sorted(names.items(), key=lambda kv: _module_key(kv[0][1])):
            if g == group:
                lines += import_lines(module, sorted(found, key=_name_key), indent)
        if lines:
            out.append(lines)
    return out


def _module_key(module: str) -> tuple[int, str]:
    # isort (black profile, force_sort_within_sections off): `..x` sorts before `.x`
    dots = len(module) - len(module.lstrip("."))
    return (-dots, module.lstrip(".").lower())


def _name_key(name: str) -> tuple[int, str]:
    # isort's default order within one import: CONSTANTS, Classes, functions
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return (kind, name)


def is_model_import(imp: Import) -> bool:
    """Does ``imp`` name something in the generated models package?  Importing a model module
    builds its pydantic classes and those of every model it refers to, the bulk of a large
    client's import time, so API modules import models only where they are used at run time."""
    return imp.module.startswith(".models.")
