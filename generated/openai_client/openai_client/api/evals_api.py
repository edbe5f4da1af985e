"""Evals operations: Manage and run evals in the OpenAI platform.."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.create_eval_request import CreateEvalRequest
from ..models.create_eval_run_request import CreateEvalRunRequest
from ..models.delete_eval_response import DeleteEvalResponse
from ..models.delete_eval_run_response import DeleteEvalRunResponse
from ..models.error import Error
from ..models.eval import Eval
from ..models.eval_list import EvalList
from ..models.eval_run import EvalRun
from ..models.eval_run_list import EvalRunList
from ..models.eval_run_output_item import EvalRunOutputItem
from ..models.eval_run_output_item_list import EvalRunOutputItemList
from ..models.update_eval_request import UpdateEvalRequest

__all__ = ["EvalsApi", "AsyncEvalsApi"]


def _list_evals_call(
    after: str | None,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    order_by: Literal["created_at", "updated_at"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/evals",
        query={"after": after, "limit": limit, "order": order, "order_by": order_by},
        accept="application/json",
        responses={"200": ("json", EvalList)},
        security=(("ApiKeyAuth",),),
    )


def _create_eval_call(
    create_eval_request: CreateEvalRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/evals",
        body_kind="json",
        json=json_body(create_eval_request, CreateEvalRequest),
        has_json=True,
        accept="application/json",
        responses={"201": ("json", Eval)},
        security=(("ApiKeyAuth",),),
    )


def _get_eval_call(
    eval_id: str,
) -> Call:
    return Call(
        "GET",
        "/evals/{eval_id}",
        path_params={"eval_id": eval_id},
        accept="application/json",
        responses={"200": ("json", Eval)},
        security=(("ApiKeyAuth",),),
    )


def _update_eval_call(
    eval_id: str,
    update_eval_request: UpdateEvalRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/evals/{eval_id}",
        path_params={"eval_id": eval_id},
        body_kind="json",
        json=json_body(update_eval_request, UpdateEvalRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Eval)},
        security=(("ApiKeyAuth",),),
    )


def _delete_eval_call(
    eval_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/evals/{eval_id}",
        path_params={"eval_id": eval_id},
        accept="application/json",
        responses={"200": ("json", DeleteEvalResponse), "404": ("json", Error)},
        security=(("ApiKeyAuth",),),
    )


def _get_eval_runs_call(
    eval_id: str,
    after: str | None,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    status: Literal["queued", "in_progress", "completed", "canceled", "failed"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/evals/{eval_id}/runs",
        path_params={"eval_id": eval_id},
        query={"after": after, "limit": limit, "order": order, "status": status},
        accept="application/json",
        responses={"200": ("json", EvalRunList)},
        security=(("ApiKeyAuth",),),
    )


def _create_eval_run_call(
    eval_id: str,
    create_eval_run_request: CreateEvalRunRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/evals/{eval_id}/runs",
        path_params={"eval_id": eval_id},
        body_kind="json",
        json=json_body(create_eval_run_request, CreateEvalRunRequest),
        has_json=True,
        accept="application/json",
        responses={"201": ("json", EvalRun), "400": ("json", Error)},
        security=(("ApiKeyAuth",),),
    )


def _get_eval_run_call(
    eval_id: str,
    run_id: str,
) -> Call:
    return Call(
        "GET",
        "/evals/{eval_id}/runs/{run_id}",
        path_params={"eval_id": eval_id, "run_id": run_id},
        accept="application/json",
        responses={"200": ("json", EvalRun)},
        security=(("ApiKeyAuth",),),
    )


def _cancel_eval_run_call(
    eval_id: str,
    run_id: str,
) -> Call:
    return Call(
        "POST",
        "/evals/{eval_id}/runs/{run_id}",
        path_params={"eval_id": eval_id, "run_id": run_id},
        accept="application/json",
        responses={"200": ("json", EvalRun)},
        security=(("ApiKeyAuth",),),
    )


def _delete_eval_run_call(
    eval_id: str,
    run_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/evals/{eval_id}/runs/{run_id}",
        path_params={"eval_id": eval_id, "run_id": run_id},
        accept="application/json",
        responses={"200": ("json", DeleteEvalRunResponse), "404": ("json", Error)},
        security=(("ApiKeyAuth",),),
    )


def _get_eval_run_output_items_call(
    eval_id: str,
    run_id: str,
    after: str | None,
    limit: int | None,
    status: Literal["fail", "pass"] | str | None,
    order: Literal["asc", "desc"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/evals/{eval_id}/runs/{run_id}/output_items",
        path_params={"eval_id": eval_id, "run_id": run_id},
        query={"after": after, "limit": limit, "status": status, "order": order},
        accept="application/json",
        responses={"200": ("json", EvalRunOutputItemList)},
        security=(("ApiKeyAuth",),),
    )


def _get_eval_run_output_item_call(
    eval_id: str,
    run_id: str,
    output_item_id: str,
) -> Call:
    return Call(
        "GET",
        "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}",
        path_params={"eval_id": eval_id, "run_id": run_id, "output_item_id": output_item_id},
        accept="application/json",
        responses={"200": ("json", EvalRunOutputItem)},
        security=(("ApiKeyAuth",),),
    )


class EvalsApi:
    """Evals operations.

    Manage and run evals in the OpenAI platform.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_evals(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        order_by: Literal["created_at", "updated_at"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalList:
        """List evaluations for a project.

        Args:
            after: Identifier for the last eval from the previous pagination request.
            limit: Number of evals to retrieve.
            order: Sort order for evals by timestamp. Use `asc` for ascending order or `desc` for descending order.
            order_by: Evals can be ordered by creation time or last updated time. Use
                `created_at` for creation time or `updated_at` for last updated time.

        Returns:
            EvalList
        """
        response = self.list_evals_with_http_info(
            after=after,
            limit=limit,
            order=order,
            order_by=order_by,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_evals_with_http_info(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        order_by: Literal["created_at", "updated_at"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalList]:
        """Like :meth:`list_evals`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_evals_call(after=after, limit=limit, order=order, order_by=order_by),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_evals_iter(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        order_by: Literal["created_at", "updated_at"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[Eval]:
        """Auto-paging :meth:`list_evals`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[Eval]:
            page = self.list_evals(
                after=cursor,
                limit=limit,
                order=order,
                order_by=order_by,
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

    def create_eval(
        self,
        create_eval_request: CreateEvalRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Eval:
        """Create the structure of an evaluation that can be used to test a model's performance.
        An evaluation is a set of testing criteria and the config for a data source, which dictates the schema of the data used in the evaluation. After creating an evaluation, you can run it on different models and model parameters. We support several types of graders and datasources.
        For more information, see the [Evals guide](/docs/guides/evals).

        Args:
            create_eval_request: CreateEvalRequest

        Returns:
            Eval
        """
        response = self.create_eval_with_http_info(
            create_eval_request=create_eval_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_eval_with_http_info(
        self,
        create_eval_request: CreateEvalRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Eval]:
        """Like :meth:`create_eval`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_eval_call(create_eval_request=create_eval_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_eval(
        self,
        eval_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Eval:
        """Get an evaluation by ID.

        Args:
            eval_id: The ID of the evaluation to retrieve.

        Returns:
            Eval
        """
        response = self.get_eval_with_http_info(
            eval_id=eval_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_eval_with_http_info(
        self,
        eval_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Eval]:
        """Like :meth:`get_eval`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_eval_call(eval_id=eval_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_eval(
        self,
        eval_id: str,
        update_eval_request: UpdateEvalRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Eval:
        """Update certain properties of an evaluation.

        Args:
            eval_id: The ID of the evaluation to update.
            update_eval_request: Request to update an evaluation

        Returns:
            Eval
        """
        response = self.update_eval_with_http_info(
            eval_id=eval_id,
            update_eval_request=update_eval_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_eval_with_http_info(
        self,
        eval_id: str,
        update_eval_request: UpdateEvalRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Eval]:
        """Like :meth:`update_eval`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_eval_call(eval_id=eval_id, update_eval_request=update_eval_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_eval(
        self,
        eval_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteEvalResponse:
        """Delete an evaluation.

        Args:
            eval_id: The ID of the evaluation to delete.

        Returns:
            DeleteEvalResponse
        """
        response = self.delete_eval_with_http_info(
            eval_id=eval_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_eval_with_http_info(
        self,
        eval_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteEvalResponse]:
        """Like :meth:`delete_eval`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_eval_call(eval_id=eval_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_eval_runs(
        self,
        eval_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"] | str | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalRunList:
        """Get a list of runs for an evaluation.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            after: Identifier for the last run from the previous pagination request.
            limit: Number of runs to retrieve.
            order: Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
            status: Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.

        Returns:
            EvalRunList
        """
        response = self.get_eval_runs_with_http_info(
            eval_id=eval_id,
            after=after,
            limit=limit,
            order=order,
            status=status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_eval_runs_with_http_info(
        self,
        eval_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"] | str | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalRunList]:
        """Like :meth:`get_eval_runs`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_eval_runs_call(
                eval_id=eval_id, after=after, limit=limit, order=order, status=status
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

    def get_eval_runs_iter(
        self,
        eval_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"] | str | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[EvalRun]:
        """Auto-paging :meth:`get_eval_runs`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[EvalRun]:
            page = self.get_eval_runs(
                eval_id=eval_id,
                after=cursor,
                limit=limit,
                order=order,
                status=status,
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

    def create_eval_run(
        self,
        eval_id: str,
        create_eval_run_request: CreateEvalRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalRun:
        """Kicks off a new run for a given evaluation, specifying the data source, and what model configuration to use to test. The datasource will be validated against the schema specified in the config of the evaluation.

        Args:
            eval_id: The ID of the evaluation to create a run for.
            create_eval_run_request: CreateEvalRunRequest

        Returns:
            EvalRun
        """
        response = self.create_eval_run_with_http_info(
            eval_id=eval_id,
            create_eval_run_request=create_eval_run_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_eval_run_with_http_info(
        self,
        eval_id: str,
        create_eval_run_request: CreateEvalRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalRun]:
        """Like :meth:`create_eval_run`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_eval_run_call(eval_id=eval_id, create_eval_run_request=create_eval_run_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalRun:
        """Get an evaluation run by ID.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            run_id: The ID of the run to retrieve.

        Returns:
            EvalRun
        """
        response = self.get_eval_run_with_http_info(
            eval_id=eval_id,
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_eval_run_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalRun]:
        """Like :meth:`get_eval_run`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_eval_run_call(eval_id=eval_id, run_id=run_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def cancel_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalRun:
        """Cancel an ongoing evaluation run.

        Args:
            eval_id: The ID of the evaluation whose run you want to cancel.
            run_id: The ID of the run to cancel.

        Returns:
            EvalRun
        """
        response = self.cancel_eval_run_with_http_info(
            eval_id=eval_id,
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def cancel_eval_run_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalRun]:
        """Like :meth:`cancel_eval_run`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _cancel_eval_run_call(eval_id=eval_id, run_id=run_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteEvalRunResponse:
        """Delete an eval run.

        Args:
            eval_id: The ID of the evaluation to delete the run from.
            run_id: The ID of the run to delete.

        Returns:
            DeleteEvalRunResponse
        """
        response = self.delete_eval_run_with_http_info(
            eval_id=eval_id,
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_eval_run_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteEvalRunResponse]:
        """Like :meth:`delete_eval_run`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_eval_run_call(eval_id=eval_id, run_id=run_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_eval_run_output_items(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        status: Literal["fail", "pass"] | str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalRunOutputItemList:
        """Get a list of output items for an evaluation run.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            run_id: The ID of the run to retrieve output items for.
            after: Identifier for the last output item from the previous pagination request.
            limit: Number of output items to retrieve.
            status: Filter output items by status. Use `failed` to filter by failed output
                items or `pass` to filter by passed output items.
            order: Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.

        Returns:
            EvalRunOutputItemList
        """
        response = self.get_eval_run_output_items_with_http_info(
            eval_id=eval_id,
            run_id=run_id,
            after=after,
            limit=limit,
            status=status,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_eval_run_output_items_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        status: Literal["fail", "pass"] | str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalRunOutputItemList]:
        """Like :meth:`get_eval_run_output_items`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_eval_run_output_items_call(
                eval_id=eval_id, run_id=run_id, after=after, limit=limit, status=status, order=order
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

    def get_eval_run_output_items_iter(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        status: Literal["fail", "pass"] | str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[EvalRunOutputItem]:
        """Auto-paging :meth:`get_eval_run_output_items`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[EvalRunOutputItem]:
            page = self.get_eval_run_output_items(
                eval_id=eval_id,
                run_id=run_id,
                after=cursor,
                limit=limit,
                status=status,
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

    def get_eval_run_output_item(
        self,
        eval_id: str,
        run_id: str,
        output_item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalRunOutputItem:
        """Get an evaluation run output item by ID.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            run_id: The ID of the run to retrieve.
            output_item_id: The ID of the output item to retrieve.

        Returns:
            EvalRunOutputItem
        """
        response = self.get_eval_run_output_item_with_http_info(
            eval_id=eval_id,
            run_id=run_id,
            output_item_id=output_item_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_eval_run_output_item_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        output_item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalRunOutputItem]:
        """Like :meth:`get_eval_run_output_item`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_eval_run_output_item_call(
                eval_id=eval_id, run_id=run_id, output_item_id=output_item_id
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


class AsyncEvalsApi:
    """Evals operations (async).

    Manage and run evals in the OpenAI platform.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_evals(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        order_by: Literal["created_at", "updated_at"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalList:
        """List evaluations for a project.

        Args:
            after: Identifier for the last eval from the previous pagination request.
            limit: Number of evals to retrieve.
            order: Sort order for evals by timestamp. Use `asc` for ascending order or `desc` for descending order.
            order_by: Evals can be ordered by creation time or last updated time. Use
                `created_at` for creation time or `updated_at` for last updated time.

        Returns:
            EvalList
        """
        response = await self.list_evals_with_http_info(
            after=after,
            limit=limit,
            order=order,
            order_by=order_by,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_evals_with_http_info(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        order_by: Literal["created_at", "updated_at"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalList]:
        """Like :meth:`list_evals`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_evals_call(after=after, limit=limit, order=order, order_by=order_by),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_evals_iter(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        order_by: Literal["created_at", "updated_at"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[Eval]:
        """Auto-paging :meth:`list_evals`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[Eval]:
            page = await self.list_evals(
                after=cursor,
                limit=limit,
                order=order,
                order_by=order_by,
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

        async def first() -> AsyncPage[Eval]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_eval(
        self,
        create_eval_request: CreateEvalRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Eval:
        """Create the structure of an evaluation that can be used to test a model's performance.
        An evaluation is a set of testing criteria and the config for a data source, which dictates the schema of the data used in the evaluation. After creating an evaluation, you can run it on different models and model parameters. We support several types of graders and datasources.
        For more information, see the [Evals guide](/docs/guides/evals).

        Args:
            create_eval_request: CreateEvalRequest

        Returns:
            Eval
        """
        response = await self.create_eval_with_http_info(
            create_eval_request=create_eval_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_eval_with_http_info(
        self,
        create_eval_request: CreateEvalRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Eval]:
        """Like :meth:`create_eval`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_eval_call(create_eval_request=create_eval_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_eval(
        self,
        eval_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Eval:
        """Get an evaluation by ID.

        Args:
            eval_id: The ID of the evaluation to retrieve.

        Returns:
            Eval
        """
        response = await self.get_eval_with_http_info(
            eval_id=eval_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_eval_with_http_info(
        self,
        eval_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Eval]:
        """Like :meth:`get_eval`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_eval_call(eval_id=eval_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_eval(
        self,
        eval_id: str,
        update_eval_request: UpdateEvalRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Eval:
        """Update certain properties of an evaluation.

        Args:
            eval_id: The ID of the evaluation to update.
            update_eval_request: Request to update an evaluation

        Returns:
            Eval
        """
        response = await self.update_eval_with_http_info(
            eval_id=eval_id,
            update_eval_request=update_eval_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_eval_with_http_info(
        self,
        eval_id: str,
        update_eval_request: UpdateEvalRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Eval]:
        """Like :meth:`update_eval`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_eval_call(eval_id=eval_id, update_eval_request=update_eval_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_eval(
        self,
        eval_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteEvalResponse:
        """Delete an evaluation.

        Args:
            eval_id: The ID of the evaluation to delete.

        Returns:
            DeleteEvalResponse
        """
        response = await self.delete_eval_with_http_info(
            eval_id=eval_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_eval_with_http_info(
        self,
        eval_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteEvalResponse]:
        """Like :meth:`delete_eval`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_eval_call(eval_id=eval_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_eval_runs(
        self,
        eval_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"] | str | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalRunList:
        """Get a list of runs for an evaluation.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            after: Identifier for the last run from the previous pagination request.
            limit: Number of runs to retrieve.
            order: Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
            status: Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.

        Returns:
            EvalRunList
        """
        response = await self.get_eval_runs_with_http_info(
            eval_id=eval_id,
            after=after,
            limit=limit,
            order=order,
            status=status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_eval_runs_with_http_info(
        self,
        eval_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"] | str | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalRunList]:
        """Like :meth:`get_eval_runs`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_eval_runs_call(
                eval_id=eval_id, after=after, limit=limit, order=order, status=status
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

    def get_eval_runs_iter(
        self,
        eval_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"] | str | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[EvalRun]:
        """Auto-paging :meth:`get_eval_runs`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[EvalRun]:
            page = await self.get_eval_runs(
                eval_id=eval_id,
                after=cursor,
                limit=limit,
                order=order,
                status=status,
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

        async def first() -> AsyncPage[EvalRun]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_eval_run(
        self,
        eval_id: str,
        create_eval_run_request: CreateEvalRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalRun:
        """Kicks off a new run for a given evaluation, specifying the data source, and what model configuration to use to test. The datasource will be validated against the schema specified in the config of the evaluation.

        Args:
            eval_id: The ID of the evaluation to create a run for.
            create_eval_run_request: CreateEvalRunRequest

        Returns:
            EvalRun
        """
        response = await self.create_eval_run_with_http_info(
            eval_id=eval_id,
            create_eval_run_request=create_eval_run_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_eval_run_with_http_info(
        self,
        eval_id: str,
        create_eval_run_request: CreateEvalRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalRun]:
        """Like :meth:`create_eval_run`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_eval_run_call(eval_id=eval_id, create_eval_run_request=create_eval_run_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalRun:
        """Get an evaluation run by ID.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            run_id: The ID of the run to retrieve.

        Returns:
            EvalRun
        """
        response = await self.get_eval_run_with_http_info(
            eval_id=eval_id,
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_eval_run_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalRun]:
        """Like :meth:`get_eval_run`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_eval_run_call(eval_id=eval_id, run_id=run_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def cancel_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalRun:
        """Cancel an ongoing evaluation run.

        Args:
            eval_id: The ID of the evaluation whose run you want to cancel.
            run_id: The ID of the run to cancel.

        Returns:
            EvalRun
        """
        response = await self.cancel_eval_run_with_http_info(
            eval_id=eval_id,
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def cancel_eval_run_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalRun]:
        """Like :meth:`cancel_eval_run`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _cancel_eval_run_call(eval_id=eval_id, run_id=run_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteEvalRunResponse:
        """Delete an eval run.

        Args:
            eval_id: The ID of the evaluation to delete the run from.
            run_id: The ID of the run to delete.

        Returns:
            DeleteEvalRunResponse
        """
        response = await self.delete_eval_run_with_http_info(
            eval_id=eval_id,
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_eval_run_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteEvalRunResponse]:
        """Like :meth:`delete_eval_run`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_eval_run_call(eval_id=eval_id, run_id=run_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_eval_run_output_items(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        status: Literal["fail", "pass"] | str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalRunOutputItemList:
        """Get a list of output items for an evaluation run.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            run_id: The ID of the run to retrieve output items for.
            after: Identifier for the last output item from the previous pagination request.
            limit: Number of output items to retrieve.
            status: Filter output items by status. Use `failed` to filter by failed output
                items or `pass` to filter by passed output items.
            order: Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.

        Returns:
            EvalRunOutputItemList
        """
        response = await self.get_eval_run_output_items_with_http_info(
            eval_id=eval_id,
            run_id=run_id,
            after=after,
            limit=limit,
            status=status,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_eval_run_output_items_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        status: Literal["fail", "pass"] | str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalRunOutputItemList]:
        """Like :meth:`get_eval_run_output_items`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_eval_run_output_items_call(
                eval_id=eval_id, run_id=run_id, after=after, limit=limit, status=status, order=order
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

    def get_eval_run_output_items_iter(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        status: Literal["fail", "pass"] | str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[EvalRunOutputItem]:
        """Auto-paging :meth:`get_eval_run_output_items`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[EvalRunOutputItem]:
            page = await self.get_eval_run_output_items(
                eval_id=eval_id,
                run_id=run_id,
                after=cursor,
                limit=limit,
                status=status,
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

        async def first() -> AsyncPage[EvalRunOutputItem]:
            return await fetch(after)

        return AsyncPager(first)

    async def get_eval_run_output_item(
        self,
        eval_id: str,
        run_id: str,
        output_item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EvalRunOutputItem:
        """Get an evaluation run output item by ID.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            run_id: The ID of the run to retrieve.
            output_item_id: The ID of the output item to retrieve.

        Returns:
            EvalRunOutputItem
        """
        response = await self.get_eval_run_output_item_with_http_info(
            eval_id=eval_id,
            run_id=run_id,
            output_item_id=output_item_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_eval_run_output_item_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        output_item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EvalRunOutputItem]:
        """Like :meth:`get_eval_run_output_item`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_eval_run_output_item_call(
                eval_id=eval_id, run_id=run_id, output_item_id=output_item_id
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
