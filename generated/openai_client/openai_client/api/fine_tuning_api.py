"""Fine-tuning operations: Manage fine-tuning jobs to tailor a model to your specific training data.."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.create_fine_tuning_checkpoint_permission_request import (
    CreateFineTuningCheckpointPermissionRequest,
)
from ..models.create_fine_tuning_job_request import CreateFineTuningJobRequest
from ..models.delete_fine_tuning_checkpoint_permission_response import (
    DeleteFineTuningCheckpointPermissionResponse,
)
from ..models.fine_tuning_checkpoint_permission import FineTuningCheckpointPermission
from ..models.fine_tuning_job import FineTuningJob
from ..models.fine_tuning_job_checkpoint import FineTuningJobCheckpoint
from ..models.fine_tuning_job_event import FineTuningJobEvent
from ..models.list_fine_tuning_checkpoint_permission_response import (
    ListFineTuningCheckpointPermissionResponse,
)
from ..models.list_fine_tuning_job_checkpoints_response import ListFineTuningJobCheckpointsResponse
from ..models.list_fine_tuning_job_events_response import ListFineTuningJobEventsResponse
from ..models.list_paginated_fine_tuning_jobs_response import ListPaginatedFineTuningJobsResponse
from ..models.run_grader_request import RunGraderRequest
from ..models.run_grader_response import RunGraderResponse
from ..models.validate_grader_request import ValidateGraderRequest
from ..models.validate_grader_response import ValidateGraderResponse

__all__ = ["FineTuningApi", "AsyncFineTuningApi"]


def _run_grader_call(
    run_grader_request: RunGraderRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/fine_tuning/alpha/graders/run",
        body_kind="json",
        json=json_body(run_grader_request, RunGraderRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", RunGraderResponse)},
        security=(("ApiKeyAuth",),),
    )


def _validate_grader_call(
    validate_grader_request: ValidateGraderRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/fine_tuning/alpha/graders/validate",
        body_kind="json",
        json=json_body(validate_grader_request, ValidateGraderRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ValidateGraderResponse)},
        security=(("ApiKeyAuth",),),
    )


def _list_fine_tuning_checkpoint_permissions_call(
    fine_tuned_model_checkpoint: str,
    project_id: str | None,
    after: str | None,
    limit: int | None,
    order: Literal["ascending", "descending"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
        path_params={"fine_tuned_model_checkpoint": fine_tuned_model_checkpoint},
        query={"project_id": project_id, "after": after, "limit": limit, "order": order},
        accept="application/json",
        responses={"200": ("json", ListFineTuningCheckpointPermissionResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_fine_tuning_checkpoint_permission_call(
    fine_tuned_model_checkpoint: str,
    create_fine_tuning_checkpoint_permission_request: (
        CreateFineTuningCheckpointPermissionRequest | dict[str, Any]
    ),
) -> Call:
    return Call(
        "POST",
        "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
        path_params={"fine_tuned_model_checkpoint": fine_tuned_model_checkpoint},
        body_kind="json",
        json=json_body(
            create_fine_tuning_checkpoint_permission_request,
            CreateFineTuningCheckpointPermissionRequest,
        ),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ListFineTuningCheckpointPermissionResponse)},
        security=(("ApiKeyAuth",),),
    )


def _delete_fine_tuning_checkpoint_permission_call(
    fine_tuned_model_checkpoint: str,
    permission_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}",
        path_params={
            "fine_tuned_model_checkpoint": fine_tuned_model_checkpoint,
            "permission_id": permission_id,
        },
        accept="application/json",
        responses={"200": ("json", DeleteFineTuningCheckpointPermissionResponse)},
        security=(("ApiKeyAuth",),),
    )


def _list_paginated_fine_tuning_jobs_call(
    after: str | None,
    limit: int | None,
    metadata: dict[str, str] | None,
) -> Call:
    return Call(
        "GET",
        "/fine_tuning/jobs",
        query={"after": after, "limit": limit, "metadata": metadata},
        styles={("query", "metadata"): ("deepObject", True)},
        accept="application/json",
        responses={"200": ("json", ListPaginatedFineTuningJobsResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_fine_tuning_job_call(
    create_fine_tuning_job_request: CreateFineTuningJobRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/fine_tuning/jobs",
        body_kind="json",
        json=json_body(create_fine_tuning_job_request, CreateFineTuningJobRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", FineTuningJob)},
        security=(("ApiKeyAuth",),),
    )


def _retrieve_fine_tuning_job_call(
    fine_tuning_job_id: str,
) -> Call:
    return Call(
        "GET",
        "/fine_tuning/jobs/{fine_tuning_job_id}",
        path_params={"fine_tuning_job_id": fine_tuning_job_id},
        accept="application/json",
        responses={"200": ("json", FineTuningJob)},
        security=(("ApiKeyAuth",),),
    )


def _cancel_fine_tuning_job_call(
    fine_tuning_job_id: str,
) -> Call:
    return Call(
        "POST",
        "/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
        path_params={"fine_tuning_job_id": fine_tuning_job_id},
        accept="application/json",
        responses={"200": ("json", FineTuningJob)},
        security=(("ApiKeyAuth",),),
    )


def _list_fine_tuning_job_checkpoints_call(
    fine_tuning_job_id: str,
    after: str | None,
    limit: int | None,
) -> Call:
    return Call(
        "GET",
        "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
        path_params={"fine_tuning_job_id": fine_tuning_job_id},
        query={"after": after, "limit": limit},
        accept="application/json",
        responses={"200": ("json", ListFineTuningJobCheckpointsResponse)},
        security=(("ApiKeyAuth",),),
    )


def _list_fine_tuning_events_call(
    fine_tuning_job_id: str,
    after: str | None,
    limit: int | None,
) -> Call:
    return Call(
        "GET",
        "/fine_tuning/jobs/{fine_tuning_job_id}/events",
        path_params={"fine_tuning_job_id": fine_tuning_job_id},
        query={"after": after, "limit": limit},
        accept="application/json",
        responses={"200": ("json", ListFineTuningJobEventsResponse)},
        security=(("ApiKeyAuth",),),
    )


def _pause_fine_tuning_job_call(
    fine_tuning_job_id: str,
) -> Call:
    return Call(
        "POST",
        "/fine_tuning/jobs/{fine_tuning_job_id}/pause",
        path_params={"fine_tuning_job_id": fine_tuning_job_id},
        accept="application/json",
        responses={"200": ("json", FineTuningJob)},
        security=(("ApiKeyAuth",),),
    )


def _resume_fine_tuning_job_call(
    fine_tuning_job_id: str,
) -> Call:
    return Call(
        "POST",
        "/fine_tuning/jobs/{fine_tuning_job_id}/resume",
        path_params={"fine_tuning_job_id": fine_tuning_job_id},
        accept="application/json",
        responses={"200": ("json", FineTuningJob)},
        security=(("ApiKeyAuth",),),
    )


class FineTuningApi:
    """Fine-tuning operations.

    Manage fine-tuning jobs to tailor a model to your specific training data.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def run_grader(
        self,
        run_grader_request: RunGraderRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunGraderResponse:
        """Run a grader.

        Args:
            run_grader_request: RunGraderRequest

        Returns:
            RunGraderResponse
        """
        response = self.run_grader_with_http_info(
            run_grader_request=run_grader_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def run_grader_with_http_info(
        self,
        run_grader_request: RunGraderRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunGraderResponse]:
        """Like :meth:`run_grader`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _run_grader_call(run_grader_request=run_grader_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def validate_grader(
        self,
        validate_grader_request: ValidateGraderRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ValidateGraderResponse:
        """Validate a grader.

        Args:
            validate_grader_request: ValidateGraderRequest

        Returns:
            ValidateGraderResponse
        """
        response = self.validate_grader_with_http_info(
            validate_grader_request=validate_grader_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def validate_grader_with_http_info(
        self,
        validate_grader_request: ValidateGraderRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ValidateGraderResponse]:
        """Like :meth:`validate_grader`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _validate_grader_call(validate_grader_request=validate_grader_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_fine_tuning_checkpoint_permissions(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | None = None,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["ascending", "descending"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListFineTuningCheckpointPermissionResponse:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.
            project_id: The ID of the project to get permissions for.
            after: Identifier for the last permission ID from the previous pagination request.
            limit: Number of permissions to retrieve.
            order: The order in which to retrieve permissions.

        Returns:
            ListFineTuningCheckpointPermissionResponse
        """
        response = self.list_fine_tuning_checkpoint_permissions_with_http_info(
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            project_id=project_id,
            after=after,
            limit=limit,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_fine_tuning_checkpoint_permissions_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | None = None,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["ascending", "descending"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListFineTuningCheckpointPermissionResponse]:
        """Like :meth:`list_fine_tuning_checkpoint_permissions`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_fine_tuning_checkpoint_permissions_call(
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
                project_id=project_id,
                after=after,
                limit=limit,
                order=order,
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

    def list_fine_tuning_checkpoint_permissions_iter(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | None = None,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["ascending", "descending"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[FineTuningCheckpointPermission]:
        """Auto-paging :meth:`list_fine_tuning_checkpoint_permissions`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[FineTuningCheckpointPermission]:
            page = self.list_fine_tuning_checkpoint_permissions(
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
                project_id=project_id,
                after=cursor,
                limit=limit,
                order=order,
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

    def create_fine_tuning_checkpoint_permission(
        self,
        fine_tuned_model_checkpoint: str,
        create_fine_tuning_checkpoint_permission_request: (
            CreateFineTuningCheckpointPermissionRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListFineTuningCheckpointPermissionResponse:
        """**NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys).

        This enables organization owners to share fine-tuned models with other projects in their organization.

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to create a permission for.
            create_fine_tuning_checkpoint_permission_request: CreateFineTuningCheckpointPermissionRequest

        Returns:
            ListFineTuningCheckpointPermissionResponse
        """
        response = self.create_fine_tuning_checkpoint_permission_with_http_info(
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            create_fine_tuning_checkpoint_permission_request=create_fine_tuning_checkpoint_permission_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_fine_tuning_checkpoint_permission_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        create_fine_tuning_checkpoint_permission_request: (
            CreateFineTuningCheckpointPermissionRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListFineTuningCheckpointPermissionResponse]:
        """Like :meth:`create_fine_tuning_checkpoint_permission`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_fine_tuning_checkpoint_permission_call(
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
                create_fine_tuning_checkpoint_permission_request=create_fine_tuning_checkpoint_permission_request,
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

    def delete_fine_tuning_checkpoint_permission(
        self,
        fine_tuned_model_checkpoint: str,
        permission_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteFineTuningCheckpointPermissionResponse:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to delete a permission for a fine-tuned model checkpoint.

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to delete a permission for.
            permission_id: The ID of the fine-tuned model checkpoint permission to delete.

        Returns:
            DeleteFineTuningCheckpointPermissionResponse
        """
        response = self.delete_fine_tuning_checkpoint_permission_with_http_info(
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            permission_id=permission_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_fine_tuning_checkpoint_permission_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        permission_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteFineTuningCheckpointPermissionResponse]:
        """Like :meth:`delete_fine_tuning_checkpoint_permission`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_fine_tuning_checkpoint_permission_call(
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint, permission_id=permission_id
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

    def list_paginated_fine_tuning_jobs(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        metadata: dict[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListPaginatedFineTuningJobsResponse:
        """List your organization's fine-tuning jobs

        Args:
            after: Identifier for the last job from the previous pagination request.
            limit: Number of fine-tuning jobs to retrieve.
            metadata: Optional metadata filter. To filter, use the syntax `metadata[k]=v`. Alternatively, set `metadata=null` to indicate no metadata.

        Returns:
            ListPaginatedFineTuningJobsResponse
        """
        response = self.list_paginated_fine_tuning_jobs_with_http_info(
            after=after,
            limit=limit,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_paginated_fine_tuning_jobs_with_http_info(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        metadata: dict[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListPaginatedFineTuningJobsResponse]:
        """Like :meth:`list_paginated_fine_tuning_jobs`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_paginated_fine_tuning_jobs_call(after=after, limit=limit, metadata=metadata),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_paginated_fine_tuning_jobs_iter(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        metadata: dict[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[FineTuningJob]:
        """Auto-paging :meth:`list_paginated_fine_tuning_jobs`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[FineTuningJob]:
            page = self.list_paginated_fine_tuning_jobs(
                after=cursor,
                limit=limit,
                metadata=metadata,
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

    def create_fine_tuning_job(
        self,
        create_fine_tuning_job_request: CreateFineTuningJobRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> FineTuningJob:
        """Creates a fine-tuning job which begins the process of creating a new model from a given dataset.

        Response includes details of the enqueued job including job status and the name of the fine-tuned models once complete.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
            create_fine_tuning_job_request: CreateFineTuningJobRequest

        Returns:
            FineTuningJob
        """
        response = self.create_fine_tuning_job_with_http_info(
            create_fine_tuning_job_request=create_fine_tuning_job_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_fine_tuning_job_with_http_info(
        self,
        create_fine_tuning_job_request: CreateFineTuningJobRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like :meth:`create_fine_tuning_job`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_fine_tuning_job_call(
                create_fine_tuning_job_request=create_fine_tuning_job_request
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

    def retrieve_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> FineTuningJob:
        """Get info about a fine-tuning job.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.

        Returns:
            FineTuningJob
        """
        response = self.retrieve_fine_tuning_job_with_http_info(
            fine_tuning_job_id=fine_tuning_job_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like :meth:`retrieve_fine_tuning_job`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_fine_tuning_job_call(fine_tuning_job_id=fine_tuning_job_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def cancel_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> FineTuningJob:
        """Immediately cancel a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to cancel.

        Returns:
            FineTuningJob
        """
        response = self.cancel_fine_tuning_job_with_http_info(
            fine_tuning_job_id=fine_tuning_job_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def cancel_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like :meth:`cancel_fine_tuning_job`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _cancel_fine_tuning_job_call(fine_tuning_job_id=fine_tuning_job_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_fine_tuning_job_checkpoints(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListFineTuningJobCheckpointsResponse:
        """List checkpoints for a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get checkpoints for.
            after: Identifier for the last checkpoint ID from the previous pagination request.
            limit: Number of checkpoints to retrieve.

        Returns:
            ListFineTuningJobCheckpointsResponse
        """
        response = self.list_fine_tuning_job_checkpoints_with_http_info(
            fine_tuning_job_id=fine_tuning_job_id,
            after=after,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_fine_tuning_job_checkpoints_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListFineTuningJobCheckpointsResponse]:
        """Like :meth:`list_fine_tuning_job_checkpoints`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_fine_tuning_job_checkpoints_call(
                fine_tuning_job_id=fine_tuning_job_id, after=after, limit=limit
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

    def list_fine_tuning_job_checkpoints_iter(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[FineTuningJobCheckpoint]:
        """Auto-paging :meth:`list_fine_tuning_job_checkpoints`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[FineTuningJobCheckpoint]:
            page = self.list_fine_tuning_job_checkpoints(
                fine_tuning_job_id=fine_tuning_job_id,
                after=cursor,
                limit=limit,
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

    def list_fine_tuning_events(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListFineTuningJobEventsResponse:
        """Get status updates for a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get events for.
            after: Identifier for the last event from the previous pagination request.
            limit: Number of events to retrieve.

        Returns:
            ListFineTuningJobEventsResponse
        """
        response = self.list_fine_tuning_events_with_http_info(
            fine_tuning_job_id=fine_tuning_job_id,
            after=after,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_fine_tuning_events_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListFineTuningJobEventsResponse]:
        """Like :meth:`list_fine_tuning_events`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_fine_tuning_events_call(
                fine_tuning_job_id=fine_tuning_job_id, after=after, limit=limit
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

    def list_fine_tuning_events_iter(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[FineTuningJobEvent]:
        """Auto-paging :meth:`list_fine_tuning_events`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[FineTuningJobEvent]:
            page = self.list_fine_tuning_events(
                fine_tuning_job_id=fine_tuning_job_id,
                after=cursor,
                limit=limit,
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

    def pause_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> FineTuningJob:
        """Pause a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to pause.

        Returns:
            FineTuningJob
        """
        response = self.pause_fine_tuning_job_with_http_info(
            fine_tuning_job_id=fine_tuning_job_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def pause_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like :meth:`pause_fine_tuning_job`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _pause_fine_tuning_job_call(fine_tuning_job_id=fine_tuning_job_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def resume_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> FineTuningJob:
        """Resume a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to resume.

        Returns:
            FineTuningJob
        """
        response = self.resume_fine_tuning_job_with_http_info(
            fine_tuning_job_id=fine_tuning_job_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def resume_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like :meth:`resume_fine_tuning_job`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _resume_fine_tuning_job_call(fine_tuning_job_id=fine_tuning_job_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncFineTuningApi:
    """Fine-tuning operations (async).

    Manage fine-tuning jobs to tailor a model to your specific training data.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def run_grader(
        self,
        run_grader_request: RunGraderRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunGraderResponse:
        """Run a grader.

        Args:
            run_grader_request: RunGraderRequest

        Returns:
            RunGraderResponse
        """
        response = await self.run_grader_with_http_info(
            run_grader_request=run_grader_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def run_grader_with_http_info(
        self,
        run_grader_request: RunGraderRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunGraderResponse]:
        """Like :meth:`run_grader`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _run_grader_call(run_grader_request=run_grader_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def validate_grader(
        self,
        validate_grader_request: ValidateGraderRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ValidateGraderResponse:
        """Validate a grader.

        Args:
            validate_grader_request: ValidateGraderRequest

        Returns:
            ValidateGraderResponse
        """
        response = await self.validate_grader_with_http_info(
            validate_grader_request=validate_grader_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def validate_grader_with_http_info(
        self,
        validate_grader_request: ValidateGraderRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ValidateGraderResponse]:
        """Like :meth:`validate_grader`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _validate_grader_call(validate_grader_request=validate_grader_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_fine_tuning_checkpoint_permissions(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | None = None,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["ascending", "descending"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListFineTuningCheckpointPermissionResponse:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.
            project_id: The ID of the project to get permissions for.
            after: Identifier for the last permission ID from the previous pagination request.
            limit: Number of permissions to retrieve.
            order: The order in which to retrieve permissions.

        Returns:
            ListFineTuningCheckpointPermissionResponse
        """
        response = await self.list_fine_tuning_checkpoint_permissions_with_http_info(
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            project_id=project_id,
            after=after,
            limit=limit,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_fine_tuning_checkpoint_permissions_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | None = None,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["ascending", "descending"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListFineTuningCheckpointPermissionResponse]:
        """Like :meth:`list_fine_tuning_checkpoint_permissions`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_fine_tuning_checkpoint_permissions_call(
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
                project_id=project_id,
                after=after,
                limit=limit,
                order=order,
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

    def list_fine_tuning_checkpoint_permissions_iter(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | None = None,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["ascending", "descending"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[FineTuningCheckpointPermission]:
        """Auto-paging :meth:`list_fine_tuning_checkpoint_permissions`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[FineTuningCheckpointPermission]:
            page = await self.list_fine_tuning_checkpoint_permissions(
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
                project_id=project_id,
                after=cursor,
                limit=limit,
                order=order,
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

        async def first() -> AsyncPage[FineTuningCheckpointPermission]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_fine_tuning_checkpoint_permission(
        self,
        fine_tuned_model_checkpoint: str,
        create_fine_tuning_checkpoint_permission_request: (
            CreateFineTuningCheckpointPermissionRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListFineTuningCheckpointPermissionResponse:
        """**NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys).

        This enables organization owners to share fine-tuned models with other projects in their organization.

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to create a permission for.
            create_fine_tuning_checkpoint_permission_request: CreateFineTuningCheckpointPermissionRequest

        Returns:
            ListFineTuningCheckpointPermissionResponse
        """
        response = await self.create_fine_tuning_checkpoint_permission_with_http_info(
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            create_fine_tuning_checkpoint_permission_request=create_fine_tuning_checkpoint_permission_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_fine_tuning_checkpoint_permission_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        create_fine_tuning_checkpoint_permission_request: (
            CreateFineTuningCheckpointPermissionRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListFineTuningCheckpointPermissionResponse]:
        """Like :meth:`create_fine_tuning_checkpoint_permission`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_fine_tuning_checkpoint_permission_call(
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
                create_fine_tuning_checkpoint_permission_request=create_fine_tuning_checkpoint_permission_request,
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

    async def delete_fine_tuning_checkpoint_permission(
        self,
        fine_tuned_model_checkpoint: str,
        permission_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteFineTuningCheckpointPermissionResponse:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to delete a permission for a fine-tuned model checkpoint.

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to delete a permission for.
            permission_id: The ID of the fine-tuned model checkpoint permission to delete.

        Returns:
            DeleteFineTuningCheckpointPermissionResponse
        """
        response = await self.delete_fine_tuning_checkpoint_permission_with_http_info(
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            permission_id=permission_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_fine_tuning_checkpoint_permission_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        permission_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteFineTuningCheckpointPermissionResponse]:
        """Like :meth:`delete_fine_tuning_checkpoint_permission`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_fine_tuning_checkpoint_permission_call(
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint, permission_id=permission_id
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

    async def list_paginated_fine_tuning_jobs(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        metadata: dict[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListPaginatedFineTuningJobsResponse:
        """List your organization's fine-tuning jobs

        Args:
            after: Identifier for the last job from the previous pagination request.
            limit: Number of fine-tuning jobs to retrieve.
            metadata: Optional metadata filter. To filter, use the syntax `metadata[k]=v`. Alternatively, set `metadata=null` to indicate no metadata.

        Returns:
            ListPaginatedFineTuningJobsResponse
        """
        response = await self.list_paginated_fine_tuning_jobs_with_http_info(
            after=after,
            limit=limit,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_paginated_fine_tuning_jobs_with_http_info(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        metadata: dict[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListPaginatedFineTuningJobsResponse]:
        """Like :meth:`list_paginated_fine_tuning_jobs`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_paginated_fine_tuning_jobs_call(after=after, limit=limit, metadata=metadata),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_paginated_fine_tuning_jobs_iter(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        metadata: dict[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[FineTuningJob]:
        """Auto-paging :meth:`list_paginated_fine_tuning_jobs`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[FineTuningJob]:
            page = await self.list_paginated_fine_tuning_jobs(
                after=cursor,
                limit=limit,
                metadata=metadata,
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

        async def first() -> AsyncPage[FineTuningJob]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_fine_tuning_job(
        self,
        create_fine_tuning_job_request: CreateFineTuningJobRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> FineTuningJob:
        """Creates a fine-tuning job which begins the process of creating a new model from a given dataset.

        Response includes details of the enqueued job including job status and the name of the fine-tuned models once complete.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
            create_fine_tuning_job_request: CreateFineTuningJobRequest

        Returns:
            FineTuningJob
        """
        response = await self.create_fine_tuning_job_with_http_info(
            create_fine_tuning_job_request=create_fine_tuning_job_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_fine_tuning_job_with_http_info(
        self,
        create_fine_tuning_job_request: CreateFineTuningJobRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like :meth:`create_fine_tuning_job`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_fine_tuning_job_call(
                create_fine_tuning_job_request=create_fine_tuning_job_request
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

    async def retrieve_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> FineTuningJob:
        """Get info about a fine-tuning job.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.

        Returns:
            FineTuningJob
        """
        response = await self.retrieve_fine_tuning_job_with_http_info(
            fine_tuning_job_id=fine_tuning_job_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like :meth:`retrieve_fine_tuning_job`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_fine_tuning_job_call(fine_tuning_job_id=fine_tuning_job_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def cancel_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> FineTuningJob:
        """Immediately cancel a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to cancel.

        Returns:
            FineTuningJob
        """
        response = await self.cancel_fine_tuning_job_with_http_info(
            fine_tuning_job_id=fine_tuning_job_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def cancel_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like :meth:`cancel_fine_tuning_job`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _cancel_fine_tuning_job_call(fine_tuning_job_id=fine_tuning_job_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_fine_tuning_job_checkpoints(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListFineTuningJobCheckpointsResponse:
        """List checkpoints for a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get checkpoints for.
            after: Identifier for the last checkpoint ID from the previous pagination request.
            limit: Number of checkpoints to retrieve.

        Returns:
            ListFineTuningJobCheckpointsResponse
        """
        response = await self.list_fine_tuning_job_checkpoints_with_http_info(
            fine_tuning_job_id=fine_tuning_job_id,
            after=after,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_fine_tuning_job_checkpoints_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListFineTuningJobCheckpointsResponse]:
        """Like :meth:`list_fine_tuning_job_checkpoints`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_fine_tuning_job_checkpoints_call(
                fine_tuning_job_id=fine_tuning_job_id, after=after, limit=limit
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

    def list_fine_tuning_job_checkpoints_iter(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[FineTuningJobCheckpoint]:
        """Auto-paging :meth:`list_fine_tuning_job_checkpoints`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[FineTuningJobCheckpoint]:
            page = await self.list_fine_tuning_job_checkpoints(
                fine_tuning_job_id=fine_tuning_job_id,
                after=cursor,
                limit=limit,
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

        async def first() -> AsyncPage[FineTuningJobCheckpoint]:
            return await fetch(after)

        return AsyncPager(first)

    async def list_fine_tuning_events(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListFineTuningJobEventsResponse:
        """Get status updates for a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get events for.
            after: Identifier for the last event from the previous pagination request.
            limit: Number of events to retrieve.

        Returns:
            ListFineTuningJobEventsResponse
        """
        response = await self.list_fine_tuning_events_with_http_info(
            fine_tuning_job_id=fine_tuning_job_id,
            after=after,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_fine_tuning_events_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListFineTuningJobEventsResponse]:
        """Like :meth:`list_fine_tuning_events`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_fine_tuning_events_call(
                fine_tuning_job_id=fine_tuning_job_id, after=after, limit=limit
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

    def list_fine_tuning_events_iter(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[FineTuningJobEvent]:
        """Auto-paging :meth:`list_fine_tuning_events`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[FineTuningJobEvent]:
            page = await self.list_fine_tuning_events(
                fine_tuning_job_id=fine_tuning_job_id,
                after=cursor,
                limit=limit,
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

        async def first() -> AsyncPage[FineTuningJobEvent]:
            return await fetch(after)

        return AsyncPager(first)

    async def pause_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> FineTuningJob:
        """Pause a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to pause.

        Returns:
            FineTuningJob
        """
        response = await self.pause_fine_tuning_job_with_http_info(
            fine_tuning_job_id=fine_tuning_job_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def pause_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like :meth:`pause_fine_tuning_job`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _pause_fine_tuning_job_call(fine_tuning_job_id=fine_tuning_job_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def resume_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> FineTuningJob:
        """Resume a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to resume.

        Returns:
            FineTuningJob
        """
        response = await self.resume_fine_tuning_job_with_http_info(
            fine_tuning_job_id=fine_tuning_job_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def resume_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like :meth:`resume_fine_tuning_job`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _resume_fine_tuning_job_call(fine_tuning_job_id=fine_tuning_job_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
