"""The `oagen` CLI as a user runs it (subprocess `python -m generator ...`).

Bad specs give one located error line (file, line, JSON pointer), exit 2, no traceback, and
leave an existing output directory byte-identical. Fixture specs: tests/fixtures/specs/cli/.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.diagnostics import ExitCode
from generator.render.write import MANIFEST, existing_files

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "specs" / "cli"
GOOD = FIXTURES / "good.yaml"
GATEWAY_SPEC = REPO / "specs" / "ai-stats-gateway.openapi.yaml"


def oagen(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "CLICOLOR_FORCE")}
    env["NO_COLOR"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd or REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under root (bytes), and every entry of its parent (no temp dirs left over)."""
    files = {f"tree/{k}": v for k, v in existing_files(root).items()}
    files.update({f"parent/{p.name}": b"" for p in root.parent.iterdir()})
    return files


@pytest.fixture
def generated_once(tmp_path: Path) -> Path:
    """An output directory generated from a good spec (the thing a failure must not touch)."""
    out = tmp_path / "out" / "pets_client"
    res = oagen("generate", "--spec", str(GOOD), "--package", "pets_client", "--output", str(out))
    assert res.returncode == 0, res.stdout + res.stderr
    assert (out / MANIFEST).is_file()
    assert (out / "pets_client" / "__init__.py").is_file()
    return out


# --------------------------------------------------------------------------- bad specs


@dataclass(frozen=True)
class Bad:
    spec: str  # file name under FIXTURES (missing.yaml does not exist)
    code: str  # diagnostic code
    line: int | None  # line in the spec (None: there is no document to point into)
    pointer: str | None  # JSON pointer ("#/..."), None when there is no document
    words: tuple[str, ...]  # the message must say these


BAD = {
    "missing_file": Bad("missing.yaml", "file-not-found", None, None, ("no such file",)),
    "yaml_syntax": Bad("yaml_syntax.yaml", "syntax-error", 10, None, ("YAML", "flow mapping")),
    "dangling_ref": Bad(
        "dangling_ref.yaml",
        "dangling-ref",
        15,
        "#/paths/~1pets/get/responses/200/content/application~1json/schema/$ref",
        ("#/components/schemas/Nowhere",),
    ),
    "ref_cycle": Bad(
        "ref_cycle.yaml",
        "ref-cycle",
        15,
        "#/paths/~1pets/get/responses/200/content/application~1json/schema/$ref",
        ("cycle", "#/components/schemas/Pet", "#/components/schemas/Creature"),
    ),
    "swagger2": Bad("swagger2.yaml", "unsupported-version", 1, "#/swagger", ("2.0", "3.0")),
    "no_responses": Bad(
        "no_responses.yaml",
        "no-responses",
        13,
        "#/paths/~1pets~1{pet_id}/delete",
        ("DELETE /pets/{pet_id}", "responses"),
    ),
}


def _assert_one_located_error(res: subprocess.CompletedProcess[str], bad: Bad) -> str:
    path = FIXTURES / bad.spec
    assert res.returncode == ExitCode.BAD_SPEC == 2, (res.returncode, res.stdout, res.stderr)
    assert "Traceback" not in res.stderr + res.stdout
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one error line, got:\n{res.stderr}"
    line = lines[0]
    assert line.startswith(str(path)), line  # names the file
    assert f"error[{bad.code}]" in line, line
    if bad.line is not None:
        m = re.match(re.escape(str(path)) + r":(\d+):(\d+): ", line)
        assert m, f"no line:column after the file name: {line}"
        assert int(m.group(1)) == bad.line, line
    if bad.pointer is not None:
        assert line.endswith(f"(at {bad.pointer})"), line
    for word in bad.words:
        assert word in line, (word, line)
    return line


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_spec_generate(case: str, generated_once: Path) -> None:
    bad = BAD[case]
    before = snapshot(generated_once)
    res = oagen(
        "generate",
        "--spec",
        str(FIXTURES / bad.spec),
        "--package",
        "pets_client",
        "--output",
        str(generated_once),
    )
    _assert_one_located_error(res, bad)
    assert res.stdout == ""  # no summary of a generation that did not happen
    assert snapshot(generated_once) == before


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_spec_validate(case: str) -> None:
    bad = BAD[case]
    res = oagen("validate", str(FIXTURES / bad.spec))
    _assert_one_located_error(res, bad)


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_spec_into_a_new_directory_creates_nothing(case: str, tmp_path: Path) -> None:
    out = tmp_path / "fresh" / "pets_client"
    res = oagen(
        "generate",
        "--spec",
        str(FIXTURES / BAD[case].spec),
        "--package",
        "pets_client",
        "--output",
        str(out),
    )
    assert res.returncode == 2
    assert not out.exists()
    assert not (tmp_path / "fresh").exists() or not any((tmp_path / "fresh").iterdir())


def test_fixture_specs_match_their_cases() -> None:
    assert not (FIXTURES / "missing.yaml").exists()
    for bad in BAD.values():
        if bad.spec != "missing.yaml":
            assert (FIXTURES / bad.spec).is_file(), bad.spec


# --------------------------------------------------------------------------- good paths


def test_generate_good_spec_prints_summary(tmp_path: Path) -> None:
    out = tmp_path / "pets_client"
    res = oagen("generate", "--spec", str(GOOD), "--package", "pets_client", "--output", str(out))
    assert res.returncode == 0, res.stderr
    assert re.search(r"2 operations, 1 models, \d+ files -> .*pets_client in \d+\.\d+s", res.stdout)
    # regenerating into its own output is allowed (the manifest says it is ours) and idempotent
    before = existing_files(out)
    again = oagen("generate", "--spec", str(GOOD), "--package", "pets_client", "--output", str(out))
    assert again.returncode == 0, again.stderr
    assert existing_files(out) == before


def test_validate_gateway_spec() -> None:
    if not GATEWAY_SPEC.is_file():
        pytest.skip(f"{GATEWAY_SPEC} missing (run `make specs`)")
    res = oagen("validate", str(GATEWAY_SPEC))
    assert res.returncode == 0, res.stdout + res.stderr
    assert "valid" in res.stdout
    assert "Traceback" not in res.stderr


def test_validate_good_spec_strict() -> None:
    res = oagen("validate", "--strict", str(GOOD))
    assert res.returncode == 0, res.stdout + res.stderr
    assert "OpenAPI 3.0.3, valid" in res.stdout


def _commands() -> list[str]:
    from generator.cli import main

    return sorted(main.commands)  # type: ignore[attr-defined]


def test_expected_commands_exist() -> None:
    assert {"generate", "check", "validate"} <= set(_commands())


@pytest.mark.parametrize("command", ["", *_commands()])
def test_help(command: str) -> None:
    res = oagen(*([command] if command else []), "--help")
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("Usage:"), res.stdout
    assert "Traceback" not in res.stderr
    if command:
        assert f" {command} [OPTIONS]" in res.stdout.splitlines()[0], res.stdout


def test_unknown_target(tmp_path: Path) -> None:
    res = oagen(
        "generate", "no_such_target", "--config", str(REPO / "pyproject.toml"), cwd=tmp_path
    )
    assert res.returncode == ExitCode.BAD_CONFIG == 3, res.stdout + res.stderr
    assert "no_such_target" in res.stderr
    assert "gateway" in res.stderr  # says which targets exist
    assert "Traceback" not in res.stderr
    check = oagen("check", "no_such_target", "--config", str(REPO / "pyproject.toml"), cwd=tmp_path)
    assert check.returncode == 3
    assert "no_such_target" in check.stderr


def test_missing_config_file(tmp_path: Path) -> None:
    res = oagen("generate", cwd=tmp_path)  # no pyproject.toml here
    assert res.returncode == 3, res.stdout + res.stderr
    assert "pyproject.toml" in res.stderr
    assert "Traceback" not in res.stderr


def test_adhoc_needs_all_three_options(tmp_path: Path) -> None:
    res = oagen("generate", "--spec", str(GOOD), "--package", "pets_client", cwd=tmp_path)
    assert res.returncode == 3, res.stdout + res.stderr
    assert "--output" in res.stderr


def test_refuses_non_empty_directory_without_manifest(tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("my own work\n", encoding="utf-8")
    (out / "sub").mkdir()
    (out / "sub" / "code.py").write_text("x = 1\n", encoding="utf-8")
    before = snapshot(out)
    res = oagen("generate", "--spec", str(GOOD), "--package", "pets_client", "--output", str(out))
    assert res.returncode == ExitCode.OUTPUT == 4, res.stdout + res.stderr
    assert str(out) in res.stderr
    assert "Traceback" not in res.stderr
    assert snapshot(out) == before


def test_empty_directory_is_fine(tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    res = oagen("generate", "--spec", str(GOOD), "--package", "pets_client", "--output", str(out))
    assert res.returncode == 0, res.stderr
    assert (out / MANIFEST).is_file()


@pytest.mark.parametrize(
    "package", ["../evil", "..", "evil/../../x", "/tmp/evil", "Evil", "a.b", "a-b", "1abc", ""]
)
def test_refuses_bad_package_names(package: str, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    out = work / "out"
    res = oagen(
        "generate", "--spec", str(GOOD), "--package", package, "--output", str(out), cwd=work
    )
    assert res.returncode != 0
    assert res.returncode == ExitCode.BAD_CONFIG, res.stdout + res.stderr
    assert "package" in res.stderr.lower()
    assert "Traceback" not in res.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["work"]  # nothing written anywhere


@pytest.mark.parametrize("package", ["import", "class"])
def test_refuses_keyword_package_names(package: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = oagen("generate", "--spec", str(GOOD), "--package", package, "--output", str(out))
    assert res.returncode == ExitCode.BAD_CONFIG, res.stdout + res.stderr
    assert not out.exists()


def test_output_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "afile"
    target.write_text("mine\n", encoding="utf-8")
    res = oagen(
        "generate", "--spec", str(GOOD), "--package", "pets_client", "--output", str(target)
    )
    assert res.returncode == ExitCode.OUTPUT, res.stdout + res.stderr
    assert "Traceback" not in res.stderr
    assert str(target) in res.stderr
    assert target.read_text(encoding="utf-8") == "mine\n"


def test_output_below_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("mine\n", encoding="utf-8")
    out = blocker / "sub" / "pets_client"
    res = oagen("generate", "--spec", str(GOOD), "--package", "pets_client", "--output", str(out))
    assert res.returncode == ExitCode.OUTPUT, res.stdout + res.stderr
    assert "Traceback" not in res.stderr
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(out) in lines[0], res.stderr
    assert blocker.read_text(encoding="utf-8") == "mine\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]
