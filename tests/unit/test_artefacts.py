"""Build and tool artefacts inside an output directory are never drift, and a regeneration keeps
them (defect 8 of issue 10: after `pip install -e` of the vendored output, `oagen check` reported
the *.egg-info files as drift)."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import Target, load_targets
from generator.pipeline import check, generate

REPO = Path(__file__).resolve().parents[2]
ARTEFACTS = {
    "ai_stats_gateway.egg-info/PKG-INFO": b"Metadata-Version: 2.1\n",
    "build/lib/ai_stats_gateway/__init__.py": b"",
    "dist/ai_stats_gateway-1.0.0.tar.gz": b"\x1f\x8b",
    "ai_stats_gateway/__pycache__/client.cpython-311.pyc": b"\x00",
    "ai_stats_gateway/api/__pycache__/chat_api.cpython-311.pyc": b"\x00",
    ".mypy_cache/3.11/x.json": b"{}",
    ".pytest_cache/v/cache/lastfailed": b"{}",
    ".ruff_cache/0.1/x": b"",
}


@pytest.fixture
def gateway_copy(tmp_path: Path) -> Target:
    """The gateway target, writing to a copy of its checked-in output."""
    target = load_targets(REPO / "pyproject.toml")["gateway"]
    out = tmp_path / "ai_stats_gateway"
    shutil.copytree(target.output, out)
    return dataclasses.replace(target, output=out)


def test_artefacts_are_not_drift_and_survive_generate(gateway_copy: Target) -> None:
    out = gateway_copy.output
    for rel, data in ARTEFACTS.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    _, drift = check(gateway_copy)
    assert drift.clean, drift.paths
    (out / "README.md").write_text("edited\n", encoding="utf-8")  # a real change is still drift
    assert check(gateway_copy)[1].changed == ("README.md",)
    generate(gateway_copy)
    for rel, data in ARTEFACTS.items():
        assert (out / rel).read_bytes() == data, rel
    assert check(gateway_copy)[1].clean


def test_a_generated_directory_named_like_an_artefact_deeper_down_is_output(gateway_copy: Target) -> None:
    # build/ and dist/ are artefacts at the top of the project only: a stray file in a
    # package directory called `build` is drift, and generate removes it
    stray = gateway_copy.output / "ai_stats_gateway" / "build" / "x.py"
    stray.parent.mkdir()
    stray.write_text("x = 1\n", encoding="utf-8")
    assert check(gateway_copy)[1].removed == ("ai_stats_gateway/build/x.py",)
    generate(gateway_copy)
    assert not stray.exists()


@pytest.mark.slow
def test_real_editable_install_then_check(gateway_copy: Target, tmp_path: Path) -> None:
    out = gateway_copy.output
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "-e", str(out),
         "--target", str(tmp_path / "site")], capture_output=True, text=True, timeout=300)
    assert pip.returncode == 0, pip.stderr
    # Recent setuptools builds the editable wheel's metadata in a temporary directory; older ones
    # (and pip with build isolation, which fetches the newest) leave *.egg-info in the project:
    # make setuptools write it where they do, as a user's install would.
    egg = subprocess.run([sys.executable, "-c", "import setuptools; setuptools.setup()", "egg_info"],
                         cwd=out, capture_output=True, text=True, timeout=300)
    assert egg.returncode == 0, egg.stderr
    assert (out / "ai_stats_gateway.egg-info" / "PKG-INFO").is_file()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", "import ai_stats_gateway._client"], cwd=out, env=env, check=True,
                   timeout=300)
    assert list(out.rglob("__pycache__"))
    _, drift = check(gateway_copy)
    assert drift.clean, drift.paths
    generate(gateway_copy)
    assert (out / "ai_stats_gateway.egg-info" / "PKG-INFO").is_file()
    assert check(gateway_copy)[1].clean
