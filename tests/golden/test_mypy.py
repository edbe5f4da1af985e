"""The checked-in generated packages are `mypy --strict` clean and black-formatted.

mypy runs in a subprocess with the venv's mypy, an empty config file (so the repo's own
[tool.mypy] doesn't leak in), a temporary cache directory, and the oldest Python the
generated packages support (3.10), over each package and its generated wire tests (tests/).
Measured (2 cores): gateway ~2-3 s, openai_client (1500 modules) ~6 s cold, so neither is
marked slow.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import black
import pytest

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated"
PACKAGES = {
    "ai_stats_gateway": GENERATED / "ai_stats_gateway" / "ai_stats_gateway",
    "openai_client": GENERATED / "openai_client" / "openai_client",
}
# The generator's black settings (generator/render/format.py).
BLACK_MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)


def _package(name: str) -> Path:
    path = PACKAGES[name]
    if not (path / "__init__.py").is_file():
        pytest.fail(f"{path} is missing: run `oagen generate`", pytrace=False)
    return path


def run_mypy(package_dir: Path, tmp_path: Path, *more: Path) -> tuple[int, str, float]:
    """mypy --strict over ``package_dir`` (and ``more`` directories, such as the project's
    wire tests, which import the package)."""
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    cmd = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--python-version",
        "3.10",
        "--config-file",
        str(config),
        "--cache-dir",
        str(tmp_path / "mypy-cache"),
        "--show-error-codes",
        str(package_dir),
        *map(str, more),
    ]
    started = time.perf_counter()
    res = subprocess.run(
        cmd, cwd=tmp_path, capture_output=True, text=True, timeout=1800, check=False
    )
    return res.returncode, res.stdout + res.stderr, time.perf_counter() - started


@pytest.mark.parametrize("name", sorted(PACKAGES))
def test_mypy_strict_clean(name: str, tmp_path: Path) -> None:
    # both checked-in targets set `wire_tests`: the generated tests/ are held to the same bar
    wire_tests = _package(name).parent / "tests"
    assert (wire_tests / "conftest.py").is_file(), f"{wire_tests} is missing: run `oagen generate`"
    code, output, seconds = run_mypy(_package(name), tmp_path, wire_tests)
    print(f"mypy --strict {name}: exit {code} in {seconds:.1f} s\n{output}")
    assert code == 0, f"mypy --strict on {name} failed (exit {code}):\n{output}"
    assert "Success: no issues found" in output


def test_mypy_check_bites(tmp_path: Path) -> None:
    """The same invocation does report an error in (a copy of) the generated package."""
    copy = tmp_path / "src" / "ai_stats_gateway"
    shutil.copytree(
        _package("ai_stats_gateway"), copy, ignore=shutil.ignore_patterns("__pycache__")
    )
    target = copy / "models" / "chat_message.py"
    target.write_text(
        target.read_text(encoding="utf-8") + "\n\ndef untyped(x):\n    return x\n", encoding="utf-8"
    )
    code, output, _ = run_mypy(copy, tmp_path)
    assert code == 1, output
    assert "chat_message.py" in output and "no-untyped-def" in output


def _py_files(name: str) -> list[Path]:
    root = _package(name).parent
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def test_black_mode_is_the_generators() -> None:
    from generator.render import format as fmt

    assert fmt._MODE == BLACK_MODE


@pytest.mark.parametrize("name", sorted(PACKAGES))
def test_black_clean(name: str) -> None:
    files = _py_files(name)
    assert files
    unformatted = []
    for path in files:
        src = path.read_text(encoding="utf-8")
        try:
            formatted = black.format_str(src, mode=BLACK_MODE)
        except black.InvalidInput as exc:  # pragma: no cover - reported below
            unformatted.append(f"{path.relative_to(REPO)}: cannot parse: {exc}")
            continue
        if formatted != src:
            unformatted.append(str(path.relative_to(REPO)))
    assert not unformatted, (
        f"{len(unformatted)} of {len(files)} files would be reformatted by black "
        f"(line_length=100, py310):\n" + "\n".join(unformatted[:30])
    )
