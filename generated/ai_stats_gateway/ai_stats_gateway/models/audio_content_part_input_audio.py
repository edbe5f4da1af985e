"""AudioContentPartInputAudio."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["AudioContentPartInputAudio"]


class AudioContentPartInputAudio(OagenModel):
    """AudioContentPartInputAudio"""

    data: str | None = None

    format: Literal["wav", "mp3", "flac", "m4a", "ogg", "pcm16", "pcm24"] | str | None = None
