"""Golden: the checked-in generated/ equals a fresh generation, byte for byte, and stays so.

- every target of pyproject.toml regenerates to exactly what is checked in (`pipeline.check`);
- `oagen check` exits 0 on an untouched copy and 1, naming the file, once a file is edited,
  deleted or added;
- generation is deterministic: twice in one process, and in fresh processes started from
  different working directories with different PYTHONHASHSEEDs and empty format caches.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import tomllib

from generator.config import Target, load_targets
from generator.pipeline import check, generate
from generator.render.write import MANIFEST, existing_files

REPO = Path(__file__).resolve().parents[2]
PYPROJECT = REPO / "pyproject.toml"
TARGETS = load_targets(PYPROJECT)
GATEWAY = TARGETS["gateway"]


def _need_spec(target: Target) -> None:
    if not target.spec.is_file():
        msg = f"spec missing: {target.spec} (run `make specs`)"
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)


def _tree(root: Path) -> dict[str, bytes]:
    return existing_files(root)


def _describe(a: Mapping[str, bytes], b: Mapping[str, bytes]) -> str:
    only_a = sorted(set(a) - set(b))
    only_b = sorted(set(b) - set(a))
    changed = sorted(k for k in set(a) & set(b) if a[k] != b[k])
    return f"only in first: {only_a[:10]}; only in second: {only_b[:10]}; differ: {changed[:10]}"


# --------------------------------------------------------------------------- toml for tmp configs


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def _toml_tables(prefix: str, table: Mapping[str, Any]) -> list[str]:
    lines = [f"[{prefix}]"]
    nested = []
    for key, value in table.items():
        if isinstance(value, Mapping):
            nested.append((key, value))
        else:
            lines.append(f"{key} = {_toml_value(value)}")
    for key, value in nested:
        lines.append("")
        lines.extend(_toml_tables(f"{prefix}.{key}", value))
    return lines


def write_config(path: Path, name: str, output: Path, *, source: str = "gateway") -> Path:
    """A pyproject.toml with one target: the repo's `source` target, paths made absolute."""
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    table = dict(data["tool"]["oagen"]["targets"][source])
    for key in ("spec", "overlay", "templates"):
        if key in table:
            table[key] = str((REPO / table[key]).resolve())
    table["output"] = str(output)
    path.write_text(
        "\n".join(_toml_tables(f"tool.oagen.targets.{name}", table)) + "\n", encoding="utf-8"
    )
    assert load_targets(path)[name].output == output.resolve()
    return path


def run_cli(
    *args: str, cwd: Path, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("FORCE_COLOR", None)
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


# --------------------------------------------------------------------------- checked-in == fresh


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_checked_in_output_is_up_to_date(name: str) -> None:
    target = TARGETS[name]
    _need_spec(target)
    assert target.output.is_dir(), f"{target.output} missing: run `oagen generate {name}`"
    result, drift = check(target)
    assert drift.clean, (
        f"{name}: {target.output} differs from a fresh generation (run `oagen generate {name}`):"
        f"\n  changed: {list(drift.changed)}\n  missing: {list(drift.added)}"
        f"\n  extra:   {list(drift.removed)}"
    )
    assert MANIFEST in result.files
    assert (target.output / MANIFEST).read_bytes() == result.files[MANIFEST]
    assert len(result.api.operations) > 0


def test_gateway_counts() -> None:
    _need_spec(GATEWAY)
    result, _ = check(GATEWAY)
    assert len(result.api.operations) == 20


# --------------------------------------------------------------------------- oagen check via CLI


@pytest.fixture
def gateway_copy(tmp_path: Path) -> tuple[Path, Path]:
    """(config, output): a gateway output tree in tmp and a config pointing at it.

    The tree is the checked-in generated/ai_stats_gateway when that is up to date (the usual
    case), else a fresh generation, so that these tests of the `check` mechanics don't fail
    merely because someone changed a template and hasn't regenerated yet (that is
    test_checked_in_output_is_up_to_date's job).
    """
    _need_spec(GATEWAY)
    out = tmp_path / "out" / "ai_stats_gateway"
    config = write_config(tmp_path / "pyproject.toml", "gw", out)
    _, drift = check(GATEWAY)
    if drift.clean:
        shutil.copytree(GATEWAY.output, out, ignore=shutil.ignore_patterns("__pycache__"))
    else:
        generate(load_targets(config)["gw"])
    return config, out


def test_check_cli_passes_then_names_the_edited_file(
    gateway_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    config, out = gateway_copy
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    ok = run_cli("check", "--config", str(config), cwd=elsewhere)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "up to date" in ok.stdout
    assert "Traceback" not in ok.stderr

    rel = "ai_stats_gateway/models/chat_message.py"
    edited = out / rel
    edited.write_bytes(edited.read_bytes() + b"# a hand edit\n")
    bad = run_cli("check", "--config", str(config), cwd=elsewhere)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert f"changed  {rel}" in bad.stdout
    assert "# a hand edit" in bad.stdout  # the diff is shown
    assert "Traceback" not in bad.stderr
    # the listed files are exactly the edited one
    listed = [
        line.split()[-1]
        for line in bad.stdout.splitlines()
        if line.startswith(("  changed ", "  missing ", "  extra "))
    ]
    assert listed == [rel]


def test_check_cli_names_deleted_and_added_files(
    gateway_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    config, out = gateway_copy
    (out / "docs" / "ChatApi.md").unlink()
    (out / "ai_stats_gateway" / "stray.py").write_text("x = 1\n", encoding="utf-8")
    res = run_cli("check", "--config", str(config), cwd=tmp_path)
    assert res.returncode == 1, res.stdout + res.stderr
    assert "missing  docs/ChatApi.md" in res.stdout
    assert "extra    ai_stats_gateway/stray.py" in res.stdout


def test_check_cli_ignores_pycache(gateway_copy: tuple[Path, Path], tmp_path: Path) -> None:
    """Importing the generated package (as the client tests do) must not count as drift."""
    config, out = gateway_copy
    cache = out / "ai_stats_gateway" / "__pycache__"
    cache.mkdir(exist_ok=True)
    (cache / "__init__.cpython-311.pyc").write_bytes(b"\x00junk")
    res = run_cli("check", "--config", str(config), cwd=tmp_path)
    assert res.returncode == 0, res.stdout + res.stderr


# --------------------------------------------------------------------------- determinism


def test_generating_twice_gives_identical_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _need_spec(GATEWAY)
    monkeypatch.setenv("OAGEN_CACHE_DIR", str(tmp_path / "cache"))  # the first run formats cold
    first = dataclasses.replace(GATEWAY, output=tmp_path / "a" / "ai_stats_gateway")
    second = dataclasses.replace(GATEWAY, output=tmp_path / "b" / "ai_stats_gateway")
    r1 = generate(first)
    r2 = generate(second)
    assert r1.files == r2.files
    t1, t2 = _tree(first.output), _tree(second.output)
    assert t1 == t2, _describe(t1, t2)
    assert t1 == r1.files
    # regenerating over an existing output changes nothing
    generate(first)
    assert _tree(first.output) == t1


def test_generation_is_independent_of_cwd_and_hash_seed(tmp_path: Path) -> None:
    _need_spec(GATEWAY)
    trees = []
    for i, seed in enumerate(("0", "4242")):
        out = tmp_path / f"out{i}" / "ai_stats_gateway"
        config = write_config(tmp_path / f"pyproject{i}.toml", "gw", out)
        cwd = tmp_path / f"cwd{i}" / ("deeper" * i)
        cwd.mkdir(parents=True)
        res = run_cli(
            "generate",
            "--config",
            str(config),
            cwd=cwd,
            env={"PYTHONHASHSEED": seed, "OAGEN_CACHE_DIR": str(tmp_path / f"cache{i}")},
        )
        assert res.returncode == 0, res.stdout + res.stderr
        assert "20 operations" in res.stdout
        trees.append(_tree(out))
    assert trees[0] == trees[1], _describe(trees[0], trees[1])
    # (equality with the checked-in tree is test_checked_in_output_is_up_to_date's job)
