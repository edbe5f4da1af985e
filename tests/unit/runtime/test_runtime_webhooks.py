"""Standard Webhooks verification (generator/runtime/_webhooks.py): deliveries signed here with
the reference construction (HMAC-SHA256 over ``id.timestamp.body``, base64, ``v1,`` prefix) pass;
a tampered body, a wrong secret, a stale or future timestamp, a missing header do not."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from typing import Literal

import pytest

from generator.runtime import _settings
from generator.runtime._models import OagenModel
from generator.runtime._webhooks import BaseWebhooks, verify_signature
from generator.runtime.exceptions import ApiError, MissingCredentialsError, WebhookVerificationError

KEY = b"0123456789abcdef0123456789abcdef"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
BODY = b'{"type": "batch.completed", "id": "evt_1", "data": {"id": "batch_1"}}'


def sign(body: bytes, *, key: bytes = KEY, msg_id: str = "msg_1", at: int | None = None) -> dict[str, str]:
    stamp = str(int(time.time()) if at is None else at)
    digest = hmac.new(key, f"{msg_id}.{stamp}.".encode() + body, hashlib.sha256).digest()
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": stamp,
        "webhook-signature": "v1," + base64.b64encode(digest).decode(),
    }


def test_a_valid_delivery_passes_with_and_without_the_prefix_and_as_text() -> None:
    headers = sign(BODY)
    verify_signature(BODY, headers, SECRET)
    verify_signature(BODY, headers, SECRET.removeprefix("whsec_"))
    verify_signature(BODY.decode(), headers, SECRET)
    verify_signature(BODY, {k.title(): v for k, v in headers.items()}, SECRET)  # any header case


def test_a_tampered_payload_is_refused() -> None:
    headers = sign(BODY)
    with pytest.raises(WebhookVerificationError, match="no webhook signature matches"):
        verify_signature(BODY.replace(b"batch_1", b"batch_2"), headers, SECRET)


def test_a_tampered_id_or_timestamp_is_refused() -> None:
    headers = sign(BODY)
    with pytest.raises(WebhookVerificationError):
        verify_signature(BODY, {**headers, "webhook-id": "msg_2"}, SECRET)
    with pytest.raises(WebhookVerificationError):
        stamp = str(int(headers["webhook-timestamp"]) - 1)
        verify_signature(BODY, {**headers, "webhook-timestamp": stamp}, SECRET)


def test_one_valid_signature_among_several_is_enough() -> None:
    good = sign(BODY)["webhook-signature"]
    other = sign(BODY, key=b"another key of some length......")["webhook-signature"]
    headers = {**sign(BODY), "webhook-signature": f"v1a,{good[3:]} {other} {good}"}
    verify_signature(BODY, headers, SECRET)
    # the right digest under another version does not count
    with pytest.raises(WebhookVerificationError):
        verify_signature(BODY, {**headers, "webhook-signature": f"v1a,{good[3:]} {other}"}, SECRET)


def test_a_wrong_secret_is_refused() -> None:
    wrong = "whsec_" + base64.b64encode(b"not the key, but as long as it..").decode()
    with pytest.raises(WebhookVerificationError, match="no webhook signature matches"):
        verify_signature(BODY, sign(BODY), wrong)


def test_a_secret_that_is_not_base64_is_refused_clearly() -> None:
    with pytest.raises(WebhookVerificationError, match="not base64"):
        verify_signature(BODY, sign(BODY), "whsec_not base64!")


def test_a_stale_or_future_timestamp_is_refused_inside_the_window_accepted() -> None:
    now = 1_700_000_000
    verify_signature(BODY, sign(BODY, at=now - 299), SECRET, now=now)
    verify_signature(BODY, sign(BODY, at=now + 299), SECRET, now=now)
    with pytest.raises(WebhookVerificationError, match="too old"):
        verify_signature(BODY, sign(BODY, at=now - 301), SECRET, now=now)
    with pytest.raises(WebhookVerificationError, match="in the future"):
        verify_signature(BODY, sign(BODY, at=now + 301), SECRET, now=now)
    verify_signature(BODY, sign(BODY, at=now - 3000), SECRET, now=now, tolerance=3600)
    with pytest.raises(WebhookVerificationError, match="not an integer"):
        verify_signature(BODY, {**sign(BODY), "webhook-timestamp": "soon"}, SECRET)


@pytest.mark.parametrize("header", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_a_missing_header_is_refused(header: str) -> None:
    headers = sign(BODY)
    del headers[header]
    with pytest.raises(WebhookVerificationError, match=f"missing webhook header.*{header}"):
        verify_signature(BODY, headers, SECRET)


def test_the_error_is_the_package_error() -> None:
    assert issubclass(WebhookVerificationError, ApiError)


class BatchData(OagenModel):
    id: str


class BatchCompleted(OagenModel):
    type: Literal["batch.completed"]
    id: str
    data: BatchData


def test_unwrap_verifies_then_parses_into_the_event_type() -> None:
    hooks: BaseWebhooks[BatchCompleted] = BaseWebhooks(BatchCompleted, SECRET)
    event = hooks.unwrap(BODY, sign(BODY))
    assert isinstance(event, BatchCompleted) and event.data.id == "batch_1"
    with pytest.raises(WebhookVerificationError):
        hooks.unwrap(BODY + b" ", sign(BODY))


def test_unwrap_parses_leniently_when_the_event_does_not_validate() -> None:
    body = b'{"type": "batch.completed", "id": 7, "data": {"id": "batch_1"}, "extra": true}'
    event = BaseWebhooks[BatchCompleted](BatchCompleted, SECRET).unwrap(body, sign(body))
    assert isinstance(event, BatchCompleted)
    assert event.id == 7  # type: ignore[comparison-overlap]  # kept as sent
    assert event.data.id == "batch_1"


def test_the_secret_comes_from_the_call_the_client_or_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _settings.WEBHOOK_SECRET_ENV is not None
    monkeypatch.delenv(_settings.WEBHOOK_SECRET_ENV, raising=False)
    hooks = BaseWebhooks[BatchCompleted](BatchCompleted)
    with pytest.raises(MissingCredentialsError, match=_settings.WEBHOOK_SECRET_ENV):
        hooks.verify_signature(BODY, sign(BODY))
    hooks.verify_signature(BODY, sign(BODY), secret=SECRET)
    monkeypatch.setenv(_settings.WEBHOOK_SECRET_ENV, SECRET)
    hooks.verify_signature(BODY, sign(BODY))
    wrong = "whsec_" + base64.b64encode(b"x" * 32).decode()
    with pytest.raises(WebhookVerificationError):  # the client's secret wins over the environment
        BaseWebhooks[BatchCompleted](BatchCompleted, wrong).verify_signature(BODY, sign(BODY))
