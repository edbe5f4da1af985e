"""The generated pyproject.toml: valid TOML whatever the spec's title says (issue 10, defect 3), and
the target's `project_name` is the distribution name (defect 4)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import tomllib

from generator.config import load_targets
from generator.diagnostics import ConfigError
from generator.pipeline import generate
from generator.render.environment import toml

# Everything that broke the old template (`md` escaped "|" as "\|", an invalid TOML escape; a
# backslash, a double quote or a newline went in raw), plus non-ASCII and a tab.
HOSTILE_TITLE = 'Pipes | and back\\slash \\u0041 "quoted"\nsecond line\tÜñï 日本 🚀'


def _spec(title: str) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1.0"},
        "paths": {
            "/ping": {
                "get": {
                    "operationId": "ping",
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }


def _generate(tmp_path: Path, title: str, extra: str = "") -> dict[str, Any]:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_spec(title)), encoding="utf-8")
    config = tmp_path / "pyproject.toml"
    config.write_text(
        "[tool.oagen.targets.t]\n"
        f'spec = "spec.json"\npackage = "hostile_client"\noutput = "out"\n{extra}',
        encoding="utf-8",
    )
    generate(load_targets(config)["t"])
    return tomllib.loads((tmp_path / "out" / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "text",
    ["", "plain", 'a "quote" and a \\ backslash', "\\u0041 \\n", "nl\ncr\rtab\tnul\x00del\x7f",
     "ünïcödé 日本語 🚀 \u202e", "'''\"\"\"", "#[table]\n[x]\nkey = 1"],
)
def test_toml_filter_round_trips(text: str) -> None:
    assert tomllib.loads(f"v = {toml(text)}\n")["v"] == text


def test_hostile_title_gives_a_valid_pyproject(tmp_path: Path) -> None:
    project = _generate(tmp_path, HOSTILE_TITLE)["project"]
    # The summary is one line (core metadata's Summary): whitespace runs, the newline and the
    # tab included, become one space; every other character is kept as the spec had it.
    assert project["description"] == "Typed Python client for " + " ".join(HOSTILE_TITLE.split())
    assert project["name"] == "hostile-client"
    assert project["version"] == "1.0.0"


def test_project_name_is_the_distribution_name(tmp_path: Path) -> None:
    data = _generate(tmp_path, "Plain", 'project_name = "acme-hostile.Client_2"\nversion = "3.1"\n')
    assert data["project"]["name"] == "acme-hostile.Client_2"
    assert data["project"]["version"] == "3.1"
    # the import package is still the target's package
    assert data["tool"]["flit"]["module"]["name"] == "hostile_client"


@pytest.mark.parametrize("name", ["", "has space", "-leading", "trailing.", 'q"uote', "a\nb"])
def test_project_name_must_be_a_distribution_name(tmp_path: Path, name: str) -> None:
    with pytest.raises(ConfigError, match="project_name"):
        _generate(tmp_path, "Plain", f"project_name = {toml(name)}\n")
