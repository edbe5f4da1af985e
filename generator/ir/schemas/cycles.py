"""After every definition is built: break cycles Python cannot define eagerly, shorten alias chains."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from generator.ir import model as m
from generator.ir.modules import strongly_connected

Warn = Callable[[str, str, str], None]  # (pointer, code, message)


def collapse_alias_chains(definitions: dict[str, m.Definition]) -> None:
    """``A = B``, ``B = C``, … ``Y = Z``: every alias names the end of its chain directly, so
    that importing one does not import every link (1000 links overflowed the import stack)."""
    for name, d in list(definitions.items()):
        if not (isinstance(d, m.Alias) and isinstance(d.target, m.Named)):
            continue
        target: m.Named = d.target
        seen = {name}
        while True:
            nxt = definitions.get(target.name)
            if not (isinstance(nxt, m.Alias) and isinstance(nxt.target, m.Named)) or nxt.name in seen:
                break
            seen.add(nxt.name)
            target = nxt.target
        if target is not d.target and target.name != name:
            definitions[name] = replace(d, target=target)


def break_eager_cycles(definitions: dict[str, m.Definition], warn: Warn) -> None:
    """Aliases and unions are evaluated when their module runs, so a cycle made of them only
    (``A = list[A]``, ``U = int | list[U]``, ``A = list[B]; B = dict[str, A]``) cannot be
    defined: inside such a cycle, references to its members are typed as Any."""
    models = sorted(n for n, d in definitions.items() if isinstance(d, m.Model))
    bases = {n: frozenset(b for b in _model(definitions, n).bases if b in definitions) for n in models}
    for comp in strongly_connected(models, bases):
        if len(comp) == 1 and comp[0] not in bases[comp[0]]:
            continue
        for n in comp:  # a class cannot extend itself: flatten (its fields are all there)
            d = _model(definitions, n)
            warn(d.pointer, "inheritance-cycle",
                 f"allOf cycle among {', '.join(sorted(comp))}: {n} does not extend a base")
            definitions[n] = replace(d, bases=(), inherited=frozenset())

    eager = sorted(n for n, d in definitions.items() if isinstance(d, m.Alias | m.Union))
    edges = {n: frozenset(x for x in definitions[n].names() if x in eager) for n in eager}
    for comp in strongly_connected(eager, edges):
        if len(comp) == 1 and comp[0] not in edges[comp[0]]:
            continue
        members = frozenset(comp)
        for n in comp:
            u = definitions[n]
            warn(u.pointer, "recursive-alias",
                 f"typed as Any: recursive reference among {', '.join(sorted(members))} "
                 "(aliases/unions cannot refer to themselves)")
            if isinstance(u, m.Alias):
                definitions[n] = replace(u, target=_erase(u.target, members))
            elif isinstance(u, m.Union):
                variants = tuple(replace(v, type=_erase(v.type, members)) for v in u.variants)
                definitions[n] = replace(u, variants=variants)


def _model(definitions: dict[str, m.Definition], name: str) -> m.Model:
    d = definitions[name]
    assert isinstance(d, m.Model)
    return d


def _erase(t: m.TypeRef, names: frozenset[str]) -> m.TypeRef:
    """``t`` with every reference to one of ``names`` replaced by Any."""
    if not (t.names() & names):
        return t
    if isinstance(t, m.Named):
        return m.ANY
    if isinstance(t, m.ListOf):
        return replace(t, item=_erase(t.item, names))
    if isinstance(t, m.MapOf):
        return replace(t, value=_erase(t.value, names))
    if isinstance(t, m.Nullable):
        return replace(t, inner=_erase(t.inner, names))
    if isinstance(t, m.UnionOf):
        return replace(t, members=tuple(_erase(x, names) for x in t.members))
    return m.ANY
