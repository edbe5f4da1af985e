"""InputMessage."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .input_message_content_list import InputMessageContentList, InputMessageContentListParam

__all__ = ["InputMessage", "InputMessageParam"]


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


class InputMessageParam(TypedDict, total=False):
    """Request form of :class:`InputMessage`: a dict a type checker can check."""

    type: Literal["message"]
    """The type of the message input. Always set to `message`."""

    role: Required[Literal["user", "system", "developer"]]
    """The role of the message input. One of `user`, `system`, or `developer`."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""

    content: Required[InputMessageContentListParam]
