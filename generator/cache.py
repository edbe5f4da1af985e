"""Where oagen keeps caches, and a small content-addressed JSON store.

Caches only save time: every entry is keyed on everything that decides its value (input bytes,
tool versions, oagen's own source), so a hit is always what a fresh computation would give.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any


def cache_root() -> Path:
    base = os.environ.get("OAGEN_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(xdg) / "oagen"


@lru_cache(maxsize=1)
def source_fingerprint() -> str:
    """sha256 over oagen's own Python source, so a changed generator never reuses old results."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def key(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def get_json(kind: str, k: str) -> Any | None:
    try:
        return json.loads((cache_root() / kind / f"{k}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def put_json(kind: str, k: str, value: Any) -> None:
    folder = cache_root() / kind
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{k}.{os.getpid()}"
        tmp.write_text(json.dumps(value), encoding="utf-8")
        tmp.replace(folder / f"{k}.json")
    except OSError:
        pass  # a read-only cache only costs time
