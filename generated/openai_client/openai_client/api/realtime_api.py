"""Realtime operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.realtime_call_refer_request import RealtimeCallReferRequest
from ..models.realtime_call_reject_request import RealtimeCallRejectRequest
from ..models.realtime_create_client_secret_request import RealtimeCreateClientSecretRequest
from ..models.realtime_create_client_secret_response import RealtimeCreateClientSecretResponse
from ..models.realtime_session_create_request import RealtimeSessionCreateRequest
from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
from ..models.realtime_session_create_response import RealtimeSessionCreateResponse
from ..models.realtime_transcription_session_create_request import (
    RealtimeTranscriptionSessionCreateRequest,
)
from ..models.realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)
from ..models.realtime_translation_client_secret_create_request import (
    RealtimeTranslationClientSecretCreateRequest,
)
from ..models.realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)

__all__ = ["RealtimeApi", "AsyncRealtimeApi"]


def _create_realtime_call_call(
    sdp: str,
    session: RealtimeSessionCreateRequestGA | None,
) -> Call:
    return Call(
        "POST",
        "/realtime/calls",
        body_kind="multipart",
        form={"sdp": sdp, "session": session},
        files={},
        accept="application/sdp",
        responses={"201": ("text", None)},
        security=(("ApiKeyAuth",),),
    )


def _accept_realtime_call_call(
    call_id: str,
    realtime_session_create_request_ga: RealtimeSessionCreateRequestGA | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/realtime/calls/{call_id}/accept",
        path_params={"call_id": call_id},
        body_kind="json",
        json=json_body(realtime_session_create_request_ga, RealtimeSessionCreateRequestGA),
        has_json=True,
        responses={"200": ("empty", None)},
        security=(("ApiKeyAuth",),),
    )


def _hangup_realtime_call_call(
    call_id: str,
) -> Call:
    return Call(
        "POST",
        "/realtime/calls/{call_id}/hangup",
        path_params={"call_id": call_id},
        responses={"200": ("empty", None)},
        security=(("ApiKeyAuth",),),
    )


def _refer_realtime_call_call(
    call_id: str,
    realtime_call_refer_request: RealtimeCallReferRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/realtime/calls/{call_id}/refer",
        path_params={"call_id": call_id},
        body_kind="json",
        json=json_body(realtime_call_refer_request, RealtimeCallReferRequest),
        has_json=True,
        responses={"200": ("empty", None)},
        security=(("ApiKeyAuth",),),
    )


def _reject_realtime_call_call(
    call_id: str,
    realtime_call_reject_request: RealtimeCallRejectRequest | dict[str, Any] | None,
) -> Call:
    return Call(
        "POST",
        "/realtime/calls/{call_id}/reject",
        path_params={"call_id": call_id},
        body_kind="json",
        json=json_body(realtime_call_reject_request, RealtimeCallRejectRequest),
        has_json=realtime_call_reject_request is not None,
        responses={"200": ("empty", None)},
        security=(("ApiKeyAuth",),),
    )


def _create_realtime_client_secret_call(
    realtime_create_client_secret_request: RealtimeCreateClientSecretRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/realtime/client_secrets",
        body_kind="json",
        json=json_body(realtime_create_client_secret_request, RealtimeCreateClientSecretRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", RealtimeCreateClientSecretResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_realtime_session_call(
    realtime_session_create_request: RealtimeSessionCreateRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/realtime/sessions",
        body_kind="json",
        json=json_body(realtime_session_create_request, RealtimeSessionCreateRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", RealtimeSessionCreateResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_realtime_transcription_session_call(
    realtime_transcription_session_create_request: (
        RealtimeTranscriptionSessionCreateRequest | dict[str, Any]
    ),
) -> Call:
    return Call(
        "POST",
        "/realtime/transcription_sessions",
        body_kind="json",
        json=json_body(
            realtime_transcription_session_create_request, RealtimeTranscriptionSessionCreateRequest
        ),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", RealtimeTranscriptionSessionCreateResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_realtime_translation_client_secret_call(
    realtime_translation_client_secret_create_request: (
        RealtimeTranslationClientSecretCreateRequest | dict[str, Any]
    ),
) -> Call:
    return Call(
        "POST",
        "/realtime/translations/client_secrets",
        body_kind="json",
        json=json_body(
            realtime_translation_client_secret_create_request,
            RealtimeTranslationClientSecretCreateRequest,
        ),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", RealtimeTranslationClientSecretCreateResponse)},
        security=(("ApiKeyAuth",),),
    )


class RealtimeApi:
    """Realtime operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_realtime_call(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestGA | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> str:
        """Create a new Realtime API call over WebRTC and receive the SDP answer needed
        to complete the peer connection.

        Args:
            sdp: WebRTC Session Description Protocol (SDP) offer generated by the caller.
            session: Optional session configuration to apply before the realtime session is
                created. Use the same parameters you would send in a [`create client secret`](/docs/api-reference/realtime-sessions/create-realtime-client-secret)
                request.

        Returns:
            str
        """
        response = self.create_realtime_call_with_http_info(
            sdp=sdp,
            session=session,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_realtime_call_with_http_info(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestGA | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[str]:
        """Like :meth:`create_realtime_call`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_realtime_call_call(sdp=sdp, session=session),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def accept_realtime_call(
        self,
        call_id: str,
        realtime_session_create_request_ga: RealtimeSessionCreateRequestGA | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """Accept an incoming SIP call and configure the realtime session that will
        handle it.

        Args:
            call_id: The identifier for the call provided in the
                [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
                webhook.
            realtime_session_create_request_ga: Session configuration to apply before the caller is bridged to the model.

        Returns:
            None
        """
        response = self.accept_realtime_call_with_http_info(
            call_id=call_id,
            realtime_session_create_request_ga=realtime_session_create_request_ga,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def accept_realtime_call_with_http_info(
        self,
        call_id: str,
        realtime_session_create_request_ga: RealtimeSessionCreateRequestGA | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`accept_realtime_call`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _accept_realtime_call_call(
                call_id=call_id,
                realtime_session_create_request_ga=realtime_session_create_request_ga,
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

    def hangup_realtime_call(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """End an active Realtime API call, whether it was initiated over SIP or
        WebRTC.

        Args:
            call_id: The identifier for the call. For SIP calls, use the value provided in the
                [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
                webhook. For WebRTC sessions, reuse the call ID returned in the `Location`
                header when creating the call with
                [`POST /v1/realtime/calls`](/docs/api-reference/realtime/create-call).

        Returns:
            None
        """
        response = self.hangup_realtime_call_with_http_info(
            call_id=call_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def hangup_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`hangup_realtime_call`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _hangup_realtime_call_call(call_id=call_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def refer_realtime_call(
        self,
        call_id: str,
        realtime_call_refer_request: RealtimeCallReferRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """Transfer an active SIP call to a new destination using the SIP REFER verb.

        Args:
            call_id: The identifier for the call provided in the
                [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
                webhook.
            realtime_call_refer_request: Destination URI for the REFER request.

        Returns:
            None
        """
        response = self.refer_realtime_call_with_http_info(
            call_id=call_id,
            realtime_call_refer_request=realtime_call_refer_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def refer_realtime_call_with_http_info(
        self,
        call_id: str,
        realtime_call_refer_request: RealtimeCallReferRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`refer_realtime_call`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _refer_realtime_call_call(
                call_id=call_id, realtime_call_refer_request=realtime_call_refer_request
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

    def reject_realtime_call(
        self,
        call_id: str,
        *,
        realtime_call_reject_request: RealtimeCallRejectRequest | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """Decline an incoming SIP call by returning a SIP status code to the caller.

        Args:
            call_id: The identifier for the call provided in the
                [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
                webhook.
            realtime_call_reject_request: Provide an optional SIP status code. When omitted the API responds with
                `603 Decline`.

        Returns:
            None
        """
        response = self.reject_realtime_call_with_http_info(
            call_id=call_id,
            realtime_call_reject_request=realtime_call_reject_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def reject_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        realtime_call_reject_request: RealtimeCallRejectRequest | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`reject_realtime_call`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _reject_realtime_call_call(
                call_id=call_id, realtime_call_reject_request=realtime_call_reject_request
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

    def create_realtime_client_secret(
        self,
        realtime_create_client_secret_request: RealtimeCreateClientSecretRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RealtimeCreateClientSecretResponse:
        """Create a Realtime client secret with an associated session configuration.

        Client secrets are short-lived tokens that can be passed to a client app,
        such as a web frontend or mobile client, which grants access to the Realtime API without
        leaking your main API key. You can configure a custom TTL for each client secret.

        You can also attach session configuration options to the client secret, which will be
        applied to any sessions created using that client secret, but these can also be overridden
        by the client connection.

        [Learn more about authentication with client secrets over WebRTC](/docs/guides/realtime-webrtc).

        Returns the created client secret and the effective session object. The client secret is a string that looks like `ek_1234`.

        Args:
            realtime_create_client_secret_request: Create a client secret with the given session configuration.

        Returns:
            RealtimeCreateClientSecretResponse
        """
        response = self.create_realtime_client_secret_with_http_info(
            realtime_create_client_secret_request=realtime_create_client_secret_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_realtime_client_secret_with_http_info(
        self,
        realtime_create_client_secret_request: RealtimeCreateClientSecretRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RealtimeCreateClientSecretResponse]:
        """Like :meth:`create_realtime_client_secret`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_realtime_client_secret_call(
                realtime_create_client_secret_request=realtime_create_client_secret_request
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

    def create_realtime_session(
        self,
        realtime_session_create_request: RealtimeSessionCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RealtimeSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API. Can be configured with the same session parameters as the
        `session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime session object, plus an ephemeral key.

        Args:
            realtime_session_create_request: Create an ephemeral API key with the given session configuration.

        Returns:
            RealtimeSessionCreateResponse
        """
        response = self.create_realtime_session_with_http_info(
            realtime_session_create_request=realtime_session_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_realtime_session_with_http_info(
        self,
        realtime_session_create_request: RealtimeSessionCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RealtimeSessionCreateResponse]:
        """Like :meth:`create_realtime_session`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_realtime_session_call(
                realtime_session_create_request=realtime_session_create_request
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

    def create_realtime_transcription_session(
        self,
        realtime_transcription_session_create_request: (
            RealtimeTranscriptionSessionCreateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RealtimeTranscriptionSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API specifically for realtime transcriptions.
        Can be configured with the same session parameters as the `transcription_session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime transcription session object, plus an ephemeral key.

        Args:
            realtime_transcription_session_create_request: Create an ephemeral API key with the given session configuration.

        Returns:
            RealtimeTranscriptionSessionCreateResponse
        """
        response = self.create_realtime_transcription_session_with_http_info(
            realtime_transcription_session_create_request=realtime_transcription_session_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_realtime_transcription_session_with_http_info(
        self,
        realtime_transcription_session_create_request: (
            RealtimeTranscriptionSessionCreateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RealtimeTranscriptionSessionCreateResponse]:
        """Like :meth:`create_realtime_transcription_session`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_realtime_transcription_session_call(
                realtime_transcription_session_create_request=realtime_transcription_session_create_request
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

    def create_realtime_translation_client_secret(
        self,
        realtime_translation_client_secret_create_request: (
            RealtimeTranslationClientSecretCreateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RealtimeTranslationClientSecretCreateResponse:
        """Create a Realtime translation client secret with an associated translation session configuration.

        Client secrets are short-lived tokens that can be passed to a client app,
        such as a web frontend or mobile client, which grants access to the Realtime
        Translation API without leaking your main API key. You can configure a custom
        TTL for each client secret.

        Returns the created client secret and the effective translation session object.
        The client secret is a string that looks like `ek_1234`.

        Args:
            realtime_translation_client_secret_create_request: Create a client secret with the given translation session configuration.

        Returns:
            RealtimeTranslationClientSecretCreateResponse
        """
        response = self.create_realtime_translation_client_secret_with_http_info(
            realtime_translation_client_secret_create_request=realtime_translation_client_secret_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_realtime_translation_client_secret_with_http_info(
        self,
        realtime_translation_client_secret_create_request: (
            RealtimeTranslationClientSecretCreateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RealtimeTranslationClientSecretCreateResponse]:
        """Like :meth:`create_realtime_translation_client_secret`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_realtime_translation_client_secret_call(
                realtime_translation_client_secret_create_request=realtime_translation_client_secret_create_request
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


class AsyncRealtimeApi:
    """Realtime operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_realtime_call(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestGA | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> str:
        """Create a new Realtime API call over WebRTC and receive the SDP answer needed
        to complete the peer connection.

        Args:
            sdp: WebRTC Session Description Protocol (SDP) offer generated by the caller.
            session: Optional session configuration to apply before the realtime session is
                created. Use the same parameters you would send in a [`create client secret`](/docs/api-reference/realtime-sessions/create-realtime-client-secret)
                request.

        Returns:
            str
        """
        response = await self.create_realtime_call_with_http_info(
            sdp=sdp,
            session=session,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_realtime_call_with_http_info(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestGA | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[str]:
        """Like :meth:`create_realtime_call`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_realtime_call_call(sdp=sdp, session=session),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def accept_realtime_call(
        self,
        call_id: str,
        realtime_session_create_request_ga: RealtimeSessionCreateRequestGA | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """Accept an incoming SIP call and configure the realtime session that will
        handle it.

        Args:
            call_id: The identifier for the call provided in the
                [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
                webhook.
            realtime_session_create_request_ga: Session configuration to apply before the caller is bridged to the model.

        Returns:
            None
        """
        response = await self.accept_realtime_call_with_http_info(
            call_id=call_id,
            realtime_session_create_request_ga=realtime_session_create_request_ga,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def accept_realtime_call_with_http_info(
        self,
        call_id: str,
        realtime_session_create_request_ga: RealtimeSessionCreateRequestGA | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`accept_realtime_call`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _accept_realtime_call_call(
                call_id=call_id,
                realtime_session_create_request_ga=realtime_session_create_request_ga,
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

    async def hangup_realtime_call(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """End an active Realtime API call, whether it was initiated over SIP or
        WebRTC.

        Args:
            call_id: The identifier for the call. For SIP calls, use the value provided in the
                [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
                webhook. For WebRTC sessions, reuse the call ID returned in the `Location`
                header when creating the call with
                [`POST /v1/realtime/calls`](/docs/api-reference/realtime/create-call).

        Returns:
            None
        """
        response = await self.hangup_realtime_call_with_http_info(
            call_id=call_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def hangup_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`hangup_realtime_call`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _hangup_realtime_call_call(call_id=call_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def refer_realtime_call(
        self,
        call_id: str,
        realtime_call_refer_request: RealtimeCallReferRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """Transfer an active SIP call to a new destination using the SIP REFER verb.

        Args:
            call_id: The identifier for the call provided in the
                [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
                webhook.
            realtime_call_refer_request: Destination URI for the REFER request.

        Returns:
            None
        """
        response = await self.refer_realtime_call_with_http_info(
            call_id=call_id,
            realtime_call_refer_request=realtime_call_refer_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def refer_realtime_call_with_http_info(
        self,
        call_id: str,
        realtime_call_refer_request: RealtimeCallReferRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`refer_realtime_call`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _refer_realtime_call_call(
                call_id=call_id, realtime_call_refer_request=realtime_call_refer_request
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

    async def reject_realtime_call(
        self,
        call_id: str,
        *,
        realtime_call_reject_request: RealtimeCallRejectRequest | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """Decline an incoming SIP call by returning a SIP status code to the caller.

        Args:
            call_id: The identifier for the call provided in the
                [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
                webhook.
            realtime_call_reject_request: Provide an optional SIP status code. When omitted the API responds with
                `603 Decline`.

        Returns:
            None
        """
        response = await self.reject_realtime_call_with_http_info(
            call_id=call_id,
            realtime_call_reject_request=realtime_call_reject_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def reject_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        realtime_call_reject_request: RealtimeCallRejectRequest | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`reject_realtime_call`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _reject_realtime_call_call(
                call_id=call_id, realtime_call_reject_request=realtime_call_reject_request
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

    async def create_realtime_client_secret(
        self,
        realtime_create_client_secret_request: RealtimeCreateClientSecretRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RealtimeCreateClientSecretResponse:
        """Create a Realtime client secret with an associated session configuration.

        Client secrets are short-lived tokens that can be passed to a client app,
        such as a web frontend or mobile client, which grants access to the Realtime API without
        leaking your main API key. You can configure a custom TTL for each client secret.

        You can also attach session configuration options to the client secret, which will be
        applied to any sessions created using that client secret, but these can also be overridden
        by the client connection.

        [Learn more about authentication with client secrets over WebRTC](/docs/guides/realtime-webrtc).

        Returns the created client secret and the effective session object. The client secret is a string that looks like `ek_1234`.

        Args:
            realtime_create_client_secret_request: Create a client secret with the given session configuration.

        Returns:
            RealtimeCreateClientSecretResponse
        """
        response = await self.create_realtime_client_secret_with_http_info(
            realtime_create_client_secret_request=realtime_create_client_secret_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_realtime_client_secret_with_http_info(
        self,
        realtime_create_client_secret_request: RealtimeCreateClientSecretRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RealtimeCreateClientSecretResponse]:
        """Like :meth:`create_realtime_client_secret`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_realtime_client_secret_call(
                realtime_create_client_secret_request=realtime_create_client_secret_request
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

    async def create_realtime_session(
        self,
        realtime_session_create_request: RealtimeSessionCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RealtimeSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API. Can be configured with the same session parameters as the
        `session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime session object, plus an ephemeral key.

        Args:
            realtime_session_create_request: Create an ephemeral API key with the given session configuration.

        Returns:
            RealtimeSessionCreateResponse
        """
        response = await self.create_realtime_session_with_http_info(
            realtime_session_create_request=realtime_session_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_realtime_session_with_http_info(
        self,
        realtime_session_create_request: RealtimeSessionCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RealtimeSessionCreateResponse]:
        """Like :meth:`create_realtime_session`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_realtime_session_call(
                realtime_session_create_request=realtime_session_create_request
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

    async def create_realtime_transcription_session(
        self,
        realtime_transcription_session_create_request: (
            RealtimeTranscriptionSessionCreateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RealtimeTranscriptionSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API specifically for realtime transcriptions.
        Can be configured with the same session parameters as the `transcription_session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime transcription session object, plus an ephemeral key.

        Args:
            realtime_transcription_session_create_request: Create an ephemeral API key with the given session configuration.

        Returns:
            RealtimeTranscriptionSessionCreateResponse
        """
        response = await self.create_realtime_transcription_session_with_http_info(
            realtime_transcription_session_create_request=realtime_transcription_session_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_realtime_transcription_session_with_http_info(
        self,
        realtime_transcription_session_create_request: (
            RealtimeTranscriptionSessionCreateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RealtimeTranscriptionSessionCreateResponse]:
        """Like :meth:`create_realtime_transcription_session`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_realtime_transcription_session_call(
                realtime_transcription_session_create_request=realtime_transcription_session_create_request
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

    async def create_realtime_translation_client_secret(
        self,
        realtime_translation_client_secret_create_request: (
            RealtimeTranslationClientSecretCreateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> RealtimeTranslationClientSecretCreateResponse:
        """Create a Realtime translation client secret with an associated translation session configuration.

        Client secrets are short-lived tokens that can be passed to a client app,
        such as a web frontend or mobile client, which grants access to the Realtime
        Translation API without leaking your main API key. You can configure a custom
        TTL for each client secret.

        Returns the created client secret and the effective translation session object.
        The client secret is a string that looks like `ek_1234`.

        Args:
            realtime_translation_client_secret_create_request: Create a client secret with the given translation session configuration.

        Returns:
            RealtimeTranslationClientSecretCreateResponse
        """
        response = await self.create_realtime_translation_client_secret_with_http_info(
            realtime_translation_client_secret_create_request=realtime_translation_client_secret_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_realtime_translation_client_secret_with_http_info(
        self,
        realtime_translation_client_secret_create_request: (
            RealtimeTranslationClientSecretCreateRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[RealtimeTranslationClientSecretCreateResponse]:
        """Like :meth:`create_realtime_translation_client_secret`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_realtime_translation_client_secret_call(
                realtime_translation_client_secret_create_request=realtime_translation_client_secret_create_request
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
