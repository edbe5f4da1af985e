"""ReasoningItem."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .reasoning_text_content import ReasoningTextContent, ReasoningTextContentParam
from .summary_text_content import SummaryTextContent, SummaryTextContentParam

__all__ = ["ReasoningItem", "ReasoningItemParam"]


class ReasoningItem(OagenModel):
    """A description of the chain of thought used by a reasoning model while generating
    a response. Be sure to include these items in your `input` to the Responses API
    for subsequent turns of a conversation if you are manually
    [managing context](/docs/guides/conversation-state)."""

    type: Literal["reasoning"]
    """The type of the object. Always `reasoning`."""

    id: str
    """The unique identifier of the reasoning content."""

    encrypted_content: str | None = None

    summary: list[SummaryTextContent]
    """Reasoning summary content."""

    content: list[ReasoningTextContent] | None = None
    """Reasoning text content."""

    status: Literal["in_progress", "completed", "incomplete"] | str | None = None
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""


class ReasoningItemParam(TypedDict, total=False):
    """Request form of :class:`ReasoningItem`: a dict a type checker can check."""

    type: Required[Literal["reasoning"]]
    """The type of the object. Always `reasoning`."""

    id: Required[str]
    """The unique identifier of the reasoning content."""

    encrypted_content: str | None

    summary: Required[Sequence[SummaryTextContentParam | SummaryTextContent]]
    """Reasoning summary content."""

    content: Sequence[ReasoningTextContentParam | ReasoningTextContent]
    """Reasoning text content."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""
