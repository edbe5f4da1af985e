"""Constraint refusals over a real socket: a request that breaks the spec's constraints is
refused before anything reaches the server (the scripted server on 127.0.0.1 records nothing),
in the keyword form, the whole-body form and async; one within the constraints is sent.  The
same for query parameters and form/multipart fields, whose rules travel in the ``Call(...)``."""

from __future__ import annotations

import asyncio

import openai_client
import openai_client.exceptions
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


def test_a_query_parameter_out_of_bounds_is_refused(scripted_server: ScriptedServer) -> None:
    scripted_server.add("GET /models", Reply.json({"ok": True, "models": [], "total": 0}))
    with Client(api_key="k", base_url=scripted_server.base_url) as client:
        with pytest.raises(RequestValidationError) as caught:
            client.models.list_models(limit=251)
        with pytest.raises(RequestValidationError, match=r"offset \(query parameter\) = -1 breaks `minimum: 0`"):
            client.models.list_models(limit=10, offset=-1)
        assert scripted_server.requests == []
        client.models.list_models_with_http_info(limit=250, offset=0)  # the bounds themselves pass
    error = caught.value
    assert (error.path, error.value, error.rule, error.limit) == ("limit (query parameter)", 251, "maximum", 250)
    assert str(error) == "request refused before sending: limit (query parameter) = 251 breaks `maximum: 250`"
    assert [r.query for r in scripted_server.requests] == ["limit=250&offset=0"]


def test_a_multipart_field_out_of_bounds_is_refused_sync_and_async(scripted_server: ScriptedServer) -> None:
    async def run() -> None:
        async with AsyncClient(api_key="k", base_url=scripted_server.base_url) as client:
            with pytest.raises(RequestValidationError, match=r"n \(form field\) = 0 breaks `minimum: 1`"):
                await client.images.create_image_edit(model="m", image="i", prompt="p", n=0)

    with Client(api_key="k", base_url=scripted_server.base_url) as client, pytest.raises(
        RequestValidationError, match=r"n \(form field\) = 11 breaks `maximum: 10`"
    ):
        client.images.create_image_edit(model="m", image="i", prompt="p", n=11)
    asyncio.run(run())
    assert scripted_server.requests == []


def test_an_openai_multipart_upload_out_of_bounds_sends_nothing(scripted_server: ScriptedServer) -> None:
    with openai_client.Client(api_key="k", base_url=scripted_server.base_url) as client, pytest.raises(
        openai_client.exceptions.RequestValidationError, match=r"n \(form field\) = 0"
    ):
        client.images.create_image_edit(image=b"PNG", prompt="a cat", n=0)
    assert scripted_server.requests == []


def test_an_open_enum_parameter_outside_its_values_is_refused(scripted_server: ScriptedServer) -> None:
    # `order` is typed Literal["asc", "desc"] | str (an open enum): the type lets "ascending"
    # through, the spec's enum does not
    scripted_server.add("GET /files", Reply.json({"object": "list", "data": [], "has_more": False}))
    with openai_client.Client(api_key="k", base_url=scripted_server.base_url) as client:
        with pytest.raises(openai_client.exceptions.RequestValidationError) as caught:
            client.files.list_files(order="ascending")
        assert scripted_server.requests == []
        client.files.list_files(order="asc")
    assert (caught.value.path, caught.value.rule, caught.value.limit) == (
        "order (query parameter)", "enum", ("asc", "desc"))
    assert [r.query for r in scripted_server.requests] == ["order=asc"]
