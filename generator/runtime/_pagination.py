"""Cursor pages (``after`` / ``limit`` / ``has_more``) with auto-paging iteration."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

__all__ = ["AsyncPage", "AsyncPager", "SyncPage"]

T = TypeVar("T")


class SyncPage(Generic[T]):
    """One page of a list operation. Iterating it yields the items of this and all later pages."""

    def __init__(
        self,
        raw: Any,
        data: list[T],
        has_more: bool,
        next_cursor: str | None,
        fetch: Callable[[str], SyncPage[T]],
    ) -> None:
        self.raw = raw  # the page model as the API returned it
        self.data = data
        self.has_more = has_more
        self.next_cursor = next_cursor
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return bool(self.has_more and self.next_cursor and self.data)

    def next_page(self) -> SyncPage[T]:
        if not self.has_next_page() or self.next_cursor is None:
            raise RuntimeError("no next page: check has_next_page() before calling next_page()")
        return self._fetch(self.next_cursor)

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


class AsyncPage(Generic[T]):
    """Async twin of :class:`SyncPage`."""

    def __init__(
        self,
        raw: Any,
        data: list[T],
        has_more: bool,
        next_cursor: str | None,
        fetch: Callable[[str], Awaitable[AsyncPage[T]]],
    ) -> None:
        self.raw = raw
        self.data = data
        self.has_more = has_more
        self.next_cursor = next_cursor
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return bool(self.has_more and self.next_cursor and self.data)

    async def next_page(self) -> AsyncPage[T]:
        if not self.has_next_page() or self.next_cursor is None:
            raise RuntimeError("no next page: check has_next_page() before calling next_page()")
        return await self._fetch(self.next_cursor)

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
