"""The property every spec must satisfy, shared by the fuzz tests, the regression replays and the
breadth suite: ``generate`` either succeeds with output that compiles and imports, or raises an
``OagenError`` with diagnostics. Any other exception is a generator bug.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.config import adhoc_target
from generator.diagnostics import OagenError
from generator.pipeline import Result, generate

PACKAGE = "fuzz_client"

# Imports every package given on the command line, every lazily exported model and API class,
# builds both clients and touches every API group; prints {package: "" or traceback} as JSON.
PROBE = r"""
import asyncio, functools, importlib, json, sys, traceback
out = {}
for pkg in sys.argv[1:]:
    try:
        p = importlib.import_module(pkg)
        for sub in ("models", "api"):
            m = importlib.import_module(pkg + "." + sub)
            for name in m._MODULES:
                getattr(m, name)
        c = p.Client()
        for name, value in vars(type(c)).items():
            if isinstance(value, functools.cached_property):
                getattr(c, name)
        c.close()
        a = p.AsyncClient()
        asyncio.run(a.close())
        out[pkg] = ""
    except BaseException:
        out[pkg] = traceback.format_exc(limit=-4)
print("\n@@PROBE@@" + json.dumps(out))
"""


@dataclass
class Outcome:
    ok: bool  # generated, compiled and imported
    error: OagenError | None = None  # the clean refusal, when not ok
    result: Result | None = None


def compile_all(files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        if rel.endswith(".py"):
            compile(data, rel, "exec", dont_inherit=True)


def probe_imports(roots: dict[str, Path], timeout: float = 300) -> dict[str, str]:
    """Import each package (name -> output dir holding it) in one fresh interpreter."""
    if not roots:
        return {}
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(str(p) for p in roots.values())
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    for name in list(env):  # generated clients must import without credentials in the environment
        if name.endswith("_API_KEY") or name.endswith("_BASE_URL"):
            env.pop(name)
    proc = subprocess.run([sys.executable, "-c", PROBE, *roots], env=env, capture_output=True,
                          text=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL)
    _, sep, payload = proc.stdout.rpartition("@@PROBE@@")
    if not sep:
        return {name: f"probe crashed (exit {proc.returncode}):\n{proc.stderr[-3000:]}" for name in roots}
    results: dict[str, str] = json.loads(payload)
    return results


def check_spec_file(spec: Path, out: Path, *, package: str = PACKAGE, import_check: bool = True) -> Outcome:
    """The fuzz property for one spec file (raises on a bug, returns the outcome otherwise)."""
    try:
        result = generate(adhoc_target(spec, package, out))
    except OagenError as exc:
        assert exc.diagnostics, "an OagenError without diagnostics"
        assert all(d.message for d in exc.diagnostics), exc.diagnostics
        return Outcome(False, error=exc)
    compile_all(result.files)
    if import_check:
        failures = {k: v for k, v in probe_imports({package: out}).items() if v}
        assert not failures, f"generated package does not import:\n{failures[package]}"
    return Outcome(True, result=result)


def dump(doc: Any) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False, allow_nan=False)


# --------------------------------------------------------------------------- known, unfixed bugs
# A crash matching one of these (in generator code the fuzz owner may not edit) is tolerated by the
# fuzz run so that it can keep looking for other bugs; each has a regression fixture that is
# xfail(strict=True) and starts failing as soon as the bug is fixed (then delete the entry).


@dataclass(frozen=True)
class KnownBug:
    fixture: str  # file name under tests/fuzz/regressions/
    pattern: str  # regex searched in the formatted traceback
    reason: str


KNOWN_BUGS: tuple[KnownBug, ...] = (
    KnownBug(
        "no_models_empty_type_checking.json",
        r"InvalidInput: cannot parse[^\n]*(\n[^\n]*)?(_MODULES: dict\[str, str\] = \{|__all__ = \[\"Client\")",
        "generator bug (templates): a spec with no models (or no operations) renders an empty "
        "`if TYPE_CHECKING:` block in models/__init__.py (or _client.py/api/__init__.py); "
        "black then raises InvalidInput",
    ),
)


def known_bug(exc: BaseException) -> KnownBug | None:
    text = "".join(traceback.format_exception(exc))
    for bug in KNOWN_BUGS:
        if re.search(bug.pattern, text):
            return bug
    return None
