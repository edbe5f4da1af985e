"""Every Python example in the generated packages' READMEs runs: against Prism (which validates the
requests against the spec), or, for streams and downloads that Prism cannot serve, against the
scripted loopback server."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import Reply, ScriptedServer, sse

ROOT = Path(__file__).resolve().parents[2]
# the targets' base_url_env (pyproject.toml)
BASE_URL_ENVS = {"ai_stats_gateway": "AI_STATS_BASE_URL", "openai_client": "OPENAI_BASE_URL"}
PACKAGES = {
    "ai_stats_gateway": ("prism_gateway", "AI_STATS_API_KEY"),
    "openai_client": ("prism_openai", "OPENAI_API_KEY"),
}
CHUNK = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "m",
    "choices": [{"index": 0, "delta": {"role": "assistant", "content": "hi from the stream"}, "finish_reason": None}],
}


def blocks(package: str) -> list[str]:
    text = (ROOT / "generated" / package / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def cases() -> list[object]:
    out: list[object] = []
    for package in PACKAGES:
        for i, code in enumerate(blocks(package)):
            first = next((line for line in code.splitlines() if "client." in line or "api." in line), "")
            out.append(pytest.param(package, code, id=f"{package}-{i}-{first.strip()[:40]}"))
    return out


def example_env(package: str, base_url: str, key_env: str) -> dict[str, str]:
    """The environment an example runs in: the package importable, its base URL and keys set."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT / "generated" / package),
        BASE_URL_ENVS[package]: base_url,
        key_env: "sk-test",
        "OPENAI_ADMIN_KEY": "admin-test",
    }


def run(code: str, package: str, base_url: str, key_env: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=example_env(package, base_url, key_env),
                          capture_output=True, text=True, timeout=120)


def test_readmes_have_examples() -> None:
    for package in PACKAGES:
        found = blocks(package)
        assert len(found) >= 7, package
        assert any("_stream(" in b for b in found) and any("AsyncClient" in b for b in found)


@pytest.mark.parametrize(("package", "code"), cases())
def test_readme_example_runs(package: str, code: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    fixture, key_env = PACKAGES[package]
    if "_stream(" in code or "_to_file(" in code:
        with ScriptedServer() as server:
            if "_stream(" in code:
                body = sse(json.dumps(CHUNK)) + sse("[DONE]")
                server.default(None, Reply(200, {"Content-Type": "text/event-stream"}, chunks=[body]))
            else:
                server.default(None, Reply(200, {"Content-Type": "audio/mpeg"}, body=b"ID3-audio-bytes"))
            done = run(code, package, server.base_url, key_env, tmp_path)
            seen = list(server.requests)
        assert done.returncode == 0, done.stderr
        assert seen and seen[0].headers.get("authorization") == "Bearer sk-test"
        if "_stream(" in code:
            assert "hi from the stream" in done.stdout
            assert seen[0].headers.get("accept") == "text/event-stream"
        else:
            assert (tmp_path / "output.bin").read_bytes() == b"ID3-audio-bytes"
        return
    prism = request.getfixturevalue(fixture)
    done = run(code, package, prism.base_url, key_env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), "the example printed nothing"
    assert "Error" not in done.stdout.splitlines()[0], done.stdout  # no ApiStatusError printed
