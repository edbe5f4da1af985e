"""Hosted tools operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.project_hosted_tool_permissions import ProjectHostedToolPermissions
from ..models.project_hosted_tool_permissions_update_request import (
    ProjectHostedToolPermissionsUpdateRequest,
)

__all__ = ["HostedToolsApi", "AsyncHostedToolsApi"]


def _retrieve_project_hosted_tool_permissions_call(
    project_id: str,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/hosted_tool_permissions",
        path_params={"project_id": project_id},
        accept="application/json",
        responses={"200": ("json", ProjectHostedToolPermissions)},
        security=(("AdminApiKeyAuth",),),
    )


def _update_project_hosted_tool_permissions_call(
    project_id: str,
    project_hosted_tool_permissions_update_request: (
        ProjectHostedToolPermissionsUpdateRequest | dict[str, Any]
    ),
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/hosted_tool_permissions",
        path_params={"project_id": project_id},
        body_kind="json",
        json=json_body(
            project_hosted_tool_permissions_update_request,
            ProjectHostedToolPermissionsUpdateRequest,
        ),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ProjectHostedToolPermissions)},
        security=(("AdminApiKeyAuth",),),
    )


class HostedToolsApi:
    """Hosted tools operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def retrieve_project_hosted_tool_permissions(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectHostedToolPermissions:
        """Returns hosted tool permissions for a project.

        Args:
            project_id: The ID of the project.

        Returns:
            ProjectHostedToolPermissions
        """
        response = self.retrieve_project_hosted_tool_permissions_with_http_info(
            project_id=project_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_project_hosted_tool_permissions_with_http_info(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectHostedToolPermissions]:
        """Like :meth:`retrieve_project_hosted_tool_permissions`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_project_hosted_tool_permissions_call(project_id=project_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_project_hosted_tool_permissions(
        self,
        project_id: str,
        project_hosted_tool_permissions_update_request: (
            ProjectHostedToolPermissionsUpdateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectHostedToolPermissions:
        """Updates hosted tool permissions for a project.

        Args:
            project_id: The ID of the project.
            project_hosted_tool_permissions_update_request: The project hosted tool permissions update request payload.

        Returns:
            ProjectHostedToolPermissions
        """
        response = self.update_project_hosted_tool_permissions_with_http_info(
            project_id=project_id,
            project_hosted_tool_permissions_update_request=project_hosted_tool_permissions_update_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_project_hosted_tool_permissions_with_http_info(
        self,
        project_id: str,
        project_hosted_tool_permissions_update_request: (
            ProjectHostedToolPermissionsUpdateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectHostedToolPermissions]:
        """Like :meth:`update_project_hosted_tool_permissions`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_project_hosted_tool_permissions_call(
                project_id=project_id,
                project_hosted_tool_permissions_update_request=project_hosted_tool_permissions_update_request,
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


class AsyncHostedToolsApi:
    """Hosted tools operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def retrieve_project_hosted_tool_permissions(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectHostedToolPermissions:
        """Returns hosted tool permissions for a project.

        Args:
            project_id: The ID of the project.

        Returns:
            ProjectHostedToolPermissions
        """
        response = await self.retrieve_project_hosted_tool_permissions_with_http_info(
            project_id=project_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_project_hosted_tool_permissions_with_http_info(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectHostedToolPermissions]:
        """Like :meth:`retrieve_project_hosted_tool_permissions`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_project_hosted_tool_permissions_call(project_id=project_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_project_hosted_tool_permissions(
        self,
        project_id: str,
        project_hosted_tool_permissions_update_request: (
            ProjectHostedToolPermissionsUpdateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectHostedToolPermissions:
        """Updates hosted tool permissions for a project.

        Args:
            project_id: The ID of the project.
            project_hosted_tool_permissions_update_request: The project hosted tool permissions update request payload.

        Returns:
            ProjectHostedToolPermissions
        """
        response = await self.update_project_hosted_tool_permissions_with_http_info(
            project_id=project_id,
            project_hosted_tool_permissions_update_request=project_hosted_tool_permissions_update_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_project_hosted_tool_permissions_with_http_info(
        self,
        project_id: str,
        project_hosted_tool_permissions_update_request: (
            ProjectHostedToolPermissionsUpdateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectHostedToolPermissions]:
        """Like :meth:`update_project_hosted_tool_permissions`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_project_hosted_tool_permissions_call(
                project_id=project_id,
                project_hosted_tool_permissions_update_request=project_hosted_tool_permissions_update_request,
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
