"""Every Python example of the generated API pages (docs/*Api.md) runs as written, each block as
its own code in a fresh namespace: against Prism, which validates every request against the spec,
or, for streams and downloads that Prism cannot serve, against the scripted loopback server
(tests/docs cover the model pages, which run offline).

The blocks of one package and server run in one interpreter (tests/clients/block_runner.py) on a
few threads, not in a subprocess each: importing the package once instead of ~700 times is what
makes running every block affordable (the OpenAI pages used to run a sample of one block in 12).
Measured (2 cores shared with other jobs, load ~20): the 630 OpenAI Prism blocks cost 16.5 s of
CPU in the runner and 14 s in Prism (~26 ms per block in the runner), 102 s wall under that load;
the old subprocess per block, for 1 block in 12, took ~196 s wall in the same session.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.clients.test_readme_examples import CHUNK, PACKAGES, example_env
from tests.servers import Reply, ScriptedServer, sse

ROOT = Path(__file__).resolve().parents[2]
RUNNER = Path(__file__).with_name("block_runner.py")
# Requests in flight at once against Prism: enough to overlap the client's and Prism's work.
PRISM_WORKERS = 4


def api_blocks(package: str) -> list[tuple[str, str]]:
    """``(block id, code)`` for every Python block of the package's docs pages."""
    out = []
    for page in sorted((ROOT / "generated" / package / "docs").glob("*.md")):
        codes = re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.S)
        out += [(f"{page.name}#{i}", code) for i, code in enumerate(codes)]
    return out


def _served_by_script(code: str) -> bool:
    return "_stream(" in code or "_to_file(" in code


def run_blocks(package: str, blocks: list[tuple[str, str]], base_url: str, cwd: Path,
               workers: int) -> list[dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, str(RUNNER), str(workers)], input=json.dumps(blocks), cwd=cwd,
        env=example_env(package, base_url, PACKAGES[package][1]),
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results: list[dict[str, Any]] = json.loads(done.stdout)
    assert [r["id"] for r in results] == [b[0] for b in blocks]
    return results


def failures(results: list[dict[str, Any]], *, prints: bool = True) -> list[str]:
    """The blocks that raised, printed nothing (when they should: ``prints``), or printed an API
    error: Prism answers an invalid request with 4xx.  A mock response that does not match the spec's own schema is Prism's
    problem, not the example's."""
    out = []
    for r in results:
        printed = r["stdout"].splitlines()
        error = next((ln for ln in printed if "Error when calling" in ln), None)
        if r["error"]:
            out.append(f"{r['id']}: {r['error'].strip().splitlines()[-1]}")
        elif prints and not r["stdout"].strip():
            out.append(f"{r['id']}: printed nothing")
        elif error is not None and "does not match the declared type" not in error:
            out.append(f"{r['id']}: {error}")
    return out


def test_api_pages_have_blocks() -> None:
    for package in PACKAGES:
        blocks = api_blocks(package)
        pages = list((ROOT / "generated" / package / "docs").glob("*Api.md"))
        assert len(blocks) >= 2 * len(pages)


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_every_api_page_block_runs_against_prism(package: str, request: pytest.FixtureRequest,
                                                 tmp_path: Path) -> None:
    blocks = [b for b in api_blocks(package) if not _served_by_script(b[1])]
    prism = request.getfixturevalue(PACKAGES[package][0])
    results = run_blocks(package, blocks, prism.base_url, tmp_path, PRISM_WORKERS)
    failed = failures(results)
    print(f"{package}: {len(results)} blocks against Prism, {len(failed)} failed")
    assert not failed, f"{len(failed)} of {len(results)} blocks failed:\n" + "\n".join(failed)


@pytest.mark.parametrize("package", sorted(PACKAGES))
@pytest.mark.parametrize("kind", ["_stream(", "_to_file("])
def test_every_stream_and_download_block_runs(package: str, kind: str, tmp_path: Path) -> None:
    blocks = [b for b in api_blocks(package) if kind in b[1]]
    assert blocks, (package, kind)
    with ScriptedServer() as server:
        if kind == "_stream(":
            server.default(None, Reply(200, {"Content-Type": "text/event-stream"},
                                       chunks=[sse(json.dumps(CHUNK)) + sse("[DONE]")]))
        else:
            server.default(None, Reply(200, {"Content-Type": "audio/mpeg"}, body=b"ID3-audio-bytes"))
        # one at a time: the downloads all write output.bin in the working directory
        results = run_blocks(package, blocks, server.base_url, tmp_path, 1)
        seen = len(server.requests)
    # a download writes the file and prints nothing
    failed = failures(results, prints=kind == "_stream(")
    assert not failed, f"{len(failed)} of {len(results)} blocks failed:\n" + "\n".join(failed)
    assert seen >= len(blocks)  # every block reached the server
    if kind == "_to_file(":
        assert (tmp_path / "output.bin").read_bytes() == b"ID3-audio-bytes"


def test_the_runner_gives_each_block_its_own_namespace_and_output(tmp_path: Path) -> None:
    blocks = [
        ("defines", "import time\nshared = 1\ntime.sleep(0.05)\nprint('one')"),
        ("uses", "time.sleep(0.05)\nprint('two', shared)"),  # another block's names are not here
        *[(f"p{i}", f"import time\ntime.sleep(0.01)\nprint('{i}' * 3)") for i in range(8)],
        ("exits", "raise SystemExit(3)"),
        ("main", "print(__name__)"),
    ]
    done = subprocess.run([sys.executable, str(RUNNER), "4"], input=json.dumps(blocks), cwd=tmp_path,
                          capture_output=True, text=True, timeout=60, check=True)
    results = {r["id"]: r for r in json.loads(done.stdout)}
    assert list(results) == [b[0] for b in blocks]
    assert (results["defines"]["stdout"], results["defines"]["error"]) == ("one\n", None)
    assert "NameError: name 'time' is not defined" in results["uses"]["error"]
    assert results["uses"]["stdout"] == ""
    assert all(results[f"p{i}"]["stdout"] == f"{i}" * 3 + "\n" for i in range(8))
    assert "SystemExit: 3" in results["exits"]["error"]
    assert results["main"]["stdout"] == "__main__\n"
    assert failures(list(results.values())) == [
        "uses: NameError: name 'time' is not defined", "exits: SystemExit: 3"]
