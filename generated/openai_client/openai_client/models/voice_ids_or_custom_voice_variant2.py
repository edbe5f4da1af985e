"""VoiceIdsOrCustomVoiceVariant2."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["VoiceIdsOrCustomVoiceVariant2"]


class VoiceIdsOrCustomVoiceVariant2(OagenModel):
    """Custom voice reference."""

    id: str
    """The custom voice ID, e.g. `voice_1234`."""
