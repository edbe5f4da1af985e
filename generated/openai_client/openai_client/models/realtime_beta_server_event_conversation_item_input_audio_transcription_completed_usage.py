"""RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .transcript_text_usage_duration import TranscriptTextUsageDuration
from .transcript_text_usage_tokens import TranscriptTextUsageTokens

__all__ = ["RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage"]

RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage: TypeAlias = Annotated[
    Union[
        Annotated[TranscriptTextUsageTokens, Tag("TranscriptTextUsageTokens")],
        Annotated[TranscriptTextUsageDuration, Tag("TranscriptTextUsageDuration")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type", {"tokens": "TranscriptTextUsageTokens", "duration": "TranscriptTextUsageDuration"}
    ),
]
"""Usage statistics for the transcription."""
