"""Lenient (default) and strict response reading, one test per kind of deviation.

Each test checks what the lenient client returns (the declared type, the typed fields, the raw
value of the deviant one, ``model_deviations()``) and the error strict mode raises.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Annotated, Any, Literal

import httpx
import pytest
from pydantic import Tag

from generator.runtime._config import BaseConfiguration
from generator.runtime._models import OagenModel, UnknownVariant, tagged
from generator.runtime._pagination import Paging, paginate
from generator.runtime.api_client import ApiClient, AsyncApiClient, Call, RequestOptions
from generator.runtime.exceptions import ApiResponseValidationError


class Categories(OagenModel):
    hate: bool
    violence: bool


class Result(OagenModel):
    flagged: bool
    categories: Categories


class Moderation(OagenModel):
    id: str
    results: list[Result]


class Message(OagenModel):
    role: Literal["assistant"]
    content: str | None = None


class Completion(OagenModel):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    message: Message


class Circle(OagenModel):
    kind: Literal["circle"]
    radius: float


class Square(OagenModel):
    kind: Literal["square"]
    side: float


Shape = Annotated[
    Annotated[Circle, Tag("Circle")] | Annotated[Square, Tag("Square")] | Annotated[UnknownVariant, Tag("UnknownVariant")],
    tagged("kind", {"circle": "Circle", "square": "Square"}),
]


class Drawing(OagenModel):
    shapes: list[Shape]


class File(OagenModel):
    id: str
    created_at: int


class FilePage(OagenModel):
    data: list[File]
    first_id: str | None = None
    has_more: bool


def _client(handler: Any, strict: bool = False) -> ApiClient:
    return ApiClient(
        BaseConfiguration("http://api.test", strict_response_validation=strict),
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


def _json(body: Any, status: int = 200) -> Any:
    return lambda request: httpx.Response(status, json=body)


def get(handler: Any, tp: Any, *, strict: bool = False, kind: str = "json", **options: Any) -> Any:
    client = _client(handler, strict)
    call = Call("GET", "/x", responses={"200": (kind, tp)})
    return client.call(call, RequestOptions(**options)).data


def strict_error(handler: Any, tp: Any) -> ApiResponseValidationError:
    with pytest.raises(ApiResponseValidationError) as info:
        get(handler, tp, strict=True)
    return info.value


COMPLETION = {
    "id": "c1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt",
    "message": {"role": "assistant", "content": "hi"},
}


def test_a_valid_body_takes_the_fast_path() -> None:
    value = get(_json(COMPLETION), Completion)
    assert isinstance(value, Completion) and value.model_deviations() == ()
    assert get(_json(COMPLETION), Completion, strict=True).created == 1


def test_missing_required_field() -> None:
    body = {"id": "m1", "results": [{"flagged": False, "categories": {}}]}
    value = get(_json(body), Moderation)
    assert isinstance(value, Moderation) and isinstance(value.results[0], Result)
    assert isinstance(value.results[0].categories, Categories)
    assert value.id == "m1" and value.results[0].flagged is False
    assert value.results[0].categories.hate is None
    assert [str(d) for d in value.model_deviations()] == [
        "results[0].categories.hate: field required",
        "results[0].categories.violence: field required",
    ]
    error = strict_error(_json(body), Moderation)
    assert "results[0].categories.hate: field required" in str(error)
    assert "results[0].categories.violence: field required" in str(error)
    assert json.loads(error.raw) == body and error.response.status_code == 200


def test_null_in_a_non_nullable_field() -> None:
    value = get(_json({**COMPLETION, "model": None}), Completion)
    assert isinstance(value, Completion) and value.model is None and value.created == 1
    assert value.model_deviations()[0].location == "model"
    assert "model: input should be a valid string" in str(
        strict_error(_json({**COMPLETION, "model": None}), Completion)
    )


def test_wrong_scalar_type() -> None:
    value = get(_json({**COMPLETION, "created": "yesterday"}), Completion)
    assert value.created == "yesterday" and isinstance(value.message, Message)
    assert "created: input should be a valid integer" in str(
        strict_error(_json({**COMPLETION, "created": "yesterday"}), Completion)
    )


def test_unknown_literal_values_are_kept() -> None:
    body = {**COMPLETION, "object": "chat.completion.v2", "message": {"role": "model", "content": "x"}}
    value = get(_json(body), Completion)
    assert isinstance(value, Completion) and isinstance(value.message, Message)
    assert value.object == "chat.completion.v2" and value.message.role == "model"
    assert value.message.content == "x" and value.created == 1
    assert {d.location for d in value.model_deviations()} == {"object", "message.role"}
    assert value.message.model_deviations()[0].location == "message.role"
    text = str(strict_error(_json(body), Completion))
    assert "object: input should be 'chat.completion'" in text
    assert "message.role: input should be 'assistant'" in text


def test_unknown_fields_are_kept_top_level_and_nested_in_both_modes() -> None:
    body = {**COMPLETION, "extra": 1, "message": {"role": "assistant", "new": [1]}}
    for strict in (False, True):
        value = get(_json(body), Completion, strict=strict)
        assert value.model_extra == {"extra": 1} and value.message.model_extra == {"new": [1]}
    # ...and in a lenient build too
    value = get(_json({**body, "created": None}), Completion)
    assert value.model_extra == {"extra": 1} and value.message.model_extra == {"new": [1]}
    assert value.to_dict()["extra"] == 1


def test_unknown_union_tag_and_a_bad_tagged_member() -> None:
    body = {"shapes": [{"kind": "hexagon", "n": 6}, {"kind": "circle", "radius": "big"}, {"kind": "square", "side": 2}]}
    value = get(_json(body), Drawing)
    assert isinstance(value, Drawing)
    assert isinstance(value.shapes[0], UnknownVariant) and value.shapes[0].model_extra == {"kind": "hexagon", "n": 6}
    assert isinstance(value.shapes[1], Circle) and value.shapes[1].radius == "big"
    assert isinstance(value.shapes[2], Square) and value.shapes[2].side == 2.0
    assert [d.location for d in value.model_deviations()] == ["shapes[1].radius"]
    assert "shapes[1].Circle.radius: input should be a valid number" in str(strict_error(_json(body), Drawing))


def _page(n: int, bad: int | None) -> dict[str, Any]:
    items: list[dict[str, Any]] = [{"id": f"f{i}", "created_at": i} for i in range(n)]
    if bad is not None:
        del items[bad]["created_at"]
    return {"data": items, "first_id": None, "has_more": False}


def test_one_bad_item_in_a_list_of_100() -> None:
    value = get(_json(_page(100, 5)), FilePage)
    assert isinstance(value, FilePage) and len(value.data) == 100
    assert all(isinstance(f, File) for f in value.data)
    assert value.data[4].created_at == 4 and value.data[6].created_at == 6
    assert value.data[5].id == "f5" and value.data[5].created_at is None
    assert value.data[5].model_deviations() == (("data[5].created_at", "field required"),)
    assert value.data[4].model_deviations() == ()
    assert "data[5].created_at: field required" in str(strict_error(_json(_page(100, 5)), FilePage))


def test_a_bad_item_in_an_auto_paging_iterator() -> None:
    pages = {"": {**_page(2, 1), "has_more": True}, "f1": {"data": [{"id": "f9", "created_at": 9}], "has_more": False}}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[request.url.params.get("after", "")])

    client = _client(handler)
    call = Call("GET", "/files", query={"after": None}, responses={"200": ("json", FilePage)})
    paging = Paging("cursor", items=("data",), param="after", has_more=("has_more",), item_cursor="id")
    items: list[File] = list(paginate(client, call, RequestOptions(), paging))
    assert [f.id for f in items] == ["f0", "f1", "f9"]
    assert [f.created_at for f in items] == [0, None, 9]


def test_top_level_array_where_an_object_is_declared_raises_in_both_modes() -> None:
    for strict in (False, True):
        with pytest.raises(ApiResponseValidationError, match=r"is an array, not the declared type|does not match") as info:
            get(_json([COMPLETION]), Completion, strict=strict)
        assert json.loads(info.value.raw) == [COMPLETION]


def test_non_json_body_where_json_is_declared_raises_with_the_raw_body() -> None:
    html = b"<html>Service maintenance</html>"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=html, headers={"content-type": "text/html"})

    for strict in (False, True):
        with pytest.raises(ApiResponseValidationError, match="expected a JSON body, got text/html") as info:
            get(handler, Completion, strict=strict)
        assert info.value.raw == html
    # JSON labelled as another type: read as JSON leniently, an error strictly
    mislabelled = json.dumps(COMPLETION).encode()

    def plain(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=mislabelled, headers={"content-type": "text/plain"})

    value = get(plain, Completion)
    assert isinstance(value, Completion) and value.created == 1
    with pytest.raises(ApiResponseValidationError, match="expected a JSON body, got text/plain"):
        get(plain, Completion, strict=True)


def test_empty_body_where_one_is_declared_raises_in_both_modes_204_is_none() -> None:
    for strict in (False, True):
        with pytest.raises(ApiResponseValidationError, match="the body is empty, but the operation declares one"):
            get(lambda r: httpx.Response(200), Completion, strict=strict)
    assert get(lambda r: httpx.Response(204), Completion) is None
    assert get(lambda r: httpx.Response(200), None, kind="empty") is None


def test_a_file_body_for_a_declared_json_string() -> None:
    jsonl = b'{"a": 1}\n{"a": 2}\n'
    mp4 = b"\x00\x00\x00\x18ftypmp42"

    def respond(content: bytes, media: str) -> Any:
        return lambda request: httpx.Response(200, content=content, headers={"content-type": media})

    assert get(respond(jsonl, "application/jsonl"), str) == jsonl
    assert get(respond(mp4, "video/mp4"), str) == mp4
    assert get(respond(b"a,b\n", "text/csv"), str) == "a,b\n"
    # labelled JSON but not JSON: the text, leniently; an error, strictly
    assert get(respond(jsonl, "application/json"), str) == jsonl.decode()
    with pytest.raises(ApiResponseValidationError, match="is not valid JSON"):
        get(respond(jsonl, "application/json"), str, strict=True)


def test_strict_per_call_overrides_the_configuration() -> None:
    bad = _json({**COMPLETION, "created": None})
    with pytest.raises(ApiResponseValidationError, match="created: input should be a valid integer"):
        get(bad, Completion, strict_response_validation=True)
    assert get(bad, Completion, strict=True, strict_response_validation=False).created is None


def test_raw_access_when_parsing_fails() -> None:
    client = _client(_json([1, 2]))
    response = client.call(Call("GET", "/x", responses={"200": ("json", Completion)}), RequestOptions())
    assert response.status_code == 200 and response.raw_data == b"[1,2]"
    with pytest.raises(ApiResponseValidationError):
        _ = response.data


def test_a_debug_line_per_lenient_parse(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="example_client"):
        get(_json({**COMPLETION, "created": None}), Completion)
        get(_json(COMPLETION), Completion)
    lines = [r.getMessage() for r in caplog.records if "built leniently" in r.getMessage()]
    assert lines == ["GET /x: response built leniently, 1 value(s) kept as sent: created: input should be a valid integer"]


def test_deprecated_validate_responses_alias() -> None:
    with pytest.warns(DeprecationWarning):
        config = BaseConfiguration(validate_responses=True)
    assert config.strict_response_validation is True and config.validate_responses is True


CHUNKS = [
    {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "message": {"role": "assistant", "content": "a"}},
    {"id": "c", "object": "chat.completion", "model": "m", "message": {"role": "assistant", "content": "b"}},
    {"id": "c", "object": "chat.completion", "created": 3, "model": "m", "message": {"role": "assistant", "content": "c"}},
]
SSE = "".join(f"data: {json.dumps(c)}\n\n" for c in CHUNKS) + "data: [DONE]\n\n"


def _sse(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, text=SSE, headers={"content-type": "text/event-stream"})


def test_a_bad_event_in_a_stream_sync() -> None:
    call = Call("POST", "/chat", responses={"200": ("json", Completion)})
    events = list(_client(_sse).stream(call, Completion, RequestOptions()))
    assert [type(e) for e in events] == [Completion] * 3
    assert [e.message.content for e in events] == ["a", "b", "c"]
    assert events[1].created is None and events[1].model_deviations() == (("created", "field required"),)
    with pytest.raises(ApiResponseValidationError, match="stream event does not match the declared type: 1 error"):
        list(_client(_sse, strict=True).stream(call, Completion, RequestOptions()))


def test_a_bad_event_in_a_stream_async() -> None:
    call = Call("POST", "/chat", responses={"200": ("json", Completion)})

    def client(strict: bool) -> AsyncApiClient:
        return AsyncApiClient(
            BaseConfiguration("http://api.test", strict_response_validation=strict),
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(_sse)),
        )

    async def run(strict: bool, **options: Any) -> list[Any]:
        return [e async for e in client(strict).stream(call, Completion, RequestOptions(**options))]

    events = asyncio.run(run(False))
    assert [e.created for e in events] == [1, None, 3] and all(isinstance(e, Completion) for e in events)
    assert events[1].message.content == "b"
    with pytest.raises(ApiResponseValidationError, match="created: field required"):
        asyncio.run(run(False, strict_response_validation=True))


class OptionalPage(OagenModel):
    data: list[File] | None = None
    meta: dict[str, int] | None = None


def test_optional_containers_stay_lenient_per_item_and_wrong_kinds_are_kept() -> None:
    body = {"data": [{"id": "a", "created_at": 1}, {"id": "b"}], "meta": {"n": 1, "m": "x"}}
    value = get(_json(body), OptionalPage)
    assert isinstance(value, OptionalPage) and all(isinstance(f, File) for f in value.data or [])
    assert value.data is not None and value.data[0].created_at == 1 and value.data[1].created_at is None
    assert value.meta == {"n": 1, "m": "x"}
    assert [str(d) for d in value.model_deviations()] == [
        "data[1].created_at: field required",
        "meta.m: input should be a valid integer, unable to parse string as an integer",
    ]
    # an array where an object is declared, and an object where an array is: kept as sent
    wrong = get(_json({"data": {"id": "a"}, "meta": [1]}), OptionalPage)
    assert wrong.data == {"id": "a"} and wrong.meta == [1]
    assert [d.location for d in wrong.model_deviations()] == ["data", "meta"]
    text = str(strict_error(_json({"data": {"id": "a"}, "meta": [1]}), OptionalPage))
    assert "data: input should be a valid array" in text and "meta: input should be an object" in text
