"""VoiceConsentDeletedResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["VoiceConsentDeletedResource"]


class VoiceConsentDeletedResource(OagenModel):
    """VoiceConsentDeletedResource"""

    id: str
    """The consent recording identifier."""

    object: Literal["audio.voice_consent"]

    deleted: bool
