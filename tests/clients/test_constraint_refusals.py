"""Constraint refusals over a real socket: a request that breaks the spec's constraints is
refused before anything reaches the server (the scripted server on 127.0.0.1 records nothing),
in the keyword form, the whole-body form and async; one within the constraints is sent."""

from __future__ import annotations

import asyncio

import pytest
from ai_stats_gateway import AsyncClient, Client
from ai_stats_gateway.exceptions import ApiError, RequestValidationError
from ai_stats_gateway.models import ChatCompletionsRequest

from tests.servers.scripted import Reply, ScriptedServer

REPLY = {"id": "c1", "object": "chat.completion", "created": 1, "model": "m", "choices": []}
HI = [{"role": "user", "content": "Hi"}]


def test_keyword_form_is_refused_before_sending(scripted_server: ScriptedServer) -> None:
    scripted_server.add("POST /chat/completions", Reply.json(REPLY))
    with Client(api_key="k", base_url=scripted_server.base_url) as client, pytest.raises(
        RequestValidationError
    ) as caught:
        client.chat.create_chat_completion(model="m", messages=[], temperature=99)
    # the first broken rule in field order: messages (minItems 1) comes before temperature
    assert str(caught.value) == "request refused before sending: messages = [] breaks `minItems: 1`"
    assert isinstance(caught.value, ApiError)
    assert scripted_server.requests == []


def test_the_field_value_and_rule_are_named(scripted_server: ScriptedServer) -> None:
    with Client(api_key="k", base_url=scripted_server.base_url) as client:
        with pytest.raises(RequestValidationError) as caught:
            client.chat.create_chat_completion(model="m", messages=HI, temperature=99)
        with pytest.raises(RequestValidationError, match=r"top_p = 1\.5 breaks `maximum: 1`"):
            client.chat.create_chat_completion(ChatCompletionsRequest.model_validate(
                {"model": "m", "messages": HI, "top_p": 1.5}))
    error = caught.value
    assert (error.path, error.value, error.rule, error.limit) == ("temperature", 99, "maximum", 2)
    assert "temperature = 99.0 breaks `maximum: 2`" in str(error)
    assert scripted_server.requests == []


def test_async_refusal_and_a_valid_request_goes_out(scripted_server: ScriptedServer) -> None:
    scripted_server.add("POST /chat/completions", Reply.json(REPLY))

    async def run() -> None:
        async with AsyncClient(api_key="k", base_url=scripted_server.base_url) as client:
            with pytest.raises(RequestValidationError, match="frequency_penalty"):
                await client.chat.create_chat_completion(
                    model="m", messages=HI, frequency_penalty=-2.5
                )
            assert scripted_server.requests == []
            await client.chat.create_chat_completion(model="m", messages=HI, temperature=2)

    asyncio.run(run())
    assert [r.json()["temperature"] for r in scripted_server.requests] == [2]
