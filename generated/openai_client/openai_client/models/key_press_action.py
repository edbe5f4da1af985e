"""KeyPressAction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["KeyPressAction", "KeyPressActionParam"]


class KeyPressAction(OagenModel):
    """A collection of keypresses the model would like to perform."""

    type: Literal["keypress"]
    """Specifies the event type. For a keypress action, this property is always set to `keypress`.

    Server default: ``"keypress"``."""

    keys: list[str]
    """The combination of keys the model is requesting to be pressed. This is an array of strings, each representing a key."""


class KeyPressActionParam(TypedDict, total=False):
    """Request form of :class:`KeyPressAction`: a dict a type checker can check."""

    type: Required[Literal["keypress"]]
    """Specifies the event type. For a keypress action, this property is always set to `keypress`."""

    keys: Required[Sequence[str]]
    """The combination of keys the model is requesting to be pressed. This is an array of strings, each representing a key."""
