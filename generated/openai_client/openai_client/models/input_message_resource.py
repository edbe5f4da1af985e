"""InputMessageResource."""

from __future__ import annotations

from typing import Literal

from .input_message import InputMessage
from .input_message_content_list import InputMessageContentList

__all__ = ["InputMessageResource"]


class InputMessageResource(InputMessage):
    """InputMessageResource"""

    type: Literal["message"]
    """The type of the message input. Always set to `message`."""

    id: str
    """The unique ID of the message input."""
