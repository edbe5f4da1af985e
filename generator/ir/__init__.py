"""Spec → :class:`~generator.ir.model.Api`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from generator.codes import diagnostic
from generator.config import Target
from generator.diagnostics import Diagnostic
from generator.ir import model
from generator.ir.modules import assign_modules
from generator.ir.operations import OperationBuilder, OperationWeights, detect_pagination
from generator.ir.pointers import escape_pointer
from generator.ir.resolving import remembering
from generator.ir.schemas import SchemaRegistry
from generator.naming import base_url_env, pascal_case, site, snake_case, webhook_secret_env

__all__ = ["build_api", "model"]


def build_api(
    document: Mapping[str, Any],
    resolve: Callable[[str], Any],
    target: Target,
    *,
    spec_sha256: str = "",
) -> tuple[model.Api, list[Diagnostic]]:
    """Normalise a loaded document into the IR. Returns the API and the warnings it produced."""
    resolve = remembering(resolve)
    components = (document.get("components") or {}).get("schemas") or {}
    registry = SchemaRegistry(resolve, components if isinstance(components, Mapping) else {})
    ops = OperationBuilder(document, resolve, registry, target)
    schemes = ops.security_schemes()
    servers = ops.servers(schemes)
    grouped = ops.grouped_operations()
    webhooks = _webhooks(document, registry, ops)
    webhook_event = _webhook_union(document, registry, ops) if webhooks else None
    registry.build_all()
    definitions = registry.definitions
    paging_notes: list[Diagnostic] = []

    def paged(op: model.Operation) -> model.Operation:
        override = target.operations.get(op.id)
        out, notes = detect_pagination(op, definitions, override.pagination if override else None)
        paging_notes.extend(notes)
        return out

    # split after paging and the models are known: the split weighs what each operation prints
    grouped = [replace(g, operations=tuple(paged(o) for o in g.operations)) for g in grouped]
    groups = ops.groups(grouped, OperationWeights(definitions).lines)
    info = document.get("info")
    info = info if isinstance(info, Mapping) else {}  # lenient mode lets a broken `info` through
    api = model.Api(
        title=str(info.get("title") or target.package),
        version=str(info.get("version") or ""),
        description=str(info.get("description") or "").strip(),
        package=target.package,
        package_version=target.version,
        servers=servers,
        security_schemes=schemes,
        groups=groups,
        modules=assign_modules(definitions),
        webhooks=webhooks,
        webhook_event=webhook_event,
        spec_sha256=spec_sha256,
        distribution=target.distribution,
        base_url_env=base_url_env(target.package, target.base_url_env),
        client_headers=ops.client_headers(),
        webhook_secret_env=(
            webhook_secret_env(target.package, target.webhook_secret_env)
            if target.webhook_signing else None
        ),
    )
    return api, registry.diagnostics + ops.diagnostics + paging_notes + _rename_notes(api)


def _rename_notes(api: model.Api) -> list[Diagnostic]:
    """INFO diagnostics for every identifier that is not the plain conversion of its spec name
    (keywords, names pydantic reserves, collisions): ``oagen -v`` shows them."""
    notes: list[Diagnostic] = []

    def note(pointer: str, message: str) -> None:
        notes.append(diagnostic("renamed", message, pointer))

    for d in api.definitions:
        leaf = d.pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        if d.pointer.startswith("/components/schemas/") and d.pointer.count("/") == 3 \
                and pascal_case(leaf) != d.name:
            note(d.pointer, f"schema {leaf!r} is class {d.name} (the name was taken)")
        if isinstance(d, model.Model):
            for f in d.own_fields:
                if f.name != snake_case(f.wire, fallback="field"):
                    note(d.pointer, f"{d.name}: property {f.wire!r} is attribute {f.name!r} "
                                    "(a keyword, a pydantic name, a clash or a shadowed type)")
    for op in api.operations:
        if op.name != snake_case(op.id, fallback="call"):
            note(op.pointer, f"operation {op.id!r} is method {op.name!r}")
        for p in op.params:
            if p.name != snake_case(p.wire.rstrip("[]"), fallback="param"):
                note(op.pointer, f"{op.name}: parameter {p.wire!r} is argument {p.name!r}")
    return notes


def _webhooks(document: Mapping[str, Any], registry: SchemaRegistry, ops: OperationBuilder) -> tuple[model.Webhook, ...]:
    out: list[model.Webhook] = []
    hooks = document.get("webhooks") or {}
    if not isinstance(hooks, Mapping):
        return ()
    for name, item in hooks.items():
        item = ops.deref(item)
        if not isinstance(item, Mapping):
            continue
        for method, op in item.items():
            if not isinstance(op, Mapping):
                continue
            body = ops.deref(op.get("requestBody"))
            content = body.get("content") if isinstance(body, Mapping) else None
            if not isinstance(content, Mapping):
                continue
            for ct, media in content.items():
                if isinstance(media, Mapping) and media.get("schema") is not None:
                    ptr = f"/webhooks/{escape_pointer(str(name))}/{method}/requestBody/content/{escape_pointer(str(ct))}/schema"
                    t = registry.type_of(media["schema"], site(pascal_case(str(name)), "Webhook"), ptr)
                    desc = str(op.get("description") or op.get("summary") or "").strip()
                    out.append(model.Webhook(str(name), t, desc))
                    break
    return tuple(out)


def _webhook_union(document: Mapping[str, Any], registry: SchemaRegistry, ops: OperationBuilder) -> model.Named | None:
    """One union of every webhook payload (tagged when the payloads have a fixed ``type``)."""
    schemas: list[Any] = []
    for item in (document.get("webhooks") or {}).values():
        item = ops.deref(item)
        for op in item.values() if isinstance(item, Mapping) else ():
            body = ops.deref(op.get("requestBody")) if isinstance(op, Mapping) else None
            content = body.get("content") if isinstance(body, Mapping) else None
            for media in content.values() if isinstance(content, Mapping) else ():
                if isinstance(media, Mapping) and isinstance(media.get("schema"), Mapping):
                    schemas.append(media["schema"])
                    break
    if len(schemas) < 2:
        return None
    return registry.hoist("WebhookEvent", "/webhooks", {"oneOf": schemas,
                                                         "description": "Any webhook event payload."})
