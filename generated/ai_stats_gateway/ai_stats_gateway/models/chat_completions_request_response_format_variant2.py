"""ChatCompletionsRequestResponseFormatVariant2."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._models import OagenModel

__all__ = ["ChatCompletionsRequestResponseFormatVariant2"]


class ChatCompletionsRequestResponseFormatVariant2(OagenModel):
    """ChatCompletionsRequestResponseFormatVariant2"""

    type: str | None = None

    schema_: dict[str, Any] | None = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )
