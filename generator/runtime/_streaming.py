"""Server-sent events: a decoder that follows the SSE spec, and typed sync/async streams."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
)
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx
from pydantic import ValidationError

from ._decode import decode_json, parse_json
from ._jsonl import aiter_lines, iter_lines
from .exceptions import StreamError

__all__ = ["AsyncStream", "SSEDecoder", "ServerSentEvent", "Stream"]

T = TypeVar("T")
DONE = "[DONE]"
_EOL = re.compile(r"\r\n|\r|\n")


@dataclass(slots=True)
class ServerSentEvent:
    event: str | None
    data: str
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Incremental decoder: feed it text in arbitrary pieces, get complete events out.

    Lines end in CRLF, LF or CR (a CRLF split between two pieces counts once); ``:`` lines are
    comments (keep-alives); several ``data:`` lines of one event are joined with ``\\n``; an event
    is dispatched at a blank line, and only when it has data.
    """

    def __init__(self) -> None:
        self._buffer = ""
        self._event: str | None = None
        self._data: list[str] = []
        self._id: str | None = None
        self._retry: int | None = None
        self._pending_cr = False  # the last piece ended in CR: a LF starting the next is its pair
        self._started = False

    @property
    def has_partial(self) -> bool:
        """True when an event has started but its terminating blank line has not arrived."""
        return bool(self._data or self._buffer)

    def feed(self, text: str) -> list[ServerSentEvent]:
        if not text:
            return []
        if not self._started:
            self._started = True
            text = text.removeprefix("\ufeff")
        if self._pending_cr and text.startswith("\n"):
            text = text[1:]
        buffer = self._buffer + text
        # split with str.split when there is no CR (the common case), else with the regex
        lines = _EOL.split(buffer) if "\r" in buffer else buffer.split("\n")
        self._buffer = lines.pop()
        self._pending_cr = not self._buffer and buffer.endswith("\r")
        events: list[ServerSentEvent] = []
        data = self._data
        for line in lines:
            if line.startswith("data:"):  # the hot path: one data line
                data.append(line[6:] if line.startswith("data: ") else line[5:])
                continue
            event = self._line(line)
            if event is not None:
                events.append(event)
                data = self._data
        return events

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            if not self._data:
                self._event = None
                return None
            event = ServerSentEvent(self._event, "\n".join(self._data), self._id, self._retry)
            self._event, self._data, self._retry = None, [], None
            return event
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\x00" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None


def _decode_event(
    sse: ServerSentEvent, event_type: Any, response: httpx.Response, strict: bool
) -> Any:
    if sse.event == "error":
        raise StreamError(
            f"the server sent an error event: {sse.data[:500]}",
            request=response.request,
        )
    try:
        return parse_json(event_type, sse.data)  # the fast path
    except ValidationError:
        pass
    try:
        payload = json.loads(sse.data)
    except ValueError:
        payload = None
    if isinstance(payload, dict) and "error" in payload and len(payload) <= 2:
        raise StreamError(
            f"the stream carried an error: {str(payload['error'])[:500]}",
            request=response.request,
        ) from None
    return decode_json(event_type, sse.data, response, strict, what="stream event")


def _incomplete(decoder: SSEDecoder, response: httpx.Response) -> StreamError:
    reason = "cut off mid-event" if decoder.has_partial else f"no {DONE}"
    return StreamError(
        f"the event stream ended before it was complete ({reason})",
        request=response.request,
    )


# The generators below are module functions, not methods: they must not refer to the stream
# object, so that dropping the stream (an early ``break``) frees the generator at once, and
# the generator's ``finally`` closes the connection.


def _events(
    response: httpx.Response, event_type: Any, expect_done: bool, strict: bool
) -> Generator[Any, None, None]:
    decoder = SSEDecoder()
    done = False
    try:
        for text in response.iter_text():
            if done:
                continue  # read what follows [DONE] (normally nothing): the connection is reused
            for sse in decoder.feed(text):
                if sse.data == DONE:
                    done = True
                    break
                yield _decode_event(sse, event_type, response, strict)
        if not done and (decoder.has_partial or expect_done):
            raise _incomplete(decoder, response)
    except httpx.TransportError as exc:
        if not done:
            raise StreamError(
                f"the event stream broke: {type(exc).__name__}",
                request=response.request,
            ) from exc
    finally:
        response.close()


async def _aevents(
    response: httpx.Response, event_type: Any, expect_done: bool, strict: bool
) -> AsyncGenerator[Any, None]:
    decoder = SSEDecoder()
    done = False
    try:
        async for text in response.aiter_text():
            if done:
                continue  # read what follows [DONE] (normally nothing): the connection is reused
            for sse in decoder.feed(text):
                if sse.data == DONE:
                    done = True
                    break
                yield _decode_event(sse, event_type, response, strict)
        if not done and (decoder.has_partial or expect_done):
            raise _incomplete(decoder, response)
    except httpx.TransportError as exc:
        if not done:
            raise StreamError(
                f"the event stream broke: {type(exc).__name__}",
                request=response.request,
            ) from exc
    finally:
        await response.aclose()


class Stream(Generic[T]):
    """Typed events of a streamed response (server-sent events, or JSON Lines when ``lines``);
    an iterator and a context manager.

    The connection is closed when the stream ends, when an error is raised, on ``close()`` or
    ``with`` exit, and when the caller breaks out of ``for event in client....(...)``.
    """

    def __init__(
        self,
        response: httpx.Response,
        event_type: Any,
        *,
        expect_done: bool = True,
        strict: bool = False,
        lines: bool = False,
    ) -> None:
        self.response = response
        self._iterator = (
            iter_lines(response, event_type, strict)
            if lines
            else _events(response, event_type, expect_done, strict)
        )

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        item: T = next(self._iterator)
        return item

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()

    def close(self) -> None:
        self._iterator.close()
        self.response.close()


class AsyncStream(Generic[T]):
    """Async twin of :class:`Stream`: ``async for`` and ``async with``.

    The request is sent when the stream is awaited, entered or first iterated, so both
    ``async for e in client....(...)`` and ``stream = await client....(...)`` work.
    """

    def __init__(
        self,
        open_response: Callable[[], Awaitable[httpx.Response]],
        event_type: Any,
        *,
        expect_done: bool = True,
        strict: bool = False,
        lines: bool = False,
    ) -> None:
        self._open = open_response
        self._lines = lines
        self._strict = strict
        self._event_type = event_type
        self._expect_done = expect_done
        self._response: httpx.Response | None = None
        self._iterator: AsyncGenerator[Any, None] | None = None

    @property
    def response(self) -> httpx.Response:
        """The raw httpx response (after the stream has been awaited, entered or iterated)."""
        if self._response is None:
            raise RuntimeError("the stream has not been opened yet: await it or iterate it first")
        return self._response

    async def _start(self) -> AsyncGenerator[Any, None]:
        if self._iterator is None:
            self._response = await self._open()
            self._iterator = (
                aiter_lines(self._response, self._event_type, self._strict)
                if self._lines
                else _aevents(self._response, self._event_type, self._expect_done, self._strict)
            )
        return self._iterator

    async def _opened(self) -> AsyncStream[T]:
        await self._start()
        return self

    def __await__(self) -> Generator[Any, None, AsyncStream[T]]:
        return self._opened().__await__()

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        iterator = await self._start()
        item: T = await iterator.__anext__()
        return item

    async def __aenter__(self) -> AsyncStream[T]:
        return await self._opened()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._iterator is not None:
            await self._iterator.aclose()
        if self._response is not None:
            await self._response.aclose()
