"""RealtimeBetaServerEventResponseContentPartDonePart."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeBetaServerEventResponseContentPartDonePart"]


class RealtimeBetaServerEventResponseContentPartDonePart(OagenModel):
    """The content part that is done."""

    type: Literal["audio", "text"] | str | None = None
    """The content type ("text", "audio")."""

    text: str | None = None
    """The text content (if type is "text")."""

    audio: str | None = None
    """Base64-encoded audio data (if type is "audio")."""

    transcript: str | None = None
    """The transcript of the audio (if type is "audio")."""
