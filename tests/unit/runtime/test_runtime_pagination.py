"""The pagination runtime in place (generator/runtime/_pagination.py) over httpx.MockTransport:
Link header parsing, where the next request comes from in each style, and the bounds."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from generator.runtime._config import BaseConfiguration
from generator.runtime._pagination import Paging, next_link_header, paginate, paginate_async
from generator.runtime.api_client import ApiClient, AsyncApiClient, Call, RequestOptions

Handler = Callable[[httpx.Request], httpx.Response]


def _sync(handler: Handler, host: str = "http://api.test/v2") -> ApiClient:
    return ApiClient(BaseConfiguration(host), http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def _call(**changes: Any) -> Call[Any]:
    return Call("GET", "/things", responses={"200": ("json", Any)}, **changes)


def _scripted(*bodies: tuple[Any, dict[str, str]]) -> tuple[Handler, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body, headers = bodies[min(len(seen), len(bodies)) - 1]
        return httpx.Response(200, json=body, headers=headers)

    return handler, seen


@pytest.mark.parametrize(("header", "expected"), [
    ('<https://api.github.com/repos?page=2>; rel="next", <https://api.github.com/repos?page=9>; rel="last"',
     "https://api.github.com/repos?page=2"),
    ('<https://x.test/?page=1>; rel="prev", <https://x.test/?page=3>; rel="next"', "https://x.test/?page=3"),
    ("<https://x.test/p3>; rel=next", "https://x.test/p3"),
    ('<https://x.test/p3>; title="a, b"; rel="last next"', "https://x.test/p3"),
    ('<https://x.test/p3>;REL="Next"', "https://x.test/p3"),
    ('<https://x.test/p1>; rel="prev", <https://x.test/p9>; rel="last"', None),
    ('<https://x.test/p1>; rel="nextish"', None),
    ("", None),
    (None, None),
])
def test_link_header_next(header: str | None, expected: str | None) -> None:
    assert next_link_header(header) == expected


def test_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="sideways"):
        Paging("sideways")


def test_relative_next_link_resolves_against_the_host_and_replaces_the_query() -> None:
    handler, seen = _scripted(({"data": [1], "next": "/v2/things?skip=1"}, {}),
                              ({"data": [2], "next": "things?skip=2"}, {}), ({"data": [3]}, {}))
    paging = Paging("next_link", items=("data",), next=("next",))
    with _sync(handler) as client:
        items = list(paginate(client, _call(query={"limit": 1}), RequestOptions(), paging))
    assert items == [1, 2, 3]
    assert [str(r.url) for r in seen] == ["http://api.test/v2/things?limit=1", "http://api.test/v2/things?skip=1",
                                          "http://api.test/v2/things?skip=2"]


def test_header_cursor_from_a_response_header() -> None:
    handler, seen = _scripted(({"pets": [1]}, {"next-token": "p2"}), ({"pets": [2]}, {}))
    paging = Paging("cursor", items=("pets",), param="token", location="header", next_header="next-token")
    with _sync(handler) as client:
        items = list(paginate(client, _call(headers={"token": None, "foo": "x"}), RequestOptions(), paging))
    assert items == [1, 2]
    assert [r.headers.get("token") for r in seen] == [None, "p2"]
    assert all(r.headers["foo"] == "x" for r in seen)


def test_has_more_false_stops_even_with_a_cursor() -> None:
    handler, seen = _scripted(({"data": [1], "has_more": False, "last_id": "1"}, {}))
    paging = Paging("cursor", items=("data",), param="after", next=("last_id",), has_more=("has_more",))
    with _sync(handler) as client:
        page = paginate(client, _call(), RequestOptions(), paging)
        assert not page.has_next_page() and list(page) == [1] and len(seen) == 1


def test_an_empty_page_stops_whatever_the_cursor() -> None:
    handler, seen = _scripted(({"data": [1], "next": "c"}, {}), ({"data": [], "next": "d"}, {}))
    paging = Paging("cursor", items=("data",), param="cursor", next=("next",))
    with _sync(handler) as client:
        assert list(paginate(client, _call(), RequestOptions(), paging)) == [1]
    assert len(seen) == 2


def test_a_link_header_that_points_back_is_not_followed_twice() -> None:
    link = {"Link": '<http://api.test/v2/things?page=2>; rel="next"'}
    handler, seen = _scripted(([1], link), ([2], link))
    with _sync(handler) as client:
        assert list(paginate(client, _call(), RequestOptions(), Paging("link_header"))) == [1, 2]
    assert len(seen) == 2


def test_item_cursor_and_async_pages() -> None:
    handler, seen = _scripted(({"data": [{"id": "a"}, {"id": "b"}], "more": True}, {}),
                              ({"data": [{"id": "c"}], "more": False}, {}))
    paging = Paging("cursor", items=("data",), param="after", has_more=("more",), item_cursor="id")

    async def run() -> list[list[str]]:
        transport = httpx.MockTransport(handler)
        async with AsyncApiClient(BaseConfiguration("http://api.test"),
                                  http_client=httpx.AsyncClient(transport=transport)) as client:
            pager = paginate_async(client, _call(), RequestOptions(), paging)
            assert seen == []  # nothing is sent before the pager is awaited or iterated
            first = await pager
            return [[t["id"] for t in p.data] async for p in first.iter_pages()]

    assert asyncio.run(run()) == [["a", "b"], ["c"]]
    assert [r.url.params.get("after") for r in seen] == [None, "b"]
