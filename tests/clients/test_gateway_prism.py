"""Every gateway operation through the generated client, against Prism (sync and async).

Prism (`prism_gateway`, tests/conftest.py) validates each request against the gateway spec, so
a passing test means: the generated client sent a request that matches the spec (no
error-severity violation reported by Prism) and parsed the mocked response into the declared
type. `test_prism_rejects_*` make sure the validation really bites, and
`test_every_operation_is_covered` makes sure a new operation cannot go untested.
"""

from __future__ import annotations

import asyncio
import inspect
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

import ai_stats_gateway
import ai_stats_gateway.api
import httpx
import pytest
from ai_stats_gateway import ApiResponse, ApiStatusError, AsyncClient, Client
from ai_stats_gateway.api_client import Call, RequestOptions
from ai_stats_gateway.models import (
    AudioTranscriptionResponse,
    AudioTranslationResponse,
    BatchResponse,
    ChatCompletionsRequest,
    ChatCompletionsResponse,
    EmbeddingsResponse,
    FileResponse,
    GenerationResponse,
    GetAnalyticsResponse,
    HealthzResponse,
    ImagesEditResponse,
    ImagesGenerationResponse,
    ListFilesResponse,
    ListModelsResponse,
    ModerationsResponse,
    ResponsesResponse,
    RootResponse,
    VideoGenerationResponse,
)

from tests.servers.prism import PrismServer, assert_request_valid, request_violations

pytestmark = pytest.mark.prism

SPEC = Path(__file__).resolve().parents[2] / "specs" / "ai-stats-gateway.openapi.yaml"
CHAT = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]}


@dataclass(frozen=True)
class Op:
    """One operation: where it lives on the client, how to call it, what it returns."""

    group: str  # attribute of Client / AsyncClient
    method: str
    expected: type
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    # Checks of the request that went out (beyond Prism's verdict), given the httpx.Request.
    check_request: Callable[[httpx.Request], None] | None = None


def _query_check(request: httpx.Request) -> None:
    params = request.url.params
    assert params.get_list("endpoints") == ["chat.completions", "responses"]
    assert params.get_list("input_types") == ["text", "image"]
    assert params.get_list("organisation") == ["openai", "anthropic"]
    assert (params["limit"], params["offset"]) == ("10", "5")


def _expect(ok: bool, request: httpx.Request) -> None:
    assert ok, request.url


def _path_check(segment: str) -> Callable[[httpx.Request], None]:
    def check(request: httpx.Request) -> None:
        assert request.url.path.endswith("/" + segment), request.url

    return check


def _body(request: httpx.Request) -> bytes:
    """The body that went out; a multipart body of in-memory parts can be rendered again."""
    try:
        return request.content
    except httpx.RequestNotRead:
        return b"".join(cast(Iterable[bytes], request.stream))


def _multipart_check(*fragments: bytes) -> Callable[[httpx.Request], None]:
    def check(request: httpx.Request) -> None:
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        body = _body(request)
        for fragment in fragments:
            assert fragment in body, (fragment, body[:500])

    return check


OPERATIONS: dict[str, Op] = {
    "root": Op("default", "root", RootResponse),
    "healthz": Op("healthz", "healthz", HealthzResponse),
    "list_models": Op(
        "models",
        "list_models",
        ListModelsResponse,
        kwargs={
            "endpoints": ["chat.completions", "responses"],
            "organisation": ["openai", "anthropic"],
            "input_types": ["text", "image"],
            "limit": 10,
            "offset": 5,
        },
        check_request=_query_check,
    ),
    "get_generation": Op(
        "generation",
        "get_generation",
        GenerationResponse,
        kwargs={"id": "gen-123"},
        check_request=lambda r: _expect(r.url.params.get_list("id") == ["gen-123"], r),
    ),
    "create_chat_completion": Op(
        "chat", "create_chat_completion", ChatCompletionsResponse, (CHAT,)
    ),
    "create_response": Op(
        "responses",
        "create_response",
        ResponsesResponse,
        ({"model": "openai/gpt-4o-mini", "instructions": "Be brief.", "max_output_tokens": 16},),
    ),
    "create_embedding": Op(
        "embeddings",
        "create_embedding",
        EmbeddingsResponse,
        ({"model": "openai/text-embedding-3-small", "input": ["a", "b"]},),
    ),
    "create_moderation": Op(
        "moderations",
        "create_moderation",
        ModerationsResponse,
        ({"model": "openai/omni-moderation-latest", "input": "hello"},),
    ),
    "create_speech": Op(
        "audio",
        "create_speech",
        bytes,
        ({"model": "openai/tts-1", "input": "Hello", "voice": "alloy", "format": "mp3"},),
    ),
    "create_transcription": Op(
        "audio",
        "create_transcription",
        AudioTranscriptionResponse,
        kwargs={"model": "openai/whisper-1", "audio_url": "https://example.com/a.mp3"},
        check_request=_multipart_check(b'name="model"', b"openai/whisper-1", b'name="audio_url"'),
    ),
    "create_translation": Op(
        "audio",
        "create_translation",
        AudioTranslationResponse,
        kwargs={"model": "openai/whisper-1", "audio_b64": "AAAA", "temperature": 0.5},
        check_request=_multipart_check(b'name="audio_b64"', b'name="temperature"', b"0.5"),
    ),
    "create_image": Op(
        "images",
        "create_image",
        ImagesGenerationResponse,
        ({"model": "openai/dall-e-3", "prompt": "a cat", "n": 1},),
    ),
    "create_image_edit": Op(
        "images",
        "create_image_edit",
        ImagesEditResponse,
        kwargs={"model": "openai/dall-e-2", "image": "aW1n", "prompt": "a hat", "n": 2},
        check_request=_multipart_check(b'name="image"', b"aW1n", b'name="n"'),
    ),
    "create_video": Op(
        "videos",
        "create_video",
        VideoGenerationResponse,
        ({"model": "google/veo-3", "prompt": "waves", "duration": 5},),
    ),
    "upload_file": Op(
        "files",
        "upload_file",
        FileResponse,
        kwargs={"file": b'{"custom_id": "1"}\n', "purpose": "batch"},
        check_request=_multipart_check(b'name="file"', b'{"custom_id": "1"}', b'name="purpose"'),
    ),
    "list_files": Op("files", "list_files", ListFilesResponse),
    "retrieve_file": Op(
        "files",
        "retrieve_file",
        FileResponse,
        ("file-abc123",),
        check_request=_path_check("files/file-abc123"),
    ),
    "create_batch": Op(
        "batches",
        "create_batch",
        BatchResponse,
        ({"input_file_id": "file-abc123", "endpoint": "/v1/chat/completions"},),
    ),
    "retrieve_batch": Op(
        "batches",
        "retrieve_batch",
        BatchResponse,
        kwargs={"batch_id": "batch_abc123"},
        check_request=_path_check("batches/batch_abc123"),
    ),
    "get_analytics": Op(
        "analytics", "get_analytics", GetAnalyticsResponse, ({"access_token": "tok"},)
    ),
}


# --------------------------------------------------------------------------- helpers


# strict: Prism's spec-shaped replies must validate, not merely be read leniently
def _client(prism: PrismServer) -> Client:
    return Client(
        api_key="test", base_url=prism.base_url, max_retries=0, strict_response_validation=True
    )


def _async_client(prism: PrismServer) -> AsyncClient:
    return AsyncClient(
        api_key="test", base_url=prism.base_url, max_retries=0, strict_response_validation=True
    )


def _check_response(op: Op, info: ApiResponse[Any]) -> None:
    response = info.http_response
    assert isinstance(response, httpx.Response)
    assert_request_valid(response)
    assert request_violations(response, errors_only=True) == []
    assert info.status_code == response.status_code == 200
    assert response.request.headers["authorization"] == "Bearer test"
    assert isinstance(info.data, op.expected), (type(info.data), op.expected)
    if op.expected is bytes:
        assert info.data == response.content
        assert response.headers["content-type"].startswith("audio/mpeg")
        assert response.request.headers["accept"] == "audio/mpeg"
    if op.check_request is not None:
        op.check_request(response.request)


def _sync_api_classes() -> dict[str, type]:
    """Every sync API class of the generated package, by module (imports each api module)."""
    classes: dict[str, type] = {}
    for info in pkgutil.iter_modules(ai_stats_gateway.api.__path__):
        module = __import__(f"ai_stats_gateway.api.{info.name}", fromlist=["_"])
        for name, obj in vars(module).items():
            if (
                inspect.isclass(obj)
                and obj.__module__ == module.__name__
                and name.endswith("Api")
                and not name.startswith("Async")
            ):
                classes[name] = obj
    return classes


def _operations_of(cls: type) -> set[str]:
    """Public methods of an API class that are operations (not one of their twins)."""
    names = {n for n, v in vars(cls).items() if callable(v) and not n.startswith("_")}
    # every operation has a `..._with_http_info` twin; helpers such as `..._stream` or
    # `..._to_file` don't, and `..._with_http_info` itself has no twin of its own
    return {n for n in names if f"{n}_with_http_info" in names}


# --------------------------------------------------------------------------- coverage


def test_every_operation_is_covered() -> None:
    import yaml

    generated: set[tuple[str, str]] = set()
    for cls_name, cls in _sync_api_classes().items():
        async_cls = getattr(ai_stats_gateway.api, "Async" + cls_name)
        ops = _operations_of(cls)
        assert ops, f"{cls_name} has no operations"
        assert _operations_of(async_cls) == ops, f"Async{cls_name} differs from {cls_name}"
        for method in ops:
            generated.add((cls_name, method))
    covered = set()
    with Client(api_key="test", base_url="http://127.0.0.1:9") as client:
        for op in OPERATIONS.values():
            api = getattr(client, op.group)  # the facade exposes the group
            covered.add((type(api).__name__, op.method))
    assert covered == generated
    assert set(OPERATIONS) == {m for _, m in generated}
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8")) if SPEC.is_file() else None
    if spec is not None:
        op_ids = [
            op["operationId"]
            for item in spec["paths"].values()
            for verb, op in item.items()
            if verb in ("get", "put", "post", "delete", "patch", "head", "options")
        ]
        assert len(op_ids) == len(OPERATIONS) == 20


# --------------------------------------------------------------------------- every operation


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_operation_sync(prism_gateway: PrismServer, name: str) -> None:
    op = OPERATIONS[name]
    with _client(prism_gateway) as client:
        api = getattr(client, op.group)
        info = getattr(api, op.method + "_with_http_info")(*op.args, **op.kwargs)
        assert isinstance(info, ApiResponse)
        _check_response(op, info)
        data = getattr(api, op.method)(*op.args, **op.kwargs)
        assert isinstance(data, op.expected)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_operation_async(prism_gateway: PrismServer, name: str) -> None:
    op = OPERATIONS[name]

    async def go() -> None:
        async with _async_client(prism_gateway) as client:
            api = getattr(client, op.group)
            info = await getattr(api, op.method + "_with_http_info")(*op.args, **op.kwargs)
            assert isinstance(info, ApiResponse)
            _check_response(op, info)
            data = await getattr(api, op.method)(*op.args, **op.kwargs)
            assert isinstance(data, op.expected)

    asyncio.run(go())


def test_request_model_instances_are_accepted(prism_gateway: PrismServer) -> None:
    """A body given as a model (not a dict) goes out the same way."""
    with _client(prism_gateway) as client:
        info = client.chat.create_chat_completion_with_http_info(
            ChatCompletionsRequest.model_validate(CHAT)
        )
    _check_response(OPERATIONS["create_chat_completion"], info)


# --------------------------------------------------------------------------- multipart uploads


def _upload_variants(tmp_path: Path) -> dict[str, tuple[Any, bytes, bytes]]:
    """name → (file argument, expected filename part, expected content-type part)."""
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b'{"custom_id": "path"}\n')
    return {
        "bytes": (b'{"custom_id": "bytes"}\n', b'filename="upload"', b""),
        "path": (path, b'filename="batch.jsonl"', b""),
        "file_object": (path.open("rb"), b'filename="batch.jsonl"', b""),
        "tuple": (
            ("named.jsonl", b'{"custom_id": "tuple"}\n', "application/jsonl"),
            b'filename="named.jsonl"',
            b"Content-Type: application/jsonl",
        ),
    }


UPLOAD_KINDS = ["bytes", "path", "file_object", "tuple"]
UPLOAD_CONTENT = {
    "bytes": b'{"custom_id": "bytes"}',
    "path": b'{"custom_id": "path"}',
    "file_object": b'{"custom_id": "path"}',
    "tuple": b'{"custom_id": "tuple"}',
}


def _recording_hook(seen: list[httpx.Request]) -> Callable[[httpx.Request], None]:
    def hook(request: httpx.Request) -> None:
        request.read()  # materialise the multipart body so the test can look at it
        seen.append(request)

    return hook


def _check_upload(
    kind: str, seen: list[httpx.Request], info: ApiResponse[Any], name: bytes, ctype: bytes
) -> None:
    _check_response(replace(OPERATIONS["upload_file"], check_request=None), info)
    assert len(seen) == 1
    body = seen[0].content
    assert name in body
    assert UPLOAD_CONTENT[kind] in body
    assert b'name="purpose"' in body
    if ctype:
        assert ctype in body


@pytest.mark.parametrize("kind", UPLOAD_KINDS)
def test_upload_file_kinds_sync(prism_gateway: PrismServer, tmp_path: Path, kind: str) -> None:
    file, name, ctype = _upload_variants(tmp_path)[kind]
    seen: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [_recording_hook(seen)]})
    try:
        client = Client(
            api_key="test", base_url=prism_gateway.base_url, http_client=http, max_retries=0
        )
        info = client.files.upload_file_with_http_info(file=file, purpose="batch")
    finally:
        http.close()
        if hasattr(file, "close"):
            file.close()
    _check_upload(kind, seen, info, name, ctype)


@pytest.mark.parametrize("kind", UPLOAD_KINDS)
def test_upload_file_kinds_async(prism_gateway: PrismServer, tmp_path: Path, kind: str) -> None:
    file, name, ctype = _upload_variants(tmp_path)[kind]
    seen: list[httpx.Request] = []

    async def hook(request: httpx.Request) -> None:
        await request.aread()
        seen.append(request)

    async def go() -> ApiResponse[Any]:
        async with httpx.AsyncClient(event_hooks={"request": [hook]}) as http:
            client = AsyncClient(
                api_key="test", base_url=prism_gateway.base_url, http_client=http, max_retries=0
            )
            return await client.files.upload_file_with_http_info(file=file, purpose="batch")

    try:
        info = asyncio.run(go())
    finally:
        if hasattr(file, "close"):
            file.close()
    _check_upload(kind, seen, info, name, ctype)


# --------------------------------------------------------------------------- binary download


SPEECH = {"model": "openai/tts-1", "input": "Hello", "voice": "alloy"}


def test_create_speech_to_file_sync(prism_gateway: PrismServer, tmp_path: Path) -> None:
    dest = tmp_path / "speech.mp3"
    with _client(prism_gateway) as client:
        expected = client.audio.create_speech(SPEECH)
        info = client.audio.create_speech_to_file(dest, SPEECH)
    assert_request_valid(info.http_response)
    assert info.status_code == 200
    assert info.http_response.headers["content-type"].startswith("audio/mpeg")
    assert info.data == dest
    assert dest.read_bytes() == expected
    assert not (tmp_path / "speech.mp3.part").exists()


def test_create_speech_to_file_async(prism_gateway: PrismServer, tmp_path: Path) -> None:
    dest = tmp_path / "speech.mp3"

    async def go() -> tuple[bytes, ApiResponse[Path]]:
        async with _async_client(prism_gateway) as client:
            expected = await client.audio.create_speech(SPEECH)
            return expected, await client.audio.create_speech_to_file(str(dest), SPEECH)

    expected, info = asyncio.run(go())
    assert_request_valid(info.http_response)
    assert Path(info.data) == dest
    assert dest.read_bytes() == expected


# --------------------------------------------------------------------------- validation bites


def _bypass(client: Client, call: Call) -> ApiResponse[Any]:
    return client.api_client.call(call, RequestOptions())


INVALID: dict[str, tuple[Callable[[Client], Any], int, str]] = {
    # name → (request, expected status, expected violation code)
    "chat_missing_messages_unvalidated_model": (
        lambda c: c.chat.create_chat_completion_with_http_info(
            ChatCompletionsRequest.model_construct(model="m")  # skips pydantic validation
        ),
        422,
        "required",
    ),
    "chat_empty_messages_via_extra_body": (
        lambda c: c.chat.create_chat_completion(CHAT, extra_body={"messages": []}),
        422,
        "minItems",
    ),
    "chat_temperature_out_of_range_via_extra_body": (
        lambda c: c.chat.create_chat_completion(CHAT, extra_body={"temperature": 7}),
        422,
        "maximum",
    ),
    "speech_bad_enum_via_extra_body": (
        lambda c: c.audio.create_speech(SPEECH, extra_body={"format": "flac"}),
        422,
        "enum",
    ),
    "list_models_limit_too_big_via_extra_query": (
        lambda c: c.models.list_models(extra_query={"limit": 1000}),
        422,
        "maximum",
    ),
    "get_generation_without_id": (
        lambda c: _bypass(c, Call("GET", "/generation", security=(("BearerAuth",),))),
        422,
        "required",
    ),
    "upload_without_file": (
        lambda c: _bypass(
            c,
            Call(
                "POST", "/files", form={"purpose": "batch"}, files={}, security=(("BearerAuth",),)
            ),
        ),
        422,
        "required",
    ),
    "image_edit_without_image": (
        lambda c: _bypass(
            c,
            Call(
                "POST",
                "/images/edits",
                form={"model": "m", "prompt": "p"},
                files={},
                security=(("BearerAuth",),),
            ),
        ),
        422,
        "required",
    ),
}


@pytest.mark.parametrize("case", sorted(INVALID))
def test_prism_rejects_invalid_request(prism_gateway: PrismServer, case: str) -> None:
    request, status, code = INVALID[case]
    with _client(prism_gateway) as client, pytest.raises(ApiStatusError) as info:
        request(client)
    response = info.value.response
    assert response.status_code == status
    violations = request_violations(response, errors_only=True)
    assert violations, response.text
    assert code in {v.get("code") for v in violations}, violations
    with pytest.raises(AssertionError, match="Prism rejected"):
        assert_request_valid(response)


def test_missing_credentials_are_refused_before_prism_would_reject_them(
    prism_gateway: PrismServer,
) -> None:
    # without Authorization, Prism (the spec) answers 401 ...
    assert httpx.get(prism_gateway.base_url + "/healthz").status_code == 401
    # ... so the client refuses such a call itself, before sending, naming what to set
    with Client(api_key=None, base_url=prism_gateway.base_url, max_retries=0) as client:
        client.configuration.access_token = None
        with pytest.raises(ai_stats_gateway.MissingCredentialsError, match="AI_STATS_API_KEY"):
            client.healthz.healthz()


def test_prism_rejects_invalid_request_async(prism_gateway: PrismServer) -> None:
    async def go() -> None:
        async with _async_client(prism_gateway) as client:
            await client.chat.create_chat_completion(CHAT, extra_body={"messages": []})

    with pytest.raises(ApiStatusError) as info:
        asyncio.run(go())
    assert 400 <= info.value.status < 500
    assert request_violations(info.value.response, errors_only=True)


def test_invalid_dict_body_is_refused_before_sending(prism_gateway: PrismServer) -> None:
    """A plain dict missing a required field never reaches the server (pydantic refuses it)."""
    from pydantic import ValidationError

    seen: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [seen.append]})
    client = Client(api_key="test", base_url=prism_gateway.base_url, http_client=http)
    with http, pytest.raises(ValidationError):
        client.chat.create_chat_completion({"model": "m"})
    assert seen == []
