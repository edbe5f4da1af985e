"""A target's overlay is merged by the loader, before `$ref` resolution and validation (defect 5 of
issue 10): what the overlay adds is resolved and validated like the spec's own content, and every
diagnostic about it points into the overlay file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator.config import adhoc_target
from generator.diagnostics import SpecError
from generator.loader import load_spec
from generator.loader.overlay import merge_patch
from generator.pipeline import build, generate

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "specs" / "overlay"
SPEC = FIXTURES / "spec.yaml"


def errors_of(spec: Path, overlay: Path | None) -> list[tuple[str, str | None, int | None, str | None]]:
    with pytest.raises(SpecError) as info:
        load_spec(spec, overlay=overlay)
    return [(d.code, d.file, d.line, d.pointer) for d in info.value.diagnostics]


def test_the_spec_alone_has_a_dangling_ref() -> None:
    # the fixture really needs its overlay: without it, Base does not exist
    assert errors_of(SPEC, None) == [("dangling-ref", str(SPEC), 23, "/components/schemas/Pet/allOf/0/$ref")]


def test_overlay_schema_referenced_through_allof_generates(tmp_path: Path) -> None:
    target = dataclasses.replace(adhoc_target(SPEC, "pets", tmp_path / "out"),
                                 overlay=FIXTURES / "overlay_adds_base.yaml")
    result = generate(target)
    pet = next(d for d in result.api.definitions if d.name == "Pet")
    assert "Base" in pet.names()  # Pet extends the overlay's Base
    assert (tmp_path / "out" / "pets" / "models" / "base.py").is_file()
    assert "id: int" in (tmp_path / "out" / "pets" / "models" / "base.py").read_text(encoding="utf-8")


def test_dangling_ref_in_the_overlay_names_the_overlay_file_and_line() -> None:
    overlay = FIXTURES / "overlay_dangling.yaml"
    assert errors_of(SPEC, overlay) == [
        ("dangling-ref", str(overlay), 8, "/components/schemas/Base/properties/owner/$ref")]


def test_yaml_syntax_error_in_the_overlay_names_the_overlay_file_and_line() -> None:
    overlay = FIXTURES / "overlay_syntax.yaml"
    [(code, file, line, _)] = errors_of(SPEC, overlay)
    assert (code, file) == ("syntax-error", str(overlay))
    assert line == 6  # libyaml notices the unclosed mapping of line 5 at the end of the input


def test_missing_or_non_mapping_overlay_is_a_clean_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    assert errors_of(SPEC, missing) == [("file-not-found", str(missing), None, None)]
    listed = tmp_path / "list.yaml"
    listed.write_text("- a\n- b\n", encoding="utf-8")
    assert errors_of(SPEC, listed) == [("not-a-mapping", str(listed), 1, "")]


def test_validation_sees_overlay_content_and_locates_it_in_the_overlay(tmp_path: Path) -> None:
    overlay = tmp_path / "dup.yaml"
    overlay.write_text("components:\n  schemas:\n    Base:\n      type: object\n"
                       "      required: [id, id]\n      properties:\n        id: {type: integer}\n",
                       encoding="utf-8")
    spec = load_spec(SPEC, overlay=overlay)
    [warning] = spec.diagnostics
    assert (warning.code, warning.file, warning.line) == ("duplicate-required", str(overlay), 5)
    # the spec's own content, and a mapping both files have, are still the spec's
    assert spec.diagnostic(warning.severity, "x", "m", "/components/schemas/Pet").file == str(SPEC)
    assert spec.diagnostic(warning.severity, "x", "m", "/components/schemas").file == str(SPEC)
    assert spec.diagnostic(warning.severity, "x", "m", "/components/schemas/Base/type").line == 4
    with pytest.raises(SpecError) as info:
        load_spec(SPEC, overlay=overlay, strict=True)
    found = {(d.code, d.file, d.line) for d in info.value.diagnostics}
    assert ("duplicate-required", str(overlay), 5) in found
    assert {file for _, file, _ in found} == {str(overlay)}


def test_overlay_digest_and_files() -> None:
    overlay = FIXTURES / "overlay_adds_base.yaml"
    spec = load_spec(SPEC, overlay=overlay)
    files = spec.files()
    assert list(files) == [SPEC, overlay]  # the spec's own digest, then the overlay's
    assert files[SPEC] != spec.sha256  # the document's digest covers the overlay too


def test_gateway_overlay_is_applied_by_the_loader() -> None:
    from generator.config import load_targets

    target = load_targets(REPO / "pyproject.toml")["gateway"]
    spec, api, _ = build(target)
    assert "ChatCompletionChunk" in spec.document["components"]["schemas"]
    [op] = [o for o in api.operations if o.id == "createChatCompletion"]
    assert op.stream is not None and op.stream.event_type.py() == "ChatCompletionChunk"


def test_merge_patch_rfc7386_examples() -> None:
    assert merge_patch({"a": "b"}, {"a": "c"}) == {"a": "c"}
    assert merge_patch({"a": "b"}, {"b": "c"}) == {"a": "b", "b": "c"}
    assert merge_patch({"a": "b"}, {"a": None}) == {}
    assert merge_patch({"a": [{"b": "c"}]}, {"a": [1]}) == {"a": [1]}
    assert merge_patch({"e": None}, {"a": 1}) == {"e": None, "a": 1}
    assert merge_patch([1, 2], {"a": "b", "c": None}) == {"a": "b"}
    assert merge_patch({"a": {"b": "c"}}, {"a": {"b": "d", "c": None}}) == {"a": {"b": "d"}}
