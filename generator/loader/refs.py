"""$ref handling: load every referenced local file once, rewrite refs to canonical form, check them.

Canonical form: ``#/a/b`` for the root document, ``file:///abs/other.yaml#/a/b`` for any other
file (``#`` alone / ``file:///abs/x.yaml#`` for a whole document).  Refs are rewritten in place,
once, at load time, so resolving one never needs to know where it was written.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from generator.diagnostics import Diagnostic, Severity, SpecError
from generator.loader.read import Source, from_pointer, read_source, to_pointer

# Keys whose values are data, not OpenAPI/JSON-Schema structure: never rewrite refs inside.
DATA_KEYS = frozenset({"example", "default", "enum", "const"})

Parts = tuple[str, ...]


@dataclass(frozen=True)
class RefSite:
    """A ``$ref`` member: where it is (document uri, parts of the $ref member) and its target."""

    uri: str
    parts: Parts
    target: str


def iter_mappings(data: Any, *, may_share: bool = True) -> Iterator[tuple[Parts, dict[str, Any]]]:
    """Every structural mapping (data under example/default/enum/const skipped), depth first.

    Data is a member in ``DATA_KEYS`` (but a ``default`` response), an ``x-`` extension or an
    Example Object's ``value`` (none of them directly under ``properties``, whose members are
    names), and any JSON Schema ``examples`` list.  The hot loop of several whole-document passes:
    what the rules ask of the parent's path is worked out once per mapping, and only containers
    are kept.
    ``may_share=False`` (data from JSON text: a tree) skips tracking containers already entered.
    """
    stack: list[tuple[Parts, Any]] = [((), data)]
    entered: set[int] = set()
    while stack:
        parts, node = stack.pop()
        if may_share:
            if id(node) in entered:  # shared (YAML alias): visit once
                continue
            entered.add(id(node))
        children: list[tuple[Parts, Any]] = []
        if isinstance(node, dict):
            yield parts, node
            last = parts[-1] if parts else None
            in_properties = last == "properties"
            in_responses = last == "responses"
            example_value = not in_properties and len(parts) >= 2 and parts[-2] == "examples"
            for k, v in node.items():
                if not isinstance(v, (dict, list)):
                    continue
                key = k if type(k) is str else str(k)
                if not in_properties and (
                        (key in DATA_KEYS and not (in_responses and key == "default"))
                        or key.startswith("x-") or (example_value and key == "value")):
                    continue
                if key == "examples" and isinstance(v, list):
                    continue
                children.append(((*parts, key), v))
        else:
            for i, v in enumerate(node):
                if isinstance(v, (dict, list)):
                    children.append(((*parts, str(i)), v))
        children.reverse()
        stack.extend(children)


# Schema keywords whose members are named by the spec author (a member may be called `$ref`).
NAME_MAPS = frozenset({"properties", "patternProperties", "dependentSchemas", "$defs", "definitions"})


def split_ref(ref: str) -> tuple[str, str]:
    """Canonical ref -> (document uri, JSON pointer); the root document's uri is ""."""
    uri, _, fragment = ref.partition("#")
    return uri, fragment


# --------------------------------------------------------------------------- loading


@dataclass
class Loaded:
    root_uri: str
    sources: dict[str, Source]  # by canonical uri; the root under ""
    sites: list[RefSite]


def load_documents(root: Source) -> Loaded:
    """Load the root and every file it references (transitively), each once; canonicalise refs."""
    sources: dict[str, Source] = {"": root}
    sites: list[RefSite] = []
    errors: list[Diagnostic] = []
    queue: deque[str] = deque([""])
    while queue:
        uri = queue.popleft()
        src = sources[uri]
        for site, file_uri in _canonicalise(src, uri, root.uri, errors):
            sites.append(site)
            if file_uri and file_uri not in sources:
                loaded = _load_referenced(file_uri, site, sources, errors)
                if loaded is not None:
                    sources[file_uri] = loaded
                    queue.append(file_uri)
    if errors:
        raise SpecError(errors)
    return Loaded(root.uri, sources, sites)


def _load_referenced(file_uri: str, site: RefSite, sources: dict[str, Source],
                     errors: list[Diagnostic]) -> Source | None:
    path = Path(url2pathname(urlsplit(file_uri).path))
    try:
        return read_source(path)
    except SpecError as exc:
        missing = any(d.code == "file-not-found" for d in exc.diagnostics)
        code = "ref-file-missing" if missing else "ref-file-error"
        where = site_diagnostic(sources, site, Severity.ERROR, code,
                                f"$ref {_show(site, sources)} refers to a file that cannot be loaded")
        problems = "; ".join(d.message for d in exc.diagnostics)
        errors.append(_with_message(where, f"{where.message} ({path}: {problems})"))
        errors.extend(d for d in exc.diagnostics if d.code != "file-not-found")
        return None


def _canonicalise(src: Source, uri: str, root_uri: str,
                  errors: list[Diagnostic]) -> Iterator[tuple[RefSite, str]]:
    """Rewrite every $ref in ``src`` to canonical form; yield each site and its target file uri."""
    base = src.uri
    for parts, node in iter_mappings(src.data, may_share=not src.json_only()):
        if "$ref" not in node:
            continue
        ref = node["$ref"]
        site_parts = (*parts, "$ref")
        if not isinstance(ref, str):
            if not parts or parts[-1] not in NAME_MAPS:  # there `$ref` is a property's name
                errors.append(_site_error(src, site_parts, "bad-ref",
                                          f"$ref must be a string, not {type(ref).__name__}"))
            continue
        canonical, problem = canonical_ref(ref, base, root_uri)
        if problem is not None:
            errors.append(_site_error(src, site_parts, problem[0], problem[1]))
            continue
        node["$ref"] = canonical
        file_uri, _ = split_ref(canonical)
        yield RefSite(uri, site_parts, canonical), file_uri


def canonical_ref(ref: str, base: str, root_uri: str) -> tuple[str, tuple[str, str] | None]:
    """(canonical ref, None) or ("", (code, message)) for a ref that cannot be used."""
    split = urlsplit(ref)
    if split.scheme and split.scheme != "file" and len(split.scheme) > 1:
        return "", ("remote-ref", f"remote $ref not supported: {ref!r} (only local files)")
    fragment = unquote(split.fragment)
    if fragment and not fragment.startswith("/"):
        return "", ("bad-ref", f"$ref {ref!r}: only JSON-pointer fragments (#/...) are supported")
    location = ref.split("#", 1)[0]
    file_uri = _join(base, location) if location else base
    file_uri = "" if file_uri == root_uri else file_uri
    return f"{file_uri}#{fragment}", None


def _join(base: str, relative: str) -> str:
    split = urlsplit(relative)
    if split.scheme == "file":
        target = Path(url2pathname(split.path))
    else:
        target = Path(url2pathname(urlsplit(base).path)).parent / url2pathname(unquote(split.path))
    return target.resolve().as_uri()


# --------------------------------------------------------------------------- resolving


def lookup(sources: dict[str, Source], ref: str) -> tuple[bool, Any]:
    """Walk a canonical ref's pointer literally (no ref following); (found, node)."""
    uri, pointer = split_ref(ref)
    src = sources.get(uri)
    if src is None:
        return False, None
    node = src.data
    try:
        parts = from_pointer(pointer)
    except ValueError:
        return False, None
    for part in parts:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False, None
    return True, node


def follow(sources: dict[str, Source], ref: str) -> tuple[str, Any]:
    """Follow a ref chain to a node that is not a pure ref: (final ref, node).

    Raises KeyError(ref) for a dangling ref, ValueError(chain) for a cycle of refs.
    """
    chain = [ref]
    while True:
        found, node = lookup(sources, ref)
        if not found:
            raise KeyError(ref)
        nxt = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(nxt, str):
            return ref, node
        if nxt in chain:
            raise ValueError([*chain[chain.index(nxt):], nxt])
        chain.append(nxt)
        ref = nxt


def check_refs(loaded: Loaded) -> None:
    """Every ref must reach a node; no chain of refs may loop. Raise SpecError listing all."""
    errors: list[Diagnostic] = []
    good: set[str] = set()
    cycles: set[frozenset[str]] = set()
    for site in loaded.sites:
        if site.target in good:
            continue
        try:
            follow(loaded.sources, site.target)
            good.add(site.target)
        except KeyError as exc:
            errors.append(site_diagnostic(
                loaded.sources, site, Severity.ERROR, "dangling-ref",
                f"$ref {_show(site, loaded.sources)} points to nothing ({_describe(loaded, str(exc.args[0]))})"))
        except ValueError as exc:
            chain: list[str] = exc.args[0]
            if frozenset(chain) in cycles:
                continue
            cycles.add(frozenset(chain))
            errors.append(site_diagnostic(
                loaded.sources, site, Severity.ERROR, "ref-cycle",
                "$ref cycle with no schema in between: " + " -> ".join(chain)))
    if errors:
        raise SpecError(errors)


def _describe(loaded: Loaded, ref: str) -> str:
    uri, pointer = split_ref(ref)
    name = loaded.sources[uri].path.name if uri in loaded.sources else uri
    return f"no node at #{pointer} in {name}"


def _show(site: RefSite, sources: dict[str, Source]) -> str:
    found, value = lookup(sources, f"{site.uri}#{to_pointer(site.parts)}")
    return repr(value) if found else repr(site.target)


# --------------------------------------------------------------------------- diagnostics


def site_diagnostic(sources: dict[str, Source], site: RefSite, severity: Severity, code: str,
                    message: str) -> Diagnostic:
    return located(sources[site.uri], severity, code, message, site.parts)


def located(src: Source, severity: Severity, code: str, message: str,
            parts: tuple[str, ...] | list[str]) -> Diagnostic:
    path, line, column = src.position(parts)
    return Diagnostic(severity, code, message, to_pointer(parts), str(path), line, column)


def _site_error(src: Source, parts: Parts, code: str, message: str) -> Diagnostic:
    return located(src, Severity.ERROR, code, message, parts)


def _with_message(diag: Diagnostic, message: str) -> Diagnostic:
    return Diagnostic(diag.severity, diag.code, message, diag.pointer, diag.file, diag.line, diag.column)

