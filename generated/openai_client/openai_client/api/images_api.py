"""Images operations: Given a prompt and/or an input image, the model will generate a new image.."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._streaming import AsyncStream, Stream
from ..api_client import ApiClient, AsyncApiClient, Call, FileTypes, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.create_image_request import CreateImageRequest
from ..models.image_edit_stream_event import ImageEditStreamEvent
from ..models.image_gen_stream_event import ImageGenStreamEvent
from ..models.images_response import ImagesResponse
from ..models.input_fidelity import InputFidelity
from ..models.partial_images import PartialImages

__all__ = ["ImagesApi", "AsyncImagesApi"]


def _create_image_edit_call(
    image: FileTypes | list[FileTypes],
    prompt: str,
    mask: FileTypes | None,
    background: Literal["transparent", "opaque", "auto"] | str | None,
    model: (
        Literal[
            "gpt-image-1.5", "dall-e-2", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest"
        ]
        | str
        | None
    ),
    n: int | None,
    size: Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"] | str | None,
    response_format: Literal["url", "b64_json"] | str | None,
    output_format: Literal["png", "jpeg", "webp"] | str | None,
    output_compression: int | None,
    user: str | None,
    input_fidelity: InputFidelity | str | None,
    stream: bool | None,
    partial_images: PartialImages | None,
    quality: Literal["standard", "low", "medium", "high", "auto"] | str | None,
) -> Call:
    return Call(
        "POST",
        "/images/edits",
        body_kind="multipart",
        form={
            "prompt": prompt,
            "background": background,
            "model": model,
            "n": n,
            "size": size,
            "response_format": response_format,
            "output_format": output_format,
            "output_compression": output_compression,
            "user": user,
            "input_fidelity": input_fidelity,
            "stream": stream,
            "partial_images": partial_images,
            "quality": quality,
        },
        files={"image": image, "mask": mask},
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
        body_kind="json",
        json=json_body(create_image_request, CreateImageRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ImagesResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_image_variation_call(
    image: FileTypes,
    model: Literal["dall-e-2"] | str | None,
    n: int | None,
    response_format: Literal["url", "b64_json"] | str | None,
    size: Literal["256x256", "512x512", "1024x1024"] | str | None,
    user: str | None,
) -> Call:
    return Call(
        "POST",
        "/images/variations",
        body_kind="multipart",
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

    Given a prompt and/or an input image, the model will generate a new image.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_image_edit(
        self,
        *,
        image: FileTypes | list[FileTypes],
        prompt: str,
        mask: FileTypes | None = None,
        background: Literal["transparent", "opaque", "auto"] | str | None = None,
        model: (
            Literal[
                "gpt-image-1.5",
                "dall-e-2",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | str
            | None
        ) = None,
        n: int | None = None,
        size: (
            Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
            | str
            | None
        ) = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        output_format: Literal["png", "jpeg", "webp"] | str | None = None,
        output_compression: int | None = None,
        user: str | None = None,
        input_fidelity: InputFidelity | str | None = None,
        stream: bool | None = None,
        partial_images: PartialImages | None = None,
        quality: Literal["standard", "low", "medium", "high", "auto"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ImagesResponse:
        """You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
            image: The image(s) to edit. Must be a supported image file or an array of images.

                For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, and `gpt-image-1.5`), each image should be a `png`, `webp`, or `jpg`
                file less than 50MB. You can provide up to 16 images.
                `chatgpt-image-latest` follows the same input constraints as GPT image models.

                For `dall-e-2`, you can only provide one image, and it should be a square
                `png` file less than 4MB.
            prompt: A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2`, and 32000 characters for the GPT image models.
            mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. If there are multiple images provided, the mask will be applied on the first image. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.
            background: Allows to set transparency for the background of the generated image(s).
                This parameter is only supported for the GPT image models. Must be one of
                `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
                model will automatically determine the best background for the image.

                If `transparent`, the output format needs to support transparency, so it
                should be set to either `png` (default value) or `webp`.
            model: The model to use for image generation. Defaults to `gpt-image-1.5`.
            n: The number of images to generate. Must be between 1 and 10.
            size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
            response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.
            output_format: The format in which the generated images are returned. This parameter is
                only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
                The default value is `png`.
            output_compression: The compression level (0-100%) for the generated images. This parameter
                is only supported for the GPT image models with the `webp` or `jpeg` output
                formats, and defaults to 100.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
            input_fidelity: InputFidelity | str
            stream: Edit the image in streaming mode. Defaults to `false`. See the
                [Image generation guide](/docs/guides/image-generation) for more information.
            partial_images: PartialImages
            quality: The quality of the image that will be generated for GPT image models. Defaults to `auto`.

        Returns:
            ImagesResponse
        """
        response = self.create_image_edit_with_http_info(
            image=image,
            prompt=prompt,
            mask=mask,
            background=background,
            model=model,
            n=n,
            size=size,
            response_format=response_format,
            output_format=output_format,
            output_compression=output_compression,
            user=user,
            input_fidelity=input_fidelity,
            stream=stream,
            partial_images=partial_images,
            quality=quality,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_image_edit_with_http_info(
        self,
        *,
        image: FileTypes | list[FileTypes],
        prompt: str,
        mask: FileTypes | None = None,
        background: Literal["transparent", "opaque", "auto"] | str | None = None,
        model: (
            Literal[
                "gpt-image-1.5",
                "dall-e-2",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | str
            | None
        ) = None,
        n: int | None = None,
        size: (
            Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
            | str
            | None
        ) = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        output_format: Literal["png", "jpeg", "webp"] | str | None = None,
        output_compression: int | None = None,
        user: str | None = None,
        input_fidelity: InputFidelity | str | None = None,
        stream: bool | None = None,
        partial_images: PartialImages | None = None,
        quality: Literal["standard", "low", "medium", "high", "auto"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like :meth:`create_image_edit`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_image_edit_call(
                image=image,
                prompt=prompt,
                mask=mask,
                background=background,
                model=model,
                n=n,
                size=size,
                response_format=response_format,
                output_format=output_format,
                output_compression=output_compression,
                user=user,
                input_fidelity=input_fidelity,
                stream=stream,
                partial_images=partial_images,
                quality=quality,
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

    def create_image_edit_stream(
        self,
        *,
        image: FileTypes | list[FileTypes],
        prompt: str,
        mask: FileTypes | None = None,
        background: Literal["transparent", "opaque", "auto"] | str | None = None,
        model: (
            Literal[
                "gpt-image-1.5",
                "dall-e-2",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | str
            | None
        ) = None,
        n: int | None = None,
        size: (
            Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
            | str
            | None
        ) = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        output_format: Literal["png", "jpeg", "webp"] | str | None = None,
        output_compression: int | None = None,
        user: str | None = None,
        input_fidelity: InputFidelity | str | None = None,
        stream: bool | None = None,
        partial_images: PartialImages | None = None,
        quality: Literal["standard", "low", "medium", "high", "auto"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Stream[ImageEditStreamEvent]:
        """Like :meth:`create_image_edit`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_image_edit_call(
            image=image,
            prompt=prompt,
            mask=mask,
            background=background,
            model=model,
            n=n,
            size=size,
            response_format=response_format,
            output_format=output_format,
            output_compression=output_compression,
            user=user,
            input_fidelity=input_fidelity,
            stream=stream,
            partial_images=partial_images,
            quality=quality,
        )
        return self.api_client.stream(
            call.for_stream(True),
            ImageEditStreamEvent,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
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
        strict_response_validation: bool | None = None,
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
            strict_response_validation=strict_response_validation,
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
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like :meth:`create_image`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_image_call(create_image_request=create_image_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
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
        strict_response_validation: bool | None = None,
    ) -> Stream[ImageGenStreamEvent]:
        """Like :meth:`create_image`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_image_call(create_image_request=create_image_request)
        return self.api_client.stream(
            call.for_stream(True),
            ImageGenStreamEvent,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
            expect_done=False,
        )

    def create_image_variation(
        self,
        *,
        image: FileTypes,
        model: Literal["dall-e-2"] | str | None = None,
        n: int | None = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        size: Literal["256x256", "512x512", "1024x1024"] | str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
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
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_image_variation_with_http_info(
        self,
        *,
        image: FileTypes,
        model: Literal["dall-e-2"] | str | None = None,
        n: int | None = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        size: Literal["256x256", "512x512", "1024x1024"] | str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like :meth:`create_image_variation`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_image_variation_call(
                image=image, model=model, n=n, response_format=response_format, size=size, user=user
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


class AsyncImagesApi:
    """Images operations (async).

    Given a prompt and/or an input image, the model will generate a new image.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_image_edit(
        self,
        *,
        image: FileTypes | list[FileTypes],
        prompt: str,
        mask: FileTypes | None = None,
        background: Literal["transparent", "opaque", "auto"] | str | None = None,
        model: (
            Literal[
                "gpt-image-1.5",
                "dall-e-2",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | str
            | None
        ) = None,
        n: int | None = None,
        size: (
            Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
            | str
            | None
        ) = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        output_format: Literal["png", "jpeg", "webp"] | str | None = None,
        output_compression: int | None = None,
        user: str | None = None,
        input_fidelity: InputFidelity | str | None = None,
        stream: bool | None = None,
        partial_images: PartialImages | None = None,
        quality: Literal["standard", "low", "medium", "high", "auto"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ImagesResponse:
        """You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
            image: The image(s) to edit. Must be a supported image file or an array of images.

                For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, and `gpt-image-1.5`), each image should be a `png`, `webp`, or `jpg`
                file less than 50MB. You can provide up to 16 images.
                `chatgpt-image-latest` follows the same input constraints as GPT image models.

                For `dall-e-2`, you can only provide one image, and it should be a square
                `png` file less than 4MB.
            prompt: A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2`, and 32000 characters for the GPT image models.
            mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. If there are multiple images provided, the mask will be applied on the first image. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.
            background: Allows to set transparency for the background of the generated image(s).
                This parameter is only supported for the GPT image models. Must be one of
                `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
                model will automatically determine the best background for the image.

                If `transparent`, the output format needs to support transparency, so it
                should be set to either `png` (default value) or `webp`.
            model: The model to use for image generation. Defaults to `gpt-image-1.5`.
            n: The number of images to generate. Must be between 1 and 10.
            size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
            response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.
            output_format: The format in which the generated images are returned. This parameter is
                only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
                The default value is `png`.
            output_compression: The compression level (0-100%) for the generated images. This parameter
                is only supported for the GPT image models with the `webp` or `jpeg` output
                formats, and defaults to 100.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
            input_fidelity: InputFidelity | str
            stream: Edit the image in streaming mode. Defaults to `false`. See the
                [Image generation guide](/docs/guides/image-generation) for more information.
            partial_images: PartialImages
            quality: The quality of the image that will be generated for GPT image models. Defaults to `auto`.

        Returns:
            ImagesResponse
        """
        response = await self.create_image_edit_with_http_info(
            image=image,
            prompt=prompt,
            mask=mask,
            background=background,
            model=model,
            n=n,
            size=size,
            response_format=response_format,
            output_format=output_format,
            output_compression=output_compression,
            user=user,
            input_fidelity=input_fidelity,
            stream=stream,
            partial_images=partial_images,
            quality=quality,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_image_edit_with_http_info(
        self,
        *,
        image: FileTypes | list[FileTypes],
        prompt: str,
        mask: FileTypes | None = None,
        background: Literal["transparent", "opaque", "auto"] | str | None = None,
        model: (
            Literal[
                "gpt-image-1.5",
                "dall-e-2",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | str
            | None
        ) = None,
        n: int | None = None,
        size: (
            Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
            | str
            | None
        ) = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        output_format: Literal["png", "jpeg", "webp"] | str | None = None,
        output_compression: int | None = None,
        user: str | None = None,
        input_fidelity: InputFidelity | str | None = None,
        stream: bool | None = None,
        partial_images: PartialImages | None = None,
        quality: Literal["standard", "low", "medium", "high", "auto"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like :meth:`create_image_edit`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_image_edit_call(
                image=image,
                prompt=prompt,
                mask=mask,
                background=background,
                model=model,
                n=n,
                size=size,
                response_format=response_format,
                output_format=output_format,
                output_compression=output_compression,
                user=user,
                input_fidelity=input_fidelity,
                stream=stream,
                partial_images=partial_images,
                quality=quality,
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

    def create_image_edit_stream(
        self,
        *,
        image: FileTypes | list[FileTypes],
        prompt: str,
        mask: FileTypes | None = None,
        background: Literal["transparent", "opaque", "auto"] | str | None = None,
        model: (
            Literal[
                "gpt-image-1.5",
                "dall-e-2",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | str
            | None
        ) = None,
        n: int | None = None,
        size: (
            Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
            | str
            | None
        ) = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        output_format: Literal["png", "jpeg", "webp"] | str | None = None,
        output_compression: int | None = None,
        user: str | None = None,
        input_fidelity: InputFidelity | str | None = None,
        stream: bool | None = None,
        partial_images: PartialImages | None = None,
        quality: Literal["standard", "low", "medium", "high", "auto"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncStream[ImageEditStreamEvent]:
        """Like :meth:`create_image_edit`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_image_edit_call(
            image=image,
            prompt=prompt,
            mask=mask,
            background=background,
            model=model,
            n=n,
            size=size,
            response_format=response_format,
            output_format=output_format,
            output_compression=output_compression,
            user=user,
            input_fidelity=input_fidelity,
            stream=stream,
            partial_images=partial_images,
            quality=quality,
        )
        return self.api_client.stream(
            call.for_stream(True),
            ImageEditStreamEvent,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
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
        strict_response_validation: bool | None = None,
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
            strict_response_validation=strict_response_validation,
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
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like :meth:`create_image`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_image_call(create_image_request=create_image_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
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
        strict_response_validation: bool | None = None,
    ) -> AsyncStream[ImageGenStreamEvent]:
        """Like :meth:`create_image`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_image_call(create_image_request=create_image_request)
        return self.api_client.stream(
            call.for_stream(True),
            ImageGenStreamEvent,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
            expect_done=False,
        )

    async def create_image_variation(
        self,
        *,
        image: FileTypes,
        model: Literal["dall-e-2"] | str | None = None,
        n: int | None = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        size: Literal["256x256", "512x512", "1024x1024"] | str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
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
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_image_variation_with_http_info(
        self,
        *,
        image: FileTypes,
        model: Literal["dall-e-2"] | str | None = None,
        n: int | None = None,
        response_format: Literal["url", "b64_json"] | str | None = None,
        size: Literal["256x256", "512x512", "1024x1024"] | str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like :meth:`create_image_variation`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_image_variation_call(
                image=image, model=model, n=n, response_format=response_format, size=size, user=user
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
