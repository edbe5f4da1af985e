"""Pagination: which style an operation pages in, and where its fields are, detected from the
operation's parameters and its success response (the rules are listed in the README's
"Pagination" section), or taken from the target's ``operations.<id>.pagination``."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from generator.codes import diagnostic
from generator.config import PaginationOverride
from generator.diagnostics import Diagnostic
from generator.ir import model as m

__all__ = ["detect_pagination"]

# Names that say what a parameter or field is for; compared lower case without - and _.
CURSOR_PARAMS = frozenset({"after", "cursor", "pagetoken", "token", "continuationtoken",
                           "nexttoken", "paginationtoken", "pagecursor", "startingafter"})
NEXT_CURSOR_FIELDS = frozenset({"nextcursor", "nextpagetoken", "nexttoken", "continuationtoken",
                                "cursor", "next", "nextpage", "lastid"})
# not ``next_page``: OpenAI uses it for a token that no parameter takes back
NEXT_LINK_FIELDS = frozenset({"next", "nextlink", "odata.nextlink", "nexturl", "nextpageurl"})
NEXT_HEADERS = frozenset({"nexttoken", "xnexttoken", "nextcursor", "xnextcursor",
                          "xcontinuationtoken", "continuationtoken", "xnextpagetoken"})
HAS_MORE_FIELDS = frozenset({"hasmore", "hasnextpage", "hasnext", "more"})
ITEM_FIELDS = ("data", "items", "results", "values", "value", "entries", "records")
SIZE_PARAMS = frozenset({"perpage", "pagesize", "limit", "size", "count", "maxresults"})


def _key(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "").lstrip("@$")


def _model(t: m.TypeRef | None, definitions: Mapping[str, m.Definition]) -> m.Model | None:
    while True:
        if isinstance(t, m.Nullable):
            t = t.inner
        elif isinstance(t, m.Named) and isinstance(definitions.get(t.name), m.Alias):
            alias = definitions[t.name]
            assert isinstance(alias, m.Alias)
            t = alias.target
        else:
            break
    if isinstance(t, m.Named):
        found = definitions.get(t.name)
        return found if isinstance(found, m.Model) else None
    return None


def _unwrap(t: m.TypeRef) -> m.TypeRef:
    return t.inner if isinstance(t, m.Nullable) else t


@dataclasses.dataclass(frozen=True)
class _Found:
    path: tuple[str, ...]  # Python attribute path
    field: m.Field


class _Page:
    """The fields of a page model, top level and one object level down (``nestedNext.next``)."""

    def __init__(self, page: m.TypeRef | None, definitions: Mapping[str, m.Definition]) -> None:
        self.definitions = definitions
        self.top: list[_Found] = []
        self.nested: list[_Found] = []
        model = _model(page, definitions)
        for f in model.fields if model else ():
            self.top.append(_Found((f.name,), f))
            inner = _model(f.type, definitions)
            for g in inner.fields if inner else ():
                self.nested.append(_Found((f.name, g.name), g))

    def by_wire(self, wire_path: tuple[str, ...]) -> _Found | None:
        """The field at a dotted wire path (any depth)."""
        model = None
        found: _Found | None = None
        fields = [x.field for x in self.top]
        path: tuple[str, ...] = ()
        for i, wire in enumerate(wire_path):
            if i:
                model = _model(found.field.type if found else None, self.definitions)
                fields = list(model.fields) if model else []
            f = next((f for f in fields if f.wire == wire), None)
            if f is None:
                return None
            path += (f.name,)
            found = _Found(path, f)
        return found

    def named(self, names: frozenset[str], *, scalar: bool = True) -> _Found | None:
        """The first field whose wire name is one of ``names`` (top level before nested)."""
        for found in (*self.top, *self.nested):
            t = _unwrap(found.field.type)
            if _key(found.field.wire) in names and (not scalar or isinstance(t, m.Prim)):
                return found
        return None

    def item_lists(self) -> list[_Found]:
        """The array fields: top level ones, or else nested ones (``nestedItems.pets``)."""
        for level in (self.top, self.nested):
            lists = [x for x in level if isinstance(_unwrap(x.field.type), m.ListOf)]
            if len(lists) > 1:  # several arrays: only a conventional name is unambiguous
                lists = [x for x in lists if x.field.wire in ITEM_FIELDS][:1]
            if lists:
                return lists
        return []


def _param(op: m.Operation, names: frozenset[str], where: tuple[str, ...] = ("query",)) -> m.Parameter | None:
    return next((p for p in op.params if p.location in where and _key(p.wire) in names), None)


def _cursor_param(op: m.Operation) -> m.Parameter | None:
    """A cursor parameter: a cursor name, or ``page`` typed as a string (page numbers are integers;
    OpenAI's usage API sends its ``next_page`` cursor back as ``page``)."""
    found = _param(op, CURSOR_PARAMS, ("query", "header"))
    page = _param(op, frozenset({"page"}))
    if found is None and page is not None and _unwrap(page.type) == m.STR:
        return page
    return found


def _header(op: m.Operation, names: frozenset[str]) -> str:
    primary = op.primary_response
    for h in primary.headers if primary else ():
        if _key(h.name) in names:
            return h.name
    return ""


def _detect(op: m.Operation, definitions: Mapping[str, m.Definition]) -> m.Pagination | None:
    rt = op.return_type
    if op.method != "GET" or rt is None:
        return None
    page = _Page(rt, definitions)
    if isinstance(_unwrap(rt), m.ListOf):  # the body is the list: only a Link header can page it
        item_type = _unwrap(rt)
        assert isinstance(item_type, m.ListOf)
        if _header(op, frozenset({"link"})):
            return m.Pagination("link_header", item_type.item)
        return None
    lists = page.item_lists()
    if len(lists) != 1:
        return None
    items = lists[0]
    listed = _unwrap(items.field.type)
    assert isinstance(listed, m.ListOf)
    base = m.Pagination("", listed.item, items=items.path)
    more = page.named(HAS_MORE_FIELDS)
    if more is not None:
        base = dataclasses.replace(base, has_more=more.path)
    cursor = _cursor_param(op)
    if cursor is not None:
        at = dataclasses.replace(base, style="cursor", param=cursor.wire, param_name=cursor.name,
                                 location=cursor.location)
        header = _header(op, NEXT_HEADERS)
        token = page.named(NEXT_CURSOR_FIELDS)
        if token is not None:
            return dataclasses.replace(at, next=token.path)
        if header:
            return dataclasses.replace(at, next_header=header)
        if cursor.wire == "after" and more is not None and _item_has_id(listed.item, definitions):
            return dataclasses.replace(at, item_cursor="id")  # OpenAI: after = the last item's id
        return None
    link = page.named(NEXT_LINK_FIELDS)
    if link is not None:
        return dataclasses.replace(base, style="next_link", next=link.path)
    if _header(op, frozenset({"link"})):
        return dataclasses.replace(base, style="link_header")
    offset = _param(op, frozenset({"offset", "skip"}))
    if offset is not None:
        return dataclasses.replace(base, style="offset", param=offset.wire, param_name=offset.name)
    number = _param(op, frozenset({"page", "pagenumber"}))
    if number is not None and _param(op, SIZE_PARAMS) is not None:
        return dataclasses.replace(base, style="page", param=number.wire, param_name=number.name)
    return None


def _item_has_id(item: m.TypeRef, definitions: Mapping[str, m.Definition]) -> bool:
    model = _model(item, definitions)
    return model is not None and any(f.wire == "id" and f.name == "id" for f in model.fields)


def _configured(op: m.Operation, cfg: PaginationOverride,
                definitions: Mapping[str, m.Definition]) -> tuple[m.Pagination | None, list[str]]:
    """The pagination a target configures, or None and what it names that does not exist."""
    rt = op.return_type
    page = _Page(rt, definitions)
    missing: list[str] = []
    item_type: m.TypeRef = m.ANY
    items: tuple[str, ...] = ()
    if cfg.items:
        found = page.by_wire(cfg.items)
        listed = _unwrap(found.field.type) if found else None
        if found is None or not isinstance(listed, m.ListOf):
            missing.append(f"items `{'.'.join(cfg.items)}` (an array field of the response)")
        else:
            item_type, items = listed.item, found.path
    elif isinstance(_unwrap(rt) if rt else None, m.ListOf):
        listed = _unwrap(rt) if rt else None
        assert isinstance(listed, m.ListOf)
        item_type = listed.item
    else:
        missing.append("items (the response is not an array: name its array field)")
    out = m.Pagination(cfg.style, item_type, items=items, next_header=cfg.next_header,
                       item_cursor=cfg.item_cursor, start=1 if cfg.start is None else cfg.start)
    next_field = page.by_wire(cfg.next) if cfg.next else None
    if next_field is not None:
        out = dataclasses.replace(out, next=next_field.path)
    elif cfg.next:
        missing.append(f"next `{'.'.join(cfg.next)}` (a field of the response)")
    more_field = page.by_wire(cfg.has_more) if cfg.has_more else None
    if more_field is not None:
        out = dataclasses.replace(out, has_more=more_field.path)
    elif cfg.has_more:
        missing.append(f"has_more `{'.'.join(cfg.has_more)}` (a field of the response)")
    if cfg.param:
        param = next((p for p in op.params if p.wire == cfg.param and p.location in ("query", "header")), None)
        if param is None:
            missing.append(f"param `{cfg.param}` (a query or header parameter)")
        else:
            out = dataclasses.replace(out, param=param.wire, param_name=param.name, location=param.location)
    elif cfg.style in ("cursor", "offset", "page"):
        missing.append(f"param (the {cfg.style} style sends the page in a parameter)")
    if cfg.style == "next_link" and not out.next:
        missing.append("next (the field holding the next page's URL)")
    if cfg.style == "cursor" and not (out.next or out.next_header or out.item_cursor):
        missing.append("next, next_header or item_cursor (where the next cursor comes from)")
    return (None if missing else out), missing


def detect_pagination(op: m.Operation, definitions: Mapping[str, m.Definition],
                      config: PaginationOverride | None = None) -> tuple[m.Operation, list[Diagnostic]]:
    """``op`` with its :class:`~generator.ir.model.Pagination` record (when it pages), and a
    ``pagination-config`` diagnostic when the target's setting names what the operation lacks."""
    if config is not None and not config.enabled:
        return op, []
    if config is None:
        found = _detect(op, definitions)
        # most operations do not page: keep the record rather than copy it (10k copies on Graph)
        return (op if found == op.pagination else dataclasses.replace(op, pagination=found)), []
    pagination, missing = _configured(op, config, definitions)
    if missing:
        message = (f"operations.{op.id}.pagination: the operation has no " + "; no ".join(missing)
                   + ": the operation gets no auto-paging method")
        return op, [diagnostic("pagination-config", message, op.pointer or None)]
    return dataclasses.replace(op, pagination=pagination), []
