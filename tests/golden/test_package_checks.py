"""The checked-in generated packages pass the checks of tests/golden/package_checks.py: ruff's
pyflakes rules (F401 unused imports, ...), a parse of every TOML/JSON file, pyright (basic).

Measured (2 shared cores): pyright ~6 s on ai_stats_gateway (101 files), ~15 s on openai_client
(1,505 files); ruff under 1 s each.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.golden.package_checks import (
    REPO,
    data_file_errors,
    describe_pyright,
    need_tool,
    ruff_pyflakes,
    run_pyright,
)

GENERATED = REPO / "generated"
PROJECTS = {name: GENERATED / name for name in ("ai_stats_gateway", "openai_client")}


def _project(name: str) -> Path:
    project = PROJECTS[name]
    if not (project / name / "__init__.py").is_file():
        pytest.fail(f"{project} is missing: run `oagen generate`", pytrace=False)
    return project


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_ruff_pyflakes_clean(name: str) -> None:
    findings = ruff_pyflakes([_project(name)])
    shown = "\n".join(findings[:60])
    assert not findings, f"ruff --select F: {len(findings)} finding(s) in {name}:\n{shown}"


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_data_files_parse(name: str) -> None:
    errors = data_file_errors(_project(name))
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_pyright_basic_clean(name: str, tmp_path: Path) -> None:
    project = _project(name)
    started = time.perf_counter()
    errors, summary = run_pyright([project / name], tmp_path)
    print(f"pyright {name}: {summary} ({time.perf_counter() - started:.1f} s wall)")
    shown = "\n".join(describe_pyright(e, REPO) for e in errors[:40])
    assert not errors, f"pyright (basic): {len(errors)} error(s) in {name}:\n{shown}"


# --------------------------------------------------------------------------- the checks bite


def _tiny_package(root: Path, body: str) -> Path:
    package = root / "tiny_pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(body, encoding="utf-8")
    return package


def test_ruff_check_reports_an_unused_import(tmp_path: Path) -> None:
    package = _tiny_package(tmp_path, "import os\nimport sys\n\nprint(sys.argv)\n")
    findings = ruff_pyflakes([package])
    assert len(findings) == 1, findings
    assert "__init__.py:1:8: F401" in findings[0]


def test_data_file_check_reports_a_broken_toml_and_a_missing_manifest(tmp_path: Path) -> None:
    project = tmp_path / "proj"
    project.mkdir()
    (project / "pyproject.toml").write_text('[project]\ndescription = "a \\| b"\n', "utf-8")
    (project / ".oagen-surface.json").write_text("{}", "utf-8")
    errors = data_file_errors(project)
    assert errors[0] == "proj/.oagen-manifest.json: missing"
    assert len(errors) == 2 and errors[1].startswith("proj/pyproject.toml: TOMLDecodeError")


def test_pyright_reports_a_type_error_and_resolves_the_venvs_packages(tmp_path: Path) -> None:
    package = _tiny_package(
        tmp_path / "src",
        "import httpx\nimport pydantic\n\n\n"
        "def status(r: httpx.Response) -> int:\n    return r.status_code\n\n\n"
        "class M(pydantic.BaseModel):\n    x: int\n\n\n"
        'def wrong() -> int:\n    return "not an int"\n',
    )
    errors, _ = run_pyright([package], tmp_path / "work")
    described = [describe_pyright(e, tmp_path) for e in errors]
    # exactly the one wrong line: httpx and pydantic resolve (no reportMissingImports)
    assert len(errors) == 1, described
    assert described[0].startswith("src/tiny_pkg/__init__.py:14:12:"), described
    assert errors[0]["rule"] == "reportReturnType", described


def test_a_missing_tool_skips_locally_and_fails_in_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "node_modules" / ".bin" / "pyright"
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception, match=r"pyright missing: .*`make tools`"):
        need_tool(missing, "make tools")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"pyright missing: .*`make tools`"):
        need_tool(missing, "make tools")
    need_tool(Path(__file__), "nothing")  # present: neither
