"""InputMessage."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .input_message_content_list import InputMessageContentList

__all__ = ["InputMessage"]


class InputMessage(OagenModel):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role."""

    type: Literal["message"] | None = None
    """The type of the message input. Always set to `message`."""

    role: Literal["user", "system", "developer"] | str
    """The role of the message input. One of `user`, `system`, or `developer`."""

    status: Literal["in_progress", "completed", "incomplete"] | str | None = None
    """The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""

    content: InputMessageContentList
