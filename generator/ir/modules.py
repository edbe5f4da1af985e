"""Place definitions into modules of the models package.

One module per definition, except that definitions referring to each other in a cycle share a
module (strongly connected components, Tarjan's algorithm, iterative).  Imports between modules
then form a DAG, so every module can import its dependencies eagerly at the top (pydantic needs
them at run time) without circular imports, and a user importing one model loads only what it
needs.  Inside a module, definitions are ordered so that every eagerly evaluated name (a base
class, an alias target) is defined before use.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.ir import model as m
from generator.naming import Namespace, module_name
from generator.naming.reserved import RESERVED_MODULE_NAMES


def strongly_connected(nodes: list[str], edges: Mapping[str, frozenset[str]]) -> list[list[str]]:
    """Tarjan's SCC algorithm without recursion; components come out in dependency order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(edges.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop()
                if nxt not in edges and nxt not in index and nxt not in nodes:
                    continue
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(edges.get(nxt, ()))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                comp: list[str] = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    comp.append(top)
                    if top == node:
                        break
                out.append(sorted(comp))
    return out


def eager_names(d: m.Definition) -> frozenset[str]:
    """Names a definition needs at the moment its statement runs (not lazily in annotations)."""
    if isinstance(d, m.Model):
        return frozenset(d.bases)
    return d.names()


def assign_modules(definitions: Mapping[str, m.Definition]) -> tuple[m.Module, ...]:
    names = list(definitions)
    edges = {n: frozenset(x for x in d.names() if x in definitions and x != n) | (
        frozenset({n}) if n in d.names() else frozenset()) for n, d in definitions.items()}
    components = strongly_connected(names, edges)
    module_names = Namespace(RESERVED_MODULE_NAMES, casefold=True)
    owner: dict[str, str] = {}
    planned: list[tuple[str, list[str]]] = []
    for comp in sorted(components, key=lambda c: c[0]):
        mod = module_names.claim(module_name(comp[0]), sep="_")
        for n in comp:
            owner[n] = mod
        planned.append((mod, comp))
    modules: list[m.Module] = []
    for mod, comp in planned:
        defs = _order_inside(comp, definitions)
        imports: dict[str, set[str]] = {}
        for d in defs:
            for ref in d.names():
                other = owner.get(ref)
                if other is not None and other != mod:
                    imports.setdefault(other, set()).add(ref)
        modules.append(m.Module(
            name=mod,
            definitions=tuple(defs),
            imports=tuple((k, tuple(sorted(v))) for k, v in sorted(imports.items())),
            needs_rebuild=len(comp) > 1 or any(d.name in d.names() for d in defs),
        ))
    return tuple(modules)


def _order_inside(comp: list[str], definitions: Mapping[str, m.Definition]) -> list[m.Definition]:
    """Enums, then models (bases first), then aliases/unions (their targets first)."""
    rank = {"enum": 0, "model": 1, "union": 2, "alias": 2}
    members = sorted(comp, key=lambda n: (rank[definitions[n].kind], n))
    local = set(comp)
    done: set[str] = set()
    ordered: list[m.Definition] = []
    pending = list(members)
    while pending:
        progressed = False
        for n in list(pending):
            d = definitions[n]
            needs = set(eager_names(d) & local) - {n}
            if isinstance(d, m.Alias | m.Union):
                # models in the same module are classes defined earlier; only wait for aliases
                needs = {x for x in needs if definitions[x].kind in ("alias", "union", "enum")}
            if needs <= done:
                ordered.append(d)
                done.add(n)
                pending.remove(n)
                progressed = True
        if not progressed:  # a cycle of aliases only: emit in name order (the builder degraded one)
            ordered.extend(definitions[n] for n in pending)
            break
    return ordered
