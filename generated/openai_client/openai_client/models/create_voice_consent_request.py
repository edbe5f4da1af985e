"""CreateVoiceConsentRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateVoiceConsentRequest"]


class CreateVoiceConsentRequest(OagenModel):
    """CreateVoiceConsentRequest"""

    name: str
    """The label to use for this consent recording."""

    recording: bytes
    """The consent audio recording file. Maximum size is 10 MiB.

    Supported MIME types:
    `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
    """

    language: str
    """The BCP 47 language tag for the consent phrase (for example, `en-US`)."""
