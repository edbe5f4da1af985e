"""Parameter serialization (generator/runtime/_params.py) against the OpenAPI 3 style tables."""

from __future__ import annotations

import datetime
import enum

import pytest
from pydantic import BaseModel

from generator.runtime._params import (
    cookie_items,
    header_value,
    path_segment,
    query_items,
    scalar_text,
)

COLOR_LIST = ["blue", "black", "brown"]
COLOR_OBJECT = {"R": 100, "G": 200, "B": 150}


class Color(enum.Enum):
    BLUE = "blue"


class Point(BaseModel):
    x: int
    y_pos: int = 0


# The examples of the OpenAPI 3.0 specification, "Style Examples" (path parameter "color").
@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("simple", False, "blue", "blue"),
        ("simple", False, COLOR_LIST, "blue,black,brown"),
        ("simple", False, COLOR_OBJECT, "R,100,G,200,B,150"),
        ("simple", True, COLOR_OBJECT, "R=100,G=200,B=150"),
        ("label", False, "blue", ".blue"),
        ("label", False, COLOR_LIST, ".blue,black,brown"),
        ("label", True, COLOR_LIST, ".blue.black.brown"),
        ("label", False, COLOR_OBJECT, ".R,100,G,200,B,150"),
        ("label", True, COLOR_OBJECT, ".R=100.G=200.B=150"),
        ("matrix", False, "blue", ";color=blue"),
        ("matrix", False, COLOR_LIST, ";color=blue,black,brown"),
        ("matrix", True, COLOR_LIST, ";color=blue;color=black;color=brown"),
        ("matrix", False, COLOR_OBJECT, ";color=R,100,G,200,B,150"),
        ("matrix", True, COLOR_OBJECT, ";R=100;G=200;B=150"),
    ],
)
def test_path_styles(style: str, explode: bool, value: object, expected: str) -> None:
    assert path_segment("color", value, style, explode) == expected


def test_path_values_are_percent_encoded_and_dot_segments_defused() -> None:
    assert path_segment("id", "a/b c?") == "a%2Fb%20c%3F"
    assert path_segment("id", "..") == "%2E%2E"
    assert path_segment("id", ["a,b", "c"]) == "a%2Cb,c"


@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("form", True, "blue", [("color", "blue")]),
        ("form", True, COLOR_LIST, [("color", "blue"), ("color", "black"), ("color", "brown")]),
        ("form", False, COLOR_LIST, [("color", "blue,black,brown")]),
        ("form", True, COLOR_OBJECT, [("R", "100"), ("G", "200"), ("B", "150")]),
        ("form", False, COLOR_OBJECT, [("color", "R,100,G,200,B,150")]),
        ("spaceDelimited", False, COLOR_LIST, [("color", "blue black brown")]),
        ("spaceDelimited", False, COLOR_OBJECT, [("color", "R 100 G 200 B 150")]),
        ("pipeDelimited", False, COLOR_LIST, [("color", "blue|black|brown")]),
        ("pipeDelimited", False, COLOR_OBJECT, [("color", "R|100|G|200|B|150")]),
        ("deepObject", True, COLOR_OBJECT, [("color[R]", "100"), ("color[G]", "200"), ("color[B]", "150")]),
        ("deepObject", True, {"a": {"b": True}}, [("color[a][b]", "true")]),
    ],
)
def test_query_styles(style: str, explode: bool, value: object, expected: list[tuple[str, str]]) -> None:
    assert query_items("color", value, style, explode) == expected


def test_query_leaves_out_none_and_dumps_models_by_json_name() -> None:
    assert query_items("p", None) == []
    assert query_items("p", Point(x=1), "deepObject", True) == [("p[x]", "1")]
    assert query_items("p", [1, None, 2]) == [("p", "1"), ("p", "2")]


def test_scalars_are_written_as_json_spells_them() -> None:
    moment = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc)
    assert scalar_text(moment) == "2024-05-06T07:08:09+00:00"
    assert scalar_text(datetime.date(2024, 5, 6)) == "2024-05-06"
    assert scalar_text(True) == "true" and scalar_text(False) == "false"
    assert scalar_text(Color.BLUE) == "blue"
    assert query_items("since", moment) == [("since", "2024-05-06T07:08:09+00:00")]
    assert header_value(moment) == "2024-05-06T07:08:09+00:00"


def test_header_simple_style() -> None:
    assert header_value(COLOR_LIST) == "blue,black,brown"
    assert header_value(COLOR_OBJECT) == "R,100,G,200,B,150"
    assert header_value(COLOR_OBJECT, explode=True) == "R=100,G=200,B=150"
    assert header_value(False) == "false"


def test_cookie_form_style() -> None:
    assert cookie_items("id", 5) == [("id", "5")]
    assert cookie_items("id", [3, 4, 5], explode=False) == [("id", "3,4,5")]
    assert cookie_items("id", [3, 4], explode=True) == [("id", "3"), ("id", "4")]
    assert cookie_items("s", "a b;c") == [("s", "a%20b%3Bc")]
    assert cookie_items("s", None) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (35625.0, "35625"),  # the JSON number text, not Python's str(float)
        (-150.0, "-150"),
        (0.5, "0.5"),
        (35625.5, "35625.5"),
        (1e20, "1e+20"),  # not exact as an int: Python's own text
        (float("inf"), "inf"),
        (b"test", "dGVzdA=="),  # format: byte
    ],
)
def test_numbers_as_json_text_and_bytes_as_base64(value: object, expected: str) -> None:
    assert scalar_text(value) == expected
    assert query_items("v", value) == [("v", expected)]


def test_an_array_of_bytes_is_base64_item_by_item() -> None:
    assert header_value([b"a", b"bc"]) == "YQ==,YmM="
