"""A small, deterministic JSON-instance sampler for the schemas of an OpenAPI 3.1 document.

Why not hypothesis-jsonschema: version 0.23.1 (the last release) cannot generate any object with
`properties` under the pinned hypothesis 6.170 (`from_object_schema` calls `many(...).more()`,
an internal API hypothesis removed: AttributeError "'many' object has no attribute 'more'"),
it resolves `$ref`s by inlining (so recursive schemas fail), and it knows nothing of OpenAPI
(`nullable`, boolean `exclusiveMinimum`, `format: unixtime`).

    sampler = Sampler(spec["components"]["schemas"])
    sampler.sample("CreateChatCompletionRequest", variant=2)   # same value on every run

Each (schema, variant) pair gives one instance from a `random.Random` seeded with both, so
results are stable across runs, machines and Python versions (no hash randomisation).
Variants: 0 = minimal (required properties only, cheapest union branches, shortest arrays),
1 = maximal (every property), 2+ = random (each optional property with p=0.5, random branches).

What is supported: `$ref` to `#/components/schemas/*` (siblings of `$ref` other than
annotations are ignored), `type` (string or list), `enum`, `const`, `properties`, `required`,
`additionalProperties` (bool or schema; generated extra keys start with ``extra_``),
`maxProperties`, `items`, `minItems`/`maxItems`, `minLength`/`maxLength`, `pattern` (only
`[...]+`-style character classes), `minimum`/`maximum`/`exclusiveMinimum` (3.1 number and
3.0 boolean forms), `allOf` (merged), `anyOf`/`oneOf` (one branch; the caller validates the
instance and asks for another variant when `oneOf` matched twice), `format: unixtime`
(integer), `uri`. `nullable` (a 3.0 keyword, meaningless in 3.1) never produces null.
Recursion is bounded: below `max_depth` nested objects/arrays, the sampler switches to minimal
mode and picks the union branch with the smallest estimated size (a cycle counts as infinite).
"""

from __future__ import annotations

import math
import random
import re
import zlib
from collections.abc import Mapping
from typing import Any

__all__ = ["SampleError", "Sampler"]

REF_PREFIX = "#/components/schemas/"
_STRINGS = ("x", "hello world", "ünïcødé ✓", 'quote " and \\ slash', "line\nbreak", "abc_123")
_NUMBERS = (0.5, 1.25, 3.0, 0.001, 2.5)
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "default",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "nullable",
        "discriminator",
        "externalDocs",
        "$comment",
    }
)
_INF = math.inf
_HARD_DEPTH = 40


class SampleError(RuntimeError):
    """The sampler cannot build an instance of this schema."""


class Sampler:
    def __init__(self, schemas: Mapping[str, Any], *, max_depth: int = 4) -> None:
        self.schemas = {name: rewrite_recursive_refs(name, s) for name, s in schemas.items()}
        self.max_depth = max_depth
        self._cost_memo: dict[str, float] = {}
        self._merged: dict[int, dict[str, Any]] = {}

    # -- public ------------------------------------------------------------------------------

    def sample(self, name: str, variant: int = 0, attempt: int = 0) -> Any:
        seed = zlib.crc32(f"{name}/{variant}/{attempt}".encode())
        run = _Run(self, random.Random(seed), mode=_mode(variant, attempt))
        return run.value(self.resolve_ref(REF_PREFIX + name), 0, [name])

    def sample_schema(self, schema: Any, variant: int = 0, attempt: int = 0, key: str = "") -> Any:
        """An instance of an inline schema (for example a request body) that may use `$ref`s."""
        seed = zlib.crc32(f"{key}/{variant}/{attempt}".encode())
        run = _Run(self, random.Random(seed), mode=_mode(variant, attempt))
        return run.value(schema, 0, [])

    def resolve_ref(self, ref: str) -> Any:
        if not ref.startswith(REF_PREFIX):
            raise SampleError(f"unsupported $ref {ref!r}")
        name = ref[len(REF_PREFIX) :]
        try:
            return self.schemas[name]
        except KeyError:
            raise SampleError(f"dangling $ref {ref!r}") from None

    # -- helpers shared by runs --------------------------------------------------------------

    def deref(self, schema: Any) -> Any:
        """Follow `$ref` chains (annotation siblings dropped) and merge `allOf`."""
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema:
            seen += 1
            if seen > 50:
                raise SampleError("$ref loop")
            schema = self.resolve_ref(schema["$ref"])
        if isinstance(schema, dict) and "allOf" in schema:
            return self.merge_all_of(schema)
        return schema

    def merge_all_of(self, schema: dict[str, Any]) -> dict[str, Any]:
        key = id(schema)
        cached = self._merged.get(key)
        if cached is not None:
            return cached
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            merged = _merge(merged, self.deref(part))
        self._merged[key] = merged
        return merged

    def cost(self, schema: Any, stack: tuple[str, ...] = ()) -> float:
        """An estimate of the size of the smallest instance (infinite for required cycles)."""
        if schema is True or schema is None:
            return 1
        if schema is False:
            return _INF
        if "$ref" in schema:
            ref = schema["$ref"]
            if ref in stack:
                return _INF
            memo = self._cost_memo.get(ref)
            if memo is not None:
                return memo
            value = self.cost(self.resolve_ref(ref), (*stack, ref))
            self._cost_memo[ref] = value
            return value
        if "allOf" in schema:
            return sum(self.cost(p, stack) for p in schema["allOf"]) + self.cost(
                {k: v for k, v in schema.items() if k != "allOf"}, stack
            )
        if "const" in schema or "enum" in schema:
            return 1
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches:
            return min(self.cost(b, stack) for b in branches)
        if "items" in schema and schema.get("minItems", 0):
            return 1 + schema["minItems"] * self.cost(schema["items"], stack)
        props = schema.get("properties") or {}
        required = schema.get("required") or []
        return 1 + sum(self.cost(props.get(r, True), stack) for r in required)


def _mode(variant: int, attempt: int) -> str:
    if attempt:
        return "random"
    return {0: "minimal", 1: "maximal"}.get(variant, "random")


def _merge(a: dict[str, Any], b: Any) -> dict[str, Any]:
    if not isinstance(b, dict):
        return a
    out = dict(a)
    for k, v in b.items():
        if k == "properties":
            props = dict(out.get("properties") or {})
            for pk, pv in v.items():
                props[pk] = {"allOf": [props[pk], pv]} if pk in props else pv
            out["properties"] = props
        elif k == "required":
            out["required"] = list(dict.fromkeys([*(out.get("required") or []), *v]))
        elif k in _ANNOTATIONS or k.startswith("x-"):
            out.setdefault(k, v)
        elif k not in out:
            out[k] = v
    return out


class _Run:
    """One instance: a random source and the mode at the top level."""

    def __init__(self, sampler: Sampler, rng: random.Random, mode: str) -> None:
        self.s = sampler
        self.rng = rng
        self.mode = mode

    def value(self, schema: Any, depth: int, path: list[str]) -> Any:
        if depth > _HARD_DEPTH:
            raise SampleError("recursion too deep at " + "/".join(path))
        if schema is True or schema == {}:
            return self.anything(depth)
        if schema is False:
            raise SampleError("schema `false` at " + "/".join(path))
        schema = self.s.deref(schema)
        minimal = self.mode == "minimal" or depth >= self.s.max_depth
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            values = schema["enum"]
            return values[0] if minimal else self.rng.choice(values)
        branches = schema.get("oneOf") or schema.get("anyOf")
        if branches:
            branch = self.pick_branch(branches, minimal)
            rest = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
            if rest.get("properties") or rest.get("required"):
                branch = _merge(rest, self.s.deref(branch))
            return self.value(branch, depth, path)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = kind[0] if minimal else self.rng.choice(kind)
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema or "required" in schema:
                kind = "object"
            elif "items" in schema:
                kind = "array"
            else:
                return self.anything(depth)
        if kind == "object":
            return self.obj(schema, depth, path, minimal)
        if kind == "array":
            return self.array(schema, depth, path, minimal)
        if kind == "string":
            return self.string(schema, minimal)
        if kind == "integer":
            return self.integer(schema, minimal)
        if kind == "number":
            return self.number(schema, minimal)
        if kind == "boolean":
            return False if minimal else self.rng.random() < 0.5
        if kind == "null":
            return None
        raise SampleError(f"unknown type {kind!r} at " + "/".join(path))

    def pick_branch(self, branches: list[Any], minimal: bool) -> Any:
        if minimal:
            costs = [self.s.cost(b) for b in branches]
            best = min(costs)
            return branches[costs.index(best)]
        finite = [b for b in branches if self.s.cost(b) < _INF] or branches
        return self.rng.choice(finite)

    def anything(self, depth: int) -> Any:
        if self.mode == "minimal":
            return "x"
        return self.rng.choice(["x", 1, 2.5, True, {"extra_k": "v"}, ["x", 1]])

    def obj(self, schema: dict[str, Any], depth: int, path: list[str], minimal: bool) -> Any:
        props: dict[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        out: dict[str, Any] = {}
        limit = schema.get("maxProperties")
        for name, sub in props.items():
            if name in required:
                include = True
            elif minimal:
                include = False
            elif self.mode == "maximal":
                include = self.s.cost(sub) < _INF or depth < self.s.max_depth - 1
            else:
                include = self.rng.random() < 0.5
            if include and limit is not None and len(out) >= limit and name not in required:
                include = False
            if include:
                out[name] = self.value(sub, depth + 1, [*path, name])
        for name in required - out.keys():  # required but not declared in `properties`
            out[name] = self.anything(depth + 1)
        extra = schema.get("additionalProperties")
        if extra is not False and not minimal:
            if extra is None or extra is True:
                extra = True if not props else None
            if extra is not None:
                count = self.rng.randint(0, 2) if self.mode == "random" else 1
                if limit is not None:
                    count = min(count, max(0, limit - len(out)))
                for i in range(count):
                    value = (
                        self.anything(depth + 1)
                        if extra is True
                        else self.value(extra, depth + 1, [*path, f"extra_{i}"])
                    )
                    out[f"extra_{i}"] = value
        return out

    def array(self, schema: dict[str, Any], depth: int, path: list[str], minimal: bool) -> Any:
        lo = int(schema.get("minItems", 0))
        hi = schema.get("maxItems")
        if minimal:
            n = lo
        else:
            n = lo + (self.rng.randint(0, 2) if self.mode == "random" else max(1 - lo, 0) + 1)
        if hi is not None:
            n = min(n, int(hi))
        items = schema.get("items", True)
        return [self.value(items, depth + 1, [*path, str(i)]) for i in range(n)]

    def string(self, schema: dict[str, Any], minimal: bool) -> str:
        fmt = schema.get("format")
        if fmt == "uri":
            text = "https://example.com/a"
        elif fmt == "binary":
            text = "binary-data"
        elif "pattern" in schema:
            text = "abc_123"
            if not re.search(schema["pattern"], text):
                text = "abc"
        else:
            text = "x" if minimal else self.rng.choice(_STRINGS)
        lo = int(schema.get("minLength", 0))
        hi = schema.get("maxLength")
        if len(text) < lo:
            text = text + "y" * (lo - len(text))
        if hi is not None and len(text) > int(hi):
            text = text[: int(hi)]
        return text

    def _bounds(self, schema: dict[str, Any]) -> tuple[float, float, bool]:
        lo = schema.get("minimum", -_INF)
        hi = schema.get("maximum", _INF)
        exclusive = schema.get("exclusiveMinimum")
        strict = False
        if exclusive is True:  # OpenAPI 3.0 form: `minimum` is exclusive
            strict = True
        elif isinstance(exclusive, int | float) and not isinstance(exclusive, bool):
            lo, strict = max(lo, exclusive), True
        return lo, hi, strict

    def integer(self, schema: dict[str, Any], minimal: bool) -> int:
        lo, hi, strict = self._bounds(schema)
        if schema.get("format") == "unixtime":
            candidates = [1_700_000_000, 1_733_000_000, 0]
        else:
            candidates = [1, 0, 7, 42, 1000, -3]
        if not minimal:
            self.rng.shuffle(candidates)
        for c in candidates:
            if (c > lo if strict else c >= lo) and c <= hi:
                return c
        start = math.floor(lo) + 1 if strict else math.ceil(lo)
        if start > hi:
            raise SampleError(f"empty integer range {schema}")
        return int(start)

    def number(self, schema: dict[str, Any], minimal: bool) -> float | int:
        lo, hi, strict = self._bounds(schema)
        candidates: list[float | int] = [0.5, *_NUMBERS, 2, 0]
        if not minimal:
            self.rng.shuffle(candidates)
        for c in candidates:
            if (c > lo if strict else c >= lo) and c <= hi:
                return c
        return (lo + hi) / 2 if math.isfinite(lo) and math.isfinite(hi) else lo + 1


# --- the OpenAI spec, shared by the round-trip and Prism tests ---------------------------------

_SPEC_CACHE: dict[str, Any] = {}


def load_spec(path: Any) -> dict[str, Any]:
    """The spec as JSON-compatible data (YAML timestamps in examples become strings); cached."""
    import json
    from pathlib import Path

    import yaml

    key = str(Path(path).resolve())
    if key not in _SPEC_CACHE:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        with open(key, "rb") as f:
            doc = yaml.load(f, Loader=loader)
        _SPEC_CACHE[key] = json.loads(json.dumps(doc, default=str))
    return _SPEC_CACHE[key]


def rewrite_recursive_refs(name: str, schema: Any) -> Any:
    """`{"$recursiveRef": "#"}` (2019-09, unknown to 2020-12) → a `$ref` to component `name`.

    The spec uses it once, in `CompoundFilter` (with `$recursiveAnchor: true` at its root).
    """
    if isinstance(schema, dict):
        if schema.get("$recursiveRef") == "#":
            rest = {k: v for k, v in schema.items() if k != "$recursiveRef"}
            return {**rest, "$ref": REF_PREFIX + name}
        return {k: rewrite_recursive_refs(name, v) for k, v in schema.items()}
    if isinstance(schema, list):
        return [rewrite_recursive_refs(name, v) for v in schema]
    return schema


def validation_schemas(schemas: Mapping[str, Any]) -> dict[str, Any]:
    """A copy for a JSON Schema 2020-12 validator: 3.0's boolean `exclusiveMinimum` rewritten,
    `$recursiveRef` made a `$ref`."""

    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            out = {k: fix(v) for k, v in node.items()}
            if isinstance(out.get("exclusiveMinimum"), bool):
                flag = out.pop("exclusiveMinimum")
                if flag and "minimum" in out:
                    out["exclusiveMinimum"] = out.pop("minimum")
            return out
        if isinstance(node, list):
            return [fix(v) for v in node]
        return node

    return {name: fix(rewrite_recursive_refs(name, s)) for name, s in schemas.items()}
