"""Auto-paging for every common pagination style; each generated ``..._iter`` method only says
which style its operation uses and where the fields are (a :class:`Paging`).

Styles:

- ``cursor``: the request parameter ``param`` (query or header) takes a token that each page
  carries: at the body path ``next``, in the response header ``next_header``, or as the
  ``item_cursor`` attribute of the page's last item (OpenAI's ``after`` = the last ``id``);
- ``offset``: ``param`` advances by the number of items received (first page: 0);
- ``page``: ``param`` advances by one (first page: ``start``);
- ``next_link``: the body path ``next`` holds the next page's URL (absolute or relative);
- ``link_header``: the ``Link`` response header's ``rel="next"`` URL (RFC 8288, as GitHub sends it).

Iteration is bounded whatever the server does: it stops on an empty page, when no next page is
named (or ``has_more`` says there is none), and when a cursor or URL repeats one already followed.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any, Generic, Protocol, TypeVar

from ._request import Call, RequestOptions
from .api_response import ApiResponse

__all__ = [
    "AsyncPage",
    "AsyncPager",
    "Paging",
    "SyncPage",
    "next_call",
    "next_link_header",
    "page_items",
    "paginate",
    "paginate_async",
]

T = TypeVar("T")

STYLES = ("cursor", "offset", "page", "next_link", "link_header")


@dataclass(frozen=True)
class Paging:
    """How one operation pages. Paths are attribute names from the page model down."""

    style: str
    items: tuple[str, ...] = ()  # the item list; () when the response body is the list itself
    param: str = ""  # wire name of the request parameter that selects the page
    location: str = "query"  # where ``param`` is sent: "query" or "header"
    next: tuple[str, ...] = ()  # the next cursor (cursor) or URL (next_link) in the body
    next_header: str = ""  # the response header holding the next cursor
    has_more: tuple[str, ...] = ()  # a boolean that says whether another page exists
    item_cursor: str = ""  # the cursor is this attribute of the page's last item
    start: int = 1  # the first page's number (page style), when the caller gives none

    def __post_init__(self) -> None:
        if self.style not in STYLES:
            raise ValueError(
                f"unknown pagination style {self.style!r} (one of {', '.join(STYLES)})"
            )


def _get(value: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if value is None:
            return None
        value = value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)
    return value


def page_items(paging: Paging, body: Any) -> list[Any]:
    items = _get(body, paging.items)
    return list(items) if isinstance(items, list | tuple) else []


# <target> then ;-separated parameters, a value a token or a quoted string (which may hold , or ;)
_LINK_RE = re.compile(r'<([^>]*)>((?:\s*;\s*[^;,=\s]+\s*(?:=\s*(?:"[^"]*"|[^;,\s]*))?)*)')
_REL_RE = re.compile(r"""\brel\s*=\s*(?:"([^"]*)"|([^\s;,"]+))""", re.IGNORECASE)


def next_link_header(value: str | None) -> str | None:
    """The ``rel="next"`` target of an RFC 8288 ``Link`` header (``rel`` may list several types)."""
    for m in _LINK_RE.finditer(value or ""):
        rel = _REL_RE.search(m.group(2))
        if rel and "next" in (rel.group(1) or rel.group(2) or "").lower().split():
            return m.group(1).strip()
    return None


def _with_param(call: Call[Any], paging: Paging, value: Any) -> Call[Any]:
    if paging.location == "header":
        return replace(call, headers={**call.headers, paging.param: value})
    return replace(call, query={**call.query, paging.param: value})


def _current(call: Call[Any], paging: Paging) -> Any:
    source = call.headers if paging.location == "header" else call.query
    return source.get(paging.param)


def next_call(
    paging: Paging,
    call: Call[Any],
    response: ApiResponse[Any],
    items: list[Any],
    seen: frozenset[str],
) -> tuple[Call[Any], str] | None:
    """The request for the page after ``response`` and the key that identifies it (a cursor, a
    URL or a number), or None when this was the last page."""
    if not items:
        return None
    body = response.data
    if paging.has_more and not _get(body, paging.has_more):
        return None
    if paging.style in ("offset", "page"):
        current = _current(call, paging)
        if paging.style == "offset":
            following = int(current or 0) + len(items)
        else:
            following = (paging.start if current is None else int(current)) + 1
        return _with_param(call, paging, following), str(following)
    if paging.style == "link_header":
        token = next_link_header(response.headers.get("link"))
    elif paging.next_header:
        token = response.headers.get(paging.next_header)
    elif paging.item_cursor:
        token = _get(items[-1], (paging.item_cursor,))
    else:
        token = _get(body, paging.next)
    if token is None or token == "" or str(token) in seen:
        return None
    if paging.style == "cursor":
        return _with_param(call, paging, token), str(token)
    # a link names the whole next request: its query replaces the first request's
    return replace(call, url=str(token), query={}), str(token)


class _Caller(Protocol):
    def call(self, call: Call[Any], options: RequestOptions) -> ApiResponse[Any]: ...


class _AsyncCaller(Protocol):
    async def call(self, call: Call[Any], options: RequestOptions) -> ApiResponse[Any]: ...


class SyncPage(Generic[T]):
    """One page of a list operation. Iterating it yields the items of this and all later pages."""

    def __init__(
        self,
        response: ApiResponse[Any],
        data: list[T],
        fetch_next: Callable[[], SyncPage[T]] | None,
    ) -> None:
        self.response = response  # status, headers (a ``Link`` header...) of this page
        self.raw: Any = response.data  # the page as the API returned it (parsed)
        self.data = data
        self.has_more = fetch_next is not None
        self._fetch_next = fetch_next

    def has_next_page(self) -> bool:
        return self._fetch_next is not None

    def next_page(self) -> SyncPage[T]:
        if self._fetch_next is None:
            raise RuntimeError("no next page: check has_next_page() before calling next_page()")
        return self._fetch_next()

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page: SyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data

    def __repr__(self) -> str:
        return f"SyncPage(items={len(self.data)}, has_more={self.has_more})"


def paginate(
    client: _Caller, call: Call[Any], options: RequestOptions, paging: Paging
) -> SyncPage[Any]:
    """The first page of ``call``; later pages are fetched as they are iterated."""

    def fetch(request: Call[Any], seen: frozenset[str]) -> SyncPage[Any]:
        response = client.call(request, options)
        items = page_items(paging, response.data)
        following = next_call(paging, request, response, items, seen)
        if following is None:
            return SyncPage(response, items, None)
        nxt, key = following
        return SyncPage(response, items, lambda: fetch(nxt, seen | {key}))

    return fetch(call, frozenset())


class AsyncPage(Generic[T]):
    """Async twin of :class:`SyncPage`."""

    def __init__(
        self,
        response: ApiResponse[Any],
        data: list[T],
        fetch_next: Callable[[], Awaitable[AsyncPage[T]]] | None,
    ) -> None:
        self.response = response
        self.raw: Any = response.data
        self.data = data
        self.has_more = fetch_next is not None
        self._fetch_next = fetch_next

    def has_next_page(self) -> bool:
        return self._fetch_next is not None

    async def next_page(self) -> AsyncPage[T]:
        if self._fetch_next is None:
            raise RuntimeError("no next page: check has_next_page() before calling next_page()")
        return await self._fetch_next()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def __repr__(self) -> str:
        return f"AsyncPage(items={len(self.data)}, has_more={self.has_more})"


class AsyncPager(Generic[T]):
    """What async ``..._iter`` methods return: ``await`` it for the first page, or ``async for`` over
    every item of every page."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def _items(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()


def paginate_async(
    client: _AsyncCaller, call: Call[Any], options: RequestOptions, paging: Paging
) -> AsyncPager[Any]:
    """Async twin of :func:`paginate`: nothing is sent until the pager is awaited or iterated."""

    async def fetch(request: Call[Any], seen: frozenset[str]) -> AsyncPage[Any]:
        response = await client.call(request, options)
        items = page_items(paging, response.data)
        following = next_call(paging, request, response, items, seen)
        if following is None:
            return AsyncPage(response, items, None)
        nxt, key = following
        return AsyncPage(response, items, lambda: fetch(nxt, seen | {key}))

    return AsyncPager(lambda: fetch(call, frozenset()))
