"""Cursor pagination, detected from an operation's parameters and its response model."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from generator.ir import model as m


def detect_pagination(op: m.Operation, definitions: Mapping[str, m.Definition]) -> m.Operation:
    """OpenAI-style cursor pages: ``after`` + ``limit`` query params, a response with ``data``,
    ``has_more`` and ``last_id``; the result gets a :class:`Pagination` record."""
    if op.method != "GET":
        return op
    query = {p.wire: p for p in op.params_in("query")}
    if "after" not in query or "limit" not in query:
        return op
    rt = op.return_type
    if not isinstance(rt, m.Named):
        return op
    model = definitions.get(rt.name)
    if not isinstance(model, m.Model):
        return op
    fields = {f.wire: f for f in model.fields}
    data = fields.get("data")
    if data is None or not isinstance(data.type, m.ListOf) or "has_more" not in fields:
        return op
    cursor = "last_id" if "last_id" in fields else None
    if cursor is None:
        item = data.type.item
        if isinstance(item, m.Named) and isinstance(definitions.get(item.name), m.Model):
            item_model = definitions[item.name]
            assert isinstance(item_model, m.Model)
            if any(f.wire == "id" for f in item_model.fields):
                cursor = "id"  # the next page starts after the last item's id
    if cursor is None:
        return op
    on_item = cursor not in fields
    pag = m.Pagination(query["after"].name, data.type.item,
                       cursor_field=fields[cursor].name if not on_item else "id",
                       data_field=data.name, has_more_field=fields["has_more"].name,
                       cursor_on_item=on_item)
    return dataclasses.replace(op, pagination=pag)
