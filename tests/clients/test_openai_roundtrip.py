"""Round trip of every OpenAI component schema through the generated models.

For each of the 983 schemas in `components/schemas` of specs/openai.openapi.yml, the seeded
sampler (tests/clients/sampler.py) builds VARIANTS instances (minimal, maximal, random...).
Each instance is first checked against the schema itself with a JSON Schema 2020-12 validator
(so a failure below is the client's fault, not the sampler's), then:

  * parsed into the generated definition: a pydantic model (`model_validate`) or, for unions,
    enums and aliases, a `TypeAdapter`;
  * serialised back (`to_dict()` / `dump_python(mode="json", by_alias=True,
    exclude_unset=True)`) and compared with the input;
  * inspected: no `UnknownVariant` anywhere (every tag we send is a known one), and no declared
    property parked in a model's extras (`model_extra` may only hold the sampler's own
    `extra_*` keys of open objects, and the names that some schemas list in `required` without
    declaring them in `properties`, a spec defect: `call_id`, `request_id`, ...), so a union
    that picked the wrong member or a model that lost a field cannot pass just because extras
    round-trip.

Documented normalisations of the comparison: an integer and a float with the same value are
equal only where the JSON is a number (`1` vs `1.0`; the schema says `number`); booleans are
never equal to numbers. The spec has no `date-time`/`date` strings (times are `unixtime`
integers), so no datetime normalisation is needed.

Every schema is sampled (the sampler raises SampleError for one it cannot build, which fails
its test). `test_coverage_report` prints covered / total; a schema is "covered" when all its
instances round-trip; the rest are the xfails of GENERATOR_BUGS, each with its reason.
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from pydantic import BaseModel, TypeAdapter
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.naming import pascal_case
from tests.clients.sampler import SampleError, Sampler, load_spec, validation_schemas

SPEC = Path(__file__).resolve().parents[2] / "specs" / "openai.openapi.yml"
VARIANTS = 10  # minimal, maximal, 8 random
ATTEMPTS = 6  # retries (random mode) when an instance is invalid, e.g. matches two oneOf members
URI = "urn:oagen:openai"

if not SPEC.is_file():  # pragma: no cover - `make specs` provides it
    pytest.skip(f"spec missing: {SPEC} (run `make specs`)", allow_module_level=True)

SCHEMAS: dict[str, Any] = load_spec(SPEC)["components"]["schemas"]
NAMES = sorted(SCHEMAS)


def undeclared_required(node: Any, in_all_of: bool = False) -> set[str]:
    """Names listed in some `required` but declared in no `properties` of that schema (the
    parts of an `allOf` are skipped: a sibling part may declare them)."""
    found: set[str] = set()
    if isinstance(node, dict):
        required, props = node.get("required"), node.get("properties")
        if not in_all_of and isinstance(required, list) and isinstance(props, dict):
            found.update(r for r in required if r not in props)
        for k, v in node.items():
            if k == "allOf" and isinstance(v, list):
                for part in v:
                    found |= undeclared_required(part, True)
            else:
                found |= undeclared_required(v)
    elif isinstance(node, list):
        for v in node:
            found |= undeclared_required(v)
    return found


UNDECLARED = frozenset(undeclared_required(SCHEMAS))


@cache
def sampler() -> Sampler:
    return Sampler(SCHEMAS, max_depth=4)


@cache
def registry() -> Registry[Any]:
    root = {"components": {"schemas": validation_schemas(SCHEMAS)}}
    return Registry().with_resource(URI, DRAFT202012.create_resource(root))


@cache
def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator({"$ref": f"{URI}#/components/schemas/{name}"}, registry=registry())


def instances(name: str) -> list[Any]:
    """Valid instances of schema `name` (deterministic); SampleError when none could be made."""
    out: list[Any] = []
    errors: list[str] = []
    for variant in range(VARIANTS):
        for attempt in range(ATTEMPTS):
            try:
                value = sampler().sample(name, variant, attempt)
            except SampleError as e:
                errors.append(str(e))
                continue
            error = next(iter(validator(name).iter_errors(value)), None)
            if error is None:
                if value not in out:
                    out.append(value)
                break
            errors.append(f"{error.json_path}: {error.message[:200]}")
    if not out:
        raise SampleError(f"no valid instance of {name}: {errors[:3]}")
    return out


def definition(name: str) -> Any:
    models = importlib.import_module("openai_client.models")
    tp = getattr(models, pascal_case(name))
    members = SCHEMAS[name].get("anyOf") or SCHEMAS[name].get("oneOf") or []
    if isinstance(tp, type) and issubclass(tp, BaseModel) and any(m.get("type") == "null" for m in members):
        return tp | None  # "an object or null": the class is the object, every reference X | None
    return tp


@cache
def adapter(tp: Any) -> TypeAdapter[Any]:
    return TypeAdapter(tp)


def round_trip(tp: Any, value: Any) -> tuple[Any, Any]:
    """(parsed, JSON data again)."""
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        parsed = tp.model_validate(value)
        return parsed, parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
    ta = adapter(tp)
    parsed = ta.validate_python(value)
    return parsed, ta.dump_python(parsed, mode="json", by_alias=True, exclude_unset=True)


def json_diff(a: Any, b: Any, path: str = "$") -> str | None:
    """Where JSON values `a` (sent) and `b` (returned) differ, or None (see the docstring)."""
    if isinstance(a, bool) or isinstance(b, bool):
        same = type(a) is type(b) and a == b
        return None if same else f"{path}: {a!r} != {b!r}"
    if isinstance(a, int | float) and isinstance(b, int | float):
        return None if a == b else f"{path}: {a!r} != {b!r}"
    if type(a) is not type(b):
        return f"{path}: {type(a).__name__} {a!r:.80} became {type(b).__name__} {b!r:.80}"
    if isinstance(a, dict):
        if a.keys() != b.keys():
            lost = sorted(a.keys() - b.keys())
            added = sorted(b.keys() - a.keys())
            return f"{path}: keys lost {lost}, keys added {added}"
        for k in a:
            d = json_diff(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: length {len(a)} != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            d = json_diff(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {a!r:.80} != {b!r:.80}"


def misparsed(obj: Any, path: str = "$") -> str | None:
    """An UnknownVariant, or a declared property in a model's extras, anywhere in `obj`."""
    if isinstance(obj, BaseModel):
        if type(obj).__name__ == "UnknownVariant":
            return f"{path}: parsed as UnknownVariant: {obj.model_extra}"
        extra = {
            k for k in (obj.model_extra or {}) if not k.startswith("extra_") and k not in UNDECLARED
        }
        if extra:
            return f"{path}: {type(obj).__name__} kept declared keys {sorted(extra)} as extras"
        for field in type(obj).model_fields:
            found = misparsed(getattr(obj, field), f"{path}.{field}")
            if found:
                return found
        for k, v in (obj.model_extra or {}).items():
            found = misparsed(v, f"{path}.{k}")
            if found:
                return found
        return None
    if isinstance(obj, list | tuple):
        for i, v in enumerate(obj):
            found = misparsed(v, f"{path}[{i}]")
            if found:
                return found
    if isinstance(obj, dict):
        for k, v in obj.items():
            found = misparsed(v, f"{path}.{k}")
            if found:
                return found
    return None


def check(name: str) -> None:
    tp = definition(name)
    for i, value in enumerate(instances(name)):
        try:
            parsed, back = round_trip(tp, value)
        except Exception as e:
            raise AssertionError(f"{name} instance {i} does not parse: {e}\n{value!r:.2000}") from e
        diff = json_diff(value, back)
        assert diff is None, f"{name} instance {i} round trip changed {diff}\n{value!r:.2000}"
        wrong = misparsed(parsed)
        assert wrong is None, f"{name} instance {i}: {wrong}\n{value!r:.2000}"


# Round-trip failures that are generator bugs (reported to the lead); strict: fixing one makes
# its test XPASS, which fails, so the entry must then be removed.
GENERATOR_BUGS: dict[str, str] = {}


def _param(name: str) -> Any:
    marks = []
    if name in GENERATOR_BUGS:
        marks.append(
            pytest.mark.xfail(strict=True, reason="generator bug: " + GENERATOR_BUGS[name])
        )
    return pytest.param(name, id=name, marks=marks)


@pytest.mark.parametrize("name", [_param(n) for n in NAMES])
def test_round_trip(name: str) -> None:
    check(name)


def test_every_schema_has_a_definition() -> None:
    models = importlib.import_module("openai_client.models")
    missing = [n for n in NAMES if pascal_case(n) not in models._MODULES]
    assert missing == []
    assert len(NAMES) == 983


def test_sampler_is_deterministic() -> None:
    for name in ("CreateResponse", "ResponseStreamEvent", "ChatCompletionRequestMessage"):
        assert Sampler(SCHEMAS).sample(name, 2) == sampler().sample(name, 2)


def test_coverage_report(capsys: pytest.CaptureFixture[str]) -> None:
    """Every schema is sampled (else test_round_trip fails with SampleError); print coverage."""
    assert set(GENERATOR_BUGS) <= set(NAMES)
    covered = len(NAMES) - len(GENERATOR_BUGS)
    with capsys.disabled():
        print(
            f"\nround trip: {covered}/{len(NAMES)} component schemas covered, "
            f"{VARIANTS} instances each; {len(GENERATOR_BUGS)} fail on generator bugs (xfail)"
        )
        for name, reason in sorted(GENERATOR_BUGS.items()):
            print(f"  not covered: {name}: {reason[:100]}")
