"""generator.loader.yamldata: data built from the composed tree equals yaml.load's, or defers to it."""

from __future__ import annotations

import datetime
import math
from pathlib import Path

import pytest
import yaml

from generator.loader import load_spec, yamldata
from generator.loader.read import Loader, read_source

REPO = Path(__file__).resolve().parents[2]


def both(text: str) -> tuple[object, object]:
    return yamldata.build(yaml.compose(text, Loader=Loader)), yaml.load(text, Loader=Loader)


SCALARS = """\
s: plain
q: '007'
n: ~
e:
b: [true, False, yes, off]
i: [0, -12, 0x1F, 0o17, 1_000, 190:20:30, 99999999999999999999]
f: [1.5, 1e3, -.inf, 6.8523015e+5, 1_000.5]
t: [2001-12-14t21:59:43.10-05:00, 2002-12-14, 2001-12-14 21:59:43.10]
x: !!str 12
y: !!int "42"
bin: !!binary aGVsbG8=
1: int key
2.5: float key
yes: bool key
2020-01-02: date key
null: null key
"""


def test_core_scalars_equal_yaml_load_with_the_same_types() -> None:
    got, ref = both(SCALARS)
    assert repr(got) == repr(ref)  # repr: True vs 1 and 1 vs 1.0 must not compare equal here
    assert isinstance(got, dict)
    assert list(got)[-4:-2] == [1, 2.5]  # `yes` (True == 1) overwrote the `1` key, as yaml.load does
    assert got["t"][1] == datetime.date(2002, 12, 14)
    assert got["i"][:2] == [0, -12] and got["i"][-1] == 99999999999999999999
    assert got["b"] == [True, False, True, False] and all(type(b) is bool for b in got["b"])
    assert got["y"] == 42 and got["x"] == "12"
    assert got[1] == "bool key" and got[None] == "null key"


def test_nan_scalar() -> None:
    got, _ = both("v: .nan")
    assert isinstance(got, dict) and math.isnan(got["v"])


def test_anchors_and_aliases_give_shared_objects() -> None:
    text = "a: &x {k: [1, 2]}\nb: *x\nc: &s [*x, *x]\nd: *s\ne: &str text\nf: *str\n"
    got, ref = both(text)
    assert got == ref
    assert isinstance(got, dict)
    assert got["a"] is got["b"] and got["c"] is got["d"] and got["c"][0] is got["a"]


def test_recursive_alias_builds_a_self_containing_mapping() -> None:
    got = yamldata.build(yaml.compose("a: &x\n  self: *x\n", Loader=Loader))
    assert isinstance(got, dict) and got["a"]["self"] is got["a"]


def test_duplicate_keys_keep_first_position_and_last_value() -> None:
    got, ref = both("a: 1\nb: 2\na: 3\n")
    assert list(got.items()) == list(ref.items()) == [("a", 3), ("b", 2)]  # type: ignore[union-attr]


def test_empty_document() -> None:
    assert yamldata.build(yaml.compose("", Loader=Loader)) is None


@pytest.mark.parametrize("text", [
    "base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n",  # merge key
    "a: !!set {x, y}\n",
    "a: !!omap [x: 1, y: 2]\n",
    "a: !custom 1\n",
    "? [1, 2]\n: list key\n",
    "a: !!python/tuple [1, 2]\n",
])
def test_unusual_documents_defer_to_yaml_load(text: str) -> None:
    with pytest.raises(yamldata.Unsupported):
        yamldata.build(yaml.compose(text, Loader=Loader))


def test_read_source_falls_back_to_yaml_load_for_merge_keys(tmp_path: Path) -> None:
    spec = tmp_path / "merge.yaml"
    spec.write_text("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n", encoding="utf-8")
    src = read_source(spec)
    assert src.data == {"base": {"x": 1}, "derived": {"x": 1, "y": 2}}
    assert src.source_map.locate(["derived", "y"]) == (4, 3)  # composed lazily, as before


def test_read_source_keeps_the_tree_for_locating(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text("openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n", encoding="utf-8")
    src = read_source(spec)
    assert src.source_map._yaml_root is not None  # no second compose to locate
    assert src.source_map.locate(["info", "version"]) == (4, 3)


def same(a: object, b: object, seen: set[tuple[int, int]]) -> bool:
    """Equal with equal types throughout (True is not 1), each shared pair compared once
    (an alias bomb's expansion would take forever through == or repr)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict) and isinstance(b, dict):
        if (id(a), id(b)) in seen:
            return True
        seen.add((id(a), id(b)))
        return list(a) == list(b) and all(same(a[k], b[k], seen) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        if (id(a), id(b)) in seen:
            return True
        seen.add((id(a), id(b)))
        return len(a) == len(b) and all(same(x, y, seen) for x, y in zip(a, b, strict=True))
    return a == b or (a != a and b != b)  # NaN


def test_repo_specs_build_equal_to_yaml_load() -> None:
    files = sorted((REPO / "tests" / "fixtures").rglob("*.y*ml"))  # (OpenAI: too slow for the unit tier)
    checked = 0
    for path in files:
        text = path.read_text(encoding="utf-8-sig")
        try:
            ref = yaml.load(text, Loader=Loader)
        except Exception:  # broken fixtures: yaml.load still decides those
            continue
        assert same(yamldata.build(yaml.compose(text, Loader=Loader)), ref, set()), path
        checked += 1
    assert checked > 20


def test_only_json_text_counts_as_json_values(tmp_path: Path) -> None:
    (tmp_path / "s.json").write_text('{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, '
                                     '"paths": {}}', encoding="utf-8")
    (tmp_path / "s.yaml").write_text("openapi: 3.0.3\n", encoding="utf-8")
    (tmp_path / "o.yaml").write_text("info:\n  version: 2020-01-01\n", encoding="utf-8")
    assert read_source(tmp_path / "s.json").json_only()
    assert not read_source(tmp_path / "s.yaml").json_only()
    # a YAML overlay on a JSON root brings a date where a string is required: still reported
    spec = load_spec(tmp_path / "s.json", overlay=tmp_path / "o.yaml")
    assert [(d.code, d.pointer, d.file) for d in spec.diagnostics] == [
        ("openapi-schema", "/info/version", str(tmp_path / "o.yaml"))]
