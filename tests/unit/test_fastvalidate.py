"""generator.loader.fastvalidate: the same findings as the openapi-spec-validator reference.

Each case compares the fast findings with the reference's: as sets of (kind, uri, parts), and
every reference message must be there too (they come out identical, in the same order).
Timings of both are printed (run with ``-s`` to see them), never asserted.
"""

from __future__ import annotations

import importlib
import time
from pathlib import Path
from typing import Any

import pytest

from generator.loader.read import Source, read_source
from generator.loader.refs import load_documents
from generator.loader.repair import scan

fast = importlib.import_module("generator.loader.fastvalidate")
ref = importlib.import_module("generator.loader.validate")

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "specs"
GATEWAY = REPO / "specs" / "ai-stats-gateway.openapi.yaml"
OPENAI = REPO / "specs" / "openai.openapi.yml"


def _sources(path: Path, *, repaired: bool) -> tuple[dict[str, Source], str]:
    root = read_source(path.resolve())
    loaded = load_documents(root)
    version = str(root.data["openapi"])
    if repaired:
        scan(loaded.sources, version, apply=True)
    return loaded.sources, version


def compare(path: Path, *, repaired: bool = False, label: str = "") -> list[Any]:
    sources, version = _sources(path, repaired=repaired)
    start = time.perf_counter()
    got = fast.validate_fast(sources, version)
    t_fast = time.perf_counter() - start
    start = time.perf_counter()
    want = ref.validate_reference(sources, version)
    t_ref = time.perf_counter() - start
    print(f"\n[validation] {label or path.name}: reference {t_ref:.3f} s, fast {t_fast:.3f} s, "
          f"{len(want)} findings")
    assert {(f.kind, f.uri, f.parts) for f in got} == {(f.kind, f.uri, f.parts) for f in want}
    assert {(f.kind, f.uri, f.parts, f.message) for f in got} >= {
        (f.kind, f.uri, f.parts, f.message) for f in want}
    assert got == want  # same anchors and order too (repairs join messages in this order)
    return got


def write(tmp_path: Path, text: str, name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


# --------------------------------------------------------------------------- real specs


@pytest.mark.skipif(not GATEWAY.is_file(), reason="gateway spec not found")
def test_gateway() -> None:
    assert compare(GATEWAY, label="gateway") == []


@pytest.mark.slow
@pytest.mark.skipif(not OPENAI.is_file(), reason="OpenAI spec not found")
@pytest.mark.parametrize("repaired", [True, False], ids=["lenient", "strict"])
def test_openai(repaired: bool) -> None:
    found = compare(OPENAI, repaired=repaired, label=f"openai {'lenient' if repaired else 'strict'}")
    kinds = {f.kind for f in found}
    if repaired:
        assert kinds == {"invalid-default"} and len(found) == 16
    else:
        assert kinds == {"invalid-default", "duplicate-required", "exclusive-bound", "invalid-schema"}


# unsupported/schema-too-deep.yaml nests 205 schemas: the reference validator (jsonschema) overflows
# its recursion there ("validator-crash"), so there is no reference to compare with
FIXTURE_SPECS = sorted(p for p in FIXTURES.rglob("*") if (p.suffix in (".yaml", ".json")
                       and p.parent.name != "bad" and "multi" not in p.parts[:-1]
                       and p.name != "schema-too-deep.yaml") or p.name == "root.yaml")


@pytest.mark.parametrize("path", FIXTURE_SPECS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_specs(path: Path) -> None:
    try:
        sources, _ = _sources(path, repaired=False)
    except Exception:
        pytest.skip("refused by the loader before validation")
    if not isinstance(sources[""].data, dict) or "openapi" not in sources[""].data:
        pytest.skip("not an OpenAPI 3 document")
    compare(path)
    compare(path, repaired=True)


# --------------------------------------------------------------------------- targeted specs

HEAD30 = "openapi: 3.0.3\ninfo: {title: x, version: '1'}\n"
HEAD31 = "openapi: 3.1.0\ninfo: {title: x, version: '1'}\n"
OK = "      responses:\n        '200': {description: ok}\n"

TARGETED = {
    "duplicate-tag": HEAD30 + "tags: [{name: a}, {name: b}, {name: a}]\npaths: {}\n",
    "duplicate-parameter": HEAD30 + (
        "paths:\n  /a:\n    get:\n      parameters:\n"
        "        - {name: q, in: query, schema: {type: string}}\n"
        "        - {$ref: '#/components/parameters/Q'}\n" + OK
        + "components:\n  parameters:\n    Q: {name: q, in: query, schema: {type: integer}}\n"),
    "duplicate-operation-id": HEAD31 + (
        "paths:\n  /a:\n    get:\n      operationId: same\n" + OK
        + "  /b:\n    post:\n      operationId: same\n" + OK),
    "path-parameters": HEAD30 + (
        "paths:\n  /a/{id}/{other}:\n    parameters:\n"
        "      - {name: id, in: path, required: true, schema: {type: string}}\n"
        "    get:\n      parameters:\n        - {name: extra, in: path, required: true, schema: {type: string}}\n"
        + OK),
    "required-undefined": HEAD31 + (
        "paths: {}\ncomponents:\n  schemas:\n    Base: {type: object, properties: {a: {type: string}}}\n"
        "    Both:\n      allOf: [{$ref: '#/components/schemas/Base'}]\n      required: [a, nope]\n"
        "    Fine:\n      allOf: [{$ref: '#/components/schemas/Base'}, {properties: {b: {}}}]\n"
        "      required: [a, b]\n"),
    "invalid-default-31": HEAD31 + (
        "paths:\n  /a:\n    get:\n      parameters:\n"
        "        - {name: n, in: query, schema: {type: integer, default: x}}\n" + OK
        + "components:\n  schemas:\n"
        "    S: {type: object, properties: {p: {type: string, format: date, default: 'not a date'}}}\n"
        "    T: {type: array, items: {type: string}, default: [1, b]}\n"
        "    U: {$ref: '#/components/schemas/T', default: [c]}\n"
        "    V: {type: object, required: [k], properties: {k: {type: string}}, default: {}}\n"
        "    W: {type: string, enum: [a, b], default: c}\n"
        "    X: {type: integer, format: int32, default: 4294967296}\n"
        "    Y: {type: string, format: email, default: ok@example.com}\n"
        "    Z: {type: [string, 'null'], default: null}\n"),
    "invalid-default-30": HEAD30 + (
        "paths: {}\ncomponents:\n  schemas:\n"
        "    A: {type: string, nullable: true, default: null}\n"
        "    B: {type: string, default: null}\n"
        "    C: {type: object, properties: {r: {type: string, readOnly: true}}, required: [r], default: {}}\n"
        "    D:\n      oneOf: [{$ref: '#/components/schemas/E'}, {$ref: '#/components/schemas/F'}]\n"
        "      discriminator: {propertyName: kind}\n      default: {kind: G}\n"
        "    E: {type: object, properties: {kind: {type: string}}}\n"
        "    F: {type: object, properties: {kind: {type: string}}}\n"
        "    H: {type: integer, minimum: 1, exclusiveMinimum: true, default: 1}\n"
        "    I: {type: string, format: byte, default: '***'}\n"),
    "invalid-schema-30": HEAD30 + (
        "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n"
        "          content:\n            application/json:\n              schema: {$ref: 'ext.yaml#/Thing'}\n"),
    "invalid-schema-31": HEAD31 + (
        "paths: {}\ncomponents:\n  schemas:\n"
        "    A: {type: object, properties: {p: {type: string, minLength: -1}}}\n"
        "    B: {type: object, required: [a, a]}\n"
        "    C: {type: number, exclusiveMinimum: true}\n"
        "    D: {$recursiveAnchor: true, type: object}\n"
        "    E: {type: string, pattern: '(unclosed'}\n"
        "    F: {$schema: 'http://json-schema.org/draft-07/schema#', type: string, minLength: -2}\n"
        "    G: {$schema: 'https://example.com/unknown', type: string}\n"
        "    H: {type: object, properties: {b: true, c: false}}\n"),
    "dialect-31": HEAD31 + (
        "jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema'\n"
        "paths: {}\ncomponents:\n  schemas:\n    A: {type: string, minLength: -1, default: 3}\n"),
    "structural-30": HEAD30 + (
        "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n"
        "          content:\n            application/json:\n              schema: {type: string, minLength: -1}\n"
        "components:\n  schemas:\n    A: {type: object, additionalProperties: 7}\n"),
    "structural-31": HEAD31 + (
        "paths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\n      bogus: 1\n"
        "info2: {}\n"),
    "malformed-walk": HEAD31 + (
        "paths:\n  /a:\n    get:\n      parameters: [{in: query}]\n" + OK),
    "yaml-date": HEAD31 + (
        "paths: {}\ncomponents:\n  schemas:\n    A: {type: string, default: 2024-01-01, example: 2024-01-02}\n"),
    "yaml-date-structural": (
        "openapi: 3.1.0\ninfo: {title: x, version: 2024-01-01}\npaths: {}\n"),
}


@pytest.mark.parametrize("name", sorted(TARGETED))
def test_targeted(tmp_path: Path, name: str) -> None:
    (tmp_path / "ext.yaml").write_text(
        "Thing:\n  type: object\n  properties:\n    n:\n      type: string\n      minLength: -1\n"
        "      default: 5\n")
    path = write(tmp_path, TARGETED[name])
    found = compare(path, label=name)
    assert found or name in ("dialect-31",), "each targeted spec has something to find"


def test_targeted_kinds_are_covered(tmp_path: Path) -> None:
    kinds: set[str] = set()
    for name, text in TARGETED.items():
        (tmp_path / "ext.yaml").write_text("Thing: {type: string, minLength: -1}\n")
        sources, version = _sources(write(tmp_path, text, f"{name}.yaml"), repaired=False)
        kinds |= {f.kind for f in fast.validate_fast(sources, version)}
    assert kinds >= {"duplicate-tag", "duplicate-parameter", "invalid-operation", "required-undefined",
                     "invalid-default", "invalid-schema", "duplicate-required", "exclusive-bound",
                     "openapi-schema", "validator-crash"}


def test_validate_uses_the_fast_path_and_the_reference_on_request(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAGEN_CACHE_DIR", str(tmp_path / "cache"))
    sources, version = _sources(write(tmp_path, TARGETED["invalid-default-31"]), repaired=False)
    calls: list[str] = []
    monkeypatch.setattr(fast, "validate_fast", lambda *a: calls.append("fast") or [])
    assert ref.validate(sources, version, repaired=False) == []
    assert calls == ["fast"]
    assert ref.validate(sources, version, repaired=False) == []  # cached
    assert calls == ["fast"]
    monkeypatch.setenv("OAGEN_VALIDATOR", "reference")
    found = ref.validate(sources, version, repaired=False)
    assert calls == ["fast"] and {f.kind for f in found} == {"invalid-default"}
