"""oagen's benchmark (issue 5): generation, no-op regeneration, scaling, import and per-call speed,
side by side with OpenAPI Generator, openapi-python-client and the official ``openai`` package.

    make bench                                   # own venv (.venv-bench), specs, then this
    .venv-bench/bin/python tests/bench/run.py    # the same, in an existing environment
    .venv-bench/bin/python tests/bench/run.py --sections import,percall --runs 5 --output /tmp/b.md

Every figure is the median (min-max) of >= 5 runs after one warm-up run; start-up figures come
from fresh processes. Each row is shown with its ratio to the anchors it is compared with, and
every goal of issue 5 with the measured ratio, the target and whether it is met. The Markdown
is printed and written to docs/benchmarks.md (``--output``).

Wall time is measured around the child process; CPU time (user+sys) and peak RSS come from
``os.wait4`` on that child. The kernel folds in the resources of descendants the child has
reaped, so the JVM behind ``openapi-generator-cli`` counts, and so do oagen's black workers
(CPU time summed; peak RSS is the largest single process of the tree, not their sum).
"""

# ruff: noqa: RUF001, RUF003  (en dashes and multiplication signs in the Markdown are wanted)
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import Any, ClassVar

import tomllib

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

PY = sys.executable
BIN = Path(PY).parent
OPENAI_SPEC = ROOT / "specs" / "openai.openapi.yml"
GATEWAY_SPEC = ROOT / "specs" / "ai-stats-gateway.openapi.yaml"
GENERATED = ROOT / "generated"
SECTIONS = ("generation", "bigspecs", "noop", "scaling", "import", "percall", "profile")
SCALING_SIZES = (250, 1000, 4000)


# --- measurement --------------------------------------------------------------------------


@dataclass
class Run:
    wall: float
    cpu: float
    rss: int  # bytes
    rc: int
    output: str


@dataclass
class Row:
    label: str
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    rsss: list[float] = field(default_factory=list)
    note: str = ""
    failed: str = ""  # why the row has no figures
    sizes: tuple[int, int] | None = None  # (operations, models) from oagen's summary line

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)


def run_child(
    cmd: Sequence[str], *, env: dict[str, str] | None = None, cwd: Path = ROOT, timeout: float = 900
) -> Run:
    with tempfile.TemporaryFile("w+b") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd), cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
        deadline = t0 + timeout
        while True:  # os.wait4 gives this child's rusage (with its reaped descendants)
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, proc.returncode, text)


# oagen generate's last line: "<pkg>: 271 operations, 1308 models, 2728 files -> <out> in 2.71s"
_SUMMARY = re.compile(r"(\d+) operations, (\d+) models, \d+ files -> ")


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"  # ruff for openapi-python-client etc.
    env.pop("PYTHONPATH", None)
    env.update(extra)
    return env


def measure(
    label: str,
    make_cmd: Callable[[int], tuple[Sequence[str], dict[str, str]]],
    runs: int,
    *,
    check: Callable[[Run], str] | None = None,
    slow_after: float = 150.0,
    warmup: bool = True,
    timeout: float = 900,
) -> Row:
    """One warm-up run (index 0), then ``runs`` measured runs; each gets a fresh command/env.

    ``check`` returns an error text when a run did not do its job (the row then says so). When
    the warm-up alone takes longer than ``slow_after`` seconds, only 3 runs are measured (noted).
    Without ``warmup`` the first run is measured too (for runs that take minutes).
    """
    row = Row(label)
    n = runs
    if warmup:
        print(f"  {label}: warm-up", end="", flush=True, file=sys.stderr)
        cmd, env = make_cmd(0)
        first = run_child(cmd, env=env, timeout=timeout)
        problem = check(first) if check else ("" if first.rc == 0 else f"exit {first.rc}")
        if problem:
            row.failed = problem
            print(f" FAILED: {problem}\n{first.output[-2000:]}", file=sys.stderr)
            return row
    else:
        print(f"  {label}:", end="", flush=True, file=sys.stderr)
    if warmup and first.wall > slow_after and runs > 3:
        n = 3
        row.note = f"only {n} runs (warm-up took {first.wall:.0f} s)"
    for i in range(1, n + 1):
        cmd, env = make_cmd(i)
        r = run_child(cmd, env=env, timeout=timeout)
        problem = check(r) if check else ("" if r.rc == 0 else f"exit {r.rc}")
        if problem:
            row.failed = f"run {i}: {problem}"
            print(f" FAILED: {problem}\n{r.output[-2000:]}", file=sys.stderr)
            return row
        row.walls.append(r.wall)
        row.cpus.append(r.cpu)
        row.rsss.append(r.rss)
        summary = _SUMMARY.search(r.output)
        if summary:
            row.sizes = (int(summary[1]), int(summary[2]))
        print(f" {r.wall:.2f}s", end="", flush=True, file=sys.stderr)
    print(file=sys.stderr)
    return row


# --- formatting ---------------------------------------------------------------------------


def fmt_t(s: float) -> str:
    if s >= 10:
        return f"{s:.1f} s"
    if s >= 1:
        return f"{s:.2f} s"
    if s >= 0.01:
        return f"{s * 1e3:.0f} ms"
    if s >= 0.001:
        return f"{s * 1e3:.2f} ms"
    return f"{s * 1e6:.0f} µs"


def fmt_stat(xs: list[float], f: Callable[[float], str] = fmt_t) -> str:
    if not xs:
        return "n/a"
    return f"{f(statistics.median(xs))} ({f(min(xs))}–{f(max(xs))})"


def fmt_mb(b: float) -> str:
    return f"{b / 1e6:.0f} MB"


def fmt_ratio(r: float) -> str:
    if r >= 100:
        return f"{r:.0f}×"
    if r >= 10:
        return f"{r:.1f}×"
    return f"{r:.2f}×"


@dataclass
class Goal:
    name: str
    measured: float | None  # the ratio (or seconds / MB) that the goal is about
    target: float
    kind: str = "max"  # "max": measured <= target; "min": measured >= target
    unit: str = "×"  # "×", "s", "MB"
    detail: str = ""

    def verdict(self) -> str:
        if self.measured is None:
            return "not measured"
        ok = self.measured <= self.target if self.kind == "max" else self.measured >= self.target
        if ok:
            return "**met**"
        if self.target == 0:
            return "missed"
        factor = self.measured / self.target if self.kind == "max" else self.target / self.measured
        if factor < 2:
            return f"missed by {(factor - 1) * 100:.1f} %"
        return f"missed by {factor:.1f}×"

    def cells(self) -> list[str]:
        def show(v: float) -> str:
            if self.unit == "s":
                return fmt_t(v)
            if self.unit == "MB":
                return f"{v:.0f} MB"
            if self.unit == "count":
                return f"{v:,.0f}"
            return fmt_ratio(v) if v >= 1 else f"{v:.3f}×"

        op = "≤" if self.kind == "max" else "≥"
        measured = "n/a" if self.measured is None else show(self.measured)
        return [self.name, measured, f"{op} {show(self.target)}", self.verdict(), self.detail]


def md_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rows]
    return "\n".join(lines)


def ratio(a: Row | None, b: Row | None) -> float | None:
    if a is None or b is None or not a.walls or not b.walls:
        return None
    return a.wall / b.wall


def ratio_cell(a: Row, anchors: list[tuple[str, Row | None]]) -> str:
    cells = []
    for name, b in anchors:
        if b is a or b is None:
            continue
        r = ratio(a, b)
        if r is not None:
            cells.append(f"{fmt_ratio(r)} {name}")
    return "; ".join(cells) if cells else "–"


# --- helpers ------------------------------------------------------------------------------


def toml_dump(table: dict[str, Any], prefix: str = "") -> str:
    """Enough TOML for [tool.oagen] tables (strings, bools, ints, nested tables)."""
    scalars, tables = [], []
    for k, v in table.items():
        if isinstance(v, dict):
            tables.append((k, v))
        elif isinstance(v, bool):
            scalars.append(f"{k} = {'true' if v else 'false'}")
        elif isinstance(v, int | float):
            scalars.append(f"{k} = {v}")
        else:
            scalars.append(f"{k} = {json.dumps(str(v))}")
    out = ""
    if scalars:
        out += (f"[{prefix}]\n" if prefix else "") + "\n".join(scalars) + "\n\n"
    for k, v in tables:
        out += toml_dump(v, f"{prefix}.{k}" if prefix else k)
    return out


def temp_config(tmp: Path, target: str, output: Path) -> Path:
    """A pyproject.toml in ``tmp`` holding the repo's ``target`` with absolute inputs and
    ``output`` as its output directory (so the benchmark never writes under generated/)."""
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["oagen"]
    t = dict(conf["targets"][target])
    for key in ("spec", "overlay", "templates"):
        if key in t:
            t[key] = str((ROOT / t[key]).resolve())
    t["output"] = str(output)
    path = tmp / f"pyproject-{target}.toml"
    path.write_text(toml_dump({"tool": {"oagen": {"targets": {target: t}}}}))
    return path


def oagen_cmd(*args: str) -> list[str]:
    return [PY, "-m", "generator", *args]


def pkg_version(name: str) -> str:
    try:
        return dist_version(name)
    except PackageNotFoundError:
        return "not installed"


def machine_info() -> list[tuple[str, str]]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    java = shutil.which("java")
    java_v = "missing"
    if java:
        p = subprocess.run([java, "-version"], capture_output=True, text=True)
        java_v = (p.stderr or p.stdout).splitlines()[0] if (p.stderr or p.stdout) else "?"
    rev = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "generator", "templates", "generated"],
        cwd=ROOT, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    mem = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1e6:.1f} GB"
    except (OSError, ValueError, IndexError):
        pass
    return [
        ("date (UTC)", dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M")),
        ("CPU", f"{os.cpu_count()} × {cpu}"),
        ("memory", mem),
        ("OS", platform.platform()),
        ("Python", platform.python_version()),
        ("oagen", f"{pkg_version('oagen')} @ {rev or '?'}{' (uncommitted changes)' if dirty else ''}"),
        ("black", pkg_version("black")),
        ("httpx / pydantic / pydantic-core",
         " / ".join(pkg_version(n) for n in ("httpx", "pydantic", "pydantic_core"))),
        ("openai (official SDK)", pkg_version("openai")),
        ("openapi-generator-cli", pkg_version("openapi-generator-cli")),
        ("openapi-python-client", pkg_version("openapi-python-client")),
        ("java", java_v),
    ]


# --- sections -----------------------------------------------------------------------------


class Bench:
    def __init__(self, runs: int, tmp: Path) -> None:
        self.runs = runs
        self.tmp = tmp
        self.goals: list[Goal] = []
        self.parts: list[str] = []
        self.raw: dict[str, Any] = {}
        self.linear: list[tuple[str, Row]] = []  # cold oagen rows, for the cost-per-size table
        self._n = 0

    def fresh(self, name: str) -> Path:
        self._n += 1
        p = self.tmp / f"{name}-{self._n}"
        p.mkdir(parents=True)
        return p

    def gen_table(self, rows: list[Row], anchors: list[tuple[str, Row | None]]) -> str:
        body = []
        for r in rows:
            if r.failed:
                body.append([r.label, f"failed: {r.failed}", "", "", "", r.note])
                continue
            body.append([
                r.label, fmt_stat(r.walls), fmt_stat(r.cpus), fmt_stat(r.rsss, fmt_mb),
                ratio_cell(r, anchors), r.note,
            ])  # fmt: skip
        return md_table(["", "wall", "CPU (user+sys)", "peak RSS", "wall ratio", "notes"], body)

    # 1. Cold generation -------------------------------------------------------------------

    def generation(self) -> None:
        runs = self.runs
        print("generation:", file=sys.stderr)

        def oagen_cold(spec: Path, package: str) -> Callable[[int], tuple[list[str], dict[str, str]]]:
            def make(i: int) -> tuple[list[str], dict[str, str]]:
                d = self.fresh("cold")
                return (
                    oagen_cmd("generate", "--spec", str(spec), "--package", package,
                              "--output", str(d / "out")),
                    child_env(OAGEN_CACHE_DIR=str(d / "cache")),
                )  # fmt: skip

            return make

        cold = measure("oagen, cold (empty cache)", oagen_cold(OPENAI_SPEC, "openai_client"), runs)
        self.linear.append(("OpenAI", cold))
        warm_cache = self.fresh("warm-cache")

        def oagen_warm(i: int) -> tuple[list[str], dict[str, str]]:
            d = self.fresh("warm")
            return (
                oagen_cmd("generate", "--spec", str(OPENAI_SPEC), "--package", "openai_client",
                          "--output", str(d / "out")),
                child_env(OAGEN_CACHE_DIR=str(warm_cache)),
            )  # fmt: skip

        warm = measure("oagen, warm (cache kept, new output dir)", oagen_warm, runs)

        oag: Row
        if shutil.which("java") is None:
            oag = Row("OpenAPI Generator 7.26.0 (`-g python`)", failed="`java` is not installed")
        else:

            def oag_cmd(i: int) -> tuple[list[str], dict[str, str]]:
                d = self.fresh("oag")
                return (
                    [str(BIN / "openapi-generator-cli"), "generate", "-g", "python",
                     "-i", str(OPENAI_SPEC), "-o", str(d / "out")],
                    child_env(),
                )  # fmt: skip

            oag = measure("OpenAPI Generator 7.26.0 (`-g python`)", oag_cmd, runs)

        opc_outputs: list[str] = []

        def opc_cmd(i: int) -> tuple[list[str], dict[str, str]]:
            d = self.fresh("opc")
            return (
                [str(BIN / "openapi-python-client"), "generate", "--path", str(OPENAI_SPEC),
                 "--output-path", str(d / "out"), "--overwrite"],
                child_env(),
            )  # fmt: skip

        def opc_check(r: Run) -> str:
            opc_outputs.append(r.output)
            return "" if r.rc == 0 else f"exit {r.rc}"

        opc = measure("openapi-python-client 0.29.1", opc_cmd, runs, check=opc_check)
        if opc_outputs:
            out = opc_outputs[-1]
            skipped = out.count("Endpoint will not be generated")
            no_resp = out.count("response will be omitted")
            unparsed = out.count("Unable to parse this part of your OpenAPI document")
            opc.note = (
                f"succeeds with warnings: {skipped} endpoints not generated, {no_resp} responses "
                f"omitted, {unparsed} schema parts unparsed"
            )

        gw_tmp = self.fresh("gw-conf")

        def gw_cmd(i: int) -> tuple[list[str], dict[str, str]]:
            d = self.fresh("gw")
            conf = temp_config(gw_tmp, "gateway", d / "out")
            return (
                oagen_cmd("generate", "--config", str(conf), "gateway"),
                child_env(OAGEN_CACHE_DIR=str(d / "cache")),
            )

        gw = measure("oagen, gateway target, cold", gw_cmd, runs)

        anchors = [("OpenAPI Generator", oag), ("openapi-python-client", opc)]
        self.parts.append(
            "## 1. Cold generation of the OpenAI client (`specs/openai.openapi.yml`)\n\n"
            + self.gen_table([cold, warm, oag, opc], anchors)
            + "\n\nThe gateway target (AI Stats Gateway, with its overlay):\n\n"
            + self.gen_table([gw], [])
        )
        self.goals += [
            Goal("1. cold OpenAI generation vs openapi-python-client (wall)", ratio(cold, opc),
                 1 / 3, detail=self._pair(cold, opc)),
            Goal("1. cold OpenAI generation vs OpenAPI Generator (wall)", ratio(cold, oag),
                 1 / 4, detail=self._pair(cold, oag)),
            Goal("1. cold OpenAI generation, peak RSS",
                 statistics.median(cold.rsss) / 1e6 if cold.rsss else None, 400, unit="MB"),
            Goal("1. gateway target, cold generation", gw.wall if gw.walls else None, 1.0,
                 unit="s"),
        ]  # fmt: skip
        self.raw["generation"] = {r.label: r.__dict__ for r in (cold, warm, oag, opc, gw)}

    @staticmethod
    def _pair(a: Row, b: Row) -> str:
        if not a.walls or not b.walls:
            return ""
        return f"{fmt_t(a.wall)} vs {fmt_t(b.wall)}"

    # 1b. GitHub and Microsoft Graph (issue 14) ----------------------------------------------

    def bigspecs(self) -> None:
        import bigspecs

        print("large specs:", file=sys.stderr)
        texts = []
        wanted = [n for n in os.environ.get("BENCH_BIGSPECS", "").split(",") if n]
        for spec in bigspecs.BIG_SPECS:
            if wanted and spec.name not in wanted:  # BENCH_BIGSPECS=github: only the named specs
                continue
            try:
                doc = bigspecs.fetch(spec)
            except bigspecs.FetchError as exc:
                texts.append(f"### {spec.name} ({spec.npm})\n\nnot measured: {exc}")
                continue
            texts.append(self._bigspec(spec, doc))
        self.parts.append(
            "## 1b. Cold generation of large real specs (issue 14)\n\n"
            "Each from its npm package by pinned version (`tests/bench/bigspecs.py`: `npm pack` into "
            f"`{bigspecs.cache_dir()}`, tarball and document sha256-checked). Cold: a new output "
            "directory and an empty oagen cache for every run. \"black\" counts the modules that "
            "went through black (the rest were laid out by `generator/python/layout.py`, "
            "black-stable by construction).\n\n" + "\n\n".join(texts)
        )

    def _bigspec(self, spec: Any, doc: Path) -> str:
        import bigspecs

        runs = min(self.runs, spec.runs or self.runs)

        def oagen(i: int) -> tuple[list[str], dict[str, str]]:
            d = self.fresh(f"{spec.name}-oagen")
            return (oagen_cmd("generate", "--spec", str(doc), "--package", f"{spec.name}_client",
                              "--output", str(d / "out")),
                    child_env(OAGEN_CACHE_DIR=str(d / "cache")))  # fmt: skip

        outputs: list[Path] = []

        def oagen_check(r: Run) -> str:
            outputs.append(self.tmp / f"{spec.name}-oagen-{self._n}" / "out")
            return "" if r.rc == 0 else f"exit {r.rc}"

        ours = measure(f"oagen, cold ({spec.name})", oagen, runs, check=oagen_check,
                       warmup=spec.warmup, timeout=1800)  # fmt: skip
        self.linear.append((spec.name, ours))
        black = ""
        shape_text = ""
        if outputs and outputs[-1].is_dir():
            n_black, n_py = bigspecs.black_modules(outputs[-1])
            black = f"{n_black:,} of {n_py:,} modules went through black"
            ours.note = black
            shape = bigspecs.output_shape(outputs[-1])
            shape_text = self._shape(spec.name, shape) + self._first_calls(spec.name, outputs[-1])
            for out in outputs:
                shutil.rmtree(out.parent, ignore_errors=True)  # Graph's output is 169 MB a run
        opc_out: list[str] = []

        def opc(i: int) -> tuple[list[str], dict[str, str]]:
            d = self.fresh(f"{spec.name}-opc")
            return ([str(BIN / "openapi-python-client"), "generate", "--path", str(doc),
                     "--output-path", str(d / "out"), "--overwrite"], child_env())  # fmt: skip

        def opc_check(r: Run) -> str:
            opc_out.append(r.output)
            return "" if r.rc == 0 else f"exit {r.rc}"

        theirs = measure("openapi-python-client 0.29.1", opc, runs, check=opc_check,
                         warmup=spec.warmup, timeout=1800)  # fmt: skip
        if opc_out:
            theirs.note = (f"{opc_out[-1].count('Endpoint will not be generated')} endpoints not "
                           "generated (warnings)")  # fmt: skip
        if shutil.which("java") is None:
            oag = Row("OpenAPI Generator 7.26.0 (`-g python`)", failed="`java` is not installed")
        else:

            def oag_cmd(i: int) -> tuple[list[str], dict[str, str]]:
                d = self.fresh(f"{spec.name}-oag")
                return ([str(BIN / "openapi-generator-cli"), "generate", "-g", "python", "-i", str(doc),
                         "-o", str(d / "out")], child_env())  # fmt: skip

            # it runs only when it finishes within 10 minutes; a longer run is reported as failed
            oag = measure("OpenAPI Generator 7.26.0 (`-g python`)", oag_cmd, runs, warmup=False,
                          timeout=600)  # fmt: skip
        rows = [ours, theirs, oag]
        anchors = [("openapi-python-client", theirs), ("OpenAPI Generator", oag)]
        self.raw[f"bigspecs-{spec.name}"] = {r.label: r.__dict__ for r in rows}
        limits = {"github": 10.0, "graph": 60.0}
        self.goals += [
            Goal(f"14. cold {spec.name} generation vs openapi-python-client (wall)", ratio(ours, theirs),
                 1 / 3, detail=self._pair(ours, theirs)),
            Goal(f"14. cold {spec.name} generation", ours.wall if ours.walls else None,
                 limits[spec.name], unit="s", detail=black),
        ]  # fmt: skip
        if spec.name == "graph":
            self.goals.append(Goal("14. cold graph generation, peak RSS",
                                   statistics.median(ours.rsss) / 1e6 if ours.rsss else None, 2000,
                                   unit="MB"))  # fmt: skip
        how = f"{runs} measured run{'s' if runs > 1 else ''}" + (" after a warm-up" if spec.warmup
                                                                  else ", no warm-up")  # fmt: skip
        return (f"### {spec.name} (`{spec.npm}`, `{spec.member.removeprefix('package/')}`), {how}\n\n"
                + self.gen_table(rows, anchors) + shape_text)

    def _first_calls(self, name: str, output: Path) -> str:
        """Import, first access and first call of the five largest API groups, each in fresh
        processes (bytecode written by a warm-up run, as after an install), median of 3."""
        import first_call

        package = f"{name}_client"
        env = child_env()
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        body, worst = [], 0.0
        for _module, lines, path in first_call.largest_groups(output / package):
            cmd = [PY, str(HERE / "first_call.py"), str(output), package, path]
            runs = []
            for i in range(4):
                r = run_child(cmd, env=env, timeout=300)
                if r.rc != 0:
                    runs = []
                    body.append([f"`{path}`", f"{lines:,}", f"failed: {r.output.strip()[-200:]}", "", "", ""])
                    break
                if i:  # the first run writes the bytecode
                    runs.append(json.loads(r.output.strip().splitlines()[-1]))
            if not runs:
                continue
            med = {k: statistics.median(x[k] for x in runs) for k in ("import_ms", "access_ms", "first_call_ms")}
            worst = max(worst, med["first_call_ms"])
            body.append([f"`{path}`", f"{lines:,}", fmt_t(med["import_ms"] / 1e3), fmt_t(med["access_ms"] / 1e3),
                         fmt_t(med["first_call_ms"] / 1e3), f"`{runs[-1]['operation']}` ({runs[-1]['outcome']})"])
        if not body:
            return ""
        self.goals.append(Goal(f"14. {name}: first call into the 5 largest groups (worst)", worst / 1e3, 0.1,
                               unit="s"))  # fmt: skip
        return ("\n\nFirst use of the five largest API groups (`tests/bench/first_call.py`: CPU time in a "
                "fresh process after `import`, with a constructed client on `httpx.MockTransport`; the "
                "first call is the access plus one call of the group's first operation whose required "
                "arguments are strings):\n\n"
                + md_table(["group", "lines", "import", "first access", "first call", "operation"], body))

    def _shape(self, name: str, shape: Any) -> str:
        """The generated package's module and docs sizes (issue 14: big specs stay usable)."""
        import bigspecs

        self.goals.append(Goal(f"14. {name}: modules over {bigspecs.MODULE_LINE_LIMIT:,} lines",
                               float(shape.over_limit), 0, unit="count",
                               detail=f"largest {shape.largest[0][1]:,} lines" if shape.largest else ""))  # fmt: skip
        largest = ", ".join(f"`{m}` {n:,}" for m, n in shape.largest)
        return (f"\n\nThe generated package: {shape.modules:,} modules, the largest {largest} lines; "
                f"{shape.over_limit} over {bigspecs.MODULE_LINE_LIMIT:,} lines. Docs: README.md "
                f"{shape.readme_bytes / 1e3:,.0f} kB, README and docs/ {shape.docs_bytes / 1e6:,.1f} MB, "
                f"the largest page `{shape.largest_doc[0]}` {shape.largest_doc[1] / 1e3:,.0f} kB.")

    # 2. No-op regeneration ----------------------------------------------------------------

    def noop(self) -> None:
        print("no-op regeneration:", file=sys.stderr)
        cache = self.fresh("noop-cache")
        # `check` reads the repo's target (generated/openai_client) and writes nothing.
        chk_rcs: list[int] = []

        def chk_cmd(i: int) -> tuple[list[str], dict[str, str]]:
            return oagen_cmd("check", "openai"), child_env(OAGEN_CACHE_DIR=str(cache))

        def chk_check(r: Run) -> str:
            chk_rcs.append(r.rc)
            return "" if r.rc in (0, 1) else f"exit {r.rc}: {r.output.strip()[-300:]}"

        chk = measure("`oagen check openai` (repo's generated/openai_client)", chk_cmd, self.runs,
                      check=chk_check)  # fmt: skip
        if chk_rcs and chk_rcs[-1] == 1:
            chk.note = "exit 1: generated/ has drifted from the current generator (timed anyway)"
        # `generate` on a copy of the checked-in client (the warm-up run brings it up to date).
        work = self.fresh("noop-gen")
        shutil.copytree(GENERATED / "openai_client", work / "openai_client",
                        ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
        conf = temp_config(work, "openai", work / "openai_client")

        def gen_cmd(i: int) -> tuple[list[str], dict[str, str]]:
            return oagen_cmd("generate", "--config", str(conf), "openai"), child_env(
                OAGEN_CACHE_DIR=str(cache)
            )

        gen = measure("`oagen generate openai` (nothing changed)", gen_cmd, self.runs)
        gen.note = "on a copy of generated/openai_client; the warm-up run brings it up to date"
        self.parts.append(
            "## 2. No-op regeneration (OpenAI target, nothing changed, cache warm)\n\n"
            + self.gen_table([chk, gen], [])
        )
        for r in (chk, gen):
            self.goals.append(Goal(f"2. no-op {r.label.split('`')[1]}",
                                   r.wall if r.walls else None, 1.0, unit="s"))  # fmt: skip
        self.raw["noop"] = {r.label: r.__dict__ for r in (chk, gen)}

    # 3. Scaling ---------------------------------------------------------------------------

    def scaling(self) -> None:
        print("scaling:", file=sys.stderr)
        specs = self.fresh("synth")
        rows: dict[int, Row] = {}
        for n in SCALING_SIZES:
            spec = specs / f"synth-{n}.json"
            synth.write_spec(n, str(spec))

            def make(i: int, spec: Path = spec) -> tuple[list[str], dict[str, str]]:
                d = self.fresh("scale")
                return (
                    oagen_cmd("generate", "--spec", str(spec), "--package", "synth_client",
                              "--output", str(d / "out")),
                    child_env(OAGEN_CACHE_DIR=str(d / "cache")),
                )  # fmt: skip

            n_ops = max(1, n // 4)
            rows[n] = measure(f"{n:,} schemas, {n_ops:,} operations", make, self.runs)
            self.linear.append((f"synthetic {n:,}", rows[n]))
        body = []
        prev: Row | None = None
        for r in rows.values():
            step = ""
            if prev is not None and r.walls and prev.walls:
                step = f"{fmt_ratio(r.wall / prev.wall)} the previous size (4× the schemas)"
            if r.failed:
                body.append([r.label, f"failed: {r.failed}", "", "", ""])
            else:
                body.append([r.label, fmt_stat(r.walls), fmt_stat(r.cpus),
                             fmt_stat(r.rsss, fmt_mb), step])  # fmt: skip
            prev = r
        self.parts.append(
            "## 3. Scaling: cold generation of synthetic specs (`tests/bench/synth.py`)\n\n"
            "Objects with `$ref`s between them (cycles included), enums, `oneOf` with "
            "discriminator mappings, arrays, maps, `allOf`, nested inline objects; one operation "
            "per four schemas; seeded, so every run uses the same documents.\n\n"
            + md_table(["spec", "wall", "CPU (user+sys)", "peak RSS", "step"], body)
        )
        self.goals.append(Goal("3. scaling: time(4,000) / time(1,000)",
                               ratio(rows[4000], rows[1000]), 4.5,
                               detail=self._pair(rows[4000], rows[1000])))  # fmt: skip
        self.raw["scaling"] = {r.label: r.__dict__ for r in rows.values()}

    # 4. Import ----------------------------------------------------------------------------

    IMPORT_CASES: tuple[tuple[str, str], ...] = (
        ("`import httpx`", "import httpx"),
        ("`import pydantic`", "import pydantic"),
        ("`import httpx, pydantic` (anchor)", "import httpx, pydantic"),
        ("`import openai_client` (oagen)", "import openai_client"),
        ("`import openai` (official)", "import openai"),
        ("`import openai; openai.OpenAI()`", "import openai\nopenai.OpenAI(api_key='k')"),
        ("`import openai_client; Client()`", "import openai_client\nopenai_client.Client(api_key='k')"),
        ("first call, oagen: import + `Client(...)` + chat completion", "E2E_OAGEN"),
        ("first call, openai: import + `OpenAI(...)` + chat completion", "E2E_OPENAI"),
        ("first call, bare: import httpx + pydantic model + call", "E2E_BARE"),
    )  # fmt: skip

    E2E: ClassVar[dict[str, str]] = {
        "E2E_OAGEN": """
import httpx, openai_client
c = openai_client.Client(api_key="k", base_url="https://api.openai.com/v1",
    http_client=httpx.Client(transport=httpx.MockTransport(H)))
r = c.chat.create_chat_completion(REQ)
assert r.choices[0].message.content
""",
        "E2E_OPENAI": """
import httpx, openai
c = openai.OpenAI(api_key="k", base_url="https://api.openai.com/v1", max_retries=0,
    http_client=httpx.Client(transport=httpx.MockTransport(H)))
r = c.chat.completions.create(**REQ)
assert r.choices[0].message.content
""",
        "E2E_BARE": """
import httpx, pydantic
from payloads import ChatCompletion
c = httpx.Client(transport=httpx.MockTransport(H), base_url="https://api.openai.com/v1",
    headers={"Authorization": "Bearer k"})
r = pydantic.TypeAdapter(ChatCompletion).validate_json(c.post("/chat/completions", json=REQ).content)
assert r.choices[0].message.content
""",
    }

    def _import_script(self, body: str) -> str:
        # The mock handler and the request are set up before the clock starts, from the stdlib
        # only, so only the client's own work is timed. (`payloads` imports pydantic, so it is
        # only imported by the bare case, inside the timed region.)
        setup = (
            "import sys, time, json\n"
            f"sys.path[:0] = [{str(GENERATED / 'openai_client')!r}, {str(HERE)!r}]\n"
            f"BODY = {json.dumps(_chat_body())!r}.encode()\n"
            "REQ = {'model': 'gpt-4o-mini', 'messages': [{'role': 'user', 'content': 'Say hello.'}]}\n"
            "def H(request):\n"
            "    import httpx\n"
            "    return httpx.Response(200, content=BODY, headers={'content-type': 'application/json'})\n"
            "t0 = time.perf_counter()\n"
        )
        code = self.E2E.get(body, body + "\n")
        return setup + code + "print('ELAPSED', time.perf_counter() - t0)\n"

    def imports(self) -> None:
        print("import:", file=sys.stderr)
        runs = max(self.runs, 9)
        rows: dict[str, Row] = {}
        for label, body in self.IMPORT_CASES:
            script = self._import_script(body)
            row = Row(label)
            for i in range(runs + 1):  # the first is the warm-up (pyc files, page cache)
                r = run_child([PY, "-c", script], env=child_env())
                if r.rc != 0 or "ELAPSED" not in r.output:
                    row.failed = f"exit {r.rc}: {r.output.strip()[-300:]}"
                    break
                if i:
                    row.walls.append(float(r.output.split("ELAPSED")[1].split()[0]))
                    row.cpus.append(r.cpu)
                    row.rsss.append(r.rss)
            rows[label] = row
            print(f"  {label}: {fmt_stat(row.walls) if not row.failed else row.failed}",
                  file=sys.stderr)  # fmt: skip
        L = [label for label, _ in self.IMPORT_CASES]
        anchor_hp, ours, official = rows[L[2]], rows[L[3]], rows[L[4]]
        e2e_ours, e2e_openai = rows[L[7]], rows[L[8]]
        anchors = [("httpx+pydantic", anchor_hp), ("`import openai`", official)]
        body = []
        for label, r in rows.items():
            if r.failed:
                body.append([label, f"failed: {r.failed}", "", "", ""])
                continue
            a = anchors if "first call" not in label else [("openai first call", e2e_openai),
                                                           ("oagen first call", e2e_ours)]  # fmt: skip
            body.append([label, fmt_stat(r.walls), fmt_stat(r.rsss, fmt_mb), ratio_cell(r, a), ""])
        self.parts.append(
            f"## 4. Import and first call (fresh processes, median of {runs} after a warm-up)\n\n"
            "Time from before the first import to the end of the statement(s), measured inside "
            "the child (interpreter start-up excluded); the chat completion goes through "
            "`httpx.MockTransport`. Peak RSS is the whole process.\n\n"
            + md_table(["", "time", "peak RSS", "ratio", ""], body)
        )
        self.goals += [
            Goal("4. `import openai_client` / `import httpx, pydantic`", ratio(ours, anchor_hp),
                 1.5, detail=self._pair(ours, anchor_hp)),
            Goal("4. first call (import+construct+chat): oagen / openai", ratio(e2e_ours, e2e_openai),
                 1 / 3, detail=self._pair(e2e_ours, e2e_openai)),
        ]  # fmt: skip
        self.raw["import"] = {k: r.__dict__ for k, r in rows.items()}

    # 5. Per call --------------------------------------------------------------------------

    def percall(self) -> None:
        print("per call:", file=sys.stderr)
        r = run_child([PY, str(HERE / "percall.py"), "--runs", str(self.runs)], env=child_env(),
                      timeout=1800)  # fmt: skip
        if r.rc != 0:
            self.parts.append(f"## 5. Per call\n\nfailed (exit {r.rc}):\n\n```\n{r.output[-3000:]}\n```")
            print(r.output[-3000:], file=sys.stderr)
            return
        lines = r.output.strip().splitlines()
        print("\n".join("  " + ln for ln in lines[:-1]), file=sys.stderr)
        data = json.loads(lines[-1])
        self.raw["percall"] = data
        titles = {
            "chat": "small chat completion",
            "embeddings": "embeddings, 1,000 × 1,536 floats",
            "stream": "chat stream, 2,000 SSE chunks",
            "page": "files page, 100 items",
            "chat_lenient": "small chat completion, `created` missing (lenient)",
            "page_lenient": "files page, 100 items, one bad (lenient)",
        }
        names = {
            "oagen": "oagen client",
            "openai": "official `openai`",
            "bare": "bare httpx + pydantic `validate_json`",
        }
        body = []
        for mode, cases in data.items():
            for case, impls in cases.items():
                bare = impls["bare"]["median"]
                for impl, s in impls.items():
                    rat = "" if impl == "bare" else f"{fmt_ratio(s['median'] / bare)} bare"
                    if impl == "openai":
                        rat += f"; {fmt_ratio(s['median'] / impls['oagen']['median'])} oagen"
                    body.append([f"{mode}: {titles[case]}", names[impl],
                                 fmt_stat(s["samples"]), rat])  # fmt: skip
        self.parts.append(
            "## 5. Per call, through `httpx.MockTransport` (in-process)\n\n"
            "Median (min–max) over samples taken in turns; a sample is the mean of 200 calls for "
            "the small chat completions, 20 for the files pages and one call for the others. The "
            "lenient rows read a body that drifts from the spec; their bare anchor validates its "
            "valid twin. The bare anchor is "
            "`httpx.Client.post` + `pydantic.TypeAdapter(hand_written_model).validate_json` "
            "(`iter_lines` + one `validate_json` per chunk for the stream; models in "
            "`tests/bench/payloads.py`).\n\n"
            + md_table(["case", "implementation", "per call", "ratio"], body)
        )
        limits = {"chat": 1.5, "embeddings": 1.3, "stream": 2.0, "page": 1.5}
        lenient_of = {"chat_lenient": "chat", "page_lenient": "page"}
        for mode, cases in data.items():
            for case, impls in cases.items():
                o, b, oa = (impls[k]["median"] for k in ("oagen", "bare", "openai"))
                if case in lenient_of:  # its bare anchor validates the valid twin: see percall.py
                    fast = cases.get(lenient_of[case], {}).get("oagen", {}).get("median")
                    if fast:
                        self.goals.append(Goal(f"7. {mode} {titles[case]}: lenient / fast path",
                                               o / fast, 5.0, detail=f"{fmt_t(o)} vs {fmt_t(fast)}"))  # fmt: skip
                    continue
                n = {"chat": "5", "embeddings": "6", "stream": "6", "page": "6"}[case]
                self.goals.append(Goal(f"{n}. {mode} {titles[case]}: oagen / bare", o / b,
                                       limits[case], detail=f"{fmt_t(o)} vs {fmt_t(b)}"))
                if case == "chat":
                    self.goals.append(Goal(f"5. {mode} small chat completion: openai / oagen",
                                           oa / o, 4.0, kind="min",
                                           detail=f"{fmt_t(oa)} vs {fmt_t(o)}"))  # fmt: skip

    # 6. Profile ---------------------------------------------------------------------------

    def profile(self) -> None:
        print("profile:", file=sys.stderr)
        d = self.fresh("profile")
        prof = d / "oagen.prof"
        r = run_child(
            [PY, "-m", "cProfile", "-o", str(prof), "-m", "generator", "generate",
             "--spec", str(OPENAI_SPEC), "--package", "openai_client", "--output", str(d / "out")],
            env=child_env(OAGEN_CACHE_DIR=str(d / "cache")),
        )  # fmt: skip
        if r.rc != 0 or not prof.exists():
            self.parts.append(f"## 7. Profile\n\nfailed (exit {r.rc}): `{r.output[-500:]}`")
            return
        sections = [
            f"Top 15 by cumulative time (the CLI/click/runpy call chain above "
            f"`pipeline.generate` left out):\n\n```\n{_top(prof, 'cumulative', 15)}\n```",
            f"Top 15 by own time:\n\n```\n{_top(prof, 'tottime', 15)}\n```",
        ]
        self.parts.append(
            "## 7. Profile of a cold OpenAI generation (cProfile, main process only)\n\n"
            f"One cold run under cProfile ({fmt_t(r.wall)} wall with the profiler; work done in "
            "worker processes, e.g. parallel black, is not in these figures).\n\n"
            + "\n\n".join(sections)
        )


_WRAPPERS = ("<frozen runpy>", "click/core.py", "click/decorators.py", "generator/cli.py",
             "generator/__main__.py", "<string>")


def _short(path: str) -> str:
    for marker in ("site-packages/", str(ROOT) + "/", f"lib/python{sys.version_info[0]}.{sys.version_info[1]}/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def _top(prof: Path, key: str, n: int) -> str:
    """The top ``n`` functions of a cProfile dump by ``key`` ("cumulative" or "tottime")."""
    st = pstats.Stats(str(prof))
    rows = []
    for (file, line, func), (_cc, nc, tt, ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        if key == "cumulative" and (
            any(w in file for w in _WRAPPERS)
            or func == "<module>"
            or "builtins.exec" in func
            or ("importlib._bootstrap" in file and func != "_find_and_load")
        ):
            continue
        rows.append((ct if key == "cumulative" else tt, nc, tt, ct, f"{_short(file)}:{line}({func})"))
    rows.sort(reverse=True)
    out = [f"{'ncalls':>9} {'tottime':>8} {'cumtime':>8}  function"]
    for _, nc, tt, ct, name in rows[:n]:
        out.append(f"{nc:>9} {tt:>8.2f} {ct:>8.2f}  {name}")
    return "\n".join(out)


# --- main ---------------------------------------------------------------------------------


def _chat_body() -> dict[str, Any]:
    import payloads

    return payloads.chat_completion()


def cost_per_size(bench: Bench) -> str:
    """Cold generation time per operation and per schema across the specs measured (issue 14:
    the cost should grow linearly with the spec)."""
    body = []
    for name, row in bench.linear:
        if row.failed or not row.walls or row.sizes is None:
            continue
        ops, models = row.sizes
        wall, cpu = row.wall, statistics.median(row.cpus)
        body.append([name, f"{ops:,}", f"{models:,}", fmt_t(wall), fmt_t(cpu),
                     fmt_t(wall / max(ops, 1)), fmt_t(wall / max(models, 1)),
                     fmt_t(wall / max(ops + models, 1))])  # fmt: skip
    if not body:
        return ""
    return ("## Cost per operation and per schema (cold generation, medians)\n\n"
            "The same figures as above, divided by the size of each spec (models: the classes and "
            "aliases oagen generated). Linear growth shows as a flat last column.\n\n"
            + md_table(["spec", "operations", "models", "wall", "CPU", "wall / operation",
                        "wall / model", "wall / (operation + model)"], body))  # fmt: skip


def render(bench: Bench, started: float, sections: list[str]) -> str:
    info = md_table(["", ""], [[k, v] for k, v in machine_info()])
    goals = md_table(["goal", "measured", "target", "verdict", "medians"],
                     [g.cells() for g in bench.goals])  # fmt: skip
    return (
        "# Benchmarks\n\n"
        "Written by `make bench` (`tests/bench/run.py`); do not edit by hand. Every figure is the "
        f"median (min–max) of ≥ {bench.runs} runs after a warm-up, all tools side by side on the "
        "same machine in the same run; compare ratios, not absolute times (the machine is "
        "shared and noisy).\n\n"
        f"Sections run: {', '.join(sections)}; the whole benchmark took "
        f"{fmt_t(time.perf_counter() - started)}.\n\n"
        "## Machine\n\n" + info + "\n\n"
        "## Goals (issues 5 and 14)\n\n" + goals + "\n\n"
        + "\n\n".join([*bench.parts, *filter(None, [cost_per_size(bench)])])
        + "\n"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "5")))
    ap.add_argument("--sections", default=",".join(SECTIONS),
                    help=f"comma-separated subset of {', '.join(SECTIONS)}")  # fmt: skip
    ap.add_argument("--output", default=str(ROOT / "docs" / "benchmarks.md"))
    ap.add_argument("--json", default="", help="also write the raw figures here")
    args = ap.parse_args()
    sections = [s for s in args.sections.split(",") if s]
    for s in sections:
        if s not in SECTIONS:
            ap.error(f"unknown section {s!r}")
    if args.runs < 5:
        print(f"note: --runs {args.runs} is below the 5 the benchmark calls for", file=sys.stderr)
    if not OPENAI_SPEC.exists() or not GATEWAY_SPEC.exists():
        sys.exit("bench: specs/ are missing: run `make specs` first")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="oagen-bench-") as tmp:
        bench = Bench(args.runs, Path(tmp))
        steps = {"generation": bench.generation, "bigspecs": bench.bigspecs, "noop": bench.noop,
                 "scaling": bench.scaling,
                 "import": bench.imports, "percall": bench.percall, "profile": bench.profile}  # fmt: skip
        for s in SECTIONS:
            if s in sections:
                steps[s]()
        text = render(bench, started, sections)
    print(text)
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps(bench.raw, indent=1, default=str))
    print(f"bench: wrote {out}", file=sys.stderr)
    if out.resolve() == (ROOT / "docs" / "benchmarks.md").resolve() and set(sections) == set(SECTIONS):
        update_readme(bench)


README_START = "<!-- benchmark goals: tests/bench/run.py -->"
README_END = "<!-- end of benchmark goals -->"


def update_readme(bench: Bench) -> None:
    """A full run's goals table, copied into the README between its markers."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = text.find(README_START), text.find(README_END)
    if start < 0 or end < start:
        return
    table = md_table(["goal", "measured", "target", "verdict", "medians"], [g.cells() for g in bench.goals])
    readme.write_text(f"{text[:start]}{README_START}\n\n{table}\n\n{text[end:]}", encoding="utf-8")
    print(f"bench: updated the goals table in {readme}", file=sys.stderr)


if __name__ == "__main__":
    main()
