"""The Jinja environment: template lookup (a target's own directory first) and the filters.

Filters only escape; they make no decisions.  ``pyrepr`` turns any spec string into a Python
literal, ``toml`` into a TOML basic string, ``docstring`` into safe docstring text, ``md`` into
Markdown-table-safe text, ``one_line`` into text with no line breaks or control characters.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2

_QUOTE_RUN = re.compile(r'"(?=")')
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# What a TOML basic string may not hold literally (TOML 1.0, "String"): the quote, the backslash
# and the control characters U+0000-U+001F and U+007F.
_TOML_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')


def builtin_template_dir() -> Path:
    """``templates/`` of a source checkout, or ``generator/_templates`` of an installed wheel."""
    source = Path(__file__).resolve().parents[2] / "templates"
    if (source / "client").is_dir():
        return source
    return Path(__file__).resolve().parents[1] / "_templates"  # installed: generator/_templates


def pyrepr(value: Any) -> str:
    """A Python literal (strings escaped by ``repr``, so quotes, backslashes and NUL are safe),
    with black's preferred double quotes where that needs no extra escapes."""
    from generator.ir.model import py_literal

    return py_literal(value)


def toml(value: Any) -> str:
    """A TOML basic string holding ``value`` exactly: ``\\`` and ``\"`` escaped, every control
    character as ``\\uXXXX`` (so a newline stays a newline, inside a one-line string)."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return "\\" + char if char in '"\\' else f"\\u{ord(char):04X}"

    return '"' + _TOML_ESCAPE.sub(escape, str(value)) + '"'


def docstring(text: Any, indent: int = 0, own_line: bool = False) -> str:
    """Text for the inside of a triple-quoted docstring, as black would leave it.

    Backslashes are doubled and quote runs broken so that no spec text can end the string or
    form an escape; control characters and bidi overrides are dropped; lines are right-stripped,
    continuation lines dedented by their common indentation (black re-indents them), and the
    closing quotes go on their own line when they would not fit (black's rule; ``own_line``
    says the template puts them there already).
    """
    s = str(text or "").replace("\r\n", "\n").replace("\r", "\n").expandtabs()
    s = _CONTROL.sub("", s)
    s = s.replace("\\", "\\\\")
    s = _QUOTE_RUN.sub('\\\\"', s.strip())
    lines = [line.rstrip() for line in s.split("\n")]
    rest = [line for line in lines[1:] if line.strip()]
    common = min((len(line) - len(line.lstrip()) for line in rest), default=0)
    lines = [lines[0].strip()] + [line[common:] for line in lines[1:]]
    pad = " " * indent
    if lines[-1].endswith('"'):  # escape it, and keep black's space before the closing quotes
        lines[-1] = lines[-1][:-1] + '\\" '
    out = "\n".join([lines[0], *((pad + line) if line else "" for line in lines[1:])])
    if not own_line and len(lines) > 1 and len(pad + lines[-1]) + 3 > 100:
        out += "\n" + pad
    return out


def md(text: Any) -> str:
    """One line of Markdown table text: pipes escaped, newlines to spaces, controls dropped."""
    s = _CONTROL.sub("", str(text or ""))
    s = " ".join(s.split())
    return s.replace("|", "\\|")


def md_block(text: Any) -> str:
    s = _CONTROL.sub("", str(text or "")).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in s.strip().split("\n"))


def one_line(text: Any) -> str:
    """The text on one line: whitespace runs (newlines included) become one space, control
    characters and bidi overrides are dropped.  Safe for a ``#`` comment or a one-line summary."""
    return " ".join(_CONTROL.sub("", str(text or "")).split())


def comment(text: Any) -> str:
    """Text safe for a single ``#`` comment line."""
    return one_line(text)


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
