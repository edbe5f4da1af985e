"""videos operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.video_generation_request import VideoGenerationRequest
from ..models.video_generation_response import VideoGenerationResponse

__all__ = ["VideosApi", "AsyncVideosApi"]


def _create_video_call(
    video_generation_request: VideoGenerationRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/videos",
        body_kind="json",
        json=json_body(video_generation_request, VideoGenerationRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", VideoGenerationResponse)},
        security=(("BearerAuth",),),
    )


class VideosApi:
    """videos operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_video(
        self,
        video_generation_request: VideoGenerationRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoGenerationResponse:
        """Creates a video from a prompt.

        Args:
            video_generation_request: VideoGenerationRequest

        Returns:
            VideoGenerationResponse
        """
        response = self.create_video_with_http_info(
            video_generation_request=video_generation_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_video_with_http_info(
        self,
        video_generation_request: VideoGenerationRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoGenerationResponse]:
        """Like :meth:`create_video`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_video_call(video_generation_request=video_generation_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncVideosApi:
    """videos operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_video(
        self,
        video_generation_request: VideoGenerationRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoGenerationResponse:
        """Creates a video from a prompt.

        Args:
            video_generation_request: VideoGenerationRequest

        Returns:
            VideoGenerationResponse
        """
        response = await self.create_video_with_http_info(
            video_generation_request=video_generation_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_video_with_http_info(
        self,
        video_generation_request: VideoGenerationRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoGenerationResponse]:
        """Like :meth:`create_video`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_video_call(video_generation_request=video_generation_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
