#!/usr/bin/env python3
"""Put every OpenAPI document listed in specs/sources.toml into specs/, checking its sha256.

Standard library only (Python >= 3.11 for tomllib). Run it with the project's venv python
(`make specs`), because a "pypi" source is read from the installed package with
importlib.resources.

    python specs/fetch.py            # fetch what is missing or stale, verify everything
    python specs/fetch.py --check    # verify only, write nothing
    python specs/fetch.py openai     # only the named spec(s)

A file already in place with the right sha256 is left alone, so a second run costs only the
hashing. The source is hashed before anything is written; the copy is atomic (temp file +
os.replace). Exit status: 0 when every requested spec is in place and verified, 1 otherwise,
with one line per problem on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.metadata
import importlib.resources
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import tomllib

SPECS_DIR = Path(__file__).resolve().parent
REPO_ROOT = SPECS_DIR.parent
SOURCES = SPECS_DIR / "sources.toml"


class FetchError(Exception):
    """A spec that can't be put in place; the message says why and what to do."""


@dataclass(frozen=True)
class Source:
    name: str
    file: str
    kind: str
    sha256: str
    path: str | None = None
    package: str | None = None
    module: str | None = None
    resource: str | None = None

    @property
    def dest(self) -> Path:
        return SPECS_DIR / self.file

    def describe(self) -> str:
        if self.kind == "file":
            return f"file {self.path}"
        return f"pypi {self.package} resource {self.module}/{self.resource}"


def load_sources(path: Path = SOURCES) -> list[Source]:
    with path.open("rb") as f:
        data = tomllib.load(f)
    out: list[Source] = []
    for i, entry in enumerate(data.get("spec", [])):
        where = f"{path.name}: spec #{i + 1}"
        for key in ("name", "file", "kind", "sha256"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise FetchError(f"{where}: missing or empty key {key!r}")
        kind = entry["kind"]
        if kind == "file":
            needed: tuple[str, ...] = ("path",)
        elif kind == "pypi":
            needed = ("package", "module", "resource")
        else:
            raise FetchError(f"{where}: unknown kind {kind!r} (expected 'file' or 'pypi')")
        for key in needed:
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise FetchError(f"{where} ({entry['name']}): kind {kind!r} needs key {key!r}")
        if "/" in entry["file"] or entry["file"] in {"sources.toml", "fetch.py"}:
            raise FetchError(f"{where}: bad file name {entry['file']!r}")
        fields = {k: entry.get(k) for k in Source.__dataclass_fields__}
        fields["sha256"] = entry["sha256"].lower()
        out.append(Source(**fields))
    names = [s.name for s in out]
    if len(set(names)) != len(names):
        raise FetchError(f"{path.name}: duplicate spec names in {names}")
    return out


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_source(src: Source) -> bytes:
    if src.kind == "file":
        assert src.path is not None
        p = (REPO_ROOT / src.path).resolve()
        if not p.is_file():
            raise FetchError(
                f"{src.name}: source file not found: {p} "
                f"(sources.toml path {src.path!r}, relative to the repository root; "
                f"is ../shared beside the repository?)"
            )
        return p.read_bytes()

    assert src.package and src.module and src.resource
    dist, _, version = src.package.partition("==")
    try:
        installed = importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        raise FetchError(
            f"{src.name}: Python package {src.package} is not installed in {sys.executable} "
            f"(run `make venv`, or `pip install {src.package}`)"
        ) from None
    if version and installed != version:
        raise FetchError(
            f"{src.name}: {dist} {installed} is installed but sources.toml pins {version} "
            f"(run `make venv`)"
        )
    try:
        res = importlib.resources.files(src.module).joinpath(src.resource)
        return res.read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError) as e:
        raise FetchError(
            f"{src.name}: resource {src.resource!r} not found in package {src.module!r} "
            f"({type(e).__name__}: {e})"
        ) from None


def write_atomic(dest: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def ensure(src: Source, *, check_only: bool) -> str:
    """Put one spec in place (or just verify it). Returns a status word; raises FetchError."""
    dest = src.dest
    if dest.is_file() and sha256_file(dest) == src.sha256:
        return "ok"
    if check_only:
        if not dest.is_file():
            raise FetchError(f"{src.name}: {dest} is missing (run `make specs`)")
        raise FetchError(
            f"{src.name}: {dest} has sha256 {sha256_file(dest)}, expected {src.sha256} "
            f"(run `make specs`)"
        )
    data = read_source(src)
    got = sha256_bytes(data)
    if got != src.sha256:
        raise FetchError(
            f"{src.name}: sha256 mismatch for {src.describe()}: got {got}, "
            f"expected {src.sha256}; not writing {dest.name}. The source changed: check it, "
            f"then update sha256 in specs/sources.toml deliberately."
        )
    existed = dest.exists()
    write_atomic(dest, data)
    return "updated" if existed else "fetched"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="only these specs (default: all)")
    ap.add_argument("--check", action="store_true", help="verify only, write nothing")
    ap.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    args = ap.parse_args(argv)

    try:
        sources = load_sources()
    except (OSError, tomllib.TOMLDecodeError, FetchError) as e:
        print(f"specs/fetch.py: cannot read {SOURCES}: {e}", file=sys.stderr)
        return 1
    known = {s.name for s in sources}
    unknown = [n for n in args.names if n not in known]
    if unknown:
        print(
            f"specs/fetch.py: unknown spec name(s) {unknown}; known: {sorted(known)}",
            file=sys.stderr,
        )
        return 1
    selected = [s for s in sources if not args.names or s.name in args.names]

    failed = 0
    for src in selected:
        try:
            status = ensure(src, check_only=args.check)
        except FetchError as e:
            print(f"specs/fetch.py: error: {e}", file=sys.stderr)
            failed += 1
            continue
        except OSError as e:
            print(f"specs/fetch.py: error: {src.name}: {e}", file=sys.stderr)
            failed += 1
            continue
        if not args.quiet:
            print(f"specs: {src.name:<10} {status:<8} specs/{src.file}")
    if failed:
        print(f"specs/fetch.py: {failed} of {len(selected)} spec(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
