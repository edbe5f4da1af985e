"""CreateModerationRequest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_moderation_request_input_array_item import (
    CreateModerationRequestInputArrayItem,
    CreateModerationRequestInputArrayItemParam,
)

__all__ = ["CreateModerationRequest", "CreateModerationRequestParam"]


class CreateModerationRequest(OagenModel):
    """CreateModerationRequest"""

    input: list[str] | list[CreateModerationRequestInputArrayItem] | str
    """Input (or inputs) to classify. Can be a single string, an array of strings, or
    an array of multi-modal input objects similar to other models."""

    model: (
        Literal[
            "omni-moderation-latest",
            "omni-moderation-2024-09-26",
            "text-moderation-latest",
            "text-moderation-stable",
        ]
        | str
        | None
    ) = None
    """The content moderation model you would like to use. Learn more in
    [the moderation guide](/docs/guides/moderation), and learn about
    available models [here](/docs/models#moderation).

    Server default: ``"omni-moderation-latest"``."""


class CreateModerationRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateModerationRequest`: a dict a type checker can check."""

    input: Required[str | Sequence[str] | Sequence[CreateModerationRequestInputArrayItemParam]]
    """Input (or inputs) to classify. Can be a single string, an array of strings, or
    an array of multi-modal input objects similar to other models."""

    model: (
        str
        | Literal[
            "omni-moderation-latest",
            "omni-moderation-2024-09-26",
            "text-moderation-latest",
            "text-moderation-stable",
        ]
    )
    """The content moderation model you would like to use. Learn more in
    [the moderation guide](/docs/guides/moderation), and learn about
    available models [here](/docs/models#moderation)."""
