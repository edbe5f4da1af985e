"""The Python examples of the generated API pages (docs/*Api.md) run as written, each block on
its own: every block of the gateway's pages and a deterministic sample of the OpenAI ones against
Prism (or, for streams and downloads, the scripted server), exactly as the README blocks run
(tests/clients/test_readme_examples.py); every other OpenAI block is compiled and its call bound
to the real method signature with its arguments validated by the client (tests/docs cover the
model pages, which run offline)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.clients.test_readme_examples import CHUNK, PACKAGES, run
from tests.servers import Reply, ScriptedServer, sse

ROOT = Path(__file__).resolve().parents[2]
OPENAI_SAMPLE = 12  # every n-th OpenAI API-page block runs against Prism


def api_blocks(package: str) -> list[tuple[str, str]]:
    out = []
    for page in sorted((ROOT / "generated" / package / "docs").glob("*.md")):
        for code in re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.S):
            out.append((page.name, code))
    return out


def cases() -> list[object]:
    out: list[object] = []
    for package in PACKAGES:
        blocks = api_blocks(package)
        for i, (page, code) in enumerate(blocks):
            if package == "openai_client" and i % OPENAI_SAMPLE:
                continue
            call = next((ln.strip() for ln in code.splitlines() if "client." in ln), "client")
            out.append(pytest.param(package, code, id=f"{package}-{page}-{i}-{call[:50]}"))
    return out


def test_api_pages_have_blocks() -> None:
    for package in PACKAGES:
        blocks = api_blocks(package)
        pages = list((ROOT / "generated" / package / "docs").glob("*Api.md"))
        assert len(blocks) >= 2 * len(pages)


@pytest.mark.parametrize(("package", "code"), cases())
def test_api_page_example_runs(package: str, code: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    fixture, key_env = PACKAGES[package]
    if "_stream(" in code or "_to_file(" in code:
        with ScriptedServer() as server:
            if "_stream(" in code:
                server.default(None, Reply(200, {"Content-Type": "text/event-stream"},
                                           chunks=[sse(json.dumps(CHUNK)) + sse("[DONE]")]))
            else:
                server.default(None, Reply(200, {"Content-Type": "audio/mpeg"}, body=b"ID3-audio-bytes"))
            done = run(code, package, server.base_url, key_env, tmp_path)
        assert done.returncode == 0, done.stderr
        return
    prism = request.getfixturevalue(fixture)
    done = run(code, package, prism.base_url, key_env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), "the example printed nothing"
    # Prism accepted the request (a 4xx would mean the example is invalid); a mock response that
    # does not match the spec's own schema is Prism's problem, not the example's
    error = next((ln for ln in done.stdout.splitlines() if "Error when calling" in ln), None)
    assert error is None or "does not match the declared type" in error, done.stdout


_BIND = r"""
import ast, inspect, json, sys
from openai_client import Client
client = Client(api_key="sk-test", admin_api_key="admin-test", base_url="http://127.0.0.1:9")
failed = []
for code in json.loads(sys.stdin.read()):
    tree = ast.parse(code)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        target = node.func.value
        if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                and target.value.id == "client"):
            continue
        method = getattr(getattr(client, target.attr), node.func.attr)
        try:
            args = [ast.literal_eval(a) for a in node.args]
            kwargs = {k.arg: ast.literal_eval(k.value) for k in node.keywords}
            bound = inspect.signature(method).bind(*args, **kwargs)
            hints = inspect.get_annotations(method, eval_str=True)
            for name, value in bound.arguments.items():
                model = next((t for t in getattr(hints.get(name), "__args__", ()) if hasattr(t, "model_validate")), None)
                if model is not None and isinstance(value, dict):
                    model.model_validate(value)
        except Exception as exc:
            failed.append(f"{ast.unparse(node)[:120]}: {type(exc).__name__}: {str(exc)[:200]}")
print(json.dumps(failed))
"""


def test_every_openai_api_page_block_compiles_and_binds() -> None:
    """The blocks not run against Prism: compiled, and each client call bound to the method's
    signature, its model arguments validated by the generated models."""
    blocks = [code for _, code in api_blocks("openai_client")]
    for code in blocks:
        compile(code, "<docs>", "exec")
    done = subprocess.run([sys.executable, "-c", _BIND], input=json.dumps(blocks), capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT / "generated" / "openai_client")}, timeout=600)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
    assert len(blocks) > 500
