"""Signed webhooks through the generated OpenAI package (target key ``webhook_signing``):
``client.webhooks.unwrap`` verifies a Standard Webhooks delivery and parses it into the spec's
event union (discriminated by ``type``), on the sync and the async client; the secret comes from
the call, the client (kept by ``with_options``) or ``OPENAI_WEBHOOK_SECRET``."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

import pytest
from openai_client import AsyncClient, Client, MissingCredentialsError, WebhookVerificationError
from openai_client._models import UnknownVariant
from openai_client.models import WebhookBatchCompleted, WebhookResponseFailed

SECRET = "whsec_" + base64.b64encode(b"openai webhook secret, 32 bytes").decode()
EVENT = {
    "id": "evt_685343a1381c819085d44c354e1b330e",
    "type": "batch.completed",
    "created_at": 1750287018,
    "object": "event",
    "data": {"id": "batch_abc"},
}


def deliver(event: object, secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(event).encode()
    stamp = str(int(time.time()))
    key = base64.b64decode(secret.removeprefix("whsec_"))
    digest = hmac.new(key, f"wh_1.{stamp}.".encode() + body, hashlib.sha256).digest()
    headers = {"webhook-id": "wh_1", "webhook-timestamp": stamp,
               "webhook-signature": "v1," + base64.b64encode(digest).decode()}
    return body, headers


@pytest.fixture(autouse=True)
def no_secret_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)


def test_unwrap_parses_into_the_event_model_by_its_type() -> None:
    body, headers = deliver(EVENT)
    with Client(api_key="sk-test", webhook_secret=SECRET) as client:
        event = client.webhooks.unwrap(body, headers)
        assert isinstance(event, WebhookBatchCompleted)
        assert event.data.id == "batch_abc" and event.created_at == 1750287018
        failed = client.webhooks.unwrap(*deliver({**EVENT, "type": "response.failed",
                                                  "data": {"id": "resp_1"}}))
        assert isinstance(failed, WebhookResponseFailed) and failed.data.id == "resp_1"
        # a type this client does not know yet keeps every field
        unknown = client.webhooks.unwrap(*deliver({**EVENT, "type": "batch.reticulated"}))
        assert isinstance(unknown, UnknownVariant)
        with pytest.raises(WebhookVerificationError):
            client.webhooks.unwrap(body.replace(b"batch_abc", b"batch_xyz"), headers)


def test_the_async_client_and_with_options_keep_the_secret() -> None:
    body, headers = deliver(EVENT)
    client = AsyncClient(api_key="sk-test", webhook_secret=SECRET)
    assert isinstance(client.webhooks.unwrap(body, headers), WebhookBatchCompleted)
    assert isinstance(client.with_options(timeout=5).webhooks.unwrap(body, headers),
                      WebhookBatchCompleted)
    other = "whsec_" + base64.b64encode(b"x" * 32).decode()
    with pytest.raises(WebhookVerificationError):
        client.with_options(webhook_secret=other).webhooks.verify_signature(body, headers)


def test_the_secret_from_the_environment_and_its_absence(monkeypatch: pytest.MonkeyPatch) -> None:
    body, headers = deliver(EVENT)
    client = Client(api_key="sk-test")
    with pytest.raises(MissingCredentialsError, match="OPENAI_WEBHOOK_SECRET"):
        client.webhooks.unwrap(body, headers)
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    assert isinstance(client.webhooks.unwrap(body, headers), WebhookBatchCompleted)
    client.close()
