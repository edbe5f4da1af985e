"""ChatCompletionsRequestToolsItem."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ChatCompletionsRequestToolsItem"]


class ChatCompletionsRequestToolsItem(OagenModel):
    """ChatCompletionsRequestToolsItem"""

    type: Literal["function"] | None = None
