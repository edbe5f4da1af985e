"""Assistants operations: Build Assistants that can call models and use tools.."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.assistant_object import AssistantObject
from ..models.create_assistant_request import CreateAssistantRequest
from ..models.create_message_request import CreateMessageRequest
from ..models.create_run_request import CreateRunRequest
from ..models.create_thread_and_run_request import CreateThreadAndRunRequest
from ..models.create_thread_request import CreateThreadRequest
from ..models.delete_assistant_response import DeleteAssistantResponse
from ..models.delete_message_response import DeleteMessageResponse
from ..models.delete_thread_response import DeleteThreadResponse
from ..models.list_assistants_response import ListAssistantsResponse
from ..models.list_messages_response import ListMessagesResponse
from ..models.list_run_steps_response import ListRunStepsResponse
from ..models.list_runs_response import ListRunsResponse
from ..models.message_object import MessageObject
from ..models.modify_assistant_request import ModifyAssistantRequest
from ..models.modify_message_request import ModifyMessageRequest
from ..models.modify_run_request import ModifyRunRequest
from ..models.modify_thread_request import ModifyThreadRequest
from ..models.run_object import RunObject
from ..models.run_step_object import RunStepObject
from ..models.submit_tool_outputs_run_request import SubmitToolOutputsRunRequest
from ..models.thread_object import ThreadObject

__all__ = ["AssistantsApi", "AsyncAssistantsApi"]


def _list_assistants_call(
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
    before: str | None,
) -> Call:
    return Call(
        "GET",
        "/assistants",
        query={"limit": limit, "order": order, "after": after, "before": before},
        accept="application/json",
        responses={"200": ("json", ListAssistantsResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_assistant_call(
    create_assistant_request: CreateAssistantRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/assistants",
        body_kind="json",
        json=json_body(create_assistant_request, CreateAssistantRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", AssistantObject)},
        security=(("ApiKeyAuth",),),
    )


def _get_assistant_call(
    assistant_id: str,
) -> Call:
    return Call(
        "GET",
        "/assistants/{assistant_id}",
        path_params={"assistant_id": assistant_id},
        accept="application/json",
        responses={"200": ("json", AssistantObject)},
        security=(("ApiKeyAuth",),),
    )


def _modify_assistant_call(
    assistant_id: str,
    modify_assistant_request: ModifyAssistantRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/assistants/{assistant_id}",
        path_params={"assistant_id": assistant_id},
        body_kind="json",
        json=json_body(modify_assistant_request, ModifyAssistantRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", AssistantObject)},
        security=(("ApiKeyAuth",),),
    )


def _delete_assistant_call(
    assistant_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/assistants/{assistant_id}",
        path_params={"assistant_id": assistant_id},
        accept="application/json",
        responses={"200": ("json", DeleteAssistantResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_thread_call(
    create_thread_request: CreateThreadRequest | dict[str, Any] | None,
) -> Call:
    return Call(
        "POST",
        "/threads",
        body_kind="json",
        json=json_body(create_thread_request, CreateThreadRequest),
        has_json=create_thread_request is not None,
        accept="application/json",
        responses={"200": ("json", ThreadObject)},
        security=(("ApiKeyAuth",),),
    )


def _create_thread_and_run_call(
    create_thread_and_run_request: CreateThreadAndRunRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/threads/runs",
        body_kind="json",
        json=json_body(create_thread_and_run_request, CreateThreadAndRunRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", RunObject)},
        security=(("ApiKeyAuth",),),
    )


def _get_thread_call(
    thread_id: str,
) -> Call:
    return Call(
        "GET",
        "/threads/{thread_id}",
        path_params={"thread_id": thread_id},
        accept="application/json",
        responses={"200": ("json", ThreadObject)},
        security=(("ApiKeyAuth",),),
    )


def _modify_thread_call(
    thread_id: str,
    modify_thread_request: ModifyThreadRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/threads/{thread_id}",
        path_params={"thread_id": thread_id},
        body_kind="json",
        json=json_body(modify_thread_request, ModifyThreadRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ThreadObject)},
        security=(("ApiKeyAuth",),),
    )


def _delete_thread_call(
    thread_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/threads/{thread_id}",
        path_params={"thread_id": thread_id},
        accept="application/json",
        responses={"200": ("json", DeleteThreadResponse)},
        security=(("ApiKeyAuth",),),
    )


def _list_messages_call(
    thread_id: str,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
    before: str | None,
    run_id: str | None,
) -> Call:
    return Call(
        "GET",
        "/threads/{thread_id}/messages",
        path_params={"thread_id": thread_id},
        query={"limit": limit, "order": order, "after": after, "before": before, "run_id": run_id},
        accept="application/json",
        responses={"200": ("json", ListMessagesResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_message_call(
    thread_id: str,
    create_message_request: CreateMessageRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/threads/{thread_id}/messages",
        path_params={"thread_id": thread_id},
        body_kind="json",
        json=json_body(create_message_request, CreateMessageRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", MessageObject)},
        security=(("ApiKeyAuth",),),
    )


def _get_message_call(
    thread_id: str,
    message_id: str,
) -> Call:
    return Call(
        "GET",
        "/threads/{thread_id}/messages/{message_id}",
        path_params={"thread_id": thread_id, "message_id": message_id},
        accept="application/json",
        responses={"200": ("json", MessageObject)},
        security=(("ApiKeyAuth",),),
    )


def _modify_message_call(
    thread_id: str,
    message_id: str,
    modify_message_request: ModifyMessageRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/threads/{thread_id}/messages/{message_id}",
        path_params={"thread_id": thread_id, "message_id": message_id},
        body_kind="json",
        json=json_body(modify_message_request, ModifyMessageRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", MessageObject)},
        security=(("ApiKeyAuth",),),
    )


def _delete_message_call(
    thread_id: str,
    message_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/threads/{thread_id}/messages/{message_id}",
        path_params={"thread_id": thread_id, "message_id": message_id},
        accept="application/json",
        responses={"200": ("json", DeleteMessageResponse)},
        security=(("ApiKeyAuth",),),
    )


def _list_runs_call(
    thread_id: str,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
    before: str | None,
) -> Call:
    return Call(
        "GET",
        "/threads/{thread_id}/runs",
        path_params={"thread_id": thread_id},
        query={"limit": limit, "order": order, "after": after, "before": before},
        accept="application/json",
        responses={"200": ("json", ListRunsResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_run_call(
    thread_id: str,
    create_run_request: CreateRunRequest | dict[str, Any],
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None,
) -> Call:
    return Call(
        "POST",
        "/threads/{thread_id}/runs",
        path_params={"thread_id": thread_id},
        query={"include[]": include},
        body_kind="json",
        json=json_body(create_run_request, CreateRunRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", RunObject)},
        security=(("ApiKeyAuth",),),
    )


def _get_run_call(
    thread_id: str,
    run_id: str,
) -> Call:
    return Call(
        "GET",
        "/threads/{thread_id}/runs/{run_id}",
        path_params={"thread_id": thread_id, "run_id": run_id},
        accept="application/json",
        responses={"200": ("json", RunObject)},
        security=(("ApiKeyAuth",),),
    )


def _modify_run_call(
    thread_id: str,
    run_id: str,
    modify_run_request: ModifyRunRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/threads/{thread_id}/runs/{run_id}",
        path_params={"thread_id": thread_id, "run_id": run_id},
        body_kind="json",
        json=json_body(modify_run_request, ModifyRunRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", RunObject)},
        security=(("ApiKeyAuth",),),
    )


def _cancel_run_call(
    thread_id: str,
    run_id: str,
) -> Call:
    return Call(
        "POST",
        "/threads/{thread_id}/runs/{run_id}/cancel",
        path_params={"thread_id": thread_id, "run_id": run_id},
        accept="application/json",
        responses={"200": ("json", RunObject)},
        security=(("ApiKeyAuth",),),
    )


def _list_run_steps_call(
    thread_id: str,
    run_id: str,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
    before: str | None,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None,
) -> Call:
    return Call(
        "GET",
        "/threads/{thread_id}/runs/{run_id}/steps",
        path_params={"thread_id": thread_id, "run_id": run_id},
        query={
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
            "include[]": include,
        },
        accept="application/json",
        responses={"200": ("json", ListRunStepsResponse)},
        security=(("ApiKeyAuth",),),
    )


def _get_run_step_call(
    thread_id: str,
    run_id: str,
    step_id: str,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None,
) -> Call:
    return Call(
        "GET",
        "/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
        path_params={"thread_id": thread_id, "run_id": run_id, "step_id": step_id},
        query={"include[]": include},
        accept="application/json",
        responses={"200": ("json", RunStepObject)},
        security=(("ApiKeyAuth",),),
    )


def _submit_tool_ouputs_to_run_call(
    thread_id: str,
    run_id: str,
    submit_tool_outputs_run_request: SubmitToolOutputsRunRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
        path_params={"thread_id": thread_id, "run_id": run_id},
        body_kind="json",
        json=json_body(submit_tool_outputs_run_request, SubmitToolOutputsRunRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", RunObject)},
        security=(("ApiKeyAuth",),),
    )


class AssistantsApi:
    """Assistants operations.

    Build Assistants that can call models and use tools.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_assistants(
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
    ) -> ListAssistantsResponse:
        """Returns a list of assistants.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

        Returns:
            ListAssistantsResponse
        """
        response = self.list_assistants_with_http_info(
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

    def list_assistants_with_http_info(
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
    ) -> ApiResponse[ListAssistantsResponse]:
        """Like :meth:`list_assistants`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_assistants_call(limit=limit, order=order, after=after, before=before),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_assistants_iter(
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
    ) -> SyncPage[AssistantObject]:
        """Auto-paging :meth:`list_assistants`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[AssistantObject]:
            page = self.list_assistants(
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

    def create_assistant(
        self,
        create_assistant_request: CreateAssistantRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AssistantObject:
        """Create an assistant with a model and instructions.

        Args:
            create_assistant_request: CreateAssistantRequest

        Returns:
            AssistantObject
        """
        response = self.create_assistant_with_http_info(
            create_assistant_request=create_assistant_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_assistant_with_http_info(
        self,
        create_assistant_request: CreateAssistantRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AssistantObject]:
        """Like :meth:`create_assistant`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_assistant_call(create_assistant_request=create_assistant_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_assistant(
        self,
        assistant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AssistantObject:
        """Retrieves an assistant.

        Args:
            assistant_id: The ID of the assistant to retrieve.

        Returns:
            AssistantObject
        """
        response = self.get_assistant_with_http_info(
            assistant_id=assistant_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AssistantObject]:
        """Like :meth:`get_assistant`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_assistant_call(assistant_id=assistant_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def modify_assistant(
        self,
        assistant_id: str,
        modify_assistant_request: ModifyAssistantRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AssistantObject:
        """Modifies an assistant.

        Args:
            assistant_id: The ID of the assistant to modify.
            modify_assistant_request: ModifyAssistantRequest

        Returns:
            AssistantObject
        """
        response = self.modify_assistant_with_http_info(
            assistant_id=assistant_id,
            modify_assistant_request=modify_assistant_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def modify_assistant_with_http_info(
        self,
        assistant_id: str,
        modify_assistant_request: ModifyAssistantRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AssistantObject]:
        """Like :meth:`modify_assistant`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _modify_assistant_call(
                assistant_id=assistant_id, modify_assistant_request=modify_assistant_request
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

    def delete_assistant(
        self,
        assistant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteAssistantResponse:
        """Delete an assistant.

        Args:
            assistant_id: The ID of the assistant to delete.

        Returns:
            DeleteAssistantResponse
        """
        response = self.delete_assistant_with_http_info(
            assistant_id=assistant_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteAssistantResponse]:
        """Like :meth:`delete_assistant`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_assistant_call(assistant_id=assistant_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_thread(
        self,
        *,
        create_thread_request: CreateThreadRequest | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ThreadObject:
        """Create a thread.

        Args:
            create_thread_request: CreateThreadRequest

        Returns:
            ThreadObject
        """
        response = self.create_thread_with_http_info(
            create_thread_request=create_thread_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_thread_with_http_info(
        self,
        *,
        create_thread_request: CreateThreadRequest | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ThreadObject]:
        """Like :meth:`create_thread`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_thread_call(create_thread_request=create_thread_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_thread_and_run(
        self,
        create_thread_and_run_request: CreateThreadAndRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunObject:
        """Create a thread and run it in one request.

        Args:
            create_thread_and_run_request: CreateThreadAndRunRequest

        Returns:
            RunObject
        """
        response = self.create_thread_and_run_with_http_info(
            create_thread_and_run_request=create_thread_and_run_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_thread_and_run_with_http_info(
        self,
        create_thread_and_run_request: CreateThreadAndRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunObject]:
        """Like :meth:`create_thread_and_run`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_thread_and_run_call(
                create_thread_and_run_request=create_thread_and_run_request
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

    def get_thread(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ThreadObject:
        """Retrieves a thread.

        Args:
            thread_id: The ID of the thread to retrieve.

        Returns:
            ThreadObject
        """
        response = self.get_thread_with_http_info(
            thread_id=thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_thread_with_http_info(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ThreadObject]:
        """Like :meth:`get_thread`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_thread_call(thread_id=thread_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def modify_thread(
        self,
        thread_id: str,
        modify_thread_request: ModifyThreadRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ThreadObject:
        """Modifies a thread.

        Args:
            thread_id: The ID of the thread to modify. Only the `metadata` can be modified.
            modify_thread_request: ModifyThreadRequest

        Returns:
            ThreadObject
        """
        response = self.modify_thread_with_http_info(
            thread_id=thread_id,
            modify_thread_request=modify_thread_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def modify_thread_with_http_info(
        self,
        thread_id: str,
        modify_thread_request: ModifyThreadRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ThreadObject]:
        """Like :meth:`modify_thread`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _modify_thread_call(thread_id=thread_id, modify_thread_request=modify_thread_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_thread(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteThreadResponse:
        """Delete a thread.

        Args:
            thread_id: The ID of the thread to delete.

        Returns:
            DeleteThreadResponse
        """
        response = self.delete_thread_with_http_info(
            thread_id=thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_thread_with_http_info(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteThreadResponse]:
        """Like :meth:`delete_thread`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_thread_call(thread_id=thread_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_messages(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListMessagesResponse:
        """Returns a list of messages for a given thread.

        Args:
            thread_id: The ID of the [thread](/docs/api-reference/threads) the messages belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            run_id: Filter messages by the run ID that generated them.

        Returns:
            ListMessagesResponse
        """
        response = self.list_messages_with_http_info(
            thread_id=thread_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_messages_with_http_info(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListMessagesResponse]:
        """Like :meth:`list_messages`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_messages_call(
                thread_id=thread_id,
                limit=limit,
                order=order,
                after=after,
                before=before,
                run_id=run_id,
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

    def list_messages_iter(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[MessageObject]:
        """Auto-paging :meth:`list_messages`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[MessageObject]:
            page = self.list_messages(
                thread_id=thread_id,
                limit=limit,
                order=order,
                after=cursor,
                before=before,
                run_id=run_id,
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

    def create_message(
        self,
        thread_id: str,
        create_message_request: CreateMessageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> MessageObject:
        """Create a message.

        Args:
            thread_id: The ID of the [thread](/docs/api-reference/threads) to create a message for.
            create_message_request: CreateMessageRequest

        Returns:
            MessageObject
        """
        response = self.create_message_with_http_info(
            thread_id=thread_id,
            create_message_request=create_message_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_message_with_http_info(
        self,
        thread_id: str,
        create_message_request: CreateMessageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[MessageObject]:
        """Like :meth:`create_message`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_message_call(
                thread_id=thread_id, create_message_request=create_message_request
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

    def get_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> MessageObject:
        """Retrieve a message.

        Args:
            thread_id: The ID of the [thread](/docs/api-reference/threads) to which this message belongs.
            message_id: The ID of the message to retrieve.

        Returns:
            MessageObject
        """
        response = self.get_message_with_http_info(
            thread_id=thread_id,
            message_id=message_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[MessageObject]:
        """Like :meth:`get_message`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_message_call(thread_id=thread_id, message_id=message_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def modify_message(
        self,
        thread_id: str,
        message_id: str,
        modify_message_request: ModifyMessageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> MessageObject:
        """Modifies a message.

        Args:
            thread_id: The ID of the thread to which this message belongs.
            message_id: The ID of the message to modify.
            modify_message_request: ModifyMessageRequest

        Returns:
            MessageObject
        """
        response = self.modify_message_with_http_info(
            thread_id=thread_id,
            message_id=message_id,
            modify_message_request=modify_message_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def modify_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        modify_message_request: ModifyMessageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[MessageObject]:
        """Like :meth:`modify_message`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _modify_message_call(
                thread_id=thread_id,
                message_id=message_id,
                modify_message_request=modify_message_request,
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

    def delete_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteMessageResponse:
        """Deletes a message.

        Args:
            thread_id: The ID of the thread to which this message belongs.
            message_id: The ID of the message to delete.

        Returns:
            DeleteMessageResponse
        """
        response = self.delete_message_with_http_info(
            thread_id=thread_id,
            message_id=message_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteMessageResponse]:
        """Like :meth:`delete_message`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_message_call(thread_id=thread_id, message_id=message_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_runs(
        self,
        thread_id: str,
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
    ) -> ListRunsResponse:
        """Returns a list of runs belonging to a thread.

        Args:
            thread_id: The ID of the thread the run belongs to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

        Returns:
            ListRunsResponse
        """
        response = self.list_runs_with_http_info(
            thread_id=thread_id,
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

    def list_runs_with_http_info(
        self,
        thread_id: str,
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
    ) -> ApiResponse[ListRunsResponse]:
        """Like :meth:`list_runs`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_runs_call(
                thread_id=thread_id, limit=limit, order=order, after=after, before=before
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

    def list_runs_iter(
        self,
        thread_id: str,
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
    ) -> SyncPage[RunObject]:
        """Auto-paging :meth:`list_runs`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[RunObject]:
            page = self.list_runs(
                thread_id=thread_id,
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

    def create_run(
        self,
        thread_id: str,
        create_run_request: CreateRunRequest | dict[str, Any],
        *,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunObject:
        """Create a run.

        Args:
            thread_id: The ID of the thread to run.
            create_run_request: CreateRunRequest
            include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

                See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

        Returns:
            RunObject
        """
        response = self.create_run_with_http_info(
            thread_id=thread_id,
            create_run_request=create_run_request,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_run_with_http_info(
        self,
        thread_id: str,
        create_run_request: CreateRunRequest | dict[str, Any],
        *,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunObject]:
        """Like :meth:`create_run`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_run_call(
                thread_id=thread_id, create_run_request=create_run_request, include=include
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

    def get_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunObject:
        """Retrieves a run.

        Args:
            thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.
            run_id: The ID of the run to retrieve.

        Returns:
            RunObject
        """
        response = self.get_run_with_http_info(
            thread_id=thread_id,
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunObject]:
        """Like :meth:`get_run`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_run_call(thread_id=thread_id, run_id=run_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def modify_run(
        self,
        thread_id: str,
        run_id: str,
        modify_run_request: ModifyRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunObject:
        """Modifies a run.

        Args:
            thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.
            run_id: The ID of the run to modify.
            modify_run_request: ModifyRunRequest

        Returns:
            RunObject
        """
        response = self.modify_run_with_http_info(
            thread_id=thread_id,
            run_id=run_id,
            modify_run_request=modify_run_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def modify_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        modify_run_request: ModifyRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunObject]:
        """Like :meth:`modify_run`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _modify_run_call(
                thread_id=thread_id, run_id=run_id, modify_run_request=modify_run_request
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

    def cancel_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunObject:
        """Cancels a run that is `in_progress`.

        Args:
            thread_id: The ID of the thread to which this run belongs.
            run_id: The ID of the run to cancel.

        Returns:
            RunObject
        """
        response = self.cancel_run_with_http_info(
            thread_id=thread_id,
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def cancel_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunObject]:
        """Like :meth:`cancel_run`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _cancel_run_call(thread_id=thread_id, run_id=run_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_run_steps(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListRunStepsResponse:
        """Returns a list of run steps belonging to a run.

        Args:
            thread_id: The ID of the thread the run and run steps belong to.
            run_id: The ID of the run the run steps belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

                See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

        Returns:
            ListRunStepsResponse
        """
        response = self.list_run_steps_with_http_info(
            thread_id=thread_id,
            run_id=run_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_run_steps_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListRunStepsResponse]:
        """Like :meth:`list_run_steps`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_run_steps_call(
                thread_id=thread_id,
                run_id=run_id,
                limit=limit,
                order=order,
                after=after,
                before=before,
                include=include,
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

    def list_run_steps_iter(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[RunStepObject]:
        """Auto-paging :meth:`list_run_steps`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[RunStepObject]:
            page = self.list_run_steps(
                thread_id=thread_id,
                run_id=run_id,
                limit=limit,
                order=order,
                after=cursor,
                before=before,
                include=include,
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

    def get_run_step(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunStepObject:
        """Retrieves a run step.

        Args:
            thread_id: The ID of the thread to which the run and run step belongs.
            run_id: The ID of the run to which the run step belongs.
            step_id: The ID of the run step to retrieve.
            include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

                See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

        Returns:
            RunStepObject
        """
        response = self.get_run_step_with_http_info(
            thread_id=thread_id,
            run_id=run_id,
            step_id=step_id,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_run_step_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunStepObject]:
        """Like :meth:`get_run_step`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_run_step_call(
                thread_id=thread_id, run_id=run_id, step_id=step_id, include=include
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

    def submit_tool_ouputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        submit_tool_outputs_run_request: SubmitToolOutputsRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunObject:
        """When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be submitted in a single request.

        Args:
            thread_id: The ID of the [thread](/docs/api-reference/threads) to which this run belongs.
            run_id: The ID of the run that requires the tool output submission.
            submit_tool_outputs_run_request: SubmitToolOutputsRunRequest

        Returns:
            RunObject
        """
        response = self.submit_tool_ouputs_to_run_with_http_info(
            thread_id=thread_id,
            run_id=run_id,
            submit_tool_outputs_run_request=submit_tool_outputs_run_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def submit_tool_ouputs_to_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        submit_tool_outputs_run_request: SubmitToolOutputsRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunObject]:
        """Like :meth:`submit_tool_ouputs_to_run`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _submit_tool_ouputs_to_run_call(
                thread_id=thread_id,
                run_id=run_id,
                submit_tool_outputs_run_request=submit_tool_outputs_run_request,
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


class AsyncAssistantsApi:
    """Assistants operations (async).

    Build Assistants that can call models and use tools.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_assistants(
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
    ) -> ListAssistantsResponse:
        """Returns a list of assistants.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

        Returns:
            ListAssistantsResponse
        """
        response = await self.list_assistants_with_http_info(
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

    async def list_assistants_with_http_info(
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
    ) -> ApiResponse[ListAssistantsResponse]:
        """Like :meth:`list_assistants`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_assistants_call(limit=limit, order=order, after=after, before=before),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_assistants_iter(
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
    ) -> AsyncPager[AssistantObject]:
        """Auto-paging :meth:`list_assistants`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[AssistantObject]:
            page = await self.list_assistants(
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

        async def first() -> AsyncPage[AssistantObject]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_assistant(
        self,
        create_assistant_request: CreateAssistantRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AssistantObject:
        """Create an assistant with a model and instructions.

        Args:
            create_assistant_request: CreateAssistantRequest

        Returns:
            AssistantObject
        """
        response = await self.create_assistant_with_http_info(
            create_assistant_request=create_assistant_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_assistant_with_http_info(
        self,
        create_assistant_request: CreateAssistantRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AssistantObject]:
        """Like :meth:`create_assistant`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_assistant_call(create_assistant_request=create_assistant_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_assistant(
        self,
        assistant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AssistantObject:
        """Retrieves an assistant.

        Args:
            assistant_id: The ID of the assistant to retrieve.

        Returns:
            AssistantObject
        """
        response = await self.get_assistant_with_http_info(
            assistant_id=assistant_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AssistantObject]:
        """Like :meth:`get_assistant`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_assistant_call(assistant_id=assistant_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def modify_assistant(
        self,
        assistant_id: str,
        modify_assistant_request: ModifyAssistantRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AssistantObject:
        """Modifies an assistant.

        Args:
            assistant_id: The ID of the assistant to modify.
            modify_assistant_request: ModifyAssistantRequest

        Returns:
            AssistantObject
        """
        response = await self.modify_assistant_with_http_info(
            assistant_id=assistant_id,
            modify_assistant_request=modify_assistant_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def modify_assistant_with_http_info(
        self,
        assistant_id: str,
        modify_assistant_request: ModifyAssistantRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AssistantObject]:
        """Like :meth:`modify_assistant`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _modify_assistant_call(
                assistant_id=assistant_id, modify_assistant_request=modify_assistant_request
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

    async def delete_assistant(
        self,
        assistant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteAssistantResponse:
        """Delete an assistant.

        Args:
            assistant_id: The ID of the assistant to delete.

        Returns:
            DeleteAssistantResponse
        """
        response = await self.delete_assistant_with_http_info(
            assistant_id=assistant_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteAssistantResponse]:
        """Like :meth:`delete_assistant`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_assistant_call(assistant_id=assistant_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def create_thread(
        self,
        *,
        create_thread_request: CreateThreadRequest | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ThreadObject:
        """Create a thread.

        Args:
            create_thread_request: CreateThreadRequest

        Returns:
            ThreadObject
        """
        response = await self.create_thread_with_http_info(
            create_thread_request=create_thread_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_thread_with_http_info(
        self,
        *,
        create_thread_request: CreateThreadRequest | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ThreadObject]:
        """Like :meth:`create_thread`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_thread_call(create_thread_request=create_thread_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def create_thread_and_run(
        self,
        create_thread_and_run_request: CreateThreadAndRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunObject:
        """Create a thread and run it in one request.

        Args:
            create_thread_and_run_request: CreateThreadAndRunRequest

        Returns:
            RunObject
        """
        response = await self.create_thread_and_run_with_http_info(
            create_thread_and_run_request=create_thread_and_run_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_thread_and_run_with_http_info(
        self,
        create_thread_and_run_request: CreateThreadAndRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunObject]:
        """Like :meth:`create_thread_and_run`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_thread_and_run_call(
                create_thread_and_run_request=create_thread_and_run_request
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

    async def get_thread(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ThreadObject:
        """Retrieves a thread.

        Args:
            thread_id: The ID of the thread to retrieve.

        Returns:
            ThreadObject
        """
        response = await self.get_thread_with_http_info(
            thread_id=thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_thread_with_http_info(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ThreadObject]:
        """Like :meth:`get_thread`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_thread_call(thread_id=thread_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def modify_thread(
        self,
        thread_id: str,
        modify_thread_request: ModifyThreadRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ThreadObject:
        """Modifies a thread.

        Args:
            thread_id: The ID of the thread to modify. Only the `metadata` can be modified.
            modify_thread_request: ModifyThreadRequest

        Returns:
            ThreadObject
        """
        response = await self.modify_thread_with_http_info(
            thread_id=thread_id,
            modify_thread_request=modify_thread_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def modify_thread_with_http_info(
        self,
        thread_id: str,
        modify_thread_request: ModifyThreadRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ThreadObject]:
        """Like :meth:`modify_thread`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _modify_thread_call(thread_id=thread_id, modify_thread_request=modify_thread_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_thread(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteThreadResponse:
        """Delete a thread.

        Args:
            thread_id: The ID of the thread to delete.

        Returns:
            DeleteThreadResponse
        """
        response = await self.delete_thread_with_http_info(
            thread_id=thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_thread_with_http_info(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteThreadResponse]:
        """Like :meth:`delete_thread`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_thread_call(thread_id=thread_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_messages(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListMessagesResponse:
        """Returns a list of messages for a given thread.

        Args:
            thread_id: The ID of the [thread](/docs/api-reference/threads) the messages belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            run_id: Filter messages by the run ID that generated them.

        Returns:
            ListMessagesResponse
        """
        response = await self.list_messages_with_http_info(
            thread_id=thread_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_messages_with_http_info(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListMessagesResponse]:
        """Like :meth:`list_messages`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_messages_call(
                thread_id=thread_id,
                limit=limit,
                order=order,
                after=after,
                before=before,
                run_id=run_id,
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

    def list_messages_iter(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[MessageObject]:
        """Auto-paging :meth:`list_messages`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[MessageObject]:
            page = await self.list_messages(
                thread_id=thread_id,
                limit=limit,
                order=order,
                after=cursor,
                before=before,
                run_id=run_id,
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

        async def first() -> AsyncPage[MessageObject]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_message(
        self,
        thread_id: str,
        create_message_request: CreateMessageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> MessageObject:
        """Create a message.

        Args:
            thread_id: The ID of the [thread](/docs/api-reference/threads) to create a message for.
            create_message_request: CreateMessageRequest

        Returns:
            MessageObject
        """
        response = await self.create_message_with_http_info(
            thread_id=thread_id,
            create_message_request=create_message_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_message_with_http_info(
        self,
        thread_id: str,
        create_message_request: CreateMessageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[MessageObject]:
        """Like :meth:`create_message`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_message_call(
                thread_id=thread_id, create_message_request=create_message_request
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

    async def get_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> MessageObject:
        """Retrieve a message.

        Args:
            thread_id: The ID of the [thread](/docs/api-reference/threads) to which this message belongs.
            message_id: The ID of the message to retrieve.

        Returns:
            MessageObject
        """
        response = await self.get_message_with_http_info(
            thread_id=thread_id,
            message_id=message_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[MessageObject]:
        """Like :meth:`get_message`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_message_call(thread_id=thread_id, message_id=message_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def modify_message(
        self,
        thread_id: str,
        message_id: str,
        modify_message_request: ModifyMessageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> MessageObject:
        """Modifies a message.

        Args:
            thread_id: The ID of the thread to which this message belongs.
            message_id: The ID of the message to modify.
            modify_message_request: ModifyMessageRequest

        Returns:
            MessageObject
        """
        response = await self.modify_message_with_http_info(
            thread_id=thread_id,
            message_id=message_id,
            modify_message_request=modify_message_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def modify_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        modify_message_request: ModifyMessageRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[MessageObject]:
        """Like :meth:`modify_message`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _modify_message_call(
                thread_id=thread_id,
                message_id=message_id,
                modify_message_request=modify_message_request,
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

    async def delete_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteMessageResponse:
        """Deletes a message.

        Args:
            thread_id: The ID of the thread to which this message belongs.
            message_id: The ID of the message to delete.

        Returns:
            DeleteMessageResponse
        """
        response = await self.delete_message_with_http_info(
            thread_id=thread_id,
            message_id=message_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteMessageResponse]:
        """Like :meth:`delete_message`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_message_call(thread_id=thread_id, message_id=message_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_runs(
        self,
        thread_id: str,
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
    ) -> ListRunsResponse:
        """Returns a list of runs belonging to a thread.

        Args:
            thread_id: The ID of the thread the run belongs to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

        Returns:
            ListRunsResponse
        """
        response = await self.list_runs_with_http_info(
            thread_id=thread_id,
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

    async def list_runs_with_http_info(
        self,
        thread_id: str,
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
    ) -> ApiResponse[ListRunsResponse]:
        """Like :meth:`list_runs`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_runs_call(
                thread_id=thread_id, limit=limit, order=order, after=after, before=before
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

    def list_runs_iter(
        self,
        thread_id: str,
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
    ) -> AsyncPager[RunObject]:
        """Auto-paging :meth:`list_runs`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[RunObject]:
            page = await self.list_runs(
                thread_id=thread_id,
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

        async def first() -> AsyncPage[RunObject]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_run(
        self,
        thread_id: str,
        create_run_request: CreateRunRequest | dict[str, Any],
        *,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunObject:
        """Create a run.

        Args:
            thread_id: The ID of the thread to run.
            create_run_request: CreateRunRequest
            include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

                See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

        Returns:
            RunObject
        """
        response = await self.create_run_with_http_info(
            thread_id=thread_id,
            create_run_request=create_run_request,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_run_with_http_info(
        self,
        thread_id: str,
        create_run_request: CreateRunRequest | dict[str, Any],
        *,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunObject]:
        """Like :meth:`create_run`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_run_call(
                thread_id=thread_id, create_run_request=create_run_request, include=include
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

    async def get_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunObject:
        """Retrieves a run.

        Args:
            thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.
            run_id: The ID of the run to retrieve.

        Returns:
            RunObject
        """
        response = await self.get_run_with_http_info(
            thread_id=thread_id,
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunObject]:
        """Like :meth:`get_run`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_run_call(thread_id=thread_id, run_id=run_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def modify_run(
        self,
        thread_id: str,
        run_id: str,
        modify_run_request: ModifyRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunObject:
        """Modifies a run.

        Args:
            thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.
            run_id: The ID of the run to modify.
            modify_run_request: ModifyRunRequest

        Returns:
            RunObject
        """
        response = await self.modify_run_with_http_info(
            thread_id=thread_id,
            run_id=run_id,
            modify_run_request=modify_run_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def modify_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        modify_run_request: ModifyRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunObject]:
        """Like :meth:`modify_run`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _modify_run_call(
                thread_id=thread_id, run_id=run_id, modify_run_request=modify_run_request
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

    async def cancel_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunObject:
        """Cancels a run that is `in_progress`.

        Args:
            thread_id: The ID of the thread to which this run belongs.
            run_id: The ID of the run to cancel.

        Returns:
            RunObject
        """
        response = await self.cancel_run_with_http_info(
            thread_id=thread_id,
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def cancel_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunObject]:
        """Like :meth:`cancel_run`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _cancel_run_call(thread_id=thread_id, run_id=run_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_run_steps(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListRunStepsResponse:
        """Returns a list of run steps belonging to a run.

        Args:
            thread_id: The ID of the thread the run and run steps belong to.
            run_id: The ID of the run the run steps belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

                See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

        Returns:
            ListRunStepsResponse
        """
        response = await self.list_run_steps_with_http_info(
            thread_id=thread_id,
            run_id=run_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_run_steps_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListRunStepsResponse]:
        """Like :meth:`list_run_steps`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_run_steps_call(
                thread_id=thread_id,
                run_id=run_id,
                limit=limit,
                order=order,
                after=after,
                before=before,
                include=include,
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

    def list_run_steps_iter(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[RunStepObject]:
        """Auto-paging :meth:`list_run_steps`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[RunStepObject]:
            page = await self.list_run_steps(
                thread_id=thread_id,
                run_id=run_id,
                limit=limit,
                order=order,
                after=cursor,
                before=before,
                include=include,
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

        async def first() -> AsyncPage[RunStepObject]:
            return await fetch(after)

        return AsyncPager(first)

    async def get_run_step(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunStepObject:
        """Retrieves a run step.

        Args:
            thread_id: The ID of the thread to which the run and run step belongs.
            run_id: The ID of the run to which the run step belongs.
            step_id: The ID of the run step to retrieve.
            include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

                See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

        Returns:
            RunStepObject
        """
        response = await self.get_run_step_with_http_info(
            thread_id=thread_id,
            run_id=run_id,
            step_id=step_id,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_run_step_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunStepObject]:
        """Like :meth:`get_run_step`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_run_step_call(
                thread_id=thread_id, run_id=run_id, step_id=step_id, include=include
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

    async def submit_tool_ouputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        submit_tool_outputs_run_request: SubmitToolOutputsRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RunObject:
        """When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be submitted in a single request.

        Args:
            thread_id: The ID of the [thread](/docs/api-reference/threads) to which this run belongs.
            run_id: The ID of the run that requires the tool output submission.
            submit_tool_outputs_run_request: SubmitToolOutputsRunRequest

        Returns:
            RunObject
        """
        response = await self.submit_tool_ouputs_to_run_with_http_info(
            thread_id=thread_id,
            run_id=run_id,
            submit_tool_outputs_run_request=submit_tool_outputs_run_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def submit_tool_ouputs_to_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        submit_tool_outputs_run_request: SubmitToolOutputsRunRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RunObject]:
        """Like :meth:`submit_tool_ouputs_to_run`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _submit_tool_ouputs_to_run_call(
                thread_id=thread_id,
                run_id=run_id,
                submit_tool_outputs_run_request=submit_tool_outputs_run_request,
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
