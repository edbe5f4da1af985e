"""Media types the runtime reads and sends besides plain JSON: content negotiation (the actual
Content-Type picks among a status's declared bodies), JSON Lines responses (whole and streamed,
sync and async), JSON Lines and streamed binary request bodies."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest
from pydantic import BaseModel, ValidationError

from generator.runtime._config import BaseConfiguration
from generator.runtime._decode import media_kind
from generator.runtime._jsonl import JsonLinesDecoder
from generator.runtime._omit import omit
from generator.runtime._request import json_body, rewind_points
from generator.runtime.api_client import ApiClient, AsyncApiClient, Call, RequestOptions
from generator.runtime.exceptions import ApiResponseValidationError

Send = Callable[..., httpx.Request]  # the `send` fixture of conftest.py


class Item(BaseModel):
    desc: str


# one 200 with a JSON body and an image/png body (Spector's content-negotiation/different-body)
NEGOTIATED = Call(
    "GET",
    "/avatar",
    accept="application/json, image/png",
    responses={"200": ("json", Item)},
    media={"200": {"json": Item, "binary": None}},
)
LINES = Call("GET", "/items", accept="application/jsonl", responses={"200": ("jsonl", Item)})
JSONL_BODY = b'{"desc":"one"}\n{"desc": "two"}\r\n\n{"desc":"three"}'


def _client(handler: object, strict: bool = False) -> ApiClient:
    return ApiClient(
        BaseConfiguration("http://api.test", strict_response_validation=strict),
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),  # type: ignore[arg-type]
    )


def _async_client(handler: object) -> AsyncApiClient:
    return AsyncApiClient(
        BaseConfiguration("http://api.test"),
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),  # type: ignore[arg-type]
    )


def _answer(content: bytes, content_type: str) -> object:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"content-type": content_type})

    return handler


@pytest.mark.parametrize(
    ("content_type", "kind"),
    [
        ("application/json; charset=utf-8", "json"),
        ("application/merge-patch+json", "json"),
        ("", "json"),
        ("application/x-ndjson", "jsonl"),
        ("application/jsonl", "jsonl"),
        ("text/event-stream", "sse"),
        ("text/plain", "text"),
        ("image/png", "binary"),
        ("application/octet-stream", "binary"),
    ],
)
def test_media_kind(content_type: str, kind: str) -> None:
    assert media_kind(content_type) == kind


def test_the_actual_content_type_picks_the_declared_body() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00"
    with _client(_answer(png, "image/png")) as client:
        assert client.call(NEGOTIATED, RequestOptions()).data == png
    with _client(_answer(b'{"desc": "x"}', "application/json")) as client:
        assert client.call(NEGOTIATED, RequestOptions()).data == Item(desc="x")
    # a kind the status does not declare: the primary body, read as before
    with (
        _client(_answer(png, "text/plain"), strict=True) as client,
        pytest.raises(ApiResponseValidationError, match="expected a JSON body"),
    ):
        _ = client.call(NEGOTIATED, RequestOptions()).data


def test_without_negotiation_an_image_is_not_read_as_bytes() -> None:
    # the regression the media map fixes: the declared JSON body is all the runtime knows
    call = Call("GET", "/avatar", responses={"200": ("json", Item)})
    with (
        _client(_answer(b"\x89PNG", "image/png")) as client,
        pytest.raises(ApiResponseValidationError, match="expected a JSON body, got image/png"),
    ):
        _ = client.call(call, RequestOptions()).data


def test_json_lines_decoder_joins_lines_split_across_pieces() -> None:
    decoder = JsonLinesDecoder()
    assert decoder.feed('{"a":') == []
    assert decoder.feed(' 1}\r\n\n{"b"') == ['{"a": 1}']
    assert decoder.feed(": 2}\n") == ['{"b": 2}']
    assert decoder.feed("  ") == []
    assert decoder.flush() == []
    decoder.feed("[3]")
    assert decoder.flush() == ["[3]"]


def test_a_json_lines_response_is_the_list_of_its_items() -> None:
    with _client(_answer(JSONL_BODY, "application/jsonl")) as client:
        items = client.call(LINES, RequestOptions()).data
    assert items == [Item(desc="one"), Item(desc="two"), Item(desc="three")]


def test_a_bad_json_line_is_a_validation_error() -> None:
    with (
        _client(_answer(b'{"desc": "one"}\nnot json\n', "application/jsonl")) as client,
        pytest.raises(ApiResponseValidationError, match="the JSON line is not valid JSON"),
    ):
        _ = client.call(LINES, RequestOptions()).data


class _Trickle(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The body in small pieces, recording how far the server got when each piece is sent."""

    def __init__(self, body: bytes, sent: list[int]) -> None:
        self.pieces = [body[i : i + 5] for i in range(0, len(body), 5)]
        self.sent = sent

    def __iter__(self) -> Iterator[bytes]:
        for i, piece in enumerate(self.pieces):
            self.sent.append(i)
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for i, piece in enumerate(self.pieces):
            self.sent.append(i)
            yield piece


def test_a_json_lines_stream_yields_items_as_their_lines_complete() -> None:
    sent: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["accept"] == "application/jsonl"
        stream = _Trickle(JSONL_BODY, sent)
        return httpx.Response(200, stream=stream, headers={"content-type": "application/jsonl"})

    with _client(handler) as client:
        stream = client.stream(LINES.for_stream(False, "application/jsonl"), Item, RequestOptions())
        first = next(iter(stream))
        assert first == Item(desc="one")
        assert len(sent) < len(_Trickle(JSONL_BODY, []).pieces)  # not read to the end first
        assert list(stream) == [Item(desc="two"), Item(desc="three")]


def test_a_json_lines_stream_async() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        stream = _Trickle(JSONL_BODY, [])
        return httpx.Response(200, stream=stream, headers={"content-type": "application/x-ndjson"})

    async def run() -> list[Item]:
        async with _async_client(handler) as client:
            call = LINES.for_stream(False, "application/x-ndjson")
            return [item async for item in client.stream(call, Item, RequestOptions())]

    assert asyncio.run(run()) == [Item(desc="one"), Item(desc="two"), Item(desc="three")]


def test_a_json_lines_body_from_items(send: Send) -> None:
    call = Call(
        "POST",
        "/items",
        body_kind="jsonl",
        content=iter([Item(desc="one"), {"desc": "two"}, 3]),
        content_type="application/jsonl",
    )
    request = send(call)
    assert request.headers["content-type"] == "application/jsonl"
    assert request.content == b'{"desc":"one"}\n{"desc":"two"}\n3\n'


def test_a_json_lines_body_as_text_is_sent_as_is(send: Send) -> None:
    call = Call("POST", "/items", body_kind="jsonl", content='{"desc":"one"}\n', content_type="application/jsonl")
    assert send(call).content == b'{"desc":"one"}\n'


def test_a_json_lines_body_from_an_async_iterator() -> None:
    received: list[bytes] = []

    async def items() -> AsyncIterator[dict[str, str]]:
        for desc in ("one", "two"):
            yield {"desc": desc}

    async def handler(request: httpx.Request) -> httpx.Response:
        received.append(await request.aread())
        return httpx.Response(204)

    async def run() -> None:
        async with _async_client(handler) as client:
            call = Call("POST", "/items", body_kind="jsonl", content=items(), content_type="application/jsonl")
            await client.call(call, RequestOptions())

    asyncio.run(run())
    assert received == [b'{"desc":"one"}\n{"desc":"two"}\n']


def test_a_binary_body_streamed_from_an_iterator_of_chunks(send: Send) -> None:
    chunks = iter([b"abc", b"def"])
    call = Call("POST", "/upload", body_kind="binary", content=chunks, content_type="application/octet-stream")
    request = send(call)
    assert request.content == b"abcdef"
    assert request.headers["content-type"] == "application/octet-stream"


def test_an_iterator_body_cannot_be_rewound_for_a_retry() -> None:
    assert rewind_points(Call("POST", "/u", content=iter([b"a"]), body_kind="binary")) is None
    assert rewind_points(Call("POST", "/u", content=b"a", body_kind="binary")) == []


class Inner(BaseModel):
    name: str
    description: str | None = None


class Patch(BaseModel):
    description: str | None = None
    inner: Inner | None = None
    count: int | None = None


def test_a_merge_patch_sends_null_where_given_and_leaves_out_what_is_not() -> None:
    # a dict is a patch, not an instance: nested objects may lack required members, any may be null
    patch = {"description": None, "inner": {"description": None}, "count": 3}
    assert json_body(patch, Patch, patch=True) == patch
    assert json_body(Patch(description=None, count=1), Patch, patch=True) == {
        "description": None,
        "count": 1,
    }
    assert json_body(omit, Patch, patch=True) is omit


def test_without_patch_a_dict_is_validated_against_the_model() -> None:
    with pytest.raises(ValidationError):
        json_body({"inner": {"description": None}}, Patch)


def _parts(request: httpx.Request) -> list[tuple[str, str | None, str | None, bytes]]:
    """(name, filename, content type, body) of each part of a multipart request."""
    boundary = request.headers["content-type"].split("boundary=")[1].encode()
    out = []
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, body = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        headers = dict(
            line.split(": ", 1) for line in head.decode().split("\r\n") if ": " in line
        )
        disposition = headers["Content-Disposition"]
        name = disposition.split('name="')[1].split('"')[0]
        filename = disposition.split('filename="')[1].split('"')[0] if "filename=" in disposition else None
        out.append((name, filename, headers.get("Content-Type"), body))
    return out


def test_multipart_parts_follow_the_encoding_object(send: Send) -> None:
    call = Call(
        "POST",
        "/upload",
        body_kind="multipart",
        form={"id": 123, "address": {"city": "X"}, "previous": [{"city": "Y"}, {"city": "Z"}],
              "tags": ["a", "b"], "sdp": "v=0"},
        files={"pictures": [("a.png", b"png1"), ("b.png", b"png2", "image/png")], "avatar": b"jpg"},
        part_types={"previous": "application/json", "sdp": "application/sdp", "avatar": "image/jpeg"},
    )
    assert _parts(send(call)) == [
        ("id", None, None, b"123"),
        ("address", None, "application/json", b'{"city":"X"}'),
        # a JSON-encoded array is one part, not one part per item
        ("previous", None, "application/json", b'[{"city":"Y"},{"city":"Z"}]'),
        ("tags", None, None, b"a"),
        ("tags", None, None, b"b"),
        ("sdp", None, "application/sdp", b"v=0"),
        ("pictures", "a.png", "image/png", b"png1"),  # guessed by httpx from the filename
        ("pictures", "b.png", "image/png", b"png2"),
        ("avatar", "upload", "image/jpeg", b"jpg"),  # the encoding object's type
    ]


def test_the_callers_file_content_type_wins_over_the_encoding_object(send: Send) -> None:
    call = Call("POST", "/upload", body_kind="multipart", form={},
                files={"avatar": ("me.jpg", b"jpg", "image/jpg")}, part_types={"avatar": "image/png"})
    assert _parts(send(call)) == [("avatar", "me.jpg", "image/jpg", b"jpg")]


def test_the_async_client_streams_file_objects_and_sync_iterators() -> None:
    # httpx's AsyncClient refuses sync streams ("Attempted to send an sync request")
    received: list[bytes] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        received.append(await request.aread())
        return httpx.Response(204)

    big = bytes(range(256)) * 1024  # several chunks

    async def run() -> None:
        async with _async_client(handler) as client:
            for content, kind in ((io.BytesIO(big), "binary"), (iter([b"a", b"b"]), "binary"),
                                  (iter([{"desc": "one"}]), "jsonl")):
                call = Call("POST", "/u", body_kind=kind, content=content, content_type="application/x")
                await client.call(call, RequestOptions())

    asyncio.run(run())
    assert received == [big, b"ab", b'{"desc":"one"}\n']
