"""Black-stable layout for the statements of model modules.

Model modules are most of a large client (1,400+ files for OpenAI), and running black over them
dominates a cold generation.  The statements they contain come from a small grammar (imports,
``__all__``, annotated fields, type aliases), so this module lays them out the way black 24+ does
(line length 100): a right-hand split at the last bracket, one item per line with a magic trailing
comma when the body does not fit, long type hints wrapped in parentheses and split at ``|``.

Every function returns ``None`` when it is not sure of black's answer; the caller then leaves the
whole module to black.  A test runs black over every generated file to keep this honest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.python.expressions import Alternatives, Bracket, Leaf, Node, Pair, parse

LIMIT = 100


def _fits(line: str) -> bool:
    return len(line) <= LIMIT


def split(prefix: str, node: Node, suffix: str, indent: int) -> list[str] | None:
    """Lines for ``prefix + node + suffix`` at ``indent``, as black lays them out, or None."""
    pad = " " * indent
    line = pad + prefix + node.flat() + suffix
    if _fits(line):
        return [line]
    if isinstance(node, Pair):
        if node.key.startswith("(") and not isinstance(node.value, Bracket):
            return None  # black might split the tuple key instead: not modelled
        return split(prefix + node.key + node.sep, node.value, suffix, indent)
    if isinstance(node, Bracket):
        return _bracket(prefix, node, suffix, indent, explode=False)
    if isinstance(node, Leaf):
        return [line]  # an atom cannot be split: black leaves the long line
    # a union inside brackets: one alternative per line, continuation lines start with "| "
    lines: list[str] = []
    for i, part in enumerate(node.parts):
        last = i == len(node.parts) - 1
        sub = split(prefix if i == 0 else "| ", part, suffix if last else "", indent)
        if sub is None:
            return None
        lines.extend(sub)
    return lines


def _bracket(prefix: str, node: Bracket, suffix: str, indent: int, *, explode: bool,
             head_may_overflow: bool = False) -> list[str] | None:
    pad = " " * indent
    head = pad + prefix + node.head + node.open
    tail = pad + node.close + suffix
    if not (_fits(head) or head_may_overflow) or not _fits(tail) or not node.items:
        return None
    inner = " " * (indent + 4) + ", ".join(i.flat() for i in node.items) + ("," if node.one_tuple else "")
    single = len(node.items) == 1
    # a split collection display ({...}, [...], (...) without a name before it) always has one
    # item per line (black's should_split_line); calls and subscripts only when needed
    explode = explode or (not node.head and not single)
    if not explode and _fits(inner):
        return [head, inner, tail]
    lines = [head]
    for item in node.items:
        # a lone item gets no trailing comma (black adds one only in a def's parameters)
        sub = split("", item, "" if single and not node.one_tuple else ",", indent + 4)
        if sub is None:
            return None
        lines.extend(sub)
    lines.append(tail)
    return lines


def _clear(length: int, limit: int) -> bool:
    """Does a first line of ``length`` fit? (black's boundaries, checked against black: the
    default's own bracket is used while its head fits in the limit, then the parenthesised
    right-hand side while its head fits, then the type hint is wrapped.)"""
    return length <= limit


def _parenthesized(prefix: str, node: Node, suffix: str, indent: int) -> list[str] | None:
    """``prefix(`` / the expression, split at ``|`` if needed / ``)suffix``: black's wrapping of a
    long type hint or right-hand side that does not end in a bracket."""
    pad = " " * indent
    head, tail = pad + prefix + "(", pad + ")" + suffix
    if not _fits(head) or not _fits(tail):
        return None
    body = " " * (indent + 4) + node.flat()
    if _fits(body):
        return [head, body, tail]
    if isinstance(node, Bracket):
        inner = _bracket("", node, "", indent + 4, explode=False)
        return None if inner is None else [head, *inner, tail]
    if not isinstance(node, Alternatives):
        return None
    lines = [head]
    for i, part in enumerate(node.parts):
        sub = split("" if i == 0 else "| ", part, "", indent + 4)
        if sub is None:
            return None
        lines.extend(sub)
    lines.append(tail)
    return lines


def import_lines(module: str, names: list[str], indent: int = 0) -> list[str]:
    pad = " " * indent
    line = f"{pad}from {module} import {', '.join(names)}"
    if _fits(line):
        return [line]
    return [f"{pad}from {module} import (", *(f"{pad}    {n}," for n in names), f"{pad})"]


def list_assignment(name: str, items: list[str]) -> list[str] | None:
    node = Bracket("", "[", tuple(Leaf(i) for i in items), "]")
    return split(f"{name} = ", node, "", 0)


def alias(name: str, value: str) -> list[str] | None:
    """``Name: TypeAlias = value`` at module level."""
    node = parse(value)
    if node is None:
        return None
    prefix = f"{name}: TypeAlias = "
    if _fits(prefix + value):
        return [prefix + value]
    # black splits at the value's own bracket when that first line fits, else wraps in parens
    if isinstance(node, Bracket) and _clear(len(prefix + node.head + node.open), LIMIT):
        return _bracket(prefix, node, "", 0, explode=False)
    return _parenthesized(prefix, node, "", 0)


def field(name: str, annotation: str, default: str | None) -> list[str] | None:
    """``name: annotation [= default]`` in a class body (indent 4), as black 24+ splits it."""
    ann = parse(annotation)
    dflt = parse(default) if default is not None else None
    if ann is None or (default is not None and dflt is None):
        return None
    line = f"    {name}: {annotation}" + (f" = {default}" if default is not None else "")
    if _fits(line):
        return [line]
    if dflt is None:
        if isinstance(ann, Leaf):  # one long name: black wraps it in parentheses when that fits
            return _parenthesized(f"{name}: ", ann, "", 4)
        if isinstance(ann, Bracket):  # a lone subscript: split at its brackets
            return _bracket(f"{name}: ", ann, "", 4, explode=False)
        return _parenthesized(f"{name}: ", ann, "", 4)
    if isinstance(dflt, Bracket) and _clear(len(f"    {name}: {annotation} = {dflt.head}("), LIMIT):
        return _bracket(f"{name}: {annotation} = ", dflt, "", 4, explode=False)  # its own brackets
    if _clear(len(f"    {name}: {annotation} = ("), LIMIT):  # wrap the default in parentheses
        return _parenthesized(f"{name}: {annotation} = ", dflt, "", 4)
    wrapped = _parenthesized(f"{name}: ", ann, f" = {default}", 4)  # wrap the type hint
    if wrapped is not None or not isinstance(dflt, Bracket):
        return wrapped
    # the wrapped hint's closing line ") = Field(...)" is too long too: split at the default's own
    # brackets, as black splits that line on its own
    hint = _parenthesized(f"{name}: ", ann, "", 4)
    tail = _bracket(") = ", dflt, "", 4, explode=False)
    return None if hint is None or tail is None else hint[:-1] + tail


_STATEMENT_PREFIXES = ("return await ", "return ", "await ")
_PARAMETER = re.compile(r"^[A-Za-z_]\w*: ")
# ``def name(`` alone on a line (its parameters follow, one per line), and ``def name() -> X:``
_DEF_OPEN = re.compile(r"^(?:async )?def [A-Za-z_]\w*\($")
_DEF_NO_PARAMS = re.compile(r"^((?:async )?def [A-Za-z_]\w*\(\)) -> (.+):$")
_NAME = re.compile(r"^[A-Za-z_][\w.]*$")
_CLASS_NO_BASES = re.compile(r"^class [A-Za-z_]\w*:$")
_DEF_SELF_ONLY = re.compile(r"^((?:async )?def [A-Za-z_]\w*)\((self|cls)\) -> (.+):$")


def _statement_split(line: str) -> list[str] | None:
    """A long line of generated code laid out as black would, or None when unsure."""
    lines = _statement_lines(line)
    return None if lines is None else list(lines)


# Long lines repeat (GitHub's API modules: 13,422 long lines, 2,429 distinct; the per-call
# options line alone 5,342 times): one layout per distinct line.
@lru_cache(maxsize=65536)
def _statement_lines(line: str) -> tuple[str, ...] | None:
    lines = _layout_statement(line)
    return None if lines is None else tuple(lines)


def _layout_statement(line: str) -> list[str] | None:
    indent = len(line) - len(line.lstrip(" "))
    body = line[indent:]
    if body.startswith("from ") and " import " in body and "(" not in body:
        module, _, names = body[5:].partition(" import ")
        return import_lines(module, [n.strip() for n in names.split(",")], indent)
    suffix = ""
    if body.endswith(","):
        body, suffix = body[:-1], ","
    elif body.startswith(") -> ") and body.endswith(":"):  # the return annotation of a def
        node = parse(body[5:-1])
        if node is None:
            return None
        if isinstance(node, Bracket):
            return _bracket(") -> ", node, ":", indent, explode=False)
        return _parenthesized(") -> ", node, ":", indent)
    elif _DEF_OPEN.match(body):
        return [line]  # the head of an exploded signature: nothing left for black to split
    elif (m := _DEF_NO_PARAMS.match(body)) is not None:
        return _wrapped_hint(m.group(1), m.group(2), indent)
    elif (m := _DEF_SELF_ONLY.match(body)) is not None:
        # black splits a def at its parameters first: "def name(" / "self," / ") -> Hint:"
        pad = " " * indent
        lines = [f"{pad}{m.group(1)}(", f"{pad}    {m.group(2)},", f"{pad}) -> {m.group(3)}:"]
        hint = parse(m.group(3))
        if hint is None or not _fits(lines[1]):
            return None
        if _fits(lines[2]):
            return lines  # the def's own name may stay too long: it cannot be split
        if not isinstance(hint, Leaf):
            return None
        # a hint that is one long name: wrapped in parentheses when it fits there, else left long
        wrapped = _wrapped_hint(")", hint.text, indent)
        return lines if wrapped is None else [*lines[:2], *wrapped]
    elif _CLASS_NO_BASES.match(body):
        return [line]  # ``class LongName:``: nothing black could split
    elif body.endswith(":"):
        return None  # other def / class lines: not modelled
    prefix = ""
    for start in _STATEMENT_PREFIXES:
        if body.startswith(start):
            prefix, body = start, body[len(start):]
            break
    else:
        name, eq, rest = body.partition(" = ")
        if eq and name.replace("_", "a").replace(".", "a").isalnum():
            prefix, body = name + eq, rest
            for start in ("await ",):
                if body.startswith(start):
                    prefix, body = prefix + start, body[len(start):]
    if suffix and not prefix and _PARAMETER.match(body):
        return _parameter(body, suffix, indent)
    node = parse(body)
    if node is None:
        return None
    if isinstance(node, Pair):
        prefix, node = prefix + node.key + node.sep, node.value
    if isinstance(node, Leaf) and not prefix.endswith(" = "):
        return [line]  # an argument that is one long atom: black cannot split it either
    if not isinstance(node, Bracket):
        return None
    if not node.items and not prefix and _NAME.match(node.head) is not None:
        return [line]  # an argument ``long_function_name()``: black cannot split it either
    # an argument ``long_function_name(...)``: its own bracket is the only place black can split,
    # so it splits there even when ``long_function_name(`` alone is over the limit
    only_split = not prefix and _NAME.match(node.head) is not None
    if (prefix == "return " or prefix.endswith(" = ")) and _NAME.match(node.head) is not None \
            and not _fits(" " * indent + prefix + node.head + node.open):
        return _long_callee(prefix, node, suffix, indent)
    return _bracket(prefix, node, suffix, indent, explode=False, head_may_overflow=only_split)


def _long_callee(prefix: str, node: Bracket, suffix: str, indent: int) -> list[str] | None:
    """``return long_name(...)`` / ``x = long_name(...)`` whose ``long_name(`` is over the limit.

    When ``long_name(`` fits on a line of its own inside parentheses, black wraps a returned
    value in them (``return (`` / the call, laid out one level deeper / ``)``); when not even
    there, it splits at the call's bracket and leaves the first line long.  (A wrapped
    assignment is not modelled.)"""
    pad = " " * indent
    if not _fits(" " * (indent + 4) + node.head + node.open):
        return _bracket(prefix, node, suffix, indent, explode=False, head_may_overflow=True)
    if prefix != "return " or suffix:
        return None
    inner = split("", node, "", indent + 4)
    return None if inner is None else [f"{pad}return (", *inner, f"{pad})"]


def statement(line: str) -> list[str] | None:
    """One generated statement laid out as black would, or None when unsure."""
    return [line] if _fits(line) else _statement_split(line)


def _wrapped_hint(head: str, annotation: str, indent: int) -> list[str] | None:
    """``head -> (`` / the return annotation / ``):``: black's wrapping of a return annotation
    that does not fit after ``def name()`` or after a split signature's ``)``, even when the first
    line stays too long (a name cannot be split); only the case where the annotation then fits on
    its own line is modelled."""
    if parse(annotation) is None:
        return None
    pad = " " * indent
    first, body = f"{pad}{head} -> (", f"{pad}    {annotation}"
    if not _fits(body):
        return None
    return [first, body, f"{pad}):"]


def _parameter(body: str, suffix: str, indent: int) -> list[str] | None:
    """``name: annotation = default,`` in an exploded signature: black wraps the annotation."""
    name, _, rest = body.partition(": ")
    annotation, eq, default = rest.rpartition(" = ")
    if not eq:
        annotation, default = rest, ""
    ann = parse(annotation)
    if ann is None or not name.isidentifier():
        return None
    tail = (f" = {default}" if default else "") + suffix
    if isinstance(ann, Bracket) and not default:
        return _bracket(f"{name}: ", ann, suffix, indent, explode=False)
    return _parenthesized(f"{name}: ", ann, tail, indent)


_TOKENS = re.compile(
    r"#[^\n]*"  # comments (a quote in one starts nothing)
    # strings as runs of plain characters between escapes (no backtracking per character); a
    # triple-quoted one may hold quotes that do not close it
    r'|"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
    r"|'''[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
    r'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"'
    r"|'[^'\\\n]*(?:\\.[^'\\\n]*)*'",
)


def _string_lines(text: str) -> set[int]:
    """0-based numbers of lines that lie inside (or start) a multi-line string literal.

    One left-to-right regex scan over comments and string literals (single, double, triple
    quoted, with escapes): linear in the text, unlike compiling it."""
    inside: set[int] = set()
    line = 0
    pos = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if "\n" not in token or token.startswith("#"):
            continue
        line += text.count("\n", pos, match.start())
        end = line + token.count("\n")
        inside.update(range(line, end + 1))
        line, pos = end, match.end()
    return inside


def relayout(text: str) -> tuple[str, bool]:
    """Lay out every over-long line of ``text``; False when any of them is beyond this module.
    Lines inside multi-line strings (docstrings) are left alone, as black leaves them."""
    lines_in = text.split("\n")
    if all(len(line) <= LIMIT for line in lines_in):
        return text, True
    out: list[str] = []
    ok = True
    in_string = _string_lines(text)
    for number, line in enumerate(lines_in):
        if len(line) <= LIMIT or number in in_string or line.lstrip().startswith(("#", '"""')):
            out.append(line)
            continue
        lines = _statement_split(line)
        if lines is None:
            ok = False
            out.append(line)
        else:
            out.extend(lines)
    return "\n".join(out), ok


def class_header(name: str, bases: str) -> list[str]:
    """``class Name(Bases):``; black moves the bases to their own line when it is too long."""
    line = f"class {name}({bases}):"
    return [line] if _fits(line) else [f"class {name}(", f"    {bases}", "):"]
