"""Spec text made safe for where it lands in generated files: a Python literal, docstring text,
a Markdown table cell, a TOML string, a comment.  Nothing here decides anything; it escapes."""

from __future__ import annotations

import re
from typing import Any

from generator.ir.model import py_literal

_QUOTE_RUN = re.compile(r'"(?=")')
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# What a TOML basic string may not hold literally (TOML 1.0, "String"): the quote, the backslash
# and the control characters U+0000-U+001F and U+007F.
_TOML_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')


def pyrepr(value: Any) -> str:
    """A Python literal (strings escaped by ``repr``, so quotes, backslashes and NUL are safe),
    with black's preferred double quotes where that needs no extra escapes."""
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
