"""ChatCompletionRequestFunctionMessage."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ChatCompletionRequestFunctionMessage"]


class ChatCompletionRequestFunctionMessage(OagenModel):
    """Function message"""

    role: Literal["function"]
    """The role of the messages author, in this case `function`."""

    content: str | None

    name: str
    """The name of the function to call."""
