"""The wheel ships the templates: an installed oagen generates from any directory."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from generator.runtime import MODULES

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # ~4 s (builds a wheel) on 2 shared cores: not in make test-fast
def test_wheel_carries_templates_and_generates_outside_the_repo(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist"), str(REPO)],
        capture_output=True, text=True, timeout=300,
    )
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("oagen-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for template in ("client/_settings.py.jinja", "client/api/group.py.jinja", "project/README.md.jinja",
                     "docs/group.md.jinja", "client/models/module.py.jinja"):
        assert f"generator/_templates/{template}" in names
    for module in MODULES:  # the runtime ships as modules of the generator, copied from there
        assert f"generator/runtime/{module}" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec",
         str(REPO / "specs" / "ai-stats-gateway.openapi.yaml"), "--package", "gw", "--output", str(out)],
        cwd=tmp_path, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert (out / "gw" / "api" / "chat_api.py").is_file() and (out / "README.md").is_file()
    assert (out / "gw" / "api_client.py").read_bytes() == (REPO / "generator" / "runtime" / "api_client.py").read_bytes()
    where = subprocess.run(
        [sys.executable, "-c", "from generator.render.environment import builtin_template_dir as d; print(d())"],
        cwd=tmp_path, env={"PYTHONPATH": str(site)}, capture_output=True, text=True, timeout=60,
    )
    assert where.stdout.strip() == str(site / "generator" / "_templates")
