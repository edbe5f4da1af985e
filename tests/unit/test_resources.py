"""Resource guards: hostile sizes are generated or refused cleanly within bounded time and memory.

Each case runs `generate` in a fresh interpreter that reports its outcome, wall time and peak RSS
(resource.getrusage). Bounds are generous guards against blow-ups, not benchmarks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fuzz.fuzz_harness import probe_imports

MAX_SECONDS = 60.0
MAX_RSS_MB = 1536.0

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from generator.config import adhoc_target
from generator.diagnostics import OagenError
from generator.pipeline import generate
spec, out = Path(sys.argv[1]), Path(sys.argv[2])
t0 = time.perf_counter()
try:
    generate(adhoc_target(spec, "res_client", out))
    outcome, message = "generated", ""
except OagenError as exc:
    outcome, message = "refused", str(exc)[:500]
seconds = time.perf_counter() - t0
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("@@" + json.dumps({"outcome": outcome, "message": message, "seconds": seconds, "rss_mb": rss_mb}))
"""


def measure(spec: Path, out: Path) -> dict[str, Any]:
    env = dict(os.environ, OAGEN_CACHE_DIR=str(out.parent / "cache"))
    proc = subprocess.run([sys.executable, "-c", CHILD, str(spec), str(out)], capture_output=True,
                          text=True, timeout=MAX_SECONDS * 3, check=False, env=env,
                          stdin=subprocess.DEVNULL)
    _, sep, payload = proc.stdout.rpartition("@@")
    assert proc.returncode == 0 and sep, f"crashed (exit {proc.returncode}):\n{proc.stderr[-3000:]}"
    result: dict[str, Any] = json.loads(payload)
    print(f"\n{spec.name}: {result['outcome']} in {result['seconds']:.1f} s, "
          f"peak RSS {result['rss_mb']:.0f} MB {result['message'][:160]}")
    assert result["seconds"] < MAX_SECONDS, result
    assert result["rss_mb"] < MAX_RSS_MB, result
    return result


def _doc(schemas: dict[str, Any], ref: str = "Root") -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "resources", "version": "1"},
        "paths": {"/x": {"get": {"operationId": "getX", "responses": {"200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}}}}},
        "components": {"schemas": schemas},
    }


def _nested_json(levels: int) -> str:
    """A schema of ``levels`` nested inline objects, as JSON text (json.dumps would recurse)."""
    return '{"type": "object", "properties": {"child": ' * levels + '{"type": "string"}' + "}}" * levels


def _deep_doc(levels: int) -> str:
    return json.dumps(_doc({"Root": {}})).replace('"Root": {}', '"Root": ' + _nested_json(levels))


def _write(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_500_levels_of_inline_objects(tmp_path: Path) -> None:
    spec = tmp_path / "nested500.json"
    spec.write_text(_deep_doc(500), encoding="utf-8")
    res = measure(spec, tmp_path / "out")
    if res["outcome"] == "refused":
        assert "nest" in res["message"] or "deep" in res["message"], res["message"]


def test_5000_levels_of_nesting_are_refused(tmp_path: Path) -> None:
    spec = tmp_path / "nested5000.json"
    spec.write_text(_deep_doc(5000), encoding="utf-8")
    res = measure(spec, tmp_path / "out")
    assert res["outcome"] == "refused"
    assert "nest" in res["message"] or "deep" in res["message"], res["message"]


def test_5000_levels_of_yaml_flow_nesting_are_refused(tmp_path: Path) -> None:
    spec = tmp_path / "nested.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-deep: "
                    + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert measure(spec, tmp_path / "out")["outcome"] == "refused"


@pytest.mark.slow  # ~8 s on 2 shared cores: not in make test-fast
def test_enum_of_10000_members_generates_and_imports(tmp_path: Path) -> None:
    values = [f"value-{i}" for i in range(10_000)]
    res = measure(_write(tmp_path / "enum.json", _doc({"Root": {"type": "string", "enum": values}})),
                  tmp_path / "out")
    assert res["outcome"] == "generated"
    failures = {k: v for k, v in probe_imports({"res_client": tmp_path / "out"}).items() if v}
    assert not failures, failures
    proc = subprocess.run([sys.executable, "-c", "import res_client.models as m; "
                           "assert repr(m.Root).count(\"'value-\") == 10000"],
                          cwd=tmp_path / "out", capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.slow  # ~17 s on 2 shared cores: not in make test-fast
def test_ref_chain_of_1000_links(tmp_path: Path) -> None:
    schemas: dict[str, Any] = {f"L{i}": {"$ref": f"#/components/schemas/L{i + 1}"} for i in range(1000)}
    schemas["L1000"] = {"type": "object", "properties": {"a": {"type": "string"}}}
    schemas["Root"] = {"$ref": "#/components/schemas/L0"}
    res = measure(_write(tmp_path / "chain.json", _doc(schemas)), tmp_path / "out")
    if res["outcome"] == "generated":
        failures = {k: v for k, v in probe_imports({"res_client": tmp_path / "out"}).items() if v}
        assert not failures, failures


def test_yaml_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    lines = ["openapi: 3.1.0", "info: {title: t, version: '1'}", "paths: {}", 'a0: &a0 ["lol"]']
    for i in range(1, 30):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    lines.append("x-bomb: *a29")
    spec = tmp_path / "bomb.yaml"
    spec.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = measure(spec, tmp_path / "out")
    assert res["outcome"] == "refused"
    assert res["seconds"] < 10, res


@pytest.mark.parametrize("megabytes", [45, 51])
def test_50mb_file(tmp_path: Path, megabytes: int) -> None:
    """Just under the 50 MiB limit (a huge description) and just over it."""
    doc = _doc({"Root": {"type": "object", "properties": {"a": {"type": "string"}}}})
    base = len(json.dumps(doc))
    doc["x-padding"] = "x" * (megabytes * 1024 * 1024 - base)
    res = measure(_write(tmp_path / f"big{megabytes}.json", doc), tmp_path / "out")
    if megabytes > 50:
        assert res["outcome"] == "refused"
