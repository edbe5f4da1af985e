"""Load an OpenAPI 3.0/3.1 document: read, overlay, resolve refs, check, validate, repair (lenient mode).

``load_spec`` returns a :class:`Spec` or raises :class:`~generator.diagnostics.SpecError`
carrying one ERROR diagnostic per problem, each with file, JSON pointer and line:column.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Severity, SpecError
from generator.loader.findings import Finding
from generator.loader.overlay import apply_overlay, read_overlay
from generator.loader.read import Source, from_pointer, read_source
from generator.loader.refs import Loaded, check_refs, follow, load_documents, located
from generator.loader.repair import Repair, drop_invalid_defaults, scan
from generator.loader.structure import check_structure
from generator.loader.validate import validate

__all__ = ["Spec", "load_spec"]

SUPPORTED = re.compile(r"3\.[01]\.\d+")


@dataclass
class Spec:
    path: Path
    document: dict[str, Any]
    version: str
    sha256: str
    diagnostics: list[Diagnostic]
    _sources: dict[str, Source] = field(default_factory=dict, repr=False, compare=False)

    def resolve(self, ref: str) -> Any:
        """Canonical ref -> node, following ref-to-ref chains."""
        try:
            return follow(self._sources, ref)[1]
        except KeyError:
            raise SpecError([self._ref_error("dangling-ref", f"$ref {ref!r} points to nothing", ref)]) from None
        except ValueError as exc:
            chain = " -> ".join(exc.args[0])
            raise SpecError([self._ref_error("ref-cycle", f"$ref cycle: {chain}", ref)]) from None

    def _ref_error(self, code: str, message: str, ref: str) -> Diagnostic:
        uri, _, pointer = ref.partition("#")
        src = self._sources.get(uri)
        return Diagnostic(Severity.ERROR, code, message, pointer, str(src.path) if src else uri)

    def locate(self, pointer: str, file: str | None = None) -> tuple[int, int] | None:
        """JSON pointer (no '#') in ``file`` (canonical uri or path; root if None) -> (line, column)."""
        _, line, column = self._position(pointer, file)
        return None if line is None or column is None else (line, column)

    def diagnostic(self, severity: Severity, code: str, message: str, pointer: str,
                   file: str | None = None) -> Diagnostic:
        shown, line, column = self._position(pointer, file)
        return Diagnostic(severity, code, message, pointer, shown, line, column)

    def _position(self, pointer: str, file: str | None) -> tuple[str | None, int | None, int | None]:
        """(file shown, line, column) of a pointer; the overlay's file for content it added."""
        src = self._source(file)
        if src is None:
            return file, None, None
        try:
            path, line, column = src.position(from_pointer(pointer))
        except ValueError:
            return str(src.path), None, None
        return str(path), line, column

    def files(self) -> dict[Path, str]:
        """Every file the document was loaded from (the root first, then the overlay, then the
        files its refs reach), with its sha256."""
        out: dict[Path, str] = {}
        for src in self._sources.values():
            out.update(src.files())
        return out

    def documents(self) -> dict[str, dict[str, Any]]:
        """Every loaded document by canonical uri ("" for the root)."""
        return {uri: src.data for uri, src in self._sources.items()}

    def _source(self, file: str | None) -> Source | None:
        if not file:
            return self._sources.get("")
        if file in self._sources:
            return self._sources[file]
        uri = Path(file).resolve().as_uri() if "://" not in file else file
        for src in self._sources.values():
            if src.uri == uri:
                return src
        return None


def load_spec(path: str | os.PathLike[str], *, overlay: str | os.PathLike[str] | None = None,
              strict: bool = False, validate: bool = True) -> Spec:
    """Load, check and (unless ``validate=False``) validate a spec; repair benign defects unless strict.

    ``overlay``: a JSON Merge Patch file merged into the root document as read, before anything
    else looks at it (diagnostics about what it adds point into it).
    """
    root = read_source(Path(path).expanduser().resolve())
    if overlay is not None:
        root = apply_overlay(root, read_overlay(Path(overlay).expanduser().resolve()))
    version = _check_root(root)
    loaded = load_documents(root)
    check_refs(loaded)
    _raise_errors([_diag(loaded, f, Severity.ERROR) for f in check_structure(loaded.sources, version)])
    diagnostics = _strict(loaded, version, validate) if strict else _lenient(loaded, version, validate)
    return Spec(root.path, root.data, version, root.sha256, diagnostics, loaded.sources)


def _check_root(root: Source) -> str:
    doc = root.data
    if not isinstance(doc, dict):
        kind = "empty" if doc is None else f"a {type(doc).__name__}"
        raise SpecError([Diagnostic(Severity.ERROR, "not-a-mapping",
                                    f"the document is {kind}; an OpenAPI document must be a mapping",
                                    "", str(root.path), 1, 1)])
    if "swagger" in doc:
        raise _root_error(root, "swagger", "unsupported-version",
                          f"swagger: {doc['swagger']!r} document (Swagger/OpenAPI 2.0): oagen supports "
                          "OpenAPI 3.0 and 3.1; convert it first (e.g. with swagger2openapi)")
    version = doc.get("openapi")
    if version is None:
        raise _root_error(root, None, "unsupported-version",
                          "no `openapi` field: not an OpenAPI 3.0/3.1 document")
    if not isinstance(version, str) or not SUPPORTED.fullmatch(version):
        hint = " (a number: quote it, e.g. '3.0.3')" if not isinstance(version, str) else ""
        raise _root_error(root, "openapi", "unsupported-version",
                          f"unsupported OpenAPI version {version!r}{hint}; oagen supports 3.0.x and 3.1.x")
    return version


def _root_error(root: Source, key: str | None, code: str, message: str) -> SpecError:
    return SpecError([located(root, Severity.ERROR, code, message, [key] if key else [])])


def _strict(loaded: Loaded, version: str, run_validation: bool) -> list[Diagnostic]:
    errors = [_repair_diag(loaded, r, Severity.ERROR, strict=True)
              for r in scan(loaded.sources, version, apply=False)[0]]
    if run_validation:
        reported = {(d.file, d.pointer) for d in errors}
        for f in validate(loaded.sources, version, repaired=False):
            diag = _diag(loaded, f, Severity.ERROR)
            if (diag.file, diag.pointer) not in reported:
                errors.append(diag)
    _raise_errors(errors)
    return []


def _lenient(loaded: Loaded, version: str, run_validation: bool) -> list[Diagnostic]:
    repairs, moved = scan(loaded.sources, version, apply=True)
    findings = validate(loaded.sources, version, repaired=True) if run_validation else []
    repairs += [replace(r, parts=moved.original(r.uri, r.parts))
                for r in drop_invalid_defaults(loaded.sources, findings)]
    findings = [replace(f, parts=moved.original(f.uri, f.parts)) for f in findings]
    diagnostics = [_repair_diag(loaded, r, Severity.WARNING, strict=False) for r in repairs]
    diagnostics += [_diag(loaded, f, Severity.WARNING) for f in findings if f.kind != "invalid-default"]
    return _sorted(diagnostics)


def _repair_diag(loaded: Loaded, r: Repair, severity: Severity, *, strict: bool) -> Diagnostic:
    action = f"would be {r.action} in lenient mode" if strict else f"repaired: {r.action}"
    return located(loaded.sources[r.uri], severity, r.code, f"{r.message}; {action}", r.parts)


def _diag(loaded: Loaded, f: Finding, severity: Severity) -> Diagnostic:
    return located(loaded.sources[f.uri], severity, f.kind, f.message, f.parts)


def _raise_errors(errors: list[Diagnostic]) -> None:
    if errors:
        raise SpecError(_sorted(errors))


def _sorted(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return sorted(diagnostics, key=lambda d: (d.file or "", d.line or 0, d.column or 0,
                                              d.pointer or "", d.code, d.message))
