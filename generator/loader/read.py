"""Read one YAML/JSON file into plain Python data, safely, plus a pointer -> (line, column) map.

YAML is composed once with libyaml (``yaml.CSafeLoader``) and the data built from that node tree
(:mod:`generator.loader.yamldata`); the tree is kept in the file's :class:`SourceMap`, so
locating a diagnostic is a walk, not a second parse.  JSON is parsed by ``json.loads`` and
tokenised only when a diagnostic needs a line number (and only along that pointer's path).
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, Severity, SpecError
from generator.loader import yamldata

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
_WS = re.compile(r"[ \t\n\r]*")  # JSON's whitespace
_DECODER = json.JSONDecoder()
# the C string scanner json.loads uses (not in the type stubs): (text, offset after the opening
# quote) -> (decoded string, offset after the closing quote)
scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]


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
    _json: _JsonLocator | None = field(default=None, repr=False)
    _line_starts: list[int] | None = field(default=None, repr=False)

    def locate(self, parts: Sequence[str]) -> tuple[int, int] | None:
        try:
            return self._locate_json(parts) if self.is_json else self._locate_yaml(parts)
        except (yaml.YAMLError, RecursionError, ValueError, IndexError):
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

    # JSON: only the containers on the pointer's path are scanned (see _JsonLocator).
    def _locate_json(self, parts: Sequence[str]) -> tuple[int, int] | None:
        if self._json is None:
            self._json = _JsonLocator(self.text)
        offset = self._json.offset(parts)
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


def _skip_ws(text: str, pos: int) -> int:
    """The offset of the first non-whitespace character at or after ``pos``."""
    match = _WS.match(text, pos)
    return match.end() if match else pos


class _JsonLocator:
    """Offsets of values in a JSON text, found by walking only the containers on a pointer's path.

    Diagnostics are few (tens on a 13 MB spec), so indexing every token up front cost more than
    all the lookups together.  Each container on a path is scanned once, member by member: keys
    with the C string scanner, the values in between skipped with the C decoder, and its members'
    offsets kept for the next lookup through it.  An object member answers with its key's offset
    (where an editor should point), an array item with its value's offset, the root with 0.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._children: dict[tuple[str, ...], dict[str, tuple[int, int]]] = {}

    def offset(self, parts: Sequence[str]) -> int | None:
        where, value = 0, _skip_ws(self.text, 0)
        for depth, part in enumerate(parts):
            found = self._members(tuple(parts[:depth]), value).get(part)
            if found is None:
                return None
            where, value = found
        return where

    def _members(self, path: tuple[str, ...], start: int) -> dict[str, tuple[int, int]]:
        """member name (or item index) -> (offset to report, offset of its value)."""
        known = self._children.get(path)
        if known is not None:
            return known
        text, out = self.text, {}
        opener = text[start]
        if opener in "{[":
            closer, pos, n = "}" if opener == "{" else "]", _skip_ws(text, start + 1), 0
            while text[pos] != closer:
                report = pos
                if opener == "{":
                    name, pos = scanstring(text, pos + 1)
                    pos = _skip_ws(text, pos) + 1  # the ':'
                else:
                    name, n = str(n), n + 1
                value = pos = _skip_ws(text, pos)
                _, pos = _DECODER.raw_decode(text, pos)
                out[name] = (report if opener == "{" else value, value)
                pos = _skip_ws(text, pos)
                if text[pos] == ",":
                    pos = _skip_ws(text, pos + 1)
        self._children[path] = out
        return out


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

    def json_only(self) -> bool:
        """Whether ``data`` is JSON text as parsed: JSON values only, no shared containers."""
        return self.source_map.is_json


def read_source(path: Path) -> Source:
    """Read, decode and parse one file; raise SpecError for anything unusable."""
    raw = _read_bytes(path)
    text = _decode(raw, path)
    is_json, data, tree = _parse(text, path)
    check_shape(data, path, may_share=not is_json)
    return Source(path, path.as_uri(), hashlib.sha256(raw).hexdigest(), data,
                  SourceMap(text, is_json, tree))


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


def _parse(text: str, path: Path) -> tuple[bool, Any, yaml.Node | None]:
    """(is JSON, data, the YAML node tree if it was composed on the way)."""
    if path.suffix.lower() == ".json":
        return True, _parse_json(text, path), None
    if text.lstrip()[:1] in ("{", "["):
        try:
            return True, json.loads(text), None
        except (ValueError, RecursionError):
            pass  # YAML flow style, or broken: let the YAML parser report it
    return (False, *_parse_yaml(text, path))


def _parse_json(text: str, path: Path) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _error("syntax-error", f"invalid JSON: {exc.msg}", path, exc.lineno, exc.colno) from None
    except RecursionError:
        raise _error("nesting-too-deep", "JSON nesting is too deep to process", path) from None


def _parse_yaml(text: str, path: Path) -> tuple[Any, yaml.Node | None]:
    loader = Loader if estimated_depth(text) <= C_LOADER_SAFE_DEPTH else PyLoader
    if loader is not PyLoader:
        try:
            tree = yaml.compose(text, Loader=loader)
            return yamldata.build(tree), tree
        except Exception:  # anything unusual (or broken): yaml.load decides, as before
            pass
    try:
        return yaml.load(text, Loader=loader), None  # a safe loader (C or pure Python)
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


def check_shape(data: Any, path: Path, *, may_share: bool = True) -> None:
    """Refuse documents nested deeper than MAX_DEPTH and YAML alias bombs (shared subtrees).

    One iterative pass over the containers: a container met again (a YAML alias) is depth-checked
    where it is met but not entered again.  ``may_share=False`` (data parsed from JSON text, which
    has no aliases: every container is new) checks the depth alone.
    """
    if not may_share:
        _check_depth(data, path)
        return
    shared = False
    seen: set[int] = set()
    stack: list[tuple[Any, int]] = [(data, 0)] if isinstance(data, (dict, list)) else []
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _too_deep(path)
        if id(node) in seen:
            shared = True
            continue
        seen.add(id(node))
        below = depth + 1
        stack.extend([(c, below) for c in (node.values() if isinstance(node, dict) else node)
                      if isinstance(c, (dict, list))])
    if shared:
        _check_alias_expansion(data, len(seen), path)


def _check_depth(data: Any, path: Path) -> None:
    """Depth alone, a level at a time (a tree: nothing is met twice)."""
    level = [data] if isinstance(data, (dict, list)) else []
    depth = 0
    while level:
        if depth > MAX_DEPTH:
            raise _too_deep(path)
        level = [c for node in level for c in (node.values() if isinstance(node, dict) else node)
                 if isinstance(c, (dict, list))]
        depth += 1


def _too_deep(path: Path) -> SpecError:
    return _error("nesting-too-deep", f"document is nested more than {MAX_DEPTH} levels deep", path)


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
