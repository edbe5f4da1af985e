"""VoiceIdsOrCustomVoice."""

from __future__ import annotations

from typing import TypeAlias

from .voice_ids_or_custom_voice_variant2 import VoiceIdsOrCustomVoiceVariant2
from .voice_ids_shared import VoiceIdsShared

__all__ = ["VoiceIdsOrCustomVoice"]

VoiceIdsOrCustomVoice: TypeAlias = VoiceIdsShared | VoiceIdsOrCustomVoiceVariant2
"""A built-in voice name or a custom voice reference."""
