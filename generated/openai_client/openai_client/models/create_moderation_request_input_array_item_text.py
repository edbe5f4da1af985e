"""CreateModerationRequestInputArrayItemText."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "CreateModerationRequestInputArrayItemText",
    "CreateModerationRequestInputArrayItemTextParam",
]


class CreateModerationRequestInputArrayItemText(OagenModel):
    """An object describing text to classify."""

    type: Literal["text"]
    """Always `text`."""

    text: str
    """A string of text to classify."""


class CreateModerationRequestInputArrayItemTextParam(TypedDict, total=False):
    """Request form of :class:`CreateModerationRequestInputArrayItemText`: a dict a type checker can check."""

    type: Required[Literal["text"]]
    """Always `text`."""

    text: Required[str]
    """A string of text to classify."""
