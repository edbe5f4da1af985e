"""analytics operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.get_analytics_request import GetAnalyticsRequest
from ..models.get_analytics_response import GetAnalyticsResponse

__all__ = ["AnalyticsApi", "AsyncAnalyticsApi"]


def _get_analytics_call(
    get_analytics_request: GetAnalyticsRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/analytics",
        body_kind="json",
        json=json_body(get_analytics_request, GetAnalyticsRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", GetAnalyticsResponse)},
        security=(("BearerAuth",),),
    )


class AnalyticsApi:
    """analytics operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_analytics(
        self,
        get_analytics_request: GetAnalyticsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GetAnalyticsResponse:
        """Returns aggregated analytics data.

        Args:
            get_analytics_request: GetAnalyticsRequest

        Returns:
            GetAnalyticsResponse
        """
        response = self.get_analytics_with_http_info(
            get_analytics_request=get_analytics_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_analytics_with_http_info(
        self,
        get_analytics_request: GetAnalyticsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GetAnalyticsResponse]:
        """Like :meth:`get_analytics`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_analytics_call(get_analytics_request=get_analytics_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncAnalyticsApi:
    """analytics operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_analytics(
        self,
        get_analytics_request: GetAnalyticsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GetAnalyticsResponse:
        """Returns aggregated analytics data.

        Args:
            get_analytics_request: GetAnalyticsRequest

        Returns:
            GetAnalyticsResponse
        """
        response = await self.get_analytics_with_http_info(
            get_analytics_request=get_analytics_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_analytics_with_http_info(
        self,
        get_analytics_request: GetAnalyticsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GetAnalyticsResponse]:
        """Like :meth:`get_analytics`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_analytics_call(get_analytics_request=get_analytics_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
