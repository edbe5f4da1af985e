"""The one-direction flow: load → IR → render → format → write, with typed values between stages."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from generator import __version__, cache
from generator.config import Target, adhoc_target
from generator.diagnostics import ConfigError, Diagnostic, OagenError
from generator.ir import build_api
from generator.ir.model import Api
from generator.loader import Spec, load_spec
from generator.python import layout
from generator.python.project import ProjectInfo, project_info
from generator.render.environment import builtin_template_dir, make_environment
from generator.render.finish import finish
from generator.render.format import format_many, formatter_id
from generator.render.parallel import iter_indexed
from generator.render.plan import FilePlan, plan_files
from generator.render.write import (
    MANIFEST,
    SURFACE,
    Drift,
    StagedTree,
    compare,
    compare_hashes,
    manifest_bytes,
    read_manifest,
)
from generator.surface import Change, suggest_bump, surface
from generator.surface import compare as compare_surfaces

Progress = Callable[[str], None]


@dataclass
class Result:
    api: Api
    files: dict[str, bytes]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    changes: list[Change] | None = None  # API changes since the previous output (None: no previous)

    @property
    def bump(self) -> str | None:
        return suggest_bump(self.changes) if self.changes else None


def load(target: Target, *, strict: bool | None = None) -> Spec:
    """The target's spec with its overlay merged in by the loader (before refs and validation)."""
    return load_spec(target.spec, overlay=target.overlay, strict=target.strict if strict is None else strict)


def build(target: Target, *, strict: bool | None = None) -> tuple[Spec, Api, list[Diagnostic]]:
    spec = load(target, strict=strict)
    with _settled():  # the document outlives the IR build
        api, ir_diags = build_api(spec.document, spec.resolve, target, spec_sha256=spec.sha256)
    located = [
        spec.diagnostic(d.severity, d.code, d.message, d.pointer) if d.pointer and d.line is None
        and not d.pointer.startswith("file:") else d
        for d in ir_diags
    ]
    return spec, api, list(spec.diagnostics) + located


def spec_target(spec: Path, settings: Target | None = None) -> Target:
    """A target for the spec file ``spec``: with ``settings``' overlay, overrides and names, or
    the defaults of an ad hoc target."""
    if settings is None:
        return adhoc_target(spec, "api_client", Path("api_client"))
    return dataclasses.replace(settings, spec=spec.resolve())


def api_surface(target: Target, *, strict: bool | None = None) -> dict[str, Any]:
    """The client-visible API of the target's spec now: the same load → IR path as ``generate``."""
    return surface(build(target, strict=strict)[1])


def recorded_surface(target: Target) -> dict[str, Any]:
    """The API surface recorded with the target's output by the last ``generate``."""
    path = target.output / SURFACE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise ConfigError(f"{path}: not found; target {target.name!r} has no generated output to compare "
                          f"with (run `oagen generate {target.name}` first)") from None
    except ValueError as exc:
        raise ConfigError(f"{path}: not valid JSON ({exc}); regenerate with `oagen generate {target.name}`") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: not an API surface (a JSON object expected)")
    return data


def diff(old: Target | Path, new: Target | Path | None = None, *,
         strict: bool | None = None) -> list[Change]:
    """API changes from ``old`` to ``new``.  A target on the old side is its checked-in output (the
    recorded surface), on the new side its spec now; a spec file is loaded with the settings of the
    target on the other side, if there is one, else as an ad hoc target.  ``diff(target)`` compares
    the target's checked-in output with its spec now."""
    if new is None:
        if not isinstance(old, Target):
            raise OagenError("oagen diff: a spec file needs a second argument to compare it with")
        new = old
    if isinstance(old, Target) and isinstance(new, Target) and old is not new:
        raise OagenError("oagen diff: give at most one target (and a spec file to compare it with)")
    settings = old if isinstance(old, Target) else new if isinstance(new, Target) else None
    before = recorded_surface(old) if isinstance(old, Target) else api_surface(spec_target(old, settings),
                                                                                 strict=strict)
    after = api_surface(new if isinstance(new, Target) else spec_target(new, settings), strict=strict)
    return compare_surfaces(before, after)


Sink = Callable[[str, bytes], None]


def render(api: Api, target: Target, *, progress: Progress | None = None,
           inputs: Mapping[str, str] | None = None,
           api_surface: Mapping[str, Any] | None = None,
           project: ProjectInfo | None = None, sink: Sink | None = None) -> dict[str, bytes]:
    """Every output file; each is also handed to ``sink`` as soon as it is final (the writer, so
    that writing overlaps rendering), the manifest last."""
    env = make_environment(target.templates)
    plans = plan_files(api, project, wire_tests=target.wire_tests)
    files: dict[str, bytes] = {}
    sources: dict[str, str] = {}

    def done(path: str, data: bytes) -> None:
        files[path] = data
        if sink is not None:
            sink(path, data)

    rendered = iter_indexed(lambda i: _render_plan(env, plans[i], project), len(plans))
    # encoded while the workers render (the main process would only wait for them)
    surface_bytes = manifest_bytes(api_surface if api_surface is not None else surface(api))
    for plan, (text, stable) in zip(plans, rendered, strict=True):
        if stable:  # laid out as black would (python/layout.py): no need to run black over it
            done(plan.path, text.encode("utf-8"))
        else:
            sources[plan.path] = text
    source_hashes = {path: _sha(src.encode("utf-8")) for path, src in sources.items()}
    reused = _reuse_formatted(target.output, source_hashes)
    if progress:
        progress(f"rendered {len(plans)} files; formatting {len(sources) - len(reused)} modules "
                 f"({len(reused)} unchanged)")
    formatted = {**format_many({p: s for p, s in sources.items() if p not in reused}), **reused}
    for path in sorted(formatted):
        done(path, formatted[path].encode("utf-8"))
    done(SURFACE, surface_bytes)
    done(MANIFEST, manifest_bytes(manifest(api, files, source_hashes, target, inputs or {})))
    return dict(sorted(files.items()))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _reuse_formatted(output: Path, source_hashes: Mapping[str, str]) -> dict[str, str]:
    """Formatted modules of the previous output whose rendered source is unchanged.

    The previous manifest records, per module, the hash of the source black was given and of the
    file black produced, with the formatter's version: when the new source hash and the file on
    disk both match, and the formatter is the same, the file on disk is black's output for it.
    """
    previous = read_manifest(output)
    if previous.get("formatter") != formatter_id():
        return {}
    old_sources = previous.get("sources")
    old_files = previous.get("files")
    if not isinstance(old_sources, dict) or not isinstance(old_files, dict):
        return {}
    reused: dict[str, str] = {}
    for path, digest in source_hashes.items():
        if old_sources.get(path) != digest:
            continue
        try:
            data = (output / path).read_bytes()
        except OSError:
            continue
        if old_files.get(path) == _sha(data):
            reused[path] = data.decode("utf-8")
    return reused


def _render_plan(env: jinja2.Environment, plan: FilePlan, project: ProjectInfo | None) -> tuple[str, bool]:
    """One file's text, finished, and whether it is known black-stable (no need for black)."""
    text = plan.copy.read_text(encoding="utf-8") if plan.copy else _render_one(env, plan)
    if project is not None:
        text = finish(plan.path, text, project.header, project.docs_base_url, project.docs_relative_base)
    stable = plan.black_stable or not plan.path.endswith(".py") or (
        plan.stable_if is not None and bool(plan.values()[plan.stable_if]))
    if plan.relayout:
        text, stable = layout.relayout(text)
    return text, stable


def _render_one(env: jinja2.Environment, plan: FilePlan) -> str:
    text = env.get_template(plan.template).render(**plan.values())
    if plan.python:
        # templates are whitespace-generous; collapse runs of blank lines before black
        lines = text.splitlines()
        out: list[str] = []
        blank = 0
        for line in lines:
            blank = blank + 1 if not line.strip() else 0
            if blank <= 2:
                out.append(line.rstrip())
        text = "\n".join(out).strip("\n") + "\n"
    elif not text.endswith("\n"):
        text += "\n"
    return text


def manifest(api: Api, files: Mapping[str, bytes], sources: Mapping[str, str], target: Target,
             inputs: Mapping[str, str]) -> dict[str, object]:
    return {
        "generator": "oagen",
        "input_key": input_key(target, inputs),
        "inputs": dict(sorted(inputs.items())),
        "generator_version": __version__,
        "formatter": formatter_id(),
        "package": api.package,
        "package_version": api.package_version,
        "spec_sha256": api.spec_sha256,
        "operations": len(api.operations),
        "models": len(api.definitions),
        "files": {path: _sha(data) for path, data in sorted(files.items())},
        "sources": dict(sorted(sources.items())),
    }


def generate(target: Target, *, strict: bool | None = None, write: bool = True,
             progress: Progress | None = None) -> Result:
    t0 = time.perf_counter()
    _spec, api, diagnostics = build(target, strict=strict)
    t1 = time.perf_counter()
    with _settled():  # the document and the IR outlive rendering and writing
        files, changes = _render_and_write(target, _spec, api, write=write, progress=progress)
    t2 = time.perf_counter()
    return Result(api, files, diagnostics, {"load+ir": t1 - t0, "render+format+write": t2 - t1}, changes)


@contextlib.contextmanager
def _settled() -> Iterator[None]:
    """Keep the cyclic garbage collector off everything allocated so far while the block runs.

    A generation allocates millions of objects while a few large structures (the document, the
    IR) stay alive to the end; each full collection would rescan them all (Graph: 0.8 s of its
    3 s IR build; GitHub ~9 % of the CPU).  They are moved to the collector's permanent
    generation for the block (forked render workers inherit that, so they do not touch those
    pages either) and handed back after it.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _render_and_write(target: Target, _spec: Spec, api: Api, *, write: bool,
                      progress: Progress | None) -> tuple[dict[str, bytes], list[Change] | None]:
    api_surface = surface(api)
    project = project_info(_spec.document, target.spec.name, api.definitions,
                           license=target.license, docs_base_url=target.docs_base_url,
                           docs_relative_base=target.docs_relative_base)
    changes = _changes_since(target.output, api_surface)
    inputs = spec_inputs(target, _spec)
    # each file goes to the new tree as soon as it is rendered; the old one stays until the end
    tree = StagedTree(target.output) if write else None
    with tree or contextlib.nullcontext():
        files = render(api, target, progress=progress, inputs=inputs, api_surface=api_surface,
                       project=project, sink=tree.put if tree else None)
    return files, changes


def _changes_since(output: Path, api_surface: Mapping[str, Any]) -> list[Change] | None:
    """API-level changes from the surface recorded with the previous output, if there is one."""
    try:
        previous = json.loads((output / SURFACE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return compare_surfaces(previous, api_surface) if isinstance(previous, dict) else None


def spec_inputs(target: Target, spec: Spec) -> dict[str, str]:
    """The spec's files (relative to the root spec's folder) and the overlay, with their hashes."""
    base = target.spec.parent
    hashes = spec.files()  # digests the loader took when it read the files (the overlay's too)
    out: dict[str, str] = {}
    for path, digest in hashes.items():
        try:
            rel = os.path.relpath(path, base)
        except ValueError:  # another drive
            rel = str(path)
        out[Path(rel).as_posix()] = digest
    return out


def _template_files(target: Target) -> list[tuple[str, Path]]:
    roots = [("builtin", builtin_template_dir())]
    if target.templates is not None:
        roots.append(("target", target.templates))
    return [(f"{label}/{p.relative_to(root).as_posix()}", p)
            for label, root in roots for p in sorted(root.rglob("*")) if p.is_file()]


def input_key(target: Target, inputs: Mapping[str, str]) -> str:
    """Everything that decides the output: spec files, templates, oagen's source, the target's
    settings and the formatter. Equal keys give equal output, so a check can skip regenerating."""
    templates = [f"{name}={_sha(path.read_bytes())}" for name, path in _template_files(target)]
    return cache.key(
        "output", target.fingerprint(), formatter_id(), cache.source_fingerprint(),
        *(f"{k}={v}" for k, v in sorted(inputs.items())), *templates,
    )


def quick_drift(target: Target) -> Drift | None:
    """Drift of the output judged from its manifest alone, when nothing that affects the output
    changed since it was written; None when a real regeneration is needed to tell."""
    previous = read_manifest(target.output)
    inputs = previous.get("inputs")
    recorded = previous.get("files")
    if not isinstance(inputs, dict) or not isinstance(recorded, dict) or not previous.get("input_key"):
        return None
    base = target.spec.parent
    current: dict[str, str] = {}
    for rel in inputs:
        try:
            current[rel] = _sha((base / rel).read_bytes())
        except OSError:
            return None
    if Path(os.path.relpath(target.spec, base)).as_posix() not in current:
        return None  # the target now names another spec
    if input_key(target, current) != previous["input_key"]:
        return None
    wanted = {path: digest for path, digest in recorded.items() if isinstance(digest, str)}
    return compare_hashes(target.output, wanted)


def check(target: Target, *, progress: Progress | None = None) -> tuple[Result, Drift]:
    result = generate(target, write=False, progress=progress)
    return result, compare(target.output, result.files)


