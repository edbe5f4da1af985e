"""The first call into an API group of a generated package (issue 14: big specs stay usable).

    python tests/bench/first_call.py OUTPUT PACKAGE ATTR.PATH   # in a fresh process: prints JSON

The parent side (``largest_groups``) finds, without importing anything, the client attribute path
of the API modules with the most lines: the sync classes' ``cached_property`` accessors import
their group's module by name, so ``_client.py`` and the API modules say which path reaches which
module.  The child imports the package (timed), builds a ``Client`` on ``httpx.MockTransport``,
follows the path (timed) and calls the group's first operation whose required arguments are all
strings (timed with the access: "first call"), in CPU time of that process.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

# in a ``@cached_property`` accessor: its name, its return annotation, the module it imports
_DEF = re.compile(r"def (\w+)\(\s*self,?\s*\)\s*->\s*\(?\s*(\w+)")
_IMPORT = re.compile(r"from \.(?:api\.)?(\w+) import")


def _accessors(text: str) -> list[tuple[str, str]]:
    """(attribute, module) of each sync accessor (the async classes mirror them)."""
    out = []
    for block in text.split("@cached_property")[1:]:
        found, module = _DEF.search(block), _IMPORT.search(block)
        if found and module and not found.group(2).startswith("Async"):
            out.append((found.group(1), module.group(1)))
    return out


def group_paths(package_dir: Path) -> dict[str, str]:
    """API module name -> attribute path from the client (``users_functions``, ``drives.items``)."""
    children: dict[str, list[tuple[str, str]]] = {}
    for path in [package_dir / "_client.py", *sorted((package_dir / "api").glob("*.py"))]:
        owner = "" if path.name == "_client.py" else path.stem
        children[owner] = [(attr, module) for attr, module in _accessors(path.read_text(encoding="utf-8"))
                           if (package_dir / "api" / f"{module}.py").is_file()]  # not `webhooks`
    out: dict[str, str] = {}
    todo = [("", "")]
    while todo:
        owner, prefix = todo.pop()
        for attr, module in children.get(owner, []):
            if module not in out:
                out[module] = f"{prefix}{attr}"
                todo.append((module, f"{prefix}{attr}."))
    return out


def largest_groups(package_dir: Path, count: int = 5) -> list[tuple[str, int, str]]:
    """(module, lines, attribute path) of the ``count`` largest API modules reachable by path."""
    paths = group_paths(package_dir)
    sizes = []
    for module, path in paths.items():
        with (package_dir / "api" / f"{module}.py").open("rb") as f:
            sizes.append((module, sum(1 for _ in f), path))
    return sorted(sizes, key=lambda s: (-s[1], s[0]))[:count]


def _child(output: str, package: str, path: str) -> None:
    import importlib
    import inspect

    sys.path.insert(0, output)
    t0 = time.process_time()
    mod = importlib.import_module(package)
    imported = time.process_time() - t0
    import httpx

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={})

    client = mod.Client(base_url="http://bench.invalid", max_retries=0,
                        http_client=httpx.Client(transport=httpx.MockTransport(handler)))  # fmt: skip
    t1 = time.process_time()
    group = client
    for attr in path.split("."):
        group = getattr(group, attr)
    accessed = time.process_time() - t1
    chosen, outcome = None, "no operation with only string arguments"
    for name, fn in inspect.getmembers(type(group), inspect.isfunction):
        if name.startswith("_") or name.endswith(("_with_http_info", "_iter", "_stream", "_to_file", "_iter_bytes")):
            continue
        params = list(inspect.signature(fn).parameters.values())[1:]
        required = [p for p in params if p.default is inspect.Parameter.empty and p.kind != p.VAR_KEYWORD]
        if all(p.annotation == "str" for p in required):
            chosen = name
            try:
                getattr(group, name)(**{p.name: "x" for p in required})
                outcome = "ok"
            except Exception as exc:  # a lenient parse error still counts as a first call made
                outcome = type(exc).__name__
            break
    called = time.process_time() - t1
    print(json.dumps({"import_ms": imported * 1e3, "access_ms": accessed * 1e3, "first_call_ms": called * 1e3,
                      "operation": chosen, "outcome": outcome}))  # fmt: skip


if __name__ == "__main__":
    _child(*sys.argv[1:4])
