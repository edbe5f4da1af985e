"""Pagination in the IR: each style detected from the spec (the README's rules), ambiguous shapes
left alone, the target's ``operations.<id>.pagination`` setting, and its ``pagination-config``
diagnostic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.config import adhoc_target, target_from_table
from generator.diagnostics import ConfigError, Diagnostic
from generator.ir import build_api
from generator.ir import model as m
from generator.loader import load_spec

THING = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
THINGS = {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}


def _query(*names: str, kind: str = "integer") -> list[dict[str, Any]]:
    return [{"name": n, "in": "query", "schema": {"type": kind}} for n in names]


def _op(params: list[dict[str, Any]], schema: dict[str, Any], headers: dict[str, Any] | None = None,
        method: str = "get") -> dict[str, Any]:
    response: dict[str, Any] = {"description": "ok", "content": {"application/json": {"schema": schema}}}
    if headers:
        response["headers"] = headers
    return {method: {"operationId": "listThings", "parameters": params, "responses": {"200": response}}}


def _page(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


def build(tmp_path: Path, path_item: dict[str, Any], operations: dict[str, Any] | None = None
          ) -> tuple[m.Operation, list[Diagnostic]]:
    doc = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"},
           "servers": [{"url": "https://api.example.com"}], "paths": {"/things": path_item},
           "components": {"schemas": {"Thing": THING}}}
    spec_path = tmp_path / "spec.json"
    spec_path.write_text(json.dumps(doc))
    spec = load_spec(spec_path)
    target = adhoc_target(spec_path, "pkg", tmp_path / "out")
    if operations is not None:
        target = target_from_table("t", {"spec": "spec.json", "package": "pkg", "output": "out",
                                         "operations": {"listThings": operations}}, tmp_path)
    api, diagnostics = build_api(spec.document, spec.resolve, target)
    return api.operations[0], [d for d in diagnostics if d.code == "pagination-config"]


def paging(tmp_path: Path, path_item: dict[str, Any]) -> m.Pagination | None:
    return build(tmp_path, path_item)[0].pagination


def test_body_cursor(tmp_path: Path) -> None:
    p = paging(tmp_path, _op(_query("cursor", kind="string") + _query("limit"),
                             _page(items=THINGS, next_cursor={"type": ["string", "null"]})))
    assert p is not None and (p.style, p.items, p.param, p.next) == ("cursor", ("items",), "cursor", ("next_cursor",))
    assert p.item_type == m.Named("Thing")


def test_cursor_in_a_response_header_sent_back_in_a_request_header(tmp_path: Path) -> None:
    params = [{"name": "token", "in": "header", "schema": {"type": "string"}}]
    p = paging(tmp_path, _op(params, _page(pets=THINGS), {"next-token": {"schema": {"type": "string"}}}))
    assert p is not None and (p.style, p.param, p.location, p.next_header) == ("cursor", "token", "header", "next-token")


def test_openai_after_has_more_uses_last_id_or_else_the_last_items_id(tmp_path: Path) -> None:
    with_last = paging(tmp_path, _op(_query("after", kind="string"), _page(
        data=THINGS, has_more={"type": "boolean"}, last_id={"type": "string"})))
    assert with_last is not None and (with_last.next, with_last.has_more) == (("last_id",), ("has_more",))
    by_item = paging(tmp_path, _op(_query("after", kind="string"), _page(data=THINGS, has_more={"type": "boolean"})))
    assert by_item is not None and (by_item.item_cursor, by_item.next) == ("id", ())


def test_a_string_page_parameter_is_a_cursor(tmp_path: Path) -> None:
    p = paging(tmp_path, _op(_query("page", kind="string"), _page(data=THINGS, next_page={"type": "string"})))
    assert p is not None and (p.style, p.param, p.next) == ("cursor", "page", ("next_page",))


def test_nested_next_link(tmp_path: Path) -> None:
    p = paging(tmp_path, _op([], {"type": "object", "properties": {
        "nestedItems": _page(pets=THINGS),
        "nestedNext": _page(next={"type": "string", "format": "uri"}),
    }}))
    assert p is not None and (p.style, p.items, p.next) == ("next_link", ("nested_items", "pets"), ("nested_next", "next"))


def test_link_header_over_a_top_level_array(tmp_path: Path) -> None:
    p = paging(tmp_path, _op(_query("page", "per_page"), THINGS, {"Link": {"schema": {"type": "string"}}}))
    assert p is not None and (p.style, p.items) == ("link_header", ())


def test_offset_and_page(tmp_path: Path) -> None:
    offset = paging(tmp_path, _op(_query("offset", "limit"), _page(data=THINGS)))
    assert offset is not None and (offset.style, offset.param) == ("offset", "offset")
    page = paging(tmp_path, _op(_query("page", "per_page"), _page(results=THINGS)))
    assert page is not None and (page.style, page.param, page.start) == ("page", "page", 1)


@pytest.mark.parametrize("path_item", [
    _op(_query("limit"), _page(data=THINGS)),  # nothing selects a page
    _op(_query("page"), _page(data=THINGS)),  # a page number without a page size
    _op(_query("offset"), _page(a=THINGS, b=THINGS)),  # two arrays, neither conventionally named
    _op(_query("offset"), THINGS),  # a bare array without a Link header
    _op(_query("cursor", kind="string"), _page(data=THINGS)),  # a cursor that nothing returns
    _op(_query("offset"), _page(data=THINGS), method="post"),
])
def test_ambiguous_or_incomplete_shapes_are_not_paged(tmp_path: Path, path_item: dict[str, Any]) -> None:
    assert paging(tmp_path, path_item) is None


def test_the_target_setting_overrides_detection(tmp_path: Path) -> None:
    item = _op(_query("skip_token", kind="string"), {"type": "object", "properties": {
        "wrapper": _page(entries=THINGS), "meta": _page(more={"type": "boolean"}, following={"type": "string"})}})
    op, notes = build(tmp_path, item, {"pagination": {
        "style": "cursor", "items": "wrapper.entries", "param": "skip_token", "next": "meta.following",
        "has_more": "meta.more"}})
    assert notes == [] and op.pagination is not None
    p = op.pagination
    assert (p.style, p.items, p.param, p.next, p.has_more) == (
        "cursor", ("wrapper", "entries"), "skip_token", ("meta", "following"), ("meta", "more"))
    assert p.item_type == m.Named("Thing")
    detected = _op(_query("offset"), _page(data=THINGS))
    assert build(tmp_path, detected, {"pagination": False})[0].pagination is None


def test_a_setting_naming_missing_fields_is_a_diagnostic(tmp_path: Path) -> None:
    item = _op(_query("offset"), _page(data=THINGS))
    op, notes = build(tmp_path, item, {"pagination": {"style": "next_link", "items": "dta", "next": "links.next"}})
    assert op.pagination is None and len(notes) == 1
    assert "items `dta`" in notes[0].message and "next `links.next`" in notes[0].message
    op, notes = build(tmp_path, item, {"pagination": {"style": "offset", "items": "data", "param": "start"}})
    assert op.pagination is None and "param `start`" in notes[0].message


@pytest.mark.parametrize("setting", [
    {"style": "sideways"}, {"style": "offset", "colour": "red"}, {"style": "page", "start": "1"},
    {"style": "offset", "items": 3}, "offset",
])
def test_malformed_settings_are_refused(tmp_path: Path, setting: Any) -> None:
    with pytest.raises(ConfigError):
        target_from_table("t", {"spec": "s.yaml", "package": "pkg", "output": "out",
                                "operations": {"listThings": {"pagination": setting}}}, tmp_path)
