"""Data retention operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.organization_data_retention import OrganizationDataRetention
from ..models.project_data_retention import ProjectDataRetention
from ..models.update_organization_data_retention_body import UpdateOrganizationDataRetentionBody
from ..models.update_project_data_retention_body import UpdateProjectDataRetentionBody

__all__ = ["DataRetentionApi", "AsyncDataRetentionApi"]


def _retrieve_organization_data_retention_call() -> Call:
    return Call(
        "GET",
        "/organization/data_retention",
        accept="application/json",
        responses={"200": ("json", OrganizationDataRetention)},
        security=(("AdminApiKeyAuth",),),
    )


def _update_organization_data_retention_call(
    update_organization_data_retention_body: UpdateOrganizationDataRetentionBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/data_retention",
        body_kind="json",
        json=json_body(
            update_organization_data_retention_body, UpdateOrganizationDataRetentionBody
        ),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", OrganizationDataRetention)},
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_project_data_retention_call(
    project_id: str,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/data_retention",
        path_params={"project_id": project_id},
        accept="application/json",
        responses={"200": ("json", ProjectDataRetention)},
        security=(("AdminApiKeyAuth",),),
    )


def _update_project_data_retention_call(
    project_id: str,
    update_project_data_retention_body: UpdateProjectDataRetentionBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/data_retention",
        path_params={"project_id": project_id},
        body_kind="json",
        json=json_body(update_project_data_retention_body, UpdateProjectDataRetentionBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ProjectDataRetention)},
        security=(("AdminApiKeyAuth",),),
    )


class DataRetentionApi:
    """Data retention operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def retrieve_organization_data_retention(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationDataRetention:
        """Retrieves organization data retention controls.

        Returns:
            OrganizationDataRetention
        """
        response = self.retrieve_organization_data_retention_with_http_info(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_organization_data_retention_with_http_info(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationDataRetention]:
        """Like :meth:`retrieve_organization_data_retention`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_organization_data_retention_call(),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_organization_data_retention(
        self,
        update_organization_data_retention_body: (
            UpdateOrganizationDataRetentionBody | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationDataRetention:
        """Updates organization data retention controls.

        Args:
            update_organization_data_retention_body: The desired organization data retention setting.

        Returns:
            OrganizationDataRetention
        """
        response = self.update_organization_data_retention_with_http_info(
            update_organization_data_retention_body=update_organization_data_retention_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_organization_data_retention_with_http_info(
        self,
        update_organization_data_retention_body: (
            UpdateOrganizationDataRetentionBody | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationDataRetention]:
        """Like :meth:`update_organization_data_retention`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_organization_data_retention_call(
                update_organization_data_retention_body=update_organization_data_retention_body
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

    def retrieve_project_data_retention(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectDataRetention:
        """Retrieves project data retention controls.

        Args:
            project_id: The ID of the project to inspect.

        Returns:
            ProjectDataRetention
        """
        response = self.retrieve_project_data_retention_with_http_info(
            project_id=project_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_project_data_retention_with_http_info(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectDataRetention]:
        """Like :meth:`retrieve_project_data_retention`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_project_data_retention_call(project_id=project_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_project_data_retention(
        self,
        project_id: str,
        update_project_data_retention_body: UpdateProjectDataRetentionBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectDataRetention:
        """Updates project data retention controls.

        Args:
            project_id: The ID of the project to update.
            update_project_data_retention_body: The desired project data retention setting.

        Returns:
            ProjectDataRetention
        """
        response = self.update_project_data_retention_with_http_info(
            project_id=project_id,
            update_project_data_retention_body=update_project_data_retention_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_project_data_retention_with_http_info(
        self,
        project_id: str,
        update_project_data_retention_body: UpdateProjectDataRetentionBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectDataRetention]:
        """Like :meth:`update_project_data_retention`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_project_data_retention_call(
                project_id=project_id,
                update_project_data_retention_body=update_project_data_retention_body,
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


class AsyncDataRetentionApi:
    """Data retention operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def retrieve_organization_data_retention(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationDataRetention:
        """Retrieves organization data retention controls.

        Returns:
            OrganizationDataRetention
        """
        response = await self.retrieve_organization_data_retention_with_http_info(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_organization_data_retention_with_http_info(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationDataRetention]:
        """Like :meth:`retrieve_organization_data_retention`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_organization_data_retention_call(),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_organization_data_retention(
        self,
        update_organization_data_retention_body: (
            UpdateOrganizationDataRetentionBody | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationDataRetention:
        """Updates organization data retention controls.

        Args:
            update_organization_data_retention_body: The desired organization data retention setting.

        Returns:
            OrganizationDataRetention
        """
        response = await self.update_organization_data_retention_with_http_info(
            update_organization_data_retention_body=update_organization_data_retention_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_organization_data_retention_with_http_info(
        self,
        update_organization_data_retention_body: (
            UpdateOrganizationDataRetentionBody | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationDataRetention]:
        """Like :meth:`update_organization_data_retention`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_organization_data_retention_call(
                update_organization_data_retention_body=update_organization_data_retention_body
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

    async def retrieve_project_data_retention(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectDataRetention:
        """Retrieves project data retention controls.

        Args:
            project_id: The ID of the project to inspect.

        Returns:
            ProjectDataRetention
        """
        response = await self.retrieve_project_data_retention_with_http_info(
            project_id=project_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_project_data_retention_with_http_info(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectDataRetention]:
        """Like :meth:`retrieve_project_data_retention`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_project_data_retention_call(project_id=project_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_project_data_retention(
        self,
        project_id: str,
        update_project_data_retention_body: UpdateProjectDataRetentionBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectDataRetention:
        """Updates project data retention controls.

        Args:
            project_id: The ID of the project to update.
            update_project_data_retention_body: The desired project data retention setting.

        Returns:
            ProjectDataRetention
        """
        response = await self.update_project_data_retention_with_http_info(
            project_id=project_id,
            update_project_data_retention_body=update_project_data_retention_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_project_data_retention_with_http_info(
        self,
        project_id: str,
        update_project_data_retention_body: UpdateProjectDataRetentionBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectDataRetention]:
        """Like :meth:`update_project_data_retention`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_project_data_retention_call(
                project_id=project_id,
                update_project_data_retention_body=update_project_data_retention_body,
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
