"""The Jinja environment: template lookup (a target's own directory first) and the filters.

Filters only escape; they make no decisions.  ``pyrepr`` turns any spec string into a Python
literal, ``toml`` into a TOML basic string, ``docstring`` into safe docstring text, ``md`` into
Markdown-table-safe text, ``one_line`` into text with no line breaks or control characters.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.python.escape import comment, docstring, md, md_block, one_line, pyrepr, toml

__all__ = [
    "builtin_template_dir", "comment", "docstring", "make_environment", "md", "md_block",
    "one_line", "pyrepr", "toml",
]


def builtin_template_dir() -> Path:
    """``templates/`` of a source checkout, or ``generator/_templates`` of an installed wheel."""
    source = Path(__file__).resolve().parents[2] / "templates"
    if (source / "client").is_dir():
        return source
    return Path(__file__).resolve().parents[1] / "_templates"  # installed: generator/_templates


def make_environment(override: Path | None = None) -> jinja2.Environment:
    """Templates of ``override`` (a target's ``templates`` directory) win over the built-in ones of
    the same name; the built-ins stay reachable as ``builtin/<name>``, so an override can
    ``{% extends "builtin/client/configuration.py.jinja" %}`` and replace one block."""
    builtin = jinja2.FileSystemLoader(str(builtin_template_dir()))
    loaders: list[jinja2.BaseLoader] = []
    if override is not None:
        loaders.append(jinja2.FileSystemLoader(str(override)))
    loaders.append(builtin)
    loaders.append(jinja2.PrefixLoader({"builtin": builtin}))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pyrepr"] = pyrepr
    env.filters["toml"] = toml
    env.filters["one_line"] = one_line
    env.filters["docstring"] = docstring
    env.filters["md"] = md
    env.filters["md_block"] = md_block
    env.filters["comment"] = comment
    return env
