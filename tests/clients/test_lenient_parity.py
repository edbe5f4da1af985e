"""Parity with the official ``openai`` package for bodies that drift from the spec (issue 11).

The SDK does not validate responses strictly by default; for each deviant body below it returns
data, and the generated client (lenient by default) must return the same data, as an instance of
the declared class, with ``model_deviations()`` naming what did not validate.  Both clients run
over ``httpx.MockTransport`` (see test_openai_parity.py for the helpers).
"""

from __future__ import annotations

import copy
import json
import warnings
from collections.abc import Callable
from typing import Any

import openai_client
import pytest
from openai_client.models import (
    CreateChatCompletionResponse,
    CreateChatCompletionStreamResponse,
    CreateModerationResponse,
    ListFilesResponse,
    OpenAIFile,
)

from tests.clients.test_openai_parity import (
    Capture,
    Reply,
    dump,
    generated_client,
    official_client,
)

CHAT = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hello"}]}
CHAT_BODY = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "gpt-4o",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "logprobs": None,
            "message": {"role": "assistant", "content": "Hi!", "refusal": None},
        }
    ],
}


def file_obj(i: int) -> dict[str, Any]:
    return {
        "id": f"file-{i}",
        "object": "file",
        "bytes": 10,
        "created_at": 1700000000 + i,
        "filename": f"f{i}.jsonl",
        "purpose": "batch",
        "status": "processed",
    }


def run_both(body: bytes, content_type: str, official: Callable[[Any], Any], generated: Callable[[Any], Any]) -> tuple[Any, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pydantic's serializer warnings on the SDK's constructed models
        with official_client(Capture(Reply(body, content_type))) as oc:
            theirs = official(oc)
            theirs_dumped = dump(theirs)
    with generated_client(Capture(Reply(body, content_type))) as gc:
        ours = generated(gc)
    return theirs_dumped, ours


def test_moderation_with_empty_categories() -> None:
    body = {
        "id": "modr-1",
        "model": "omni-moderation-latest",
        "results": [{"flagged": False, "categories": {}, "category_scores": {}, "category_applied_input_types": {}}],
    }
    theirs, ours = run_both(
        json.dumps(body).encode(),
        "application/json",
        lambda c: c.moderations.create(input="hello"),
        lambda g: g.moderations.create_moderation({"input": "hello"}),
    )
    assert isinstance(ours, CreateModerationResponse)
    assert ours.to_dict() == theirs == body
    assert ours.results[0].flagged is False and ours.results[0].categories.hate is None
    assert "results[0].categories.hate: field required" in [str(d) for d in ours.model_deviations()]


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda b: b.pop("created"), "created"),
        (lambda b: b.update(model=None), "model"),
        (lambda b: b.update(object="chat.completion.v2"), "object"),
        (lambda b: b["choices"][0]["message"].update(role="model"), "choices[0].message.role"),
    ],
    ids=["no created", "model null", "object v2", "role model"],
)
def test_chat_completion_deviations(change: Callable[[dict[str, Any]], Any], where: str) -> None:
    body = copy.deepcopy(CHAT_BODY)
    change(body)
    theirs, ours = run_both(
        json.dumps(body).encode(),
        "application/json",
        lambda c: c.chat.completions.create(**CHAT),
        lambda g: g.chat.create_chat_completion(CHAT),
    )
    assert isinstance(ours, CreateChatCompletionResponse)
    assert ours.to_dict() == theirs == body
    assert ours.choices[0].message.content == "Hi!"
    assert [d.location for d in ours.model_deviations()] == [where]


def test_a_page_of_100_files_with_one_bad_item() -> None:
    body = {"object": "list", "data": [file_obj(i) for i in range(100)], "first_id": "file-0", "last_id": "file-99", "has_more": False}
    del body["data"][5]["created_at"]
    theirs, ours = run_both(
        json.dumps(body).encode(),
        "application/json",
        lambda c: c.files.list(),
        lambda g: g.files.list_files(),
    )
    assert isinstance(ours, ListFilesResponse) and all(isinstance(f, OpenAIFile) for f in ours.data)
    assert [f.to_dict() for f in ours.data] == theirs["data"] == body["data"]
    assert ours.data[5].created_at is None and ours.data[6].created_at == 1700000006


def test_an_empty_page_with_null_first_id() -> None:
    body = {"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}
    theirs, ours = run_both(
        json.dumps(body).encode(),
        "application/json",
        lambda c: c.files.list(),
        lambda g: g.files.list_files(),
    )
    assert isinstance(ours, ListFilesResponse) and ours.data == [] and theirs["data"] == []
    assert ours.to_dict() == body


def test_a_stream_chunk_without_created() -> None:
    chunks = [
        {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o", "choices": [{"index": 0, "delta": {"content": "a"}, "finish_reason": None}]},
        {"id": "c", "object": "chat.completion.chunk", "model": "gpt-4o", "choices": [{"index": 0, "delta": {"content": "b"}, "finish_reason": None}]},
    ]
    sse = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
    theirs, ours = run_both(
        sse.encode(),
        "text/event-stream",
        lambda c: [dump(e) for e in c.chat.completions.create(**CHAT, stream=True)],
        lambda g: list(g.chat.create_chat_completion_stream(CHAT)),
    )
    assert all(isinstance(e, CreateChatCompletionStreamResponse) for e in ours)
    assert [e.to_dict() for e in ours] == theirs == chunks
    assert ours[1].created is None and [d.location for d in ours[1].model_deviations()] == ["created"]


JSONL = b'{"messages": [{"role": "user", "content": "Hi"}]}\n{"messages": []}\n'
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


@pytest.mark.parametrize(
    ("body", "content_type", "official", "generated"),
    [
        (JSONL, "application/jsonl", lambda c: c.files.content("file-1").read(), lambda g: g.files.download_file("file-1")),
        (JSONL, "application/octet-stream", lambda c: c.files.content("file-1").read(), lambda g: g.files.download_file("file-1")),
        (MP4, "video/mp4", lambda c: c.videos.download_content("video_1").read(), lambda g: g.videos.retrieve_video_content("video_1")),
        (
            JSONL,
            "application/octet-stream",
            lambda c: c.containers.files.content.retrieve("cfile_1", container_id="cntr_1").read(),
            lambda g: g.containers.retrieve_container_file_content("cntr_1", "cfile_1"),
        ),
    ],
    ids=["files.content jsonl", "files.content octet-stream", "videos.content mp4", "containers.files.content"],
)
def test_file_bodies(body: bytes, content_type: str, official: Callable[[Any], Any], generated: Callable[[Any], Any]) -> None:
    theirs, ours = run_both(body, content_type, official, generated)
    assert isinstance(ours, bytes) and ours == theirs == body


def test_strict_mode_raises_where_the_sdk_returns_data() -> None:
    body = copy.deepcopy(CHAT_BODY)
    del body["created"]
    error = openai_client.ApiResponseValidationError
    with (
        generated_client(Capture(Reply(json.dumps(body).encode()))) as gc,
        pytest.raises(error, match="created: field required"),
    ):
        gc.chat.create_chat_completion(CHAT, strict_response_validation=True)
