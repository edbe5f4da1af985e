"""Roles operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.public_create_organization_role_body import PublicCreateOrganizationRoleBody
from ..models.public_role_list_resource import PublicRoleListResource
from ..models.public_update_organization_role_body import PublicUpdateOrganizationRoleBody
from ..models.role import Role
from ..models.role_deleted_resource import RoleDeletedResource

__all__ = ["RolesApi", "AsyncRolesApi"]


def _list_roles_call(
    limit: int | None,
    after: str | None,
    order: Literal["asc", "desc"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/roles",
        query={"limit": limit, "after": after, "order": order},
        accept="application/json",
        responses={"200": ("json", PublicRoleListResource)},
        security=(("AdminApiKeyAuth",),),
    )


def _create_role_call(
    public_create_organization_role_body: PublicCreateOrganizationRoleBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/roles",
        body_kind="json",
        json=json_body(public_create_organization_role_body, PublicCreateOrganizationRoleBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Role)},
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_role_call(
    role_id: str,
) -> Call:
    return Call(
        "GET",
        "/organization/roles/{role_id}",
        path_params={"role_id": role_id},
        accept="application/json",
        responses={"200": ("json", Role)},
        security=(("AdminApiKeyAuth",),),
    )


def _update_role_call(
    role_id: str,
    public_update_organization_role_body: PublicUpdateOrganizationRoleBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/roles/{role_id}",
        path_params={"role_id": role_id},
        body_kind="json",
        json=json_body(public_update_organization_role_body, PublicUpdateOrganizationRoleBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Role)},
        security=(("AdminApiKeyAuth",),),
    )


def _delete_role_call(
    role_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/roles/{role_id}",
        path_params={"role_id": role_id},
        accept="application/json",
        responses={"200": ("json", RoleDeletedResource)},
        security=(("AdminApiKeyAuth",),),
    )


def _list_project_roles_call(
    project_id: str,
    limit: int | None,
    after: str | None,
    order: Literal["asc", "desc"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/projects/{project_id}/roles",
        path_params={"project_id": project_id},
        query={"limit": limit, "after": after, "order": order},
        accept="application/json",
        responses={"200": ("json", PublicRoleListResource)},
        security=(("AdminApiKeyAuth",),),
    )


def _create_project_role_call(
    project_id: str,
    public_create_organization_role_body: PublicCreateOrganizationRoleBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/projects/{project_id}/roles",
        path_params={"project_id": project_id},
        body_kind="json",
        json=json_body(public_create_organization_role_body, PublicCreateOrganizationRoleBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Role)},
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_project_role_call(
    project_id: str,
    role_id: str,
) -> Call:
    return Call(
        "GET",
        "/projects/{project_id}/roles/{role_id}",
        path_params={"project_id": project_id, "role_id": role_id},
        accept="application/json",
        responses={"200": ("json", Role)},
        security=(("AdminApiKeyAuth",),),
    )


def _update_project_role_call(
    project_id: str,
    role_id: str,
    public_update_organization_role_body: PublicUpdateOrganizationRoleBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/projects/{project_id}/roles/{role_id}",
        path_params={"project_id": project_id, "role_id": role_id},
        body_kind="json",
        json=json_body(public_update_organization_role_body, PublicUpdateOrganizationRoleBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Role)},
        security=(("AdminApiKeyAuth",),),
    )


def _delete_project_role_call(
    project_id: str,
    role_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/projects/{project_id}/roles/{role_id}",
        path_params={"project_id": project_id, "role_id": role_id},
        accept="application/json",
        responses={"200": ("json", RoleDeletedResource)},
        security=(("AdminApiKeyAuth",),),
    )


class RolesApi:
    """Roles operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_roles(
        self,
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
    ) -> PublicRoleListResource:
        """Lists the roles configured for the organization.

        Args:
            limit: A limit on the number of roles to return. Defaults to 1000.
            after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
            order: Sort order for the returned roles.

        Returns:
            PublicRoleListResource
        """
        response = self.list_roles_with_http_info(
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

    def list_roles_with_http_info(
        self,
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
    ) -> ApiResponse[PublicRoleListResource]:
        """Like :meth:`list_roles`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_roles_call(limit=limit, after=after, order=order),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_roles_iter(
        self,
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
    ) -> SyncPage[Role]:
        """Auto-paging :meth:`list_roles`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[Role]:
            page = self.list_roles(
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

    def create_role(
        self,
        public_create_organization_role_body: PublicCreateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Role:
        """Creates a custom role for the organization.

        Args:
            public_create_organization_role_body: Parameters for the role you want to create.

        Returns:
            Role
        """
        response = self.create_role_with_http_info(
            public_create_organization_role_body=public_create_organization_role_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_role_with_http_info(
        self,
        public_create_organization_role_body: PublicCreateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`create_role`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_role_call(
                public_create_organization_role_body=public_create_organization_role_body
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

    def retrieve_role(
        self,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Role:
        """Retrieves an organization role.

        Args:
            role_id: The ID of the role to retrieve.

        Returns:
            Role
        """
        response = self.retrieve_role_with_http_info(
            role_id=role_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_role_with_http_info(
        self,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`retrieve_role`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_role_call(role_id=role_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_role(
        self,
        role_id: str,
        public_update_organization_role_body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Role:
        """Updates an existing organization role.

        Args:
            role_id: The ID of the role to update.
            public_update_organization_role_body: Fields to update on the role.

        Returns:
            Role
        """
        response = self.update_role_with_http_info(
            role_id=role_id,
            public_update_organization_role_body=public_update_organization_role_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_role_with_http_info(
        self,
        role_id: str,
        public_update_organization_role_body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`update_role`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_role_call(
                role_id=role_id,
                public_update_organization_role_body=public_update_organization_role_body,
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

    def delete_role(
        self,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RoleDeletedResource:
        """Deletes a custom role from the organization.

        Args:
            role_id: The ID of the role to delete.

        Returns:
            RoleDeletedResource
        """
        response = self.delete_role_with_http_info(
            role_id=role_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_role_with_http_info(
        self,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RoleDeletedResource]:
        """Like :meth:`delete_role`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_role_call(role_id=role_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_project_roles(
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
    ) -> PublicRoleListResource:
        """Lists the roles configured for a project.

        Args:
            project_id: The ID of the project to inspect.
            limit: A limit on the number of roles to return. Defaults to 1000.
            after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
            order: Sort order for the returned roles.

        Returns:
            PublicRoleListResource
        """
        response = self.list_project_roles_with_http_info(
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

    def list_project_roles_with_http_info(
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
    ) -> ApiResponse[PublicRoleListResource]:
        """Like :meth:`list_project_roles`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_project_roles_call(project_id=project_id, limit=limit, after=after, order=order),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_project_roles_iter(
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
    ) -> SyncPage[Role]:
        """Auto-paging :meth:`list_project_roles`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[Role]:
            page = self.list_project_roles(
                project_id=project_id,
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

    def create_project_role(
        self,
        project_id: str,
        public_create_organization_role_body: PublicCreateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Role:
        """Creates a custom role for a project.

        Args:
            project_id: The ID of the project to update.
            public_create_organization_role_body: Parameters for the project role you want to create.

        Returns:
            Role
        """
        response = self.create_project_role_with_http_info(
            project_id=project_id,
            public_create_organization_role_body=public_create_organization_role_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_project_role_with_http_info(
        self,
        project_id: str,
        public_create_organization_role_body: PublicCreateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`create_project_role`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_project_role_call(
                project_id=project_id,
                public_create_organization_role_body=public_create_organization_role_body,
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

    def retrieve_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Role:
        """Retrieves a project role.

        Args:
            project_id: The ID of the project.
            role_id: The ID of the role to retrieve.

        Returns:
            Role
        """
        response = self.retrieve_project_role_with_http_info(
            project_id=project_id,
            role_id=role_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`retrieve_project_role`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_project_role_call(project_id=project_id, role_id=role_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_project_role(
        self,
        project_id: str,
        role_id: str,
        public_update_organization_role_body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Role:
        """Updates an existing project role.

        Args:
            project_id: The ID of the project to update.
            role_id: The ID of the role to update.
            public_update_organization_role_body: Fields to update on the project role.

        Returns:
            Role
        """
        response = self.update_project_role_with_http_info(
            project_id=project_id,
            role_id=role_id,
            public_update_organization_role_body=public_update_organization_role_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        public_update_organization_role_body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`update_project_role`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_project_role_call(
                project_id=project_id,
                role_id=role_id,
                public_update_organization_role_body=public_update_organization_role_body,
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

    def delete_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RoleDeletedResource:
        """Deletes a custom role from a project.

        Args:
            project_id: The ID of the project to update.
            role_id: The ID of the role to delete.

        Returns:
            RoleDeletedResource
        """
        response = self.delete_project_role_with_http_info(
            project_id=project_id,
            role_id=role_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RoleDeletedResource]:
        """Like :meth:`delete_project_role`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_project_role_call(project_id=project_id, role_id=role_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncRolesApi:
    """Roles operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_roles(
        self,
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
    ) -> PublicRoleListResource:
        """Lists the roles configured for the organization.

        Args:
            limit: A limit on the number of roles to return. Defaults to 1000.
            after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
            order: Sort order for the returned roles.

        Returns:
            PublicRoleListResource
        """
        response = await self.list_roles_with_http_info(
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

    async def list_roles_with_http_info(
        self,
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
    ) -> ApiResponse[PublicRoleListResource]:
        """Like :meth:`list_roles`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_roles_call(limit=limit, after=after, order=order),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_roles_iter(
        self,
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
    ) -> AsyncPager[Role]:
        """Auto-paging :meth:`list_roles`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[Role]:
            page = await self.list_roles(
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

        async def first() -> AsyncPage[Role]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_role(
        self,
        public_create_organization_role_body: PublicCreateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Role:
        """Creates a custom role for the organization.

        Args:
            public_create_organization_role_body: Parameters for the role you want to create.

        Returns:
            Role
        """
        response = await self.create_role_with_http_info(
            public_create_organization_role_body=public_create_organization_role_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_role_with_http_info(
        self,
        public_create_organization_role_body: PublicCreateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`create_role`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_role_call(
                public_create_organization_role_body=public_create_organization_role_body
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

    async def retrieve_role(
        self,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Role:
        """Retrieves an organization role.

        Args:
            role_id: The ID of the role to retrieve.

        Returns:
            Role
        """
        response = await self.retrieve_role_with_http_info(
            role_id=role_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_role_with_http_info(
        self,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`retrieve_role`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_role_call(role_id=role_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_role(
        self,
        role_id: str,
        public_update_organization_role_body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Role:
        """Updates an existing organization role.

        Args:
            role_id: The ID of the role to update.
            public_update_organization_role_body: Fields to update on the role.

        Returns:
            Role
        """
        response = await self.update_role_with_http_info(
            role_id=role_id,
            public_update_organization_role_body=public_update_organization_role_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_role_with_http_info(
        self,
        role_id: str,
        public_update_organization_role_body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`update_role`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_role_call(
                role_id=role_id,
                public_update_organization_role_body=public_update_organization_role_body,
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

    async def delete_role(
        self,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RoleDeletedResource:
        """Deletes a custom role from the organization.

        Args:
            role_id: The ID of the role to delete.

        Returns:
            RoleDeletedResource
        """
        response = await self.delete_role_with_http_info(
            role_id=role_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_role_with_http_info(
        self,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RoleDeletedResource]:
        """Like :meth:`delete_role`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_role_call(role_id=role_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_project_roles(
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
    ) -> PublicRoleListResource:
        """Lists the roles configured for a project.

        Args:
            project_id: The ID of the project to inspect.
            limit: A limit on the number of roles to return. Defaults to 1000.
            after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
            order: Sort order for the returned roles.

        Returns:
            PublicRoleListResource
        """
        response = await self.list_project_roles_with_http_info(
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

    async def list_project_roles_with_http_info(
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
    ) -> ApiResponse[PublicRoleListResource]:
        """Like :meth:`list_project_roles`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_project_roles_call(project_id=project_id, limit=limit, after=after, order=order),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_project_roles_iter(
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
    ) -> AsyncPager[Role]:
        """Auto-paging :meth:`list_project_roles`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[Role]:
            page = await self.list_project_roles(
                project_id=project_id,
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

        async def first() -> AsyncPage[Role]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_project_role(
        self,
        project_id: str,
        public_create_organization_role_body: PublicCreateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Role:
        """Creates a custom role for a project.

        Args:
            project_id: The ID of the project to update.
            public_create_organization_role_body: Parameters for the project role you want to create.

        Returns:
            Role
        """
        response = await self.create_project_role_with_http_info(
            project_id=project_id,
            public_create_organization_role_body=public_create_organization_role_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_project_role_with_http_info(
        self,
        project_id: str,
        public_create_organization_role_body: PublicCreateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`create_project_role`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_project_role_call(
                project_id=project_id,
                public_create_organization_role_body=public_create_organization_role_body,
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

    async def retrieve_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Role:
        """Retrieves a project role.

        Args:
            project_id: The ID of the project.
            role_id: The ID of the role to retrieve.

        Returns:
            Role
        """
        response = await self.retrieve_project_role_with_http_info(
            project_id=project_id,
            role_id=role_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`retrieve_project_role`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_project_role_call(project_id=project_id, role_id=role_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_project_role(
        self,
        project_id: str,
        role_id: str,
        public_update_organization_role_body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Role:
        """Updates an existing project role.

        Args:
            project_id: The ID of the project to update.
            role_id: The ID of the role to update.
            public_update_organization_role_body: Fields to update on the project role.

        Returns:
            Role
        """
        response = await self.update_project_role_with_http_info(
            project_id=project_id,
            role_id=role_id,
            public_update_organization_role_body=public_update_organization_role_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        public_update_organization_role_body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`update_project_role`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_project_role_call(
                project_id=project_id,
                role_id=role_id,
                public_update_organization_role_body=public_update_organization_role_body,
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

    async def delete_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RoleDeletedResource:
        """Deletes a custom role from a project.

        Args:
            project_id: The ID of the project to update.
            role_id: The ID of the role to delete.

        Returns:
            RoleDeletedResource
        """
        response = await self.delete_project_role_with_http_info(
            project_id=project_id,
            role_id=role_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RoleDeletedResource]:
        """Like :meth:`delete_project_role`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_project_role_call(project_id=project_id, role_id=role_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
