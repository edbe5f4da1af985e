"""Naming: every spec string becomes a valid, deterministic, collision-free identifier."""

from __future__ import annotations

import keyword

import pytest

from generator.naming import (
    PYDANTIC_RESERVED,
    Namespace,
    constant_case,
    member_name,
    module_name,
    pascal_case,
    snake_case,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("createChatCompletion", "create_chat_completion"),
        ("CreateChatCompletion", "create_chat_completion"),
        ("HTTPResponse", "http_response"),
        ("getV2Items", "get_v2_items"),
        ("self-harm/intent", "self_harm_intent"),
        ("api_key.created", "api_key_created"),
        ("foo-bar", "foo_bar"),
        ("foo_bar", "foo_bar"),
        ("1d", "value_1d"),
        ("class", "class_"),
        ("None", "none"),
        ("", "value"),
        ("!!!", "value"),
        ("Ünïcödé name", "unicode_name"),
        ("日本語", "value"),
        ("match", "match_"),
        ("/files/{file_id}", "files_file_id"),
    ],
)
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chat-completion.chunk", "ChatCompletionChunk"),
        ("ChatCompletionsRequest", "ChatCompletionsRequest"),
        ("fine_tuning", "FineTuning"),
        ("Fine-tuning", "FineTuning"),
        ("1st", "Model1st"),
        ("", "Model"),
        ("none", "None_"),
        ("VLAN", "VLAN"),
    ],
)
def test_pascal_case(text: str, expected: str) -> None:
    assert pascal_case(text) == expected


def test_constant_case() -> None:
    assert constant_case("api_key.created") == "API_KEY_CREATED"
    assert constant_case("1d") == "VALUE_1D"


@pytest.mark.parametrize("name", sorted(PYDANTIC_RESERVED))
def test_member_names_never_shadow_pydantic(name: str) -> None:
    assert member_name(name) == name + "_"


def test_member_name_keeps_model_prefixed_fields() -> None:
    assert member_name("model_id") == "model_id"
    assert member_name("schema") == "schema_"
    assert member_name("json") == "json_"


@pytest.mark.parametrize("text", ["", "1", "for", "a b", "\x00", "__import__('os')", "💥", "x" * 300, "'''", '"""'])
def test_any_string_gives_an_identifier(text: str) -> None:
    for fn in (snake_case, pascal_case, constant_case, member_name, module_name):
        out = fn(text)
        assert out.isidentifier(), (fn.__name__, text, out)
        assert not keyword.iskeyword(out)


def test_namespace_is_deterministic_and_collision_free() -> None:
    ns = Namespace({"Client"})
    assert [ns.claim(n) for n in ["Client", "Foo", "Foo", "Foo"]] == ["Client2", "Foo", "Foo2", "Foo3"]
    ns2 = Namespace({"Client"})
    assert [ns2.claim(n) for n in ["Client", "Foo", "Foo", "Foo"]] == ["Client2", "Foo", "Foo2", "Foo3"]


def test_namespace_casefold_keeps_file_names_apart() -> None:
    ns = Namespace(casefold=True)
    assert ns.claim("vlan") == "vlan"
    assert ns.claim("VLAN", sep="_") == "VLAN_2"


def test_collisions_after_normalisation() -> None:
    ns = Namespace()
    assert ns.claim(snake_case("foo-bar"), sep="_") == "foo_bar"
    assert ns.claim(snake_case("foo_bar"), sep="_") == "foo_bar_2"
