"""Spend alerts operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.create_spend_alert_body import CreateSpendAlertBody
from ..models.organization_spend_alert import OrganizationSpendAlert
from ..models.organization_spend_alert_deleted_resource import OrganizationSpendAlertDeletedResource
from ..models.organization_spend_alert_list_resource import OrganizationSpendAlertListResource
from ..models.project_spend_alert import ProjectSpendAlert
from ..models.project_spend_alert_deleted_resource import ProjectSpendAlertDeletedResource
from ..models.project_spend_alert_list_resource import ProjectSpendAlertListResource

__all__ = ["SpendAlertsApi", "AsyncSpendAlertsApi"]


def _list_project_spend_alerts_call(
    project_id: str,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
    before: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/spend_alerts",
        path_params={"project_id": project_id},
        query={"limit": limit, "order": order, "after": after, "before": before},
        accept="application/json",
        responses={"200": ("json", ProjectSpendAlertListResource)},
        security=(("AdminApiKeyAuth",),),
    )


def _create_project_spend_alert_call(
    project_id: str,
    create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/spend_alerts",
        path_params={"project_id": project_id},
        body_kind="json",
        json=json_body(create_spend_alert_body, CreateSpendAlertBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ProjectSpendAlert)},
        security=(("AdminApiKeyAuth",),),
    )


def _update_project_spend_alert_call(
    project_id: str,
    alert_id: str,
    create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/spend_alerts/{alert_id}",
        path_params={"project_id": project_id, "alert_id": alert_id},
        body_kind="json",
        json=json_body(create_spend_alert_body, CreateSpendAlertBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ProjectSpendAlert)},
        security=(("AdminApiKeyAuth",),),
    )


def _delete_project_spend_alert_call(
    project_id: str,
    alert_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/projects/{project_id}/spend_alerts/{alert_id}",
        path_params={"project_id": project_id, "alert_id": alert_id},
        accept="application/json",
        responses={"200": ("json", ProjectSpendAlertDeletedResource)},
        security=(("AdminApiKeyAuth",),),
    )


def _list_organization_spend_alerts_call(
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
    before: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/spend_alerts",
        query={"limit": limit, "order": order, "after": after, "before": before},
        accept="application/json",
        responses={"200": ("json", OrganizationSpendAlertListResource)},
        security=(("AdminApiKeyAuth",),),
    )


def _create_organization_spend_alert_call(
    create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/spend_alerts",
        body_kind="json",
        json=json_body(create_spend_alert_body, CreateSpendAlertBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", OrganizationSpendAlert)},
        security=(("AdminApiKeyAuth",),),
    )


def _update_organization_spend_alert_call(
    alert_id: str,
    create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/spend_alerts/{alert_id}",
        path_params={"alert_id": alert_id},
        body_kind="json",
        json=json_body(create_spend_alert_body, CreateSpendAlertBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", OrganizationSpendAlert)},
        security=(("AdminApiKeyAuth",),),
    )


def _delete_organization_spend_alert_call(
    alert_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/spend_alerts/{alert_id}",
        path_params={"alert_id": alert_id},
        accept="application/json",
        responses={"200": ("json", OrganizationSpendAlertDeletedResource)},
        security=(("AdminApiKeyAuth",),),
    )


class SpendAlertsApi:
    """Spend alerts operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_project_spend_alerts(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectSpendAlertListResource:
        """Lists project spend alerts.

        Args:
            project_id: The ID of the project to inspect.
            limit: A limit on the number of spend alerts to return. Defaults to 20.
            order: Sort order for the returned spend alerts.
            after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
            before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.

        Returns:
            ProjectSpendAlertListResource
        """
        response = self.list_project_spend_alerts_with_http_info(
            project_id=project_id,
            limit=limit,
            order=order,
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

    def list_project_spend_alerts_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectSpendAlertListResource]:
        """Like :meth:`list_project_spend_alerts`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_project_spend_alerts_call(
                project_id=project_id, limit=limit, order=order, after=after, before=before
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

    def list_project_spend_alerts_iter(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[ProjectSpendAlert]:
        """Auto-paging :meth:`list_project_spend_alerts`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[ProjectSpendAlert]:
            page = self.list_project_spend_alerts(
                project_id=project_id,
                limit=limit,
                order=order,
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

    def create_project_spend_alert(
        self,
        project_id: str,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectSpendAlert:
        """Creates a project spend alert.

        Args:
            project_id: The ID of the project to update.
            create_spend_alert_body: Parameters for the project spend alert you want to create.

        Returns:
            ProjectSpendAlert
        """
        response = self.create_project_spend_alert_with_http_info(
            project_id=project_id,
            create_spend_alert_body=create_spend_alert_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_project_spend_alert_with_http_info(
        self,
        project_id: str,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectSpendAlert]:
        """Like :meth:`create_project_spend_alert`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_project_spend_alert_call(
                project_id=project_id, create_spend_alert_body=create_spend_alert_body
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

    def update_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectSpendAlert:
        """Updates a project spend alert.

        Args:
            project_id: The ID of the project to update.
            alert_id: The ID of the spend alert to update.
            create_spend_alert_body: Fields to update on the project spend alert.

        Returns:
            ProjectSpendAlert
        """
        response = self.update_project_spend_alert_with_http_info(
            project_id=project_id,
            alert_id=alert_id,
            create_spend_alert_body=create_spend_alert_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectSpendAlert]:
        """Like :meth:`update_project_spend_alert`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_project_spend_alert_call(
                project_id=project_id,
                alert_id=alert_id,
                create_spend_alert_body=create_spend_alert_body,
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

    def delete_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectSpendAlertDeletedResource:
        """Deletes a project spend alert.

        Args:
            project_id: The ID of the project to update.
            alert_id: The ID of the spend alert to delete.

        Returns:
            ProjectSpendAlertDeletedResource
        """
        response = self.delete_project_spend_alert_with_http_info(
            project_id=project_id,
            alert_id=alert_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectSpendAlertDeletedResource]:
        """Like :meth:`delete_project_spend_alert`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_project_spend_alert_call(project_id=project_id, alert_id=alert_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_organization_spend_alerts(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationSpendAlertListResource:
        """Lists organization spend alerts.

        Args:
            limit: A limit on the number of spend alerts to return. Defaults to 20.
            order: Sort order for the returned spend alerts.
            after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
            before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.

        Returns:
            OrganizationSpendAlertListResource
        """
        response = self.list_organization_spend_alerts_with_http_info(
            limit=limit,
            order=order,
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

    def list_organization_spend_alerts_with_http_info(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationSpendAlertListResource]:
        """Like :meth:`list_organization_spend_alerts`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_organization_spend_alerts_call(
                limit=limit, order=order, after=after, before=before
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

    def list_organization_spend_alerts_iter(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[OrganizationSpendAlert]:
        """Auto-paging :meth:`list_organization_spend_alerts`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[OrganizationSpendAlert]:
            page = self.list_organization_spend_alerts(
                limit=limit,
                order=order,
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

    def create_organization_spend_alert(
        self,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationSpendAlert:
        """Creates an organization spend alert.

        Args:
            create_spend_alert_body: Parameters for the organization spend alert you want to create.

        Returns:
            OrganizationSpendAlert
        """
        response = self.create_organization_spend_alert_with_http_info(
            create_spend_alert_body=create_spend_alert_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_organization_spend_alert_with_http_info(
        self,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]:
        """Like :meth:`create_organization_spend_alert`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_organization_spend_alert_call(create_spend_alert_body=create_spend_alert_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_organization_spend_alert(
        self,
        alert_id: str,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationSpendAlert:
        """Updates an organization spend alert.

        Args:
            alert_id: The ID of the spend alert to update.
            create_spend_alert_body: Fields to update on the organization spend alert.

        Returns:
            OrganizationSpendAlert
        """
        response = self.update_organization_spend_alert_with_http_info(
            alert_id=alert_id,
            create_spend_alert_body=create_spend_alert_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]:
        """Like :meth:`update_organization_spend_alert`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_organization_spend_alert_call(
                alert_id=alert_id, create_spend_alert_body=create_spend_alert_body
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

    def delete_organization_spend_alert(
        self,
        alert_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationSpendAlertDeletedResource:
        """Deletes an organization spend alert.

        Args:
            alert_id: The ID of the spend alert to delete.

        Returns:
            OrganizationSpendAlertDeletedResource
        """
        response = self.delete_organization_spend_alert_with_http_info(
            alert_id=alert_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationSpendAlertDeletedResource]:
        """Like :meth:`delete_organization_spend_alert`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_organization_spend_alert_call(alert_id=alert_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncSpendAlertsApi:
    """Spend alerts operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_project_spend_alerts(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectSpendAlertListResource:
        """Lists project spend alerts.

        Args:
            project_id: The ID of the project to inspect.
            limit: A limit on the number of spend alerts to return. Defaults to 20.
            order: Sort order for the returned spend alerts.
            after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
            before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.

        Returns:
            ProjectSpendAlertListResource
        """
        response = await self.list_project_spend_alerts_with_http_info(
            project_id=project_id,
            limit=limit,
            order=order,
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

    async def list_project_spend_alerts_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectSpendAlertListResource]:
        """Like :meth:`list_project_spend_alerts`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_project_spend_alerts_call(
                project_id=project_id, limit=limit, order=order, after=after, before=before
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

    def list_project_spend_alerts_iter(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[ProjectSpendAlert]:
        """Auto-paging :meth:`list_project_spend_alerts`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[ProjectSpendAlert]:
            page = await self.list_project_spend_alerts(
                project_id=project_id,
                limit=limit,
                order=order,
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

        async def first() -> AsyncPage[ProjectSpendAlert]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_project_spend_alert(
        self,
        project_id: str,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectSpendAlert:
        """Creates a project spend alert.

        Args:
            project_id: The ID of the project to update.
            create_spend_alert_body: Parameters for the project spend alert you want to create.

        Returns:
            ProjectSpendAlert
        """
        response = await self.create_project_spend_alert_with_http_info(
            project_id=project_id,
            create_spend_alert_body=create_spend_alert_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_project_spend_alert_with_http_info(
        self,
        project_id: str,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectSpendAlert]:
        """Like :meth:`create_project_spend_alert`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_project_spend_alert_call(
                project_id=project_id, create_spend_alert_body=create_spend_alert_body
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

    async def update_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectSpendAlert:
        """Updates a project spend alert.

        Args:
            project_id: The ID of the project to update.
            alert_id: The ID of the spend alert to update.
            create_spend_alert_body: Fields to update on the project spend alert.

        Returns:
            ProjectSpendAlert
        """
        response = await self.update_project_spend_alert_with_http_info(
            project_id=project_id,
            alert_id=alert_id,
            create_spend_alert_body=create_spend_alert_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectSpendAlert]:
        """Like :meth:`update_project_spend_alert`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_project_spend_alert_call(
                project_id=project_id,
                alert_id=alert_id,
                create_spend_alert_body=create_spend_alert_body,
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

    async def delete_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ProjectSpendAlertDeletedResource:
        """Deletes a project spend alert.

        Args:
            project_id: The ID of the project to update.
            alert_id: The ID of the spend alert to delete.

        Returns:
            ProjectSpendAlertDeletedResource
        """
        response = await self.delete_project_spend_alert_with_http_info(
            project_id=project_id,
            alert_id=alert_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ProjectSpendAlertDeletedResource]:
        """Like :meth:`delete_project_spend_alert`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_project_spend_alert_call(project_id=project_id, alert_id=alert_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_organization_spend_alerts(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationSpendAlertListResource:
        """Lists organization spend alerts.

        Args:
            limit: A limit on the number of spend alerts to return. Defaults to 20.
            order: Sort order for the returned spend alerts.
            after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
            before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.

        Returns:
            OrganizationSpendAlertListResource
        """
        response = await self.list_organization_spend_alerts_with_http_info(
            limit=limit,
            order=order,
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

    async def list_organization_spend_alerts_with_http_info(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationSpendAlertListResource]:
        """Like :meth:`list_organization_spend_alerts`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_organization_spend_alerts_call(
                limit=limit, order=order, after=after, before=before
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

    def list_organization_spend_alerts_iter(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[OrganizationSpendAlert]:
        """Auto-paging :meth:`list_organization_spend_alerts`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[OrganizationSpendAlert]:
            page = await self.list_organization_spend_alerts(
                limit=limit,
                order=order,
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

        async def first() -> AsyncPage[OrganizationSpendAlert]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_organization_spend_alert(
        self,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationSpendAlert:
        """Creates an organization spend alert.

        Args:
            create_spend_alert_body: Parameters for the organization spend alert you want to create.

        Returns:
            OrganizationSpendAlert
        """
        response = await self.create_organization_spend_alert_with_http_info(
            create_spend_alert_body=create_spend_alert_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_organization_spend_alert_with_http_info(
        self,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]:
        """Like :meth:`create_organization_spend_alert`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_organization_spend_alert_call(create_spend_alert_body=create_spend_alert_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_organization_spend_alert(
        self,
        alert_id: str,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationSpendAlert:
        """Updates an organization spend alert.

        Args:
            alert_id: The ID of the spend alert to update.
            create_spend_alert_body: Fields to update on the organization spend alert.

        Returns:
            OrganizationSpendAlert
        """
        response = await self.update_organization_spend_alert_with_http_info(
            alert_id=alert_id,
            create_spend_alert_body=create_spend_alert_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        create_spend_alert_body: CreateSpendAlertBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]:
        """Like :meth:`update_organization_spend_alert`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_organization_spend_alert_call(
                alert_id=alert_id, create_spend_alert_body=create_spend_alert_body
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

    async def delete_organization_spend_alert(
        self,
        alert_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationSpendAlertDeletedResource:
        """Deletes an organization spend alert.

        Args:
            alert_id: The ID of the spend alert to delete.

        Returns:
            OrganizationSpendAlertDeletedResource
        """
        response = await self.delete_organization_spend_alert_with_http_info(
            alert_id=alert_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationSpendAlertDeletedResource]:
        """Like :meth:`delete_organization_spend_alert`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_organization_spend_alert_call(alert_id=alert_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
