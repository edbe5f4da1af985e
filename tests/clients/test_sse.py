"""The SSE decoder of the generated runtime (`_streaming.SSEDecoder`), fed text in pieces."""

from __future__ import annotations

import random

import pytest
from ai_stats_gateway._streaming import ServerSentEvent, SSEDecoder
from openai_client._streaming import SSEDecoder as OpenAISSEDecoder


def decode(*pieces: str) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for piece in pieces:
        events.extend(decoder.feed(piece))
    return events


def data(*pieces: str) -> list[str]:
    return [e.data for e in decode(*pieces)]


SAMPLE = (
    "\ufeff: welcome\r\n"
    "\r\n"
    "data: one\r\n"
    "\r\n"
    "event: update\n"
    "id: 42\n"
    "retry: 1500\n"
    'data: {"a":\n'
    "data:  1}\n"
    "\n"
    ":keep-alive\r"
    "\r"
    "data:two\r"
    "\r"
    "data: ünïcödé 🌍\r\n"
    "\r\n"
    "event: empty\n"
    "\n"
    "data\n"
    "\n"
    "data: [DONE]\n"
    "\n"
)
SAMPLE_EVENTS = [
    ServerSentEvent(None, "one"),
    ServerSentEvent("update", '{"a":\n 1}', "42", 1500),
    ServerSentEvent(None, "two", "42"),
    ServerSentEvent(None, "ünïcödé 🌍", "42"),
    ServerSentEvent(None, "", "42"),
    ServerSentEvent(None, "[DONE]", "42"),
]


def test_sample_in_one_piece() -> None:
    assert decode(SAMPLE) == SAMPLE_EVENTS


def test_every_single_split_point() -> None:
    for i in range(len(SAMPLE) + 1):
        assert decode(SAMPLE[:i], SAMPLE[i:]) == SAMPLE_EVENTS, f"split at {i}"


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 11])
def test_fixed_size_pieces(size: int) -> None:
    pieces = [SAMPLE[i : i + size] for i in range(0, len(SAMPLE), size)]
    assert decode(*pieces) == SAMPLE_EVENTS


def test_random_pieces() -> None:
    rng = random.Random(1234)
    for _ in range(300):
        cuts = sorted(rng.sample(range(1, len(SAMPLE)), rng.randint(1, 25)))
        pieces = [SAMPLE[a:b] for a, b in zip([0, *cuts], [*cuts, len(SAMPLE)], strict=True)]
        assert decode(*pieces) == SAMPLE_EVENTS, cuts


def test_crlf_split_between_pieces_is_one_line_end() -> None:
    assert data("data: a\r", "\n", "\r", "\ndata: b\r\n\r\n") == ["a", "b"]


def test_lone_cr_inside_a_piece_does_not_swallow_a_later_lf() -> None:
    # "\r" ended "data: a" mid-piece; the "\n" that starts the next piece is a blank line.
    assert data("data: a\rdata: b", "\n\n") == ["a\nb"]


def test_comments_and_keep_alives_are_ignored() -> None:
    assert data(": ping\n\n", ":\n", "data: x\n", ": between\n", "\n") == ["x"]


def test_multi_line_data_is_joined_with_newlines() -> None:
    assert data("data: line 1\ndata: line 2\ndata:\ndata: line 4\n\n") == [
        "line 1\nline 2\n\nline 4"
    ]


def test_only_one_leading_space_is_removed() -> None:
    assert data("data:  two spaces\n\n", "data:none\n\n") == [" two spaces", "none"]


def test_event_without_data_is_not_dispatched_and_its_name_is_forgotten() -> None:
    events = decode("event: orphan\n\n", "data: x\n\n")
    assert events == [ServerSentEvent(None, "x")]


def test_unknown_fields_are_ignored_and_bad_retry_skipped() -> None:
    events = decode("foo: bar\nretry: soon\ndata: x\n\n")
    assert events == [ServerSentEvent(None, "x")]


def test_id_persists_and_id_with_nul_is_ignored() -> None:
    events = decode("id: 1\ndata: a\n\n", "data: b\n\n", "id: x\x00y\ndata: c\n\n")
    assert [e.id for e in events] == ["1", "1", "1"]


def test_partial_event_is_reported() -> None:
    decoder = SSEDecoder()
    assert not decoder.has_partial
    assert decoder.feed("data: complete\n\n") == [ServerSentEvent(None, "complete")]
    assert not decoder.has_partial
    decoder.feed("data: cut")
    assert decoder.has_partial
    decoder.feed(" off\n")
    assert decoder.has_partial  # a data line without its blank line
    assert decoder.feed("\n") == [ServerSentEvent(None, "cut off")]
    assert not decoder.has_partial


def test_empty_pieces_change_nothing() -> None:
    assert data("data: a\r", "", "\n\n") == ["a"]


def test_both_generated_packages_share_the_decoder() -> None:
    decoder = OpenAISSEDecoder()
    assert decoder.feed(SAMPLE)[1].data == SAMPLE_EVENTS[1].data
