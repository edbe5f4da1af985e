"""The runtime's constraint check (generator/runtime/_constraints.py): each rule, nested paths,
omitted vs null, inherited tables; ``json_body`` refuses a body that breaks one, and responses
are read without it."""

from __future__ import annotations

from typing import Any, ClassVar

import httpx
import pytest
from pydantic import Field

from generator.runtime._config import BaseConfiguration
from generator.runtime._constraints import Constraints, check_request
from generator.runtime._decode import read_body
from generator.runtime._models import OagenModel
from generator.runtime._omit import omit
from generator.runtime._request import json_body
from generator.runtime.api_client import ApiClient, Call
from generator.runtime.exceptions import ApiError, RequestValidationError


class Message(OagenModel):
    content: str | None = None
    tags: list[str] | None = None

    __oagen_constraints__: ClassVar[Constraints] = {
        "content": (("minLength", 1, 0), ("maxLength", 5, 0), ("pattern", "[a-z]", 0)),
        "tags": (("maxItems", 2, 0), ("maxLength", 3, 1)),
    }


class Request(OagenModel):
    messages: list[Message]
    temperature: float | None = None
    top_p: float | None = None
    step: float | None = None
    n: int | None = None
    by_name: dict[str, Message] | None = None
    grid: list[list[int]] | None = None
    wire_named: int | None = Field(
        default=None, validation_alias="wire-named", serialization_alias="wire-named"
    )

    __oagen_constraints__: ClassVar[Constraints] = {
        "messages": (("minItems", 1, 0),),
        "temperature": (("minimum", 0, 0), ("maximum", 2, 0)),
        "top_p": (("exclusiveMinimum", 0, 0), ("exclusiveMaximum", 1, 0)),
        "step": (("multipleOf", 0.1, 0),),
        "n": (("multipleOf", 2, 0),),
        "grid": (("minimum", 0, 2),),
        "wire_named": (("maximum", 9, 0),),
    }


class Derived(Request):
    extra_field: str | None = None

    __oagen_constraints__: ClassVar[Constraints] = {"extra_field": (("maxLength", 2, 0),)}


def _refusal(body: Any) -> RequestValidationError:
    with pytest.raises(RequestValidationError) as caught:
        json_body(body, Request)
    return caught.value


OK = {"messages": [{"content": "hi"}]}


@pytest.mark.parametrize(
    ("extra", "path", "value", "rule", "limit"),
    [
        ({"temperature": 2.5}, "temperature", 2.5, "maximum", 2),
        ({"temperature": -0.1}, "temperature", -0.1, "minimum", 0),
        ({"top_p": 0}, "top_p", 0, "exclusiveMinimum", 0),
        ({"top_p": 1}, "top_p", 1, "exclusiveMaximum", 1),
        ({"step": 0.25}, "step", 0.25, "multipleOf", 0.1),
        ({"n": 3}, "n", 3, "multipleOf", 2),
        ({"messages": []}, "messages", [], "minItems", 1),
        ({"messages": [{"content": ""}]}, "messages[0].content", "", "minLength", 1),
        ({"messages": [{"content": "hi"}, {"content": "toolong"}]}, "messages[1].content",
         "toolong", "maxLength", 5),
        ({"messages": [{"content": "123"}]}, "messages[0].content", "123", "pattern", "[a-z]"),
        ({"messages": [{"tags": ["a", "b", "c"]}]}, "messages[0].tags", ["a", "b", "c"],
         "maxItems", 2),
        ({"messages": [{"tags": ["ok", "long"]}]}, "messages[0].tags[1]", "long", "maxLength", 3),
        ({"by_name": {"x": {"content": "TOOLONG"}}}, "by_name.x.content", "TOOLONG",
         "maxLength", 5),
        ({"grid": [[1], [2, -3]]}, "grid[1][1]", -3, "minimum", 0),
        ({"wire-named": 10}, "wire-named", 10, "maximum", 9),
    ],
)
def test_each_rule_is_refused_with_its_path_value_and_rule(
    extra: dict[str, Any], path: str, value: Any, rule: str, limit: Any
) -> None:
    error = _refusal({**OK, **extra})
    assert isinstance(error, ApiError)
    assert (error.path, error.value, error.rule, error.limit) == (path, value, rule, limit)
    assert path in str(error) and repr(value) in str(error) and f"{rule}: {limit!r}" in str(error)


@pytest.mark.parametrize(
    "extra",
    [
        {"temperature": 2, "top_p": 0.5, "step": 0.3, "n": 4, "grid": [[0, 5]], "wire-named": 9},
        {"temperature": 0, "messages": [{"content": "abcde", "tags": ["a", "abc"]}]},
        {"messages": [{"content": "1a2"}]},  # a pattern matches anywhere (JSON Schema search)
    ],
)
def test_values_within_the_rules_are_sent(extra: dict[str, Any]) -> None:
    body = {**OK, **extra}
    assert json_body(body, Request) == body


def test_omitted_and_null_values_are_not_checked() -> None:
    assert json_body(OK, Request) == OK  # temperature omitted: nothing to check
    with_nulls = {**OK, "temperature": None, "messages": [{"content": None, "tags": None}]}
    assert json_body(with_nulls, Request) == with_nulls  # null: the type's business, sent as is


def test_a_model_instance_is_checked_too() -> None:
    body = Request(messages=[Message(content="hi")], temperature=9)
    with pytest.raises(RequestValidationError, match=r"temperature = 9\.0 breaks `maximum: 2`"):
        json_body(body, Request)


def test_a_subclass_checks_its_own_and_its_bases_rules() -> None:
    with pytest.raises(RequestValidationError, match="extra_field"):
        check_request(Derived.model_validate({**OK, "extra_field": "abc"}))
    with pytest.raises(RequestValidationError, match="temperature"):
        check_request(Derived.model_validate({**OK, "temperature": 3}))


def test_a_response_that_breaks_the_rules_still_parses() -> None:
    data = b'{"messages": [], "temperature": 99, "n": 3}'
    response = httpx.Response(
        200, content=data, headers={"Content-Type": "application/json"},
        request=httpx.Request("GET", "http://x/"),
    )
    parsed = read_body("json", Request, response, strict=False)
    assert isinstance(parsed, Request)
    assert (parsed.messages, parsed.temperature, parsed.n) == ([], 99, 3)


PARAMS = {
    ("path", "id"): (("pattern", "^file-", 0),),
    ("query", "limit"): (("minimum", 1, 0), ("maximum", 100, 0)),
    ("query", "tags"): (("maxItems", 2, 0), ("maxLength", 3, 1)),
    ("header", "X-Tenant"): (("minLength", 2, 0),),
    ("form", "note"): (("maxLength", 4, 0),),
    ("form", "message"): (),
}


@pytest.mark.parametrize(
    ("changes", "path", "value", "rule"),
    [
        ({"path_params": {"id": "dir-1"}}, "id (path parameter)", "dir-1", "pattern"),
        ({"query": {"limit": 0}}, "limit (query parameter)", 0, "minimum"),
        ({"query": {"limit": 101}}, "limit (query parameter)", 101, "maximum"),
        ({"query": {"tags": ["a", "b", "c"]}}, "tags (query parameter)", ["a", "b", "c"], "maxItems"),
        ({"query": {"tags": ["a", "long"]}}, "tags (query parameter)[1]", "long", "maxLength"),
        ({"headers": {"X-Tenant": "x"}}, "X-Tenant (header parameter)", "x", "minLength"),
        ({"form": {"note": "too long"}}, "note (form field)", "too long", "maxLength"),
        # a model inside a form field is checked as in a JSON body
        ({"form": {"message": Message(content="toolong")}}, "message (form field).content",
         "toolong", "maxLength"),
    ],
)
def test_a_call_whose_parameter_breaks_a_rule_is_refused(
    changes: dict[str, Any], path: str, value: Any, rule: str
) -> None:
    with pytest.raises(RequestValidationError) as caught:
        Call("GET", "/files/{id}", constraints=PARAMS, **changes)
    assert (caught.value.path, caught.value.value, caught.value.rule) == (path, value, rule)


def test_parameters_within_their_rules_or_not_given_pass() -> None:
    Call("GET", "/files/{id}", path_params={"id": "file-1"},
         query={"limit": 100, "tags": ["a", "bcd"]}, headers={"X-Tenant": None},
         form={"note": omit, "message": Message(content="hi")}, constraints=PARAMS)


def test_parameters_are_checked_before_anything_is_sent() -> None:
    sent: list[httpx.Request] = []
    client = ApiClient(
        BaseConfiguration("http://api.test"),
        http_client=httpx.Client(transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(204))),
    )
    with pytest.raises(RequestValidationError, match=r"limit \(query parameter\) = 0 breaks `minimum: 1`"):
        client.call(Call("GET", "/files", query={"limit": 0}, constraints=PARAMS))
    assert sent == []


def test_an_enum_rule_refuses_other_values_and_checks_list_items() -> None:
    rules = {("query", "order"): (("enum", ("asc", "desc"), 0),),
             ("query", "levels"): (("enum", (1, 2), 1),)}
    Call("GET", "/x", query={"order": "asc", "levels": [1, 2]}, constraints=rules)
    for query, where in (({"order": "ascending"}, "order (query parameter)"),
                         ({"levels": [1, 3]}, "levels (query parameter)[1]"),
                         ({"levels": [True]}, "levels (query parameter)[0]")):  # True is not 1
        with pytest.raises(RequestValidationError) as caught:
            Call("GET", "/x", query=query, constraints=rules)
        assert caught.value.path == where and caught.value.rule == "enum"
