"""ResponsesClientEventResponseCreate."""

from __future__ import annotations

from typing import Literal

from .create_response import CreateResponse

__all__ = ["ResponsesClientEventResponseCreate"]


class ResponsesClientEventResponseCreate(CreateResponse):
    """Client event for creating a response over a persistent WebSocket connection.
    This payload uses the same top-level fields as `POST /v1/responses`.

    Notes:
    - `stream` is implicit over WebSocket and should not be sent.
    - `background` is not supported over WebSocket."""

    type: Literal["response.create"]
    """The type of the client event. Always `response.create`."""
