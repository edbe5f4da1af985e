"""Every pagination style over real sockets: a client generated from
tests/fixtures/specs/pagination/styles.yaml (body cursor, Google-style page token, offset/limit,
page/per_page, a nested next link, the RFC 8288 Link header) against the scripted server, sync and
async; and the generated package with code using it is clean under ``mypy --strict``."""

from __future__ import annotations

import asyncio
import importlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import adhoc_target
from generator.pipeline import generate
from tests.clients._support import QuickServer, query_values
from tests.servers.scripted import Reply, ScriptedServer

SPEC = Path(__file__).resolve().parents[1] / "fixtures" / "specs" / "pagination" / "styles.yaml"
PACKAGE = "paged_client"
MODES = ("sync", "async")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("paged")
    generate(adhoc_target(SPEC, PACKAGE, out))
    yield out


@pytest.fixture(scope="module")
def paged(generated: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(generated))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(generated))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with QuickServer() as srv:
        yield srv


def things(*ids: str) -> list[dict[str, str]]:
    return [{"id": i} for i in ids]


def collect(paged: ModuleType, server: ScriptedServer, mode: str, method: str, **kwargs: Any) -> list[str]:
    """The ids of every item ``client.things.<method>(**kwargs)`` iterates over."""
    if mode == "sync":
        with paged.Client(base_url=server.base_url, max_retries=0) as client:
            return [t.id for t in getattr(client.things, method)(**kwargs)]

    async def run() -> list[str]:
        async with paged.AsyncClient(base_url=server.base_url, max_retries=0) as client:
            return [t.id async for t in getattr(client.things, method)(**kwargs)]

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
def test_cursor_in_the_body(paged: ModuleType, server: ScriptedServer, mode: str) -> None:
    server.add("GET /cursor/things", Reply.json({"items": things("a", "b"), "next_cursor": "c2"}),
               Reply.json({"items": things("c"), "next_cursor": None}))
    assert collect(paged, server, mode, "list_cursor_iter", limit=2) == ["a", "b", "c"]
    assert [query_values(r, "cursor") for r in server.requests] == [[], ["c2"]]
    assert all(query_values(r, "limit") == ["2"] for r in server.requests)
    server.assert_all_consumed()


@pytest.mark.parametrize("mode", MODES)
def test_a_repeated_cursor_ends_the_iteration(paged: ModuleType, server: ScriptedServer, mode: str) -> None:
    server.add("GET /cursor/things", Reply.json({"items": things("a"), "next_cursor": "c2"}),
               Reply.json({"items": things("b"), "next_cursor": "c2"}))
    server.default("GET /cursor/things", Reply.json({"items": things("x"), "next_cursor": "c2"}))
    assert collect(paged, server, mode, "list_cursor_iter") == ["a", "b"]
    assert len(server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_page_token(paged: ModuleType, server: ScriptedServer, mode: str) -> None:
    server.add("GET /tokens/things", Reply.json({"values": things("a"), "nextPageToken": "t2"}),
               Reply.json({"values": things("b")}))
    assert collect(paged, server, mode, "list_tokens_iter") == ["a", "b"]
    assert [query_values(r, "pageToken") for r in server.requests] == [[], ["t2"]]
    server.assert_all_consumed()


@pytest.mark.parametrize("mode", MODES)
def test_offset_advances_by_the_items_received_until_an_empty_page(
    paged: ModuleType, server: ScriptedServer, mode: str
) -> None:
    server.add("GET /offset/things", Reply.json({"data": things("a", "b"), "total": 3}),
               Reply.json({"data": things("c")}), Reply.json({"data": []}))
    assert collect(paged, server, mode, "list_offset_iter", limit=2) == ["a", "b", "c"]
    assert [query_values(r, "offset") for r in server.requests] == [[], ["2"], ["3"]]
    assert all(query_values(r, "limit") == ["2"] for r in server.requests)
    server.assert_all_consumed()


@pytest.mark.parametrize("mode", MODES)
def test_page_number_advances_by_one_until_has_more_is_false(
    paged: ModuleType, server: ScriptedServer, mode: str
) -> None:
    server.add("GET /pages/things", Reply.json({"results": things("a"), "has_more": True}),
               Reply.json({"results": things("b"), "has_more": False}))
    assert collect(paged, server, mode, "list_pages_iter", page=3, per_page=1) == ["a", "b"]
    assert [query_values(r, "page") for r in server.requests] == [["3"], ["4"]]
    assert all(query_values(r, "per_page") == ["1"] for r in server.requests)
    server.assert_all_consumed()


@pytest.mark.parametrize("mode", MODES)
def test_nested_next_link_absolute_then_relative(paged: ModuleType, server: ScriptedServer, mode: str) -> None:
    server.add("GET /links/things", Reply.json({
        "nestedItems": {"things": things("a")},
        "nestedNext": {"next": f"{server.base_url}/links/things/page2?after=a"},
    }))
    server.add("GET /links/things/page2", Reply.json({
        "nestedItems": {"things": things("b")}, "nestedNext": {"next": "/links/things/page3?after=b"},
    }))
    server.add("GET /links/things/page3", Reply.json({"nestedItems": {"things": things("c")}}))
    assert collect(paged, server, mode, "list_links_iter") == ["a", "b", "c"]
    assert [(r.path, r.query) for r in server.requests] == [
        ("/links/things", ""), ("/links/things/page2", "after=a"), ("/links/things/page3", "after=b"),
    ]
    server.assert_all_consumed()


@pytest.mark.parametrize("mode", MODES)
def test_link_header_as_github_sends_it(paged: ModuleType, server: ScriptedServer, mode: str) -> None:
    base = f"{server.base_url}/github/things"
    server.add("GET /github/things", Reply.json(things("a", "b"), headers={
        "Link": f'<{base}?per_page=2&page=2>; rel="next", <{base}?per_page=2&page=2>; rel="last"',
    }), Reply.json(things("c"), headers={
        "Link": f'<{base}?per_page=2&page=1>; rel="prev", <{base}?per_page=2&page=1>; rel="first"',
    }))
    assert collect(paged, server, mode, "list_github_iter", per_page=2) == ["a", "b", "c"]
    assert [r.query for r in server.requests] == ["per_page=2", "per_page=2&page=2"]
    server.assert_all_consumed()


def test_pages_one_at_a_time(paged: ModuleType, server: ScriptedServer) -> None:
    server.add("GET /cursor/things", Reply.json({"items": things("a"), "next_cursor": "c2"}, headers={"X-Page": "1"}),
               Reply.json({"items": things("b")}))
    with paged.Client(base_url=server.base_url, max_retries=0) as client:
        first = client.things.list_cursor_iter()
        assert [t.id for t in first.data] == ["a"] and first.has_next_page()
        assert first.response.headers["x-page"] == "1" and first.raw.next_cursor == "c2"
        assert len(server.requests) == 1  # later pages are fetched only when asked for
        second = first.next_page()
        assert [t.id for t in second.data] == ["b"] and not second.has_next_page()
        with pytest.raises(RuntimeError):
            second.next_page()
    assert not hasattr(paged.Client(base_url=server.base_url).things, "list_plain_iter")


USAGE = """
from typing import assert_type

from paged_client import AsyncClient, Client
from paged_client.models import Thing


def sync_use(client: Client) -> list[str]:
    page = client.things.list_links_iter()
    for item in page:
        assert_type(item, Thing)
    for p in page.iter_pages():
        assert_type(p.data, list[Thing])
    return [t.id for t in client.things.list_github_iter(per_page=2)]


async def async_use(client: AsyncClient) -> list[str]:
    first = await client.things.list_offset_iter(limit=2)
    assert_type(first.data, list[Thing])
    return [t.id async for t in client.things.list_cursor_iter(limit=2)]
"""


@pytest.mark.slow
def test_the_generated_client_and_code_using_it_pass_mypy_strict(generated: Path, tmp_path: Path) -> None:
    usage = tmp_path / "usage.py"
    usage.write_text(textwrap.dedent(USAGE), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"),
         "--no-error-summary", str(generated / PACKAGE), str(usage)],
        capture_output=True, text=True, timeout=600, check=False, cwd=generated,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
