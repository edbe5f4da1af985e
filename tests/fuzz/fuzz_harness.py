"""The property every spec must satisfy, shared by the fuzz tests, the regression replays and the
breadth suite: ``generate`` either succeeds with output that compiles and imports, or raises an
``OagenError`` with diagnostics. Any other exception is a generator bug.
"""

from __future__ import annotations

import atexit
import json
import os
import re
import select
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
def build(cls):
    try:
        return cls()
    except ValueError as exc:  # a relative server URL is refused at construction, by design
        if "base_url=" not in str(exc):
            raise
        return cls(base_url="http://fuzz.test")
out = {}
for pkg in sys.argv[1:]:
    try:
        p = importlib.import_module(pkg)
        for sub in ("models", "api"):
            m = importlib.import_module(pkg + "." + sub)
            for name in m._MODULES:
                getattr(m, name)
        c = build(p.Client)
        for name, value in vars(type(c)).items():
            if isinstance(value, functools.cached_property):
                getattr(c, name)
        c.close()
        a = build(p.AsyncClient)
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


# A long-lived interpreter that imports one generated package per request (purging it from
# sys.modules afterwards): an import per example costs ~5 ms instead of a fresh interpreter's ~300.
WORKER = r"""
import asyncio, functools, importlib, json, sys, traceback
def build(cls):
    try:
        return cls()
    except ValueError as exc:  # a relative server URL is refused at construction, by design
        if "base_url=" not in str(exc):
            raise
        return cls(base_url="http://fuzz.test")
for line in sys.stdin:
    req = json.loads(line)
    pkg, root = req["package"], req["root"]
    sys.path.insert(0, root)
    importlib.invalidate_caches()
    try:
        p = importlib.import_module(pkg)
        for sub in ("models", "api"):
            m = importlib.import_module(pkg + "." + sub)
            for name in m._MODULES:
                getattr(m, name)
        c = build(p.Client)
        for name, value in vars(type(c)).items():
            if isinstance(value, functools.cached_property):
                getattr(c, name)
        c.close()
        asyncio.run(build(p.AsyncClient).close())
        err = ""
    except BaseException:
        err = traceback.format_exc(limit=-4)
    finally:
        sys.path.remove(root)
        for mod in [m for m in sys.modules if m == pkg or m.startswith(pkg + ".")]:
            del sys.modules[mod]
    sys.stdout.write(json.dumps(err) + "\n")
    sys.stdout.flush()
"""


class ImportWorker:
    def __init__(self) -> None:
        self._proc: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        env = {k: v for k, v in os.environ.items()
               if not (k.endswith("_API_KEY") or k.endswith("_BASE_URL"))}
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return subprocess.Popen([sys.executable, "-u", "-c", WORKER], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)

    def check(self, package: str, root: Path, timeout: float = 120) -> str:
        """"" when the package imports, else the traceback."""
        if self._proc is None or self._proc.poll() is not None:
            self._proc = self._start()
        proc = self._proc
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps({"package": package, "root": str(root)}) + "\n")
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], timeout)
        line = proc.stdout.readline() if ready else ""
        if not line:
            self.close()
            return f"import worker died or hung (timeout {timeout} s)"
        result: str = json.loads(line)
        return result

    def close(self) -> None:
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.wait()
            for stream in (self._proc.stdin, self._proc.stdout, self._proc.stderr):
                if stream is not None:
                    stream.close()
            self._proc = None


_WORKER = ImportWorker()
atexit.register(_WORKER.close)


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
        failure = _WORKER.check(package, out)
        assert not failure, f"generated package does not import:\n{failure}"
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


KNOWN_BUGS: tuple[KnownBug, ...] = ()  # none open: the empty TYPE_CHECKING blocks are fixed


def known_bug(exc: BaseException) -> KnownBug | None:
    text = "".join(traceback.format_exception(exc))
    for bug in KNOWN_BUGS:
        if re.search(bug.pattern, text):
            return bug
    return None
