"""UsageTimeBucketResultsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .costs_result import CostsResult
from .usage_audio_speeches_result import UsageAudioSpeechesResult
from .usage_audio_transcriptions_result import UsageAudioTranscriptionsResult
from .usage_code_interpreter_sessions_result import UsageCodeInterpreterSessionsResult
from .usage_completions_result import UsageCompletionsResult
from .usage_embeddings_result import UsageEmbeddingsResult
from .usage_file_search_calls_result import UsageFileSearchCallsResult
from .usage_images_result import UsageImagesResult
from .usage_moderations_result import UsageModerationsResult
from .usage_vector_stores_result import UsageVectorStoresResult
from .usage_web_search_calls_result import UsageWebSearchCallsResult

__all__ = ["UsageTimeBucketResultsItem"]

UsageTimeBucketResultsItem: TypeAlias = Annotated[
    Union[
        Annotated[UsageCompletionsResult, Tag("UsageCompletionsResult")],
        Annotated[UsageEmbeddingsResult, Tag("UsageEmbeddingsResult")],
        Annotated[UsageModerationsResult, Tag("UsageModerationsResult")],
        Annotated[UsageImagesResult, Tag("UsageImagesResult")],
        Annotated[UsageAudioSpeechesResult, Tag("UsageAudioSpeechesResult")],
        Annotated[UsageAudioTranscriptionsResult, Tag("UsageAudioTranscriptionsResult")],
        Annotated[UsageVectorStoresResult, Tag("UsageVectorStoresResult")],
        Annotated[UsageCodeInterpreterSessionsResult, Tag("UsageCodeInterpreterSessionsResult")],
        Annotated[UsageFileSearchCallsResult, Tag("UsageFileSearchCallsResult")],
        Annotated[UsageWebSearchCallsResult, Tag("UsageWebSearchCallsResult")],
        Annotated[CostsResult, Tag("CostsResult")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "object",
        {
            "organization.usage.completions.result": "UsageCompletionsResult",
            "organization.usage.embeddings.result": "UsageEmbeddingsResult",
            "organization.usage.moderations.result": "UsageModerationsResult",
            "organization.usage.images.result": "UsageImagesResult",
            "organization.usage.audio_speeches.result": "UsageAudioSpeechesResult",
            "organization.usage.audio_transcriptions.result": "UsageAudioTranscriptionsResult",
            "organization.usage.vector_stores.result": "UsageVectorStoresResult",
            "organization.usage.code_interpreter_sessions.result": "UsageCodeInterpreterSessionsResult",
            "organization.usage.file_searches.result": "UsageFileSearchCallsResult",
            "organization.usage.web_searches.result": "UsageWebSearchCallsResult",
            "organization.costs.result": "CostsResult",
        },
    ),
]
