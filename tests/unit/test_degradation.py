"""Explicit degradation: every fallback of the IR reports a code from generator/codes.py.

The negative corpus, tests/fixtures/specs/unsupported/<code>.yaml, holds one small spec per
degradation code; its ``info.x-expect-pointers`` lists where the code must be reported.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import pipeline
from generator.codes import CODES, diagnostic, markdown_table
from generator.config import adhoc_target
from generator.ir import model as m

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "fixtures" / "specs" / "unsupported"
FIXTURES = sorted(CORPUS.glob("*.yaml"))
DEGRADATIONS = sorted(c.code for c in CODES.values() if c.degradation)


def _expected_pointers(spec: Path) -> list[str]:
    info = yaml.safe_load(spec.read_text(encoding="utf-8"))["info"]
    return list(info["x-expect-pointers"])


@pytest.mark.parametrize("spec", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_each_unsupported_construct_reports_its_code_and_still_compiles(spec: Path, tmp_path: Path) -> None:
    target = adhoc_target(spec, "pkg", tmp_path / "out")
    _loaded, api, diagnostics = pipeline.build(target)
    reported = [d for d in diagnostics if d.code in CODES]
    assert [(d.code, d.pointer) for d in reported] == [(spec.stem, p) for p in _expected_pointers(spec)]
    for d in reported:
        assert d.file == str(spec) and d.line is not None, d.format()  # located by the pipeline
        assert d.severity is CODES[d.code].severity
        assert CODES[d.code].remedy in d.message  # says what the user can do
    files = pipeline.render(api, target)
    sources = {path: data.decode("utf-8") for path, data in files.items() if path.endswith(".py")}
    assert sources
    for path, text in sources.items():
        compile(text, path, "exec")


def test_the_corpus_covers_every_degradation_code() -> None:
    assert [p.stem for p in FIXTURES] == DEGRADATIONS


_EMITTERS = {"warn": 1, "_degrade": 1, "diagnostic": 0}  # function → position of the code argument


def _ir_codes() -> set[str]:
    """Every code generator/ir passes to ``warn``/``_degrade``/``diagnostic``: string constants, or
    a variable ``code`` whose values are the string constants a ``degradation`` function returns."""
    found: set[str] = set()
    for path in sorted((REPO / "generator" / "ir").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "Diagnostic(" not in text, f"{path}: build diagnostics with generator.codes.diagnostic"
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef) and node.name == "degradation":
                found |= {r.value.value for r in ast.walk(node) if isinstance(r, ast.Return)
                          and isinstance(r.value, ast.Constant) and isinstance(r.value.value, str)}
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in _EMITTERS or len(node.args) <= _EMITTERS[name]:
                continue
            arg = node.args[_EMITTERS[name]]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
            else:
                assert isinstance(arg, ast.Name) and arg.id == "code", f"{path}:{node.lineno}: a code must be literal"
    return found


def test_every_code_the_ir_emits_is_in_the_table() -> None:
    """Static: each code the IR reports is a key of the table, and the IR builds no Diagnostic of
    its own (so severities come from the table); the table has no unused entries."""
    found = _ir_codes()
    assert found <= set(CODES), found - set(CODES)
    assert set(CODES) <= found, set(CODES) - found


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(KeyError):
        diagnostic("not-a-code", "message", "/x")


def test_readme_lists_the_table() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert markdown_table() in readme, "README's Diagnostic codes section: paste `python -m generator.codes`"


# ------------------------------------------------------------------ defect 14: float enums


def _float_spec(tmp_path: Path) -> Path:
    spec = tmp_path / "tracking.yaml"
    spec.write_text("""\
openapi: 3.1.0
info: {title: Tracking, version: "1"}
paths:
  /parcels:
    get:
      operationId: getParcel
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Parcel"}
components:
  schemas:
    Size:
      type: number
      enum: [2.4, 3.65, 5]
      description: Box size in litres; more sizes will come.
    Parcel:
      type: object
      required: [size]
      properties:
        size: {$ref: "#/components/schemas/Size"}
        weight: {type: number, enum: [0.5, 1, 2.5, null], nullable: true}
        rate: {const: 1.5}
        level: {type: integer, enum: [1, 2]}
""", encoding="utf-8")
    return spec


def test_float_enums_are_typed_float_and_document_their_values(tmp_path: Path) -> None:
    target = adhoc_target(_float_spec(tmp_path), "tracking", tmp_path / "out")
    _loaded, api, diagnostics = pipeline.build(target)
    defs = {d.name: d for d in api.definitions}
    size = defs["Size"]
    assert isinstance(size, m.Alias) and size.target == m.Prim("float")
    assert size.description == "Box size in litres; more sizes will come.\n\nAllowed values: 2.4, 3.65, 5."
    parcel = defs["Parcel"]
    assert isinstance(parcel, m.Model)
    f = {x.wire: x for x in parcel.fields}
    assert f["weight"].annotation == "float | None" and "Allowed values: 0.5, 1, 2.5." in f["weight"].description
    assert f["rate"].annotation == "float | None"
    assert f["level"].annotation == "Literal[1, 2] | int | None"  # integer enums keep Literal
    assert sorted(d.pointer for d in diagnostics if d.code == "float-literal") == [
        "/components/schemas/Parcel/properties/rate",
        "/components/schemas/Parcel/properties/weight",
        "/components/schemas/Size",
    ]


def test_float_enum_output_passes_mypy_strict(tmp_path: Path) -> None:
    out = tmp_path / "out"
    pipeline.generate(adhoc_target(_float_spec(tmp_path), "tracking", out))
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", "--config-file",
         str(config), "--cache-dir", str(tmp_path / "cache"), str(out / "tracking")],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False)
    assert res.returncode == 0, res.stdout + res.stderr
    size = (out / "tracking" / "models").rglob("size.py")
    text = next(size).read_text(encoding="utf-8")
    assert "Size = float" in text or "Size: TypeAlias = float" in text, text


def test_openapi_30_tuple_items_report_tuple_items(tmp_path: Path) -> None:
    """The 3.0 form ``items: [...]`` is invalid (the loader warns) but lenient loading lets it
    through: the IR types it list[Any] and says so."""
    spec = tmp_path / "tuple.yaml"
    spec.write_text("""\
openapi: 3.0.3
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    Pair:
      type: array
      items: [{type: string}, {type: integer}]
""", encoding="utf-8")
    _loaded, api, diagnostics = pipeline.build(adhoc_target(spec, "pkg", tmp_path / "out"))
    pair = {d.name: d for d in api.definitions}["Pair"]
    assert isinstance(pair, m.Alias) and pair.target == m.ListOf(m.ANY)
    assert [(d.code, d.pointer) for d in diagnostics if d.code in CODES] == [("tuple-items", "/components/schemas/Pair")]
