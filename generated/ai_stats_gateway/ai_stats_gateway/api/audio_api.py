"""audio operations."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx

from .._binary import AsyncBinaryStream, BinaryStream
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.audio_speech_request import AudioSpeechRequest
from ..models.audio_transcription_response import AudioTranscriptionResponse
from ..models.audio_translation_response import AudioTranslationResponse

__all__ = ["AudioApi", "AsyncAudioApi"]


def _create_speech_call(
    audio_speech_request: AudioSpeechRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/audio/speech",
        body_kind="json",
        json=json_body(audio_speech_request, AudioSpeechRequest),
        has_json=True,
        accept="audio/mpeg",
        responses={"200": ("binary", None)},
        security=(("BearerAuth",),),
    )


def _create_transcription_call(
    model: str,
    audio_url: str | None,
    audio_b64: str | None,
    language: str | None,
) -> Call:
    return Call(
        "POST",
        "/audio/transcriptions",
        body_kind="multipart",
        form={"model": model, "audio_url": audio_url, "audio_b64": audio_b64, "language": language},
        files={},
        accept="application/json",
        responses={"200": ("json", AudioTranscriptionResponse)},
        security=(("BearerAuth",),),
    )


def _create_translation_call(
    model: str,
    audio_url: str | None,
    audio_b64: str | None,
    language: str | None,
    prompt: str | None,
    temperature: float | None,
) -> Call:
    return Call(
        "POST",
        "/audio/translations",
        body_kind="multipart",
        form={
            "model": model,
            "audio_url": audio_url,
            "audio_b64": audio_b64,
            "language": language,
            "prompt": prompt,
            "temperature": temperature,
        },
        files={},
        accept="application/json",
        responses={"200": ("json", AudioTranslationResponse)},
        security=(("BearerAuth",),),
    )


class AudioApi:
    """audio operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_speech(
        self,
        audio_speech_request: AudioSpeechRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> bytes:
        """Generates audio from the input text.

        Args:
            audio_speech_request: AudioSpeechRequest

        Returns:
            bytes
        """
        response = self.create_speech_with_http_info(
            audio_speech_request=audio_speech_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_speech_with_http_info(
        self,
        audio_speech_request: AudioSpeechRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[bytes]:
        """Like :meth:`create_speech`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_speech_call(audio_speech_request=audio_speech_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_speech_to_file(
        self,
        destination: str | os.PathLike[str],
        audio_speech_request: AudioSpeechRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Path]:
        """Like :meth:`create_speech`, streaming the body into ``destination`` without holding it in memory."""
        return self.api_client.download(
            _create_speech_call(audio_speech_request=audio_speech_request),
            destination,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_speech_iter_bytes(
        self,
        audio_speech_request: AudioSpeechRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> BinaryStream:
        """Like :meth:`create_speech`, the body as byte chunks read as they arrive: iterate the result, and use it as a context manager (or ``close()`` it) to release the connection early."""
        return self.api_client.stream_bytes(
            _create_speech_call(audio_speech_request=audio_speech_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_transcription(
        self,
        *,
        model: str,
        audio_url: str | None = None,
        audio_b64: str | None = None,
        language: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AudioTranscriptionResponse:
        """Transcribes audio into the input language.

        Args:
            model: str
            audio_url: str
            audio_b64: str
            language: str

        Returns:
            AudioTranscriptionResponse
        """
        response = self.create_transcription_with_http_info(
            model=model,
            audio_url=audio_url,
            audio_b64=audio_b64,
            language=language,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_transcription_with_http_info(
        self,
        *,
        model: str,
        audio_url: str | None = None,
        audio_b64: str | None = None,
        language: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AudioTranscriptionResponse]:
        """Like :meth:`create_transcription`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_transcription_call(
                model=model, audio_url=audio_url, audio_b64=audio_b64, language=language
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

    def create_translation(
        self,
        *,
        model: str,
        audio_url: str | None = None,
        audio_b64: str | None = None,
        language: str | None = None,
        prompt: str | None = None,
        temperature: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AudioTranslationResponse:
        """Translates audio into English.

        Args:
            model: str
            audio_url: str
            audio_b64: str
            language: str
            prompt: str
            temperature: float

        Returns:
            AudioTranslationResponse
        """
        response = self.create_translation_with_http_info(
            model=model,
            audio_url=audio_url,
            audio_b64=audio_b64,
            language=language,
            prompt=prompt,
            temperature=temperature,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_translation_with_http_info(
        self,
        *,
        model: str,
        audio_url: str | None = None,
        audio_b64: str | None = None,
        language: str | None = None,
        prompt: str | None = None,
        temperature: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AudioTranslationResponse]:
        """Like :meth:`create_translation`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_translation_call(
                model=model,
                audio_url=audio_url,
                audio_b64=audio_b64,
                language=language,
                prompt=prompt,
                temperature=temperature,
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


class AsyncAudioApi:
    """audio operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_speech(
        self,
        audio_speech_request: AudioSpeechRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> bytes:
        """Generates audio from the input text.

        Args:
            audio_speech_request: AudioSpeechRequest

        Returns:
            bytes
        """
        response = await self.create_speech_with_http_info(
            audio_speech_request=audio_speech_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_speech_with_http_info(
        self,
        audio_speech_request: AudioSpeechRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[bytes]:
        """Like :meth:`create_speech`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_speech_call(audio_speech_request=audio_speech_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def create_speech_to_file(
        self,
        destination: str | os.PathLike[str],
        audio_speech_request: AudioSpeechRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Path]:
        """Like :meth:`create_speech`, streaming the body into ``destination`` without holding it in memory."""
        return await self.api_client.download(
            _create_speech_call(audio_speech_request=audio_speech_request),
            destination,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_speech_iter_bytes(
        self,
        audio_speech_request: AudioSpeechRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncBinaryStream:
        """Like :meth:`create_speech`, the body as byte chunks read as they arrive: iterate the result with ``async for``, and use it as a context manager (or ``close()`` it) to release the connection early."""
        return self.api_client.stream_bytes(
            _create_speech_call(audio_speech_request=audio_speech_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def create_transcription(
        self,
        *,
        model: str,
        audio_url: str | None = None,
        audio_b64: str | None = None,
        language: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AudioTranscriptionResponse:
        """Transcribes audio into the input language.

        Args:
            model: str
            audio_url: str
            audio_b64: str
            language: str

        Returns:
            AudioTranscriptionResponse
        """
        response = await self.create_transcription_with_http_info(
            model=model,
            audio_url=audio_url,
            audio_b64=audio_b64,
            language=language,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_transcription_with_http_info(
        self,
        *,
        model: str,
        audio_url: str | None = None,
        audio_b64: str | None = None,
        language: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AudioTranscriptionResponse]:
        """Like :meth:`create_transcription`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_transcription_call(
                model=model, audio_url=audio_url, audio_b64=audio_b64, language=language
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

    async def create_translation(
        self,
        *,
        model: str,
        audio_url: str | None = None,
        audio_b64: str | None = None,
        language: str | None = None,
        prompt: str | None = None,
        temperature: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AudioTranslationResponse:
        """Translates audio into English.

        Args:
            model: str
            audio_url: str
            audio_b64: str
            language: str
            prompt: str
            temperature: float

        Returns:
            AudioTranslationResponse
        """
        response = await self.create_translation_with_http_info(
            model=model,
            audio_url=audio_url,
            audio_b64=audio_b64,
            language=language,
            prompt=prompt,
            temperature=temperature,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_translation_with_http_info(
        self,
        *,
        model: str,
        audio_url: str | None = None,
        audio_b64: str | None = None,
        language: str | None = None,
        prompt: str | None = None,
        temperature: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AudioTranslationResponse]:
        """Like :meth:`create_translation`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_translation_call(
                model=model,
                audio_url=audio_url,
                audio_b64=audio_b64,
                language=language,
                prompt=prompt,
                temperature=temperature,
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
