"""models operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions
from ..api_response import ApiResponse
from ..models.list_models_response import ListModelsResponse
from ..models.list_models_response500 import ListModelsResponse500
from ..models.organisation_id import OrganisationId
from ..models.organisation_id_list import OrganisationIdList

__all__ = ["ModelsApi", "AsyncModelsApi"]


def _list_models_call(
    endpoints: list[str] | None,
    organisation: OrganisationId | OrganisationIdList | str | None,
    input_types: list[str] | None,
    output_types: list[str] | None,
    params: list[str] | None,
    limit: int | None,
    offset: int | None,
) -> Call:
    return Call(
        "GET",
        "/models",
        query={
            "endpoints": endpoints,
            "organisation": organisation,
            "input_types": input_types,
            "output_types": output_types,
            "params": params,
            "limit": limit,
            "offset": offset,
        },
        accept="application/json",
        responses={"200": ("json", ListModelsResponse), "500": ("json", ListModelsResponse500)},
        security=(("BearerAuth",),),
    )


class ModelsApi:
    """models operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_models(
        self,
        *,
        endpoints: list[str] | None = None,
        organisation: OrganisationId | OrganisationIdList | str | None = None,
        input_types: list[str] | None = None,
        output_types: list[str] | None = None,
        params: list[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListModelsResponse:
        """Returns a list of available models.

        Args:
            endpoints: Filter by endpoints
            organisation: Filter by organisation
            input_types: Filter by input types
            output_types: Filter by output types
            params: Filter by params
            limit: Limit the number of results
            offset: Offset for pagination

        Returns:
            ListModelsResponse
        """
        response = self.list_models_with_http_info(
            endpoints=endpoints,
            organisation=organisation,
            input_types=input_types,
            output_types=output_types,
            params=params,
            limit=limit,
            offset=offset,
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
        endpoints: list[str] | None = None,
        organisation: OrganisationId | OrganisationIdList | str | None = None,
        input_types: list[str] | None = None,
        output_types: list[str] | None = None,
        params: list[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListModelsResponse]:
        """Like :meth:`list_models`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_models_call(
                endpoints=endpoints,
                organisation=organisation,
                input_types=input_types,
                output_types=output_types,
                params=params,
                limit=limit,
                offset=offset,
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


class AsyncModelsApi:
    """models operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_models(
        self,
        *,
        endpoints: list[str] | None = None,
        organisation: OrganisationId | OrganisationIdList | str | None = None,
        input_types: list[str] | None = None,
        output_types: list[str] | None = None,
        params: list[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListModelsResponse:
        """Returns a list of available models.

        Args:
            endpoints: Filter by endpoints
            organisation: Filter by organisation
            input_types: Filter by input types
            output_types: Filter by output types
            params: Filter by params
            limit: Limit the number of results
            offset: Offset for pagination

        Returns:
            ListModelsResponse
        """
        response = await self.list_models_with_http_info(
            endpoints=endpoints,
            organisation=organisation,
            input_types=input_types,
            output_types=output_types,
            params=params,
            limit=limit,
            offset=offset,
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
        endpoints: list[str] | None = None,
        organisation: OrganisationId | OrganisationIdList | str | None = None,
        input_types: list[str] | None = None,
        output_types: list[str] | None = None,
        params: list[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListModelsResponse]:
        """Like :meth:`list_models`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_models_call(
                endpoints=endpoints,
                organisation=organisation,
                input_types=input_types,
                output_types=output_types,
                params=params,
                limit=limit,
                offset=offset,
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
