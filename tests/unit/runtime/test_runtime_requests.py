"""What the runtime puts on the wire for a Call: parameters with their styles, cookies, auth and
bodies with ``extra_body`` (defect 9: merged into the body the operation sends, or refused)."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from generator.runtime._config import BaseConfiguration
from generator.runtime.api_client import Call
from generator.runtime.exceptions import MissingCredentialsError

Send = Callable[..., httpx.Request]  # the `send` fixture of conftest.py


def test_parameters_in_every_location_with_their_styles(send: Send) -> None:
    call = Call(
        "GET",
        "/items/{ids}/{color}",
        path_params={"ids": [1, 2], "color": "blue"},
        query={"tags": ["a", "b"], "pipes": ["x", "y"], "filter": {"kind": "big", "on": True}},
        headers={"X-Trace": [1, 2]},
        cookies={"session": "s 1", "prefs": ["a", "b"]},
        styles={
            ("path", "color"): ("label", False),
            ("query", "pipes"): ("pipeDelimited", False),
            ("query", "filter"): ("deepObject", True),
            ("cookie", "prefs"): ("form", False),
        },
    )
    request = send(call)
    assert request.url.path == "/items/1,2/.blue"
    assert request.url.params.get_list("tags") == ["a", "b"]
    assert request.url.params.get_list("pipes") == ["x|y"]
    assert request.url.params["filter[kind]"] == "big"
    assert request.url.params["filter[on]"] == "true"
    assert request.headers["x-trace"] == "1,2"
    assert request.headers["cookie"] == "session=s%201; prefs=a,b"
    assert request.content == b""


def test_a_cookie_parameter_and_a_cookie_api_key_share_the_cookie_header(send: Send) -> None:
    config = BaseConfiguration("http://api.test", credentials={"cookie_key": "k1"})
    call = Call("GET", "/x", cookies={"session": "abc"}, security=[["CookieKey"]])
    assert send(call, config).headers["cookie"] == "session=abc; session=k1"


@pytest.mark.parametrize(
    ("credentials", "security", "where", "expected"),
    [
        ({"access_token": "tok"}, [["BearerAuth"]], "header", "Bearer tok"),
        ({"basic_username": "u", "basic_password": "p"}, [["BasicAuth"]], "header", "Basic dTpw"),
        ({"query_key": "q1"}, [["QueryKey"]], "query", "q1"),
        # the first alternative lacks its credential: the second one is used
        ({"query_key": "q1"}, [["BearerAuth"], ["QueryKey"]], "query", "q1"),
    ],
)
def test_auth_is_applied_from_the_scheme_table(
    send: Send, credentials: dict[str, str], security: list[list[str]], where: str, expected: str
) -> None:
    config = BaseConfiguration("http://api.test", credentials=credentials)
    request = send(Call("GET", "/x", security=security), config)
    if where == "header":
        assert request.headers["authorization"] == expected
    else:
        assert request.url.params["api_key"] == expected
        assert "authorization" not in request.headers


def test_no_credential_is_refused_naming_the_argument_and_the_variable(send: Send) -> None:
    with pytest.raises(MissingCredentialsError) as caught:
        send(Call("GET", "/x", security=[["BearerAuth"]]))
    assert "api_key=" in str(caught.value) and "EXAMPLE_API_KEY" in str(caught.value)


def test_optional_security_goes_out_without_credentials(send: Send) -> None:
    request = send(Call("GET", "/x", security=[["BearerAuth"], []]))
    assert "authorization" not in request.headers


def test_extra_body_merges_into_a_json_object(send: Send) -> None:
    call = Call("POST", "/x", json={"a": 1}, has_json=True, body_kind="json")
    request = send(call, extra_body={"b": 2, "a": 3})
    assert json.loads(request.content) == {"a": 3, "b": 2}
    assert request.headers["content-type"] == "application/json"


def test_extra_body_is_the_json_body_of_an_optional_body_left_out(send: Send) -> None:
    call = Call("POST", "/x", json=None, has_json=False, body_kind="json")
    assert json.loads(send(call, extra_body={"b": 2}).content) == {"b": 2}
    assert send(call).content == b""


def test_extra_body_on_multipart_adds_fields_and_keeps_the_file(send: Send) -> None:
    call = Call(
        "POST",
        "/upload",
        form={"purpose": "test"},
        files={"file": ("a.txt", b"FILEDATA", "text/plain")},
        body_kind="multipart",
    )
    request = send(call, extra_body={"extra": "yes"})
    assert request.headers["content-type"].startswith("multipart/form-data")
    body = request.content
    assert b"FILEDATA" in body and b'filename="a.txt"' in body
    assert b'name="purpose"' in body and b'name="extra"\r\n\r\nyes' in body


def test_extra_body_on_a_form_adds_fields(send: Send) -> None:
    call = Call("POST", "/token", form={"grant_type": "x"}, body_kind="form")
    request = send(call, extra_body={"scope": "all"})
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert httpx.QueryParams(request.content.decode()) == httpx.QueryParams("grant_type=x&scope=all")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (Call("GET", "/models"), "GET /models: the operation sends no body"),
        (
            Call("PUT", "/blob", content=b"raw", content_type="application/octet-stream", body_kind="binary"),
            "PUT /blob: the operation sends a raw binary body",
        ),
        (
            Call("POST", "/list", json=[1, 2], has_json=True, body_kind="json"),
            "POST /list: its JSON body is a list",
        ),
    ],
)
def test_extra_body_is_refused_where_there_is_no_object_to_merge_into(
    send: Send, call: Call, message: str
) -> None:
    with pytest.raises(TypeError, match="extra_body") as info:
        send(call, extra_body={"x": 1})
    assert message in str(info.value)


def test_for_stream_sets_the_flag_in_json_and_form(send: Send) -> None:
    call = Call("POST", "/chat", json={"m": 1}, has_json=True, body_kind="json").for_stream(True)
    assert call.accept == "text/event-stream" and call.json == {"m": 1, "stream": True}
