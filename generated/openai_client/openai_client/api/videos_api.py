"""Videos operations."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx

from .._binary import AsyncBinaryStream, BinaryStream
from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, FileTypes, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.create_video_remix_body import CreateVideoRemixBody
from ..models.deleted_video_resource import DeletedVideoResource
from ..models.image_ref_param2 import ImageRefParam2
from ..models.order_enum import OrderEnum
from ..models.video_character_resource import VideoCharacterResource
from ..models.video_content_variant import VideoContentVariant
from ..models.video_list_resource import VideoListResource
from ..models.video_model import VideoModel
from ..models.video_reference_input_param import VideoReferenceInputParam
from ..models.video_resource import VideoResource
from ..models.video_seconds import VideoSeconds
from ..models.video_size import VideoSize

__all__ = ["VideosApi", "AsyncVideosApi"]


def _list_videos_call(
    limit: int | None,
    order: OrderEnum | str | None,
    after: str | None,
) -> Call:
    return Call(
        "GET",
        "/videos",
        query={"limit": limit, "order": order, "after": after},
        accept="application/json",
        responses={"200": ("json", VideoListResource)},
        security=(("ApiKeyAuth",),),
    )


def _create_video_call(
    prompt: str,
    model: VideoModel | None,
    input_reference: FileTypes | ImageRefParam2 | None,
    seconds: VideoSeconds | str | None,
    size: VideoSize | str | None,
) -> Call:
    return Call(
        "POST",
        "/videos",
        body_kind="multipart",
        form={"prompt": prompt, "model": model, "seconds": seconds, "size": size},
        files={"input_reference": input_reference},
        accept="application/json",
        responses={"200": ("json", VideoResource)},
        security=(("ApiKeyAuth",),),
    )


def _create_video_character_call(
    video: FileTypes,
    name: str,
) -> Call:
    return Call(
        "POST",
        "/videos/characters",
        body_kind="multipart",
        form={"name": name},
        files={"video": video},
        accept="application/json",
        responses={"200": ("json", VideoCharacterResource)},
        security=(("ApiKeyAuth",),),
    )


def _get_video_character_call(
    character_id: str,
) -> Call:
    return Call(
        "GET",
        "/videos/characters/{character_id}",
        path_params={"character_id": character_id},
        accept="application/json",
        responses={"200": ("json", VideoCharacterResource)},
        security=(("ApiKeyAuth",),),
    )


def _create_video_edit_call(
    video: FileTypes | VideoReferenceInputParam,
    prompt: str,
) -> Call:
    return Call(
        "POST",
        "/videos/edits",
        body_kind="multipart",
        form={"prompt": prompt},
        files={"video": video},
        accept="application/json",
        responses={"200": ("json", VideoResource)},
        security=(("ApiKeyAuth",),),
    )


def _create_video_extend_call(
    video: VideoReferenceInputParam | FileTypes,
    prompt: str,
    seconds: VideoSeconds | str,
) -> Call:
    return Call(
        "POST",
        "/videos/extensions",
        body_kind="multipart",
        form={"prompt": prompt, "seconds": seconds},
        files={"video": video},
        accept="application/json",
        responses={"200": ("json", VideoResource)},
        security=(("ApiKeyAuth",),),
    )


def _get_video_call(
    video_id: str,
) -> Call:
    return Call(
        "GET",
        "/videos/{video_id}",
        path_params={"video_id": video_id},
        accept="application/json",
        responses={"200": ("json", VideoResource)},
        security=(("ApiKeyAuth",),),
    )


def _delete_video_call(
    video_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/videos/{video_id}",
        path_params={"video_id": video_id},
        accept="application/json",
        responses={"200": ("json", DeletedVideoResource)},
        security=(("ApiKeyAuth",),),
    )


def _retrieve_video_content_call(
    video_id: str,
    variant: VideoContentVariant | str | None,
) -> Call:
    return Call(
        "GET",
        "/videos/{video_id}/content",
        path_params={"video_id": video_id},
        query={"variant": variant},
        accept="video/mp4",
        responses={"200": ("binary", None)},
        security=(("ApiKeyAuth",),),
    )


def _create_video_remix_call(
    video_id: str,
    create_video_remix_body: CreateVideoRemixBody | dict[str, Any] | None,
) -> Call:
    return Call(
        "POST",
        "/videos/{video_id}/remix",
        path_params={"video_id": video_id},
        body_kind="json",
        json=json_body(create_video_remix_body, CreateVideoRemixBody),
        has_json=create_video_remix_body is not None,
        accept="application/json",
        responses={"200": ("json", VideoResource)},
        security=(("ApiKeyAuth",),),
    )


class VideosApi:
    """Videos operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_videos(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoListResource:
        """List recently generated videos for the current project.

        Args:
            limit: Number of items to retrieve
            order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
            after: Identifier for the last item from the previous pagination request

        Returns:
            VideoListResource
        """
        response = self.list_videos_with_http_info(
            limit=limit,
            order=order,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_videos_with_http_info(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoListResource]:
        """Like :meth:`list_videos`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_videos_call(limit=limit, order=order, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_videos_iter(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[VideoResource]:
        """Auto-paging :meth:`list_videos`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[VideoResource]:
            page = self.list_videos(
                limit=limit,
                order=order,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return SyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        return fetch(after)

    def create_video(
        self,
        *,
        prompt: str,
        model: VideoModel | None = None,
        input_reference: FileTypes | ImageRefParam2 | None = None,
        seconds: VideoSeconds | str | None = None,
        size: VideoSize | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoResource:
        """Create a new video generation job from a prompt and optional reference assets.

        Args:
            prompt: Text prompt that describes the video to generate.
            model: The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.
            input_reference: FileTypes | ImageRefParam2
            seconds: Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.
            size: Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.

        Returns:
            VideoResource
        """
        response = self.create_video_with_http_info(
            prompt=prompt,
            model=model,
            input_reference=input_reference,
            seconds=seconds,
            size=size,
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
        *,
        prompt: str,
        model: VideoModel | None = None,
        input_reference: FileTypes | ImageRefParam2 | None = None,
        seconds: VideoSeconds | str | None = None,
        size: VideoSize | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like :meth:`create_video`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_video_call(
                prompt=prompt,
                model=model,
                input_reference=input_reference,
                seconds=seconds,
                size=size,
            ),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_video_character(
        self,
        *,
        video: FileTypes,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoCharacterResource:
        """Create a character from an uploaded video.

        Args:
            video: Video file used to create a character.
            name: Display name for this API character.

        Returns:
            VideoCharacterResource
        """
        response = self.create_video_character_with_http_info(
            video=video,
            name=name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_video_character_with_http_info(
        self,
        *,
        video: FileTypes,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoCharacterResource]:
        """Like :meth:`create_video_character`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_video_character_call(video=video, name=name),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_video_character(
        self,
        character_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoCharacterResource:
        """Fetch a character.

        Args:
            character_id: The identifier of the character to retrieve.

        Returns:
            VideoCharacterResource
        """
        response = self.get_video_character_with_http_info(
            character_id=character_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_video_character_with_http_info(
        self,
        character_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoCharacterResource]:
        """Like :meth:`get_video_character`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_video_character_call(character_id=character_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_video_edit(
        self,
        *,
        video: FileTypes | VideoReferenceInputParam,
        prompt: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoResource:
        """Create a new video generation job by editing a source video or existing generated video.

        Args:
            video: FileTypes | VideoReferenceInputParam
            prompt: Text prompt that describes how to edit the source video.

        Returns:
            VideoResource
        """
        response = self.create_video_edit_with_http_info(
            video=video,
            prompt=prompt,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_video_edit_with_http_info(
        self,
        *,
        video: FileTypes | VideoReferenceInputParam,
        prompt: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like :meth:`create_video_edit`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_video_edit_call(video=video, prompt=prompt),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_video_extend(
        self,
        *,
        video: VideoReferenceInputParam | FileTypes,
        prompt: str,
        seconds: VideoSeconds | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoResource:
        """Create an extension of a completed video.

        Args:
            video: VideoReferenceInputParam | FileTypes
            prompt: Updated text prompt that directs the extension generation.
            seconds: Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).

        Returns:
            VideoResource
        """
        response = self.create_video_extend_with_http_info(
            video=video,
            prompt=prompt,
            seconds=seconds,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_video_extend_with_http_info(
        self,
        *,
        video: VideoReferenceInputParam | FileTypes,
        prompt: str,
        seconds: VideoSeconds | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like :meth:`create_video_extend`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_video_extend_call(video=video, prompt=prompt, seconds=seconds),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_video(
        self,
        video_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoResource:
        """Fetch the latest metadata for a generated video.

        Args:
            video_id: The identifier of the video to retrieve.

        Returns:
            VideoResource
        """
        response = self.get_video_with_http_info(
            video_id=video_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_video_with_http_info(
        self,
        video_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like :meth:`get_video`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_video_call(video_id=video_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_video(
        self,
        video_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeletedVideoResource:
        """Permanently delete a completed or failed video and its stored assets.

        Args:
            video_id: The identifier of the video to delete.

        Returns:
            DeletedVideoResource
        """
        response = self.delete_video_with_http_info(
            video_id=video_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_video_with_http_info(
        self,
        video_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeletedVideoResource]:
        """Like :meth:`delete_video`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_video_call(video_id=video_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_video_content(
        self,
        video_id: str,
        *,
        variant: VideoContentVariant | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> bytes:
        """Download the generated video bytes or a derived preview asset.

        Streams the rendered video content for the specified video job.

        Args:
            video_id: The identifier of the video whose media to download.
            variant: Which downloadable asset to return. Defaults to the MP4 video.

        Returns:
            bytes
        """
        response = self.retrieve_video_content_with_http_info(
            video_id=video_id,
            variant=variant,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_video_content_with_http_info(
        self,
        video_id: str,
        *,
        variant: VideoContentVariant | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[bytes]:
        """Like :meth:`retrieve_video_content`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_video_content_call(video_id=video_id, variant=variant),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_video_content_to_file(
        self,
        destination: str | os.PathLike[str],
        video_id: str,
        *,
        variant: VideoContentVariant | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Path]:
        """Like :meth:`retrieve_video_content`, streaming the body into ``destination`` without holding it in memory."""
        return self.api_client.download(
            _retrieve_video_content_call(video_id=video_id, variant=variant),
            destination,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_video_content_iter_bytes(
        self,
        video_id: str,
        *,
        variant: VideoContentVariant | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> BinaryStream:
        """Like :meth:`retrieve_video_content`, the body as byte chunks read as they arrive: iterate the result, and use it as a context manager (or ``close()`` it) to release the connection early."""
        return self.api_client.stream_bytes(
            _retrieve_video_content_call(video_id=video_id, variant=variant),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_video_remix(
        self,
        video_id: str,
        *,
        create_video_remix_body: CreateVideoRemixBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoResource:
        """Create a remix of a completed video using a refreshed prompt.

        Args:
            video_id: The identifier of the completed video to remix.
            create_video_remix_body: CreateVideoRemixBody

        Returns:
            VideoResource
        """
        response = self.create_video_remix_with_http_info(
            video_id=video_id,
            create_video_remix_body=create_video_remix_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_video_remix_with_http_info(
        self,
        video_id: str,
        *,
        create_video_remix_body: CreateVideoRemixBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like :meth:`create_video_remix`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_video_remix_call(
                video_id=video_id, create_video_remix_body=create_video_remix_body
            ),
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
    """Videos operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_videos(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoListResource:
        """List recently generated videos for the current project.

        Args:
            limit: Number of items to retrieve
            order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
            after: Identifier for the last item from the previous pagination request

        Returns:
            VideoListResource
        """
        response = await self.list_videos_with_http_info(
            limit=limit,
            order=order,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_videos_with_http_info(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoListResource]:
        """Like :meth:`list_videos`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_videos_call(limit=limit, order=order, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_videos_iter(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[VideoResource]:
        """Auto-paging :meth:`list_videos`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[VideoResource]:
            page = await self.list_videos(
                limit=limit,
                order=order,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return AsyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        async def first() -> AsyncPage[VideoResource]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_video(
        self,
        *,
        prompt: str,
        model: VideoModel | None = None,
        input_reference: FileTypes | ImageRefParam2 | None = None,
        seconds: VideoSeconds | str | None = None,
        size: VideoSize | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoResource:
        """Create a new video generation job from a prompt and optional reference assets.

        Args:
            prompt: Text prompt that describes the video to generate.
            model: The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.
            input_reference: FileTypes | ImageRefParam2
            seconds: Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.
            size: Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.

        Returns:
            VideoResource
        """
        response = await self.create_video_with_http_info(
            prompt=prompt,
            model=model,
            input_reference=input_reference,
            seconds=seconds,
            size=size,
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
        *,
        prompt: str,
        model: VideoModel | None = None,
        input_reference: FileTypes | ImageRefParam2 | None = None,
        seconds: VideoSeconds | str | None = None,
        size: VideoSize | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like :meth:`create_video`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_video_call(
                prompt=prompt,
                model=model,
                input_reference=input_reference,
                seconds=seconds,
                size=size,
            ),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def create_video_character(
        self,
        *,
        video: FileTypes,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoCharacterResource:
        """Create a character from an uploaded video.

        Args:
            video: Video file used to create a character.
            name: Display name for this API character.

        Returns:
            VideoCharacterResource
        """
        response = await self.create_video_character_with_http_info(
            video=video,
            name=name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_video_character_with_http_info(
        self,
        *,
        video: FileTypes,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoCharacterResource]:
        """Like :meth:`create_video_character`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_video_character_call(video=video, name=name),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_video_character(
        self,
        character_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoCharacterResource:
        """Fetch a character.

        Args:
            character_id: The identifier of the character to retrieve.

        Returns:
            VideoCharacterResource
        """
        response = await self.get_video_character_with_http_info(
            character_id=character_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_video_character_with_http_info(
        self,
        character_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoCharacterResource]:
        """Like :meth:`get_video_character`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_video_character_call(character_id=character_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def create_video_edit(
        self,
        *,
        video: FileTypes | VideoReferenceInputParam,
        prompt: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoResource:
        """Create a new video generation job by editing a source video or existing generated video.

        Args:
            video: FileTypes | VideoReferenceInputParam
            prompt: Text prompt that describes how to edit the source video.

        Returns:
            VideoResource
        """
        response = await self.create_video_edit_with_http_info(
            video=video,
            prompt=prompt,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_video_edit_with_http_info(
        self,
        *,
        video: FileTypes | VideoReferenceInputParam,
        prompt: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like :meth:`create_video_edit`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_video_edit_call(video=video, prompt=prompt),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def create_video_extend(
        self,
        *,
        video: VideoReferenceInputParam | FileTypes,
        prompt: str,
        seconds: VideoSeconds | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoResource:
        """Create an extension of a completed video.

        Args:
            video: VideoReferenceInputParam | FileTypes
            prompt: Updated text prompt that directs the extension generation.
            seconds: Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).

        Returns:
            VideoResource
        """
        response = await self.create_video_extend_with_http_info(
            video=video,
            prompt=prompt,
            seconds=seconds,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_video_extend_with_http_info(
        self,
        *,
        video: VideoReferenceInputParam | FileTypes,
        prompt: str,
        seconds: VideoSeconds | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like :meth:`create_video_extend`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_video_extend_call(video=video, prompt=prompt, seconds=seconds),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_video(
        self,
        video_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoResource:
        """Fetch the latest metadata for a generated video.

        Args:
            video_id: The identifier of the video to retrieve.

        Returns:
            VideoResource
        """
        response = await self.get_video_with_http_info(
            video_id=video_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_video_with_http_info(
        self,
        video_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like :meth:`get_video`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_video_call(video_id=video_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_video(
        self,
        video_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeletedVideoResource:
        """Permanently delete a completed or failed video and its stored assets.

        Args:
            video_id: The identifier of the video to delete.

        Returns:
            DeletedVideoResource
        """
        response = await self.delete_video_with_http_info(
            video_id=video_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_video_with_http_info(
        self,
        video_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeletedVideoResource]:
        """Like :meth:`delete_video`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_video_call(video_id=video_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_video_content(
        self,
        video_id: str,
        *,
        variant: VideoContentVariant | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> bytes:
        """Download the generated video bytes or a derived preview asset.

        Streams the rendered video content for the specified video job.

        Args:
            video_id: The identifier of the video whose media to download.
            variant: Which downloadable asset to return. Defaults to the MP4 video.

        Returns:
            bytes
        """
        response = await self.retrieve_video_content_with_http_info(
            video_id=video_id,
            variant=variant,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_video_content_with_http_info(
        self,
        video_id: str,
        *,
        variant: VideoContentVariant | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[bytes]:
        """Like :meth:`retrieve_video_content`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_video_content_call(video_id=video_id, variant=variant),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_video_content_to_file(
        self,
        destination: str | os.PathLike[str],
        video_id: str,
        *,
        variant: VideoContentVariant | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Path]:
        """Like :meth:`retrieve_video_content`, streaming the body into ``destination`` without holding it in memory."""
        return await self.api_client.download(
            _retrieve_video_content_call(video_id=video_id, variant=variant),
            destination,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_video_content_iter_bytes(
        self,
        video_id: str,
        *,
        variant: VideoContentVariant | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncBinaryStream:
        """Like :meth:`retrieve_video_content`, the body as byte chunks read as they arrive: iterate the result with ``async for``, and use it as a context manager (or ``close()`` it) to release the connection early."""
        return self.api_client.stream_bytes(
            _retrieve_video_content_call(video_id=video_id, variant=variant),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def create_video_remix(
        self,
        video_id: str,
        *,
        create_video_remix_body: CreateVideoRemixBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VideoResource:
        """Create a remix of a completed video using a refreshed prompt.

        Args:
            video_id: The identifier of the completed video to remix.
            create_video_remix_body: CreateVideoRemixBody

        Returns:
            VideoResource
        """
        response = await self.create_video_remix_with_http_info(
            video_id=video_id,
            create_video_remix_body=create_video_remix_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_video_remix_with_http_info(
        self,
        video_id: str,
        *,
        create_video_remix_body: CreateVideoRemixBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like :meth:`create_video_remix`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_video_remix_call(
                video_id=video_id, create_video_remix_body=create_video_remix_body
            ),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
