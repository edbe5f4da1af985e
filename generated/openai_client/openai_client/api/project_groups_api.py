"""Project groups operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.invite_project_group_body import InviteProjectGroupBody
from ..models.project_group import ProjectGroup
from ..models.project_group_deleted_resource import ProjectGroupDeletedResource
from ..models.project_group_list_resource import ProjectGroupListResource

__all__ = ["ProjectGroupsApi", "AsyncProjectGroupsApi"]


def _list_project_groups_call(
    project_id: str,
    limit: int | None,
    after: str | None,
    order: Literal["asc", "desc"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/groups",
        path_params={"project_id": project_id},
        query={"limit": limit, "after": after, "order": order},
        accept="application/json",
        responses={"200": ("json", ProjectGroupListResource)},
        security=(("AdminApiKeyAuth",),),
    )


def _add_project_group_call(
    project_id: str,
    invite_project_group_body: InviteProjectGroupBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/groups",
        path_params={"project_id": project_id},
        body_kind="json",
        json=json_body(invite_project_group_body, InviteProjectGroupBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ProjectGroup)},
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_project_group_call(
    project_id: str,
    group_id: str,
    group_type: Literal["group", "tenant_group"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/groups/{group_id}",
        path_params={"project_id": project_id, "group_id": group_id},
        query={"group_type": group_type},
        accept="application/json",
        responses={"200": ("json", ProjectGroup)},
        security=(("AdminApiKeyAuth",),),
    )


def _remove_project_group_call(
    project_id: str,
    group_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/projects/{project_id}/groups/{group_id}",
        path_params={"project_id": project_id, "group_id": group_id},
        accept="application/json",
        responses={"200": ("json", ProjectGroupDeletedResource)},
        security=(("AdminApiKeyAuth",),),
    )


class ProjectGroupsApi:
    """Project groups operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_project_groups(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectGroupListResource:
        """Lists the groups that have access to a project.

        Args:
            project_id: The ID of the project to inspect.
            limit: A limit on the number of project groups to return. Defaults to 20.
            after: Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next page.
            order: Sort order for the returned groups.

        Returns:
            ProjectGroupListResource
        """
        response = self.list_project_groups_with_http_info(
            project_id=project_id,
            limit=limit,
            after=after,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_project_groups_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectGroupListResource]:
        """Like :meth:`list_project_groups`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_project_groups_call(project_id=project_id, limit=limit, after=after, order=order),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def add_project_group(
        self,
        project_id: str,
        invite_project_group_body: InviteProjectGroupBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectGroup:
        """Grants a group access to a project.

        Args:
            project_id: The ID of the project to update.
            invite_project_group_body: Identifies the group and role to assign to the project.

        Returns:
            ProjectGroup
        """
        response = self.add_project_group_with_http_info(
            project_id=project_id,
            invite_project_group_body=invite_project_group_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def add_project_group_with_http_info(
        self,
        project_id: str,
        invite_project_group_body: InviteProjectGroupBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectGroup]:
        """Like :meth:`add_project_group`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _add_project_group_call(
                project_id=project_id, invite_project_group_body=invite_project_group_body
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

    def retrieve_project_group(
        self,
        project_id: str,
        group_id: str,
        *,
        group_type: Literal["group", "tenant_group"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectGroup:
        """Retrieves a project's group.

        Args:
            project_id: The ID of the project to inspect.
            group_id: The ID of the group to retrieve.
            group_type: The type of group to retrieve.

        Returns:
            ProjectGroup
        """
        response = self.retrieve_project_group_with_http_info(
            project_id=project_id,
            group_id=group_id,
            group_type=group_type,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_project_group_with_http_info(
        self,
        project_id: str,
        group_id: str,
        *,
        group_type: Literal["group", "tenant_group"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectGroup]:
        """Like :meth:`retrieve_project_group`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_project_group_call(
                project_id=project_id, group_id=group_id, group_type=group_type
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

    def remove_project_group(
        self,
        project_id: str,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectGroupDeletedResource:
        """Revokes a group's access to a project.

        Args:
            project_id: The ID of the project to update.
            group_id: The ID of the group to remove from the project.

        Returns:
            ProjectGroupDeletedResource
        """
        response = self.remove_project_group_with_http_info(
            project_id=project_id,
            group_id=group_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def remove_project_group_with_http_info(
        self,
        project_id: str,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectGroupDeletedResource]:
        """Like :meth:`remove_project_group`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _remove_project_group_call(project_id=project_id, group_id=group_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncProjectGroupsApi:
    """Project groups operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_project_groups(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectGroupListResource:
        """Lists the groups that have access to a project.

        Args:
            project_id: The ID of the project to inspect.
            limit: A limit on the number of project groups to return. Defaults to 20.
            after: Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next page.
            order: Sort order for the returned groups.

        Returns:
            ProjectGroupListResource
        """
        response = await self.list_project_groups_with_http_info(
            project_id=project_id,
            limit=limit,
            after=after,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_project_groups_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectGroupListResource]:
        """Like :meth:`list_project_groups`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_project_groups_call(project_id=project_id, limit=limit, after=after, order=order),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def add_project_group(
        self,
        project_id: str,
        invite_project_group_body: InviteProjectGroupBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectGroup:
        """Grants a group access to a project.

        Args:
            project_id: The ID of the project to update.
            invite_project_group_body: Identifies the group and role to assign to the project.

        Returns:
            ProjectGroup
        """
        response = await self.add_project_group_with_http_info(
            project_id=project_id,
            invite_project_group_body=invite_project_group_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def add_project_group_with_http_info(
        self,
        project_id: str,
        invite_project_group_body: InviteProjectGroupBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectGroup]:
        """Like :meth:`add_project_group`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _add_project_group_call(
                project_id=project_id, invite_project_group_body=invite_project_group_body
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

    async def retrieve_project_group(
        self,
        project_id: str,
        group_id: str,
        *,
        group_type: Literal["group", "tenant_group"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectGroup:
        """Retrieves a project's group.

        Args:
            project_id: The ID of the project to inspect.
            group_id: The ID of the group to retrieve.
            group_type: The type of group to retrieve.

        Returns:
            ProjectGroup
        """
        response = await self.retrieve_project_group_with_http_info(
            project_id=project_id,
            group_id=group_id,
            group_type=group_type,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_project_group_with_http_info(
        self,
        project_id: str,
        group_id: str,
        *,
        group_type: Literal["group", "tenant_group"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectGroup]:
        """Like :meth:`retrieve_project_group`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_project_group_call(
                project_id=project_id, group_id=group_id, group_type=group_type
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

    async def remove_project_group(
        self,
        project_id: str,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectGroupDeletedResource:
        """Revokes a group's access to a project.

        Args:
            project_id: The ID of the project to update.
            group_id: The ID of the group to remove from the project.

        Returns:
            ProjectGroupDeletedResource
        """
        response = await self.remove_project_group_with_http_info(
            project_id=project_id,
            group_id=group_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def remove_project_group_with_http_info(
        self,
        project_id: str,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectGroupDeletedResource]:
        """Like :meth:`remove_project_group`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _remove_project_group_call(project_id=project_id, group_id=group_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
