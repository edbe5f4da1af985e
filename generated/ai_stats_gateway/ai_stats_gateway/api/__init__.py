"""API classes, one per group of operations; each module is imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .analytics_api import AsyncAnalyticsApi as AsyncAnalyticsApi, AnalyticsApi as AnalyticsApi
    from .audio_api import AsyncAudioApi as AsyncAudioApi, AudioApi as AudioApi
    from .batches_api import AsyncBatchesApi as AsyncBatchesApi, BatchesApi as BatchesApi
    from .chat_api import AsyncChatApi as AsyncChatApi, ChatApi as ChatApi
    from .default_api import AsyncDefaultApi as AsyncDefaultApi, DefaultApi as DefaultApi
    from .embeddings_api import (
        AsyncEmbeddingsApi as AsyncEmbeddingsApi,
        EmbeddingsApi as EmbeddingsApi,
    )
    from .files_api import AsyncFilesApi as AsyncFilesApi, FilesApi as FilesApi
    from .generation_api import (
        AsyncGenerationApi as AsyncGenerationApi,
        GenerationApi as GenerationApi,
    )
    from .healthz_api import AsyncHealthzApi as AsyncHealthzApi, HealthzApi as HealthzApi
    from .images_api import AsyncImagesApi as AsyncImagesApi, ImagesApi as ImagesApi
    from .models_api import AsyncModelsApi as AsyncModelsApi, ModelsApi as ModelsApi
    from .moderations_api import (
        AsyncModerationsApi as AsyncModerationsApi,
        ModerationsApi as ModerationsApi,
    )
    from .responses_api import AsyncResponsesApi as AsyncResponsesApi, ResponsesApi as ResponsesApi
    from .videos_api import AsyncVideosApi as AsyncVideosApi, VideosApi as VideosApi

_MODULES: dict[str, str] = {
    "AnalyticsApi": "analytics_api",
    "AsyncAnalyticsApi": "analytics_api",
    "AudioApi": "audio_api",
    "AsyncAudioApi": "audio_api",
    "BatchesApi": "batches_api",
    "AsyncBatchesApi": "batches_api",
    "ChatApi": "chat_api",
    "AsyncChatApi": "chat_api",
    "DefaultApi": "default_api",
    "AsyncDefaultApi": "default_api",
    "EmbeddingsApi": "embeddings_api",
    "AsyncEmbeddingsApi": "embeddings_api",
    "FilesApi": "files_api",
    "AsyncFilesApi": "files_api",
    "GenerationApi": "generation_api",
    "AsyncGenerationApi": "generation_api",
    "HealthzApi": "healthz_api",
    "AsyncHealthzApi": "healthz_api",
    "ImagesApi": "images_api",
    "AsyncImagesApi": "images_api",
    "ModelsApi": "models_api",
    "AsyncModelsApi": "models_api",
    "ModerationsApi": "moderations_api",
    "AsyncModerationsApi": "moderations_api",
    "ResponsesApi": "responses_api",
    "AsyncResponsesApi": "responses_api",
    "VideosApi": "videos_api",
    "AsyncVideosApi": "videos_api",
}

__all__ = [
    "AnalyticsApi",
    "AsyncAnalyticsApi",
    "AudioApi",
    "AsyncAudioApi",
    "BatchesApi",
    "AsyncBatchesApi",
    "ChatApi",
    "AsyncChatApi",
    "DefaultApi",
    "AsyncDefaultApi",
    "EmbeddingsApi",
    "AsyncEmbeddingsApi",
    "FilesApi",
    "AsyncFilesApi",
    "GenerationApi",
    "AsyncGenerationApi",
    "HealthzApi",
    "AsyncHealthzApi",
    "ImagesApi",
    "AsyncImagesApi",
    "ModelsApi",
    "AsyncModelsApi",
    "ModerationsApi",
    "AsyncModerationsApi",
    "ResponsesApi",
    "AsyncResponsesApi",
    "VideosApi",
    "AsyncVideosApi",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
