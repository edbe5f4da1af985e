"""The shape of generator/: no import cycles, small modules, stages that only look upstream.

Imports are read with ``ast`` from the source (module level and inside functions alike, since a
function-level import is still a dependency; only ``if TYPE_CHECKING:`` blocks are left out).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "generator"
MAX_LINES = 400
# stage -> the modules it must never import (the flow is load -> IR -> render -> pipeline -> cli)
DOWNSTREAM = {
    # the runtime is copied into generated packages: it imports nothing of the generator
    "generator.runtime": ("generator.config", "generator.diagnostics", "generator.loader",
                          "generator.ir", "generator.naming", "generator.python", "generator.render",
                          "generator.surface", "generator.pipeline", "generator.cli"),
    # the naming authority is a leaf every stage may use (it reads the runtime's exported names)
    "generator.naming": ("generator.loader", "generator.ir", "generator.python", "generator.render",
                         "generator.surface", "generator.pipeline", "generator.cli"),
    "generator.loader": ("generator.ir", "generator.python", "generator.render", "generator.surface",
                         "generator.pipeline", "generator.cli"),
    "generator.ir": ("generator.python", "generator.render", "generator.surface", "generator.pipeline",
                     "generator.cli"),
    "generator.python": ("generator.render", "generator.surface", "generator.pipeline", "generator.cli"),
    "generator.surface": ("generator.python", "generator.render", "generator.pipeline", "generator.cli"),
    "generator.render": ("generator.pipeline", "generator.cli"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The generator modules ``name`` imports, wherever in the module the import statement is."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    stack: list[ast.AST] = [ast.parse(path.read_text(encoding="utf-8"), str(path))]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            # `from generator.loader import read` imports the submodule generator.loader.read
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            stack.extend(ast.iter_child_nodes(node))
            continue
        for target in targets:
            while target and target not in known:  # `import generator.ir.model as m` and the like
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {name: imports_of(name, path, known) for name, path in mods.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as [a, b, ..., a], or None (iterative depth-first search)."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    for start in sorted(graph):
        if state.get(start):
            continue
        path: list[str] = [start]
        iters = [iter(sorted(graph[start]))]
        state[start] = 1
        while iters:
            nxt = next(iters[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                iters.pop()
                continue
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                iters.append(iter(sorted(graph.get(nxt, ()))))
    return None


def test_the_import_reader_sees_function_level_and_relative_imports(tmp_path: Path) -> None:
    src = tmp_path / "generator" / "x" / "a.py"
    src.parent.mkdir(parents=True)
    src.write_text("from typing import TYPE_CHECKING\nfrom . import b\n"
                   "def f():\n    from generator.y import c\n    import generator.z.d as d\n"
                   "if TYPE_CHECKING:\n    from generator.w import e\n", encoding="utf-8")
    known = {"generator.x.a", "generator.x.b", "generator.y", "generator.z", "generator.z.d", "generator.w"}
    assert imports_of("generator.x.a", src, known) == {"generator.x.b", "generator.y", "generator.z.d"}


def test_find_cycle_reports_the_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"b"}}) == ["b", "b"]


def test_no_import_cycles() -> None:
    graph = import_graph()
    assert "generator.pipeline" in graph["generator.cli"]  # the reader sees function-level imports
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_no_module_over_400_lines() -> None:
    sizes = {p.relative_to(REPO).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in modules().values()}
    over = {path: n for path, n in sorted(sizes.items()) if n > MAX_LINES}
    assert not over, f"modules over {MAX_LINES} lines: {over}"


@pytest.mark.parametrize("stage", sorted(DOWNSTREAM))
def test_stages_only_import_upstream(stage: str) -> None:
    graph = import_graph()
    wrong = sorted(
        f"{name} imports {target}"
        for name, targets in graph.items() if name == stage or name.startswith(stage + ".")
        for target in targets
        if any(target == d or target.startswith(d + ".") for d in DOWNSTREAM[stage])
    )
    assert not wrong, "\n".join(wrong)
