"""Read one YAML/JSON file into plain Python data, safely, plus a lazy pointer -> (line, column) map.

The happy path never builds a YAML node tree: documents are constructed with libyaml
(``yaml.CSafeLoader``).  Only when a diagnostic needs a line number is the file composed
(YAML) or tokenised (JSON), once per file, and the result cached in its :class:`SourceMap`.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, Severity, SpecError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 256  # nesting levels a document may have once loaded
# Above this estimated nesting, libyaml's recursive composer may overflow the C stack
# (it crashes the interpreter near 30 000 levels); the pure-Python loader is used instead.
C_LOADER_SAFE_DEPTH = 5000
MAX_EXPANDED_NODES = 1_000_000  # alias expansion allowed (and at most 10x the distinct nodes)

Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PyLoader = yaml.SafeLoader

_LEADING = re.compile(r"^[ \-?:]*", re.MULTILINE)
_BRACKETS = re.compile(r"[\[\]{}]")
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+', re.DOTALL)


def escape(part: str | int) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")


def unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def to_pointer(parts: Sequence[str | int]) -> str:
    return "".join("/" + escape(p) for p in parts)


def from_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape(p) for p in pointer[1:].split("/")]


def _error(code: str, message: str, path: Path, line: int | None = None, column: int | None = None,
           pointer: str | None = None) -> SpecError:
    return SpecError([Diagnostic(Severity.ERROR, code, message, pointer, str(path), line, column)])


# --------------------------------------------------------------------------- source map


@dataclass
class SourceMap:
    """Pointer -> (line, column), 1-based; built on first use and cached."""

    text: str
    is_json: bool
    _yaml_root: yaml.Node | None = field(default=None, repr=False)
    _json_index: dict[tuple[str, ...], int] | None = field(default=None, repr=False)
    _line_starts: list[int] | None = field(default=None, repr=False)

    def locate(self, parts: Sequence[str]) -> tuple[int, int] | None:
        try:
            return self._locate_json(parts) if self.is_json else self._locate_yaml(parts)
        except (yaml.YAMLError, RecursionError, ValueError):
            return None

    # YAML: compose the node tree once, then walk it.
    def _locate_yaml(self, parts: Sequence[str]) -> tuple[int, int] | None:
        if self._yaml_root is None:
            self._yaml_root = yaml.compose(self.text, Loader=Loader)
        node: yaml.Node | None = self._yaml_root
        mark = node.start_mark if node is not None else None
        for part in parts:
            found = _yaml_child(node, part)
            if found is None:
                return None
            node, mark = found
        return None if mark is None else (mark.line + 1, mark.column + 1)

    # JSON: one tokenising pass records the offset of every member key / item.
    def _locate_json(self, parts: Sequence[str]) -> tuple[int, int] | None:
        if self._json_index is None:
            self._json_index = _index_json(self.text)
        offset = self._json_index.get(tuple(parts))
        return None if offset is None else self._line_col(offset)

    def _line_col(self, offset: int) -> tuple[int, int]:
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


def _yaml_child(node: yaml.Node | None, part: str) -> tuple[yaml.Node, yaml.Mark] | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == part:
                return value, key.start_mark
        return None
    if isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
        item: yaml.Node = node.value[int(part)]
        return item, item.start_mark
    return None


def _index_json(text: str) -> dict[tuple[str, ...], int]:
    """Offsets of every value (keys' offsets for object members), keyed by pointer parts."""
    index: dict[tuple[str, ...], int] = {(): 0}
    # stack of [parts of the container, is_object, next array index, pending key]
    stack: list[list[Any]] = []
    expect_key = False
    for match in _JSON_TOKEN.finditer(text):
        tok = match.group()
        if tok in ",:":
            if tok == "," and stack and stack[-1][1]:
                expect_key = True
            continue
        if tok in "]}":
            stack.pop()
            continue
        if expect_key:
            key = json.loads(tok)
            parts = (*stack[-1][0], str(key))
            index[parts] = match.start()
            stack[-1][3] = parts
            expect_key = False
            continue
        parts = _value_parts(stack, index, match.start())
        if tok in "[{":
            stack.append([parts, tok == "{", 0, None])
            expect_key = tok == "{"
    return index


def _value_parts(stack: list[list[Any]], index: dict[tuple[str, ...], int], offset: int) -> tuple[str, ...]:
    if not stack:
        return ()
    top = stack[-1]
    if top[1]:
        parts: tuple[str, ...] = top[3]
        return parts
    item = (*top[0], str(top[2]))
    top[2] += 1
    index[item] = offset
    return item


# --------------------------------------------------------------------------- reading


@dataclass
class Source:
    path: Path
    uri: str
    sha256: str
    data: Any
    source_map: SourceMap

    def position(self, parts: Sequence[str]) -> tuple[Path, int | None, int | None]:
        """The file, line and column of ``parts`` (an overlaid root answers for its overlay's part)."""
        where = self.source_map.locate(parts)
        return (self.path, *where) if where else (self.path, None, None)

    def files(self) -> dict[Path, str]:
        """The file(s) this document was read from, with their sha256."""
        return {self.path: self.sha256}


def read_source(path: Path) -> Source:
    """Read, decode and parse one file; raise SpecError for anything unusable."""
    raw = _read_bytes(path)
    text = _decode(raw, path)
    is_json, data = _parse(text, path)
    check_shape(data, path)
    return Source(path, path.as_uri(), hashlib.sha256(raw).hexdigest(), data, SourceMap(text, is_json))


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise _error("file-unreadable", "not a regular file", path)
        if size > MAX_FILE_BYTES:
            raise _error("file-too-large",
                         f"file is {size / 1048576:.1f} MB; oagen refuses specs over "
                         f"{MAX_FILE_BYTES // 1048576} MB", path)
        return path.read_bytes()
    except FileNotFoundError:
        raise _error("file-not-found", "no such file", path) from None
    except OSError as exc:
        raise _error("file-unreadable", f"cannot read file: {exc.strerror or exc}", path) from None


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _error("file-undecodable", f"not UTF-8 text ({exc.reason} at byte {exc.start})",
                     path, line, column) from None


def _parse(text: str, path: Path) -> tuple[bool, Any]:
    if path.suffix.lower() == ".json":
        return True, _parse_json(text, path)
    if text.lstrip()[:1] in ("{", "["):
        try:
            return True, json.loads(text)
        except (ValueError, RecursionError):
            pass  # YAML flow style, or broken: let the YAML parser report it
    return False, _parse_yaml(text, path)


def _parse_json(text: str, path: Path) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _error("syntax-error", f"invalid JSON: {exc.msg}", path, exc.lineno, exc.colno) from None
    except RecursionError:
        raise _error("nesting-too-deep", "JSON nesting is too deep to process", path) from None


def _parse_yaml(text: str, path: Path) -> Any:
    loader = Loader if estimated_depth(text) <= C_LOADER_SAFE_DEPTH else PyLoader
    try:
        return yaml.load(text, Loader=loader)  # a safe loader (C or pure Python)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        raise _error("syntax-error", f"invalid YAML: {problem}", path, line, column) from None
    except yaml.YAMLError as exc:
        raise _error("syntax-error", f"invalid YAML: {exc}", path) from None
    except RecursionError:
        raise _error("nesting-too-deep", "YAML nesting is too deep to process", path) from None


def estimated_depth(text: str) -> int:
    """A cheap upper-bound-ish estimate of nesting: block indentation plus flow brackets."""
    block = max((len(m) for m in _LEADING.findall(text)), default=0)
    depth = flow = 0
    for bracket in _BRACKETS.findall(text):
        depth = depth + 1 if bracket in "[{" else max(depth - 1, 0)
        flow = max(flow, depth)
    return block + flow


# --------------------------------------------------------------------------- shape checks


def check_shape(data: Any, path: Path) -> None:
    """Refuse documents nested deeper than MAX_DEPTH and YAML alias bombs (shared subtrees)."""
    shared = False
    seen: set[int] = set()
    for node, depth in _containers(data):
        if depth > MAX_DEPTH:
            raise _error("nesting-too-deep",
                         f"document is nested more than {MAX_DEPTH} levels deep", path)
        if id(node) in seen:
            shared = True
            continue
        seen.add(id(node))
    if shared:
        _check_alias_expansion(data, len(seen), path)


def _containers(data: Any) -> Iterator[tuple[Any, int]]:
    """Every dict/list with its depth; an already-visited container is yielded but not entered."""
    stack: list[tuple[Any, int]] = [(data, 0)] if isinstance(data, (dict, list)) else []
    entered: set[int] = set()
    while stack:
        node, depth = stack.pop()
        yield node, depth
        if id(node) in entered:
            continue
        entered.add(id(node))
        children = node.values() if isinstance(node, dict) else node
        stack.extend((c, depth + 1) for c in children if isinstance(c, (dict, list)))


def _check_alias_expansion(data: Any, distinct: int, path: Path) -> None:
    """Count nodes as if every alias were expanded (memoised, iterative)."""
    limit = min(MAX_EXPANDED_NODES, max(10 * distinct, 10_000))
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = [c for c in (node.values() if isinstance(node, dict) else node)
                    if isinstance(c, (dict, list))]
        if done:
            on_path.discard(key)
            sizes[key] = 1 + len(node) + sum(sizes[id(c)] for c in children)
            if sizes[key] > limit:
                raise _error("alias-bomb",
                             f"YAML aliases expand to more than {limit} nodes; refusing "
                             "(a 'billion laughs' document?)", path)
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise _error("alias-bomb", "recursive YAML alias (a node contains itself)", path)
        on_path.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)
