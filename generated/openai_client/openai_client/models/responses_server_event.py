"""ResponsesServerEvent."""

from __future__ import annotations

from typing import TypeAlias

from .response_stream_event import ResponseStreamEvent

__all__ = ["ResponsesServerEvent"]

ResponsesServerEvent: TypeAlias = ResponseStreamEvent
"""Server events emitted by the Responses WebSocket server."""
