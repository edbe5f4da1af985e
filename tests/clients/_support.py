"""Shared data and helpers for the runtime tests (sync and async) of the generated clients."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from tests.servers.scripted import RecordedRequest, Reply, ScriptedServer

API_KEY = "sk-test-SECRET-0123456789abcdef"
CHAT_PATH = "POST /chat/completions"
CHAT_REQUEST: dict[str, Any] = {
    "model": "openai/gpt-4o-mini",
    "messages": [{"role": "user", "content": "Hi"}],
}


def chat_reply(content: str = "Hello!", **extra: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "openai/gpt-4o-mini",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        **extra,
    }


def chunk(content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "choices": [{"index": 0, "delta": {"content": content}}],
    }


def chat_stream(*contents: str, done: bool = True, **kw: Any) -> Reply:
    events: list[Any] = [chunk(c) for c in contents]
    if done:
        events.append("[DONE]")
    return Reply.sse(events, **kw)


def tricky_sse(crlf: bool) -> bytes:
    """An event stream with comments, keep-alives, a multi-line data field and non-ASCII text."""
    nl = "\r\n" if crlf else "\n"

    def data(obj: Any) -> str:
        return "data: " + json.dumps(obj, ensure_ascii=False) + nl + nl

    text = (
        f": keep-alive{nl}{nl}"
        + data(chunk("Hé"))
        + f":{nl}"
        + f"event: message{nl}id: 7{nl}"
        + 'data: {"choices": [{"index": 0,'
        + nl
        + 'data:  "delta": {"content": "llo 🌍"}}]}'
        + nl
        + nl
        + f": ping{nl}{nl}"
        + data(chunk("!"))
        + f"data: [DONE]{nl}{nl}"
    )
    return text.encode()


TRICKY_CONTENTS = ["Hé", "llo 🌍", "!"]


def file_obj(file_id: str) -> dict[str, Any]:
    return {
        "id": file_id,
        "object": "file",
        "bytes": 10,
        "created_at": 1,
        "filename": f"{file_id}.jsonl",
        "purpose": "batch",
        "status": "processed",
    }


def files_page(ids: list[str], has_more: bool) -> Reply:
    return Reply.json(
        {
            "object": "list",
            "data": [file_obj(i) for i in ids],
            "first_id": ids[0] if ids else "",
            "last_id": ids[-1] if ids else "",
            "has_more": has_more,
        }
    )


THREE_PAGES = [(["f1", "f2"], True), (["f3", "f4"], True), (["f5"], False)]


def query_values(request: RecordedRequest, name: str) -> list[str]:
    from urllib.parse import parse_qs

    return parse_qs(request.query).get(name, [])


def multipart(request: RecordedRequest) -> dict[str, tuple[str | None, str, bytes]]:
    """The parts of a multipart/form-data request: name → (filename, content type, content)."""
    ctype = request.headers["content-type"]
    assert ctype.startswith("multipart/form-data"), ctype
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + request.body
    )
    parts: dict[str, tuple[str | None, str, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        parts[name] = (part.get_filename(), part.get_content_type(), payload)
    return parts


def wait_until(flag: threading.Event, timeout: float = 3.0) -> bool:
    return flag.wait(timeout)


def elapsed_since(start: float) -> float:
    return time.monotonic() - start


class QuickServer(ScriptedServer):
    """A ScriptedServer that stops at once: a connection to its listener wakes the accept loop,
    which otherwise notices the stop only at its next 0.2 s poll (that adds up over 150 tests)."""

    def stop(self) -> None:
        self._stop.set()
        if self.port:
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", self.port), timeout=1.0).close()
        super().stop()


def eventually(predicate: Callable[[], bool], timeout: float = 3.0) -> bool:
    """Poll a condition set by a server thread (bounded)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True
