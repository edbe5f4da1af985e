"""Webhooks signed the Standard Webhooks way (https://www.standardwebhooks.com): verify, then parse.

The sender puts three headers on each delivery: ``webhook-id``, ``webhook-timestamp`` (Unix
seconds) and ``webhook-signature``, a space-separated list of ``v1,<base64 HMAC-SHA256>`` over
``<id>.<timestamp>.<body>``.  Several signatures appear while a secret is being rotated; one
that matches is enough.  The secret is base64, usually with a ``whsec_`` prefix.  A timestamp
outside the tolerance window (either direction) is refused, so a captured delivery cannot be
replayed later.

The generated ``webhooks.py`` subclasses :class:`BaseWebhooks` with the spec's event type.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import time
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from pydantic import ValidationError

from ._decode import parse_json
from ._lenient import build
from ._settings import WEBHOOK_SECRET_ENV
from .exceptions import ApiError, MissingCredentialsError, WebhookVerificationError

__all__ = ["DEFAULT_TOLERANCE", "BaseWebhooks", "verify_signature"]

# Seconds a delivery's timestamp may differ from this machine's clock (the reference libraries'
# window), in the past or in the future.
DEFAULT_TOLERANCE = 300.0

_SECRET_PREFIX = "whsec_"
_SIGNATURE_VERSION = "v1"

EventT = TypeVar("EventT")


def verify_signature(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise :class:`WebhookVerificationError` unless ``payload`` carries a valid signature.

    ``payload`` is the request body exactly as received (bytes preferred: re-encoding parsed
    JSON changes it); ``headers`` any mapping of the request headers, any case."""
    key = _decode_secret(secret)
    lower = {str(k).lower(): str(v) for k, v in headers.items()}
    missing = [
        h for h in ("webhook-id", "webhook-timestamp", "webhook-signature") if h not in lower
    ]
    if missing:
        raise WebhookVerificationError(f"missing webhook header(s): {', '.join(missing)}")
    msg_id, stamp, signatures = (
        lower["webhook-id"],
        lower["webhook-timestamp"],
        lower["webhook-signature"],
    )
    try:
        sent_at = int(stamp)
    except ValueError:
        raise WebhookVerificationError(
            f"webhook-timestamp is not an integer: {stamp!r:.40}"
        ) from None
    current = time.time() if now is None else now
    if sent_at < current - tolerance:
        raise WebhookVerificationError(
            f"webhook timestamp is too old: {current - sent_at:.0f} s > {tolerance:g} s tolerance"
        )
    if sent_at > current + tolerance:
        raise WebhookVerificationError(
            f"webhook timestamp is in the future: {sent_at - current:.0f} s > {tolerance:g} s tolerance"
        )
    body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    signed = f"{msg_id}.{stamp}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode("ascii")
    for entry in signatures.split():
        version, _, signature = entry.partition(",")
        # other versions (v1a: asymmetric) are not ours to check; compare in constant time
        if version == _SIGNATURE_VERSION and hmac.compare_digest(signature, expected):
            return
    raise WebhookVerificationError("no webhook signature matches the payload and the secret")


def _decode_secret(secret: str) -> bytes:
    raw = secret[len(_SECRET_PREFIX) :] if secret.startswith(_SECRET_PREFIX) else secret
    try:
        return base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError(
            "the webhook secret is not base64 (Standard Webhooks secrets look like whsec_...)"
        ) from None


class BaseWebhooks(Generic[EventT]):
    """``client.webhooks``: verify a delivery's signature, and parse it into its event.

    The secret is the ``secret=`` argument of a call, else the client's ``webhook_secret``, else
    the environment variable of the package (``_settings.WEBHOOK_SECRET_ENV``)."""

    def __init__(self, event_type: Any, secret: str | None = None) -> None:
        self._event_type = event_type
        self._secret = secret

    def verify_signature(
        self,
        payload: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
    ) -> None:
        """Raise :class:`WebhookVerificationError` unless the delivery is signed with the secret
        and recent."""
        verify_signature(payload, headers, self._resolve(secret), tolerance=tolerance)

    def unwrap(
        self,
        payload: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
    ) -> EventT:
        """Verify the delivery (as :meth:`verify_signature`), then parse it into its event."""
        self.verify_signature(payload, headers, secret=secret, tolerance=tolerance)
        return self.parse(payload)

    def parse(self, payload: bytes | str) -> EventT:
        """The event a payload carries, without verifying it: validated when it matches the
        event type, else built leniently (fields that do not validate keep their JSON value)."""
        try:
            value: EventT = parse_json(self._event_type, payload)
            return value
        except ValidationError as exc:
            failure = exc
        try:
            data = json.loads(payload)
        except ValueError:
            raise ApiError("the webhook payload is not valid JSON") from None
        built, _ = build(self._event_type, data, failure)
        event: EventT = built
        return event

    def _resolve(self, given: str | None) -> str:
        secret = (
            given
            or self._secret
            or (os.environ.get(WEBHOOK_SECRET_ENV) if WEBHOOK_SECRET_ENV else None)
        )
        if not secret:
            where = (
                f" or set the environment variable {WEBHOOK_SECRET_ENV}"
                if WEBHOOK_SECRET_ENV
                else ""
            )
            raise MissingCredentialsError(
                f"no webhook secret: pass secret=..., or webhook_secret=... to the client{where}"
            )
        return secret
