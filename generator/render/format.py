"""Formatting with black, cached by content hash, in parallel for large outputs."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.cache import cache_root

if TYPE_CHECKING:
    from black.mode import Mode

LINE_LENGTH = 100
_BLACK_VERSION = _dist_version("black")
_PARALLEL_THRESHOLD = 8


@lru_cache(maxsize=1)
def black_mode() -> Mode:
    """black's settings; black itself is imported only when a module needs formatting."""
    from black.mode import Mode, TargetVersion

    return Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH)


def __getattr__(name: str) -> Any:
    if name == "_MODE":  # the settings, for tests that compare them with their own
        return black_mode()
    raise AttributeError(name)


def formatter_id() -> str:
    """Names the formatter and its settings; formatted output is reused only under the same id."""
    return f"black {_BLACK_VERSION} line-length {LINE_LENGTH} py310"


def cache_dir() -> Path:
    return cache_root() / f"black-{hashlib.sha256(formatter_id().encode()).hexdigest()[:16]}"


def format_source(source: str) -> str:
    """Format one Python module; raise ``black.InvalidInput`` / ``SyntaxError`` on broken code."""
    import black
    from black.report import NothingChanged

    try:
        return black.format_str(source, mode=black_mode())
    except NothingChanged:
        return source


def _key(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def format_many(sources: Mapping[str, str], *, jobs: int | None = None) -> dict[str, str]:
    """Format every module; results of earlier runs are reused from the on-disk cache."""
    cache = cache_dir()
    out: dict[str, str] = {}
    todo: dict[str, str] = {}
    for path, src in sources.items():
        hit = cache / _key(src)
        try:
            out[path] = hit.read_text(encoding="utf-8")
        except OSError:
            todo[path] = src
    if not todo:
        return out
    if len(todo) >= _PARALLEL_THRESHOLD and (jobs or os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor(max_workers=jobs or os.cpu_count()) as pool:
            results = dict(zip(todo, pool.map(format_source, todo.values(), chunksize=16), strict=True))
    else:
        results = {path: format_source(src) for path, src in todo.items()}
    try:
        cache.mkdir(parents=True, exist_ok=True)
        for path, src in todo.items():
            tmp = cache / f".{_key(src)}.{os.getpid()}"
            tmp.write_text(results[path], encoding="utf-8")
            tmp.replace(cache / _key(src))
    except OSError:
        pass  # a read-only cache only costs speed
    out.update(results)
    return out
