"""Canned responses for the per-call benchmarks and hand-written pydantic models that match them.

The hand-written models are the "bare" anchor: what a careful person writes by hand for one
endpoint (no aliases, no unions beyond what the payload needs, ``extra="allow"`` like the
generated models), validated with ``pydantic.TypeAdapter(...).validate_json``.
"""

from __future__ import annotations

import json
import random
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

BASE_URL = "https://api.openai.com/v1"

CHAT_REQUEST: dict[str, Any] = {
    "model": "gpt-4o-mini",
    "messages": [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "Say hello."},
    ],
}
EMBEDDING_REQUEST: dict[str, Any] = {
    "model": "text-embedding-3-small",
    "input": "hello",
    "encoding_format": "float",
}


def chat_completion() -> dict[str, Any]:
    return {
        "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
        "object": "chat.completion",
        "created": 1741569952,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "Hello! How can I assist you today?",
                    "refusal": None,
                    "annotations": [],
                },
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": 19,
            "completion_tokens": 10,
            "total_tokens": 29,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        },
        "service_tier": "default",
        "system_fingerprint": "fp_06737a9306",
    }


def embeddings(n: int = 1000, dim: int = 1536, seed: int = 7) -> dict[str, Any]:
    rng = random.Random(seed)
    return {
        "object": "list",
        "data": [
            {
                "object": "embedding",
                "index": i,
                "embedding": [round(rng.uniform(-0.1, 0.1), 10) for _ in range(dim)],
            }
            for i in range(n)
        ],
        "model": "text-embedding-3-small",
        "usage": {"prompt_tokens": 8 * n, "total_tokens": 8 * n},
    }


def stream_chunk(i: int, n: int) -> dict[str, Any]:
    last = i == n - 1
    return {
        "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
        "object": "chat.completion.chunk",
        "created": 1741569952,
        "model": "gpt-4o-mini-2024-07-18",
        "service_tier": "default",
        "system_fingerprint": "fp_06737a9306",
        "choices": [
            {
                "index": 0,
                "delta": (
                    ({} if last else {"role": "assistant", "content": f" tok{i}"})
                    if i
                    else {"role": "assistant", "content": "", "refusal": None}
                ),
                "logprobs": None,
                "finish_reason": "stop" if last else None,
            }
        ],
    }


def sse_body(n: int = 2000) -> bytes:
    parts = [f"data: {json.dumps(stream_chunk(i, n), separators=(',', ':'))}\n\n" for i in range(n)]
    parts.append("data: [DONE]\n\n")
    return "".join(parts).encode()


def files_page(n: int = 100, bad: int | None = None) -> dict[str, Any]:
    """A ``GET /files`` page of ``n`` files; item ``bad`` (if given) lacks its required
    ``created_at``, the drift a lenient client must absorb."""
    data = [
        {
            "id": f"file-{i:04d}",
            "object": "file",
            "bytes": 1000 + i,
            "created_at": 1741569952 + i,
            "filename": f"batch-{i}.jsonl",
            "purpose": "batch",
            "status": "processed",
        }
        for i in range(n)
    ]
    if bad is not None:
        del data[bad]["created_at"]
    return {
        "object": "list",
        "data": data,
        "first_id": data[0]["id"] if data else None,
        "last_id": data[-1]["id"] if data else None,
        "has_more": False,
    }


def chat_completion_drifted() -> dict[str, Any]:
    """The small chat completion with one field the spec does not allow: ``created`` missing."""
    body = chat_completion()
    del body["created"]
    return body


def json_bytes(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


# --- Hand-written models (the bare anchor) ---------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class Message(_Model):
    role: Literal["assistant"]
    content: str | None = None
    refusal: str | None = None
    annotations: list[dict[str, Any]] | None = None


class Choice(_Model):
    index: int
    message: Message
    logprobs: dict[str, Any] | None = None
    finish_reason: str


class PromptTokensDetails(_Model):
    cached_tokens: int | None = None
    audio_tokens: int | None = None


class CompletionTokensDetails(_Model):
    reasoning_tokens: int | None = None
    audio_tokens: int | None = None
    accepted_prediction_tokens: int | None = None
    rejected_prediction_tokens: int | None = None


class Usage(_Model):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_tokens_details: PromptTokensDetails | None = None
    completion_tokens_details: CompletionTokensDetails | None = None


class ChatCompletion(_Model):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[Choice]
    usage: Usage | None = None
    service_tier: str | None = None
    system_fingerprint: str | None = None


class Embedding(_Model):
    object: Literal["embedding"]
    index: int
    embedding: list[float]


class EmbeddingUsage(_Model):
    prompt_tokens: int
    total_tokens: int


class CreateEmbeddingResponse(_Model):
    object: Literal["list"]
    data: list[Embedding]
    model: str
    usage: EmbeddingUsage


class Delta(_Model):
    role: str | None = None
    content: str | None = None
    refusal: str | None = None


class ChunkChoice(_Model):
    index: int
    delta: Delta
    logprobs: dict[str, Any] | None = None
    finish_reason: str | None = None


class ChatCompletionChunk(_Model):
    id: str
    object: Literal["chat.completion.chunk"]
    created: int
    model: str
    choices: list[ChunkChoice]
    service_tier: str | None = None
    system_fingerprint: str | None = None


class FileObject(_Model):
    id: str
    object: Literal["file"]
    bytes: int
    created_at: int
    filename: str
    purpose: str
    status: str | None = None


class FilePage(_Model):
    object: Literal["list"]
    data: list[FileObject]
    first_id: str | None = None
    last_id: str | None = None
    has_more: bool
