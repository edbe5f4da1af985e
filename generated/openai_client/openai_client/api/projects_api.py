"""Projects operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.error_response import ErrorResponse
from ..models.project import Project
from ..models.project_api_key import ProjectApiKey
from ..models.project_api_key_delete_response import ProjectApiKeyDeleteResponse
from ..models.project_api_key_list_response import ProjectApiKeyListResponse
from ..models.project_create_request import ProjectCreateRequest
from ..models.project_list_response import ProjectListResponse
from ..models.project_model_permissions import ProjectModelPermissions
from ..models.project_model_permissions_delete_response import ProjectModelPermissionsDeleteResponse
from ..models.project_model_permissions_update_request import ProjectModelPermissionsUpdateRequest
from ..models.project_rate_limit import ProjectRateLimit
from ..models.project_rate_limit_list_response import ProjectRateLimitListResponse
from ..models.project_rate_limit_update_request import ProjectRateLimitUpdateRequest
from ..models.project_service_account import ProjectServiceAccount
from ..models.project_service_account_create_request import ProjectServiceAccountCreateRequest
from ..models.project_service_account_create_response import ProjectServiceAccountCreateResponse
from ..models.project_service_account_delete_response import ProjectServiceAccountDeleteResponse
from ..models.project_service_account_list_response import ProjectServiceAccountListResponse
from ..models.project_update_request import ProjectUpdateRequest
from ..models.project_user import ProjectUser
from ..models.project_user_create_request import ProjectUserCreateRequest
from ..models.project_user_delete_response import ProjectUserDeleteResponse
from ..models.project_user_list_response import ProjectUserListResponse
from ..models.project_user_update_request import ProjectUserUpdateRequest
from ..models.update_project_service_account_body import UpdateProjectServiceAccountBody

__all__ = ["ProjectsApi", "AsyncProjectsApi"]


def _list_projects_call(
    limit: int | None,
    after: str | None,
    include_archived: bool | None,
) -> Call:
    return Call(
        "GET",
        "/organization/projects",
        query={"limit": limit, "after": after, "include_archived": include_archived},
        accept="application/json",
        responses={"200": ("json", ProjectListResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _create_project_call(
    project_create_request: ProjectCreateRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects",
        body_kind="json",
        json=json_body(project_create_request, ProjectCreateRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Project)},
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_project_call(
    project_id: str,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}",
        path_params={"project_id": project_id},
        accept="application/json",
        responses={"200": ("json", Project)},
        security=(("AdminApiKeyAuth",),),
    )


def _modify_project_call(
    project_id: str,
    project_update_request: ProjectUpdateRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}",
        path_params={"project_id": project_id},
        body_kind="json",
        json=json_body(project_update_request, ProjectUpdateRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Project), "400": ("json", ErrorResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _list_project_api_keys_call(
    project_id: str,
    limit: int | None,
    after: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/api_keys",
        path_params={"project_id": project_id},
        query={"limit": limit, "after": after},
        accept="application/json",
        responses={"200": ("json", ProjectApiKeyListResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_project_api_key_call(
    project_id: str,
    api_key_id: str,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/api_keys/{api_key_id}",
        path_params={"project_id": project_id, "api_key_id": api_key_id},
        accept="application/json",
        responses={"200": ("json", ProjectApiKey)},
        security=(("AdminApiKeyAuth",),),
    )


def _delete_project_api_key_call(
    project_id: str,
    api_key_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/projects/{project_id}/api_keys/{api_key_id}",
        path_params={"project_id": project_id, "api_key_id": api_key_id},
        accept="application/json",
        responses={"200": ("json", ProjectApiKeyDeleteResponse), "400": ("json", ErrorResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _archive_project_call(
    project_id: str,
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/archive",
        path_params={"project_id": project_id},
        accept="application/json",
        responses={"200": ("json", Project)},
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_project_model_permissions_call(
    project_id: str,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/model_permissions",
        path_params={"project_id": project_id},
        accept="application/json",
        responses={"200": ("json", ProjectModelPermissions)},
        security=(("AdminApiKeyAuth",),),
    )


def _update_project_model_permissions_call(
    project_id: str,
    project_model_permissions_update_request: ProjectModelPermissionsUpdateRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/model_permissions",
        path_params={"project_id": project_id},
        body_kind="json",
        json=json_body(
            project_model_permissions_update_request, ProjectModelPermissionsUpdateRequest
        ),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ProjectModelPermissions)},
        security=(("AdminApiKeyAuth",),),
    )


def _delete_project_model_permissions_call(
    project_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/projects/{project_id}/model_permissions",
        path_params={"project_id": project_id},
        accept="application/json",
        responses={"200": ("json", ProjectModelPermissionsDeleteResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _list_project_rate_limits_call(
    project_id: str,
    limit: int | None,
    after: str | None,
    before: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/rate_limits",
        path_params={"project_id": project_id},
        query={"limit": limit, "after": after, "before": before},
        accept="application/json",
        responses={"200": ("json", ProjectRateLimitListResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _update_project_rate_limits_call(
    project_id: str,
    rate_limit_id: str,
    project_rate_limit_update_request: ProjectRateLimitUpdateRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/rate_limits/{rate_limit_id}",
        path_params={"project_id": project_id, "rate_limit_id": rate_limit_id},
        body_kind="json",
        json=json_body(project_rate_limit_update_request, ProjectRateLimitUpdateRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ProjectRateLimit), "400": ("json", ErrorResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _list_project_service_accounts_call(
    project_id: str,
    limit: int | None,
    after: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/service_accounts",
        path_params={"project_id": project_id},
        query={"limit": limit, "after": after},
        accept="application/json",
        responses={
            "200": ("json", ProjectServiceAccountListResponse),
            "400": ("json", ErrorResponse),
        },
        security=(("AdminApiKeyAuth",),),
    )


def _create_project_service_account_call(
    project_id: str,
    project_service_account_create_request: ProjectServiceAccountCreateRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/service_accounts",
        path_params={"project_id": project_id},
        body_kind="json",
        json=json_body(project_service_account_create_request, ProjectServiceAccountCreateRequest),
        has_json=True,
        accept="application/json",
        responses={
            "200": ("json", ProjectServiceAccountCreateResponse),
            "400": ("json", ErrorResponse),
        },
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_project_service_account_call(
    project_id: str,
    service_account_id: str,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/service_accounts/{service_account_id}",
        path_params={"project_id": project_id, "service_account_id": service_account_id},
        accept="application/json",
        responses={"200": ("json", ProjectServiceAccount)},
        security=(("AdminApiKeyAuth",),),
    )


def _update_project_service_account_call(
    project_id: str,
    service_account_id: str,
    update_project_service_account_body: UpdateProjectServiceAccountBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/service_accounts/{service_account_id}",
        path_params={"project_id": project_id, "service_account_id": service_account_id},
        body_kind="json",
        json=json_body(update_project_service_account_body, UpdateProjectServiceAccountBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ProjectServiceAccount)},
        security=(("AdminApiKeyAuth",),),
    )


def _delete_project_service_account_call(
    project_id: str,
    service_account_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/projects/{project_id}/service_accounts/{service_account_id}",
        path_params={"project_id": project_id, "service_account_id": service_account_id},
        accept="application/json",
        responses={"200": ("json", ProjectServiceAccountDeleteResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _list_project_users_call(
    project_id: str,
    limit: int | None,
    after: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/users",
        path_params={"project_id": project_id},
        query={"limit": limit, "after": after},
        accept="application/json",
        responses={"200": ("json", ProjectUserListResponse), "400": ("json", ErrorResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _create_project_user_call(
    project_id: str,
    project_user_create_request: ProjectUserCreateRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/users",
        path_params={"project_id": project_id},
        body_kind="json",
        json=json_body(project_user_create_request, ProjectUserCreateRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ProjectUser), "400": ("json", ErrorResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_project_user_call(
    project_id: str,
    user_id: str,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/users/{user_id}",
        path_params={"project_id": project_id, "user_id": user_id},
        accept="application/json",
        responses={"200": ("json", ProjectUser)},
        security=(("AdminApiKeyAuth",),),
    )


def _modify_project_user_call(
    project_id: str,
    user_id: str,
    project_user_update_request: ProjectUserUpdateRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/users/{user_id}",
        path_params={"project_id": project_id, "user_id": user_id},
        body_kind="json",
        json=json_body(project_user_update_request, ProjectUserUpdateRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ProjectUser), "400": ("json", ErrorResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _delete_project_user_call(
    project_id: str,
    user_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/projects/{project_id}/users/{user_id}",
        path_params={"project_id": project_id, "user_id": user_id},
        accept="application/json",
        responses={"200": ("json", ProjectUserDeleteResponse), "400": ("json", ErrorResponse)},
        security=(("AdminApiKeyAuth",),),
    )


class ProjectsApi:
    """Projects operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_projects(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        include_archived: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectListResponse:
        """Returns a list of projects.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            include_archived: If `true` returns all projects including those that have been `archived`. Archived projects are not included by default.

        Returns:
            ProjectListResponse
        """
        response = self.list_projects_with_http_info(
            limit=limit,
            after=after,
            include_archived=include_archived,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_projects_with_http_info(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        include_archived: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectListResponse]:
        """Like :meth:`list_projects`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_projects_call(limit=limit, after=after, include_archived=include_archived),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_projects_iter(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        include_archived: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[Project]:
        """Auto-paging :meth:`list_projects`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[Project]:
            page = self.list_projects(
                limit=limit,
                after=cursor,
                include_archived=include_archived,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return SyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        return fetch(after)

    def create_project(
        self,
        project_create_request: ProjectCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Project:
        """Create a new project in the organization. Projects can be created and archived, but cannot be deleted.

        Args:
            project_create_request: The project create request payload.

        Returns:
            Project
        """
        response = self.create_project_with_http_info(
            project_create_request=project_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_project_with_http_info(
        self,
        project_create_request: ProjectCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Project]:
        """Like :meth:`create_project`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_project_call(project_create_request=project_create_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_project(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Project:
        """Retrieves a project.

        Args:
            project_id: The ID of the project.

        Returns:
            Project
        """
        response = self.retrieve_project_with_http_info(
            project_id=project_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_project_with_http_info(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Project]:
        """Like :meth:`retrieve_project`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_project_call(project_id=project_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def modify_project(
        self,
        project_id: str,
        project_update_request: ProjectUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Project:
        """Modifies a project in the organization.

        Args:
            project_id: The ID of the project.
            project_update_request: The project update request payload.

        Returns:
            Project
        """
        response = self.modify_project_with_http_info(
            project_id=project_id,
            project_update_request=project_update_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def modify_project_with_http_info(
        self,
        project_id: str,
        project_update_request: ProjectUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Project]:
        """Like :meth:`modify_project`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _modify_project_call(
                project_id=project_id, project_update_request=project_update_request
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

    def list_project_api_keys(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectApiKeyListResponse:
        """Returns a list of API keys in the project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

        Returns:
            ProjectApiKeyListResponse
        """
        response = self.list_project_api_keys_with_http_info(
            project_id=project_id,
            limit=limit,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_project_api_keys_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectApiKeyListResponse]:
        """Like :meth:`list_project_api_keys`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_project_api_keys_call(project_id=project_id, limit=limit, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_project_api_keys_iter(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[ProjectApiKey]:
        """Auto-paging :meth:`list_project_api_keys`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[ProjectApiKey]:
            page = self.list_project_api_keys(
                project_id=project_id,
                limit=limit,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return SyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        return fetch(after)

    def retrieve_project_api_key(
        self,
        project_id: str,
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectApiKey:
        """Retrieves an API key in the project.

        Args:
            project_id: The ID of the project.
            api_key_id: The ID of the API key.

        Returns:
            ProjectApiKey
        """
        response = self.retrieve_project_api_key_with_http_info(
            project_id=project_id,
            api_key_id=api_key_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_project_api_key_with_http_info(
        self,
        project_id: str,
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectApiKey]:
        """Like :meth:`retrieve_project_api_key`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_project_api_key_call(project_id=project_id, api_key_id=api_key_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_project_api_key(
        self,
        project_id: str,
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectApiKeyDeleteResponse:
        """Deletes an API key from the project.

        Returns confirmation of the key deletion, or an error if the key belonged to
        a service account.

        Args:
            project_id: The ID of the project.
            api_key_id: The ID of the API key.

        Returns:
            ProjectApiKeyDeleteResponse
        """
        response = self.delete_project_api_key_with_http_info(
            project_id=project_id,
            api_key_id=api_key_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_project_api_key_with_http_info(
        self,
        project_id: str,
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectApiKeyDeleteResponse]:
        """Like :meth:`delete_project_api_key`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_project_api_key_call(project_id=project_id, api_key_id=api_key_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def archive_project(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Project:
        """Archives a project in the organization. Archived projects cannot be used or updated.

        Args:
            project_id: The ID of the project.

        Returns:
            Project
        """
        response = self.archive_project_with_http_info(
            project_id=project_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def archive_project_with_http_info(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Project]:
        """Like :meth:`archive_project`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _archive_project_call(project_id=project_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_project_model_permissions(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectModelPermissions:
        """Returns model permissions for a project.

        Args:
            project_id: The ID of the project.

        Returns:
            ProjectModelPermissions
        """
        response = self.retrieve_project_model_permissions_with_http_info(
            project_id=project_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectModelPermissions]:
        """Like :meth:`retrieve_project_model_permissions`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_project_model_permissions_call(project_id=project_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_project_model_permissions(
        self,
        project_id: str,
        project_model_permissions_update_request: (
            ProjectModelPermissionsUpdateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectModelPermissions:
        """Updates model permissions for a project.

        Args:
            project_id: The ID of the project.
            project_model_permissions_update_request: The project model permissions update request payload.

        Returns:
            ProjectModelPermissions
        """
        response = self.update_project_model_permissions_with_http_info(
            project_id=project_id,
            project_model_permissions_update_request=project_model_permissions_update_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_project_model_permissions_with_http_info(
        self,
        project_id: str,
        project_model_permissions_update_request: (
            ProjectModelPermissionsUpdateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectModelPermissions]:
        """Like :meth:`update_project_model_permissions`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_project_model_permissions_call(
                project_id=project_id,
                project_model_permissions_update_request=project_model_permissions_update_request,
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

    def delete_project_model_permissions(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectModelPermissionsDeleteResponse:
        """Deletes model permissions for a project.

        Args:
            project_id: The ID of the project.

        Returns:
            ProjectModelPermissionsDeleteResponse
        """
        response = self.delete_project_model_permissions_with_http_info(
            project_id=project_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectModelPermissionsDeleteResponse]:
        """Like :meth:`delete_project_model_permissions`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_project_model_permissions_call(project_id=project_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_project_rate_limits(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectRateLimitListResponse:
        """Returns the rate limits per model for a project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. The default is 100.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

        Returns:
            ProjectRateLimitListResponse
        """
        response = self.list_project_rate_limits_with_http_info(
            project_id=project_id,
            limit=limit,
            after=after,
            before=before,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_project_rate_limits_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectRateLimitListResponse]:
        """Like :meth:`list_project_rate_limits`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_project_rate_limits_call(
                project_id=project_id, limit=limit, after=after, before=before
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

    def list_project_rate_limits_iter(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[ProjectRateLimit]:
        """Auto-paging :meth:`list_project_rate_limits`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[ProjectRateLimit]:
            page = self.list_project_rate_limits(
                project_id=project_id,
                limit=limit,
                after=cursor,
                before=before,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return SyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        return fetch(after)

    def update_project_rate_limits(
        self,
        project_id: str,
        rate_limit_id: str,
        project_rate_limit_update_request: ProjectRateLimitUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectRateLimit:
        """Updates a project rate limit.

        Args:
            project_id: The ID of the project.
            rate_limit_id: The ID of the rate limit.
            project_rate_limit_update_request: The project rate limit update request payload.

        Returns:
            ProjectRateLimit
        """
        response = self.update_project_rate_limits_with_http_info(
            project_id=project_id,
            rate_limit_id=rate_limit_id,
            project_rate_limit_update_request=project_rate_limit_update_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_project_rate_limits_with_http_info(
        self,
        project_id: str,
        rate_limit_id: str,
        project_rate_limit_update_request: ProjectRateLimitUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectRateLimit]:
        """Like :meth:`update_project_rate_limits`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_project_rate_limits_call(
                project_id=project_id,
                rate_limit_id=rate_limit_id,
                project_rate_limit_update_request=project_rate_limit_update_request,
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

    def list_project_service_accounts(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectServiceAccountListResponse:
        """Returns a list of service accounts in the project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

        Returns:
            ProjectServiceAccountListResponse
        """
        response = self.list_project_service_accounts_with_http_info(
            project_id=project_id,
            limit=limit,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_project_service_accounts_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectServiceAccountListResponse]:
        """Like :meth:`list_project_service_accounts`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_project_service_accounts_call(project_id=project_id, limit=limit, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_project_service_accounts_iter(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[ProjectServiceAccount]:
        """Auto-paging :meth:`list_project_service_accounts`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[ProjectServiceAccount]:
            page = self.list_project_service_accounts(
                project_id=project_id,
                limit=limit,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return SyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        return fetch(after)

    def create_project_service_account(
        self,
        project_id: str,
        project_service_account_create_request: ProjectServiceAccountCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectServiceAccountCreateResponse:
        """Creates a new service account in the project. This also returns an unredacted API key for the service account.

        Args:
            project_id: The ID of the project.
            project_service_account_create_request: The project service account create request payload.

        Returns:
            ProjectServiceAccountCreateResponse
        """
        response = self.create_project_service_account_with_http_info(
            project_id=project_id,
            project_service_account_create_request=project_service_account_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_project_service_account_with_http_info(
        self,
        project_id: str,
        project_service_account_create_request: ProjectServiceAccountCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectServiceAccountCreateResponse]:
        """Like :meth:`create_project_service_account`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_project_service_account_call(
                project_id=project_id,
                project_service_account_create_request=project_service_account_create_request,
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

    def retrieve_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectServiceAccount:
        """Retrieves a service account in the project.

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.

        Returns:
            ProjectServiceAccount
        """
        response = self.retrieve_project_service_account_with_http_info(
            project_id=project_id,
            service_account_id=service_account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectServiceAccount]:
        """Like :meth:`retrieve_project_service_account`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_project_service_account_call(
                project_id=project_id, service_account_id=service_account_id
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

    def update_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        update_project_service_account_body: UpdateProjectServiceAccountBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectServiceAccount:
        """Updates a service account in the project.

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.
            update_project_service_account_body: Fields to update on the service account.

        Returns:
            ProjectServiceAccount
        """
        response = self.update_project_service_account_with_http_info(
            project_id=project_id,
            service_account_id=service_account_id,
            update_project_service_account_body=update_project_service_account_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        update_project_service_account_body: UpdateProjectServiceAccountBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectServiceAccount]:
        """Like :meth:`update_project_service_account`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_project_service_account_call(
                project_id=project_id,
                service_account_id=service_account_id,
                update_project_service_account_body=update_project_service_account_body,
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

    def delete_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectServiceAccountDeleteResponse:
        """Deletes a service account from the project.

        Returns confirmation of service account deletion, or an error if the project
        is archived (archived projects have no service accounts).

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.

        Returns:
            ProjectServiceAccountDeleteResponse
        """
        response = self.delete_project_service_account_with_http_info(
            project_id=project_id,
            service_account_id=service_account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectServiceAccountDeleteResponse]:
        """Like :meth:`delete_project_service_account`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_project_service_account_call(
                project_id=project_id, service_account_id=service_account_id
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

    def list_project_users(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectUserListResponse:
        """Returns a list of users in the project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

        Returns:
            ProjectUserListResponse
        """
        response = self.list_project_users_with_http_info(
            project_id=project_id,
            limit=limit,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_project_users_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectUserListResponse]:
        """Like :meth:`list_project_users`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_project_users_call(project_id=project_id, limit=limit, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_project_users_iter(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[ProjectUser]:
        """Auto-paging :meth:`list_project_users`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[ProjectUser]:
            page = self.list_project_users(
                project_id=project_id,
                limit=limit,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return SyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        return fetch(after)

    def create_project_user(
        self,
        project_id: str,
        project_user_create_request: ProjectUserCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectUser:
        """Adds a user to the project. Users must already be members of the organization to be added to a project.

        Args:
            project_id: The ID of the project.
            project_user_create_request: The project user create request payload.

        Returns:
            ProjectUser
        """
        response = self.create_project_user_with_http_info(
            project_id=project_id,
            project_user_create_request=project_user_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_project_user_with_http_info(
        self,
        project_id: str,
        project_user_create_request: ProjectUserCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectUser]:
        """Like :meth:`create_project_user`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_project_user_call(
                project_id=project_id, project_user_create_request=project_user_create_request
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

    def retrieve_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectUser:
        """Retrieves a user in the project.

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.

        Returns:
            ProjectUser
        """
        response = self.retrieve_project_user_with_http_info(
            project_id=project_id,
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectUser]:
        """Like :meth:`retrieve_project_user`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_project_user_call(project_id=project_id, user_id=user_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def modify_project_user(
        self,
        project_id: str,
        user_id: str,
        project_user_update_request: ProjectUserUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectUser:
        """Modifies a user's role in the project.

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.
            project_user_update_request: The project user update request payload.

        Returns:
            ProjectUser
        """
        response = self.modify_project_user_with_http_info(
            project_id=project_id,
            user_id=user_id,
            project_user_update_request=project_user_update_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def modify_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        project_user_update_request: ProjectUserUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectUser]:
        """Like :meth:`modify_project_user`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _modify_project_user_call(
                project_id=project_id,
                user_id=user_id,
                project_user_update_request=project_user_update_request,
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

    def delete_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectUserDeleteResponse:
        """Deletes a user from the project.

        Returns confirmation of project user deletion, or an error if the project is
        archived (archived projects have no users).

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.

        Returns:
            ProjectUserDeleteResponse
        """
        response = self.delete_project_user_with_http_info(
            project_id=project_id,
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectUserDeleteResponse]:
        """Like :meth:`delete_project_user`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_project_user_call(project_id=project_id, user_id=user_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncProjectsApi:
    """Projects operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_projects(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        include_archived: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectListResponse:
        """Returns a list of projects.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            include_archived: If `true` returns all projects including those that have been `archived`. Archived projects are not included by default.

        Returns:
            ProjectListResponse
        """
        response = await self.list_projects_with_http_info(
            limit=limit,
            after=after,
            include_archived=include_archived,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_projects_with_http_info(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        include_archived: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectListResponse]:
        """Like :meth:`list_projects`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_projects_call(limit=limit, after=after, include_archived=include_archived),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_projects_iter(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        include_archived: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[Project]:
        """Auto-paging :meth:`list_projects`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[Project]:
            page = await self.list_projects(
                limit=limit,
                after=cursor,
                include_archived=include_archived,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return AsyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        async def first() -> AsyncPage[Project]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_project(
        self,
        project_create_request: ProjectCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Project:
        """Create a new project in the organization. Projects can be created and archived, but cannot be deleted.

        Args:
            project_create_request: The project create request payload.

        Returns:
            Project
        """
        response = await self.create_project_with_http_info(
            project_create_request=project_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_project_with_http_info(
        self,
        project_create_request: ProjectCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Project]:
        """Like :meth:`create_project`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_project_call(project_create_request=project_create_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_project(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Project:
        """Retrieves a project.

        Args:
            project_id: The ID of the project.

        Returns:
            Project
        """
        response = await self.retrieve_project_with_http_info(
            project_id=project_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_project_with_http_info(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Project]:
        """Like :meth:`retrieve_project`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_project_call(project_id=project_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def modify_project(
        self,
        project_id: str,
        project_update_request: ProjectUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Project:
        """Modifies a project in the organization.

        Args:
            project_id: The ID of the project.
            project_update_request: The project update request payload.

        Returns:
            Project
        """
        response = await self.modify_project_with_http_info(
            project_id=project_id,
            project_update_request=project_update_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def modify_project_with_http_info(
        self,
        project_id: str,
        project_update_request: ProjectUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Project]:
        """Like :meth:`modify_project`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _modify_project_call(
                project_id=project_id, project_update_request=project_update_request
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

    async def list_project_api_keys(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectApiKeyListResponse:
        """Returns a list of API keys in the project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

        Returns:
            ProjectApiKeyListResponse
        """
        response = await self.list_project_api_keys_with_http_info(
            project_id=project_id,
            limit=limit,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_project_api_keys_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectApiKeyListResponse]:
        """Like :meth:`list_project_api_keys`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_project_api_keys_call(project_id=project_id, limit=limit, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_project_api_keys_iter(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[ProjectApiKey]:
        """Auto-paging :meth:`list_project_api_keys`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[ProjectApiKey]:
            page = await self.list_project_api_keys(
                project_id=project_id,
                limit=limit,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return AsyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        async def first() -> AsyncPage[ProjectApiKey]:
            return await fetch(after)

        return AsyncPager(first)

    async def retrieve_project_api_key(
        self,
        project_id: str,
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectApiKey:
        """Retrieves an API key in the project.

        Args:
            project_id: The ID of the project.
            api_key_id: The ID of the API key.

        Returns:
            ProjectApiKey
        """
        response = await self.retrieve_project_api_key_with_http_info(
            project_id=project_id,
            api_key_id=api_key_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_project_api_key_with_http_info(
        self,
        project_id: str,
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectApiKey]:
        """Like :meth:`retrieve_project_api_key`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_project_api_key_call(project_id=project_id, api_key_id=api_key_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_project_api_key(
        self,
        project_id: str,
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectApiKeyDeleteResponse:
        """Deletes an API key from the project.

        Returns confirmation of the key deletion, or an error if the key belonged to
        a service account.

        Args:
            project_id: The ID of the project.
            api_key_id: The ID of the API key.

        Returns:
            ProjectApiKeyDeleteResponse
        """
        response = await self.delete_project_api_key_with_http_info(
            project_id=project_id,
            api_key_id=api_key_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_project_api_key_with_http_info(
        self,
        project_id: str,
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectApiKeyDeleteResponse]:
        """Like :meth:`delete_project_api_key`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_project_api_key_call(project_id=project_id, api_key_id=api_key_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def archive_project(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Project:
        """Archives a project in the organization. Archived projects cannot be used or updated.

        Args:
            project_id: The ID of the project.

        Returns:
            Project
        """
        response = await self.archive_project_with_http_info(
            project_id=project_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def archive_project_with_http_info(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Project]:
        """Like :meth:`archive_project`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _archive_project_call(project_id=project_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_project_model_permissions(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectModelPermissions:
        """Returns model permissions for a project.

        Args:
            project_id: The ID of the project.

        Returns:
            ProjectModelPermissions
        """
        response = await self.retrieve_project_model_permissions_with_http_info(
            project_id=project_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectModelPermissions]:
        """Like :meth:`retrieve_project_model_permissions`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_project_model_permissions_call(project_id=project_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_project_model_permissions(
        self,
        project_id: str,
        project_model_permissions_update_request: (
            ProjectModelPermissionsUpdateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectModelPermissions:
        """Updates model permissions for a project.

        Args:
            project_id: The ID of the project.
            project_model_permissions_update_request: The project model permissions update request payload.

        Returns:
            ProjectModelPermissions
        """
        response = await self.update_project_model_permissions_with_http_info(
            project_id=project_id,
            project_model_permissions_update_request=project_model_permissions_update_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_project_model_permissions_with_http_info(
        self,
        project_id: str,
        project_model_permissions_update_request: (
            ProjectModelPermissionsUpdateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectModelPermissions]:
        """Like :meth:`update_project_model_permissions`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_project_model_permissions_call(
                project_id=project_id,
                project_model_permissions_update_request=project_model_permissions_update_request,
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

    async def delete_project_model_permissions(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectModelPermissionsDeleteResponse:
        """Deletes model permissions for a project.

        Args:
            project_id: The ID of the project.

        Returns:
            ProjectModelPermissionsDeleteResponse
        """
        response = await self.delete_project_model_permissions_with_http_info(
            project_id=project_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectModelPermissionsDeleteResponse]:
        """Like :meth:`delete_project_model_permissions`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_project_model_permissions_call(project_id=project_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_project_rate_limits(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectRateLimitListResponse:
        """Returns the rate limits per model for a project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. The default is 100.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

        Returns:
            ProjectRateLimitListResponse
        """
        response = await self.list_project_rate_limits_with_http_info(
            project_id=project_id,
            limit=limit,
            after=after,
            before=before,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_project_rate_limits_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectRateLimitListResponse]:
        """Like :meth:`list_project_rate_limits`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_project_rate_limits_call(
                project_id=project_id, limit=limit, after=after, before=before
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

    def list_project_rate_limits_iter(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[ProjectRateLimit]:
        """Auto-paging :meth:`list_project_rate_limits`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[ProjectRateLimit]:
            page = await self.list_project_rate_limits(
                project_id=project_id,
                limit=limit,
                after=cursor,
                before=before,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return AsyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        async def first() -> AsyncPage[ProjectRateLimit]:
            return await fetch(after)

        return AsyncPager(first)

    async def update_project_rate_limits(
        self,
        project_id: str,
        rate_limit_id: str,
        project_rate_limit_update_request: ProjectRateLimitUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectRateLimit:
        """Updates a project rate limit.

        Args:
            project_id: The ID of the project.
            rate_limit_id: The ID of the rate limit.
            project_rate_limit_update_request: The project rate limit update request payload.

        Returns:
            ProjectRateLimit
        """
        response = await self.update_project_rate_limits_with_http_info(
            project_id=project_id,
            rate_limit_id=rate_limit_id,
            project_rate_limit_update_request=project_rate_limit_update_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_project_rate_limits_with_http_info(
        self,
        project_id: str,
        rate_limit_id: str,
        project_rate_limit_update_request: ProjectRateLimitUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectRateLimit]:
        """Like :meth:`update_project_rate_limits`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_project_rate_limits_call(
                project_id=project_id,
                rate_limit_id=rate_limit_id,
                project_rate_limit_update_request=project_rate_limit_update_request,
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

    async def list_project_service_accounts(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectServiceAccountListResponse:
        """Returns a list of service accounts in the project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

        Returns:
            ProjectServiceAccountListResponse
        """
        response = await self.list_project_service_accounts_with_http_info(
            project_id=project_id,
            limit=limit,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_project_service_accounts_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectServiceAccountListResponse]:
        """Like :meth:`list_project_service_accounts`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_project_service_accounts_call(project_id=project_id, limit=limit, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_project_service_accounts_iter(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[ProjectServiceAccount]:
        """Auto-paging :meth:`list_project_service_accounts`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[ProjectServiceAccount]:
            page = await self.list_project_service_accounts(
                project_id=project_id,
                limit=limit,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return AsyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        async def first() -> AsyncPage[ProjectServiceAccount]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_project_service_account(
        self,
        project_id: str,
        project_service_account_create_request: ProjectServiceAccountCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectServiceAccountCreateResponse:
        """Creates a new service account in the project. This also returns an unredacted API key for the service account.

        Args:
            project_id: The ID of the project.
            project_service_account_create_request: The project service account create request payload.

        Returns:
            ProjectServiceAccountCreateResponse
        """
        response = await self.create_project_service_account_with_http_info(
            project_id=project_id,
            project_service_account_create_request=project_service_account_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_project_service_account_with_http_info(
        self,
        project_id: str,
        project_service_account_create_request: ProjectServiceAccountCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectServiceAccountCreateResponse]:
        """Like :meth:`create_project_service_account`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_project_service_account_call(
                project_id=project_id,
                project_service_account_create_request=project_service_account_create_request,
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

    async def retrieve_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectServiceAccount:
        """Retrieves a service account in the project.

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.

        Returns:
            ProjectServiceAccount
        """
        response = await self.retrieve_project_service_account_with_http_info(
            project_id=project_id,
            service_account_id=service_account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectServiceAccount]:
        """Like :meth:`retrieve_project_service_account`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_project_service_account_call(
                project_id=project_id, service_account_id=service_account_id
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

    async def update_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        update_project_service_account_body: UpdateProjectServiceAccountBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectServiceAccount:
        """Updates a service account in the project.

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.
            update_project_service_account_body: Fields to update on the service account.

        Returns:
            ProjectServiceAccount
        """
        response = await self.update_project_service_account_with_http_info(
            project_id=project_id,
            service_account_id=service_account_id,
            update_project_service_account_body=update_project_service_account_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        update_project_service_account_body: UpdateProjectServiceAccountBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectServiceAccount]:
        """Like :meth:`update_project_service_account`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_project_service_account_call(
                project_id=project_id,
                service_account_id=service_account_id,
                update_project_service_account_body=update_project_service_account_body,
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

    async def delete_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectServiceAccountDeleteResponse:
        """Deletes a service account from the project.

        Returns confirmation of service account deletion, or an error if the project
        is archived (archived projects have no service accounts).

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.

        Returns:
            ProjectServiceAccountDeleteResponse
        """
        response = await self.delete_project_service_account_with_http_info(
            project_id=project_id,
            service_account_id=service_account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectServiceAccountDeleteResponse]:
        """Like :meth:`delete_project_service_account`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_project_service_account_call(
                project_id=project_id, service_account_id=service_account_id
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

    async def list_project_users(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectUserListResponse:
        """Returns a list of users in the project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

        Returns:
            ProjectUserListResponse
        """
        response = await self.list_project_users_with_http_info(
            project_id=project_id,
            limit=limit,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_project_users_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectUserListResponse]:
        """Like :meth:`list_project_users`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_project_users_call(project_id=project_id, limit=limit, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_project_users_iter(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[ProjectUser]:
        """Auto-paging :meth:`list_project_users`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[ProjectUser]:
            page = await self.list_project_users(
                project_id=project_id,
                limit=limit,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return AsyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        async def first() -> AsyncPage[ProjectUser]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_project_user(
        self,
        project_id: str,
        project_user_create_request: ProjectUserCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectUser:
        """Adds a user to the project. Users must already be members of the organization to be added to a project.

        Args:
            project_id: The ID of the project.
            project_user_create_request: The project user create request payload.

        Returns:
            ProjectUser
        """
        response = await self.create_project_user_with_http_info(
            project_id=project_id,
            project_user_create_request=project_user_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_project_user_with_http_info(
        self,
        project_id: str,
        project_user_create_request: ProjectUserCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectUser]:
        """Like :meth:`create_project_user`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_project_user_call(
                project_id=project_id, project_user_create_request=project_user_create_request
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

    async def retrieve_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectUser:
        """Retrieves a user in the project.

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.

        Returns:
            ProjectUser
        """
        response = await self.retrieve_project_user_with_http_info(
            project_id=project_id,
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectUser]:
        """Like :meth:`retrieve_project_user`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_project_user_call(project_id=project_id, user_id=user_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def modify_project_user(
        self,
        project_id: str,
        user_id: str,
        project_user_update_request: ProjectUserUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectUser:
        """Modifies a user's role in the project.

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.
            project_user_update_request: The project user update request payload.

        Returns:
            ProjectUser
        """
        response = await self.modify_project_user_with_http_info(
            project_id=project_id,
            user_id=user_id,
            project_user_update_request=project_user_update_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def modify_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        project_user_update_request: ProjectUserUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectUser]:
        """Like :meth:`modify_project_user`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _modify_project_user_call(
                project_id=project_id,
                user_id=user_id,
                project_user_update_request=project_user_update_request,
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

    async def delete_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectUserDeleteResponse:
        """Deletes a user from the project.

        Returns confirmation of project user deletion, or an error if the project is
        archived (archived projects have no users).

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.

        Returns:
            ProjectUserDeleteResponse
        """
        response = await self.delete_project_user_with_http_info(
            project_id=project_id,
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectUserDeleteResponse]:
        """Like :meth:`delete_project_user`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_project_user_call(project_id=project_id, user_id=user_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
