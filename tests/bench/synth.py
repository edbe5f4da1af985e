"""Deterministic synthetic OpenAPI 3.1 documents for the scaling benchmark.

``synth_spec(n_schemas)`` builds a spec with ``n_schemas`` component schemas and one operation per
four schemas. The schemas mix what real specs have: objects whose properties ``$ref`` other
schemas (forward and backward, so there are cycles), string enums, ``oneOf`` unions with a
discriminator and a mapping, arrays of refs, nested inline objects (hoisted by the generator),
nullable fields (3.1 ``type: [..., "null"]``), maps (``additionalProperties``) and ``allOf``.
Everything is seeded: the same ``n_schemas`` and ``seed`` give byte-identical JSON.

    python tests/bench/synth.py 1000 > /tmp/synth-1000.json
"""

from __future__ import annotations

import json
import random
import sys
from typing import Any

REF = "#/components/schemas/"

# The kind of schema i is KINDS[i % len(KINDS)]: about 55 % objects, 15 % enums, 10 % unions,
# 10 % arrays, 5 % allOf, 5 % maps.
KINDS = (
    "object", "enum", "object", "union", "object", "array", "object", "enum",
    "object", "allof", "object", "array", "object", "enum", "object", "union",
    "object", "map", "object", "object",
)  # fmt: skip


def _name(i: int) -> str:
    return f"Thing{i:05d}"


def _scalar(rng: random.Random) -> dict[str, Any]:
    return rng.choice(
        [
            {"type": "string"},
            {"type": "string", "format": "date-time"},
            {"type": "integer", "minimum": 0},
            {"type": "number"},
            {"type": "boolean"},
            {"type": ["string", "null"]},
            {"type": "string", "maxLength": 64, "description": "A short label."},
        ]
    )


def synth_spec(n_schemas: int, *, seed: int = 20260501) -> dict[str, Any]:
    rng = random.Random(seed * 100_003 + n_schemas)
    kinds = [KINDS[i % len(KINDS)] for i in range(n_schemas)]
    objects = [i for i, k in enumerate(kinds) if k == "object"]
    schemas: dict[str, Any] = {}

    def ref_to(kind_pool: list[int] | None = None) -> dict[str, Any]:
        j = rng.choice(kind_pool) if kind_pool else rng.randrange(n_schemas)
        return {"$ref": REF + _name(j)}

    # Variants used by unions: objects carrying a discriminator property `kind` with one value.
    # Each union picks 2-4 dedicated variant objects (their own schemas, counted in n_schemas).
    variant_of: dict[int, tuple[int, str]] = {}
    unions = [i for i, k in enumerate(kinds) if k == "union"]
    free_objects = [i for i in objects]
    rng.shuffle(free_objects)
    union_variants: dict[int, list[int]] = {}
    for u in unions:
        picks = []
        for _ in range(rng.randint(2, 4)):
            if not free_objects:
                break
            v = free_objects.pop()
            picks.append(v)
            variant_of[v] = (u, f"kind_{v}")
        union_variants[u] = picks

    for i, kind in enumerate(kinds):
        name = _name(i)
        desc = f"Synthetic schema number {i} ({kind})."
        if kind == "object":
            props: dict[str, Any] = {"id": {"type": "string"}}
            required = ["id"]
            for p in range(rng.randint(3, 8)):
                pname = f"field_{p}"
                r = rng.random()
                if r < 0.35:
                    props[pname] = ref_to()
                elif r < 0.5:
                    props[pname] = {"type": "array", "items": ref_to()}
                elif r < 0.6:
                    props[pname] = {
                        "type": "object",
                        "description": "An inline object, hoisted by the generator.",
                        "properties": {
                            "label": {"type": "string"},
                            "count": {"type": "integer"},
                            "inner": {
                                "type": "object",
                                "properties": {"flag": {"type": "boolean"}, "ref": ref_to()},
                            },
                        },
                        "required": ["label"],
                    }
                elif r < 0.65:
                    props[pname] = {"anyOf": [ref_to(), {"type": "null"}]}
                else:
                    props[pname] = _scalar(rng)
                if rng.random() < 0.3:
                    required.append(pname)
            if i in variant_of:
                _, value = variant_of[i]
                props["kind"] = {"type": "string", "enum": [value]}
                required.append("kind")
            schemas[name] = {
                "type": "object",
                "description": desc,
                "properties": props,
                "required": required,
            }
        elif kind == "enum":
            values = [f"value_{i}_{k}" for k in range(rng.randint(2, 8))]
            schemas[name] = {"type": "string", "description": desc, "enum": values}
        elif kind == "union":
            variants = union_variants[i]
            if len(variants) < 2:  # ran out of objects: a plain union of refs instead
                schemas[name] = {"description": desc, "oneOf": [ref_to(objects), ref_to(objects)]}
                continue
            schemas[name] = {
                "description": desc,
                "oneOf": [{"$ref": REF + _name(v)} for v in variants],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {variant_of[v][1]: REF + _name(v) for v in variants},
                },
            }
        elif kind == "array":
            schemas[name] = {"type": "array", "description": desc, "items": ref_to(objects)}
        elif kind == "allof":
            schemas[name] = {
                "description": desc,
                "allOf": [
                    ref_to(objects),
                    {"type": "object", "properties": {"extra": {"type": "string"}}},
                ],
            }
        elif kind == "map":
            schemas[name] = {
                "type": "object",
                "description": desc,
                "additionalProperties": ref_to(objects),
            }

    # One operation per four schemas: alternately a create (POST with a body) and a retrieve
    # (GET with path and query parameters), spread over 25 tags.
    paths: dict[str, Any] = {}
    n_ops = max(1, n_schemas // 4)
    for k in range(n_ops):
        tag = f"group{k % 25:02d}"
        resp = {
            "200": {
                "description": "OK",
                "content": {"application/json": {"schema": ref_to()}},
            },
            "default": {"description": "Error"},
        }
        if k % 2 == 0:
            paths[f"/things{k}"] = {
                "post": {
                    "operationId": f"createThing{k}",
                    "tags": [tag],
                    "summary": f"Create thing {k}.",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": ref_to(objects)}},
                    },
                    "responses": resp,
                }
            }
        else:
            paths[f"/things{k}/{{thing_id}}"] = {
                "get": {
                    "operationId": f"getThing{k}",
                    "tags": [tag],
                    "summary": f"Retrieve thing {k}.",
                    "parameters": [
                        {"name": "thing_id", "in": "path", "required": True,
                         "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {"name": "order", "in": "query", "schema": ref_to(
                            [i for i, kk in enumerate(kinds) if kk == "enum"])},
                    ],
                    "responses": resp,
                }
            }  # fmt: skip

    return {
        "openapi": "3.1.0",
        "info": {"title": f"Synthetic API ({n_schemas} schemas)", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


def synth_resource_spec(n_resources: int = 12, *, tag: str = "users") -> dict[str, Any]:
    """One tag of many sub-resources, shaped like Microsoft Graph's: ``/users`` and
    ``/users/{user_id}``, then per resource a collection, an item, a ``$count``, nested
    sub-resources (resource ``k`` has ``4 * (k % 5)`` of them, five operations each) and one
    action (``/users/{user_id}/action{k}``, a single POST).  With the default 12 resources the
    tag has 483 operations and resources 4 and 9 have 84 each: enough to split the API class
    twice over."""
    ok = {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}
    body = {"content": {"application/json": {"schema": {"type": "object"}}}, "required": True}

    def op(op_id: str, method: str, params: list[str]) -> dict[str, Any]:
        out: dict[str, Any] = {
            "operationId": op_id, "tags": [tag], "responses": ok,
            "parameters": [{"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
                           for p in params],
        }
        if method in ("post", "patch"):
            out["requestBody"] = body
        return out

    paths: dict[str, Any] = {
        f"/{tag}": {"get": op(f"{tag}.list", "get", [])},
        f"/{tag}/{{user_id}}": {"get": op(f"{tag}.get", "get", ["user_id"]),
                                  "patch": op(f"{tag}.update", "patch", ["user_id"])},
    }
    for k in range(n_resources):
        res = f"{tag}/{{user_id}}/res{k}"
        ids = ["user_id"]
        paths[f"/{res}"] = {"get": op(f"res{k}.list", "get", ids), "post": op(f"res{k}.create", "post", ids)}
        paths[f"/{res}/$count"] = {"get": op(f"res{k}.count", "get", ids)}
        paths[f"/{res}/{{res{k}_id}}"] = {"get": op(f"res{k}.get", "get", [*ids, f"res{k}_id"])}
        for j in range(4 * (k % 5)):
            sub = f"{res}/{{res{k}_id}}/sub{j}"
            sids = [*ids, f"res{k}_id"]
            paths[f"/{sub}"] = {"get": op(f"res{k}.sub{j}.list", "get", sids),
                                "post": op(f"res{k}.sub{j}.create", "post", sids)}
            paths[f"/{sub}/{{sub{j}_id}}"] = {
                "get": op(f"res{k}.sub{j}.get", "get", [*sids, f"sub{j}_id"]),
                "patch": op(f"res{k}.sub{j}.update", "patch", [*sids, f"sub{j}_id"]),
                "delete": op(f"res{k}.sub{j}.delete", "delete", [*sids, f"sub{j}_id"]),
            }
        paths[f"/{tag}/{{user_id}}/action{k}"] = {"post": op(f"{tag}.action{k}", "post", ["user_id"])}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Synthetic resource tree", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": paths,
    }


def write_spec(n_schemas: int, path: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(synth_spec(n_schemas), fh, indent=1, sort_keys=False)


if __name__ == "__main__":
    json.dump(synth_spec(int(sys.argv[1]) if len(sys.argv) > 1 else 250), sys.stdout, indent=1)
