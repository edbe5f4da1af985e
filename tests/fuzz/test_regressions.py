"""Replays every spec under tests/fuzz/regressions/ (crashes found by fuzzing, the breadth suite or
by hand) through the fuzz property: generate + compile + import, or a clean OagenError.

Fixtures of bugs not fixed yet are xfail(strict=True) (KNOWN_BUGS in fuzz_harness.py): the test
fails as soon as the bug is fixed, so that the entry gets removed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fuzz.fuzz_harness import KNOWN_BUGS, check_spec_file

HERE = Path(__file__).resolve().parent / "regressions"
FIXTURES = sorted(p for p in HERE.iterdir() if p.suffix in (".json", ".yaml", ".yml")
                  and not p.name.startswith("_"))
XFAIL = {b.fixture: b.reason for b in KNOWN_BUGS}


def _param(path: Path) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[path.name])] if path.name in XFAIL else []
    return pytest.param(path, id=path.stem, marks=marks)


def test_every_known_bug_has_a_fixture() -> None:
    assert set(XFAIL) <= {p.name for p in FIXTURES}


@pytest.mark.parametrize("spec", [_param(p) for p in FIXTURES])
def test_regression(spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAGEN_CACHE_DIR", str(tmp_path / "cache"))
    outcome = check_spec_file(spec, tmp_path / "out")
    # A fixture may pin the expected outcome: names containing "refused" must fail cleanly.
    if "refused" in spec.stem:
        assert not outcome.ok and outcome.error is not None
    else:
        assert outcome.ok, outcome.error
