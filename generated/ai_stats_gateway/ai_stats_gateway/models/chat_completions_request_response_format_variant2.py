"""ChatCompletionsRequestResponseFormatVariant2."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import Field
from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "ChatCompletionsRequestResponseFormatVariant2",
    "ChatCompletionsRequestResponseFormatVariant2Param",
]


class ChatCompletionsRequestResponseFormatVariant2(OagenModel):
    """ChatCompletionsRequestResponseFormatVariant2"""

    type: str | None = None

    schema_: dict[str, Any] | None = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )


class ChatCompletionsRequestResponseFormatVariant2Param(TypedDict, total=False):
    """Request form of :class:`ChatCompletionsRequestResponseFormatVariant2`: a dict a type checker can check."""

    type: str

    schema: Mapping[str, Any]
