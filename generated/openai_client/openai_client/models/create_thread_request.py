"""CreateThreadRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel
from .create_message_request import CreateMessageRequest, CreateMessageRequestParam
from .create_thread_request_tool_resources_variant1 import (
    CreateThreadRequestToolResourcesVariant1,
    CreateThreadRequestToolResourcesVariant1Param,
)
from .metadata import Metadata

__all__ = ["CreateThreadRequest", "CreateThreadRequestParam"]


class CreateThreadRequest(OagenModel):
    """Options to create a new thread. If no thread is provided when running a
    request, an empty thread will be created."""

    messages: list[CreateMessageRequest] | None = None
    """A list of [messages](/docs/api-reference/messages) to start the thread with."""

    tool_resources: CreateThreadRequestToolResourcesVariant1 | None = None

    metadata: Metadata | None = None


class CreateThreadRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateThreadRequest`: a dict a type checker can check."""

    messages: Sequence[CreateMessageRequestParam | CreateMessageRequest]
    """A list of [messages](/docs/api-reference/messages) to start the thread with."""

    tool_resources: (
        CreateThreadRequestToolResourcesVariant1Param
        | CreateThreadRequestToolResourcesVariant1
        | None
    )

    metadata: Metadata
