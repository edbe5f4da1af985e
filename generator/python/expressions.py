"""The expressions oagen writes into generated code, parsed into a small tree for layout.

Names, string and number literals, subscripts, calls, dicts, keyword arguments and ``|`` unions:
the grammar of annotations, defaults and call arguments in generated modules.  Each node knows
its one-line text; ``python/layout.py`` decides where black would break it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import lru_cache

__all__ = ["Alternatives", "Bracket", "Leaf", "Node", "Pair", "parse"]


@dataclass(frozen=True)
class Leaf:
    text: str

    def flat(self) -> str:
        return self.text


@dataclass(frozen=True)
class Bracket:
    """``head`` + open + items + close, e.g. ``Literal[`` … ``]`` or ``{`` … ``}``."""

    head: str
    open: str
    items: tuple[Node, ...]
    close: str

    @property
    def one_tuple(self) -> bool:
        """``(x,)``: its comma is what makes it a tuple, so it is never dropped."""
        return not self.head and self.open == "(" and len(self.items) == 1

    # The one-line text, made once when the node is built (children first, so no recursion):
    # nodes are shared (parse is memoised) and laid out many times.
    _text: str = dataclass_field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        comma = "," if self.one_tuple else ""
        text = f"{self.head}{self.open}{', '.join(i.flat() for i in self.items)}{comma}{self.close}"
        object.__setattr__(self, "_text", text)

    def flat(self) -> str:
        return self._text


@dataclass(frozen=True)
class Pair:
    """``key=value`` (keyword argument) or ``key: value`` (dict entry)."""

    key: str
    sep: str
    value: Node

    _text: str = dataclass_field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_text", f"{self.key}{self.sep}{self.value.flat()}")

    def flat(self) -> str:
        return self._text


@dataclass(frozen=True)
class Alternatives:
    """``a | b | c`` at the top level of an expression."""

    parts: tuple[Node, ...]

    _text: str = dataclass_field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_text", " | ".join(p.flat() for p in self.parts))

    def flat(self) -> str:
        return self._text


Node = Leaf | Bracket | Pair | Alternatives

_OPEN = {"[": "]", "(": ")", "{": "}"}


class _Parser:
    """Parses the expressions oagen writes: names, string/number literals, subscripts, calls,
    dicts, keyword arguments and ``|`` unions.  Anything else raises ValueError."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def parse(self) -> Node:
        node = self.expr(stop="")
        if self.pos != len(self.text):
            raise ValueError(f"unparsed text at {self.pos}: {self.text[self.pos:self.pos + 20]!r}")
        return node

    def expr(self, stop: str) -> Node:
        parts = [self.item(stop)]
        while self.peek(" | "):
            self.pos += 3
            parts.append(self.item(stop))
        return parts[0] if len(parts) == 1 else Alternatives(tuple(parts))

    def peek(self, s: str) -> bool:
        return self.text.startswith(s, self.pos)

    def item(self, stop: str) -> Node:
        text = self.text
        start = self.pos
        first = text[start:start + 1]
        if first in ("\"", "'"):
            self.pos = _end_of_string(text, start)
            leaf: Node = Leaf(text[start:self.pos])
        elif first and first in _OPEN:
            leaf = self.bracket("")
        else:
            word = _WORD.match(text, start)
            if word is None:
                raise ValueError(f"unexpected {text[start:start + 10]!r}")
            self.pos = word.end()
            name = word.group()
            if self.pos < len(text) and text[self.pos] in "[(":
                leaf = self.bracket(name)
            elif self.peek("=") and not self.peek("=="):
                self.pos += 1
                return Pair(name, "=", self.expr(stop))
            else:
                leaf = Leaf(name)
        tuple_key = isinstance(leaf, Bracket) and not leaf.head and leaf.open == "("
        if self.peek(": ") and (isinstance(leaf, Leaf) or tuple_key):
            self.pos += 2  # a dict entry; its key a name, a literal or a tuple
            return Pair(leaf.flat(), ": ", self.expr(stop))
        return leaf

    def bracket(self, head: str) -> Bracket:
        open_ = self.text[self.pos]
        close = _OPEN[open_]
        self.pos += 1
        items: list[Node] = []
        while not self.peek(close):
            items.append(self.expr(stop=close))
            if self.peek(", "):
                self.pos += 2
            elif self.peek(","):
                self.pos += 1
            elif not self.peek(close):
                raise ValueError(f"expected {close!r} at {self.pos}")
        self.pos += 1
        return Bracket(head, open_, tuple(items), close)


# A name, number or dotted path (``\w`` is exactly str.isalnum() plus "_"), and a string
# literal with its escapes: one C-level match each instead of a Python loop per character.
_WORD = re.compile(r"[\w.+-]+")
_STRING = {q: re.compile(rf"{q}(?:[^{q}\\]|\\.)*{q}", re.S) for q in ("'", '"')}


def _end_of_string(text: str, pos: int) -> int:
    match = _STRING[text[pos]].match(text, pos)
    if match is None:
        raise ValueError("unterminated string")
    return match.end()


# Annotations and defaults repeat across fields and modules (GitHub: 25,178 parses of 2,136
# distinct texts); the nodes are frozen, so one parse per text can be shared.
@lru_cache(maxsize=16384)
def parse(text: str) -> Node | None:
    try:
        return _Parser(text).parse()
    except (ValueError, IndexError):
        return None
