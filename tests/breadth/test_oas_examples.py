"""Breadth: every OpenAPI 3.x document of npm `@readme/oas-examples` (pinned in
tools/package.json, installed by `make tools`) generates, imports, passes `mypy --strict` and the
checks every generated package must pass (tests/golden/package_checks.py: `ruff --select F`,
TOML/JSON files parse, pyright basic), or is listed in EXPECTED_FAILURES with the reason. A listed
document that starts passing fails the test too (so that the list stays true).

Generation runs in 2 processes; imports are checked in one interpreter per batch and mypy runs
once per batch (JSON documents, YAML documents: package names are unique within a batch); ruff
and pyright run once each over the whole corpus (pyright's start-up and its analysis of httpx,
pydantic and the standard library would otherwise be paid per document).
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from tests.fuzz.fuzz_harness import compile_all, probe_imports
from tests.golden.package_checks import (
    data_file_errors,
    describe_pyright,
    ruff_pyflakes,
    run_pyright,
)

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "tools" / "node_modules" / "@readme" / "oas-examples"

# document (relative to the package) -> reason
EXPECTED_FAILURES: dict[str, str] = {
    "3.0/json/openapi-workshop/post.json": "refused: invalid spec, `responses: {}` (3.0 requires at least one)",
}


def documents() -> list[str]:
    return sorted(p.relative_to(EXAMPLES).as_posix() for version in ("3.0", "3.1")
                  for p in (EXAMPLES / version).rglob("*") if p.suffix in (".json", ".yaml", ".yml"))


def package_name(rel: str) -> str:
    parts = rel.split("/")
    version = "v30" if parts[0] == "3.0" else "v31"
    extra = "w_" if "openapi-workshop" in parts else ""
    stem = re.sub(r"\W+", "_", Path(rel).stem.replace("-", "_")).lower()
    return f"{version}_{extra}{stem}"


def batch(rel: str) -> str:
    return "yaml" if rel.split("/")[1] == "yaml" else "json"


def _generate(args: tuple[str, str]) -> tuple[str, str]:
    """In a worker process: "" (generated and compiled) or the failure."""
    rel, out = args
    from generator.config import adhoc_target
    from generator.diagnostics import OagenError
    from generator.pipeline import generate

    try:
        result = generate(adhoc_target(EXAMPLES / rel, package_name(rel), Path(out)))
        compile_all(result.files)
    except OagenError as exc:
        return rel, "refused: " + str(exc).replace(str(EXAMPLES) + "/", "")[:600]
    except Exception as exc:  # a generator bug: report it, keep going
        return rel, f"crash: {type(exc).__name__}: {exc}"[:300] + "\n" + "".join(traceback.format_exception(exc))[-1500:]
    return rel, ""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    if not EXAMPLES.is_dir():
        msg = f"{EXAMPLES} missing (run `make tools`)"
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    root = tmp_path_factory.mktemp("oas-examples")
    os.environ.setdefault("OAGEN_CACHE_DIR", str(root / "cache"))
    docs = documents()
    outputs = {rel: root / batch(rel) / package_name(rel) for rel in docs}
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = dict(pool.map(_generate, [(rel, str(outputs[rel])) for rel in docs]))
    t_gen = time.perf_counter() - started

    for name in ("json", "yaml"):
        ok = [rel for rel in docs if batch(rel) == name and not results[rel]]
        imported = probe_imports({package_name(rel): outputs[rel] for rel in ok})
        for rel in ok:
            if imported.get(package_name(rel)):
                results[rel] = "import: " + imported[package_name(rel)][-800:]
    t_import = time.perf_counter() - started - t_gen

    # A JSON document and its YAML twin usually generate the same Python (the docstring that
    # quotes the spec's sha256 aside): mypy checks each distinct package once, and a twin gets
    # the verdict of the package it equals.
    checked: dict[str, str] = {}  # python digest -> the document mypy checked for it
    for name in ("json", "yaml"):
        ok = [rel for rel in docs if batch(rel) == name and not results[rel]]
        digests = {rel: python_digest(outputs[rel] / package_name(rel)) for rel in ok}
        fresh = [rel for rel in ok if digests[rel] not in checked]
        for rel in fresh:
            checked.setdefault(digests[rel], rel)
        for rel, errors in run_mypy([outputs[rel] / package_name(rel) for rel in fresh], fresh,
                                    root / name).items():
            results[rel] = "mypy: " + errors[-1500:]
        for rel in ok:
            twin = checked[digests[rel]]
            if twin != rel and results[twin].startswith("mypy: "):
                results[rel] = results[twin]
    t_mypy = time.perf_counter() - started - t_gen - t_import

    generated = [rel for rel in docs if not results[rel].startswith(("refused", "crash"))]
    checked = time.perf_counter()
    failures = package_check_failures({rel: outputs[rel] for rel in generated}, root / "pyright")
    for rel, why in failures.items():
        results[rel] = (results[rel] + "\n" if results[rel] else "") + why
    t_checks = time.perf_counter() - checked
    passing = sum(1 for v in results.values() if not v)
    print(f"\noas-examples: {passing}/{len(docs)} documents generate, import and pass mypy --strict, "
          f"ruff F, the data-file parse and pyright (generate {t_gen:.0f} s, import {t_import:.0f} s, "
          f"mypy {t_mypy:.0f} s, ruff + data files + pyright {t_checks:.0f} s)")
    yield results


def package_check_failures(projects: dict[str, Path], workdir: Path) -> dict[str, str]:
    """The package checks over every generated project (document -> output directory) at once:
    their failures per document, prefixed with the check's name."""
    failures: dict[str, list[str]] = {}
    resolved = {rel: out.resolve() for rel, out in projects.items()}

    def owner(path: Path) -> str | None:
        return next((rel for rel, out in resolved.items() if path.resolve().is_relative_to(out)), None)

    def add(rel: str | None, line: str) -> None:
        failures.setdefault(rel or "?", []).append(line)

    for line in ruff_pyflakes(list(projects.values())):
        add(owner(Path(line.split(":", 1)[0])), "ruff: " + line)
    for rel, out in projects.items():
        for error in data_file_errors(out):
            add(rel, "data file: " + error)
    # pyright is the slow check (~0.6 s of CPU per package): it checks one package of each group
    # of identical ones (a JSON document and its YAML twin) and reports its errors for all of them.
    twins: dict[str, list[str]] = {}
    for rel, out in projects.items():
        twins.setdefault(python_digest(out / out.name), []).append(rel)
    checked = {group[0]: group for group in twins.values()}
    pyright_errors, summary = run_pyright([projects[rel] / projects[rel].name for rel in checked],
                                          workdir)
    print(f"\npyright over {len(checked)} distinct packages of {len(projects)}: {summary}")
    for error in pyright_errors:
        first = owner(Path(str(error["file"])))
        for rel in checked.get(first or "", [first]):
            add(rel, "pyright: " + describe_pyright(error, workdir.parent))
    return {rel: "\n".join(lines)[-1500:] for rel, lines in failures.items()}


_HEADER = re.compile(rb"\A# Generated by oagen from [^\n]*\n")
_SPEC_DIGEST = re.compile(rb"sha256 [0-9a-f]+")


def python_digest(package: Path) -> str:
    """A digest of a package's Python files (relative paths and contents), blind to the spec's
    sha256 that the package docstring quotes and to the header line naming the spec file: the
    only things a JSON document and its YAML twin generate differently (checked on the corpus),
    a docstring and a comment."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        text = _HEADER.sub(b"", path.read_bytes(), count=1)  # names the spec file: .json or .yaml
        digest.update(_SPEC_DIGEST.sub(b"sha256", text) + b"\0")
    return digest.hexdigest()


def run_mypy(package_dirs: list[Path], rels: list[str], root: Path) -> dict[str, str]:
    """mypy --strict over several generated packages at once; errors per document."""
    if not package_dirs:
        return {}
    root.mkdir(parents=True, exist_ok=True)
    config = root / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", "--config-file",
         str(config), "--cache-dir", str(root / "mypy-cache"), "--show-error-codes",
         "--no-error-summary", *map(str, package_dirs)],
        cwd=root.parent, capture_output=True, text=True, timeout=900, check=False,
    )
    errors: dict[str, str] = {}
    if proc.returncode not in (0, 1):
        return {rel: f"mypy crashed ({proc.returncode}): {proc.stderr[-500:]}" for rel in rels}
    for line in proc.stdout.splitlines():
        for rel, pkg_dir in zip(rels, package_dirs, strict=True):
            if line.startswith(str(pkg_dir.relative_to(root.parent)) + "/") or line.startswith(str(pkg_dir) + "/"):
                errors[rel] = errors.get(rel, "") + line + "\n"
                break
    if proc.returncode == 1 and not errors:
        return {rel: proc.stdout[-500:] for rel in rels}
    return errors


def test_every_listed_document_exists() -> None:
    if not EXAMPLES.is_dir():
        pytest.skip(f"{EXAMPLES} missing (run `make tools`)")
    missing = sorted(set(EXPECTED_FAILURES) - set(documents()))
    assert not missing, missing


def test_oas_examples_generate_import_and_typecheck(outcomes: dict[str, str]) -> None:
    unexpected = {rel: why for rel, why in outcomes.items() if why and rel not in EXPECTED_FAILURES}
    fixed = sorted(rel for rel, why in outcomes.items() if not why and rel in EXPECTED_FAILURES)
    wrong_kind = {rel: why for rel, why in outcomes.items() if why and rel in EXPECTED_FAILURES
                  and EXPECTED_FAILURES[rel].split(":")[0] == "refused" and not why.startswith("refused")}
    report = "\n".join(f"- {rel}: {why}" for rel, why in sorted(unexpected.items()))
    assert not unexpected, f"documents that fail and are not in EXPECTED_FAILURES:\n{report}"
    assert not fixed, f"documents in EXPECTED_FAILURES that now pass (remove them): {fixed}"
    assert not wrong_kind, f"expected a clean refusal, got: {wrong_kind}"
