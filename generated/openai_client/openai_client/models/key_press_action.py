"""KeyPressAction."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["KeyPressAction"]


class KeyPressAction(OagenModel):
    """A collection of keypresses the model would like to perform."""

    type: Literal["keypress"]
    """Specifies the event type. For a keypress action, this property is always set to `keypress`.

    Server default: ``"keypress"``."""

    keys: list[str]
    """The combination of keys the model is requesting to be pressed. This is an array of strings, each representing a key."""
