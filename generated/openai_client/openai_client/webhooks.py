"""Webhook payloads: parse a request body the API sent to your endpoint into its typed event.

Verify the signature headers before trusting a payload; this module only parses.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import TypeAdapter

from .models.webhook_event import WebhookEvent

__all__ = ["WebhookEvent", "parse_webhook_event"]


@lru_cache(maxsize=1)
def _adapter() -> TypeAdapter[WebhookEvent]:
    return TypeAdapter(WebhookEvent)


def parse_webhook_event(payload: bytes | str) -> WebhookEvent:
    """Parse a webhook request body (JSON text) into the event it carries.

    Events of a type this client version does not know parse to ``UnknownVariant``, which
    keeps every field.
    """
    return _adapter().validate_json(payload)
