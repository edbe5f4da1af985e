"""JSON Lines (``application/jsonl``, ``application/x-ndjson``) responses: one JSON value per
line, read whole or as it arrives (request bodies: ``_request.json_lines``)."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from typing import Any

import httpx

from ._decode import decode_json
from .exceptions import StreamError

__all__ = ["JsonLinesDecoder", "aiter_lines", "iter_lines", "read_lines"]


class JsonLinesDecoder:
    """Incremental: feed text in arbitrary pieces, get the complete non-blank lines out (a line
    split between two pieces is returned once, whole)."""

    def __init__(self) -> None:
        self._buffer = ""

    def feed(self, text: str) -> list[str]:
        lines = (self._buffer + text).split("\n")
        self._buffer = lines.pop()
        return [line for line in (raw.rstrip("\r") for raw in lines) if line.strip()]

    def flush(self) -> list[str]:
        """The last line, when the body does not end with a line break."""
        rest, self._buffer = self._buffer.strip(), ""
        return [rest] if rest else []


def read_lines(item_type: Any, response: httpx.Response, strict: bool) -> list[Any]:
    """Every line of a read JSON Lines body, each parsed as ``item_type``."""
    decoder = JsonLinesDecoder()
    lines = decoder.feed(response.text) + decoder.flush()
    return [decode_json(item_type, line, response, strict, what="JSON line") for line in lines]


# Module functions, like _streaming's event generators: they must not refer to the stream
# object, so that dropping it frees the generator and its ``finally`` closes the connection.


def iter_lines(
    response: httpx.Response, item_type: Any, strict: bool
) -> Generator[Any, None, None]:
    """The items of a streamed JSON Lines body, each parsed as soon as its line is complete."""
    decoder = JsonLinesDecoder()
    try:
        for text in response.iter_text():
            for line in decoder.feed(text):
                yield decode_json(item_type, line, response, strict, what="JSON line")
        for line in decoder.flush():
            yield decode_json(item_type, line, response, strict, what="JSON line")
    except httpx.TransportError as exc:
        raise StreamError(
            f"the JSON Lines stream broke: {type(exc).__name__}",
            request=response.request,
        ) from exc
    finally:
        response.close()


async def aiter_lines(
    response: httpx.Response, item_type: Any, strict: bool
) -> AsyncGenerator[Any, None]:
    """Async twin of :func:`iter_lines`."""
    decoder = JsonLinesDecoder()
    try:
        async for text in response.aiter_text():
            for line in decoder.feed(text):
                yield decode_json(item_type, line, response, strict, what="JSON line")
        for line in decoder.flush():
            yield decode_json(item_type, line, response, strict, what="JSON line")
    except httpx.TransportError as exc:
        raise StreamError(
            f"the JSON Lines stream broke: {type(exc).__name__}",
            request=response.request,
        ) from exc
    finally:
        await response.aclose()
