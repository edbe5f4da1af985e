"""ClickParam."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .click_button_type import ClickButtonType

__all__ = ["ClickParam", "ClickParamParam"]


class ClickParam(OagenModel):
    """A click action."""

    type: Literal["click"]
    """Specifies the event type. For a click action, this property is always `click`.

    Server default: ``"click"``."""

    button: ClickButtonType | str
    """Indicates which mouse button was pressed during the click. One of `left`, `right`, `wheel`, `back`, or `forward`."""

    x: int
    """The x-coordinate where the click occurred."""

    y: int
    """The y-coordinate where the click occurred."""

    keys: list[str] | None = None


class ClickParamParam(TypedDict, total=False):
    """Request form of :class:`ClickParam`: a dict a type checker can check."""

    type: Required[Literal["click"]]
    """Specifies the event type. For a click action, this property is always `click`."""

    button: Required[ClickButtonType]
    """Indicates which mouse button was pressed during the click. One of `left`, `right`, `wheel`, `back`, or `forward`."""

    x: Required[int]
    """The x-coordinate where the click occurred."""

    y: Required[int]
    """The y-coordinate where the click occurred."""

    keys: Sequence[str] | None
