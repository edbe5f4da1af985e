"""images operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.images_edit_response import ImagesEditResponse
from ..models.images_generation_request import ImagesGenerationRequest
from ..models.images_generation_response import ImagesGenerationResponse

__all__ = ["ImagesApi", "AsyncImagesApi"]


def _create_image_call(
    images_generation_request: ImagesGenerationRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/images/generations",
        body_kind="json",
        json=json_body(images_generation_request, ImagesGenerationRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ImagesGenerationResponse)},
        security=(("BearerAuth",),),
    )


def _create_image_edit_call(
    model: str,
    image: str,
    prompt: str,
    mask: str | None,
    size: str | None,
    n: int | None,
    user: str | None,
    meta: bool | None,
    usage: bool | None,
) -> Call:
    return Call(
        "POST",
        "/images/edits",
        body_kind="multipart",
        form={
            "model": model,
            "image": image,
            "prompt": prompt,
            "mask": mask,
            "size": size,
            "n": n,
            "user": user,
            "meta": meta,
            "usage": usage,
        },
        files={},
        accept="application/json",
        responses={"200": ("json", ImagesEditResponse)},
        security=(("BearerAuth",),),
    )


class ImagesApi:
    """images operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_image(
        self,
        images_generation_request: ImagesGenerationRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ImagesGenerationResponse:
        """Creates an image given a prompt.

        Args:
            images_generation_request: ImagesGenerationRequest

        Returns:
            ImagesGenerationResponse
        """
        response = self.create_image_with_http_info(
            images_generation_request=images_generation_request,
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
        images_generation_request: ImagesGenerationRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ImagesGenerationResponse]:
        """Like :meth:`create_image`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_image_call(images_generation_request=images_generation_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_image_edit(
        self,
        *,
        model: str,
        image: str,
        prompt: str,
        mask: str | None = None,
        size: str | None = None,
        n: int | None = None,
        user: str | None = None,
        meta: bool | None = None,
        usage: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ImagesEditResponse:
        """Creates an edited or extended image given an original image and a prompt.

        Args:
            model: str
            image: str
            prompt: str
            mask: str
            size: str
            n: int
            user: str
            meta: bool
            usage: bool

        Returns:
            ImagesEditResponse
        """
        response = self.create_image_edit_with_http_info(
            model=model,
            image=image,
            prompt=prompt,
            mask=mask,
            size=size,
            n=n,
            user=user,
            meta=meta,
            usage=usage,
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
        model: str,
        image: str,
        prompt: str,
        mask: str | None = None,
        size: str | None = None,
        n: int | None = None,
        user: str | None = None,
        meta: bool | None = None,
        usage: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ImagesEditResponse]:
        """Like :meth:`create_image_edit`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_image_edit_call(
                model=model,
                image=image,
                prompt=prompt,
                mask=mask,
                size=size,
                n=n,
                user=user,
                meta=meta,
                usage=usage,
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
    """images operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_image(
        self,
        images_generation_request: ImagesGenerationRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ImagesGenerationResponse:
        """Creates an image given a prompt.

        Args:
            images_generation_request: ImagesGenerationRequest

        Returns:
            ImagesGenerationResponse
        """
        response = await self.create_image_with_http_info(
            images_generation_request=images_generation_request,
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
        images_generation_request: ImagesGenerationRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ImagesGenerationResponse]:
        """Like :meth:`create_image`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_image_call(images_generation_request=images_generation_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def create_image_edit(
        self,
        *,
        model: str,
        image: str,
        prompt: str,
        mask: str | None = None,
        size: str | None = None,
        n: int | None = None,
        user: str | None = None,
        meta: bool | None = None,
        usage: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ImagesEditResponse:
        """Creates an edited or extended image given an original image and a prompt.

        Args:
            model: str
            image: str
            prompt: str
            mask: str
            size: str
            n: int
            user: str
            meta: bool
            usage: bool

        Returns:
            ImagesEditResponse
        """
        response = await self.create_image_edit_with_http_info(
            model=model,
            image=image,
            prompt=prompt,
            mask=mask,
            size=size,
            n=n,
            user=user,
            meta=meta,
            usage=usage,
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
        model: str,
        image: str,
        prompt: str,
        mask: str | None = None,
        size: str | None = None,
        n: int | None = None,
        user: str | None = None,
        meta: bool | None = None,
        usage: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ImagesEditResponse]:
        """Like :meth:`create_image_edit`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_image_edit_call(
                model=model,
                image=image,
                prompt=prompt,
                mask=mask,
                size=size,
                n=n,
                user=user,
                meta=meta,
                usage=usage,
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
