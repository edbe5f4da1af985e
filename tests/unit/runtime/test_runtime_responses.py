"""Reading responses: which declared response a status picks, and what ``parse`` returns."""

from __future__ import annotations

import httpx
import pytest

from generator.runtime._base import _pick
from generator.runtime._config import BaseConfiguration
from generator.runtime.api_client import ApiClient, Call
from generator.runtime.exceptions import ApiResponseValidationError, NotFoundError

RESPONSES = {
    "200": ("json", dict[str, int]),
    "201": ("text", None),
    "4XX": ("json", dict[str, str]),
    "DEFAULT": ("binary", None),
}


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (200, ("json", dict[str, int])),  # exact
        (201, ("text", None)),
        (404, ("json", dict[str, str])),  # wildcard
        (500, ("binary", None)),  # default
    ],
)
def test_pick(status: int, expected: tuple[str, object]) -> None:
    assert _pick(RESPONSES, status) == expected


def test_pick_without_a_match() -> None:
    # an undeclared success status reads as the first declared success
    assert _pick({"201": ("text", None)}, 200) == ("text", None)
    assert _pick({"201": ("text", None)}, 404) == ("json", None)


def parse(response: httpx.Response, *, strict: bool = False) -> object:
    response.request = httpx.Request("GET", "http://api.test/x")
    client = ApiClient(BaseConfiguration(strict_response_validation=strict))
    try:
        return client.parse(Call("GET", "/x", responses=RESPONSES), response).data
    finally:
        client.close()


def test_parse_by_kind() -> None:
    assert parse(httpx.Response(200, json={"a": 1})) == {"a": 1}
    assert parse(httpx.Response(201, text="hello")) == "hello"
    assert parse(httpx.Response(204)) is None


def test_parse_errors_and_validation() -> None:
    with pytest.raises(NotFoundError) as info:
        parse(httpx.Response(404, json={"error": "gone"}))
    assert info.value.body == {"error": "gone"}
    with pytest.raises(ApiResponseValidationError, match=r"a: input should be a valid integer"):
        parse(httpx.Response(200, json={"a": "not an int"}), strict=True)
    # lenient (the default): the value that does not validate is kept as sent
    assert parse(httpx.Response(200, json={"a": "x", "b": 2})) == {"a": "x", "b": 2}
