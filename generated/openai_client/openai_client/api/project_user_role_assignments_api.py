"""Project user role assignments operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.assigned_role_details import AssignedRoleDetails
from ..models.deleted_role_assignment_resource import DeletedRoleAssignmentResource
from ..models.public_assign_organization_group_role_body import (
    PublicAssignOrganizationGroupRoleBody,
)
from ..models.role_list_resource import RoleListResource
from ..models.user_role_assignment import UserRoleAssignment

__all__ = ["ProjectUserRoleAssignmentsApi", "AsyncProjectUserRoleAssignmentsApi"]


def _list_project_user_role_assignments_call(
    project_id: str,
    user_id: str,
    limit: int | None,
    after: str | None,
    order: Literal["asc", "desc"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/projects/{project_id}/users/{user_id}/roles",
        path_params={"project_id": project_id, "user_id": user_id},
        query={"limit": limit, "after": after, "order": order},
        accept="application/json",
        responses={"200": ("json", RoleListResource)},
        security=(("AdminApiKeyAuth",),),
    )


def _assign_project_user_role_call(
    project_id: str,
    user_id: str,
    public_assign_organization_group_role_body: (
        PublicAssignOrganizationGroupRoleBody | dict[str, Any]
    ),
) -> Call:
    return Call(
        "POST",
        "/projects/{project_id}/users/{user_id}/roles",
        path_params={"project_id": project_id, "user_id": user_id},
        body_kind="json",
        json=json_body(
            public_assign_organization_group_role_body, PublicAssignOrganizationGroupRoleBody
        ),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", UserRoleAssignment)},
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_project_user_role_call(
    project_id: str,
    user_id: str,
    role_id: str,
) -> Call:
    return Call(
        "GET",
        "/projects/{project_id}/users/{user_id}/roles/{role_id}",
        path_params={"project_id": project_id, "user_id": user_id, "role_id": role_id},
        accept="application/json",
        responses={"200": ("json", AssignedRoleDetails)},
        security=(("AdminApiKeyAuth",),),
    )


def _unassign_project_user_role_call(
    project_id: str,
    user_id: str,
    role_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/projects/{project_id}/users/{user_id}/roles/{role_id}",
        path_params={"project_id": project_id, "user_id": user_id, "role_id": role_id},
        accept="application/json",
        responses={"200": ("json", DeletedRoleAssignmentResource)},
        security=(("AdminApiKeyAuth",),),
    )


class ProjectUserRoleAssignmentsApi:
    """Project user role assignments operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_project_user_role_assignments(
        self,
        project_id: str,
        user_id: str,
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
    ) -> RoleListResource:
        """Lists the project roles assigned to a user within a project.

        Args:
            project_id: The ID of the project to inspect.
            user_id: The ID of the user to inspect.
            limit: A limit on the number of project role assignments to return.
            after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
            order: Sort order for the returned project roles.

        Returns:
            RoleListResource
        """
        response = self.list_project_user_role_assignments_with_http_info(
            project_id=project_id,
            user_id=user_id,
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

    def list_project_user_role_assignments_with_http_info(
        self,
        project_id: str,
        user_id: str,
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
    ) -> ApiResponse[RoleListResource]:
        """Like :meth:`list_project_user_role_assignments`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_project_user_role_assignments_call(
                project_id=project_id, user_id=user_id, limit=limit, after=after, order=order
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

    def list_project_user_role_assignments_iter(
        self,
        project_id: str,
        user_id: str,
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
    ) -> SyncPage[AssignedRoleDetails]:
        """Auto-paging :meth:`list_project_user_role_assignments`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[AssignedRoleDetails]:
            page = self.list_project_user_role_assignments(
                project_id=project_id,
                user_id=user_id,
                limit=limit,
                after=cursor,
                order=order,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = items[-1].id if items else None
            return SyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        return fetch(after)

    def assign_project_user_role(
        self,
        project_id: str,
        user_id: str,
        public_assign_organization_group_role_body: (
            PublicAssignOrganizationGroupRoleBody | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UserRoleAssignment:
        """Assigns a project role to a user within a project.

        Args:
            project_id: The ID of the project to update.
            user_id: The ID of the user that should receive the project role.
            public_assign_organization_group_role_body: Identifies the project role to assign to the user.

        Returns:
            UserRoleAssignment
        """
        response = self.assign_project_user_role_with_http_info(
            project_id=project_id,
            user_id=user_id,
            public_assign_organization_group_role_body=public_assign_organization_group_role_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def assign_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        public_assign_organization_group_role_body: (
            PublicAssignOrganizationGroupRoleBody | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UserRoleAssignment]:
        """Like :meth:`assign_project_user_role`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _assign_project_user_role_call(
                project_id=project_id,
                user_id=user_id,
                public_assign_organization_group_role_body=public_assign_organization_group_role_body,
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

    def retrieve_project_user_role(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a user.

        Args:
            project_id: The ID of the project to inspect.
            user_id: The ID of the user to inspect.
            role_id: The ID of the project role to retrieve for the user.

        Returns:
            AssignedRoleDetails
        """
        response = self.retrieve_project_user_role_with_http_info(
            project_id=project_id,
            user_id=user_id,
            role_id=role_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AssignedRoleDetails]:
        """Like :meth:`retrieve_project_user_role`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_project_user_role_call(
                project_id=project_id, user_id=user_id, role_id=role_id
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

    def unassign_project_user_role(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a user within a project.

        Args:
            project_id: The ID of the project to modify.
            user_id: The ID of the user whose project role assignment should be removed.
            role_id: The ID of the project role to remove from the user.

        Returns:
            DeletedRoleAssignmentResource
        """
        response = self.unassign_project_user_role_with_http_info(
            project_id=project_id,
            user_id=user_id,
            role_id=role_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def unassign_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeletedRoleAssignmentResource]:
        """Like :meth:`unassign_project_user_role`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _unassign_project_user_role_call(
                project_id=project_id, user_id=user_id, role_id=role_id
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


class AsyncProjectUserRoleAssignmentsApi:
    """Project user role assignments operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_project_user_role_assignments(
        self,
        project_id: str,
        user_id: str,
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
    ) -> RoleListResource:
        """Lists the project roles assigned to a user within a project.

        Args:
            project_id: The ID of the project to inspect.
            user_id: The ID of the user to inspect.
            limit: A limit on the number of project role assignments to return.
            after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
            order: Sort order for the returned project roles.

        Returns:
            RoleListResource
        """
        response = await self.list_project_user_role_assignments_with_http_info(
            project_id=project_id,
            user_id=user_id,
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

    async def list_project_user_role_assignments_with_http_info(
        self,
        project_id: str,
        user_id: str,
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
    ) -> ApiResponse[RoleListResource]:
        """Like :meth:`list_project_user_role_assignments`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_project_user_role_assignments_call(
                project_id=project_id, user_id=user_id, limit=limit, after=after, order=order
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

    def list_project_user_role_assignments_iter(
        self,
        project_id: str,
        user_id: str,
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
    ) -> AsyncPager[AssignedRoleDetails]:
        """Auto-paging :meth:`list_project_user_role_assignments`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[AssignedRoleDetails]:
            page = await self.list_project_user_role_assignments(
                project_id=project_id,
                user_id=user_id,
                limit=limit,
                after=cursor,
                order=order,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = items[-1].id if items else None
            return AsyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        async def first() -> AsyncPage[AssignedRoleDetails]:
            return await fetch(after)

        return AsyncPager(first)

    async def assign_project_user_role(
        self,
        project_id: str,
        user_id: str,
        public_assign_organization_group_role_body: (
            PublicAssignOrganizationGroupRoleBody | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UserRoleAssignment:
        """Assigns a project role to a user within a project.

        Args:
            project_id: The ID of the project to update.
            user_id: The ID of the user that should receive the project role.
            public_assign_organization_group_role_body: Identifies the project role to assign to the user.

        Returns:
            UserRoleAssignment
        """
        response = await self.assign_project_user_role_with_http_info(
            project_id=project_id,
            user_id=user_id,
            public_assign_organization_group_role_body=public_assign_organization_group_role_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def assign_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        public_assign_organization_group_role_body: (
            PublicAssignOrganizationGroupRoleBody | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UserRoleAssignment]:
        """Like :meth:`assign_project_user_role`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _assign_project_user_role_call(
                project_id=project_id,
                user_id=user_id,
                public_assign_organization_group_role_body=public_assign_organization_group_role_body,
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

    async def retrieve_project_user_role(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a user.

        Args:
            project_id: The ID of the project to inspect.
            user_id: The ID of the user to inspect.
            role_id: The ID of the project role to retrieve for the user.

        Returns:
            AssignedRoleDetails
        """
        response = await self.retrieve_project_user_role_with_http_info(
            project_id=project_id,
            user_id=user_id,
            role_id=role_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AssignedRoleDetails]:
        """Like :meth:`retrieve_project_user_role`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_project_user_role_call(
                project_id=project_id, user_id=user_id, role_id=role_id
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

    async def unassign_project_user_role(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a user within a project.

        Args:
            project_id: The ID of the project to modify.
            user_id: The ID of the user whose project role assignment should be removed.
            role_id: The ID of the project role to remove from the user.

        Returns:
            DeletedRoleAssignmentResource
        """
        response = await self.unassign_project_user_role_with_http_info(
            project_id=project_id,
            user_id=user_id,
            role_id=role_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def unassign_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeletedRoleAssignmentResource]:
        """Like :meth:`unassign_project_user_role`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _unassign_project_user_role_call(
                project_id=project_id, user_id=user_id, role_id=role_id
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
