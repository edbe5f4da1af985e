"""JSON request bodies as keyword arguments, or whole: what reaches the wire.

Over a real socket (the scripted server on 127.0.0.1): omitted arguments are not sent, ``None``
is sent as ``null``, the whole-body form sends the same JSON, and both forms at once are refused
before anything is sent.  Sync and async.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from ai_stats_gateway import AsyncClient, Client
from ai_stats_gateway.models import ChatCompletionsRequest, ChatMessage

from tests.servers.scripted import Reply, ScriptedServer

REPLY = {"id": "c1", "object": "chat.completion", "created": 1, "model": "m", "choices": []}


def _reply(server: ScriptedServer) -> None:
    server.add("POST /chat/completions", Reply.json(REPLY))


def _sent(server: ScriptedServer) -> dict[str, Any]:
    body = server.requests[-1].json()
    assert isinstance(body, dict)
    return body


def test_keyword_form_sends_given_fields_only(scripted_server: ScriptedServer) -> None:
    _reply(scripted_server)
    with Client(api_key="k", base_url=scripted_server.base_url) as client:
        reply = client.chat.create_chat_completion(
            model="m", messages=[{"role": "user", "content": "Hi"}], temperature=0.5, user_id=None
        )
    assert reply.id == "c1"
    assert _sent(scripted_server) == {
        "model": "m", "messages": [{"role": "user", "content": "Hi"}], "temperature": 0.5,
        "user_id": None,
    }


def test_whole_body_forms_send_the_same_json(scripted_server: ScriptedServer) -> None:
    for _ in range(2):
        _reply(scripted_server)
    with Client(api_key="k", base_url=scripted_server.base_url) as client:
        client.chat.create_chat_completion({"model": "m", "messages": [{"role": "user"}]})
        first = _sent(scripted_server)
        client.chat.create_chat_completion(
            ChatCompletionsRequest(model="m", messages=[ChatMessage(role="user")])
        )
        second = _sent(scripted_server)
    assert first == second == {"model": "m", "messages": [{"role": "user"}]}


def test_both_forms_at_once_are_refused_before_sending(scripted_server: ScriptedServer) -> None:
    with Client(api_key="k", base_url=scripted_server.base_url) as client, pytest.raises(
        TypeError, match=r"either whole .* or as keyword arguments, not both"
    ):
        client.chat.create_chat_completion(  # type: ignore[call-overload]
            {"model": "m", "messages": []}, temperature=1.0
        )
    assert scripted_server.requests == []


def test_async_keyword_form(scripted_server: ScriptedServer) -> None:
    _reply(scripted_server)

    async def go() -> None:
        async with AsyncClient(api_key="k", base_url=scripted_server.base_url) as client:
            await client.chat.create_chat_completion(model="m", messages=[{"role": "user"}], seed=7)

    asyncio.run(go())
    assert _sent(scripted_server) == {"model": "m", "messages": [{"role": "user"}], "seed": 7}
