"""Usage operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions
from ..api_response import ApiResponse
from ..models.usage_response import UsageResponse

__all__ = ["UsageApi", "AsyncUsageApi"]


def _usage_costs_call(
    start_time: int,
    end_time: int | None,
    bucket_width: Literal["1d"] | None,
    project_ids: list[str] | None,
    api_key_ids: list[str] | None,
    group_by: list[Literal["project_id", "line_item", "api_key_id"] | str] | None,
    limit: int | None,
    page: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/costs",
        query={
            "start_time": start_time,
            "end_time": end_time,
            "bucket_width": bucket_width,
            "project_ids": project_ids,
            "api_key_ids": api_key_ids,
            "group_by": group_by,
            "limit": limit,
            "page": page,
        },
        accept="application/json",
        responses={"200": ("json", UsageResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _usage_audio_speeches_call(
    start_time: int,
    end_time: int | None,
    bucket_width: Literal["1m", "1h", "1d"] | str | None,
    project_ids: list[str] | None,
    user_ids: list[str] | None,
    api_key_ids: list[str] | None,
    models: list[str] | None,
    group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None,
    limit: int | None,
    page: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/usage/audio_speeches",
        query={
            "start_time": start_time,
            "end_time": end_time,
            "bucket_width": bucket_width,
            "project_ids": project_ids,
            "user_ids": user_ids,
            "api_key_ids": api_key_ids,
            "models": models,
            "group_by": group_by,
            "limit": limit,
            "page": page,
        },
        accept="application/json",
        responses={"200": ("json", UsageResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _usage_audio_transcriptions_call(
    start_time: int,
    end_time: int | None,
    bucket_width: Literal["1m", "1h", "1d"] | str | None,
    project_ids: list[str] | None,
    user_ids: list[str] | None,
    api_key_ids: list[str] | None,
    models: list[str] | None,
    group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None,
    limit: int | None,
    page: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/usage/audio_transcriptions",
        query={
            "start_time": start_time,
            "end_time": end_time,
            "bucket_width": bucket_width,
            "project_ids": project_ids,
            "user_ids": user_ids,
            "api_key_ids": api_key_ids,
            "models": models,
            "group_by": group_by,
            "limit": limit,
            "page": page,
        },
        accept="application/json",
        responses={"200": ("json", UsageResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _usage_code_interpreter_sessions_call(
    start_time: int,
    end_time: int | None,
    bucket_width: Literal["1m", "1h", "1d"] | str | None,
    project_ids: list[str] | None,
    group_by: list[Literal["project_id"]] | None,
    limit: int | None,
    page: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/usage/code_interpreter_sessions",
        query={
            "start_time": start_time,
            "end_time": end_time,
            "bucket_width": bucket_width,
            "project_ids": project_ids,
            "group_by": group_by,
            "limit": limit,
            "page": page,
        },
        accept="application/json",
        responses={"200": ("json", UsageResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _usage_completions_call(
    start_time: int,
    end_time: int | None,
    bucket_width: Literal["1m", "1h", "1d"] | str | None,
    project_ids: list[str] | None,
    user_ids: list[str] | None,
    api_key_ids: list[str] | None,
    models: list[str] | None,
    batch: bool | None,
    group_by: (
        list[Literal["project_id", "user_id", "api_key_id", "model", "batch", "service_tier"] | str]
        | None
    ),
    limit: int | None,
    page: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/usage/completions",
        query={
            "start_time": start_time,
            "end_time": end_time,
            "bucket_width": bucket_width,
            "project_ids": project_ids,
            "user_ids": user_ids,
            "api_key_ids": api_key_ids,
            "models": models,
            "batch": batch,
            "group_by": group_by,
            "limit": limit,
            "page": page,
        },
        accept="application/json",
        responses={"200": ("json", UsageResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _usage_embeddings_call(
    start_time: int,
    end_time: int | None,
    bucket_width: Literal["1m", "1h", "1d"] | str | None,
    project_ids: list[str] | None,
    user_ids: list[str] | None,
    api_key_ids: list[str] | None,
    models: list[str] | None,
    group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None,
    limit: int | None,
    page: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/usage/embeddings",
        query={
            "start_time": start_time,
            "end_time": end_time,
            "bucket_width": bucket_width,
            "project_ids": project_ids,
            "user_ids": user_ids,
            "api_key_ids": api_key_ids,
            "models": models,
            "group_by": group_by,
            "limit": limit,
            "page": page,
        },
        accept="application/json",
        responses={"200": ("json", UsageResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _usage_file_search_calls_call(
    start_time: int,
    end_time: int | None,
    bucket_width: Literal["1m", "1h", "1d"] | str | None,
    project_ids: list[str] | None,
    user_ids: list[str] | None,
    api_key_ids: list[str] | None,
    vector_store_ids: list[str] | None,
    group_by: list[Literal["project_id", "user_id", "api_key_id", "vector_store_id"] | str] | None,
    limit: int | None,
    page: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/usage/file_search_calls",
        query={
            "start_time": start_time,
            "end_time": end_time,
            "bucket_width": bucket_width,
            "project_ids": project_ids,
            "user_ids": user_ids,
            "api_key_ids": api_key_ids,
            "vector_store_ids": vector_store_ids,
            "group_by": group_by,
            "limit": limit,
            "page": page,
        },
        accept="application/json",
        responses={"200": ("json", UsageResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _usage_images_call(
    start_time: int,
    end_time: int | None,
    bucket_width: Literal["1m", "1h", "1d"] | str | None,
    sources: list[Literal["image.generation", "image.edit", "image.variation"] | str] | None,
    sizes: list[Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"] | str] | None,
    project_ids: list[str] | None,
    user_ids: list[str] | None,
    api_key_ids: list[str] | None,
    models: list[str] | None,
    group_by: (
        list[Literal["project_id", "user_id", "api_key_id", "model", "size", "source"] | str] | None
    ),
    limit: int | None,
    page: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/usage/images",
        query={
            "start_time": start_time,
            "end_time": end_time,
            "bucket_width": bucket_width,
            "sources": sources,
            "sizes": sizes,
            "project_ids": project_ids,
            "user_ids": user_ids,
            "api_key_ids": api_key_ids,
            "models": models,
            "group_by": group_by,
            "limit": limit,
            "page": page,
        },
        accept="application/json",
        responses={"200": ("json", UsageResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _usage_moderations_call(
    start_time: int,
    end_time: int | None,
    bucket_width: Literal["1m", "1h", "1d"] | str | None,
    project_ids: list[str] | None,
    user_ids: list[str] | None,
    api_key_ids: list[str] | None,
    models: list[str] | None,
    group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None,
    limit: int | None,
    page: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/usage/moderations",
        query={
            "start_time": start_time,
            "end_time": end_time,
            "bucket_width": bucket_width,
            "project_ids": project_ids,
            "user_ids": user_ids,
            "api_key_ids": api_key_ids,
            "models": models,
            "group_by": group_by,
            "limit": limit,
            "page": page,
        },
        accept="application/json",
        responses={"200": ("json", UsageResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _usage_vector_stores_call(
    start_time: int,
    end_time: int | None,
    bucket_width: Literal["1m", "1h", "1d"] | str | None,
    project_ids: list[str] | None,
    group_by: list[Literal["project_id"]] | None,
    limit: int | None,
    page: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/usage/vector_stores",
        query={
            "start_time": start_time,
            "end_time": end_time,
            "bucket_width": bucket_width,
            "project_ids": project_ids,
            "group_by": group_by,
            "limit": limit,
            "page": page,
        },
        accept="application/json",
        responses={"200": ("json", UsageResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _usage_web_search_calls_call(
    start_time: int,
    end_time: int | None,
    bucket_width: Literal["1m", "1h", "1d"] | str | None,
    project_ids: list[str] | None,
    user_ids: list[str] | None,
    api_key_ids: list[str] | None,
    models: list[str] | None,
    context_levels: list[Literal["low", "medium", "high"] | str] | None,
    group_by: (
        list[Literal["project_id", "user_id", "api_key_id", "model", "context_level"] | str] | None
    ),
    limit: int | None,
    page: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/usage/web_search_calls",
        query={
            "start_time": start_time,
            "end_time": end_time,
            "bucket_width": bucket_width,
            "project_ids": project_ids,
            "user_ids": user_ids,
            "api_key_ids": api_key_ids,
            "models": models,
            "context_levels": context_levels,
            "group_by": group_by,
            "limit": limit,
            "page": page,
        },
        accept="application/json",
        responses={"200": ("json", UsageResponse)},
        security=(("AdminApiKeyAuth",),),
    )


class UsageApi:
    """Usage operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def usage_costs(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1d"] | None = None,
        project_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        group_by: list[Literal["project_id", "line_item", "api_key_id"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get costs details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently only `1d` is supported, default to `1d`.
            project_ids: Return only costs for these projects.
            api_key_ids: Return only costs for these API keys.
            group_by: Group the costs by the specified fields. Support fields include `project_id`, `line_item`, `api_key_id` and any combination of them.
            limit: A limit on the number of buckets to be returned. Limit can range between 1 and 180, and the default is 7.
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = self.usage_costs_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            api_key_ids=api_key_ids,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def usage_costs_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1d"] | None = None,
        project_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        group_by: list[Literal["project_id", "line_item", "api_key_id"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_costs`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _usage_costs_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                api_key_ids=api_key_ids,
                group_by=group_by,
                limit=limit,
                page=page,
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

    def usage_audio_speeches(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get audio speeches usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = self.usage_audio_speeches_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def usage_audio_speeches_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_audio_speeches`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _usage_audio_speeches_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                group_by=group_by,
                limit=limit,
                page=page,
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

    def usage_audio_transcriptions(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get audio transcriptions usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = self.usage_audio_transcriptions_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def usage_audio_transcriptions_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_audio_transcriptions`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _usage_audio_transcriptions_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                group_by=group_by,
                limit=limit,
                page=page,
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

    def usage_code_interpreter_sessions(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        group_by: list[Literal["project_id"]] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get code interpreter sessions usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = self.usage_code_interpreter_sessions_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def usage_code_interpreter_sessions_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        group_by: list[Literal["project_id"]] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_code_interpreter_sessions`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _usage_code_interpreter_sessions_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                group_by=group_by,
                limit=limit,
                page=page,
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

    def usage_completions(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        batch: bool | None = None,
        group_by: (
            list[
                Literal["project_id", "user_id", "api_key_id", "model", "batch", "service_tier"]
                | str
            ]
            | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get completions usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            batch: If `true`, return batch jobs only. If `false`, return non-batch jobs only. By default, return both.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `batch`, `service_tier` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = self.usage_completions_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            batch=batch,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def usage_completions_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        batch: bool | None = None,
        group_by: (
            list[
                Literal["project_id", "user_id", "api_key_id", "model", "batch", "service_tier"]
                | str
            ]
            | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_completions`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _usage_completions_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                batch=batch,
                group_by=group_by,
                limit=limit,
                page=page,
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

    def usage_embeddings(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get embeddings usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = self.usage_embeddings_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def usage_embeddings_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_embeddings`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _usage_embeddings_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                group_by=group_by,
                limit=limit,
                page=page,
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

    def usage_file_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        vector_store_ids: list[str] | None = None,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "vector_store_id"] | str] | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get file search calls usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            vector_store_ids: Return only usage for these vector stores.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = self.usage_file_search_calls_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            vector_store_ids=vector_store_ids,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def usage_file_search_calls_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        vector_store_ids: list[str] | None = None,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "vector_store_id"] | str] | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_file_search_calls`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _usage_file_search_calls_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                vector_store_ids=vector_store_ids,
                group_by=group_by,
                limit=limit,
                page=page,
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

    def usage_images(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        sources: (
            list[Literal["image.generation", "image.edit", "image.variation"] | str] | None
        ) = None,
        sizes: (
            list[Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"] | str] | None
        ) = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model", "size", "source"] | str]
            | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get images usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            sources: Return only usages for these sources. Possible values are `image.generation`, `image.edit`, `image.variation` or any combination of them.
            sizes: Return only usages for these image sizes. Possible values are `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any combination of them.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = self.usage_images_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            sources=sources,
            sizes=sizes,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def usage_images_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        sources: (
            list[Literal["image.generation", "image.edit", "image.variation"] | str] | None
        ) = None,
        sizes: (
            list[Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"] | str] | None
        ) = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model", "size", "source"] | str]
            | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_images`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _usage_images_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                sources=sources,
                sizes=sizes,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                group_by=group_by,
                limit=limit,
                page=page,
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

    def usage_moderations(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get moderations usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = self.usage_moderations_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def usage_moderations_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_moderations`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _usage_moderations_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                group_by=group_by,
                limit=limit,
                page=page,
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

    def usage_vector_stores(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        group_by: list[Literal["project_id"]] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get vector stores usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = self.usage_vector_stores_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def usage_vector_stores_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        group_by: list[Literal["project_id"]] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_vector_stores`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _usage_vector_stores_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                group_by=group_by,
                limit=limit,
                page=page,
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

    def usage_web_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        context_levels: list[Literal["low", "medium", "high"] | str] | None = None,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model", "context_level"] | str]
            | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get web search calls usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            context_levels: Return only web search usage for these context levels.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `context_level` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = self.usage_web_search_calls_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            context_levels=context_levels,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def usage_web_search_calls_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        context_levels: list[Literal["low", "medium", "high"] | str] | None = None,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model", "context_level"] | str]
            | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_web_search_calls`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _usage_web_search_calls_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                context_levels=context_levels,
                group_by=group_by,
                limit=limit,
                page=page,
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


class AsyncUsageApi:
    """Usage operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def usage_costs(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1d"] | None = None,
        project_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        group_by: list[Literal["project_id", "line_item", "api_key_id"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get costs details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently only `1d` is supported, default to `1d`.
            project_ids: Return only costs for these projects.
            api_key_ids: Return only costs for these API keys.
            group_by: Group the costs by the specified fields. Support fields include `project_id`, `line_item`, `api_key_id` and any combination of them.
            limit: A limit on the number of buckets to be returned. Limit can range between 1 and 180, and the default is 7.
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = await self.usage_costs_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            api_key_ids=api_key_ids,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def usage_costs_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1d"] | None = None,
        project_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        group_by: list[Literal["project_id", "line_item", "api_key_id"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_costs`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _usage_costs_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                api_key_ids=api_key_ids,
                group_by=group_by,
                limit=limit,
                page=page,
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

    async def usage_audio_speeches(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get audio speeches usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = await self.usage_audio_speeches_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def usage_audio_speeches_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_audio_speeches`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _usage_audio_speeches_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                group_by=group_by,
                limit=limit,
                page=page,
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

    async def usage_audio_transcriptions(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get audio transcriptions usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = await self.usage_audio_transcriptions_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def usage_audio_transcriptions_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_audio_transcriptions`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _usage_audio_transcriptions_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                group_by=group_by,
                limit=limit,
                page=page,
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

    async def usage_code_interpreter_sessions(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        group_by: list[Literal["project_id"]] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get code interpreter sessions usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = await self.usage_code_interpreter_sessions_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def usage_code_interpreter_sessions_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        group_by: list[Literal["project_id"]] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_code_interpreter_sessions`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _usage_code_interpreter_sessions_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                group_by=group_by,
                limit=limit,
                page=page,
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

    async def usage_completions(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        batch: bool | None = None,
        group_by: (
            list[
                Literal["project_id", "user_id", "api_key_id", "model", "batch", "service_tier"]
                | str
            ]
            | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get completions usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            batch: If `true`, return batch jobs only. If `false`, return non-batch jobs only. By default, return both.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `batch`, `service_tier` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = await self.usage_completions_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            batch=batch,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def usage_completions_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        batch: bool | None = None,
        group_by: (
            list[
                Literal["project_id", "user_id", "api_key_id", "model", "batch", "service_tier"]
                | str
            ]
            | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_completions`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _usage_completions_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                batch=batch,
                group_by=group_by,
                limit=limit,
                page=page,
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

    async def usage_embeddings(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get embeddings usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = await self.usage_embeddings_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def usage_embeddings_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_embeddings`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _usage_embeddings_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                group_by=group_by,
                limit=limit,
                page=page,
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

    async def usage_file_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        vector_store_ids: list[str] | None = None,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "vector_store_id"] | str] | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get file search calls usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            vector_store_ids: Return only usage for these vector stores.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = await self.usage_file_search_calls_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            vector_store_ids=vector_store_ids,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def usage_file_search_calls_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        vector_store_ids: list[str] | None = None,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "vector_store_id"] | str] | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_file_search_calls`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _usage_file_search_calls_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                vector_store_ids=vector_store_ids,
                group_by=group_by,
                limit=limit,
                page=page,
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

    async def usage_images(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        sources: (
            list[Literal["image.generation", "image.edit", "image.variation"] | str] | None
        ) = None,
        sizes: (
            list[Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"] | str] | None
        ) = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model", "size", "source"] | str]
            | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get images usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            sources: Return only usages for these sources. Possible values are `image.generation`, `image.edit`, `image.variation` or any combination of them.
            sizes: Return only usages for these image sizes. Possible values are `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any combination of them.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = await self.usage_images_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            sources=sources,
            sizes=sizes,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def usage_images_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        sources: (
            list[Literal["image.generation", "image.edit", "image.variation"] | str] | None
        ) = None,
        sizes: (
            list[Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"] | str] | None
        ) = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model", "size", "source"] | str]
            | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_images`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _usage_images_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                sources=sources,
                sizes=sizes,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                group_by=group_by,
                limit=limit,
                page=page,
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

    async def usage_moderations(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get moderations usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = await self.usage_moderations_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def usage_moderations_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        group_by: list[Literal["project_id", "user_id", "api_key_id", "model"] | str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_moderations`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _usage_moderations_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                group_by=group_by,
                limit=limit,
                page=page,
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

    async def usage_vector_stores(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        group_by: list[Literal["project_id"]] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get vector stores usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = await self.usage_vector_stores_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def usage_vector_stores_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        group_by: list[Literal["project_id"]] | None = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_vector_stores`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _usage_vector_stores_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                group_by=group_by,
                limit=limit,
                page=page,
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

    async def usage_web_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        context_levels: list[Literal["low", "medium", "high"] | str] | None = None,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model", "context_level"] | str]
            | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UsageResponse:
        """Get web search calls usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            context_levels: Return only web search usage for these context levels.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `context_level` or any combination of them.
            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

        Returns:
            UsageResponse
        """
        response = await self.usage_web_search_calls_with_http_info(
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            context_levels=context_levels,
            group_by=group_by,
            limit=limit,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def usage_web_search_calls_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | None = None,
        bucket_width: Literal["1m", "1h", "1d"] | str | None = None,
        project_ids: list[str] | None = None,
        user_ids: list[str] | None = None,
        api_key_ids: list[str] | None = None,
        models: list[str] | None = None,
        context_levels: list[Literal["low", "medium", "high"] | str] | None = None,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model", "context_level"] | str]
            | None
        ) = None,
        limit: int | None = None,
        page: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like :meth:`usage_web_search_calls`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _usage_web_search_calls_call(
                start_time=start_time,
                end_time=end_time,
                bucket_width=bucket_width,
                project_ids=project_ids,
                user_ids=user_ids,
                api_key_ids=api_key_ids,
                models=models,
                context_levels=context_levels,
                group_by=group_by,
                limit=limit,
                page=page,
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
