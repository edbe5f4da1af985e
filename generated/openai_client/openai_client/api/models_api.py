"""Models operations: List and describe the various models available in the API.."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions
from ..api_response import ApiResponse
from ..models.delete_model_response import DeleteModelResponse
from ..models.list_models_response import ListModelsResponse
from ..models.model import Model

__all__ = ["ModelsApi", "AsyncModelsApi"]


def _list_models_call() -> Call:
    return Call(
        "GET",
        "/models",
        accept="application/json",
        responses={"200": ("json", ListModelsResponse)},
        security=(("ApiKeyAuth",),),
    )


def _retrieve_model_call(
    model: str,
) -> Call:
    return Call(
        "GET",
        "/models/{model}",
        path_params={"model": model},
        accept="application/json",
        responses={"200": ("json", Model)},
        security=(("ApiKeyAuth",),),
    )


def _delete_model_call(
    model: str,
) -> Call:
    return Call(
        "DELETE",
        "/models/{model}",
        path_params={"model": model},
        accept="application/json",
        responses={"200": ("json", DeleteModelResponse)},
        security=(("ApiKeyAuth",),),
    )


class ModelsApi:
    """Models operations.

    List and describe the various models available in the API.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListModelsResponse:
        """Lists the currently available models, and provides basic information about each one such as the owner and availability.

        Returns:
            ListModelsResponse
        """
        response = self.list_models_with_http_info(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_models_with_http_info(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListModelsResponse]:
        """Like :meth:`list_models`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_models_call(),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_model(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Model:
        """Retrieves a model instance, providing basic information about the model such as the owner and permissioning.

        Args:
            model: The ID of the model to use for this request

        Returns:
            Model
        """
        response = self.retrieve_model_with_http_info(
            model=model,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_model_with_http_info(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Model]:
        """Like :meth:`retrieve_model`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_model_call(model=model),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_model(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteModelResponse:
        """Delete a fine-tuned model. You must have the Owner role in your organization to delete a model.

        Args:
            model: The model to delete

        Returns:
            DeleteModelResponse
        """
        response = self.delete_model_with_http_info(
            model=model,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_model_with_http_info(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteModelResponse]:
        """Like :meth:`delete_model`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_model_call(model=model),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncModelsApi:
    """Models operations (async).

    List and describe the various models available in the API.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListModelsResponse:
        """Lists the currently available models, and provides basic information about each one such as the owner and availability.

        Returns:
            ListModelsResponse
        """
        response = await self.list_models_with_http_info(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_models_with_http_info(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListModelsResponse]:
        """Like :meth:`list_models`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_models_call(),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_model(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Model:
        """Retrieves a model instance, providing basic information about the model such as the owner and permissioning.

        Args:
            model: The ID of the model to use for this request

        Returns:
            Model
        """
        response = await self.retrieve_model_with_http_info(
            model=model,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_model_with_http_info(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Model]:
        """Like :meth:`retrieve_model`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_model_call(model=model),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_model(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteModelResponse:
        """Delete a fine-tuned model. You must have the Owner role in your organization to delete a model.

        Args:
            model: The model to delete

        Returns:
            DeleteModelResponse
        """
        response = await self.delete_model_with_http_info(
            model=model,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_model_with_http_info(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteModelResponse]:
        """Like :meth:`delete_model`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_model_call(model=model),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
