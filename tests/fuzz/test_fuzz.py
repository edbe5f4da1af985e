"""Property-based fuzzing: for any spec (valid-ish or mutated), `generate` either writes a package
that compiles and imports, or raises an OagenError with diagnostics; anything else is a bug.

The default suite runs a seeded, bounded number of examples (derandomized: the same specs on every
run); `make fuzz` runs many more (FUZZ_EXAMPLES, default 2000, randomized unless FUZZ_SEED is
set). A failing example is written to tests/fuzz/regressions/_last_crash.json (the shrunk one is
written last): rename it and it becomes a regression fixture replayed by test_regressions.py.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from tests.fuzz.fuzz_harness import check_spec_file, dump, known_bug
from tests.fuzz.strategies import mutated_documents, openapi_documents

HERE = Path(__file__).resolve().parent
LAST_CRASH = HERE / "regressions" / "_last_crash.json"

LONG = "FUZZ_EXAMPLES" in os.environ
# CI: measured ~0.26 s per valid and per mutated example on 2 cores (~95 s for both).
# the default suite's share: ~0.5 s an example, so 175 examples cost ~90 s of `make test`
VALID_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "75"))
MUTATED_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "100"))

STATS: Counter[str] = Counter()


def _settings(n: int) -> settings:
    return settings(
        max_examples=n,
        deadline=None,
        derandomize=not LONG,
        database=None,
        print_blob=True,
        # Shrinking a generator crash can take minutes: only in long runs or with FUZZ_SHRINK=1
        # (a CI failure is reproducible as is: the run is derandomized).
        phases=list(Phase) if LONG or os.environ.get("FUZZ_SHRINK") else
        [Phase.explicit, Phase.reuse, Phase.generate],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.filter_too_much, HealthCheck.large_base_example],
    )


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="oagen-fuzz-"))
    old = os.environ.get("OAGEN_CACHE_DIR")
    os.environ["OAGEN_CACHE_DIR"] = str(path / "cache")  # keep the user's cache clean
    try:
        yield path
    finally:
        if old is None:
            os.environ.pop("OAGEN_CACHE_DIR", None)
        else:
            os.environ["OAGEN_CACHE_DIR"] = old
        shutil.rmtree(path, ignore_errors=True)


def run_property(doc: dict[str, Any], workdir: Path, label: str) -> None:
    case = Path(tempfile.mkdtemp(dir=workdir))
    try:
        spec = case / "spec.json"
        spec.write_text(dump(doc), encoding="utf-8")
        try:
            outcome = check_spec_file(spec, case / "out")
        except Exception as exc:
            bug = known_bug(exc)
            if bug is not None:
                STATS[f"{label}: known bug {bug.fixture}"] += 1
                return
            LAST_CRASH.write_text(dump(doc) + "\n", encoding="utf-8")
            STATS[f"{label}: crash"] += 1
            raise AssertionError(
                f"generator bug ({type(exc).__name__}); spec saved to {LAST_CRASH}\n"
                + "".join(traceback.format_exception(exc))[-4000:]
            ) from exc
        STATS[f"{label}: {'generated' if outcome.ok else 'refused'}"] += 1
    finally:
        shutil.rmtree(case, ignore_errors=True)


if "FUZZ_SEED" in os.environ:
    _seeded = seed(int(os.environ["FUZZ_SEED"]))
else:
    def _seeded(f: Any) -> Any:
        return f


@_seeded
@_settings(VALID_EXAMPLES)
@given(doc=openapi_documents())
def test_valid_specs_generate_or_fail_cleanly(doc: dict[str, Any], workdir: Path) -> None:
    run_property(doc, workdir, "valid")


@_seeded
@_settings(MUTATED_EXAMPLES)
@given(doc=mutated_documents())
def test_mutated_specs_generate_or_fail_cleanly(doc: dict[str, Any], workdir: Path) -> None:
    run_property(doc, workdir, "mutated")


@_settings(10)
@given(text=st.one_of(st.text(max_size=200), st.binary(max_size=200).map(lambda b: b.decode("latin-1"))))
def test_arbitrary_text_is_refused_cleanly(text: str, workdir: Path) -> None:
    case = Path(tempfile.mkdtemp(dir=workdir))
    try:
        spec = case / "spec.yaml"
        spec.write_text("openapi: 3.1.0\n" + text if len(text) % 2 else text, encoding="utf-8",
                        errors="surrogatepass")
        check_spec_file(spec, case / "out")
    finally:
        shutil.rmtree(case, ignore_errors=True)


def test_report_fuzz_stats() -> None:
    """Prints how the examples above ended (run with -s to see it)."""
    print("\nfuzz outcomes:", dict(sorted(STATS.items())))
    assert not any(k.endswith(": crash") for k in STATS)
