"""Conversation2."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["Conversation2"]


class Conversation2(OagenModel):
    """The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation."""

    id: str
    """The unique ID of the conversation that this response was associated with."""
