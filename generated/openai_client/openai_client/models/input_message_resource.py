"""InputMessageResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .input_message_content_list import InputMessageContentList

__all__ = ["InputMessageResource"]


class InputMessageResource(OagenModel):
    """InputMessageResource"""

    type: Literal["message"]
    """The type of the message input. Always set to `message`."""

    role: Literal["user", "system", "developer"] | str
    """The role of the message input. One of `user`, `system`, or `developer`."""

    status: Literal["in_progress", "completed", "incomplete"] | str | None = None
    """The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""

    content: InputMessageContentList

    id: str
    """The unique ID of the message input."""
