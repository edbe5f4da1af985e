"""Images operations: Given a prompt and/or an input image, the model will generate a new image.."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, FileTypes, json_body
from ..api_response import ApiResponse
from .._streaming import AsyncStream, Stream
from ..models.create_image_request import CreateImageRequest
from ..models.edit_image_body_json_param import EditImageBodyJsonParam
from ..models.image_edit_stream_event import ImageEditStreamEvent
from ..models.image_gen_stream_event import ImageGenStreamEvent
from ..models.images_response import ImagesResponse

__all__ = ["ImagesApi", "AsyncImagesApi"]


def _create_image_edit_call(
    edit_image_body_json_param: EditImageBodyJsonParam | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/images/edits",
        json=json_body(edit_image_body_json_param, EditImageBodyJsonParam),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ImagesResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_image_call(
    create_image_request: CreateImageRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/images/generations",
        json=json_body(create_image_request, CreateImageRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ImagesResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_image_variation_call(
    image: FileTypes,
    model: str | Literal["dall-e-2"] | None,
    n: int | None,
    response_format: Literal["url", "b64_json"] | str | None,
    size: Literal["256x256", "512x512", "1024x1024"] | str | None,
    user: str | None,
) -> Call:
    return Call(
        "POST",
        "/images/variations",
        form={
            "model": model,
            "n": n,
            "response_format": response_format,
            "size": size,
            "user": user,
        },
        files={"image": image},
        accept="application/json",
        responses={"200": ("json", ImagesResponse)},
        security=(("ApiKeyAuth",),),
    )


class ImagesApi:
    """Images operations.
    Given a prompt and/or an input image, the model will generate a new image."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_image_edit(
        self,
        edit_image_body_json_param: EditImageBodyJsonParam | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ImagesResponse:
        """You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
            edit_image_body_json_param: EditImageBodyJsonParam

        Returns:
            ImagesResponse
        """
        response = self.create_image_edit_with_http_info(
            edit_image_body_json_param=edit_image_body_json_param,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return response.data

    def create_image_edit_with_http_info(
        self,
        edit_image_body_json_param: EditImageBodyJsonParam | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like :meth:`create_image_edit`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_image_edit_call(edit_image_body_json_param=edit_image_body_json_param),
            RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def create_image_edit_stream(
        self,
        edit_image_body_json_param: EditImageBodyJsonParam | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Stream[ImageEditStreamEvent]:
        """Like :meth:`create_image_edit`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        return self.api_client.stream(
            _create_image_edit_call(
                edit_image_body_json_param=edit_image_body_json_param
            ).for_stream(True),
            ImageEditStreamEvent,
            RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            expect_done=False,
        )

    def create_image(
        self,
        create_image_request: CreateImageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ImagesResponse:
        """Creates an image given a prompt. [Learn more](/docs/guides/images).

        Args:
            create_image_request: CreateImageRequest

        Returns:
            ImagesResponse
        """
        response = self.create_image_with_http_info(
            create_image_request=create_image_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return response.data

    def create_image_with_http_info(
        self,
        create_image_request: CreateImageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like :meth:`create_image`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_image_call(create_image_request=create_image_request),
            RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def create_image_stream(
        self,
        create_image_request: CreateImageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Stream[ImageGenStreamEvent]:
        """Like :meth:`create_image`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        return self.api_client.stream(
            _create_image_call(create_image_request=create_image_request).for_stream(True),
            ImageGenStreamEvent,
            RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            expect_done=False,
        )

    def create_image_variation(
        self,
        *,
        image: FileTypes,
        model: str | Literal["dall-e-2"] | None = None,
        n: int | None = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        size: Literal["256x256", "512x512", "1024x1024"] | str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ImagesResponse:
        """Creates a variation of a given image. This endpoint only supports `dall-e-2`.

        Args:
            image: The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.
            model: The model to use for image generation. Only `dall-e-2` is supported at this time.
            n: The number of images to generate. Must be between 1 and 10.
            response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.
            size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

        Returns:
            ImagesResponse
        """
        response = self.create_image_variation_with_http_info(
            image=image,
            model=model,
            n=n,
            response_format=response_format,
            size=size,
            user=user,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return response.data

    def create_image_variation_with_http_info(
        self,
        *,
        image: FileTypes,
        model: str | Literal["dall-e-2"] | None = None,
        n: int | None = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        size: Literal["256x256", "512x512", "1024x1024"] | str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like :meth:`create_image_variation`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_image_variation_call(
                image=image, model=model, n=n, response_format=response_format, size=size, user=user
            ),
            RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncImagesApi:
    """Images operations (async).
    Given a prompt and/or an input image, the model will generate a new image."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_image_edit(
        self,
        edit_image_body_json_param: EditImageBodyJsonParam | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ImagesResponse:
        """You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
            edit_image_body_json_param: EditImageBodyJsonParam

        Returns:
            ImagesResponse
        """
        response = await self.create_image_edit_with_http_info(
            edit_image_body_json_param=edit_image_body_json_param,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return response.data

    async def create_image_edit_with_http_info(
        self,
        edit_image_body_json_param: EditImageBodyJsonParam | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like :meth:`create_image_edit`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_image_edit_call(edit_image_body_json_param=edit_image_body_json_param),
            RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def create_image_edit_stream(
        self,
        edit_image_body_json_param: EditImageBodyJsonParam | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncStream[ImageEditStreamEvent]:
        """Like :meth:`create_image_edit`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        return await self.api_client.stream(
            _create_image_edit_call(
                edit_image_body_json_param=edit_image_body_json_param
            ).for_stream(True),
            ImageEditStreamEvent,
            RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            expect_done=False,
        )

    async def create_image(
        self,
        create_image_request: CreateImageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ImagesResponse:
        """Creates an image given a prompt. [Learn more](/docs/guides/images).

        Args:
            create_image_request: CreateImageRequest

        Returns:
            ImagesResponse
        """
        response = await self.create_image_with_http_info(
            create_image_request=create_image_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return response.data

    async def create_image_with_http_info(
        self,
        create_image_request: CreateImageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like :meth:`create_image`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_image_call(create_image_request=create_image_request),
            RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def create_image_stream(
        self,
        create_image_request: CreateImageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncStream[ImageGenStreamEvent]:
        """Like :meth:`create_image`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        return await self.api_client.stream(
            _create_image_call(create_image_request=create_image_request).for_stream(True),
            ImageGenStreamEvent,
            RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            expect_done=False,
        )

    async def create_image_variation(
        self,
        *,
        image: FileTypes,
        model: str | Literal["dall-e-2"] | None = None,
        n: int | None = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        size: Literal["256x256", "512x512", "1024x1024"] | str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ImagesResponse:
        """Creates a variation of a given image. This endpoint only supports `dall-e-2`.

        Args:
            image: The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.
            model: The model to use for image generation. Only `dall-e-2` is supported at this time.
            n: The number of images to generate. Must be between 1 and 10.
            response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.
            size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

        Returns:
            ImagesResponse
        """
        response = await self.create_image_variation_with_http_info(
            image=image,
            model=model,
            n=n,
            response_format=response_format,
            size=size,
            user=user,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return response.data

    async def create_image_variation_with_http_info(
        self,
        *,
        image: FileTypes,
        model: str | Literal["dall-e-2"] | None = None,
        n: int | None = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        size: Literal["256x256", "512x512", "1024x1024"] | str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like :meth:`create_image_variation`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_image_variation_call(
                image=image, model=model, n=n, response_format=response_format, size=size, user=user
            ),
            RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
