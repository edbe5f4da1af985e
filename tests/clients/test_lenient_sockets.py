"""Lenient reading over real sockets (the scripted loopback server), sync and async: a stream and
an auto-paging listing with deviant items keep every item, typed where it validates; strict
mode raises at the deviant item."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import openai_client
import pytest
from openai_client.models import (
    ChatCompletionStreamResponseDelta,
    CreateChatCompletionStreamResponse,
    OpenAIFile,
)

from tests.clients._support import API_KEY, QuickServer, file_obj
from tests.servers.scripted import Reply, ScriptedServer

pytestmark = pytest.mark.timeout(30)

CHAT = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with QuickServer() as srv:
        yield srv


def chunk(content: str, **changes: Any) -> dict[str, Any]:
    event = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o",
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": content}, "finish_reason": None}],
    }
    event.update(changes)
    return event


def deviant_stream() -> Reply:
    bad = chunk("b")
    del bad["created"]  # required
    bad["object"] = "chat.completion.chunk.v2"  # not the declared constant
    return Reply.sse([chunk("a"), bad, chunk("c"), "[DONE]"])


def script_pages(server: ScriptedServer, pages: int = 2) -> None:
    first = [file_obj("f1"), file_obj("f2")]
    del first[1]["created_at"]  # required
    second = [file_obj("f3")]
    second[0]["status"] = "archived"  # an open enum: a new value validates
    second[0]["object"] = "file.v2"  # not the declared constant
    server.add("GET /files", Reply.json({"object": "list", "data": first, "first_id": "f1", "last_id": "f2", "has_more": True}))
    if pages == 2:
        server.add("GET /files", Reply.json({"object": "list", "data": second, "first_id": None, "last_id": None, "has_more": False}))


def check_events(events: list[Any]) -> None:
    assert [type(e) for e in events] == [CreateChatCompletionStreamResponse] * 3
    assert all(isinstance(e.choices[0].delta, ChatCompletionStreamResponseDelta) for e in events)
    assert [e.choices[0].delta.content for e in events] == ["a", "b", "c"]
    assert events[1].created is None and events[1].object == "chat.completion.chunk.v2"
    assert str(events[1].model_deviations()[0]) == "created: field required"
    assert events[0].model_deviations() == () and events[0].created == 1


def check_files(files: list[Any]) -> None:
    assert [f.id for f in files] == ["f1", "f2", "f3"]
    assert all(isinstance(f, OpenAIFile) for f in files)
    assert [f.created_at for f in files] == [1, None, 1]
    assert files[2].status == "archived" and files[2].bytes == 10
    assert [d.location for d in files[1].model_deviations()] == ["data[1].created_at"]
    assert files[2].object == "file.v2" and files[2].model_deviations()[0].location == "data[0].object"


def test_stream_with_a_deviant_event_sync(server: ScriptedServer) -> None:
    server.add("POST /chat/completions", deviant_stream(), deviant_stream())
    with openai_client.Client(api_key=API_KEY, base_url=server.base_url, timeout=5.0) as client:
        with client.chat.create_chat_completion_stream(CHAT) as stream:
            check_events(list(stream))
        seen = []
        with pytest.raises(openai_client.ApiResponseValidationError, match="created: field required"):
            for event in client.chat.create_chat_completion_stream(CHAT, strict_response_validation=True):
                seen.append(event)
        assert len(seen) == 1


def test_stream_with_a_deviant_event_async(server: ScriptedServer) -> None:
    server.add("POST /chat/completions", deviant_stream(), deviant_stream())

    async def run() -> tuple[list[Any], str]:
        async with openai_client.AsyncClient(api_key=API_KEY, base_url=server.base_url, timeout=5.0) as client:
            events = [e async for e in client.chat.create_chat_completion_stream(CHAT)]
            try:
                async for _ in client.chat.create_chat_completion_stream(CHAT, strict_response_validation=True):
                    pass
            except openai_client.ApiResponseValidationError as exc:
                return events, str(exc)
        return events, ""

    events, error = asyncio.run(run())
    check_events(events)
    assert "created: field required" in error and "object: input should be 'chat.completion.chunk'" in error


def test_paginated_listing_with_deviant_items_sync(server: ScriptedServer) -> None:
    script_pages(server)
    with openai_client.Client(api_key=API_KEY, base_url=server.base_url, timeout=5.0) as client:
        check_files(list(client.files.list_files_iter(limit=2)))
        script_pages(server, pages=1)  # strict: the first page raises
        with pytest.raises(openai_client.ApiResponseValidationError, match=r"data\[1\]\.created_at: field required"):
            list(client.files.list_files_iter(limit=2, strict_response_validation=True))
    server.assert_all_consumed()


def test_paginated_listing_with_deviant_items_async(server: ScriptedServer) -> None:
    script_pages(server)

    async def run() -> list[Any]:
        async with openai_client.AsyncClient(api_key=API_KEY, base_url=server.base_url, timeout=5.0) as client:
            return [f async for f in client.files.list_files_iter(limit=2)]

    check_files(asyncio.run(run()))
    server.assert_all_consumed()


MP4 = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 64


def test_binary_operation_bytes_to_file_and_byte_chunks(server: ScriptedServer, tmp_path: Any) -> None:
    """``binary = true`` (downloadFile, RetrieveVideoContent): bytes whatever the content type,
    ``..._to_file`` and ``..._iter_bytes``, sync and async."""
    mp4 = Reply(200, {"Content-Type": "video/mp4"}, chunks=[MP4[:1000], MP4[1000:]])
    server.add("GET /videos/video_1/content", mp4, mp4, mp4, mp4)
    with openai_client.Client(api_key=API_KEY, base_url=server.base_url, timeout=5.0) as client:
        assert client.videos.retrieve_video_content("video_1") == MP4
        saved = client.videos.retrieve_video_content_to_file(tmp_path / "v.mp4", "video_1")
        assert saved.data.read_bytes() == MP4
        with client.videos.retrieve_video_content_iter_bytes("video_1") as body:
            assert body.headers["content-type"] == "video/mp4"
            assert b"".join(body) == MP4

    async def run() -> bytes:
        async with openai_client.AsyncClient(api_key=API_KEY, base_url=server.base_url, timeout=5.0) as client:
            body = client.videos.retrieve_video_content_iter_bytes("video_1")
            async with body:
                return b"".join([chunk async for chunk in body])

    assert asyncio.run(run()) == MP4
    server.assert_all_consumed()
