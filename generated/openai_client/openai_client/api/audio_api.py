"""Audio operations: Turn audio into text or text into audio.."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import httpx

from .._binary import AsyncBinaryStream, BinaryStream
from .._pagination import AsyncPage, AsyncPager, SyncPage
from .._streaming import AsyncStream, Stream
from ..api_client import ApiClient, AsyncApiClient, Call, FileTypes, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.audio_response_format import AudioResponseFormat
from ..models.create_speech_request import CreateSpeechRequest
from ..models.create_speech_response_stream_event import CreateSpeechResponseStreamEvent
from ..models.create_transcription_response_diarized_json import (
    CreateTranscriptionResponseDiarizedJson,
)
from ..models.create_transcription_response_json import CreateTranscriptionResponseJson
from ..models.create_transcription_response_stream_event import (
    CreateTranscriptionResponseStreamEvent,
)
from ..models.create_transcription_response_verbose_json import (
    CreateTranscriptionResponseVerboseJson,
)
from ..models.create_translation_response_json import CreateTranslationResponseJson
from ..models.create_translation_response_verbose_json import CreateTranslationResponseVerboseJson
from ..models.transcription_include import TranscriptionInclude
from ..models.update_voice_consent_request import UpdateVoiceConsentRequest
from ..models.vad_config import VadConfig
from ..models.voice_consent_deleted_resource import VoiceConsentDeletedResource
from ..models.voice_consent_list_resource import VoiceConsentListResource
from ..models.voice_consent_resource import VoiceConsentResource
from ..models.voice_resource import VoiceResource

__all__ = ["AudioApi", "AsyncAudioApi"]


def _create_speech_call(
    create_speech_request: CreateSpeechRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/audio/speech",
        body_kind="json",
        json=json_body(create_speech_request, CreateSpeechRequest),
        has_json=True,
        accept="application/octet-stream",
        responses={"200": ("binary", None)},
        security=(("ApiKeyAuth",),),
    )


def _create_transcription_call(
    file: FileTypes,
    model: (
        Literal[
            "whisper-1",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ]
        | str
    ),
    language: str | None,
    prompt: str | None,
    response_format: AudioResponseFormat | str | None,
    temperature: float | None,
    include: list[TranscriptionInclude | str] | None,
    timestamp_granularities: list[Literal["word", "segment"] | str] | None,
    stream: bool | None,
    chunking_strategy: Literal["auto"] | VadConfig | None,
    known_speaker_names: list[str] | None,
    known_speaker_references: list[str] | None,
) -> Call:
    return Call(
        "POST",
        "/audio/transcriptions",
        body_kind="multipart",
        form={
            "model": model,
            "language": language,
            "prompt": prompt,
            "response_format": response_format,
            "temperature": temperature,
            "include": include,
            "timestamp_granularities": timestamp_granularities,
            "stream": stream,
            "chunking_strategy": chunking_strategy,
            "known_speaker_names": known_speaker_names,
            "known_speaker_references": known_speaker_references,
        },
        files={"file": file},
        accept="application/json",
        responses={
            "200": (
                "json",
                CreateTranscriptionResponseJson
                | CreateTranscriptionResponseDiarizedJson
                | CreateTranscriptionResponseVerboseJson,
            )
        },
        security=(("ApiKeyAuth",),),
    )


def _create_translation_call(
    file: FileTypes,
    model: Literal["whisper-1"] | str,
    prompt: str | None,
    response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | str | None,
    temperature: float | None,
) -> Call:
    return Call(
        "POST",
        "/audio/translations",
        body_kind="multipart",
        form={
            "model": model,
            "prompt": prompt,
            "response_format": response_format,
            "temperature": temperature,
        },
        files={"file": file},
        accept="application/json",
        responses={
            "200": ("json", CreateTranslationResponseJson | CreateTranslationResponseVerboseJson)
        },
        security=(("ApiKeyAuth",),),
    )


def _list_voice_consents_call(
    after: str | None,
    limit: int | None,
) -> Call:
    return Call(
        "GET",
        "/audio/voice_consents",
        query={"after": after, "limit": limit},
        accept="application/json",
        responses={"200": ("json", VoiceConsentListResource)},
        security=(("ApiKeyAuth",),),
    )


def _create_voice_consent_call(
    name: str,
    recording: FileTypes,
    language: str,
) -> Call:
    return Call(
        "POST",
        "/audio/voice_consents",
        body_kind="multipart",
        form={"name": name, "language": language},
        files={"recording": recording},
        accept="application/json",
        responses={"200": ("json", VoiceConsentResource)},
        security=(("ApiKeyAuth",),),
    )


def _get_voice_consent_call(
    consent_id: str,
) -> Call:
    return Call(
        "GET",
        "/audio/voice_consents/{consent_id}",
        path_params={"consent_id": consent_id},
        accept="application/json",
        responses={"200": ("json", VoiceConsentResource)},
        security=(("ApiKeyAuth",),),
    )


def _update_voice_consent_call(
    consent_id: str,
    update_voice_consent_request: UpdateVoiceConsentRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/audio/voice_consents/{consent_id}",
        path_params={"consent_id": consent_id},
        body_kind="json",
        json=json_body(update_voice_consent_request, UpdateVoiceConsentRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", VoiceConsentResource)},
        security=(("ApiKeyAuth",),),
    )


def _delete_voice_consent_call(
    consent_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/audio/voice_consents/{consent_id}",
        path_params={"consent_id": consent_id},
        accept="application/json",
        responses={"200": ("json", VoiceConsentDeletedResource)},
        security=(("ApiKeyAuth",),),
    )


def _create_voice_call(
    name: str,
    audio_sample: FileTypes,
    consent: str,
) -> Call:
    return Call(
        "POST",
        "/audio/voices",
        body_kind="multipart",
        form={"name": name, "consent": consent},
        files={"audio_sample": audio_sample},
        accept="application/json",
        responses={"200": ("json", VoiceResource)},
        security=(("ApiKeyAuth",),),
    )


class AudioApi:
    """Audio operations.

    Turn audio into text or text into audio.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_speech(
        self,
        create_speech_request: CreateSpeechRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> bytes:
        """Generates audio from the input text.

        Returns the audio file content, or a stream of audio events.

        Args:
            create_speech_request: CreateSpeechRequest

        Returns:
            bytes
        """
        response = self.create_speech_with_http_info(
            create_speech_request=create_speech_request,
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
        create_speech_request: CreateSpeechRequest | dict[str, Any],
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
            _create_speech_call(create_speech_request=create_speech_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_speech_stream(
        self,
        create_speech_request: CreateSpeechRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Stream[CreateSpeechResponseStreamEvent]:
        """Like :meth:`create_speech`, streamed as server-sent events.

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_speech_call(create_speech_request=create_speech_request)
        return self.api_client.stream(
            call.for_stream(False),
            CreateSpeechResponseStreamEvent,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
            expect_done=False,
        )

    def create_speech_to_file(
        self,
        destination: str | os.PathLike[str],
        create_speech_request: CreateSpeechRequest | dict[str, Any],
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
            _create_speech_call(create_speech_request=create_speech_request),
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
        create_speech_request: CreateSpeechRequest | dict[str, Any],
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
            _create_speech_call(create_speech_request=create_speech_request),
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
        file: FileTypes,
        model: (
            Literal[
                "whisper-1",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ]
            | str
        ),
        language: str | None = None,
        prompt: str | None = None,
        response_format: AudioResponseFormat | str | None = None,
        temperature: float | None = None,
        include: list[TranscriptionInclude | str] | None = None,
        timestamp_granularities: list[Literal["word", "segment"] | str] | None = None,
        stream: bool | None = None,
        chunking_strategy: Literal["auto"] | VadConfig | None = None,
        known_speaker_names: list[str] | None = None,
        known_speaker_references: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> (
        CreateTranscriptionResponseJson
        | CreateTranscriptionResponseDiarizedJson
        | CreateTranscriptionResponseVerboseJson
    ):
        """Transcribes audio into the input language.

        Returns a transcription object in `json`, `diarized_json`, or `verbose_json`
        format, or a stream of transcript events.

        Args:
            file: The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
            model: ID of the model to use. The options are `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.
            language: The language of the input audio. Supplying the input language in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will improve accuracy and latency.
            prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](/docs/guides/speech-to-text#prompting) should match the audio language. This field is not supported when using `gpt-4o-transcribe-diarize`.
            response_format: AudioResponseFormat | str
            temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
            include: Additional information to include in the transcription response.
                `logprobs` will return the log probabilities of the tokens in the
                response to understand the model's confidence in the transcription.
                `logprobs` only works with response_format set to `json` and only with
                the models `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when using `gpt-4o-transcribe-diarize`.
            timestamp_granularities: The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word timestamps incurs additional latency.
                This option is not available for `gpt-4o-transcribe-diarize`.
            stream: bool
            chunking_strategy: Literal["auto"] | VadConfig
            known_speaker_names: Optional list of speaker names that correspond to the audio samples provided in `known_speaker_references[]`. Each entry should be a short identifier (for example `customer` or `agent`). Up to 4 speakers are supported.
            known_speaker_references: Optional list of audio samples (as [data URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs)) that contain known speaker references matching `known_speaker_names[]`. Each sample must be between 2 and 10 seconds, and can use any of the same input audio formats supported by `file`.

        Returns:
            CreateTranscriptionResponseJson | CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseVerboseJson
        """
        response = self.create_transcription_with_http_info(
            file=file,
            model=model,
            language=language,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
            include=include,
            timestamp_granularities=timestamp_granularities,
            stream=stream,
            chunking_strategy=chunking_strategy,
            known_speaker_names=known_speaker_names,
            known_speaker_references=known_speaker_references,
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
        file: FileTypes,
        model: (
            Literal[
                "whisper-1",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ]
            | str
        ),
        language: str | None = None,
        prompt: str | None = None,
        response_format: AudioResponseFormat | str | None = None,
        temperature: float | None = None,
        include: list[TranscriptionInclude | str] | None = None,
        timestamp_granularities: list[Literal["word", "segment"] | str] | None = None,
        stream: bool | None = None,
        chunking_strategy: Literal["auto"] | VadConfig | None = None,
        known_speaker_names: list[str] | None = None,
        known_speaker_references: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[
        CreateTranscriptionResponseJson
        | CreateTranscriptionResponseDiarizedJson
        | CreateTranscriptionResponseVerboseJson
    ]:
        """Like :meth:`create_transcription`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_transcription_call(
                file=file,
                model=model,
                language=language,
                prompt=prompt,
                response_format=response_format,
                temperature=temperature,
                include=include,
                timestamp_granularities=timestamp_granularities,
                stream=stream,
                chunking_strategy=chunking_strategy,
                known_speaker_names=known_speaker_names,
                known_speaker_references=known_speaker_references,
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

    def create_transcription_stream(
        self,
        *,
        file: FileTypes,
        model: (
            Literal[
                "whisper-1",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ]
            | str
        ),
        language: str | None = None,
        prompt: str | None = None,
        response_format: AudioResponseFormat | str | None = None,
        temperature: float | None = None,
        include: list[TranscriptionInclude | str] | None = None,
        timestamp_granularities: list[Literal["word", "segment"] | str] | None = None,
        stream: bool | None = None,
        chunking_strategy: Literal["auto"] | VadConfig | None = None,
        known_speaker_names: list[str] | None = None,
        known_speaker_references: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Stream[CreateTranscriptionResponseStreamEvent]:
        """Like :meth:`create_transcription`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_transcription_call(
            file=file,
            model=model,
            language=language,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
            include=include,
            timestamp_granularities=timestamp_granularities,
            stream=stream,
            chunking_strategy=chunking_strategy,
            known_speaker_names=known_speaker_names,
            known_speaker_references=known_speaker_references,
        )
        return self.api_client.stream(
            call.for_stream(True),
            CreateTranscriptionResponseStreamEvent,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
            expect_done=False,
        )

    def create_translation(
        self,
        *,
        file: FileTypes,
        model: Literal["whisper-1"] | str,
        prompt: str | None = None,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | str | None = None,
        temperature: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CreateTranslationResponseJson | CreateTranslationResponseVerboseJson:
        """Translates audio into English.

        Args:
            file: The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
            model: ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently available.
            prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](/docs/guides/speech-to-text#prompting) should be in English.
            response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.
            temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.

        Returns:
            CreateTranslationResponseJson | CreateTranslationResponseVerboseJson
        """
        response = self.create_translation_with_http_info(
            file=file,
            model=model,
            prompt=prompt,
            response_format=response_format,
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
        file: FileTypes,
        model: Literal["whisper-1"] | str,
        prompt: str | None = None,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | str | None = None,
        temperature: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CreateTranslationResponseJson | CreateTranslationResponseVerboseJson]:
        """Like :meth:`create_translation`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_translation_call(
                file=file,
                model=model,
                prompt=prompt,
                response_format=response_format,
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

    def list_voice_consents(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VoiceConsentListResource:
        """List consent recordings available to your organization for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

        Returns:
            VoiceConsentListResource
        """
        response = self.list_voice_consents_with_http_info(
            after=after,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_voice_consents_with_http_info(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VoiceConsentListResource]:
        """Like :meth:`list_voice_consents`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_voice_consents_call(after=after, limit=limit),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_voice_consents_iter(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[VoiceConsentResource]:
        """Auto-paging :meth:`list_voice_consents`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[VoiceConsentResource]:
            page = self.list_voice_consents(
                after=cursor,
                limit=limit,
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

    def create_voice_consent(
        self,
        *,
        name: str,
        recording: FileTypes,
        language: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VoiceConsentResource:
        """Upload a consent recording that authorizes creation of a custom voice.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.

        Args:
            name: The label to use for this consent recording.
            recording: The consent audio recording file. Maximum size is 10 MiB.

                Supported MIME types:
                `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
            language: The BCP 47 language tag for the consent phrase (for example, `en-US`).

        Returns:
            VoiceConsentResource
        """
        response = self.create_voice_consent_with_http_info(
            name=name,
            recording=recording,
            language=language,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_voice_consent_with_http_info(
        self,
        *,
        name: str,
        recording: FileTypes,
        language: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VoiceConsentResource]:
        """Like :meth:`create_voice_consent`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_voice_consent_call(name=name, recording=recording, language=language),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_voice_consent(
        self,
        consent_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VoiceConsentResource:
        """Retrieve consent recording metadata used for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
            consent_id: The ID of the consent recording to retrieve.

        Returns:
            VoiceConsentResource
        """
        response = self.get_voice_consent_with_http_info(
            consent_id=consent_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VoiceConsentResource]:
        """Like :meth:`get_voice_consent`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_voice_consent_call(consent_id=consent_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_voice_consent(
        self,
        consent_id: str,
        update_voice_consent_request: UpdateVoiceConsentRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VoiceConsentResource:
        """Update consent recording metadata used for creating custom voices. This endpoint updates metadata only and does not replace the underlying audio.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
            consent_id: The ID of the consent recording to update.
            update_voice_consent_request: UpdateVoiceConsentRequest

        Returns:
            VoiceConsentResource
        """
        response = self.update_voice_consent_with_http_info(
            consent_id=consent_id,
            update_voice_consent_request=update_voice_consent_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_voice_consent_with_http_info(
        self,
        consent_id: str,
        update_voice_consent_request: UpdateVoiceConsentRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VoiceConsentResource]:
        """Like :meth:`update_voice_consent`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_voice_consent_call(
                consent_id=consent_id, update_voice_consent_request=update_voice_consent_request
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

    def delete_voice_consent(
        self,
        consent_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VoiceConsentDeletedResource:
        """Delete a consent recording that was uploaded for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
            consent_id: The ID of the consent recording to delete.

        Returns:
            VoiceConsentDeletedResource
        """
        response = self.delete_voice_consent_with_http_info(
            consent_id=consent_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VoiceConsentDeletedResource]:
        """Like :meth:`delete_voice_consent`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_voice_consent_call(consent_id=consent_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_voice(
        self,
        *,
        name: str,
        audio_sample: FileTypes,
        consent: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VoiceResource:
        """Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime API). This requires an audio sample and a previously uploaded consent recording.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.

        Args:
            name: The name of the new voice.
            audio_sample: The sample audio recording file. Maximum size is 10 MiB.

                Supported MIME types:
                `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
            consent: The consent recording ID (for example, `cons_1234`).

        Returns:
            VoiceResource
        """
        response = self.create_voice_with_http_info(
            name=name,
            audio_sample=audio_sample,
            consent=consent,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_voice_with_http_info(
        self,
        *,
        name: str,
        audio_sample: FileTypes,
        consent: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VoiceResource]:
        """Like :meth:`create_voice`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_voice_call(name=name, audio_sample=audio_sample, consent=consent),
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
    """Audio operations (async).

    Turn audio into text or text into audio.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_speech(
        self,
        create_speech_request: CreateSpeechRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> bytes:
        """Generates audio from the input text.

        Returns the audio file content, or a stream of audio events.

        Args:
            create_speech_request: CreateSpeechRequest

        Returns:
            bytes
        """
        response = await self.create_speech_with_http_info(
            create_speech_request=create_speech_request,
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
        create_speech_request: CreateSpeechRequest | dict[str, Any],
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
            _create_speech_call(create_speech_request=create_speech_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_speech_stream(
        self,
        create_speech_request: CreateSpeechRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncStream[CreateSpeechResponseStreamEvent]:
        """Like :meth:`create_speech`, streamed as server-sent events.

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_speech_call(create_speech_request=create_speech_request)
        return self.api_client.stream(
            call.for_stream(False),
            CreateSpeechResponseStreamEvent,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
            expect_done=False,
        )

    async def create_speech_to_file(
        self,
        destination: str | os.PathLike[str],
        create_speech_request: CreateSpeechRequest | dict[str, Any],
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
            _create_speech_call(create_speech_request=create_speech_request),
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
        create_speech_request: CreateSpeechRequest | dict[str, Any],
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
            _create_speech_call(create_speech_request=create_speech_request),
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
        file: FileTypes,
        model: (
            Literal[
                "whisper-1",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ]
            | str
        ),
        language: str | None = None,
        prompt: str | None = None,
        response_format: AudioResponseFormat | str | None = None,
        temperature: float | None = None,
        include: list[TranscriptionInclude | str] | None = None,
        timestamp_granularities: list[Literal["word", "segment"] | str] | None = None,
        stream: bool | None = None,
        chunking_strategy: Literal["auto"] | VadConfig | None = None,
        known_speaker_names: list[str] | None = None,
        known_speaker_references: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> (
        CreateTranscriptionResponseJson
        | CreateTranscriptionResponseDiarizedJson
        | CreateTranscriptionResponseVerboseJson
    ):
        """Transcribes audio into the input language.

        Returns a transcription object in `json`, `diarized_json`, or `verbose_json`
        format, or a stream of transcript events.

        Args:
            file: The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
            model: ID of the model to use. The options are `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.
            language: The language of the input audio. Supplying the input language in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will improve accuracy and latency.
            prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](/docs/guides/speech-to-text#prompting) should match the audio language. This field is not supported when using `gpt-4o-transcribe-diarize`.
            response_format: AudioResponseFormat | str
            temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
            include: Additional information to include in the transcription response.
                `logprobs` will return the log probabilities of the tokens in the
                response to understand the model's confidence in the transcription.
                `logprobs` only works with response_format set to `json` and only with
                the models `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when using `gpt-4o-transcribe-diarize`.
            timestamp_granularities: The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word timestamps incurs additional latency.
                This option is not available for `gpt-4o-transcribe-diarize`.
            stream: bool
            chunking_strategy: Literal["auto"] | VadConfig
            known_speaker_names: Optional list of speaker names that correspond to the audio samples provided in `known_speaker_references[]`. Each entry should be a short identifier (for example `customer` or `agent`). Up to 4 speakers are supported.
            known_speaker_references: Optional list of audio samples (as [data URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs)) that contain known speaker references matching `known_speaker_names[]`. Each sample must be between 2 and 10 seconds, and can use any of the same input audio formats supported by `file`.

        Returns:
            CreateTranscriptionResponseJson | CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseVerboseJson
        """
        response = await self.create_transcription_with_http_info(
            file=file,
            model=model,
            language=language,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
            include=include,
            timestamp_granularities=timestamp_granularities,
            stream=stream,
            chunking_strategy=chunking_strategy,
            known_speaker_names=known_speaker_names,
            known_speaker_references=known_speaker_references,
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
        file: FileTypes,
        model: (
            Literal[
                "whisper-1",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ]
            | str
        ),
        language: str | None = None,
        prompt: str | None = None,
        response_format: AudioResponseFormat | str | None = None,
        temperature: float | None = None,
        include: list[TranscriptionInclude | str] | None = None,
        timestamp_granularities: list[Literal["word", "segment"] | str] | None = None,
        stream: bool | None = None,
        chunking_strategy: Literal["auto"] | VadConfig | None = None,
        known_speaker_names: list[str] | None = None,
        known_speaker_references: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[
        CreateTranscriptionResponseJson
        | CreateTranscriptionResponseDiarizedJson
        | CreateTranscriptionResponseVerboseJson
    ]:
        """Like :meth:`create_transcription`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_transcription_call(
                file=file,
                model=model,
                language=language,
                prompt=prompt,
                response_format=response_format,
                temperature=temperature,
                include=include,
                timestamp_granularities=timestamp_granularities,
                stream=stream,
                chunking_strategy=chunking_strategy,
                known_speaker_names=known_speaker_names,
                known_speaker_references=known_speaker_references,
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

    def create_transcription_stream(
        self,
        *,
        file: FileTypes,
        model: (
            Literal[
                "whisper-1",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ]
            | str
        ),
        language: str | None = None,
        prompt: str | None = None,
        response_format: AudioResponseFormat | str | None = None,
        temperature: float | None = None,
        include: list[TranscriptionInclude | str] | None = None,
        timestamp_granularities: list[Literal["word", "segment"] | str] | None = None,
        stream: bool | None = None,
        chunking_strategy: Literal["auto"] | VadConfig | None = None,
        known_speaker_names: list[str] | None = None,
        known_speaker_references: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncStream[CreateTranscriptionResponseStreamEvent]:
        """Like :meth:`create_transcription`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_transcription_call(
            file=file,
            model=model,
            language=language,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
            include=include,
            timestamp_granularities=timestamp_granularities,
            stream=stream,
            chunking_strategy=chunking_strategy,
            known_speaker_names=known_speaker_names,
            known_speaker_references=known_speaker_references,
        )
        return self.api_client.stream(
            call.for_stream(True),
            CreateTranscriptionResponseStreamEvent,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
            expect_done=False,
        )

    async def create_translation(
        self,
        *,
        file: FileTypes,
        model: Literal["whisper-1"] | str,
        prompt: str | None = None,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | str | None = None,
        temperature: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CreateTranslationResponseJson | CreateTranslationResponseVerboseJson:
        """Translates audio into English.

        Args:
            file: The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
            model: ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently available.
            prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](/docs/guides/speech-to-text#prompting) should be in English.
            response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.
            temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.

        Returns:
            CreateTranslationResponseJson | CreateTranslationResponseVerboseJson
        """
        response = await self.create_translation_with_http_info(
            file=file,
            model=model,
            prompt=prompt,
            response_format=response_format,
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
        file: FileTypes,
        model: Literal["whisper-1"] | str,
        prompt: str | None = None,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | str | None = None,
        temperature: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CreateTranslationResponseJson | CreateTranslationResponseVerboseJson]:
        """Like :meth:`create_translation`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_translation_call(
                file=file,
                model=model,
                prompt=prompt,
                response_format=response_format,
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

    async def list_voice_consents(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VoiceConsentListResource:
        """List consent recordings available to your organization for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

        Returns:
            VoiceConsentListResource
        """
        response = await self.list_voice_consents_with_http_info(
            after=after,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_voice_consents_with_http_info(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VoiceConsentListResource]:
        """Like :meth:`list_voice_consents`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_voice_consents_call(after=after, limit=limit),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_voice_consents_iter(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[VoiceConsentResource]:
        """Auto-paging :meth:`list_voice_consents`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[VoiceConsentResource]:
            page = await self.list_voice_consents(
                after=cursor,
                limit=limit,
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

        async def first() -> AsyncPage[VoiceConsentResource]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_voice_consent(
        self,
        *,
        name: str,
        recording: FileTypes,
        language: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VoiceConsentResource:
        """Upload a consent recording that authorizes creation of a custom voice.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.

        Args:
            name: The label to use for this consent recording.
            recording: The consent audio recording file. Maximum size is 10 MiB.

                Supported MIME types:
                `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
            language: The BCP 47 language tag for the consent phrase (for example, `en-US`).

        Returns:
            VoiceConsentResource
        """
        response = await self.create_voice_consent_with_http_info(
            name=name,
            recording=recording,
            language=language,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_voice_consent_with_http_info(
        self,
        *,
        name: str,
        recording: FileTypes,
        language: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VoiceConsentResource]:
        """Like :meth:`create_voice_consent`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_voice_consent_call(name=name, recording=recording, language=language),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_voice_consent(
        self,
        consent_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VoiceConsentResource:
        """Retrieve consent recording metadata used for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
            consent_id: The ID of the consent recording to retrieve.

        Returns:
            VoiceConsentResource
        """
        response = await self.get_voice_consent_with_http_info(
            consent_id=consent_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VoiceConsentResource]:
        """Like :meth:`get_voice_consent`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_voice_consent_call(consent_id=consent_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_voice_consent(
        self,
        consent_id: str,
        update_voice_consent_request: UpdateVoiceConsentRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VoiceConsentResource:
        """Update consent recording metadata used for creating custom voices. This endpoint updates metadata only and does not replace the underlying audio.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
            consent_id: The ID of the consent recording to update.
            update_voice_consent_request: UpdateVoiceConsentRequest

        Returns:
            VoiceConsentResource
        """
        response = await self.update_voice_consent_with_http_info(
            consent_id=consent_id,
            update_voice_consent_request=update_voice_consent_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_voice_consent_with_http_info(
        self,
        consent_id: str,
        update_voice_consent_request: UpdateVoiceConsentRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VoiceConsentResource]:
        """Like :meth:`update_voice_consent`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_voice_consent_call(
                consent_id=consent_id, update_voice_consent_request=update_voice_consent_request
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

    async def delete_voice_consent(
        self,
        consent_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VoiceConsentDeletedResource:
        """Delete a consent recording that was uploaded for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
            consent_id: The ID of the consent recording to delete.

        Returns:
            VoiceConsentDeletedResource
        """
        response = await self.delete_voice_consent_with_http_info(
            consent_id=consent_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VoiceConsentDeletedResource]:
        """Like :meth:`delete_voice_consent`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_voice_consent_call(consent_id=consent_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def create_voice(
        self,
        *,
        name: str,
        audio_sample: FileTypes,
        consent: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VoiceResource:
        """Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime API). This requires an audio sample and a previously uploaded consent recording.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.

        Args:
            name: The name of the new voice.
            audio_sample: The sample audio recording file. Maximum size is 10 MiB.

                Supported MIME types:
                `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
            consent: The consent recording ID (for example, `cons_1234`).

        Returns:
            VoiceResource
        """
        response = await self.create_voice_with_http_info(
            name=name,
            audio_sample=audio_sample,
            consent=consent,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_voice_with_http_info(
        self,
        *,
        name: str,
        audio_sample: FileTypes,
        consent: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VoiceResource]:
        """Like :meth:`create_voice`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_voice_call(name=name, audio_sample=audio_sample, consent=consent),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
