"""Audit Logs operations: List user actions and configuration changes within this organization.."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions
from ..api_response import ApiResponse
from ..models.audit_log import AuditLog
from ..models.audit_log_event_type import AuditLogEventType
from ..models.list_audit_logs_effective_at import ListAuditLogsEffectiveAt
from ..models.list_audit_logs_response import ListAuditLogsResponse

__all__ = ["AuditLogsApi", "AsyncAuditLogsApi"]


def _list_audit_logs_call(
    effective_at: ListAuditLogsEffectiveAt | None,
    project_ids: list[str] | None,
    event_types: list[AuditLogEventType | str] | None,
    actor_ids: list[str] | None,
    actor_emails: list[str] | None,
    resource_ids: list[str] | None,
    limit: int | None,
    after: str | None,
    before: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/audit_logs",
        query={
            "effective_at": effective_at,
            "project_ids[]": project_ids,
            "event_types[]": event_types,
            "actor_ids[]": actor_ids,
            "actor_emails[]": actor_emails,
            "resource_ids[]": resource_ids,
            "limit": limit,
            "after": after,
            "before": before,
        },
        accept="application/json",
        responses={"200": ("json", ListAuditLogsResponse)},
        security=(("AdminApiKeyAuth",),),
    )


class AuditLogsApi:
    """Audit Logs operations.

    List user actions and configuration changes within this organization.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_audit_logs(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAt | None = None,
        project_ids: list[str] | None = None,
        event_types: list[AuditLogEventType | str] | None = None,
        actor_ids: list[str] | None = None,
        actor_emails: list[str] | None = None,
        resource_ids: list[str] | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListAuditLogsResponse:
        """List user actions and configuration changes within this organization.

        Args:
            effective_at: Return only events whose `effective_at` (Unix seconds) is in this range.
            project_ids: Return only events for these projects.
            event_types: Return only events with a `type` in one of these values. For example, `project.created`. For all options, see the documentation for the [audit log object](/docs/api-reference/audit-logs/object).
            actor_ids: Return only events performed by these actors. Can be a user ID, a service account ID, or an api key tracking ID.
            actor_emails: Return only events performed by users with these emails.
            resource_ids: Return only events performed on these targets. For example, a project ID updated.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

        Returns:
            ListAuditLogsResponse
        """
        response = self.list_audit_logs_with_http_info(
            effective_at=effective_at,
            project_ids=project_ids,
            event_types=event_types,
            actor_ids=actor_ids,
            actor_emails=actor_emails,
            resource_ids=resource_ids,
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

    def list_audit_logs_with_http_info(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAt | None = None,
        project_ids: list[str] | None = None,
        event_types: list[AuditLogEventType | str] | None = None,
        actor_ids: list[str] | None = None,
        actor_emails: list[str] | None = None,
        resource_ids: list[str] | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListAuditLogsResponse]:
        """Like :meth:`list_audit_logs`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_audit_logs_call(
                effective_at=effective_at,
                project_ids=project_ids,
                event_types=event_types,
                actor_ids=actor_ids,
                actor_emails=actor_emails,
                resource_ids=resource_ids,
                limit=limit,
                after=after,
                before=before,
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

    def list_audit_logs_iter(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAt | None = None,
        project_ids: list[str] | None = None,
        event_types: list[AuditLogEventType | str] | None = None,
        actor_ids: list[str] | None = None,
        actor_emails: list[str] | None = None,
        resource_ids: list[str] | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[AuditLog]:
        """Auto-paging :meth:`list_audit_logs`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[AuditLog]:
            page = self.list_audit_logs(
                effective_at=effective_at,
                project_ids=project_ids,
                event_types=event_types,
                actor_ids=actor_ids,
                actor_emails=actor_emails,
                resource_ids=resource_ids,
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


class AsyncAuditLogsApi:
    """Audit Logs operations (async).

    List user actions and configuration changes within this organization.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_audit_logs(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAt | None = None,
        project_ids: list[str] | None = None,
        event_types: list[AuditLogEventType | str] | None = None,
        actor_ids: list[str] | None = None,
        actor_emails: list[str] | None = None,
        resource_ids: list[str] | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListAuditLogsResponse:
        """List user actions and configuration changes within this organization.

        Args:
            effective_at: Return only events whose `effective_at` (Unix seconds) is in this range.
            project_ids: Return only events for these projects.
            event_types: Return only events with a `type` in one of these values. For example, `project.created`. For all options, see the documentation for the [audit log object](/docs/api-reference/audit-logs/object).
            actor_ids: Return only events performed by these actors. Can be a user ID, a service account ID, or an api key tracking ID.
            actor_emails: Return only events performed by users with these emails.
            resource_ids: Return only events performed on these targets. For example, a project ID updated.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

        Returns:
            ListAuditLogsResponse
        """
        response = await self.list_audit_logs_with_http_info(
            effective_at=effective_at,
            project_ids=project_ids,
            event_types=event_types,
            actor_ids=actor_ids,
            actor_emails=actor_emails,
            resource_ids=resource_ids,
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

    async def list_audit_logs_with_http_info(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAt | None = None,
        project_ids: list[str] | None = None,
        event_types: list[AuditLogEventType | str] | None = None,
        actor_ids: list[str] | None = None,
        actor_emails: list[str] | None = None,
        resource_ids: list[str] | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListAuditLogsResponse]:
        """Like :meth:`list_audit_logs`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_audit_logs_call(
                effective_at=effective_at,
                project_ids=project_ids,
                event_types=event_types,
                actor_ids=actor_ids,
                actor_emails=actor_emails,
                resource_ids=resource_ids,
                limit=limit,
                after=after,
                before=before,
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

    def list_audit_logs_iter(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAt | None = None,
        project_ids: list[str] | None = None,
        event_types: list[AuditLogEventType | str] | None = None,
        actor_ids: list[str] | None = None,
        actor_emails: list[str] | None = None,
        resource_ids: list[str] | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[AuditLog]:
        """Auto-paging :meth:`list_audit_logs`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[AuditLog]:
            page = await self.list_audit_logs(
                effective_at=effective_at,
                project_ids=project_ids,
                event_types=event_types,
                actor_ids=actor_ids,
                actor_emails=actor_emails,
                resource_ids=resource_ids,
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

        async def first() -> AsyncPage[AuditLog]:
            return await fetch(after)

        return AsyncPager(first)
