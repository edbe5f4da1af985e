"""ClickParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .click_button_type import ClickButtonType

__all__ = ["ClickParam"]


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
