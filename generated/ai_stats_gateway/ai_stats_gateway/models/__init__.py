"""Models of AI Stats Gateway API.

Each model lives in its own module and is imported on first use, so ``import ai_stats_gateway.models``
is cheap; ``from ai_stats_gateway.models import X`` loads only ``X`` and what it refers to.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .._models import OagenModel, UnknownVariant

if TYPE_CHECKING:
    from .audio_content_part import (
        AudioContentPart as AudioContentPart,
        AudioContentPartParam as AudioContentPartParam,
    )
    from .audio_content_part_input_audio import (
        AudioContentPartInputAudio as AudioContentPartInputAudio,
        AudioContentPartInputAudioParam as AudioContentPartInputAudioParam,
    )
    from .audio_speech_request import (
        AudioSpeechRequest as AudioSpeechRequest,
        AudioSpeechRequestParam as AudioSpeechRequestParam,
    )
    from .audio_transcription_request import AudioTranscriptionRequest as AudioTranscriptionRequest
    from .audio_transcription_response import (
        AudioTranscriptionResponse as AudioTranscriptionResponse,
    )
    from .audio_translation_request import AudioTranslationRequest as AudioTranslationRequest
    from .audio_translation_response import AudioTranslationResponse as AudioTranslationResponse
    from .batch_request import BatchRequest as BatchRequest, BatchRequestParam as BatchRequestParam
    from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
    from .batch_response import BatchResponse as BatchResponse
    from .benchmark_id import BenchmarkId as BenchmarkId
    from .chat_choice import ChatChoice as ChatChoice
    from .chat_chunk_choice import ChatChunkChoice as ChatChunkChoice
    from .chat_completion_chunk import ChatCompletionChunk as ChatCompletionChunk
    from .chat_completions_request import (
        ChatCompletionsRequest as ChatCompletionsRequest,
        ChatCompletionsRequestParam as ChatCompletionsRequestParam,
    )
    from .chat_completions_request_response_format_variant2 import (
        ChatCompletionsRequestResponseFormatVariant2 as ChatCompletionsRequestResponseFormatVariant2,
        ChatCompletionsRequestResponseFormatVariant2Param as ChatCompletionsRequestResponseFormatVariant2Param,
    )
    from .chat_completions_request_tools_item import (
        ChatCompletionsRequestToolsItem as ChatCompletionsRequestToolsItem,
        ChatCompletionsRequestToolsItemParam as ChatCompletionsRequestToolsItemParam,
    )
    from .chat_completions_response import ChatCompletionsResponse as ChatCompletionsResponse
    from .chat_message import ChatMessage as ChatMessage, ChatMessageParam as ChatMessageParam
    from .chat_message_delta import ChatMessageDelta as ChatMessageDelta
    from .chat_message_delta_tool_calls_item import (
        ChatMessageDeltaToolCallsItem as ChatMessageDeltaToolCallsItem,
    )
    from .chat_message_delta_tool_calls_item_function import (
        ChatMessageDeltaToolCallsItemFunction as ChatMessageDeltaToolCallsItemFunction,
    )
    from .embedding import Embedding as Embedding
    from .embeddings_request import (
        EmbeddingsRequest as EmbeddingsRequest,
        EmbeddingsRequestParam as EmbeddingsRequestParam,
    )
    from .embeddings_response import EmbeddingsResponse as EmbeddingsResponse
    from .file_response import FileResponse as FileResponse
    from .file_upload_request import FileUploadRequest as FileUploadRequest
    from .generation_response import GenerationResponse as GenerationResponse
    from .generation_response_usage import GenerationResponseUsage as GenerationResponseUsage
    from .get_analytics_request import (
        GetAnalyticsRequest as GetAnalyticsRequest,
        GetAnalyticsRequestParam as GetAnalyticsRequestParam,
    )
    from .get_analytics_response import GetAnalyticsResponse as GetAnalyticsResponse
    from .get_generation_response401 import GetGenerationResponse401 as GetGenerationResponse401
    from .get_generation_response404 import GetGenerationResponse404 as GetGenerationResponse404
    from .healthz_response import HealthzResponse as HealthzResponse
    from .image import Image as Image
    from .image_content_part import (
        ImageContentPart as ImageContentPart,
        ImageContentPartParam as ImageContentPartParam,
    )
    from .image_content_part_image_url import (
        ImageContentPartImageUrl as ImageContentPartImageUrl,
        ImageContentPartImageUrlParam as ImageContentPartImageUrlParam,
    )
    from .image_moderation_input import (
        ImageModerationInput as ImageModerationInput,
        ImageModerationInputParam as ImageModerationInputParam,
    )
    from .image_moderation_input_image_url import (
        ImageModerationInputImageUrl as ImageModerationInputImageUrl,
        ImageModerationInputImageUrlParam as ImageModerationInputImageUrlParam,
    )
    from .images_edit_request import ImagesEditRequest as ImagesEditRequest
    from .images_edit_response import ImagesEditResponse as ImagesEditResponse
    from .images_generation_request import (
        ImagesGenerationRequest as ImagesGenerationRequest,
        ImagesGenerationRequestParam as ImagesGenerationRequestParam,
    )
    from .images_generation_response import ImagesGenerationResponse as ImagesGenerationResponse
    from .list_files_response import ListFilesResponse as ListFilesResponse
    from .list_models_response import ListModelsResponse as ListModelsResponse
    from .list_models_response500 import ListModelsResponse500 as ListModelsResponse500
    from .message_content_part import (
        MessageContentPart as MessageContentPart,
        MessageContentPartParam as MessageContentPartParam,
    )
    from .model import Model as Model
    from .model_id import ModelId as ModelId
    from .model_providers_item import ModelProvidersItem as ModelProvidersItem
    from .moderation_categories import ModerationCategories as ModerationCategories
    from .moderation_category_scores import ModerationCategoryScores as ModerationCategoryScores
    from .moderation_result import ModerationResult as ModerationResult
    from .moderations_request import (
        ModerationsRequest as ModerationsRequest,
        ModerationsRequestParam as ModerationsRequestParam,
    )
    from .moderations_request_input_array_item import (
        ModerationsRequestInputArrayItem as ModerationsRequestInputArrayItem,
        ModerationsRequestInputArrayItemParam as ModerationsRequestInputArrayItemParam,
    )
    from .moderations_response import ModerationsResponse as ModerationsResponse
    from .organisation_id import OrganisationId as OrganisationId
    from .organisation_id_list import OrganisationIdList as OrganisationIdList
    from .reasoning_config import (
        ReasoningConfig as ReasoningConfig,
        ReasoningConfigParam as ReasoningConfigParam,
    )
    from .responses_request import (
        ResponsesRequest as ResponsesRequest,
        ResponsesRequestParam as ResponsesRequestParam,
    )
    from .responses_request_prompt import (
        ResponsesRequestPrompt as ResponsesRequestPrompt,
        ResponsesRequestPromptParam as ResponsesRequestPromptParam,
    )
    from .responses_request_reasoning import (
        ResponsesRequestReasoning as ResponsesRequestReasoning,
        ResponsesRequestReasoningParam as ResponsesRequestReasoningParam,
    )
    from .responses_response import ResponsesResponse as ResponsesResponse
    from .root_response import RootResponse as RootResponse
    from .text_content_part import (
        TextContentPart as TextContentPart,
        TextContentPartParam as TextContentPartParam,
    )
    from .text_moderation_input import (
        TextModerationInput as TextModerationInput,
        TextModerationInputParam as TextModerationInputParam,
    )
    from .tool_call import ToolCall as ToolCall, ToolCallParam as ToolCallParam
    from .tool_call_content_part import (
        ToolCallContentPart as ToolCallContentPart,
        ToolCallContentPartParam as ToolCallContentPartParam,
    )
    from .tool_call_content_part_function import (
        ToolCallContentPartFunction as ToolCallContentPartFunction,
        ToolCallContentPartFunctionParam as ToolCallContentPartFunctionParam,
    )
    from .tool_call_function import (
        ToolCallFunction as ToolCallFunction,
        ToolCallFunctionParam as ToolCallFunctionParam,
    )
    from .usage import Usage as Usage
    from .video_content_part import (
        VideoContentPart as VideoContentPart,
        VideoContentPartParam as VideoContentPartParam,
    )
    from .video_generation_request import (
        VideoGenerationRequest as VideoGenerationRequest,
        VideoGenerationRequestParam as VideoGenerationRequestParam,
    )
    from .video_generation_response import VideoGenerationResponse as VideoGenerationResponse
    from .video_generation_response_output_item import (
        VideoGenerationResponseOutputItem as VideoGenerationResponseOutputItem,
    )

_MODULES: dict[str, str] = {
    "AudioContentPart": "audio_content_part",
    "AudioContentPartParam": "audio_content_part",
    "AudioContentPartInputAudio": "audio_content_part_input_audio",
    "AudioContentPartInputAudioParam": "audio_content_part_input_audio",
    "AudioSpeechRequest": "audio_speech_request",
    "AudioSpeechRequestParam": "audio_speech_request",
    "AudioTranscriptionRequest": "audio_transcription_request",
    "AudioTranscriptionResponse": "audio_transcription_response",
    "AudioTranslationRequest": "audio_translation_request",
    "AudioTranslationResponse": "audio_translation_response",
    "BatchRequest": "batch_request",
    "BatchRequestParam": "batch_request",
    "BatchRequestCounts": "batch_request_counts",
    "BatchResponse": "batch_response",
    "BenchmarkId": "benchmark_id",
    "ChatChoice": "chat_choice",
    "ChatChunkChoice": "chat_chunk_choice",
    "ChatCompletionChunk": "chat_completion_chunk",
    "ChatCompletionsRequest": "chat_completions_request",
    "ChatCompletionsRequestParam": "chat_completions_request",
    "ChatCompletionsRequestResponseFormatVariant2": "chat_completions_request_response_format_variant2",
    "ChatCompletionsRequestResponseFormatVariant2Param": "chat_completions_request_response_format_variant2",
    "ChatCompletionsRequestToolsItem": "chat_completions_request_tools_item",
    "ChatCompletionsRequestToolsItemParam": "chat_completions_request_tools_item",
    "ChatCompletionsResponse": "chat_completions_response",
    "ChatMessage": "chat_message",
    "ChatMessageParam": "chat_message",
    "ChatMessageDelta": "chat_message_delta",
    "ChatMessageDeltaToolCallsItem": "chat_message_delta_tool_calls_item",
    "ChatMessageDeltaToolCallsItemFunction": "chat_message_delta_tool_calls_item_function",
    "Embedding": "embedding",
    "EmbeddingsRequest": "embeddings_request",
    "EmbeddingsRequestParam": "embeddings_request",
    "EmbeddingsResponse": "embeddings_response",
    "FileResponse": "file_response",
    "FileUploadRequest": "file_upload_request",
    "GenerationResponse": "generation_response",
    "GenerationResponseUsage": "generation_response_usage",
    "GetAnalyticsRequest": "get_analytics_request",
    "GetAnalyticsRequestParam": "get_analytics_request",
    "GetAnalyticsResponse": "get_analytics_response",
    "GetGenerationResponse401": "get_generation_response401",
    "GetGenerationResponse404": "get_generation_response404",
    "HealthzResponse": "healthz_response",
    "Image": "image",
    "ImageContentPart": "image_content_part",
    "ImageContentPartParam": "image_content_part",
    "ImageContentPartImageUrl": "image_content_part_image_url",
    "ImageContentPartImageUrlParam": "image_content_part_image_url",
    "ImageModerationInput": "image_moderation_input",
    "ImageModerationInputParam": "image_moderation_input",
    "ImageModerationInputImageUrl": "image_moderation_input_image_url",
    "ImageModerationInputImageUrlParam": "image_moderation_input_image_url",
    "ImagesEditRequest": "images_edit_request",
    "ImagesEditResponse": "images_edit_response",
    "ImagesGenerationRequest": "images_generation_request",
    "ImagesGenerationRequestParam": "images_generation_request",
    "ImagesGenerationResponse": "images_generation_response",
    "ListFilesResponse": "list_files_response",
    "ListModelsResponse": "list_models_response",
    "ListModelsResponse500": "list_models_response500",
    "MessageContentPart": "message_content_part",
    "MessageContentPartParam": "message_content_part",
    "Model": "model",
    "ModelId": "model_id",
    "ModelProvidersItem": "model_providers_item",
    "ModerationCategories": "moderation_categories",
    "ModerationCategoryScores": "moderation_category_scores",
    "ModerationResult": "moderation_result",
    "ModerationsRequest": "moderations_request",
    "ModerationsRequestParam": "moderations_request",
    "ModerationsRequestInputArrayItem": "moderations_request_input_array_item",
    "ModerationsRequestInputArrayItemParam": "moderations_request_input_array_item",
    "ModerationsResponse": "moderations_response",
    "OrganisationId": "organisation_id",
    "OrganisationIdList": "organisation_id_list",
    "ReasoningConfig": "reasoning_config",
    "ReasoningConfigParam": "reasoning_config",
    "ResponsesRequest": "responses_request",
    "ResponsesRequestParam": "responses_request",
    "ResponsesRequestPrompt": "responses_request_prompt",
    "ResponsesRequestPromptParam": "responses_request_prompt",
    "ResponsesRequestReasoning": "responses_request_reasoning",
    "ResponsesRequestReasoningParam": "responses_request_reasoning",
    "ResponsesResponse": "responses_response",
    "RootResponse": "root_response",
    "TextContentPart": "text_content_part",
    "TextContentPartParam": "text_content_part",
    "TextModerationInput": "text_moderation_input",
    "TextModerationInputParam": "text_moderation_input",
    "ToolCall": "tool_call",
    "ToolCallParam": "tool_call",
    "ToolCallContentPart": "tool_call_content_part",
    "ToolCallContentPartParam": "tool_call_content_part",
    "ToolCallContentPartFunction": "tool_call_content_part_function",
    "ToolCallContentPartFunctionParam": "tool_call_content_part_function",
    "ToolCallFunction": "tool_call_function",
    "ToolCallFunctionParam": "tool_call_function",
    "Usage": "usage",
    "VideoContentPart": "video_content_part",
    "VideoContentPartParam": "video_content_part",
    "VideoGenerationRequest": "video_generation_request",
    "VideoGenerationRequestParam": "video_generation_request",
    "VideoGenerationResponse": "video_generation_response",
    "VideoGenerationResponseOutputItem": "video_generation_response_output_item",
}

__all__ = [
    "OagenModel",
    "UnknownVariant",
    "AudioContentPart",
    "AudioContentPartParam",
    "AudioContentPartInputAudio",
    "AudioContentPartInputAudioParam",
    "AudioSpeechRequest",
    "AudioSpeechRequestParam",
    "AudioTranscriptionRequest",
    "AudioTranscriptionResponse",
    "AudioTranslationRequest",
    "AudioTranslationResponse",
    "BatchRequest",
    "BatchRequestParam",
    "BatchRequestCounts",
    "BatchResponse",
    "BenchmarkId",
    "ChatChoice",
    "ChatChunkChoice",
    "ChatCompletionChunk",
    "ChatCompletionsRequest",
    "ChatCompletionsRequestParam",
    "ChatCompletionsRequestResponseFormatVariant2",
    "ChatCompletionsRequestResponseFormatVariant2Param",
    "ChatCompletionsRequestToolsItem",
    "ChatCompletionsRequestToolsItemParam",
    "ChatCompletionsResponse",
    "ChatMessage",
    "ChatMessageParam",
    "ChatMessageDelta",
    "ChatMessageDeltaToolCallsItem",
    "ChatMessageDeltaToolCallsItemFunction",
    "Embedding",
    "EmbeddingsRequest",
    "EmbeddingsRequestParam",
    "EmbeddingsResponse",
    "FileResponse",
    "FileUploadRequest",
    "GenerationResponse",
    "GenerationResponseUsage",
    "GetAnalyticsRequest",
    "GetAnalyticsRequestParam",
    "GetAnalyticsResponse",
    "GetGenerationResponse401",
    "GetGenerationResponse404",
    "HealthzResponse",
    "Image",
    "ImageContentPart",
    "ImageContentPartParam",
    "ImageContentPartImageUrl",
    "ImageContentPartImageUrlParam",
    "ImageModerationInput",
    "ImageModerationInputParam",
    "ImageModerationInputImageUrl",
    "ImageModerationInputImageUrlParam",
    "ImagesEditRequest",
    "ImagesEditResponse",
    "ImagesGenerationRequest",
    "ImagesGenerationRequestParam",
    "ImagesGenerationResponse",
    "ListFilesResponse",
    "ListModelsResponse",
    "ListModelsResponse500",
    "MessageContentPart",
    "MessageContentPartParam",
    "Model",
    "ModelId",
    "ModelProvidersItem",
    "ModerationCategories",
    "ModerationCategoryScores",
    "ModerationResult",
    "ModerationsRequest",
    "ModerationsRequestParam",
    "ModerationsRequestInputArrayItem",
    "ModerationsRequestInputArrayItemParam",
    "ModerationsResponse",
    "OrganisationId",
    "OrganisationIdList",
    "ReasoningConfig",
    "ReasoningConfigParam",
    "ResponsesRequest",
    "ResponsesRequestParam",
    "ResponsesRequestPrompt",
    "ResponsesRequestPromptParam",
    "ResponsesRequestReasoning",
    "ResponsesRequestReasoningParam",
    "ResponsesResponse",
    "RootResponse",
    "TextContentPart",
    "TextContentPartParam",
    "TextModerationInput",
    "TextModerationInputParam",
    "ToolCall",
    "ToolCallParam",
    "ToolCallContentPart",
    "ToolCallContentPartParam",
    "ToolCallContentPartFunction",
    "ToolCallContentPartFunctionParam",
    "ToolCallFunction",
    "ToolCallFunctionParam",
    "Usage",
    "VideoContentPart",
    "VideoContentPartParam",
    "VideoGenerationRequest",
    "VideoGenerationRequestParam",
    "VideoGenerationResponse",
    "VideoGenerationResponseOutputItem",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
