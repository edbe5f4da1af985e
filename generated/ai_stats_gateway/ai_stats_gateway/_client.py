"""``Client`` and ``AsyncClient``: every API group as an attribute, created on first use."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .api_client import ApiClient, AsyncApiClient
from .configuration import Configuration

if TYPE_CHECKING:
    from .api.analytics_api import AnalyticsApi, AsyncAnalyticsApi
    from .api.audio_api import AsyncAudioApi, AudioApi
    from .api.batches_api import AsyncBatchesApi, BatchesApi
    from .api.chat_api import AsyncChatApi, ChatApi
    from .api.default_api import AsyncDefaultApi, DefaultApi
    from .api.embeddings_api import AsyncEmbeddingsApi, EmbeddingsApi
    from .api.files_api import AsyncFilesApi, FilesApi
    from .api.generation_api import AsyncGenerationApi, GenerationApi
    from .api.healthz_api import AsyncHealthzApi, HealthzApi
    from .api.images_api import AsyncImagesApi, ImagesApi
    from .api.models_api import AsyncModelsApi, ModelsApi
    from .api.moderations_api import AsyncModerationsApi, ModerationsApi
    from .api.responses_api import AsyncResponsesApi, ResponsesApi
    from .api.videos_api import AsyncVideosApi, VideosApi

__all__ = ["Client", "AsyncClient"]


class Client:
    """AI Stats Gateway API client.

    Example::

        with Client() as client:
            ...

    ``api_key`` (or ``AI_STATS_API_KEY`` from the environment)    authenticates; ``base_url`` defaults to ``https://api.ai-stats.phaseo.app/v1``; pass
    ``http_client`` to bring your own ``httpx.Client`` (proxies, transports, mTLS).
    A response that does not match its declared type is returned leniently (see
    ``model_deviations()``); ``strict_response_validation=True`` raises
    ``ApiResponseValidationError`` instead.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
        http_client: httpx.Client | None = None,
        configuration: Configuration | None = None,
    ) -> None:
        # explicit arguments win over the configuration object, applied to a copy of it
        configuration = (configuration or Configuration()).with_overrides(
            host=base_url,
            credentials={
                "access_token": api_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._configuration = configuration
        self.api_client = ApiClient(configuration, http_client=http_client)

    @property
    def configuration(self) -> Configuration:
        return self._configuration

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.api_client.close()

    def __repr__(self) -> str:
        return f"Client(base_url={self.configuration.host!r})"

    @cached_property
    def analytics(self) -> AnalyticsApi:
        """analytics operations."""
        from .api.analytics_api import AnalyticsApi

        return AnalyticsApi(self.api_client)

    @cached_property
    def audio(self) -> AudioApi:
        """audio operations."""
        from .api.audio_api import AudioApi

        return AudioApi(self.api_client)

    @cached_property
    def batches(self) -> BatchesApi:
        """batches operations."""
        from .api.batches_api import BatchesApi

        return BatchesApi(self.api_client)

    @cached_property
    def chat(self) -> ChatApi:
        """chat operations."""
        from .api.chat_api import ChatApi

        return ChatApi(self.api_client)

    @cached_property
    def default(self) -> DefaultApi:
        """default operations."""
        from .api.default_api import DefaultApi

        return DefaultApi(self.api_client)

    @cached_property
    def embeddings(self) -> EmbeddingsApi:
        """embeddings operations."""
        from .api.embeddings_api import EmbeddingsApi

        return EmbeddingsApi(self.api_client)

    @cached_property
    def files(self) -> FilesApi:
        """files operations."""
        from .api.files_api import FilesApi

        return FilesApi(self.api_client)

    @cached_property
    def generation(self) -> GenerationApi:
        """generation operations."""
        from .api.generation_api import GenerationApi

        return GenerationApi(self.api_client)

    @cached_property
    def healthz(self) -> HealthzApi:
        """healthz operations."""
        from .api.healthz_api import HealthzApi

        return HealthzApi(self.api_client)

    @cached_property
    def images(self) -> ImagesApi:
        """images operations."""
        from .api.images_api import ImagesApi

        return ImagesApi(self.api_client)

    @cached_property
    def models(self) -> ModelsApi:
        """models operations."""
        from .api.models_api import ModelsApi

        return ModelsApi(self.api_client)

    @cached_property
    def moderations(self) -> ModerationsApi:
        """moderations operations."""
        from .api.moderations_api import ModerationsApi

        return ModerationsApi(self.api_client)

    @cached_property
    def responses(self) -> ResponsesApi:
        """responses operations."""
        from .api.responses_api import ResponsesApi

        return ResponsesApi(self.api_client)

    @cached_property
    def videos(self) -> VideosApi:
        """videos operations."""
        from .api.videos_api import VideosApi

        return VideosApi(self.api_client)


class AsyncClient:
    """AI Stats Gateway API client (async).

    Example::

        async with AsyncClient() as client:
            ...

    ``api_key`` (or ``AI_STATS_API_KEY`` from the environment)    authenticates; ``base_url`` defaults to ``https://api.ai-stats.phaseo.app/v1``; pass
    ``http_client`` to bring your own ``httpx.AsyncClient`` (proxies, transports, mTLS).
    A response that does not match its declared type is returned leniently (see
    ``model_deviations()``); ``strict_response_validation=True`` raises
    ``ApiResponseValidationError`` instead.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
        http_client: httpx.AsyncClient | None = None,
        configuration: Configuration | None = None,
    ) -> None:
        # explicit arguments win over the configuration object, applied to a copy of it
        configuration = (configuration or Configuration()).with_overrides(
            host=base_url,
            credentials={
                "access_token": api_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._configuration = configuration
        self.api_client = AsyncApiClient(configuration, http_client=http_client)

    @property
    def configuration(self) -> Configuration:
        return self._configuration

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self.api_client.close()

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self.configuration.host!r})"

    @cached_property
    def analytics(self) -> AsyncAnalyticsApi:
        """analytics operations."""
        from .api.analytics_api import AsyncAnalyticsApi

        return AsyncAnalyticsApi(self.api_client)

    @cached_property
    def audio(self) -> AsyncAudioApi:
        """audio operations."""
        from .api.audio_api import AsyncAudioApi

        return AsyncAudioApi(self.api_client)

    @cached_property
    def batches(self) -> AsyncBatchesApi:
        """batches operations."""
        from .api.batches_api import AsyncBatchesApi

        return AsyncBatchesApi(self.api_client)

    @cached_property
    def chat(self) -> AsyncChatApi:
        """chat operations."""
        from .api.chat_api import AsyncChatApi

        return AsyncChatApi(self.api_client)

    @cached_property
    def default(self) -> AsyncDefaultApi:
        """default operations."""
        from .api.default_api import AsyncDefaultApi

        return AsyncDefaultApi(self.api_client)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsApi:
        """embeddings operations."""
        from .api.embeddings_api import AsyncEmbeddingsApi

        return AsyncEmbeddingsApi(self.api_client)

    @cached_property
    def files(self) -> AsyncFilesApi:
        """files operations."""
        from .api.files_api import AsyncFilesApi

        return AsyncFilesApi(self.api_client)

    @cached_property
    def generation(self) -> AsyncGenerationApi:
        """generation operations."""
        from .api.generation_api import AsyncGenerationApi

        return AsyncGenerationApi(self.api_client)

    @cached_property
    def healthz(self) -> AsyncHealthzApi:
        """healthz operations."""
        from .api.healthz_api import AsyncHealthzApi

        return AsyncHealthzApi(self.api_client)

    @cached_property
    def images(self) -> AsyncImagesApi:
        """images operations."""
        from .api.images_api import AsyncImagesApi

        return AsyncImagesApi(self.api_client)

    @cached_property
    def models(self) -> AsyncModelsApi:
        """models operations."""
        from .api.models_api import AsyncModelsApi

        return AsyncModelsApi(self.api_client)

    @cached_property
    def moderations(self) -> AsyncModerationsApi:
        """moderations operations."""
        from .api.moderations_api import AsyncModerationsApi

        return AsyncModerationsApi(self.api_client)

    @cached_property
    def responses(self) -> AsyncResponsesApi:
        """responses operations."""
        from .api.responses_api import AsyncResponsesApi

        return AsyncResponsesApi(self.api_client)

    @cached_property
    def videos(self) -> AsyncVideosApi:
        """videos operations."""
        from .api.videos_api import AsyncVideosApi

        return AsyncVideosApi(self.api_client)
