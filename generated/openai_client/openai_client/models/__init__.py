"""Models of OpenAI API.

Each model lives in its own module and is imported on first use, so ``import openai_client.models``
is cheap; ``from openai_client.models import X`` loads only ``X`` and what it refers to.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .._models import OagenModel, UnknownVariant

if TYPE_CHECKING:
    from .active_status import ActiveStatus as ActiveStatus
    from .add_upload_part_request import AddUploadPartRequest as AddUploadPartRequest
    from .admin_api_key import AdminApiKey as AdminApiKey
    from .admin_api_key_create_response import (
        AdminApiKeyCreateResponse as AdminApiKeyCreateResponse,
    )
    from .admin_api_key_owner import AdminApiKeyOwner as AdminApiKeyOwner
    from .admin_api_keys_create_request import (
        AdminApiKeysCreateRequest as AdminApiKeysCreateRequest,
        AdminApiKeysCreateRequestParam as AdminApiKeysCreateRequestParam,
    )
    from .admin_api_keys_delete_response import (
        AdminApiKeysDeleteResponse as AdminApiKeysDeleteResponse,
    )
    from .annotation import Annotation as Annotation, AnnotationParam as AnnotationParam
    from .api_key_list import ApiKeyList as ApiKeyList
    from .apply_patch_call_output_status import (
        ApplyPatchCallOutputStatus as ApplyPatchCallOutputStatus,
    )
    from .apply_patch_call_output_status_param import (
        ApplyPatchCallOutputStatusParam as ApplyPatchCallOutputStatusParam,
    )
    from .apply_patch_call_status import ApplyPatchCallStatus as ApplyPatchCallStatus
    from .apply_patch_call_status_param import (
        ApplyPatchCallStatusParam as ApplyPatchCallStatusParam,
    )
    from .apply_patch_create_file_operation import (
        ApplyPatchCreateFileOperation as ApplyPatchCreateFileOperation,
    )
    from .apply_patch_create_file_operation_param import (
        ApplyPatchCreateFileOperationParam as ApplyPatchCreateFileOperationParam,
        ApplyPatchCreateFileOperationParamParam as ApplyPatchCreateFileOperationParamParam,
    )
    from .apply_patch_delete_file_operation import (
        ApplyPatchDeleteFileOperation as ApplyPatchDeleteFileOperation,
    )
    from .apply_patch_delete_file_operation_param import (
        ApplyPatchDeleteFileOperationParam as ApplyPatchDeleteFileOperationParam,
        ApplyPatchDeleteFileOperationParamParam as ApplyPatchDeleteFileOperationParamParam,
    )
    from .apply_patch_operation_param import (
        ApplyPatchOperationParam as ApplyPatchOperationParam,
        ApplyPatchOperationParamParam as ApplyPatchOperationParamParam,
    )
    from .apply_patch_tool_call import ApplyPatchToolCall as ApplyPatchToolCall
    from .apply_patch_tool_call_item_param import (
        ApplyPatchToolCallItemParam as ApplyPatchToolCallItemParam,
        ApplyPatchToolCallItemParamParam as ApplyPatchToolCallItemParamParam,
    )
    from .apply_patch_tool_call_operation import (
        ApplyPatchToolCallOperation as ApplyPatchToolCallOperation,
    )
    from .apply_patch_tool_call_output import ApplyPatchToolCallOutput as ApplyPatchToolCallOutput
    from .apply_patch_tool_call_output_item_param import (
        ApplyPatchToolCallOutputItemParam as ApplyPatchToolCallOutputItemParam,
        ApplyPatchToolCallOutputItemParamParam as ApplyPatchToolCallOutputItemParamParam,
    )
    from .apply_patch_tool_param import (
        ApplyPatchToolParam as ApplyPatchToolParam,
        ApplyPatchToolParamParam as ApplyPatchToolParamParam,
    )
    from .apply_patch_update_file_operation import (
        ApplyPatchUpdateFileOperation as ApplyPatchUpdateFileOperation,
    )
    from .apply_patch_update_file_operation_param import (
        ApplyPatchUpdateFileOperationParam as ApplyPatchUpdateFileOperationParam,
        ApplyPatchUpdateFileOperationParamParam as ApplyPatchUpdateFileOperationParamParam,
    )
    from .approximate_location import (
        ApproximateLocation as ApproximateLocation,
        ApproximateLocationParam as ApproximateLocationParam,
    )
    from .assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
    from .assigned_role_details_assignment_sources_array_item import (
        AssignedRoleDetailsAssignmentSourcesArrayItem as AssignedRoleDetailsAssignmentSourcesArrayItem,
    )
    from .assistant_message_item import AssistantMessageItem as AssistantMessageItem
    from .assistant_object import AssistantObject as AssistantObject
    from .assistant_object_tool_resources_variant1 import (
        AssistantObjectToolResourcesVariant1 as AssistantObjectToolResourcesVariant1,
    )
    from .assistant_object_tool_resources_variant1_code_interpreter import (
        AssistantObjectToolResourcesVariant1CodeInterpreter as AssistantObjectToolResourcesVariant1CodeInterpreter,
    )
    from .assistant_object_tool_resources_variant1_file_search import (
        AssistantObjectToolResourcesVariant1FileSearch as AssistantObjectToolResourcesVariant1FileSearch,
    )
    from .assistant_object_tools_item import AssistantObjectToolsItem as AssistantObjectToolsItem
    from .assistant_stream_event import AssistantStreamEvent as AssistantStreamEvent
    from .assistant_supported_models import AssistantSupportedModels as AssistantSupportedModels
    from .assistant_tools_code import (
        AssistantToolsCode as AssistantToolsCode,
        AssistantToolsCodeParam as AssistantToolsCodeParam,
    )
    from .assistant_tools_file_search import (
        AssistantToolsFileSearch as AssistantToolsFileSearch,
        AssistantToolsFileSearchParam as AssistantToolsFileSearchParam,
    )
    from .assistant_tools_file_search_file_search import (
        AssistantToolsFileSearchFileSearch as AssistantToolsFileSearchFileSearch,
        AssistantToolsFileSearchFileSearchParam as AssistantToolsFileSearchFileSearchParam,
    )
    from .assistant_tools_file_search_type_only import (
        AssistantToolsFileSearchTypeOnly as AssistantToolsFileSearchTypeOnly,
        AssistantToolsFileSearchTypeOnlyParam as AssistantToolsFileSearchTypeOnlyParam,
    )
    from .assistant_tools_function import (
        AssistantToolsFunction as AssistantToolsFunction,
        AssistantToolsFunctionParam as AssistantToolsFunctionParam,
    )
    from .assistants_api_response_format_option import (
        AssistantsApiResponseFormatOption as AssistantsApiResponseFormatOption,
        AssistantsApiResponseFormatOptionParam as AssistantsApiResponseFormatOptionParam,
    )
    from .assistants_api_tool_choice_option import (
        AssistantsApiToolChoiceOption as AssistantsApiToolChoiceOption,
        AssistantsApiToolChoiceOptionParam as AssistantsApiToolChoiceOptionParam,
    )
    from .assistants_named_tool_choice import (
        AssistantsNamedToolChoice as AssistantsNamedToolChoice,
        AssistantsNamedToolChoiceParam as AssistantsNamedToolChoiceParam,
    )
    from .assistants_named_tool_choice_function import (
        AssistantsNamedToolChoiceFunction as AssistantsNamedToolChoiceFunction,
        AssistantsNamedToolChoiceFunctionParam as AssistantsNamedToolChoiceFunctionParam,
    )
    from .attachment import Attachment as Attachment
    from .attachment_type import AttachmentType as AttachmentType
    from .audio_response_format import AudioResponseFormat as AudioResponseFormat
    from .audio_transcription import (
        AudioTranscription as AudioTranscription,
        AudioTranscriptionParam as AudioTranscriptionParam,
    )
    from .audio_transcription_response import (
        AudioTranscriptionResponse as AudioTranscriptionResponse,
    )
    from .audit_log import AuditLog as AuditLog
    from .audit_log_actor import AuditLogActor as AuditLogActor
    from .audit_log_actor_api_key import AuditLogActorApiKey as AuditLogActorApiKey
    from .audit_log_actor_service_account import (
        AuditLogActorServiceAccount as AuditLogActorServiceAccount,
    )
    from .audit_log_actor_session import AuditLogActorSession as AuditLogActorSession
    from .audit_log_actor_user import AuditLogActorUser as AuditLogActorUser
    from .audit_log_api_key_created import AuditLogApiKeyCreated as AuditLogApiKeyCreated
    from .audit_log_api_key_created_data import (
        AuditLogApiKeyCreatedData as AuditLogApiKeyCreatedData,
    )
    from .audit_log_api_key_deleted import AuditLogApiKeyDeleted as AuditLogApiKeyDeleted
    from .audit_log_api_key_updated import AuditLogApiKeyUpdated as AuditLogApiKeyUpdated
    from .audit_log_api_key_updated_changes_requested import (
        AuditLogApiKeyUpdatedChangesRequested as AuditLogApiKeyUpdatedChangesRequested,
    )
    from .audit_log_certificate_created import (
        AuditLogCertificateCreated as AuditLogCertificateCreated,
    )
    from .audit_log_certificate_deleted import (
        AuditLogCertificateDeleted as AuditLogCertificateDeleted,
    )
    from .audit_log_certificate_updated import (
        AuditLogCertificateUpdated as AuditLogCertificateUpdated,
    )
    from .audit_log_certificates_activated import (
        AuditLogCertificatesActivated as AuditLogCertificatesActivated,
    )
    from .audit_log_certificates_activated_certificates_item import (
        AuditLogCertificatesActivatedCertificatesItem as AuditLogCertificatesActivatedCertificatesItem,
    )
    from .audit_log_certificates_deactivated import (
        AuditLogCertificatesDeactivated as AuditLogCertificatesDeactivated,
    )
    from .audit_log_certificates_deactivated_certificates_item import (
        AuditLogCertificatesDeactivatedCertificatesItem as AuditLogCertificatesDeactivatedCertificatesItem,
    )
    from .audit_log_checkpoint_permission_created import (
        AuditLogCheckpointPermissionCreated as AuditLogCheckpointPermissionCreated,
    )
    from .audit_log_checkpoint_permission_created_data import (
        AuditLogCheckpointPermissionCreatedData as AuditLogCheckpointPermissionCreatedData,
    )
    from .audit_log_checkpoint_permission_deleted import (
        AuditLogCheckpointPermissionDeleted as AuditLogCheckpointPermissionDeleted,
    )
    from .audit_log_event_type import AuditLogEventType as AuditLogEventType
    from .audit_log_external_key_registered import (
        AuditLogExternalKeyRegistered as AuditLogExternalKeyRegistered,
    )
    from .audit_log_external_key_removed import (
        AuditLogExternalKeyRemoved as AuditLogExternalKeyRemoved,
    )
    from .audit_log_group_created import AuditLogGroupCreated as AuditLogGroupCreated
    from .audit_log_group_created_data import AuditLogGroupCreatedData as AuditLogGroupCreatedData
    from .audit_log_group_deleted import AuditLogGroupDeleted as AuditLogGroupDeleted
    from .audit_log_group_updated import AuditLogGroupUpdated as AuditLogGroupUpdated
    from .audit_log_group_updated_changes_requested import (
        AuditLogGroupUpdatedChangesRequested as AuditLogGroupUpdatedChangesRequested,
    )
    from .audit_log_invite_accepted import AuditLogInviteAccepted as AuditLogInviteAccepted
    from .audit_log_invite_deleted import AuditLogInviteDeleted as AuditLogInviteDeleted
    from .audit_log_invite_sent import AuditLogInviteSent as AuditLogInviteSent
    from .audit_log_invite_sent_data import AuditLogInviteSentData as AuditLogInviteSentData
    from .audit_log_ip_allowlist_config_activated import (
        AuditLogIpAllowlistConfigActivated as AuditLogIpAllowlistConfigActivated,
    )
    from .audit_log_ip_allowlist_config_activated_configs_item import (
        AuditLogIpAllowlistConfigActivatedConfigsItem as AuditLogIpAllowlistConfigActivatedConfigsItem,
    )
    from .audit_log_ip_allowlist_config_deactivated import (
        AuditLogIpAllowlistConfigDeactivated as AuditLogIpAllowlistConfigDeactivated,
    )
    from .audit_log_ip_allowlist_config_deactivated_configs_item import (
        AuditLogIpAllowlistConfigDeactivatedConfigsItem as AuditLogIpAllowlistConfigDeactivatedConfigsItem,
    )
    from .audit_log_ip_allowlist_created import (
        AuditLogIpAllowlistCreated as AuditLogIpAllowlistCreated,
    )
    from .audit_log_ip_allowlist_deleted import (
        AuditLogIpAllowlistDeleted as AuditLogIpAllowlistDeleted,
    )
    from .audit_log_ip_allowlist_updated import (
        AuditLogIpAllowlistUpdated as AuditLogIpAllowlistUpdated,
    )
    from .audit_log_login_failed import AuditLogLoginFailed as AuditLogLoginFailed
    from .audit_log_logout_failed import AuditLogLogoutFailed as AuditLogLogoutFailed
    from .audit_log_organization_updated import (
        AuditLogOrganizationUpdated as AuditLogOrganizationUpdated,
    )
    from .audit_log_organization_updated_changes_requested import (
        AuditLogOrganizationUpdatedChangesRequested as AuditLogOrganizationUpdatedChangesRequested,
    )
    from .audit_log_project import AuditLogProject as AuditLogProject
    from .audit_log_project_archived import AuditLogProjectArchived as AuditLogProjectArchived
    from .audit_log_project_created import AuditLogProjectCreated as AuditLogProjectCreated
    from .audit_log_project_created_data import (
        AuditLogProjectCreatedData as AuditLogProjectCreatedData,
    )
    from .audit_log_project_deleted import AuditLogProjectDeleted as AuditLogProjectDeleted
    from .audit_log_project_updated import AuditLogProjectUpdated as AuditLogProjectUpdated
    from .audit_log_project_updated_changes_requested import (
        AuditLogProjectUpdatedChangesRequested as AuditLogProjectUpdatedChangesRequested,
    )
    from .audit_log_rate_limit_deleted import AuditLogRateLimitDeleted as AuditLogRateLimitDeleted
    from .audit_log_rate_limit_updated import AuditLogRateLimitUpdated as AuditLogRateLimitUpdated
    from .audit_log_rate_limit_updated_changes_requested import (
        AuditLogRateLimitUpdatedChangesRequested as AuditLogRateLimitUpdatedChangesRequested,
    )
    from .audit_log_role_assignment_created import (
        AuditLogRoleAssignmentCreated as AuditLogRoleAssignmentCreated,
    )
    from .audit_log_role_assignment_deleted import (
        AuditLogRoleAssignmentDeleted as AuditLogRoleAssignmentDeleted,
    )
    from .audit_log_role_created import AuditLogRoleCreated as AuditLogRoleCreated
    from .audit_log_role_deleted import AuditLogRoleDeleted as AuditLogRoleDeleted
    from .audit_log_role_updated import AuditLogRoleUpdated as AuditLogRoleUpdated
    from .audit_log_role_updated_changes_requested import (
        AuditLogRoleUpdatedChangesRequested as AuditLogRoleUpdatedChangesRequested,
    )
    from .audit_log_scim_disabled import AuditLogScimDisabled as AuditLogScimDisabled
    from .audit_log_scim_enabled import AuditLogScimEnabled as AuditLogScimEnabled
    from .audit_log_service_account_created import (
        AuditLogServiceAccountCreated as AuditLogServiceAccountCreated,
    )
    from .audit_log_service_account_created_data import (
        AuditLogServiceAccountCreatedData as AuditLogServiceAccountCreatedData,
    )
    from .audit_log_service_account_deleted import (
        AuditLogServiceAccountDeleted as AuditLogServiceAccountDeleted,
    )
    from .audit_log_service_account_updated import (
        AuditLogServiceAccountUpdated as AuditLogServiceAccountUpdated,
    )
    from .audit_log_service_account_updated_changes_requested import (
        AuditLogServiceAccountUpdatedChangesRequested as AuditLogServiceAccountUpdatedChangesRequested,
    )
    from .audit_log_user_added import AuditLogUserAdded as AuditLogUserAdded
    from .audit_log_user_added_data import AuditLogUserAddedData as AuditLogUserAddedData
    from .audit_log_user_deleted import AuditLogUserDeleted as AuditLogUserDeleted
    from .audit_log_user_updated import AuditLogUserUpdated as AuditLogUserUpdated
    from .audit_log_user_updated_changes_requested import (
        AuditLogUserUpdatedChangesRequested as AuditLogUserUpdatedChangesRequested,
    )
    from .auto_chunking_strategy_request_param import (
        AutoChunkingStrategyRequestParam as AutoChunkingStrategyRequestParam,
        AutoChunkingStrategyRequestParamParam as AutoChunkingStrategyRequestParamParam,
    )
    from .auto_code_interpreter_tool_param import (
        AutoCodeInterpreterToolParam as AutoCodeInterpreterToolParam,
        AutoCodeInterpreterToolParamParam as AutoCodeInterpreterToolParamParam,
    )
    from .auto_code_interpreter_tool_param_network_policy import (
        AutoCodeInterpreterToolParamNetworkPolicy as AutoCodeInterpreterToolParamNetworkPolicy,
        AutoCodeInterpreterToolParamNetworkPolicyParam as AutoCodeInterpreterToolParamNetworkPolicyParam,
    )
    from .automatic_thread_titling_param import (
        AutomaticThreadTitlingParam as AutomaticThreadTitlingParam,
        AutomaticThreadTitlingParamParam as AutomaticThreadTitlingParamParam,
    )
    from .batch import Batch as Batch
    from .batch_errors import BatchErrors as BatchErrors
    from .batch_errors_data_item import BatchErrorsDataItem as BatchErrorsDataItem
    from .batch_file_expiration_after import (
        BatchFileExpirationAfter as BatchFileExpirationAfter,
        BatchFileExpirationAfterParam as BatchFileExpirationAfterParam,
    )
    from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
    from .batch_usage import BatchUsage as BatchUsage
    from .batch_usage_input_tokens_details import (
        BatchUsageInputTokensDetails as BatchUsageInputTokensDetails,
    )
    from .batch_usage_output_tokens_details import (
        BatchUsageOutputTokensDetails as BatchUsageOutputTokensDetails,
    )
    from .certificate import Certificate as Certificate
    from .certificate_certificate_details import (
        CertificateCertificateDetails as CertificateCertificateDetails,
    )
    from .chat_completion_allowed_tools import (
        ChatCompletionAllowedTools as ChatCompletionAllowedTools,
        ChatCompletionAllowedToolsParam as ChatCompletionAllowedToolsParam,
    )
    from .chat_completion_allowed_tools_choice import (
        ChatCompletionAllowedToolsChoice as ChatCompletionAllowedToolsChoice,
        ChatCompletionAllowedToolsChoiceParam as ChatCompletionAllowedToolsChoiceParam,
    )
    from .chat_completion_deleted import ChatCompletionDeleted as ChatCompletionDeleted
    from .chat_completion_function_call_option import (
        ChatCompletionFunctionCallOption as ChatCompletionFunctionCallOption,
        ChatCompletionFunctionCallOptionParam as ChatCompletionFunctionCallOptionParam,
    )
    from .chat_completion_functions import (
        ChatCompletionFunctions as ChatCompletionFunctions,
        ChatCompletionFunctionsParam as ChatCompletionFunctionsParam,
    )
    from .chat_completion_list import ChatCompletionList as ChatCompletionList
    from .chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall as ChatCompletionMessageCustomToolCall,
        ChatCompletionMessageCustomToolCallParam as ChatCompletionMessageCustomToolCallParam,
    )
    from .chat_completion_message_custom_tool_call_custom import (
        ChatCompletionMessageCustomToolCallCustom as ChatCompletionMessageCustomToolCallCustom,
        ChatCompletionMessageCustomToolCallCustomParam as ChatCompletionMessageCustomToolCallCustomParam,
    )
    from .chat_completion_message_list import ChatCompletionMessageList as ChatCompletionMessageList
    from .chat_completion_message_list_data_item import (
        ChatCompletionMessageListDataItem as ChatCompletionMessageListDataItem,
    )
    from .chat_completion_message_list_data_item_content_parts_array_item import (
        ChatCompletionMessageListDataItemContentPartsArrayItem as ChatCompletionMessageListDataItemContentPartsArrayItem,
    )
    from .chat_completion_message_tool_call import (
        ChatCompletionMessageToolCall as ChatCompletionMessageToolCall,
        ChatCompletionMessageToolCallParam as ChatCompletionMessageToolCallParam,
    )
    from .chat_completion_message_tool_call_chunk import (
        ChatCompletionMessageToolCallChunk as ChatCompletionMessageToolCallChunk,
    )
    from .chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction as ChatCompletionMessageToolCallChunkFunction,
    )
    from .chat_completion_message_tool_call_function import (
        ChatCompletionMessageToolCallFunction as ChatCompletionMessageToolCallFunction,
        ChatCompletionMessageToolCallFunctionParam as ChatCompletionMessageToolCallFunctionParam,
    )
    from .chat_completion_message_tool_calls import (
        ChatCompletionMessageToolCalls as ChatCompletionMessageToolCalls,
        ChatCompletionMessageToolCallsParam as ChatCompletionMessageToolCallsParam,
    )
    from .chat_completion_message_tool_calls_item import (
        ChatCompletionMessageToolCallsItem as ChatCompletionMessageToolCallsItem,
        ChatCompletionMessageToolCallsItemParam as ChatCompletionMessageToolCallsItemParam,
    )
    from .chat_completion_modalities import ChatCompletionModalities as ChatCompletionModalities
    from .chat_completion_named_tool_choice import (
        ChatCompletionNamedToolChoice as ChatCompletionNamedToolChoice,
        ChatCompletionNamedToolChoiceParam as ChatCompletionNamedToolChoiceParam,
    )
    from .chat_completion_named_tool_choice_custom import (
        ChatCompletionNamedToolChoiceCustom as ChatCompletionNamedToolChoiceCustom,
        ChatCompletionNamedToolChoiceCustomParam as ChatCompletionNamedToolChoiceCustomParam,
    )
    from .chat_completion_named_tool_choice_custom_custom import (
        ChatCompletionNamedToolChoiceCustomCustom as ChatCompletionNamedToolChoiceCustomCustom,
        ChatCompletionNamedToolChoiceCustomCustomParam as ChatCompletionNamedToolChoiceCustomCustomParam,
    )
    from .chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunction as ChatCompletionNamedToolChoiceFunction,
        ChatCompletionNamedToolChoiceFunctionParam as ChatCompletionNamedToolChoiceFunctionParam,
    )
    from .chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage as ChatCompletionRequestAssistantMessage,
        ChatCompletionRequestAssistantMessageParam as ChatCompletionRequestAssistantMessageParam,
    )
    from .chat_completion_request_assistant_message_audio_variant1 import (
        ChatCompletionRequestAssistantMessageAudioVariant1 as ChatCompletionRequestAssistantMessageAudioVariant1,
        ChatCompletionRequestAssistantMessageAudioVariant1Param as ChatCompletionRequestAssistantMessageAudioVariant1Param,
    )
    from .chat_completion_request_assistant_message_content_part import (
        ChatCompletionRequestAssistantMessageContentPart as ChatCompletionRequestAssistantMessageContentPart,
        ChatCompletionRequestAssistantMessageContentPartParam as ChatCompletionRequestAssistantMessageContentPartParam,
    )
    from .chat_completion_request_assistant_message_function_call_variant1 import (
        ChatCompletionRequestAssistantMessageFunctionCallVariant1 as ChatCompletionRequestAssistantMessageFunctionCallVariant1,
        ChatCompletionRequestAssistantMessageFunctionCallVariant1Param as ChatCompletionRequestAssistantMessageFunctionCallVariant1Param,
    )
    from .chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage as ChatCompletionRequestDeveloperMessage,
        ChatCompletionRequestDeveloperMessageParam as ChatCompletionRequestDeveloperMessageParam,
    )
    from .chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage as ChatCompletionRequestFunctionMessage,
        ChatCompletionRequestFunctionMessageParam as ChatCompletionRequestFunctionMessageParam,
    )
    from .chat_completion_request_message import (
        ChatCompletionRequestMessage as ChatCompletionRequestMessage,
        ChatCompletionRequestMessageParam as ChatCompletionRequestMessageParam,
    )
    from .chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio as ChatCompletionRequestMessageContentPartAudio,
        ChatCompletionRequestMessageContentPartAudioParam as ChatCompletionRequestMessageContentPartAudioParam,
    )
    from .chat_completion_request_message_content_part_audio_input_audio import (
        ChatCompletionRequestMessageContentPartAudioInputAudio as ChatCompletionRequestMessageContentPartAudioInputAudio,
        ChatCompletionRequestMessageContentPartAudioInputAudioParam as ChatCompletionRequestMessageContentPartAudioInputAudioParam,
    )
    from .chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile as ChatCompletionRequestMessageContentPartFile,
        ChatCompletionRequestMessageContentPartFileParam as ChatCompletionRequestMessageContentPartFileParam,
    )
    from .chat_completion_request_message_content_part_file_file import (
        ChatCompletionRequestMessageContentPartFileFile as ChatCompletionRequestMessageContentPartFileFile,
        ChatCompletionRequestMessageContentPartFileFileParam as ChatCompletionRequestMessageContentPartFileFileParam,
    )
    from .chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage as ChatCompletionRequestMessageContentPartImage,
        ChatCompletionRequestMessageContentPartImageParam as ChatCompletionRequestMessageContentPartImageParam,
    )
    from .chat_completion_request_message_content_part_image_image_url import (
        ChatCompletionRequestMessageContentPartImageImageUrl as ChatCompletionRequestMessageContentPartImageImageUrl,
        ChatCompletionRequestMessageContentPartImageImageUrlParam as ChatCompletionRequestMessageContentPartImageImageUrlParam,
    )
    from .chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal as ChatCompletionRequestMessageContentPartRefusal,
        ChatCompletionRequestMessageContentPartRefusalParam as ChatCompletionRequestMessageContentPartRefusalParam,
    )
    from .chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText as ChatCompletionRequestMessageContentPartText,
        ChatCompletionRequestMessageContentPartTextParam as ChatCompletionRequestMessageContentPartTextParam,
    )
    from .chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage as ChatCompletionRequestSystemMessage,
        ChatCompletionRequestSystemMessageParam as ChatCompletionRequestSystemMessageParam,
    )
    from .chat_completion_request_system_message_content_part import (
        ChatCompletionRequestSystemMessageContentPart as ChatCompletionRequestSystemMessageContentPart,
        ChatCompletionRequestSystemMessageContentPartParam as ChatCompletionRequestSystemMessageContentPartParam,
    )
    from .chat_completion_request_tool_message import (
        ChatCompletionRequestToolMessage as ChatCompletionRequestToolMessage,
        ChatCompletionRequestToolMessageParam as ChatCompletionRequestToolMessageParam,
    )
    from .chat_completion_request_tool_message_content_part import (
        ChatCompletionRequestToolMessageContentPart as ChatCompletionRequestToolMessageContentPart,
        ChatCompletionRequestToolMessageContentPartParam as ChatCompletionRequestToolMessageContentPartParam,
    )
    from .chat_completion_request_user_message import (
        ChatCompletionRequestUserMessage as ChatCompletionRequestUserMessage,
        ChatCompletionRequestUserMessageParam as ChatCompletionRequestUserMessageParam,
    )
    from .chat_completion_request_user_message_content_part import (
        ChatCompletionRequestUserMessageContentPart as ChatCompletionRequestUserMessageContentPart,
        ChatCompletionRequestUserMessageContentPartParam as ChatCompletionRequestUserMessageContentPartParam,
    )
    from .chat_completion_response_message import (
        ChatCompletionResponseMessage as ChatCompletionResponseMessage,
    )
    from .chat_completion_response_message_annotations_item import (
        ChatCompletionResponseMessageAnnotationsItem as ChatCompletionResponseMessageAnnotationsItem,
    )
    from .chat_completion_response_message_annotations_item_url_citation import (
        ChatCompletionResponseMessageAnnotationsItemUrlCitation as ChatCompletionResponseMessageAnnotationsItemUrlCitation,
    )
    from .chat_completion_response_message_audio_variant1 import (
        ChatCompletionResponseMessageAudioVariant1 as ChatCompletionResponseMessageAudioVariant1,
    )
    from .chat_completion_response_message_function_call import (
        ChatCompletionResponseMessageFunctionCall as ChatCompletionResponseMessageFunctionCall,
    )
    from .chat_completion_role import ChatCompletionRole as ChatCompletionRole
    from .chat_completion_stream_options import (
        ChatCompletionStreamOptions as ChatCompletionStreamOptions,
        ChatCompletionStreamOptionsParam as ChatCompletionStreamOptionsParam,
    )
    from .chat_completion_stream_options_variant1 import (
        ChatCompletionStreamOptionsVariant1 as ChatCompletionStreamOptionsVariant1,
        ChatCompletionStreamOptionsVariant1Param as ChatCompletionStreamOptionsVariant1Param,
    )
    from .chat_completion_stream_response_delta import (
        ChatCompletionStreamResponseDelta as ChatCompletionStreamResponseDelta,
    )
    from .chat_completion_stream_response_delta_function_call import (
        ChatCompletionStreamResponseDeltaFunctionCall as ChatCompletionStreamResponseDeltaFunctionCall,
    )
    from .chat_completion_token_logprob import (
        ChatCompletionTokenLogprob as ChatCompletionTokenLogprob,
    )
    from .chat_completion_token_logprob_top_logprobs_item import (
        ChatCompletionTokenLogprobTopLogprobsItem as ChatCompletionTokenLogprobTopLogprobsItem,
    )
    from .chat_completion_tool import (
        ChatCompletionTool as ChatCompletionTool,
        ChatCompletionToolParam as ChatCompletionToolParam,
    )
    from .chat_completion_tool_choice_option import (
        ChatCompletionToolChoiceOption as ChatCompletionToolChoiceOption,
        ChatCompletionToolChoiceOptionParam as ChatCompletionToolChoiceOptionParam,
    )
    from .chat_session_automatic_thread_titling import (
        ChatSessionAutomaticThreadTitling as ChatSessionAutomaticThreadTitling,
    )
    from .chat_session_chatkit_configuration import (
        ChatSessionChatkitConfiguration as ChatSessionChatkitConfiguration,
    )
    from .chat_session_file_upload import ChatSessionFileUpload as ChatSessionFileUpload
    from .chat_session_history import ChatSessionHistory as ChatSessionHistory
    from .chat_session_rate_limits import ChatSessionRateLimits as ChatSessionRateLimits
    from .chat_session_resource import ChatSessionResource as ChatSessionResource
    from .chat_session_status import ChatSessionStatus as ChatSessionStatus
    from .chatkit_configuration_param import (
        ChatkitConfigurationParam as ChatkitConfigurationParam,
        ChatkitConfigurationParamParam as ChatkitConfigurationParamParam,
    )
    from .chatkit_workflow import ChatkitWorkflow as ChatkitWorkflow
    from .chatkit_workflow_tracing import ChatkitWorkflowTracing as ChatkitWorkflowTracing
    from .chunking_strategy_request_param import (
        ChunkingStrategyRequestParam as ChunkingStrategyRequestParam,
        ChunkingStrategyRequestParamParam as ChunkingStrategyRequestParamParam,
    )
    from .click_button_type import ClickButtonType as ClickButtonType
    from .click_param import ClickParam as ClickParam, ClickParamParam as ClickParamParam
    from .client_tool_call_item import ClientToolCallItem as ClientToolCallItem
    from .client_tool_call_status import ClientToolCallStatus as ClientToolCallStatus
    from .closed_status import ClosedStatus as ClosedStatus
    from .code_interpreter_file_output import CodeInterpreterFileOutput as CodeInterpreterFileOutput
    from .code_interpreter_file_output_files_item import (
        CodeInterpreterFileOutputFilesItem as CodeInterpreterFileOutputFilesItem,
    )
    from .code_interpreter_output_image import (
        CodeInterpreterOutputImage as CodeInterpreterOutputImage,
        CodeInterpreterOutputImageParam as CodeInterpreterOutputImageParam,
    )
    from .code_interpreter_output_logs import (
        CodeInterpreterOutputLogs as CodeInterpreterOutputLogs,
        CodeInterpreterOutputLogsParam as CodeInterpreterOutputLogsParam,
    )
    from .code_interpreter_text_output import CodeInterpreterTextOutput as CodeInterpreterTextOutput
    from .code_interpreter_tool import (
        CodeInterpreterTool as CodeInterpreterTool,
        CodeInterpreterToolParam as CodeInterpreterToolParam,
    )
    from .code_interpreter_tool_call import (
        CodeInterpreterToolCall as CodeInterpreterToolCall,
        CodeInterpreterToolCallParam as CodeInterpreterToolCallParam,
    )
    from .code_interpreter_tool_call_outputs_array_item import (
        CodeInterpreterToolCallOutputsArrayItem as CodeInterpreterToolCallOutputsArrayItem,
        CodeInterpreterToolCallOutputsArrayItemParam as CodeInterpreterToolCallOutputsArrayItemParam,
    )
    from .compact_resource import CompactResource as CompactResource
    from .compact_response_method_public_body import (
        CompactResponseMethodPublicBody as CompactResponseMethodPublicBody,
        CompactResponseMethodPublicBodyParam as CompactResponseMethodPublicBodyParam,
    )
    from .compaction_body import CompactionBody as CompactionBody
    from .compaction_summary_item_param import (
        CompactionSummaryItemParam as CompactionSummaryItemParam,
        CompactionSummaryItemParamParam as CompactionSummaryItemParamParam,
    )
    from .compaction_trigger_item_param import (
        CompactionTriggerItemParam as CompactionTriggerItemParam,
        CompactionTriggerItemParamParam as CompactionTriggerItemParamParam,
    )
    from .comparison_filter import (
        ComparisonFilter as ComparisonFilter,
        ComparisonFilterParam as ComparisonFilterParam,
    )
    from .complete_upload_request import (
        CompleteUploadRequest as CompleteUploadRequest,
        CompleteUploadRequestParam as CompleteUploadRequestParam,
    )
    from .completion_usage import CompletionUsage as CompletionUsage
    from .completion_usage_completion_tokens_details import (
        CompletionUsageCompletionTokensDetails as CompletionUsageCompletionTokensDetails,
    )
    from .completion_usage_prompt_tokens_details import (
        CompletionUsagePromptTokensDetails as CompletionUsagePromptTokensDetails,
    )
    from .compound_filter import (
        CompoundFilter as CompoundFilter,
        CompoundFilterFiltersItem as CompoundFilterFiltersItem,
        CompoundFilterParam as CompoundFilterParam,
        CompoundFilterFiltersItemParam as CompoundFilterFiltersItemParam,
    )
    from .computer_action import (
        ComputerAction as ComputerAction,
        ComputerActionParam as ComputerActionParam,
    )
    from .computer_action_list import (
        ComputerActionList as ComputerActionList,
        ComputerActionListParam as ComputerActionListParam,
    )
    from .computer_call_output_item_param import (
        ComputerCallOutputItemParam as ComputerCallOutputItemParam,
        ComputerCallOutputItemParamParam as ComputerCallOutputItemParamParam,
    )
    from .computer_call_output_status import ComputerCallOutputStatus as ComputerCallOutputStatus
    from .computer_call_safety_check_param import (
        ComputerCallSafetyCheckParam as ComputerCallSafetyCheckParam,
        ComputerCallSafetyCheckParamParam as ComputerCallSafetyCheckParamParam,
    )
    from .computer_environment import ComputerEnvironment as ComputerEnvironment
    from .computer_screenshot_content import ComputerScreenshotContent as ComputerScreenshotContent
    from .computer_screenshot_image import (
        ComputerScreenshotImage as ComputerScreenshotImage,
        ComputerScreenshotImageParam as ComputerScreenshotImageParam,
    )
    from .computer_tool import ComputerTool as ComputerTool, ComputerToolParam as ComputerToolParam
    from .computer_tool_call import (
        ComputerToolCall as ComputerToolCall,
        ComputerToolCallParam as ComputerToolCallParam,
    )
    from .computer_tool_call_output import ComputerToolCallOutput as ComputerToolCallOutput
    from .computer_tool_call_output_resource import (
        ComputerToolCallOutputResource as ComputerToolCallOutputResource,
    )
    from .computer_use_preview_tool import (
        ComputerUsePreviewTool as ComputerUsePreviewTool,
        ComputerUsePreviewToolParam as ComputerUsePreviewToolParam,
    )
    from .container_auto_param import (
        ContainerAutoParam as ContainerAutoParam,
        ContainerAutoParamParam as ContainerAutoParamParam,
    )
    from .container_auto_param_network_policy import (
        ContainerAutoParamNetworkPolicy as ContainerAutoParamNetworkPolicy,
        ContainerAutoParamNetworkPolicyParam as ContainerAutoParamNetworkPolicyParam,
    )
    from .container_auto_param_skills_item import (
        ContainerAutoParamSkillsItem as ContainerAutoParamSkillsItem,
        ContainerAutoParamSkillsItemParam as ContainerAutoParamSkillsItemParam,
    )
    from .container_file_citation_body import (
        ContainerFileCitationBody as ContainerFileCitationBody,
        ContainerFileCitationBodyParam as ContainerFileCitationBodyParam,
    )
    from .container_file_list_resource import ContainerFileListResource as ContainerFileListResource
    from .container_file_resource import ContainerFileResource as ContainerFileResource
    from .container_list_resource import ContainerListResource as ContainerListResource
    from .container_memory_limit import ContainerMemoryLimit as ContainerMemoryLimit
    from .container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam as ContainerNetworkPolicyAllowlistParam,
        ContainerNetworkPolicyAllowlistParamParam as ContainerNetworkPolicyAllowlistParamParam,
    )
    from .container_network_policy_disabled_param import (
        ContainerNetworkPolicyDisabledParam as ContainerNetworkPolicyDisabledParam,
        ContainerNetworkPolicyDisabledParamParam as ContainerNetworkPolicyDisabledParamParam,
    )
    from .container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam as ContainerNetworkPolicyDomainSecretParam,
        ContainerNetworkPolicyDomainSecretParamParam as ContainerNetworkPolicyDomainSecretParamParam,
    )
    from .container_reference_param import (
        ContainerReferenceParam as ContainerReferenceParam,
        ContainerReferenceParamParam as ContainerReferenceParamParam,
    )
    from .container_reference_resource import (
        ContainerReferenceResource as ContainerReferenceResource,
    )
    from .container_resource import ContainerResource as ContainerResource
    from .container_resource_expires_after import (
        ContainerResourceExpiresAfter as ContainerResourceExpiresAfter,
    )
    from .container_resource_network_policy import (
        ContainerResourceNetworkPolicy as ContainerResourceNetworkPolicy,
    )
    from .content import Content as Content
    from .context_management_param import (
        ContextManagementParam as ContextManagementParam,
        ContextManagementParamParam as ContextManagementParamParam,
    )
    from .conversation2 import Conversation2 as Conversation2
    from .conversation_item import ConversationItem as ConversationItem
    from .conversation_item_list import ConversationItemList as ConversationItemList
    from .conversation_param import (
        ConversationParam as ConversationParam,
        ConversationParamParam as ConversationParamParam,
    )
    from .conversation_param2 import (
        ConversationParam2 as ConversationParam2,
        ConversationParam2Param as ConversationParam2Param,
    )
    from .conversation_resource import ConversationResource as ConversationResource
    from .coord_param import CoordParam as CoordParam, CoordParamParam as CoordParamParam
    from .costs_result import CostsResult as CostsResult
    from .costs_result_amount import CostsResultAmount as CostsResultAmount
    from .create_assistant_request import (
        CreateAssistantRequest as CreateAssistantRequest,
        CreateAssistantRequestParam as CreateAssistantRequestParam,
    )
    from .create_assistant_request_tool_resources_variant1 import (
        CreateAssistantRequestToolResourcesVariant1 as CreateAssistantRequestToolResourcesVariant1,
        CreateAssistantRequestToolResourcesVariant1Param as CreateAssistantRequestToolResourcesVariant1Param,
    )
    from .create_assistant_request_tool_resources_variant1_code_interpreter import (
        CreateAssistantRequestToolResourcesVariant1CodeInterpreter as CreateAssistantRequestToolResourcesVariant1CodeInterpreter,
        CreateAssistantRequestToolResourcesVariant1CodeInterpreterParam as CreateAssistantRequestToolResourcesVariant1CodeInterpreterParam,
    )
    from .create_assistant_request_tool_resources_variant1_file_search import (
        CreateAssistantRequestToolResourcesVariant1FileSearch as CreateAssistantRequestToolResourcesVariant1FileSearch,
        CreateAssistantRequestToolResourcesVariant1FileSearchParam as CreateAssistantRequestToolResourcesVariant1FileSearchParam,
    )
    from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item import (
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem as CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem,
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemParam as CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemParam,
    )
    from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy import (
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy as CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy,
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam as CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam,
    )
    from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_auto import (
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto as CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto,
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam as CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam,
    )
    from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static import (
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic as CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic,
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam as CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam,
    )
    from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static_static import (
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic as CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic,
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam as CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam,
    )
    from .create_assistant_request_tools_item import (
        CreateAssistantRequestToolsItem as CreateAssistantRequestToolsItem,
        CreateAssistantRequestToolsItemParam as CreateAssistantRequestToolsItemParam,
    )
    from .create_batch_request import (
        CreateBatchRequest as CreateBatchRequest,
        CreateBatchRequestParam as CreateBatchRequestParam,
    )
    from .create_chat_completion_request import (
        CreateChatCompletionRequest as CreateChatCompletionRequest,
        CreateChatCompletionRequestParam as CreateChatCompletionRequestParam,
    )
    from .create_chat_completion_request_audio import (
        CreateChatCompletionRequestAudio as CreateChatCompletionRequestAudio,
        CreateChatCompletionRequestAudioParam as CreateChatCompletionRequestAudioParam,
    )
    from .create_chat_completion_request_response_format import (
        CreateChatCompletionRequestResponseFormat as CreateChatCompletionRequestResponseFormat,
        CreateChatCompletionRequestResponseFormatParam as CreateChatCompletionRequestResponseFormatParam,
    )
    from .create_chat_completion_request_tools_item import (
        CreateChatCompletionRequestToolsItem as CreateChatCompletionRequestToolsItem,
        CreateChatCompletionRequestToolsItemParam as CreateChatCompletionRequestToolsItemParam,
    )
    from .create_chat_completion_request_web_search_options import (
        CreateChatCompletionRequestWebSearchOptions as CreateChatCompletionRequestWebSearchOptions,
        CreateChatCompletionRequestWebSearchOptionsParam as CreateChatCompletionRequestWebSearchOptionsParam,
    )
    from .create_chat_completion_request_web_search_options_user_location import (
        CreateChatCompletionRequestWebSearchOptionsUserLocation as CreateChatCompletionRequestWebSearchOptionsUserLocation,
        CreateChatCompletionRequestWebSearchOptionsUserLocationParam as CreateChatCompletionRequestWebSearchOptionsUserLocationParam,
    )
    from .create_chat_completion_response import (
        CreateChatCompletionResponse as CreateChatCompletionResponse,
    )
    from .create_chat_completion_response_choices_item import (
        CreateChatCompletionResponseChoicesItem as CreateChatCompletionResponseChoicesItem,
    )
    from .create_chat_completion_response_choices_item_logprobs_variant1 import (
        CreateChatCompletionResponseChoicesItemLogprobsVariant1 as CreateChatCompletionResponseChoicesItemLogprobsVariant1,
    )
    from .create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse as CreateChatCompletionStreamResponse,
    )
    from .create_chat_completion_stream_response_choices_item import (
        CreateChatCompletionStreamResponseChoicesItem as CreateChatCompletionStreamResponseChoicesItem,
    )
    from .create_chat_completion_stream_response_choices_item_logprobs import (
        CreateChatCompletionStreamResponseChoicesItemLogprobs as CreateChatCompletionStreamResponseChoicesItemLogprobs,
    )
    from .create_chat_session_body import (
        CreateChatSessionBody as CreateChatSessionBody,
        CreateChatSessionBodyParam as CreateChatSessionBodyParam,
    )
    from .create_completion_request import (
        CreateCompletionRequest as CreateCompletionRequest,
        CreateCompletionRequestParam as CreateCompletionRequestParam,
    )
    from .create_completion_response import CreateCompletionResponse as CreateCompletionResponse
    from .create_completion_response_choices_item import (
        CreateCompletionResponseChoicesItem as CreateCompletionResponseChoicesItem,
    )
    from .create_completion_response_choices_item_logprobs_variant1 import (
        CreateCompletionResponseChoicesItemLogprobsVariant1 as CreateCompletionResponseChoicesItemLogprobsVariant1,
    )
    from .create_container_body import (
        CreateContainerBody as CreateContainerBody,
        CreateContainerBodyParam as CreateContainerBodyParam,
    )
    from .create_container_body_expires_after import (
        CreateContainerBodyExpiresAfter as CreateContainerBodyExpiresAfter,
        CreateContainerBodyExpiresAfterParam as CreateContainerBodyExpiresAfterParam,
    )
    from .create_container_body_network_policy import (
        CreateContainerBodyNetworkPolicy as CreateContainerBodyNetworkPolicy,
        CreateContainerBodyNetworkPolicyParam as CreateContainerBodyNetworkPolicyParam,
    )
    from .create_container_body_skills_item import (
        CreateContainerBodySkillsItem as CreateContainerBodySkillsItem,
        CreateContainerBodySkillsItemParam as CreateContainerBodySkillsItemParam,
    )
    from .create_container_file_body import CreateContainerFileBody as CreateContainerFileBody
    from .create_conversation_body import (
        CreateConversationBody as CreateConversationBody,
        CreateConversationBodyParam as CreateConversationBodyParam,
    )
    from .create_conversation_items_request import (
        CreateConversationItemsRequest as CreateConversationItemsRequest,
        CreateConversationItemsRequestParam as CreateConversationItemsRequestParam,
    )
    from .create_embedding_request import (
        CreateEmbeddingRequest as CreateEmbeddingRequest,
        CreateEmbeddingRequestParam as CreateEmbeddingRequestParam,
    )
    from .create_embedding_response import CreateEmbeddingResponse as CreateEmbeddingResponse
    from .create_embedding_response_usage import (
        CreateEmbeddingResponseUsage as CreateEmbeddingResponseUsage,
    )
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource as CreateEvalCompletionsRunDataSource,
        CreateEvalCompletionsRunDataSourceParam as CreateEvalCompletionsRunDataSourceParam,
    )
    from .create_eval_completions_run_data_source_input_messages import (
        CreateEvalCompletionsRunDataSourceInputMessages as CreateEvalCompletionsRunDataSourceInputMessages,
        CreateEvalCompletionsRunDataSourceInputMessagesParam as CreateEvalCompletionsRunDataSourceInputMessagesParam,
    )
    from .create_eval_completions_run_data_source_input_messages_item_reference import (
        CreateEvalCompletionsRunDataSourceInputMessagesItemReference as CreateEvalCompletionsRunDataSourceInputMessagesItemReference,
        CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceParam as CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceParam,
    )
    from .create_eval_completions_run_data_source_input_messages_template import (
        CreateEvalCompletionsRunDataSourceInputMessagesTemplate as CreateEvalCompletionsRunDataSourceInputMessagesTemplate,
        CreateEvalCompletionsRunDataSourceInputMessagesTemplateParam as CreateEvalCompletionsRunDataSourceInputMessagesTemplateParam,
    )
    from .create_eval_completions_run_data_source_sampling_params import (
        CreateEvalCompletionsRunDataSourceSamplingParams as CreateEvalCompletionsRunDataSourceSamplingParams,
        CreateEvalCompletionsRunDataSourceSamplingParamsParam as CreateEvalCompletionsRunDataSourceSamplingParamsParam,
    )
    from .create_eval_completions_run_data_source_sampling_params_response_format import (
        CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat as CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat,
        CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormatParam as CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormatParam,
    )
    from .create_eval_completions_run_data_source_source import (
        CreateEvalCompletionsRunDataSourceSource as CreateEvalCompletionsRunDataSourceSource,
        CreateEvalCompletionsRunDataSourceSourceParam as CreateEvalCompletionsRunDataSourceSourceParam,
    )
    from .create_eval_custom_data_source_config import (
        CreateEvalCustomDataSourceConfig as CreateEvalCustomDataSourceConfig,
        CreateEvalCustomDataSourceConfigParam as CreateEvalCustomDataSourceConfigParam,
    )
    from .create_eval_item import (
        CreateEvalItem as CreateEvalItem,
        CreateEvalItemParam as CreateEvalItemParam,
    )
    from .create_eval_item_simple_input_message import (
        CreateEvalItemSimpleInputMessage as CreateEvalItemSimpleInputMessage,
        CreateEvalItemSimpleInputMessageParam as CreateEvalItemSimpleInputMessageParam,
    )
    from .create_eval_jsonl_run_data_source import (
        CreateEvalJsonlRunDataSource as CreateEvalJsonlRunDataSource,
        CreateEvalJsonlRunDataSourceParam as CreateEvalJsonlRunDataSourceParam,
    )
    from .create_eval_jsonl_run_data_source_source import (
        CreateEvalJsonlRunDataSourceSource as CreateEvalJsonlRunDataSourceSource,
        CreateEvalJsonlRunDataSourceSourceParam as CreateEvalJsonlRunDataSourceSourceParam,
    )
    from .create_eval_label_model_grader import (
        CreateEvalLabelModelGrader as CreateEvalLabelModelGrader,
        CreateEvalLabelModelGraderParam as CreateEvalLabelModelGraderParam,
    )
    from .create_eval_logs_data_source_config import (
        CreateEvalLogsDataSourceConfig as CreateEvalLogsDataSourceConfig,
        CreateEvalLogsDataSourceConfigParam as CreateEvalLogsDataSourceConfigParam,
    )
    from .create_eval_request import (
        CreateEvalRequest as CreateEvalRequest,
        CreateEvalRequestParam as CreateEvalRequestParam,
    )
    from .create_eval_request_data_source_config import (
        CreateEvalRequestDataSourceConfig as CreateEvalRequestDataSourceConfig,
        CreateEvalRequestDataSourceConfigParam as CreateEvalRequestDataSourceConfigParam,
    )
    from .create_eval_request_testing_criteria_item import (
        CreateEvalRequestTestingCriteriaItem as CreateEvalRequestTestingCriteriaItem,
        CreateEvalRequestTestingCriteriaItemParam as CreateEvalRequestTestingCriteriaItemParam,
    )
    from .create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSource as CreateEvalResponsesRunDataSource,
        CreateEvalResponsesRunDataSourceParam as CreateEvalResponsesRunDataSourceParam,
    )
    from .create_eval_responses_run_data_source_input_messages import (
        CreateEvalResponsesRunDataSourceInputMessages as CreateEvalResponsesRunDataSourceInputMessages,
        CreateEvalResponsesRunDataSourceInputMessagesParam as CreateEvalResponsesRunDataSourceInputMessagesParam,
    )
    from .create_eval_responses_run_data_source_input_messages_item_reference import (
        CreateEvalResponsesRunDataSourceInputMessagesItemReference as CreateEvalResponsesRunDataSourceInputMessagesItemReference,
        CreateEvalResponsesRunDataSourceInputMessagesItemReferenceParam as CreateEvalResponsesRunDataSourceInputMessagesItemReferenceParam,
    )
    from .create_eval_responses_run_data_source_input_messages_template import (
        CreateEvalResponsesRunDataSourceInputMessagesTemplate as CreateEvalResponsesRunDataSourceInputMessagesTemplate,
        CreateEvalResponsesRunDataSourceInputMessagesTemplateParam as CreateEvalResponsesRunDataSourceInputMessagesTemplateParam,
    )
    from .create_eval_responses_run_data_source_input_messages_template_template_item_chat_message import (
        CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage as CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage,
        CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessageParam as CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessageParam,
    )
    from .create_eval_responses_run_data_source_sampling_params import (
        CreateEvalResponsesRunDataSourceSamplingParams as CreateEvalResponsesRunDataSourceSamplingParams,
        CreateEvalResponsesRunDataSourceSamplingParamsParam as CreateEvalResponsesRunDataSourceSamplingParamsParam,
    )
    from .create_eval_responses_run_data_source_sampling_params_text import (
        CreateEvalResponsesRunDataSourceSamplingParamsText as CreateEvalResponsesRunDataSourceSamplingParamsText,
        CreateEvalResponsesRunDataSourceSamplingParamsTextParam as CreateEvalResponsesRunDataSourceSamplingParamsTextParam,
    )
    from .create_eval_responses_run_data_source_source import (
        CreateEvalResponsesRunDataSourceSource as CreateEvalResponsesRunDataSourceSource,
        CreateEvalResponsesRunDataSourceSourceParam as CreateEvalResponsesRunDataSourceSourceParam,
    )
    from .create_eval_run_request import (
        CreateEvalRunRequest as CreateEvalRunRequest,
        CreateEvalRunRequestParam as CreateEvalRunRequestParam,
    )
    from .create_eval_run_request_data_source import (
        CreateEvalRunRequestDataSource as CreateEvalRunRequestDataSource,
        CreateEvalRunRequestDataSourceParam as CreateEvalRunRequestDataSourceParam,
    )
    from .create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfig as CreateEvalStoredCompletionsDataSourceConfig,
        CreateEvalStoredCompletionsDataSourceConfigParam as CreateEvalStoredCompletionsDataSourceConfigParam,
    )
    from .create_file_request import CreateFileRequest as CreateFileRequest
    from .create_fine_tuning_checkpoint_permission_request import (
        CreateFineTuningCheckpointPermissionRequest as CreateFineTuningCheckpointPermissionRequest,
        CreateFineTuningCheckpointPermissionRequestParam as CreateFineTuningCheckpointPermissionRequestParam,
    )
    from .create_fine_tuning_job_request import (
        CreateFineTuningJobRequest as CreateFineTuningJobRequest,
        CreateFineTuningJobRequestParam as CreateFineTuningJobRequestParam,
    )
    from .create_fine_tuning_job_request_hyperparameters import (
        CreateFineTuningJobRequestHyperparameters as CreateFineTuningJobRequestHyperparameters,
        CreateFineTuningJobRequestHyperparametersParam as CreateFineTuningJobRequestHyperparametersParam,
    )
    from .create_fine_tuning_job_request_integrations_item import (
        CreateFineTuningJobRequestIntegrationsItem as CreateFineTuningJobRequestIntegrationsItem,
        CreateFineTuningJobRequestIntegrationsItemParam as CreateFineTuningJobRequestIntegrationsItemParam,
    )
    from .create_fine_tuning_job_request_integrations_item_wandb import (
        CreateFineTuningJobRequestIntegrationsItemWandb as CreateFineTuningJobRequestIntegrationsItemWandb,
        CreateFineTuningJobRequestIntegrationsItemWandbParam as CreateFineTuningJobRequestIntegrationsItemWandbParam,
    )
    from .create_group_body import (
        CreateGroupBody as CreateGroupBody,
        CreateGroupBodyParam as CreateGroupBodyParam,
    )
    from .create_group_user_body import (
        CreateGroupUserBody as CreateGroupUserBody,
        CreateGroupUserBodyParam as CreateGroupUserBodyParam,
    )
    from .create_image_edit_request import CreateImageEditRequest as CreateImageEditRequest
    from .create_image_request import (
        CreateImageRequest as CreateImageRequest,
        CreateImageRequestParam as CreateImageRequestParam,
    )
    from .create_image_variation_request import (
        CreateImageVariationRequest as CreateImageVariationRequest,
    )
    from .create_message_request import (
        CreateMessageRequest as CreateMessageRequest,
        CreateMessageRequestParam as CreateMessageRequestParam,
    )
    from .create_message_request_attachments_array_item import (
        CreateMessageRequestAttachmentsArrayItem as CreateMessageRequestAttachmentsArrayItem,
        CreateMessageRequestAttachmentsArrayItemParam as CreateMessageRequestAttachmentsArrayItemParam,
    )
    from .create_message_request_attachments_array_item_tools_item import (
        CreateMessageRequestAttachmentsArrayItemToolsItem as CreateMessageRequestAttachmentsArrayItemToolsItem,
        CreateMessageRequestAttachmentsArrayItemToolsItemParam as CreateMessageRequestAttachmentsArrayItemToolsItemParam,
    )
    from .create_message_request_content_array_of_content_parts_item import (
        CreateMessageRequestContentArrayOfContentPartsItem as CreateMessageRequestContentArrayOfContentPartsItem,
        CreateMessageRequestContentArrayOfContentPartsItemParam as CreateMessageRequestContentArrayOfContentPartsItemParam,
    )
    from .create_model_response_properties import (
        CreateModelResponseProperties as CreateModelResponseProperties,
        CreateModelResponsePropertiesParam as CreateModelResponsePropertiesParam,
    )
    from .create_moderation_request import (
        CreateModerationRequest as CreateModerationRequest,
        CreateModerationRequestParam as CreateModerationRequestParam,
    )
    from .create_moderation_request_input_array_item import (
        CreateModerationRequestInputArrayItem as CreateModerationRequestInputArrayItem,
        CreateModerationRequestInputArrayItemParam as CreateModerationRequestInputArrayItemParam,
    )
    from .create_moderation_request_input_array_item_image_url import (
        CreateModerationRequestInputArrayItemImageUrl as CreateModerationRequestInputArrayItemImageUrl,
        CreateModerationRequestInputArrayItemImageUrlParam as CreateModerationRequestInputArrayItemImageUrlParam,
    )
    from .create_moderation_request_input_array_item_image_url_image_url import (
        CreateModerationRequestInputArrayItemImageUrlImageUrl as CreateModerationRequestInputArrayItemImageUrlImageUrl,
        CreateModerationRequestInputArrayItemImageUrlImageUrlParam as CreateModerationRequestInputArrayItemImageUrlImageUrlParam,
    )
    from .create_moderation_request_input_array_item_text import (
        CreateModerationRequestInputArrayItemText as CreateModerationRequestInputArrayItemText,
        CreateModerationRequestInputArrayItemTextParam as CreateModerationRequestInputArrayItemTextParam,
    )
    from .create_moderation_response import CreateModerationResponse as CreateModerationResponse
    from .create_moderation_response_results_item import (
        CreateModerationResponseResultsItem as CreateModerationResponseResultsItem,
    )
    from .create_moderation_response_results_item_categories import (
        CreateModerationResponseResultsItemCategories as CreateModerationResponseResultsItemCategories,
    )
    from .create_moderation_response_results_item_category_applied_input_types import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypes as CreateModerationResponseResultsItemCategoryAppliedInputTypes,
    )
    from .create_moderation_response_results_item_category_scores import (
        CreateModerationResponseResultsItemCategoryScores as CreateModerationResponseResultsItemCategoryScores,
    )
    from .create_response import (
        CreateResponse as CreateResponse,
        CreateResponseParam as CreateResponseParam,
    )
    from .create_run_request import (
        CreateRunRequest as CreateRunRequest,
        CreateRunRequestParam as CreateRunRequestParam,
    )
    from .create_run_request_tools_item import (
        CreateRunRequestToolsItem as CreateRunRequestToolsItem,
        CreateRunRequestToolsItemParam as CreateRunRequestToolsItemParam,
    )
    from .create_skill_body import CreateSkillBody as CreateSkillBody
    from .create_skill_version_body import CreateSkillVersionBody as CreateSkillVersionBody
    from .create_speech_request import (
        CreateSpeechRequest as CreateSpeechRequest,
        CreateSpeechRequestParam as CreateSpeechRequestParam,
    )
    from .create_speech_response_stream_event import (
        CreateSpeechResponseStreamEvent as CreateSpeechResponseStreamEvent,
    )
    from .create_spend_alert_body import (
        CreateSpendAlertBody as CreateSpendAlertBody,
        CreateSpendAlertBodyParam as CreateSpendAlertBodyParam,
    )
    from .create_thread_and_run_request import (
        CreateThreadAndRunRequest as CreateThreadAndRunRequest,
        CreateThreadAndRunRequestParam as CreateThreadAndRunRequestParam,
    )
    from .create_thread_and_run_request_tool_resources import (
        CreateThreadAndRunRequestToolResources as CreateThreadAndRunRequestToolResources,
        CreateThreadAndRunRequestToolResourcesParam as CreateThreadAndRunRequestToolResourcesParam,
    )
    from .create_thread_and_run_request_tool_resources_code_interpreter import (
        CreateThreadAndRunRequestToolResourcesCodeInterpreter as CreateThreadAndRunRequestToolResourcesCodeInterpreter,
        CreateThreadAndRunRequestToolResourcesCodeInterpreterParam as CreateThreadAndRunRequestToolResourcesCodeInterpreterParam,
    )
    from .create_thread_and_run_request_tool_resources_file_search import (
        CreateThreadAndRunRequestToolResourcesFileSearch as CreateThreadAndRunRequestToolResourcesFileSearch,
        CreateThreadAndRunRequestToolResourcesFileSearchParam as CreateThreadAndRunRequestToolResourcesFileSearchParam,
    )
    from .create_thread_and_run_request_tools_item import (
        CreateThreadAndRunRequestToolsItem as CreateThreadAndRunRequestToolsItem,
        CreateThreadAndRunRequestToolsItemParam as CreateThreadAndRunRequestToolsItemParam,
    )
    from .create_thread_request import (
        CreateThreadRequest as CreateThreadRequest,
        CreateThreadRequestParam as CreateThreadRequestParam,
    )
    from .create_thread_request_tool_resources_variant1 import (
        CreateThreadRequestToolResourcesVariant1 as CreateThreadRequestToolResourcesVariant1,
        CreateThreadRequestToolResourcesVariant1Param as CreateThreadRequestToolResourcesVariant1Param,
    )
    from .create_thread_request_tool_resources_variant1_code_interpreter import (
        CreateThreadRequestToolResourcesVariant1CodeInterpreter as CreateThreadRequestToolResourcesVariant1CodeInterpreter,
        CreateThreadRequestToolResourcesVariant1CodeInterpreterParam as CreateThreadRequestToolResourcesVariant1CodeInterpreterParam,
    )
    from .create_thread_request_tool_resources_variant1_file_search import (
        CreateThreadRequestToolResourcesVariant1FileSearch as CreateThreadRequestToolResourcesVariant1FileSearch,
        CreateThreadRequestToolResourcesVariant1FileSearchParam as CreateThreadRequestToolResourcesVariant1FileSearchParam,
    )
    from .create_thread_request_tool_resources_variant1_file_search_vector_stores_item import (
        CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItem as CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItem,
        CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemParam as CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemParam,
    )
    from .create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy import (
        CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy as CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy,
        CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam as CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam,
    )
    from .create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_auto import (
        CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto as CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto,
        CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam as CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam,
    )
    from .create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static import (
        CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic as CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic,
        CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam as CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam,
    )
    from .create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static_static import (
        CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic as CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic,
        CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam as CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam,
    )
    from .create_transcription_request import (
        CreateTranscriptionRequest as CreateTranscriptionRequest,
    )
    from .create_transcription_response_diarized_json import (
        CreateTranscriptionResponseDiarizedJson as CreateTranscriptionResponseDiarizedJson,
    )
    from .create_transcription_response_diarized_json_usage import (
        CreateTranscriptionResponseDiarizedJsonUsage as CreateTranscriptionResponseDiarizedJsonUsage,
    )
    from .create_transcription_response_json import (
        CreateTranscriptionResponseJson as CreateTranscriptionResponseJson,
    )
    from .create_transcription_response_json_logprobs_item import (
        CreateTranscriptionResponseJsonLogprobsItem as CreateTranscriptionResponseJsonLogprobsItem,
    )
    from .create_transcription_response_json_usage import (
        CreateTranscriptionResponseJsonUsage as CreateTranscriptionResponseJsonUsage,
    )
    from .create_transcription_response_stream_event import (
        CreateTranscriptionResponseStreamEvent as CreateTranscriptionResponseStreamEvent,
    )
    from .create_transcription_response_verbose_json import (
        CreateTranscriptionResponseVerboseJson as CreateTranscriptionResponseVerboseJson,
    )
    from .create_translation_request import CreateTranslationRequest as CreateTranslationRequest
    from .create_translation_response_json import (
        CreateTranslationResponseJson as CreateTranslationResponseJson,
    )
    from .create_translation_response_verbose_json import (
        CreateTranslationResponseVerboseJson as CreateTranslationResponseVerboseJson,
    )
    from .create_upload_request import (
        CreateUploadRequest as CreateUploadRequest,
        CreateUploadRequestParam as CreateUploadRequestParam,
    )
    from .create_vector_store_file_batch_request import (
        CreateVectorStoreFileBatchRequest as CreateVectorStoreFileBatchRequest,
        CreateVectorStoreFileBatchRequestParam as CreateVectorStoreFileBatchRequestParam,
    )
    from .create_vector_store_file_request import (
        CreateVectorStoreFileRequest as CreateVectorStoreFileRequest,
        CreateVectorStoreFileRequestParam as CreateVectorStoreFileRequestParam,
    )
    from .create_vector_store_request import (
        CreateVectorStoreRequest as CreateVectorStoreRequest,
        CreateVectorStoreRequestParam as CreateVectorStoreRequestParam,
    )
    from .create_vector_store_request_chunking_strategy import (
        CreateVectorStoreRequestChunkingStrategy as CreateVectorStoreRequestChunkingStrategy,
        CreateVectorStoreRequestChunkingStrategyParam as CreateVectorStoreRequestChunkingStrategyParam,
    )
    from .create_video_character_body import CreateVideoCharacterBody as CreateVideoCharacterBody
    from .create_video_edit_json_body import CreateVideoEditJsonBody as CreateVideoEditJsonBody
    from .create_video_edit_multipart_body import (
        CreateVideoEditMultipartBody as CreateVideoEditMultipartBody,
    )
    from .create_video_extend_json_body import (
        CreateVideoExtendJsonBody as CreateVideoExtendJsonBody,
    )
    from .create_video_extend_multipart_body import (
        CreateVideoExtendMultipartBody as CreateVideoExtendMultipartBody,
    )
    from .create_video_json_body import CreateVideoJsonBody as CreateVideoJsonBody
    from .create_video_multipart_body import CreateVideoMultipartBody as CreateVideoMultipartBody
    from .create_video_remix_body import (
        CreateVideoRemixBody as CreateVideoRemixBody,
        CreateVideoRemixBodyParam as CreateVideoRemixBodyParam,
    )
    from .create_voice_consent_request import CreateVoiceConsentRequest as CreateVoiceConsentRequest
    from .create_voice_request import CreateVoiceRequest as CreateVoiceRequest
    from .custom_grammar_format_param import (
        CustomGrammarFormatParam as CustomGrammarFormatParam,
        CustomGrammarFormatParamParam as CustomGrammarFormatParamParam,
    )
    from .custom_text_format_param import (
        CustomTextFormatParam as CustomTextFormatParam,
        CustomTextFormatParamParam as CustomTextFormatParamParam,
    )
    from .custom_tool_call import (
        CustomToolCall as CustomToolCall,
        CustomToolCallParam as CustomToolCallParam,
    )
    from .custom_tool_call_output import (
        CustomToolCallOutput as CustomToolCallOutput,
        CustomToolCallOutputParam as CustomToolCallOutputParam,
    )
    from .custom_tool_call_output_resource import (
        CustomToolCallOutputResource as CustomToolCallOutputResource,
    )
    from .custom_tool_call_resource import CustomToolCallResource as CustomToolCallResource
    from .custom_tool_chat_completions import (
        CustomToolChatCompletions as CustomToolChatCompletions,
        CustomToolChatCompletionsParam as CustomToolChatCompletionsParam,
    )
    from .custom_tool_chat_completions_custom import (
        CustomToolChatCompletionsCustom as CustomToolChatCompletionsCustom,
        CustomToolChatCompletionsCustomParam as CustomToolChatCompletionsCustomParam,
    )
    from .custom_tool_chat_completions_custom_format import (
        CustomToolChatCompletionsCustomFormat as CustomToolChatCompletionsCustomFormat,
        CustomToolChatCompletionsCustomFormatParam as CustomToolChatCompletionsCustomFormatParam,
    )
    from .custom_tool_chat_completions_custom_format_grammar import (
        CustomToolChatCompletionsCustomFormatGrammar as CustomToolChatCompletionsCustomFormatGrammar,
        CustomToolChatCompletionsCustomFormatGrammarParam as CustomToolChatCompletionsCustomFormatGrammarParam,
    )
    from .custom_tool_chat_completions_custom_format_grammar_grammar import (
        CustomToolChatCompletionsCustomFormatGrammarGrammar as CustomToolChatCompletionsCustomFormatGrammarGrammar,
        CustomToolChatCompletionsCustomFormatGrammarGrammarParam as CustomToolChatCompletionsCustomFormatGrammarGrammarParam,
    )
    from .custom_tool_chat_completions_custom_format_text import (
        CustomToolChatCompletionsCustomFormatText as CustomToolChatCompletionsCustomFormatText,
        CustomToolChatCompletionsCustomFormatTextParam as CustomToolChatCompletionsCustomFormatTextParam,
    )
    from .custom_tool_param import (
        CustomToolParam as CustomToolParam,
        CustomToolParamParam as CustomToolParamParam,
    )
    from .custom_tool_param_format import (
        CustomToolParamFormat as CustomToolParamFormat,
        CustomToolParamFormatParam as CustomToolParamFormatParam,
    )
    from .delete_assistant_response import DeleteAssistantResponse as DeleteAssistantResponse
    from .delete_certificate_response import DeleteCertificateResponse as DeleteCertificateResponse
    from .delete_eval_response import DeleteEvalResponse as DeleteEvalResponse
    from .delete_eval_run_response import DeleteEvalRunResponse as DeleteEvalRunResponse
    from .delete_file_response import DeleteFileResponse as DeleteFileResponse
    from .delete_fine_tuning_checkpoint_permission_response import (
        DeleteFineTuningCheckpointPermissionResponse as DeleteFineTuningCheckpointPermissionResponse,
    )
    from .delete_message_response import DeleteMessageResponse as DeleteMessageResponse
    from .delete_model_response import DeleteModelResponse as DeleteModelResponse
    from .delete_thread_response import DeleteThreadResponse as DeleteThreadResponse
    from .delete_vector_store_file_response import (
        DeleteVectorStoreFileResponse as DeleteVectorStoreFileResponse,
    )
    from .delete_vector_store_response import DeleteVectorStoreResponse as DeleteVectorStoreResponse
    from .deleted_conversation import DeletedConversation as DeletedConversation
    from .deleted_conversation_resource import (
        DeletedConversationResource as DeletedConversationResource,
    )
    from .deleted_role_assignment_resource import (
        DeletedRoleAssignmentResource as DeletedRoleAssignmentResource,
    )
    from .deleted_skill_resource import DeletedSkillResource as DeletedSkillResource
    from .deleted_skill_version_resource import (
        DeletedSkillVersionResource as DeletedSkillVersionResource,
    )
    from .deleted_thread_resource import DeletedThreadResource as DeletedThreadResource
    from .deleted_video_resource import DeletedVideoResource as DeletedVideoResource
    from .detail_enum import DetailEnum as DetailEnum
    from .done_event import DoneEvent as DoneEvent
    from .double_click_action import (
        DoubleClickAction as DoubleClickAction,
        DoubleClickActionParam as DoubleClickActionParam,
    )
    from .drag_param import DragParam as DragParam, DragParamParam as DragParamParam
    from .drag_point import DragPoint as DragPoint
    from .easy_input_message import (
        EasyInputMessage as EasyInputMessage,
        EasyInputMessageParam as EasyInputMessageParam,
    )
    from .edit_image_body_json_param import EditImageBodyJsonParam as EditImageBodyJsonParam
    from .embedding import Embedding as Embedding
    from .empty_model_param import EmptyModelParam as EmptyModelParam
    from .error import Error as Error
    from .error2 import Error2 as Error2
    from .error_event import ErrorEvent as ErrorEvent
    from .error_response import ErrorResponse as ErrorResponse
    from .eval import Eval as Eval
    from .eval_api_error import EvalApiError as EvalApiError
    from .eval_custom_data_source_config import (
        EvalCustomDataSourceConfig as EvalCustomDataSourceConfig,
    )
    from .eval_data_source_config import EvalDataSourceConfig as EvalDataSourceConfig
    from .eval_grader_label_model import EvalGraderLabelModel as EvalGraderLabelModel
    from .eval_grader_python import (
        EvalGraderPython as EvalGraderPython,
        EvalGraderPythonParam as EvalGraderPythonParam,
    )
    from .eval_grader_score_model import (
        EvalGraderScoreModel as EvalGraderScoreModel,
        EvalGraderScoreModelParam as EvalGraderScoreModelParam,
    )
    from .eval_grader_score_model_sampling_params import (
        EvalGraderScoreModelSamplingParams as EvalGraderScoreModelSamplingParams,
        EvalGraderScoreModelSamplingParamsParam as EvalGraderScoreModelSamplingParamsParam,
    )
    from .eval_grader_string_check import (
        EvalGraderStringCheck as EvalGraderStringCheck,
        EvalGraderStringCheckParam as EvalGraderStringCheckParam,
    )
    from .eval_grader_text_similarity import (
        EvalGraderTextSimilarity as EvalGraderTextSimilarity,
        EvalGraderTextSimilarityParam as EvalGraderTextSimilarityParam,
    )
    from .eval_item import EvalItem as EvalItem, EvalItemParam as EvalItemParam
    from .eval_item_content import (
        EvalItemContent as EvalItemContent,
        EvalItemContentParam as EvalItemContentParam,
    )
    from .eval_item_content_array import (
        EvalItemContentArray as EvalItemContentArray,
        EvalItemContentArrayParam as EvalItemContentArrayParam,
    )
    from .eval_item_content_item import (
        EvalItemContentItem as EvalItemContentItem,
        EvalItemContentItemParam as EvalItemContentItemParam,
    )
    from .eval_item_content_output_text import (
        EvalItemContentOutputText as EvalItemContentOutputText,
        EvalItemContentOutputTextParam as EvalItemContentOutputTextParam,
    )
    from .eval_item_content_text import EvalItemContentText as EvalItemContentText
    from .eval_item_input_image import (
        EvalItemInputImage as EvalItemInputImage,
        EvalItemInputImageParam as EvalItemInputImageParam,
    )
    from .eval_jsonl_file_content_source import (
        EvalJsonlFileContentSource as EvalJsonlFileContentSource,
        EvalJsonlFileContentSourceParam as EvalJsonlFileContentSourceParam,
    )
    from .eval_jsonl_file_content_source_content_item import (
        EvalJsonlFileContentSourceContentItem as EvalJsonlFileContentSourceContentItem,
        EvalJsonlFileContentSourceContentItemParam as EvalJsonlFileContentSourceContentItemParam,
    )
    from .eval_jsonl_file_id_source import (
        EvalJsonlFileIdSource as EvalJsonlFileIdSource,
        EvalJsonlFileIdSourceParam as EvalJsonlFileIdSourceParam,
    )
    from .eval_list import EvalList as EvalList
    from .eval_logs_data_source_config import EvalLogsDataSourceConfig as EvalLogsDataSourceConfig
    from .eval_responses_source import (
        EvalResponsesSource as EvalResponsesSource,
        EvalResponsesSourceParam as EvalResponsesSourceParam,
    )
    from .eval_run import EvalRun as EvalRun
    from .eval_run_data_source import EvalRunDataSource as EvalRunDataSource
    from .eval_run_list import EvalRunList as EvalRunList
    from .eval_run_output_item import EvalRunOutputItem as EvalRunOutputItem
    from .eval_run_output_item_list import EvalRunOutputItemList as EvalRunOutputItemList
    from .eval_run_output_item_result import EvalRunOutputItemResult as EvalRunOutputItemResult
    from .eval_run_output_item_sample import EvalRunOutputItemSample as EvalRunOutputItemSample
    from .eval_run_output_item_sample_input_item import (
        EvalRunOutputItemSampleInputItem as EvalRunOutputItemSampleInputItem,
    )
    from .eval_run_output_item_sample_output_item import (
        EvalRunOutputItemSampleOutputItem as EvalRunOutputItemSampleOutputItem,
    )
    from .eval_run_output_item_sample_usage import (
        EvalRunOutputItemSampleUsage as EvalRunOutputItemSampleUsage,
    )
    from .eval_run_per_model_usage_item import EvalRunPerModelUsageItem as EvalRunPerModelUsageItem
    from .eval_run_per_testing_criteria_results_item import (
        EvalRunPerTestingCriteriaResultsItem as EvalRunPerTestingCriteriaResultsItem,
    )
    from .eval_run_result_counts import EvalRunResultCounts as EvalRunResultCounts
    from .eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig as EvalStoredCompletionsDataSourceConfig,
    )
    from .eval_stored_completions_source import (
        EvalStoredCompletionsSource as EvalStoredCompletionsSource,
        EvalStoredCompletionsSourceParam as EvalStoredCompletionsSourceParam,
    )
    from .eval_testing_criteria_item import EvalTestingCriteriaItem as EvalTestingCriteriaItem
    from .expires_after_param import (
        ExpiresAfterParam as ExpiresAfterParam,
        ExpiresAfterParamParam as ExpiresAfterParamParam,
    )
    from .file_annotation import FileAnnotation as FileAnnotation
    from .file_annotation_source import FileAnnotationSource as FileAnnotationSource
    from .file_citation_body import (
        FileCitationBody as FileCitationBody,
        FileCitationBodyParam as FileCitationBodyParam,
    )
    from .file_detail_enum import FileDetailEnum as FileDetailEnum
    from .file_expiration_after import (
        FileExpirationAfter as FileExpirationAfter,
        FileExpirationAfterParam as FileExpirationAfterParam,
    )
    from .file_input_detail import FileInputDetail as FileInputDetail
    from .file_path import FilePath as FilePath, FilePathParam as FilePathParam
    from .file_search_ranker import FileSearchRanker as FileSearchRanker
    from .file_search_ranking_options import (
        FileSearchRankingOptions as FileSearchRankingOptions,
        FileSearchRankingOptionsParam as FileSearchRankingOptionsParam,
    )
    from .file_search_tool import (
        FileSearchTool as FileSearchTool,
        FileSearchToolParam as FileSearchToolParam,
    )
    from .file_search_tool_call import (
        FileSearchToolCall as FileSearchToolCall,
        FileSearchToolCallParam as FileSearchToolCallParam,
    )
    from .file_search_tool_call_results_array_item import (
        FileSearchToolCallResultsArrayItem as FileSearchToolCallResultsArrayItem,
        FileSearchToolCallResultsArrayItemParam as FileSearchToolCallResultsArrayItemParam,
    )
    from .file_upload_param import (
        FileUploadParam as FileUploadParam,
        FileUploadParamParam as FileUploadParamParam,
    )
    from .filters import Filters as Filters, FiltersParam as FiltersParam
    from .fine_tune_chat_completion_request_assistant_message import (
        FineTuneChatCompletionRequestAssistantMessage as FineTuneChatCompletionRequestAssistantMessage,
    )
    from .fine_tune_dpo_hyperparameters import (
        FineTuneDPOHyperparameters as FineTuneDPOHyperparameters,
        FineTuneDPOHyperparametersParam as FineTuneDPOHyperparametersParam,
    )
    from .fine_tune_dpo_method import (
        FineTuneDPOMethod as FineTuneDPOMethod,
        FineTuneDPOMethodParam as FineTuneDPOMethodParam,
    )
    from .fine_tune_method import (
        FineTuneMethod as FineTuneMethod,
        FineTuneMethodParam as FineTuneMethodParam,
    )
    from .fine_tune_reinforcement_hyperparameters import (
        FineTuneReinforcementHyperparameters as FineTuneReinforcementHyperparameters,
        FineTuneReinforcementHyperparametersParam as FineTuneReinforcementHyperparametersParam,
    )
    from .fine_tune_reinforcement_method import (
        FineTuneReinforcementMethod as FineTuneReinforcementMethod,
        FineTuneReinforcementMethodParam as FineTuneReinforcementMethodParam,
    )
    from .fine_tune_reinforcement_method_grader import (
        FineTuneReinforcementMethodGrader as FineTuneReinforcementMethodGrader,
        FineTuneReinforcementMethodGraderParam as FineTuneReinforcementMethodGraderParam,
    )
    from .fine_tune_supervised_hyperparameters import (
        FineTuneSupervisedHyperparameters as FineTuneSupervisedHyperparameters,
        FineTuneSupervisedHyperparametersParam as FineTuneSupervisedHyperparametersParam,
    )
    from .fine_tune_supervised_method import (
        FineTuneSupervisedMethod as FineTuneSupervisedMethod,
        FineTuneSupervisedMethodParam as FineTuneSupervisedMethodParam,
    )
    from .fine_tuning_checkpoint_permission import (
        FineTuningCheckpointPermission as FineTuningCheckpointPermission,
    )
    from .fine_tuning_integration import FineTuningIntegration as FineTuningIntegration
    from .fine_tuning_integration_wandb import (
        FineTuningIntegrationWandb as FineTuningIntegrationWandb,
    )
    from .fine_tuning_job import FineTuningJob as FineTuningJob
    from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint as FineTuningJobCheckpoint
    from .fine_tuning_job_checkpoint_metrics import (
        FineTuningJobCheckpointMetrics as FineTuningJobCheckpointMetrics,
    )
    from .fine_tuning_job_error_variant1 import (
        FineTuningJobErrorVariant1 as FineTuningJobErrorVariant1,
    )
    from .fine_tuning_job_event import FineTuningJobEvent as FineTuningJobEvent
    from .fine_tuning_job_hyperparameters import (
        FineTuningJobHyperparameters as FineTuningJobHyperparameters,
    )
    from .function_and_custom_tool_call_output import (
        FunctionAndCustomToolCallOutput as FunctionAndCustomToolCallOutput,
        FunctionAndCustomToolCallOutputParam as FunctionAndCustomToolCallOutputParam,
    )
    from .function_call_item_status import FunctionCallItemStatus as FunctionCallItemStatus
    from .function_call_output_item_param import (
        FunctionCallOutputItemParam as FunctionCallOutputItemParam,
        FunctionCallOutputItemParamParam as FunctionCallOutputItemParamParam,
    )
    from .function_call_output_item_param_output_array_item import (
        FunctionCallOutputItemParamOutputArrayItem as FunctionCallOutputItemParamOutputArrayItem,
        FunctionCallOutputItemParamOutputArrayItemParam as FunctionCallOutputItemParamOutputArrayItemParam,
    )
    from .function_call_output_status_enum import (
        FunctionCallOutputStatusEnum as FunctionCallOutputStatusEnum,
    )
    from .function_call_status import FunctionCallStatus as FunctionCallStatus
    from .function_object import (
        FunctionObject as FunctionObject,
        FunctionObjectParam as FunctionObjectParam,
    )
    from .function_parameters import FunctionParameters as FunctionParameters
    from .function_shell_action import FunctionShellAction as FunctionShellAction
    from .function_shell_action_param import (
        FunctionShellActionParam as FunctionShellActionParam,
        FunctionShellActionParamParam as FunctionShellActionParamParam,
    )
    from .function_shell_call import FunctionShellCall as FunctionShellCall
    from .function_shell_call_environment_variant1 import (
        FunctionShellCallEnvironmentVariant1 as FunctionShellCallEnvironmentVariant1,
    )
    from .function_shell_call_item_param import (
        FunctionShellCallItemParam as FunctionShellCallItemParam,
        FunctionShellCallItemParamParam as FunctionShellCallItemParamParam,
    )
    from .function_shell_call_item_param_environment_variant1 import (
        FunctionShellCallItemParamEnvironmentVariant1 as FunctionShellCallItemParamEnvironmentVariant1,
        FunctionShellCallItemParamEnvironmentVariant1Param as FunctionShellCallItemParamEnvironmentVariant1Param,
    )
    from .function_shell_call_item_status import (
        FunctionShellCallItemStatus as FunctionShellCallItemStatus,
    )
    from .function_shell_call_output import FunctionShellCallOutput as FunctionShellCallOutput
    from .function_shell_call_output_content import (
        FunctionShellCallOutputContent as FunctionShellCallOutputContent,
    )
    from .function_shell_call_output_content_outcome import (
        FunctionShellCallOutputContentOutcome as FunctionShellCallOutputContentOutcome,
    )
    from .function_shell_call_output_content_param import (
        FunctionShellCallOutputContentParam as FunctionShellCallOutputContentParam,
        FunctionShellCallOutputContentParamParam as FunctionShellCallOutputContentParamParam,
    )
    from .function_shell_call_output_exit_outcome import (
        FunctionShellCallOutputExitOutcome as FunctionShellCallOutputExitOutcome,
    )
    from .function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam as FunctionShellCallOutputExitOutcomeParam,
        FunctionShellCallOutputExitOutcomeParamParam as FunctionShellCallOutputExitOutcomeParamParam,
    )
    from .function_shell_call_output_item_param import (
        FunctionShellCallOutputItemParam as FunctionShellCallOutputItemParam,
        FunctionShellCallOutputItemParamParam as FunctionShellCallOutputItemParamParam,
    )
    from .function_shell_call_output_outcome_param import (
        FunctionShellCallOutputOutcomeParam as FunctionShellCallOutputOutcomeParam,
        FunctionShellCallOutputOutcomeParamParam as FunctionShellCallOutputOutcomeParamParam,
    )
    from .function_shell_call_output_status_enum import (
        FunctionShellCallOutputStatusEnum as FunctionShellCallOutputStatusEnum,
    )
    from .function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome as FunctionShellCallOutputTimeoutOutcome,
    )
    from .function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam as FunctionShellCallOutputTimeoutOutcomeParam,
        FunctionShellCallOutputTimeoutOutcomeParamParam as FunctionShellCallOutputTimeoutOutcomeParamParam,
    )
    from .function_shell_call_status import FunctionShellCallStatus as FunctionShellCallStatus
    from .function_shell_tool_param import (
        FunctionShellToolParam as FunctionShellToolParam,
        FunctionShellToolParamParam as FunctionShellToolParamParam,
    )
    from .function_shell_tool_param_environment_variant1 import (
        FunctionShellToolParamEnvironmentVariant1 as FunctionShellToolParamEnvironmentVariant1,
        FunctionShellToolParamEnvironmentVariant1Param as FunctionShellToolParamEnvironmentVariant1Param,
    )
    from .function_tool import (
        FunctionTool as FunctionTool,
        FunctionToolParam2 as FunctionToolParam2,
    )
    from .function_tool_call import (
        FunctionToolCall as FunctionToolCall,
        FunctionToolCallParam as FunctionToolCallParam,
    )
    from .function_tool_call_output import FunctionToolCallOutput as FunctionToolCallOutput
    from .function_tool_call_output_resource import (
        FunctionToolCallOutputResource as FunctionToolCallOutputResource,
    )
    from .function_tool_call_resource import FunctionToolCallResource as FunctionToolCallResource
    from .function_tool_param import (
        FunctionToolParam as FunctionToolParam,
        FunctionToolParamParam as FunctionToolParamParam,
    )
    from .grader_label_model import (
        GraderLabelModel as GraderLabelModel,
        GraderLabelModelParam as GraderLabelModelParam,
    )
    from .grader_multi import GraderMulti as GraderMulti, GraderMultiParam as GraderMultiParam
    from .grader_multi_graders import (
        GraderMultiGraders as GraderMultiGraders,
        GraderMultiGradersParam as GraderMultiGradersParam,
    )
    from .grader_python import GraderPython as GraderPython, GraderPythonParam as GraderPythonParam
    from .grader_score_model import (
        GraderScoreModel as GraderScoreModel,
        GraderScoreModelParam as GraderScoreModelParam,
    )
    from .grader_string_check import (
        GraderStringCheck as GraderStringCheck,
        GraderStringCheckParam as GraderStringCheckParam,
    )
    from .grader_text_similarity import (
        GraderTextSimilarity as GraderTextSimilarity,
        GraderTextSimilarityParam as GraderTextSimilarityParam,
    )
    from .grammar_syntax1 import GrammarSyntax1 as GrammarSyntax1
    from .group import Group as Group
    from .group_deleted_resource import GroupDeletedResource as GroupDeletedResource
    from .group_list_resource import GroupListResource as GroupListResource
    from .group_member_user import GroupMemberUser as GroupMemberUser
    from .group_resource_with_success import GroupResourceWithSuccess as GroupResourceWithSuccess
    from .group_response import GroupResponse as GroupResponse
    from .group_role_assignment import GroupRoleAssignment as GroupRoleAssignment
    from .group_user import GroupUser as GroupUser
    from .group_user_assignment import GroupUserAssignment as GroupUserAssignment
    from .group_user_deleted_resource import GroupUserDeletedResource as GroupUserDeletedResource
    from .history_param import HistoryParam as HistoryParam, HistoryParamParam as HistoryParamParam
    from .hosted_tool_permission import HostedToolPermission as HostedToolPermission
    from .hosted_tool_permission_update import (
        HostedToolPermissionUpdate as HostedToolPermissionUpdate,
        HostedToolPermissionUpdateParam as HostedToolPermissionUpdateParam,
    )
    from .hybrid_search_options import (
        HybridSearchOptions as HybridSearchOptions,
        HybridSearchOptionsParam as HybridSearchOptionsParam,
    )
    from .image import Image as Image
    from .image_detail import ImageDetail as ImageDetail
    from .image_edit_completed_event import ImageEditCompletedEvent as ImageEditCompletedEvent
    from .image_edit_partial_image_event import (
        ImageEditPartialImageEvent as ImageEditPartialImageEvent,
    )
    from .image_edit_stream_event import ImageEditStreamEvent as ImageEditStreamEvent
    from .image_gen_action_enum import ImageGenActionEnum as ImageGenActionEnum
    from .image_gen_completed_event import ImageGenCompletedEvent as ImageGenCompletedEvent
    from .image_gen_input_usage_details import (
        ImageGenInputUsageDetails as ImageGenInputUsageDetails,
    )
    from .image_gen_output_tokens_details import (
        ImageGenOutputTokensDetails as ImageGenOutputTokensDetails,
    )
    from .image_gen_partial_image_event import (
        ImageGenPartialImageEvent as ImageGenPartialImageEvent,
    )
    from .image_gen_stream_event import ImageGenStreamEvent as ImageGenStreamEvent
    from .image_gen_tool import ImageGenTool as ImageGenTool, ImageGenToolParam as ImageGenToolParam
    from .image_gen_tool_call import (
        ImageGenToolCall as ImageGenToolCall,
        ImageGenToolCallParam as ImageGenToolCallParam,
    )
    from .image_gen_tool_input_image_mask import (
        ImageGenToolInputImageMask as ImageGenToolInputImageMask,
        ImageGenToolInputImageMaskParam as ImageGenToolInputImageMaskParam,
    )
    from .image_gen_usage import ImageGenUsage as ImageGenUsage
    from .image_ref_param import ImageRefParam as ImageRefParam
    from .image_ref_param2 import (
        ImageRefParam2 as ImageRefParam2,
        ImageRefParam2Param as ImageRefParam2Param,
    )
    from .images_response import ImagesResponse as ImagesResponse
    from .images_usage import ImagesUsage as ImagesUsage
    from .images_usage_input_tokens_details import (
        ImagesUsageInputTokensDetails as ImagesUsageInputTokensDetails,
    )
    from .include_enum import IncludeEnum as IncludeEnum
    from .inference_options import InferenceOptions as InferenceOptions
    from .inline_skill_param import (
        InlineSkillParam as InlineSkillParam,
        InlineSkillParamParam as InlineSkillParamParam,
    )
    from .inline_skill_source_param import (
        InlineSkillSourceParam as InlineSkillSourceParam,
        InlineSkillSourceParamParam as InlineSkillSourceParamParam,
    )
    from .input_audio import InputAudio as InputAudio, InputAudioParam as InputAudioParam
    from .input_audio_input_audio import (
        InputAudioInputAudio as InputAudioInputAudio,
        InputAudioInputAudioParam as InputAudioInputAudioParam,
    )
    from .input_content import InputContent as InputContent, InputContentParam as InputContentParam
    from .input_fidelity import InputFidelity as InputFidelity
    from .input_file_content import (
        InputFileContent as InputFileContent,
        InputFileContentParam2 as InputFileContentParam2,
    )
    from .input_file_content_param import (
        InputFileContentParam as InputFileContentParam,
        InputFileContentParamParam as InputFileContentParamParam,
    )
    from .input_image_content import (
        InputImageContent as InputImageContent,
        InputImageContentParam as InputImageContentParam,
    )
    from .input_image_content_param_auto_param import (
        InputImageContentParamAutoParam as InputImageContentParamAutoParam,
        InputImageContentParamAutoParamParam as InputImageContentParamAutoParamParam,
    )
    from .input_item import InputItem as InputItem, InputItemParam as InputItemParam
    from .input_message import InputMessage as InputMessage, InputMessageParam as InputMessageParam
    from .input_message_content_list import (
        InputMessageContentList as InputMessageContentList,
        InputMessageContentListParam as InputMessageContentListParam,
    )
    from .input_message_resource import InputMessageResource as InputMessageResource
    from .input_param import InputParam as InputParam, InputParamParam as InputParamParam
    from .input_text_content import (
        InputTextContent as InputTextContent,
        InputTextContentParam2 as InputTextContentParam2,
    )
    from .input_text_content_param import (
        InputTextContentParam as InputTextContentParam,
        InputTextContentParamParam as InputTextContentParamParam,
    )
    from .invite import Invite as Invite
    from .invite_delete_response import InviteDeleteResponse as InviteDeleteResponse
    from .invite_list_response import InviteListResponse as InviteListResponse
    from .invite_project_group_body import (
        InviteProjectGroupBody as InviteProjectGroupBody,
        InviteProjectGroupBodyParam as InviteProjectGroupBodyParam,
    )
    from .invite_projects_item import InviteProjectsItem as InviteProjectsItem
    from .invite_request import (
        InviteRequest as InviteRequest,
        InviteRequestParam as InviteRequestParam,
    )
    from .invite_request_projects_item import (
        InviteRequestProjectsItem as InviteRequestProjectsItem,
        InviteRequestProjectsItemParam as InviteRequestProjectsItemParam,
    )
    from .item import Item as Item, ItemParam as ItemParam
    from .item_field import ItemField as ItemField
    from .item_reference_param import (
        ItemReferenceParam as ItemReferenceParam,
        ItemReferenceParamParam as ItemReferenceParamParam,
    )
    from .item_resource import ItemResource as ItemResource
    from .key_press_action import (
        KeyPressAction as KeyPressAction,
        KeyPressActionParam as KeyPressActionParam,
    )
    from .list_assistants_response import ListAssistantsResponse as ListAssistantsResponse
    from .list_audit_logs_effective_at import ListAuditLogsEffectiveAt as ListAuditLogsEffectiveAt
    from .list_audit_logs_response import ListAuditLogsResponse as ListAuditLogsResponse
    from .list_batches_response import ListBatchesResponse as ListBatchesResponse
    from .list_certificates_response import ListCertificatesResponse as ListCertificatesResponse
    from .list_files_response import ListFilesResponse as ListFilesResponse
    from .list_fine_tuning_checkpoint_permission_response import (
        ListFineTuningCheckpointPermissionResponse as ListFineTuningCheckpointPermissionResponse,
    )
    from .list_fine_tuning_job_checkpoints_response import (
        ListFineTuningJobCheckpointsResponse as ListFineTuningJobCheckpointsResponse,
    )
    from .list_fine_tuning_job_events_response import (
        ListFineTuningJobEventsResponse as ListFineTuningJobEventsResponse,
    )
    from .list_messages_response import ListMessagesResponse as ListMessagesResponse
    from .list_models_response import ListModelsResponse as ListModelsResponse
    from .list_paginated_fine_tuning_jobs_response import (
        ListPaginatedFineTuningJobsResponse as ListPaginatedFineTuningJobsResponse,
    )
    from .list_project_certificates_response import (
        ListProjectCertificatesResponse as ListProjectCertificatesResponse,
    )
    from .list_run_steps_response import ListRunStepsResponse as ListRunStepsResponse
    from .list_runs_response import ListRunsResponse as ListRunsResponse
    from .list_vector_store_files_response import (
        ListVectorStoreFilesResponse as ListVectorStoreFilesResponse,
    )
    from .list_vector_stores_response import ListVectorStoresResponse as ListVectorStoresResponse
    from .local_environment_param import (
        LocalEnvironmentParam as LocalEnvironmentParam,
        LocalEnvironmentParamParam as LocalEnvironmentParamParam,
    )
    from .local_environment_resource import LocalEnvironmentResource as LocalEnvironmentResource
    from .local_shell_exec_action import (
        LocalShellExecAction as LocalShellExecAction,
        LocalShellExecActionParam as LocalShellExecActionParam,
    )
    from .local_shell_tool_call import (
        LocalShellToolCall as LocalShellToolCall,
        LocalShellToolCallParam as LocalShellToolCallParam,
    )
    from .local_shell_tool_call_output import (
        LocalShellToolCallOutput as LocalShellToolCallOutput,
        LocalShellToolCallOutputParam as LocalShellToolCallOutputParam,
    )
    from .local_shell_tool_param import (
        LocalShellToolParam as LocalShellToolParam,
        LocalShellToolParamParam as LocalShellToolParamParam,
    )
    from .local_skill_param import (
        LocalSkillParam as LocalSkillParam,
        LocalSkillParamParam as LocalSkillParamParam,
    )
    from .locked_status import LockedStatus as LockedStatus
    from .log_prob import LogProb as LogProb, LogProbParam as LogProbParam
    from .log_prob_properties import LogProbProperties as LogProbProperties
    from .mcp_approval_request import (
        MCPApprovalRequest as MCPApprovalRequest,
        MCPApprovalRequestParam as MCPApprovalRequestParam,
    )
    from .mcp_approval_response import (
        MCPApprovalResponse as MCPApprovalResponse,
        MCPApprovalResponseParam as MCPApprovalResponseParam,
    )
    from .mcp_approval_response_resource import (
        MCPApprovalResponseResource as MCPApprovalResponseResource,
    )
    from .mcp_list_tools import MCPListTools as MCPListTools, MCPListToolsParam as MCPListToolsParam
    from .mcp_list_tools_tool import (
        MCPListToolsTool as MCPListToolsTool,
        MCPListToolsToolParam as MCPListToolsToolParam,
    )
    from .mcp_tool import MCPTool as MCPTool, MCPToolParam as MCPToolParam
    from .mcp_tool_call import MCPToolCall as MCPToolCall, MCPToolCallParam as MCPToolCallParam
    from .mcp_tool_call_status import MCPToolCallStatus as MCPToolCallStatus
    from .mcp_tool_filter import (
        MCPToolFilter as MCPToolFilter,
        MCPToolFilterParam as MCPToolFilterParam,
    )
    from .mcp_tool_require_approval_variant1_mcp_tool_approval_filter import (
        MCPToolRequireApprovalVariant1MCPToolApprovalFilter as MCPToolRequireApprovalVariant1MCPToolApprovalFilter,
        MCPToolRequireApprovalVariant1MCPToolApprovalFilterParam as MCPToolRequireApprovalVariant1MCPToolApprovalFilterParam,
    )
    from .message import Message as Message
    from .message_content_image_file_object import (
        MessageContentImageFileObject as MessageContentImageFileObject,
        MessageContentImageFileObjectParam as MessageContentImageFileObjectParam,
    )
    from .message_content_image_file_object_image_file import (
        MessageContentImageFileObjectImageFile as MessageContentImageFileObjectImageFile,
        MessageContentImageFileObjectImageFileParam as MessageContentImageFileObjectImageFileParam,
    )
    from .message_content_image_url_object import (
        MessageContentImageUrlObject as MessageContentImageUrlObject,
        MessageContentImageUrlObjectParam as MessageContentImageUrlObjectParam,
    )
    from .message_content_image_url_object_image_url import (
        MessageContentImageUrlObjectImageUrl as MessageContentImageUrlObjectImageUrl,
        MessageContentImageUrlObjectImageUrlParam as MessageContentImageUrlObjectImageUrlParam,
    )
    from .message_content_item import MessageContentItem as MessageContentItem
    from .message_content_refusal_object import (
        MessageContentRefusalObject as MessageContentRefusalObject,
    )
    from .message_content_text_annotations_file_citation_object import (
        MessageContentTextAnnotationsFileCitationObject as MessageContentTextAnnotationsFileCitationObject,
    )
    from .message_content_text_annotations_file_citation_object_file_citation import (
        MessageContentTextAnnotationsFileCitationObjectFileCitation as MessageContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .message_content_text_annotations_file_path_object import (
        MessageContentTextAnnotationsFilePathObject as MessageContentTextAnnotationsFilePathObject,
    )
    from .message_content_text_annotations_file_path_object_file_path import (
        MessageContentTextAnnotationsFilePathObjectFilePath as MessageContentTextAnnotationsFilePathObjectFilePath,
    )
    from .message_content_text_object import MessageContentTextObject as MessageContentTextObject
    from .message_content_text_object_text import (
        MessageContentTextObjectText as MessageContentTextObjectText,
    )
    from .message_content_text_object_text_annotations_item import (
        MessageContentTextObjectTextAnnotationsItem as MessageContentTextObjectTextAnnotationsItem,
    )
    from .message_delta_content_image_file_object import (
        MessageDeltaContentImageFileObject as MessageDeltaContentImageFileObject,
    )
    from .message_delta_content_image_file_object_image_file import (
        MessageDeltaContentImageFileObjectImageFile as MessageDeltaContentImageFileObjectImageFile,
    )
    from .message_delta_content_image_url_object import (
        MessageDeltaContentImageUrlObject as MessageDeltaContentImageUrlObject,
    )
    from .message_delta_content_image_url_object_image_url import (
        MessageDeltaContentImageUrlObjectImageUrl as MessageDeltaContentImageUrlObjectImageUrl,
    )
    from .message_delta_content_refusal_object import (
        MessageDeltaContentRefusalObject as MessageDeltaContentRefusalObject,
    )
    from .message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject as MessageDeltaContentTextAnnotationsFileCitationObject,
    )
    from .message_delta_content_text_annotations_file_citation_object_file_citation import (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation as MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject as MessageDeltaContentTextAnnotationsFilePathObject,
    )
    from .message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath as MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
    )
    from .message_delta_content_text_object import (
        MessageDeltaContentTextObject as MessageDeltaContentTextObject,
    )
    from .message_delta_content_text_object_text import (
        MessageDeltaContentTextObjectText as MessageDeltaContentTextObjectText,
    )
    from .message_delta_content_text_object_text_annotations_item import (
        MessageDeltaContentTextObjectTextAnnotationsItem as MessageDeltaContentTextObjectTextAnnotationsItem,
    )
    from .message_delta_object import MessageDeltaObject as MessageDeltaObject
    from .message_delta_object_delta import MessageDeltaObjectDelta as MessageDeltaObjectDelta
    from .message_delta_object_delta_content_item import (
        MessageDeltaObjectDeltaContentItem as MessageDeltaObjectDeltaContentItem,
    )
    from .message_object import MessageObject as MessageObject
    from .message_object_attachments_array_item import (
        MessageObjectAttachmentsArrayItem as MessageObjectAttachmentsArrayItem,
    )
    from .message_object_attachments_array_item_tools_item import (
        MessageObjectAttachmentsArrayItemToolsItem as MessageObjectAttachmentsArrayItemToolsItem,
    )
    from .message_object_content_item import MessageObjectContentItem as MessageObjectContentItem
    from .message_object_incomplete_details_variant1 import (
        MessageObjectIncompleteDetailsVariant1 as MessageObjectIncompleteDetailsVariant1,
    )
    from .message_phase import MessagePhase as MessagePhase
    from .message_phase2 import MessagePhase2 as MessagePhase2
    from .message_request_content_text_object import (
        MessageRequestContentTextObject as MessageRequestContentTextObject,
        MessageRequestContentTextObjectParam as MessageRequestContentTextObjectParam,
    )
    from .message_role import MessageRole as MessageRole
    from .message_status import MessageStatus as MessageStatus
    from .message_stream_event import MessageStreamEvent as MessageStreamEvent
    from .message_stream_event_thread_message_completed import (
        MessageStreamEventThreadMessageCompleted as MessageStreamEventThreadMessageCompleted,
    )
    from .message_stream_event_thread_message_created import (
        MessageStreamEventThreadMessageCreated as MessageStreamEventThreadMessageCreated,
    )
    from .message_stream_event_thread_message_delta import (
        MessageStreamEventThreadMessageDelta as MessageStreamEventThreadMessageDelta,
    )
    from .message_stream_event_thread_message_in_progress import (
        MessageStreamEventThreadMessageInProgress as MessageStreamEventThreadMessageInProgress,
    )
    from .message_stream_event_thread_message_incomplete import (
        MessageStreamEventThreadMessageIncomplete as MessageStreamEventThreadMessageIncomplete,
    )
    from .metadata import Metadata as Metadata
    from .model import Model as Model
    from .model_ids import ModelIds as ModelIds
    from .model_ids_compaction import ModelIdsCompaction as ModelIdsCompaction
    from .model_ids_responses import ModelIdsResponses as ModelIdsResponses
    from .model_ids_shared import ModelIdsShared as ModelIdsShared
    from .model_response_properties import (
        ModelResponseProperties as ModelResponseProperties,
        ModelResponsePropertiesParam as ModelResponsePropertiesParam,
    )
    from .modify_assistant_request import (
        ModifyAssistantRequest as ModifyAssistantRequest,
        ModifyAssistantRequestParam as ModifyAssistantRequestParam,
    )
    from .modify_assistant_request_tool_resources_variant1 import (
        ModifyAssistantRequestToolResourcesVariant1 as ModifyAssistantRequestToolResourcesVariant1,
        ModifyAssistantRequestToolResourcesVariant1Param as ModifyAssistantRequestToolResourcesVariant1Param,
    )
    from .modify_assistant_request_tool_resources_variant1_code_interpreter import (
        ModifyAssistantRequestToolResourcesVariant1CodeInterpreter as ModifyAssistantRequestToolResourcesVariant1CodeInterpreter,
        ModifyAssistantRequestToolResourcesVariant1CodeInterpreterParam as ModifyAssistantRequestToolResourcesVariant1CodeInterpreterParam,
    )
    from .modify_assistant_request_tool_resources_variant1_file_search import (
        ModifyAssistantRequestToolResourcesVariant1FileSearch as ModifyAssistantRequestToolResourcesVariant1FileSearch,
        ModifyAssistantRequestToolResourcesVariant1FileSearchParam as ModifyAssistantRequestToolResourcesVariant1FileSearchParam,
    )
    from .modify_assistant_request_tools_item import (
        ModifyAssistantRequestToolsItem as ModifyAssistantRequestToolsItem,
        ModifyAssistantRequestToolsItemParam as ModifyAssistantRequestToolsItemParam,
    )
    from .modify_certificate_request import (
        ModifyCertificateRequest as ModifyCertificateRequest,
        ModifyCertificateRequestParam as ModifyCertificateRequestParam,
    )
    from .modify_message_request import (
        ModifyMessageRequest as ModifyMessageRequest,
        ModifyMessageRequestParam as ModifyMessageRequestParam,
    )
    from .modify_run_request import (
        ModifyRunRequest as ModifyRunRequest,
        ModifyRunRequestParam as ModifyRunRequestParam,
    )
    from .modify_thread_request import (
        ModifyThreadRequest as ModifyThreadRequest,
        ModifyThreadRequestParam as ModifyThreadRequestParam,
    )
    from .modify_thread_request_tool_resources_variant1 import (
        ModifyThreadRequestToolResourcesVariant1 as ModifyThreadRequestToolResourcesVariant1,
        ModifyThreadRequestToolResourcesVariant1Param as ModifyThreadRequestToolResourcesVariant1Param,
    )
    from .modify_thread_request_tool_resources_variant1_code_interpreter import (
        ModifyThreadRequestToolResourcesVariant1CodeInterpreter as ModifyThreadRequestToolResourcesVariant1CodeInterpreter,
        ModifyThreadRequestToolResourcesVariant1CodeInterpreterParam as ModifyThreadRequestToolResourcesVariant1CodeInterpreterParam,
    )
    from .modify_thread_request_tool_resources_variant1_file_search import (
        ModifyThreadRequestToolResourcesVariant1FileSearch as ModifyThreadRequestToolResourcesVariant1FileSearch,
        ModifyThreadRequestToolResourcesVariant1FileSearchParam as ModifyThreadRequestToolResourcesVariant1FileSearchParam,
    )
    from .move_param import MoveParam as MoveParam, MoveParamParam as MoveParamParam
    from .namespace_tool_param import (
        NamespaceToolParam as NamespaceToolParam,
        NamespaceToolParamParam as NamespaceToolParamParam,
    )
    from .namespace_tool_param_tools_item import (
        NamespaceToolParamToolsItem as NamespaceToolParamToolsItem,
        NamespaceToolParamToolsItemParam as NamespaceToolParamToolsItemParam,
    )
    from .noise_reduction_type import NoiseReductionType as NoiseReductionType
    from .open_ai_file import OpenAIFile as OpenAIFile
    from .order_enum import OrderEnum as OrderEnum
    from .organization_certificate import OrganizationCertificate as OrganizationCertificate
    from .organization_certificate_activation_response import (
        OrganizationCertificateActivationResponse as OrganizationCertificateActivationResponse,
    )
    from .organization_certificate_certificate_details import (
        OrganizationCertificateCertificateDetails as OrganizationCertificateCertificateDetails,
    )
    from .organization_certificate_deactivation_response import (
        OrganizationCertificateDeactivationResponse as OrganizationCertificateDeactivationResponse,
    )
    from .organization_data_retention import OrganizationDataRetention as OrganizationDataRetention
    from .organization_project_certificate import (
        OrganizationProjectCertificate as OrganizationProjectCertificate,
    )
    from .organization_project_certificate_activation_response import (
        OrganizationProjectCertificateActivationResponse as OrganizationProjectCertificateActivationResponse,
    )
    from .organization_project_certificate_certificate_details import (
        OrganizationProjectCertificateCertificateDetails as OrganizationProjectCertificateCertificateDetails,
    )
    from .organization_project_certificate_deactivation_response import (
        OrganizationProjectCertificateDeactivationResponse as OrganizationProjectCertificateDeactivationResponse,
    )
    from .organization_spend_alert import OrganizationSpendAlert as OrganizationSpendAlert
    from .organization_spend_alert_deleted_resource import (
        OrganizationSpendAlertDeletedResource as OrganizationSpendAlertDeletedResource,
    )
    from .organization_spend_alert_list_resource import (
        OrganizationSpendAlertListResource as OrganizationSpendAlertListResource,
    )
    from .other_chunking_strategy_response_param import (
        OtherChunkingStrategyResponseParam as OtherChunkingStrategyResponseParam,
    )
    from .output_audio import OutputAudio as OutputAudio
    from .output_content import OutputContent as OutputContent
    from .output_item import OutputItem as OutputItem
    from .output_message import (
        OutputMessage as OutputMessage,
        OutputMessageParam as OutputMessageParam,
    )
    from .output_message_content import (
        OutputMessageContent as OutputMessageContent,
        OutputMessageContentParam as OutputMessageContentParam,
    )
    from .output_text_content import (
        OutputTextContent as OutputTextContent,
        OutputTextContentParam as OutputTextContentParam,
    )
    from .parallel_tool_calls import ParallelToolCalls as ParallelToolCalls
    from .partial_images import PartialImages as PartialImages
    from .prediction_content import (
        PredictionContent as PredictionContent,
        PredictionContentParam as PredictionContentParam,
    )
    from .project import Project as Project
    from .project_api_key import ProjectApiKey as ProjectApiKey
    from .project_api_key_delete_response import (
        ProjectApiKeyDeleteResponse as ProjectApiKeyDeleteResponse,
    )
    from .project_api_key_list_response import (
        ProjectApiKeyListResponse as ProjectApiKeyListResponse,
    )
    from .project_api_key_owner import ProjectApiKeyOwner as ProjectApiKeyOwner
    from .project_api_key_owner_service_account import (
        ProjectApiKeyOwnerServiceAccount as ProjectApiKeyOwnerServiceAccount,
    )
    from .project_api_key_owner_user import ProjectApiKeyOwnerUser as ProjectApiKeyOwnerUser
    from .project_create_request import (
        ProjectCreateRequest as ProjectCreateRequest,
        ProjectCreateRequestParam as ProjectCreateRequestParam,
    )
    from .project_data_retention import ProjectDataRetention as ProjectDataRetention
    from .project_group import ProjectGroup as ProjectGroup
    from .project_group_deleted_resource import (
        ProjectGroupDeletedResource as ProjectGroupDeletedResource,
    )
    from .project_group_list_resource import ProjectGroupListResource as ProjectGroupListResource
    from .project_hosted_tool_permissions import (
        ProjectHostedToolPermissions as ProjectHostedToolPermissions,
    )
    from .project_hosted_tool_permissions_update_request import (
        ProjectHostedToolPermissionsUpdateRequest as ProjectHostedToolPermissionsUpdateRequest,
        ProjectHostedToolPermissionsUpdateRequestParam as ProjectHostedToolPermissionsUpdateRequestParam,
    )
    from .project_list_response import ProjectListResponse as ProjectListResponse
    from .project_model_permissions import ProjectModelPermissions as ProjectModelPermissions
    from .project_model_permissions_delete_response import (
        ProjectModelPermissionsDeleteResponse as ProjectModelPermissionsDeleteResponse,
    )
    from .project_model_permissions_update_request import (
        ProjectModelPermissionsUpdateRequest as ProjectModelPermissionsUpdateRequest,
        ProjectModelPermissionsUpdateRequestParam as ProjectModelPermissionsUpdateRequestParam,
    )
    from .project_rate_limit import ProjectRateLimit as ProjectRateLimit
    from .project_rate_limit_list_response import (
        ProjectRateLimitListResponse as ProjectRateLimitListResponse,
    )
    from .project_rate_limit_update_request import (
        ProjectRateLimitUpdateRequest as ProjectRateLimitUpdateRequest,
        ProjectRateLimitUpdateRequestParam as ProjectRateLimitUpdateRequestParam,
    )
    from .project_service_account import ProjectServiceAccount as ProjectServiceAccount
    from .project_service_account_api_key import (
        ProjectServiceAccountApiKey as ProjectServiceAccountApiKey,
    )
    from .project_service_account_create_request import (
        ProjectServiceAccountCreateRequest as ProjectServiceAccountCreateRequest,
        ProjectServiceAccountCreateRequestParam as ProjectServiceAccountCreateRequestParam,
    )
    from .project_service_account_create_response import (
        ProjectServiceAccountCreateResponse as ProjectServiceAccountCreateResponse,
    )
    from .project_service_account_delete_response import (
        ProjectServiceAccountDeleteResponse as ProjectServiceAccountDeleteResponse,
    )
    from .project_service_account_list_response import (
        ProjectServiceAccountListResponse as ProjectServiceAccountListResponse,
    )
    from .project_spend_alert import ProjectSpendAlert as ProjectSpendAlert
    from .project_spend_alert_deleted_resource import (
        ProjectSpendAlertDeletedResource as ProjectSpendAlertDeletedResource,
    )
    from .project_spend_alert_list_resource import (
        ProjectSpendAlertListResource as ProjectSpendAlertListResource,
    )
    from .project_update_request import (
        ProjectUpdateRequest as ProjectUpdateRequest,
        ProjectUpdateRequestParam as ProjectUpdateRequestParam,
    )
    from .project_user import ProjectUser as ProjectUser
    from .project_user_create_request import (
        ProjectUserCreateRequest as ProjectUserCreateRequest,
        ProjectUserCreateRequestParam as ProjectUserCreateRequestParam,
    )
    from .project_user_delete_response import ProjectUserDeleteResponse as ProjectUserDeleteResponse
    from .project_user_list_response import ProjectUserListResponse as ProjectUserListResponse
    from .project_user_update_request import (
        ProjectUserUpdateRequest as ProjectUserUpdateRequest,
        ProjectUserUpdateRequestParam as ProjectUserUpdateRequestParam,
    )
    from .prompt import Prompt as Prompt, PromptParam as PromptParam
    from .prompt_cache_retention_enum import PromptCacheRetentionEnum as PromptCacheRetentionEnum
    from .prompt_variant1 import (
        PromptVariant1 as PromptVariant1,
        PromptVariant1Param as PromptVariant1Param,
    )
    from .public_assign_organization_group_role_body import (
        PublicAssignOrganizationGroupRoleBody as PublicAssignOrganizationGroupRoleBody,
        PublicAssignOrganizationGroupRoleBodyParam as PublicAssignOrganizationGroupRoleBodyParam,
    )
    from .public_create_organization_role_body import (
        PublicCreateOrganizationRoleBody as PublicCreateOrganizationRoleBody,
        PublicCreateOrganizationRoleBodyParam as PublicCreateOrganizationRoleBodyParam,
    )
    from .public_role_list_resource import PublicRoleListResource as PublicRoleListResource
    from .public_update_organization_role_body import (
        PublicUpdateOrganizationRoleBody as PublicUpdateOrganizationRoleBody,
        PublicUpdateOrganizationRoleBodyParam as PublicUpdateOrganizationRoleBodyParam,
    )
    from .ranker_version_type import RankerVersionType as RankerVersionType
    from .ranking_options import (
        RankingOptions as RankingOptions,
        RankingOptionsParam as RankingOptionsParam,
    )
    from .rate_limits_param import (
        RateLimitsParam as RateLimitsParam,
        RateLimitsParamParam as RateLimitsParamParam,
    )
    from .realtime_audio_formats import (
        RealtimeAudioFormats as RealtimeAudioFormats,
        RealtimeAudioFormatsParam as RealtimeAudioFormatsParam,
    )
    from .realtime_audio_formats_audio_pcm import (
        RealtimeAudioFormatsAudioPcm as RealtimeAudioFormatsAudioPcm,
        RealtimeAudioFormatsAudioPcmParam as RealtimeAudioFormatsAudioPcmParam,
    )
    from .realtime_audio_formats_audio_pcma import (
        RealtimeAudioFormatsAudioPcma as RealtimeAudioFormatsAudioPcma,
        RealtimeAudioFormatsAudioPcmaParam as RealtimeAudioFormatsAudioPcmaParam,
    )
    from .realtime_audio_formats_audio_pcmu import (
        RealtimeAudioFormatsAudioPcmu as RealtimeAudioFormatsAudioPcmu,
        RealtimeAudioFormatsAudioPcmuParam as RealtimeAudioFormatsAudioPcmuParam,
    )
    from .realtime_beta_client_event_conversation_item_create import (
        RealtimeBetaClientEventConversationItemCreate as RealtimeBetaClientEventConversationItemCreate,
    )
    from .realtime_beta_client_event_conversation_item_delete import (
        RealtimeBetaClientEventConversationItemDelete as RealtimeBetaClientEventConversationItemDelete,
    )
    from .realtime_beta_client_event_conversation_item_retrieve import (
        RealtimeBetaClientEventConversationItemRetrieve as RealtimeBetaClientEventConversationItemRetrieve,
    )
    from .realtime_beta_client_event_conversation_item_truncate import (
        RealtimeBetaClientEventConversationItemTruncate as RealtimeBetaClientEventConversationItemTruncate,
    )
    from .realtime_beta_client_event_input_audio_buffer_append import (
        RealtimeBetaClientEventInputAudioBufferAppend as RealtimeBetaClientEventInputAudioBufferAppend,
    )
    from .realtime_beta_client_event_input_audio_buffer_clear import (
        RealtimeBetaClientEventInputAudioBufferClear as RealtimeBetaClientEventInputAudioBufferClear,
    )
    from .realtime_beta_client_event_input_audio_buffer_commit import (
        RealtimeBetaClientEventInputAudioBufferCommit as RealtimeBetaClientEventInputAudioBufferCommit,
    )
    from .realtime_beta_client_event_output_audio_buffer_clear import (
        RealtimeBetaClientEventOutputAudioBufferClear as RealtimeBetaClientEventOutputAudioBufferClear,
    )
    from .realtime_beta_client_event_response_cancel import (
        RealtimeBetaClientEventResponseCancel as RealtimeBetaClientEventResponseCancel,
    )
    from .realtime_beta_client_event_response_create import (
        RealtimeBetaClientEventResponseCreate as RealtimeBetaClientEventResponseCreate,
    )
    from .realtime_beta_client_event_session_update import (
        RealtimeBetaClientEventSessionUpdate as RealtimeBetaClientEventSessionUpdate,
    )
    from .realtime_beta_client_event_transcription_session_update import (
        RealtimeBetaClientEventTranscriptionSessionUpdate as RealtimeBetaClientEventTranscriptionSessionUpdate,
    )
    from .realtime_beta_response import RealtimeBetaResponse as RealtimeBetaResponse
    from .realtime_beta_response_create_params import (
        RealtimeBetaResponseCreateParams as RealtimeBetaResponseCreateParams,
    )
    from .realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem as RealtimeBetaResponseCreateParamsToolsItem,
    )
    from .realtime_beta_response_status_details import (
        RealtimeBetaResponseStatusDetails as RealtimeBetaResponseStatusDetails,
    )
    from .realtime_beta_response_status_details_error import (
        RealtimeBetaResponseStatusDetailsError as RealtimeBetaResponseStatusDetailsError,
    )
    from .realtime_beta_response_usage import RealtimeBetaResponseUsage as RealtimeBetaResponseUsage
    from .realtime_beta_response_usage_input_token_details import (
        RealtimeBetaResponseUsageInputTokenDetails as RealtimeBetaResponseUsageInputTokenDetails,
    )
    from .realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails as RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
    )
    from .realtime_beta_response_usage_output_token_details import (
        RealtimeBetaResponseUsageOutputTokenDetails as RealtimeBetaResponseUsageOutputTokenDetails,
    )
    from .realtime_beta_server_event_conversation_item_created import (
        RealtimeBetaServerEventConversationItemCreated as RealtimeBetaServerEventConversationItemCreated,
    )
    from .realtime_beta_server_event_conversation_item_deleted import (
        RealtimeBetaServerEventConversationItemDeleted as RealtimeBetaServerEventConversationItemDeleted,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted as RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_completed_usage import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage as RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta as RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed as RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError as RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment as RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_beta_server_event_conversation_item_retrieved import (
        RealtimeBetaServerEventConversationItemRetrieved as RealtimeBetaServerEventConversationItemRetrieved,
    )
    from .realtime_beta_server_event_conversation_item_truncated import (
        RealtimeBetaServerEventConversationItemTruncated as RealtimeBetaServerEventConversationItemTruncated,
    )
    from .realtime_beta_server_event_error import (
        RealtimeBetaServerEventError as RealtimeBetaServerEventError,
    )
    from .realtime_beta_server_event_error_error import (
        RealtimeBetaServerEventErrorError as RealtimeBetaServerEventErrorError,
    )
    from .realtime_beta_server_event_input_audio_buffer_cleared import (
        RealtimeBetaServerEventInputAudioBufferCleared as RealtimeBetaServerEventInputAudioBufferCleared,
    )
    from .realtime_beta_server_event_input_audio_buffer_committed import (
        RealtimeBetaServerEventInputAudioBufferCommitted as RealtimeBetaServerEventInputAudioBufferCommitted,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_started import (
        RealtimeBetaServerEventInputAudioBufferSpeechStarted as RealtimeBetaServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_stopped import (
        RealtimeBetaServerEventInputAudioBufferSpeechStopped as RealtimeBetaServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_beta_server_event_mcp_list_tools_completed import (
        RealtimeBetaServerEventMCPListToolsCompleted as RealtimeBetaServerEventMCPListToolsCompleted,
    )
    from .realtime_beta_server_event_mcp_list_tools_failed import (
        RealtimeBetaServerEventMCPListToolsFailed as RealtimeBetaServerEventMCPListToolsFailed,
    )
    from .realtime_beta_server_event_mcp_list_tools_in_progress import (
        RealtimeBetaServerEventMCPListToolsInProgress as RealtimeBetaServerEventMCPListToolsInProgress,
    )
    from .realtime_beta_server_event_rate_limits_updated import (
        RealtimeBetaServerEventRateLimitsUpdated as RealtimeBetaServerEventRateLimitsUpdated,
    )
    from .realtime_beta_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem as RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,
    )
    from .realtime_beta_server_event_response_audio_delta import (
        RealtimeBetaServerEventResponseAudioDelta as RealtimeBetaServerEventResponseAudioDelta,
    )
    from .realtime_beta_server_event_response_audio_done import (
        RealtimeBetaServerEventResponseAudioDone as RealtimeBetaServerEventResponseAudioDone,
    )
    from .realtime_beta_server_event_response_audio_transcript_delta import (
        RealtimeBetaServerEventResponseAudioTranscriptDelta as RealtimeBetaServerEventResponseAudioTranscriptDelta,
    )
    from .realtime_beta_server_event_response_audio_transcript_done import (
        RealtimeBetaServerEventResponseAudioTranscriptDone as RealtimeBetaServerEventResponseAudioTranscriptDone,
    )
    from .realtime_beta_server_event_response_content_part_added import (
        RealtimeBetaServerEventResponseContentPartAdded as RealtimeBetaServerEventResponseContentPartAdded,
    )
    from .realtime_beta_server_event_response_content_part_added_part import (
        RealtimeBetaServerEventResponseContentPartAddedPart as RealtimeBetaServerEventResponseContentPartAddedPart,
    )
    from .realtime_beta_server_event_response_content_part_done import (
        RealtimeBetaServerEventResponseContentPartDone as RealtimeBetaServerEventResponseContentPartDone,
    )
    from .realtime_beta_server_event_response_content_part_done_part import (
        RealtimeBetaServerEventResponseContentPartDonePart as RealtimeBetaServerEventResponseContentPartDonePart,
    )
    from .realtime_beta_server_event_response_created import (
        RealtimeBetaServerEventResponseCreated as RealtimeBetaServerEventResponseCreated,
    )
    from .realtime_beta_server_event_response_done import (
        RealtimeBetaServerEventResponseDone as RealtimeBetaServerEventResponseDone,
    )
    from .realtime_beta_server_event_response_function_call_arguments_delta import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDelta as RealtimeBetaServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_function_call_arguments_done import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDone as RealtimeBetaServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_delta import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDelta as RealtimeBetaServerEventResponseMCPCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_done import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDone as RealtimeBetaServerEventResponseMCPCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_mcp_call_completed import (
        RealtimeBetaServerEventResponseMCPCallCompleted as RealtimeBetaServerEventResponseMCPCallCompleted,
    )
    from .realtime_beta_server_event_response_mcp_call_failed import (
        RealtimeBetaServerEventResponseMCPCallFailed as RealtimeBetaServerEventResponseMCPCallFailed,
    )
    from .realtime_beta_server_event_response_mcp_call_in_progress import (
        RealtimeBetaServerEventResponseMCPCallInProgress as RealtimeBetaServerEventResponseMCPCallInProgress,
    )
    from .realtime_beta_server_event_response_output_item_added import (
        RealtimeBetaServerEventResponseOutputItemAdded as RealtimeBetaServerEventResponseOutputItemAdded,
    )
    from .realtime_beta_server_event_response_output_item_done import (
        RealtimeBetaServerEventResponseOutputItemDone as RealtimeBetaServerEventResponseOutputItemDone,
    )
    from .realtime_beta_server_event_response_text_delta import (
        RealtimeBetaServerEventResponseTextDelta as RealtimeBetaServerEventResponseTextDelta,
    )
    from .realtime_beta_server_event_response_text_done import (
        RealtimeBetaServerEventResponseTextDone as RealtimeBetaServerEventResponseTextDone,
    )
    from .realtime_beta_server_event_session_created import (
        RealtimeBetaServerEventSessionCreated as RealtimeBetaServerEventSessionCreated,
    )
    from .realtime_beta_server_event_session_updated import (
        RealtimeBetaServerEventSessionUpdated as RealtimeBetaServerEventSessionUpdated,
    )
    from .realtime_beta_server_event_transcription_session_created import (
        RealtimeBetaServerEventTranscriptionSessionCreated as RealtimeBetaServerEventTranscriptionSessionCreated,
    )
    from .realtime_beta_server_event_transcription_session_updated import (
        RealtimeBetaServerEventTranscriptionSessionUpdated as RealtimeBetaServerEventTranscriptionSessionUpdated,
    )
    from .realtime_call_create_request import RealtimeCallCreateRequest as RealtimeCallCreateRequest
    from .realtime_call_refer_request import (
        RealtimeCallReferRequest as RealtimeCallReferRequest,
        RealtimeCallReferRequestParam as RealtimeCallReferRequestParam,
    )
    from .realtime_call_reject_request import (
        RealtimeCallRejectRequest as RealtimeCallRejectRequest,
        RealtimeCallRejectRequestParam as RealtimeCallRejectRequestParam,
    )
    from .realtime_client_event import RealtimeClientEvent as RealtimeClientEvent
    from .realtime_client_event_conversation_item_create import (
        RealtimeClientEventConversationItemCreate as RealtimeClientEventConversationItemCreate,
    )
    from .realtime_client_event_conversation_item_delete import (
        RealtimeClientEventConversationItemDelete as RealtimeClientEventConversationItemDelete,
    )
    from .realtime_client_event_conversation_item_retrieve import (
        RealtimeClientEventConversationItemRetrieve as RealtimeClientEventConversationItemRetrieve,
    )
    from .realtime_client_event_conversation_item_truncate import (
        RealtimeClientEventConversationItemTruncate as RealtimeClientEventConversationItemTruncate,
    )
    from .realtime_client_event_input_audio_buffer_append import (
        RealtimeClientEventInputAudioBufferAppend as RealtimeClientEventInputAudioBufferAppend,
    )
    from .realtime_client_event_input_audio_buffer_clear import (
        RealtimeClientEventInputAudioBufferClear as RealtimeClientEventInputAudioBufferClear,
    )
    from .realtime_client_event_input_audio_buffer_commit import (
        RealtimeClientEventInputAudioBufferCommit as RealtimeClientEventInputAudioBufferCommit,
    )
    from .realtime_client_event_output_audio_buffer_clear import (
        RealtimeClientEventOutputAudioBufferClear as RealtimeClientEventOutputAudioBufferClear,
    )
    from .realtime_client_event_response_cancel import (
        RealtimeClientEventResponseCancel as RealtimeClientEventResponseCancel,
    )
    from .realtime_client_event_response_create import (
        RealtimeClientEventResponseCreate as RealtimeClientEventResponseCreate,
    )
    from .realtime_client_event_session_update import (
        RealtimeClientEventSessionUpdate as RealtimeClientEventSessionUpdate,
    )
    from .realtime_client_event_session_update_session import (
        RealtimeClientEventSessionUpdateSession as RealtimeClientEventSessionUpdateSession,
    )
    from .realtime_client_event_transcription_session_update import (
        RealtimeClientEventTranscriptionSessionUpdate as RealtimeClientEventTranscriptionSessionUpdate,
    )
    from .realtime_conversation_item import RealtimeConversationItem as RealtimeConversationItem
    from .realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall as RealtimeConversationItemFunctionCall,
    )
    from .realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput as RealtimeConversationItemFunctionCallOutput,
    )
    from .realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant as RealtimeConversationItemMessageAssistant,
    )
    from .realtime_conversation_item_message_assistant_content_item import (
        RealtimeConversationItemMessageAssistantContentItem as RealtimeConversationItemMessageAssistantContentItem,
    )
    from .realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem as RealtimeConversationItemMessageSystem,
    )
    from .realtime_conversation_item_message_system_content_item import (
        RealtimeConversationItemMessageSystemContentItem as RealtimeConversationItemMessageSystemContentItem,
    )
    from .realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser as RealtimeConversationItemMessageUser,
    )
    from .realtime_conversation_item_message_user_content_item import (
        RealtimeConversationItemMessageUserContentItem as RealtimeConversationItemMessageUserContentItem,
    )
    from .realtime_conversation_item_with_reference import (
        RealtimeConversationItemWithReference as RealtimeConversationItemWithReference,
    )
    from .realtime_conversation_item_with_reference_content_item import (
        RealtimeConversationItemWithReferenceContentItem as RealtimeConversationItemWithReferenceContentItem,
    )
    from .realtime_create_client_secret_request import (
        RealtimeCreateClientSecretRequest as RealtimeCreateClientSecretRequest,
        RealtimeCreateClientSecretRequestParam as RealtimeCreateClientSecretRequestParam,
    )
    from .realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter as RealtimeCreateClientSecretRequestExpiresAfter,
        RealtimeCreateClientSecretRequestExpiresAfterParam as RealtimeCreateClientSecretRequestExpiresAfterParam,
    )
    from .realtime_create_client_secret_request_session import (
        RealtimeCreateClientSecretRequestSession as RealtimeCreateClientSecretRequestSession,
        RealtimeCreateClientSecretRequestSessionParam as RealtimeCreateClientSecretRequestSessionParam,
    )
    from .realtime_create_client_secret_response import (
        RealtimeCreateClientSecretResponse as RealtimeCreateClientSecretResponse,
    )
    from .realtime_create_client_secret_response_session import (
        RealtimeCreateClientSecretResponseSession as RealtimeCreateClientSecretResponseSession,
    )
    from .realtime_function_tool import (
        RealtimeFunctionTool as RealtimeFunctionTool,
        RealtimeFunctionToolParam as RealtimeFunctionToolParam,
    )
    from .realtime_mcp_approval_request import (
        RealtimeMCPApprovalRequest as RealtimeMCPApprovalRequest,
    )
    from .realtime_mcp_approval_response import (
        RealtimeMCPApprovalResponse as RealtimeMCPApprovalResponse,
    )
    from .realtime_mcphttp_error import RealtimeMCPHTTPError as RealtimeMCPHTTPError
    from .realtime_mcp_list_tools import RealtimeMCPListTools as RealtimeMCPListTools
    from .realtime_mcp_protocol_error import RealtimeMCPProtocolError as RealtimeMCPProtocolError
    from .realtime_mcp_tool_call import RealtimeMCPToolCall as RealtimeMCPToolCall
    from .realtime_mcp_tool_call_error_variant1 import (
        RealtimeMCPToolCallErrorVariant1 as RealtimeMCPToolCallErrorVariant1,
    )
    from .realtime_mcp_tool_execution_error import (
        RealtimeMCPToolExecutionError as RealtimeMCPToolExecutionError,
    )
    from .realtime_reasoning import (
        RealtimeReasoning as RealtimeReasoning,
        RealtimeReasoningParam as RealtimeReasoningParam,
    )
    from .realtime_reasoning_effort import RealtimeReasoningEffort as RealtimeReasoningEffort
    from .realtime_response import RealtimeResponse as RealtimeResponse
    from .realtime_response_audio import RealtimeResponseAudio as RealtimeResponseAudio
    from .realtime_response_audio_output import (
        RealtimeResponseAudioOutput as RealtimeResponseAudioOutput,
    )
    from .realtime_response_create_params import (
        RealtimeResponseCreateParams as RealtimeResponseCreateParams,
    )
    from .realtime_response_create_params_audio import (
        RealtimeResponseCreateParamsAudio as RealtimeResponseCreateParamsAudio,
    )
    from .realtime_response_create_params_audio_output import (
        RealtimeResponseCreateParamsAudioOutput as RealtimeResponseCreateParamsAudioOutput,
    )
    from .realtime_response_create_params_tools_item import (
        RealtimeResponseCreateParamsToolsItem as RealtimeResponseCreateParamsToolsItem,
    )
    from .realtime_response_status_details import (
        RealtimeResponseStatusDetails as RealtimeResponseStatusDetails,
    )
    from .realtime_response_status_details_error import (
        RealtimeResponseStatusDetailsError as RealtimeResponseStatusDetailsError,
    )
    from .realtime_response_usage import RealtimeResponseUsage as RealtimeResponseUsage
    from .realtime_response_usage_input_token_details import (
        RealtimeResponseUsageInputTokenDetails as RealtimeResponseUsageInputTokenDetails,
    )
    from .realtime_response_usage_input_token_details_cached_tokens_details import (
        RealtimeResponseUsageInputTokenDetailsCachedTokensDetails as RealtimeResponseUsageInputTokenDetailsCachedTokensDetails,
    )
    from .realtime_response_usage_output_token_details import (
        RealtimeResponseUsageOutputTokenDetails as RealtimeResponseUsageOutputTokenDetails,
    )
    from .realtime_server_event import RealtimeServerEvent as RealtimeServerEvent
    from .realtime_server_event_conversation_created import (
        RealtimeServerEventConversationCreated as RealtimeServerEventConversationCreated,
    )
    from .realtime_server_event_conversation_created_conversation import (
        RealtimeServerEventConversationCreatedConversation as RealtimeServerEventConversationCreatedConversation,
    )
    from .realtime_server_event_conversation_item_added import (
        RealtimeServerEventConversationItemAdded as RealtimeServerEventConversationItemAdded,
    )
    from .realtime_server_event_conversation_item_created import (
        RealtimeServerEventConversationItemCreated as RealtimeServerEventConversationItemCreated,
    )
    from .realtime_server_event_conversation_item_deleted import (
        RealtimeServerEventConversationItemDeleted as RealtimeServerEventConversationItemDeleted,
    )
    from .realtime_server_event_conversation_item_done import (
        RealtimeServerEventConversationItemDone as RealtimeServerEventConversationItemDone,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionCompleted as RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_completed_usage import (
        RealtimeServerEventConversationItemInputAudioTranscriptionCompletedUsage as RealtimeServerEventConversationItemInputAudioTranscriptionCompletedUsage,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeServerEventConversationItemInputAudioTranscriptionDelta as RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailed as RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedError as RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeServerEventConversationItemInputAudioTranscriptionSegment as RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_server_event_conversation_item_retrieved import (
        RealtimeServerEventConversationItemRetrieved as RealtimeServerEventConversationItemRetrieved,
    )
    from .realtime_server_event_conversation_item_truncated import (
        RealtimeServerEventConversationItemTruncated as RealtimeServerEventConversationItemTruncated,
    )
    from .realtime_server_event_error import RealtimeServerEventError as RealtimeServerEventError
    from .realtime_server_event_error_error import (
        RealtimeServerEventErrorError as RealtimeServerEventErrorError,
    )
    from .realtime_server_event_input_audio_buffer_cleared import (
        RealtimeServerEventInputAudioBufferCleared as RealtimeServerEventInputAudioBufferCleared,
    )
    from .realtime_server_event_input_audio_buffer_committed import (
        RealtimeServerEventInputAudioBufferCommitted as RealtimeServerEventInputAudioBufferCommitted,
    )
    from .realtime_server_event_input_audio_buffer_dtmf_event_received import (
        RealtimeServerEventInputAudioBufferDtmfEventReceived as RealtimeServerEventInputAudioBufferDtmfEventReceived,
    )
    from .realtime_server_event_input_audio_buffer_speech_started import (
        RealtimeServerEventInputAudioBufferSpeechStarted as RealtimeServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_server_event_input_audio_buffer_speech_stopped import (
        RealtimeServerEventInputAudioBufferSpeechStopped as RealtimeServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_server_event_input_audio_buffer_timeout_triggered import (
        RealtimeServerEventInputAudioBufferTimeoutTriggered as RealtimeServerEventInputAudioBufferTimeoutTriggered,
    )
    from .realtime_server_event_mcp_list_tools_completed import (
        RealtimeServerEventMCPListToolsCompleted as RealtimeServerEventMCPListToolsCompleted,
    )
    from .realtime_server_event_mcp_list_tools_failed import (
        RealtimeServerEventMCPListToolsFailed as RealtimeServerEventMCPListToolsFailed,
    )
    from .realtime_server_event_mcp_list_tools_in_progress import (
        RealtimeServerEventMCPListToolsInProgress as RealtimeServerEventMCPListToolsInProgress,
    )
    from .realtime_server_event_output_audio_buffer_cleared import (
        RealtimeServerEventOutputAudioBufferCleared as RealtimeServerEventOutputAudioBufferCleared,
    )
    from .realtime_server_event_output_audio_buffer_started import (
        RealtimeServerEventOutputAudioBufferStarted as RealtimeServerEventOutputAudioBufferStarted,
    )
    from .realtime_server_event_output_audio_buffer_stopped import (
        RealtimeServerEventOutputAudioBufferStopped as RealtimeServerEventOutputAudioBufferStopped,
    )
    from .realtime_server_event_rate_limits_updated import (
        RealtimeServerEventRateLimitsUpdated as RealtimeServerEventRateLimitsUpdated,
    )
    from .realtime_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItem as RealtimeServerEventRateLimitsUpdatedRateLimitsItem,
    )
    from .realtime_server_event_response_audio_delta import (
        RealtimeServerEventResponseAudioDelta as RealtimeServerEventResponseAudioDelta,
    )
    from .realtime_server_event_response_audio_done import (
        RealtimeServerEventResponseAudioDone as RealtimeServerEventResponseAudioDone,
    )
    from .realtime_server_event_response_audio_transcript_delta import (
        RealtimeServerEventResponseAudioTranscriptDelta as RealtimeServerEventResponseAudioTranscriptDelta,
    )
    from .realtime_server_event_response_audio_transcript_done import (
        RealtimeServerEventResponseAudioTranscriptDone as RealtimeServerEventResponseAudioTranscriptDone,
    )
    from .realtime_server_event_response_content_part_added import (
        RealtimeServerEventResponseContentPartAdded as RealtimeServerEventResponseContentPartAdded,
    )
    from .realtime_server_event_response_content_part_added_part import (
        RealtimeServerEventResponseContentPartAddedPart as RealtimeServerEventResponseContentPartAddedPart,
    )
    from .realtime_server_event_response_content_part_done import (
        RealtimeServerEventResponseContentPartDone as RealtimeServerEventResponseContentPartDone,
    )
    from .realtime_server_event_response_content_part_done_part import (
        RealtimeServerEventResponseContentPartDonePart as RealtimeServerEventResponseContentPartDonePart,
    )
    from .realtime_server_event_response_created import (
        RealtimeServerEventResponseCreated as RealtimeServerEventResponseCreated,
    )
    from .realtime_server_event_response_done import (
        RealtimeServerEventResponseDone as RealtimeServerEventResponseDone,
    )
    from .realtime_server_event_response_function_call_arguments_delta import (
        RealtimeServerEventResponseFunctionCallArgumentsDelta as RealtimeServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_server_event_response_function_call_arguments_done import (
        RealtimeServerEventResponseFunctionCallArgumentsDone as RealtimeServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_server_event_response_mcp_call_arguments_delta import (
        RealtimeServerEventResponseMCPCallArgumentsDelta as RealtimeServerEventResponseMCPCallArgumentsDelta,
    )
    from .realtime_server_event_response_mcp_call_arguments_done import (
        RealtimeServerEventResponseMCPCallArgumentsDone as RealtimeServerEventResponseMCPCallArgumentsDone,
    )
    from .realtime_server_event_response_mcp_call_completed import (
        RealtimeServerEventResponseMCPCallCompleted as RealtimeServerEventResponseMCPCallCompleted,
    )
    from .realtime_server_event_response_mcp_call_failed import (
        RealtimeServerEventResponseMCPCallFailed as RealtimeServerEventResponseMCPCallFailed,
    )
    from .realtime_server_event_response_mcp_call_in_progress import (
        RealtimeServerEventResponseMCPCallInProgress as RealtimeServerEventResponseMCPCallInProgress,
    )
    from .realtime_server_event_response_output_item_added import (
        RealtimeServerEventResponseOutputItemAdded as RealtimeServerEventResponseOutputItemAdded,
    )
    from .realtime_server_event_response_output_item_done import (
        RealtimeServerEventResponseOutputItemDone as RealtimeServerEventResponseOutputItemDone,
    )
    from .realtime_server_event_response_text_delta import (
        RealtimeServerEventResponseTextDelta as RealtimeServerEventResponseTextDelta,
    )
    from .realtime_server_event_response_text_done import (
        RealtimeServerEventResponseTextDone as RealtimeServerEventResponseTextDone,
    )
    from .realtime_server_event_session_created import (
        RealtimeServerEventSessionCreated as RealtimeServerEventSessionCreated,
    )
    from .realtime_server_event_session_created_session import (
        RealtimeServerEventSessionCreatedSession as RealtimeServerEventSessionCreatedSession,
    )
    from .realtime_server_event_session_updated import (
        RealtimeServerEventSessionUpdated as RealtimeServerEventSessionUpdated,
    )
    from .realtime_server_event_session_updated_session import (
        RealtimeServerEventSessionUpdatedSession as RealtimeServerEventSessionUpdatedSession,
    )
    from .realtime_server_event_transcription_session_updated import (
        RealtimeServerEventTranscriptionSessionUpdated as RealtimeServerEventTranscriptionSessionUpdated,
    )
    from .realtime_session import RealtimeSession as RealtimeSession
    from .realtime_session_create_request import (
        RealtimeSessionCreateRequest as RealtimeSessionCreateRequest,
        RealtimeSessionCreateRequestParam as RealtimeSessionCreateRequestParam,
    )
    from .realtime_session_create_request_client_secret import (
        RealtimeSessionCreateRequestClientSecret as RealtimeSessionCreateRequestClientSecret,
        RealtimeSessionCreateRequestClientSecretParam as RealtimeSessionCreateRequestClientSecretParam,
    )
    from .realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA as RealtimeSessionCreateRequestGA,
        RealtimeSessionCreateRequestGAParam as RealtimeSessionCreateRequestGAParam,
    )
    from .realtime_session_create_request_ga_audio import (
        RealtimeSessionCreateRequestGAAudio as RealtimeSessionCreateRequestGAAudio,
        RealtimeSessionCreateRequestGAAudioParam as RealtimeSessionCreateRequestGAAudioParam,
    )
    from .realtime_session_create_request_ga_audio_input import (
        RealtimeSessionCreateRequestGAAudioInput as RealtimeSessionCreateRequestGAAudioInput,
        RealtimeSessionCreateRequestGAAudioInputParam as RealtimeSessionCreateRequestGAAudioInputParam,
    )
    from .realtime_session_create_request_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateRequestGAAudioInputNoiseReduction as RealtimeSessionCreateRequestGAAudioInputNoiseReduction,
        RealtimeSessionCreateRequestGAAudioInputNoiseReductionParam as RealtimeSessionCreateRequestGAAudioInputNoiseReductionParam,
    )
    from .realtime_session_create_request_ga_audio_output import (
        RealtimeSessionCreateRequestGAAudioOutput as RealtimeSessionCreateRequestGAAudioOutput,
        RealtimeSessionCreateRequestGAAudioOutputParam as RealtimeSessionCreateRequestGAAudioOutputParam,
    )
    from .realtime_session_create_request_ga_tools_item import (
        RealtimeSessionCreateRequestGAToolsItem as RealtimeSessionCreateRequestGAToolsItem,
        RealtimeSessionCreateRequestGAToolsItemParam as RealtimeSessionCreateRequestGAToolsItemParam,
    )
    from .realtime_session_create_request_ga_tracing_variant1_tracing_configuration import (
        RealtimeSessionCreateRequestGATracingVariant1TracingConfiguration as RealtimeSessionCreateRequestGATracingVariant1TracingConfiguration,
        RealtimeSessionCreateRequestGATracingVariant1TracingConfigurationParam as RealtimeSessionCreateRequestGATracingVariant1TracingConfigurationParam,
    )
    from .realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription as RealtimeSessionCreateRequestInputAudioTranscription,
        RealtimeSessionCreateRequestInputAudioTranscriptionParam as RealtimeSessionCreateRequestInputAudioTranscriptionParam,
    )
    from .realtime_session_create_request_tools_item import (
        RealtimeSessionCreateRequestToolsItem as RealtimeSessionCreateRequestToolsItem,
        RealtimeSessionCreateRequestToolsItemParam as RealtimeSessionCreateRequestToolsItemParam,
    )
    from .realtime_session_create_request_tracing_tracing_configuration import (
        RealtimeSessionCreateRequestTracingTracingConfiguration as RealtimeSessionCreateRequestTracingTracingConfiguration,
        RealtimeSessionCreateRequestTracingTracingConfigurationParam as RealtimeSessionCreateRequestTracingTracingConfigurationParam,
    )
    from .realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection as RealtimeSessionCreateRequestTurnDetection,
        RealtimeSessionCreateRequestTurnDetectionParam as RealtimeSessionCreateRequestTurnDetectionParam,
    )
    from .realtime_session_create_response import (
        RealtimeSessionCreateResponse as RealtimeSessionCreateResponse,
    )
    from .realtime_session_create_response_audio import (
        RealtimeSessionCreateResponseAudio as RealtimeSessionCreateResponseAudio,
    )
    from .realtime_session_create_response_audio_input import (
        RealtimeSessionCreateResponseAudioInput as RealtimeSessionCreateResponseAudioInput,
    )
    from .realtime_session_create_response_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseAudioInputNoiseReduction as RealtimeSessionCreateResponseAudioInputNoiseReduction,
    )
    from .realtime_session_create_response_audio_input_turn_detection import (
        RealtimeSessionCreateResponseAudioInputTurnDetection as RealtimeSessionCreateResponseAudioInputTurnDetection,
    )
    from .realtime_session_create_response_audio_output import (
        RealtimeSessionCreateResponseAudioOutput as RealtimeSessionCreateResponseAudioOutput,
    )
    from .realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGA as RealtimeSessionCreateResponseGA,
    )
    from .realtime_session_create_response_ga_audio import (
        RealtimeSessionCreateResponseGAAudio as RealtimeSessionCreateResponseGAAudio,
    )
    from .realtime_session_create_response_ga_audio_input import (
        RealtimeSessionCreateResponseGAAudioInput as RealtimeSessionCreateResponseGAAudioInput,
    )
    from .realtime_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseGAAudioInputNoiseReduction as RealtimeSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from .realtime_session_create_response_ga_audio_output import (
        RealtimeSessionCreateResponseGAAudioOutput as RealtimeSessionCreateResponseGAAudioOutput,
    )
    from .realtime_session_create_response_ga_tools_item import (
        RealtimeSessionCreateResponseGAToolsItem as RealtimeSessionCreateResponseGAToolsItem,
    )
    from .realtime_session_create_response_ga_tracing_tracing_configuration_tracing_configuration import (
        RealtimeSessionCreateResponseGATracingTracingConfigurationTracingConfiguration as RealtimeSessionCreateResponseGATracingTracingConfigurationTracingConfiguration,
    )
    from .realtime_session_create_response_tracing_tracing_configuration import (
        RealtimeSessionCreateResponseTracingTracingConfiguration as RealtimeSessionCreateResponseTracingTracingConfiguration,
    )
    from .realtime_session_create_response_turn_detection import (
        RealtimeSessionCreateResponseTurnDetection as RealtimeSessionCreateResponseTurnDetection,
    )
    from .realtime_session_input_audio_noise_reduction import (
        RealtimeSessionInputAudioNoiseReduction as RealtimeSessionInputAudioNoiseReduction,
    )
    from .realtime_session_tracing_tracing_configuration_tracing_configuration import (
        RealtimeSessionTracingTracingConfigurationTracingConfiguration as RealtimeSessionTracingTracingConfigurationTracingConfiguration,
    )
    from .realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest as RealtimeTranscriptionSessionCreateRequest,
        RealtimeTranscriptionSessionCreateRequestParam as RealtimeTranscriptionSessionCreateRequestParam,
    )
    from .realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA as RealtimeTranscriptionSessionCreateRequestGA,
        RealtimeTranscriptionSessionCreateRequestGAParam as RealtimeTranscriptionSessionCreateRequestGAParam,
    )
    from .realtime_transcription_session_create_request_ga_audio import (
        RealtimeTranscriptionSessionCreateRequestGAAudio as RealtimeTranscriptionSessionCreateRequestGAAudio,
        RealtimeTranscriptionSessionCreateRequestGAAudioParam as RealtimeTranscriptionSessionCreateRequestGAAudioParam,
    )
    from .realtime_transcription_session_create_request_ga_audio_input import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInput as RealtimeTranscriptionSessionCreateRequestGAAudioInput,
        RealtimeTranscriptionSessionCreateRequestGAAudioInputParam as RealtimeTranscriptionSessionCreateRequestGAAudioInputParam,
    )
    from .realtime_transcription_session_create_request_ga_audio_input_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction as RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction,
        RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionParam as RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionParam,
    )
    from .realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction as RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam as RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam,
    )
    from .realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection as RealtimeTranscriptionSessionCreateRequestTurnDetection,
        RealtimeTranscriptionSessionCreateRequestTurnDetectionParam as RealtimeTranscriptionSessionCreateRequestTurnDetectionParam,
    )
    from .realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse as RealtimeTranscriptionSessionCreateResponse,
    )
    from .realtime_transcription_session_create_response_client_secret import (
        RealtimeTranscriptionSessionCreateResponseClientSecret as RealtimeTranscriptionSessionCreateResponseClientSecret,
    )
    from .realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA as RealtimeTranscriptionSessionCreateResponseGA,
    )
    from .realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio as RealtimeTranscriptionSessionCreateResponseGAAudio,
    )
    from .realtime_transcription_session_create_response_ga_audio_input import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInput as RealtimeTranscriptionSessionCreateResponseGAAudioInput,
    )
    from .realtime_transcription_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction as RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from .realtime_transcription_session_create_response_ga_audio_input_turn_detection_variant1 import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionVariant1 as RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionVariant1,
    )
    from .realtime_transcription_session_create_response_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseTurnDetection as RealtimeTranscriptionSessionCreateResponseTurnDetection,
    )
    from .realtime_translation_client_event import (
        RealtimeTranslationClientEvent as RealtimeTranslationClientEvent,
    )
    from .realtime_translation_client_event_input_audio_buffer_append import (
        RealtimeTranslationClientEventInputAudioBufferAppend as RealtimeTranslationClientEventInputAudioBufferAppend,
    )
    from .realtime_translation_client_event_session_close import (
        RealtimeTranslationClientEventSessionClose as RealtimeTranslationClientEventSessionClose,
    )
    from .realtime_translation_client_event_session_update import (
        RealtimeTranslationClientEventSessionUpdate as RealtimeTranslationClientEventSessionUpdate,
    )
    from .realtime_translation_client_secret_create_request import (
        RealtimeTranslationClientSecretCreateRequest as RealtimeTranslationClientSecretCreateRequest,
        RealtimeTranslationClientSecretCreateRequestParam as RealtimeTranslationClientSecretCreateRequestParam,
    )
    from .realtime_translation_client_secret_create_request_expires_after import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfter as RealtimeTranslationClientSecretCreateRequestExpiresAfter,
        RealtimeTranslationClientSecretCreateRequestExpiresAfterParam as RealtimeTranslationClientSecretCreateRequestExpiresAfterParam,
    )
    from .realtime_translation_client_secret_create_response import (
        RealtimeTranslationClientSecretCreateResponse as RealtimeTranslationClientSecretCreateResponse,
    )
    from .realtime_translation_server_event import (
        RealtimeTranslationServerEvent as RealtimeTranslationServerEvent,
    )
    from .realtime_translation_server_event_session_closed import (
        RealtimeTranslationServerEventSessionClosed as RealtimeTranslationServerEventSessionClosed,
    )
    from .realtime_translation_server_event_session_created import (
        RealtimeTranslationServerEventSessionCreated as RealtimeTranslationServerEventSessionCreated,
    )
    from .realtime_translation_server_event_session_input_transcript_delta import (
        RealtimeTranslationServerEventSessionInputTranscriptDelta as RealtimeTranslationServerEventSessionInputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_output_audio_delta import (
        RealtimeTranslationServerEventSessionOutputAudioDelta as RealtimeTranslationServerEventSessionOutputAudioDelta,
    )
    from .realtime_translation_server_event_session_output_transcript_delta import (
        RealtimeTranslationServerEventSessionOutputTranscriptDelta as RealtimeTranslationServerEventSessionOutputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_updated import (
        RealtimeTranslationServerEventSessionUpdated as RealtimeTranslationServerEventSessionUpdated,
    )
    from .realtime_translation_session import (
        RealtimeTranslationSession as RealtimeTranslationSession,
    )
    from .realtime_translation_session_audio import (
        RealtimeTranslationSessionAudio as RealtimeTranslationSessionAudio,
    )
    from .realtime_translation_session_audio_input import (
        RealtimeTranslationSessionAudioInput as RealtimeTranslationSessionAudioInput,
    )
    from .realtime_translation_session_audio_input_noise_reduction_variant1 import (
        RealtimeTranslationSessionAudioInputNoiseReductionVariant1 as RealtimeTranslationSessionAudioInputNoiseReductionVariant1,
    )
    from .realtime_translation_session_audio_input_transcription_variant1 import (
        RealtimeTranslationSessionAudioInputTranscriptionVariant1 as RealtimeTranslationSessionAudioInputTranscriptionVariant1,
    )
    from .realtime_translation_session_audio_output import (
        RealtimeTranslationSessionAudioOutput as RealtimeTranslationSessionAudioOutput,
    )
    from .realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest as RealtimeTranslationSessionCreateRequest,
        RealtimeTranslationSessionCreateRequestParam as RealtimeTranslationSessionCreateRequestParam,
    )
    from .realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio as RealtimeTranslationSessionCreateRequestAudio,
        RealtimeTranslationSessionCreateRequestAudioParam as RealtimeTranslationSessionCreateRequestAudioParam,
    )
    from .realtime_translation_session_create_request_audio_input import (
        RealtimeTranslationSessionCreateRequestAudioInput as RealtimeTranslationSessionCreateRequestAudioInput,
        RealtimeTranslationSessionCreateRequestAudioInputParam as RealtimeTranslationSessionCreateRequestAudioInputParam,
    )
    from .realtime_translation_session_create_request_audio_input_noise_reduction_variant1 import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1 as RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1,
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1Param as RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1Param,
    )
    from .realtime_translation_session_create_request_audio_input_transcription_variant1 import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1 as RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1,
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1Param as RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1Param,
    )
    from .realtime_translation_session_create_request_audio_output import (
        RealtimeTranslationSessionCreateRequestAudioOutput as RealtimeTranslationSessionCreateRequestAudioOutput,
        RealtimeTranslationSessionCreateRequestAudioOutputParam as RealtimeTranslationSessionCreateRequestAudioOutputParam,
    )
    from .realtime_translation_session_update_request import (
        RealtimeTranslationSessionUpdateRequest as RealtimeTranslationSessionUpdateRequest,
    )
    from .realtime_translation_session_update_request_audio import (
        RealtimeTranslationSessionUpdateRequestAudio as RealtimeTranslationSessionUpdateRequestAudio,
    )
    from .realtime_translation_session_update_request_audio_input import (
        RealtimeTranslationSessionUpdateRequestAudioInput as RealtimeTranslationSessionUpdateRequestAudioInput,
    )
    from .realtime_translation_session_update_request_audio_input_noise_reduction_variant1 import (
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1 as RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1,
    )
    from .realtime_translation_session_update_request_audio_input_transcription_variant1 import (
        RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1 as RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1,
    )
    from .realtime_translation_session_update_request_audio_output import (
        RealtimeTranslationSessionUpdateRequestAudioOutput as RealtimeTranslationSessionUpdateRequestAudioOutput,
    )
    from .realtime_truncation import (
        RealtimeTruncation as RealtimeTruncation,
        RealtimeTruncationParam as RealtimeTruncationParam,
    )
    from .realtime_truncation_retention_ratio_truncation import (
        RealtimeTruncationRetentionRatioTruncation as RealtimeTruncationRetentionRatioTruncation,
        RealtimeTruncationRetentionRatioTruncationParam as RealtimeTruncationRetentionRatioTruncationParam,
    )
    from .realtime_truncation_retention_ratio_truncation_token_limits import (
        RealtimeTruncationRetentionRatioTruncationTokenLimits as RealtimeTruncationRetentionRatioTruncationTokenLimits,
        RealtimeTruncationRetentionRatioTruncationTokenLimitsParam as RealtimeTruncationRetentionRatioTruncationTokenLimitsParam,
    )
    from .realtime_turn_detection import (
        RealtimeTurnDetection as RealtimeTurnDetection,
        RealtimeTurnDetectionParam as RealtimeTurnDetectionParam,
    )
    from .realtime_turn_detection_realtime_turn_detection import (
        RealtimeTurnDetectionRealtimeTurnDetection as RealtimeTurnDetectionRealtimeTurnDetection,
        RealtimeTurnDetectionRealtimeTurnDetectionParam as RealtimeTurnDetectionRealtimeTurnDetectionParam,
    )
    from .realtime_turn_detection_realtime_turn_detection_semantic_vad import (
        RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad as RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad,
        RealtimeTurnDetectionRealtimeTurnDetectionSemanticVadParam as RealtimeTurnDetectionRealtimeTurnDetectionSemanticVadParam,
    )
    from .realtime_turn_detection_realtime_turn_detection_server_vad import (
        RealtimeTurnDetectionRealtimeTurnDetectionServerVad as RealtimeTurnDetectionRealtimeTurnDetectionServerVad,
        RealtimeTurnDetectionRealtimeTurnDetectionServerVadParam as RealtimeTurnDetectionRealtimeTurnDetectionServerVadParam,
    )
    from .reasoning import Reasoning as Reasoning, ReasoningParam as ReasoningParam
    from .reasoning_effort import ReasoningEffort as ReasoningEffort
    from .reasoning_item import (
        ReasoningItem as ReasoningItem,
        ReasoningItemParam as ReasoningItemParam,
    )
    from .reasoning_text_content import (
        ReasoningTextContent as ReasoningTextContent,
        ReasoningTextContentParam as ReasoningTextContentParam,
    )
    from .refusal_content import (
        RefusalContent as RefusalContent,
        RefusalContentParam as RefusalContentParam,
    )
    from .response import Response as Response
    from .response_audio_delta_event import ResponseAudioDeltaEvent as ResponseAudioDeltaEvent
    from .response_audio_done_event import ResponseAudioDoneEvent as ResponseAudioDoneEvent
    from .response_audio_transcript_delta_event import (
        ResponseAudioTranscriptDeltaEvent as ResponseAudioTranscriptDeltaEvent,
    )
    from .response_audio_transcript_done_event import (
        ResponseAudioTranscriptDoneEvent as ResponseAudioTranscriptDoneEvent,
    )
    from .response_code_interpreter_call_code_delta_event import (
        ResponseCodeInterpreterCallCodeDeltaEvent as ResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .response_code_interpreter_call_code_done_event import (
        ResponseCodeInterpreterCallCodeDoneEvent as ResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .response_code_interpreter_call_completed_event import (
        ResponseCodeInterpreterCallCompletedEvent as ResponseCodeInterpreterCallCompletedEvent,
    )
    from .response_code_interpreter_call_in_progress_event import (
        ResponseCodeInterpreterCallInProgressEvent as ResponseCodeInterpreterCallInProgressEvent,
    )
    from .response_code_interpreter_call_interpreting_event import (
        ResponseCodeInterpreterCallInterpretingEvent as ResponseCodeInterpreterCallInterpretingEvent,
    )
    from .response_completed_event import ResponseCompletedEvent as ResponseCompletedEvent
    from .response_content_part_added_event import (
        ResponseContentPartAddedEvent as ResponseContentPartAddedEvent,
    )
    from .response_content_part_done_event import (
        ResponseContentPartDoneEvent as ResponseContentPartDoneEvent,
    )
    from .response_created_event import ResponseCreatedEvent as ResponseCreatedEvent
    from .response_custom_tool_call_input_delta_event import (
        ResponseCustomToolCallInputDeltaEvent as ResponseCustomToolCallInputDeltaEvent,
    )
    from .response_custom_tool_call_input_done_event import (
        ResponseCustomToolCallInputDoneEvent as ResponseCustomToolCallInputDoneEvent,
    )
    from .response_error import ResponseError as ResponseError
    from .response_error_code import ResponseErrorCode as ResponseErrorCode
    from .response_error_event import ResponseErrorEvent as ResponseErrorEvent
    from .response_error_variant1 import ResponseErrorVariant1 as ResponseErrorVariant1
    from .response_failed_event import ResponseFailedEvent as ResponseFailedEvent
    from .response_file_search_call_completed_event import (
        ResponseFileSearchCallCompletedEvent as ResponseFileSearchCallCompletedEvent,
    )
    from .response_file_search_call_in_progress_event import (
        ResponseFileSearchCallInProgressEvent as ResponseFileSearchCallInProgressEvent,
    )
    from .response_file_search_call_searching_event import (
        ResponseFileSearchCallSearchingEvent as ResponseFileSearchCallSearchingEvent,
    )
    from .response_format_json_object import (
        ResponseFormatJsonObject as ResponseFormatJsonObject,
        ResponseFormatJsonObjectParam as ResponseFormatJsonObjectParam,
    )
    from .response_format_json_schema import (
        ResponseFormatJsonSchema as ResponseFormatJsonSchema,
        ResponseFormatJsonSchemaParam as ResponseFormatJsonSchemaParam,
    )
    from .response_format_json_schema_json_schema import (
        ResponseFormatJsonSchemaJsonSchema as ResponseFormatJsonSchemaJsonSchema,
        ResponseFormatJsonSchemaJsonSchemaParam as ResponseFormatJsonSchemaJsonSchemaParam,
    )
    from .response_format_json_schema_schema import (
        ResponseFormatJsonSchemaSchema as ResponseFormatJsonSchemaSchema,
    )
    from .response_format_text import (
        ResponseFormatText as ResponseFormatText,
        ResponseFormatTextParam as ResponseFormatTextParam,
    )
    from .response_format_text_grammar import ResponseFormatTextGrammar as ResponseFormatTextGrammar
    from .response_format_text_python import ResponseFormatTextPython as ResponseFormatTextPython
    from .response_function_call_arguments_delta_event import (
        ResponseFunctionCallArgumentsDeltaEvent as ResponseFunctionCallArgumentsDeltaEvent,
    )
    from .response_function_call_arguments_done_event import (
        ResponseFunctionCallArgumentsDoneEvent as ResponseFunctionCallArgumentsDoneEvent,
    )
    from .response_image_gen_call_completed_event import (
        ResponseImageGenCallCompletedEvent as ResponseImageGenCallCompletedEvent,
    )
    from .response_image_gen_call_generating_event import (
        ResponseImageGenCallGeneratingEvent as ResponseImageGenCallGeneratingEvent,
    )
    from .response_image_gen_call_in_progress_event import (
        ResponseImageGenCallInProgressEvent as ResponseImageGenCallInProgressEvent,
    )
    from .response_image_gen_call_partial_image_event import (
        ResponseImageGenCallPartialImageEvent as ResponseImageGenCallPartialImageEvent,
    )
    from .response_in_progress_event import ResponseInProgressEvent as ResponseInProgressEvent
    from .response_incomplete_details_variant1 import (
        ResponseIncompleteDetailsVariant1 as ResponseIncompleteDetailsVariant1,
    )
    from .response_incomplete_event import ResponseIncompleteEvent as ResponseIncompleteEvent
    from .response_item_list import ResponseItemList as ResponseItemList
    from .response_log_prob import ResponseLogProb as ResponseLogProb
    from .response_log_prob_top_logprobs_item import (
        ResponseLogProbTopLogprobsItem as ResponseLogProbTopLogprobsItem,
    )
    from .response_mcp_call_arguments_delta_event import (
        ResponseMCPCallArgumentsDeltaEvent as ResponseMCPCallArgumentsDeltaEvent,
    )
    from .response_mcp_call_arguments_done_event import (
        ResponseMCPCallArgumentsDoneEvent as ResponseMCPCallArgumentsDoneEvent,
    )
    from .response_mcp_call_completed_event import (
        ResponseMCPCallCompletedEvent as ResponseMCPCallCompletedEvent,
    )
    from .response_mcp_call_failed_event import (
        ResponseMCPCallFailedEvent as ResponseMCPCallFailedEvent,
    )
    from .response_mcp_call_in_progress_event import (
        ResponseMCPCallInProgressEvent as ResponseMCPCallInProgressEvent,
    )
    from .response_mcp_list_tools_completed_event import (
        ResponseMCPListToolsCompletedEvent as ResponseMCPListToolsCompletedEvent,
    )
    from .response_mcp_list_tools_failed_event import (
        ResponseMCPListToolsFailedEvent as ResponseMCPListToolsFailedEvent,
    )
    from .response_mcp_list_tools_in_progress_event import (
        ResponseMCPListToolsInProgressEvent as ResponseMCPListToolsInProgressEvent,
    )
    from .response_modalities import ResponseModalities as ResponseModalities
    from .response_output_item_added_event import (
        ResponseOutputItemAddedEvent as ResponseOutputItemAddedEvent,
    )
    from .response_output_item_done_event import (
        ResponseOutputItemDoneEvent as ResponseOutputItemDoneEvent,
    )
    from .response_output_text import ResponseOutputText as ResponseOutputText
    from .response_output_text_annotation_added_event import (
        ResponseOutputTextAnnotationAddedEvent as ResponseOutputTextAnnotationAddedEvent,
    )
    from .response_output_text_annotations_item import (
        ResponseOutputTextAnnotationsItem as ResponseOutputTextAnnotationsItem,
    )
    from .response_prompt_variables import (
        ResponsePromptVariables as ResponsePromptVariables,
        ResponsePromptVariablesParam as ResponsePromptVariablesParam,
    )
    from .response_properties import ResponseProperties as ResponseProperties
    from .response_queued_event import ResponseQueuedEvent as ResponseQueuedEvent
    from .response_reasoning_summary_part_added_event import (
        ResponseReasoningSummaryPartAddedEvent as ResponseReasoningSummaryPartAddedEvent,
    )
    from .response_reasoning_summary_part_added_event_part import (
        ResponseReasoningSummaryPartAddedEventPart as ResponseReasoningSummaryPartAddedEventPart,
    )
    from .response_reasoning_summary_part_done_event import (
        ResponseReasoningSummaryPartDoneEvent as ResponseReasoningSummaryPartDoneEvent,
    )
    from .response_reasoning_summary_part_done_event_part import (
        ResponseReasoningSummaryPartDoneEventPart as ResponseReasoningSummaryPartDoneEventPart,
    )
    from .response_reasoning_summary_text_delta_event import (
        ResponseReasoningSummaryTextDeltaEvent as ResponseReasoningSummaryTextDeltaEvent,
    )
    from .response_reasoning_summary_text_done_event import (
        ResponseReasoningSummaryTextDoneEvent as ResponseReasoningSummaryTextDoneEvent,
    )
    from .response_reasoning_text_delta_event import (
        ResponseReasoningTextDeltaEvent as ResponseReasoningTextDeltaEvent,
    )
    from .response_reasoning_text_done_event import (
        ResponseReasoningTextDoneEvent as ResponseReasoningTextDoneEvent,
    )
    from .response_refusal_delta_event import ResponseRefusalDeltaEvent as ResponseRefusalDeltaEvent
    from .response_refusal_done_event import ResponseRefusalDoneEvent as ResponseRefusalDoneEvent
    from .response_stream_event import ResponseStreamEvent as ResponseStreamEvent
    from .response_stream_options import (
        ResponseStreamOptions as ResponseStreamOptions,
        ResponseStreamOptionsParam as ResponseStreamOptionsParam,
    )
    from .response_stream_options_variant1 import (
        ResponseStreamOptionsVariant1 as ResponseStreamOptionsVariant1,
        ResponseStreamOptionsVariant1Param as ResponseStreamOptionsVariant1Param,
    )
    from .response_text_delta_event import ResponseTextDeltaEvent as ResponseTextDeltaEvent
    from .response_text_done_event import ResponseTextDoneEvent as ResponseTextDoneEvent
    from .response_text_param import (
        ResponseTextParam as ResponseTextParam,
        ResponseTextParamParam as ResponseTextParamParam,
    )
    from .response_usage import ResponseUsage as ResponseUsage
    from .response_usage_input_tokens_details import (
        ResponseUsageInputTokensDetails as ResponseUsageInputTokensDetails,
    )
    from .response_usage_output_tokens_details import (
        ResponseUsageOutputTokensDetails as ResponseUsageOutputTokensDetails,
    )
    from .response_web_search_call_completed_event import (
        ResponseWebSearchCallCompletedEvent as ResponseWebSearchCallCompletedEvent,
    )
    from .response_web_search_call_in_progress_event import (
        ResponseWebSearchCallInProgressEvent as ResponseWebSearchCallInProgressEvent,
    )
    from .response_web_search_call_searching_event import (
        ResponseWebSearchCallSearchingEvent as ResponseWebSearchCallSearchingEvent,
    )
    from .responses_client_event import ResponsesClientEvent as ResponsesClientEvent
    from .responses_client_event_response_create import (
        ResponsesClientEventResponseCreate as ResponsesClientEventResponseCreate,
    )
    from .responses_server_event import ResponsesServerEvent as ResponsesServerEvent
    from .role import Role as Role
    from .role_deleted_resource import RoleDeletedResource as RoleDeletedResource
    from .role_list_resource import RoleListResource as RoleListResource
    from .run_completion_usage import RunCompletionUsage as RunCompletionUsage
    from .run_completion_usage_variant1 import (
        RunCompletionUsageVariant1 as RunCompletionUsageVariant1,
    )
    from .run_grader_request import (
        RunGraderRequest as RunGraderRequest,
        RunGraderRequestParam as RunGraderRequestParam,
    )
    from .run_grader_request_grader import (
        RunGraderRequestGrader as RunGraderRequestGrader,
        RunGraderRequestGraderParam as RunGraderRequestGraderParam,
    )
    from .run_grader_response import RunGraderResponse as RunGraderResponse
    from .run_grader_response_metadata import RunGraderResponseMetadata as RunGraderResponseMetadata
    from .run_grader_response_metadata_errors import (
        RunGraderResponseMetadataErrors as RunGraderResponseMetadataErrors,
    )
    from .run_object import RunObject as RunObject
    from .run_object_incomplete_details import (
        RunObjectIncompleteDetails as RunObjectIncompleteDetails,
    )
    from .run_object_last_error import RunObjectLastError as RunObjectLastError
    from .run_object_required_action import RunObjectRequiredAction as RunObjectRequiredAction
    from .run_object_required_action_submit_tool_outputs import (
        RunObjectRequiredActionSubmitToolOutputs as RunObjectRequiredActionSubmitToolOutputs,
    )
    from .run_object_tools_item import RunObjectToolsItem as RunObjectToolsItem
    from .run_step_completion_usage import RunStepCompletionUsage as RunStepCompletionUsage
    from .run_step_completion_usage_variant1 import (
        RunStepCompletionUsageVariant1 as RunStepCompletionUsageVariant1,
    )
    from .run_step_delta_object import RunStepDeltaObject as RunStepDeltaObject
    from .run_step_delta_object_delta import RunStepDeltaObjectDelta as RunStepDeltaObjectDelta
    from .run_step_delta_object_delta_step_details import (
        RunStepDeltaObjectDeltaStepDetails as RunStepDeltaObjectDeltaStepDetails,
    )
    from .run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject as RunStepDeltaStepDetailsMessageCreationObject,
    )
    from .run_step_delta_step_details_message_creation_object_message_creation import (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation as RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    )
    from .run_step_delta_step_details_tool_calls_code_object import (
        RunStepDeltaStepDetailsToolCallsCodeObject as RunStepDeltaStepDetailsToolCallsCodeObject,
    )
    from .run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter as RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .run_step_delta_step_details_tool_calls_code_object_code_interpreter_outputs_item import (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem as RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem,
    )
    from .run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject as RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
    )
    from .run_step_delta_step_details_tool_calls_code_output_image_object_image import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage as RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject as RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject as RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_delta_step_details_tool_calls_function_object import (
        RunStepDeltaStepDetailsToolCallsFunctionObject as RunStepDeltaStepDetailsToolCallsFunctionObject,
    )
    from .run_step_delta_step_details_tool_calls_function_object_function import (
        RunStepDeltaStepDetailsToolCallsFunctionObjectFunction as RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
    )
    from .run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject as RunStepDeltaStepDetailsToolCallsObject,
    )
    from .run_step_delta_step_details_tool_calls_object_tool_calls_item import (
        RunStepDeltaStepDetailsToolCallsObjectToolCallsItem as RunStepDeltaStepDetailsToolCallsObjectToolCallsItem,
    )
    from .run_step_details_message_creation_object import (
        RunStepDetailsMessageCreationObject as RunStepDetailsMessageCreationObject,
    )
    from .run_step_details_message_creation_object_message_creation import (
        RunStepDetailsMessageCreationObjectMessageCreation as RunStepDetailsMessageCreationObjectMessageCreation,
    )
    from .run_step_details_tool_calls_code_object import (
        RunStepDetailsToolCallsCodeObject as RunStepDetailsToolCallsCodeObject,
    )
    from .run_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreter as RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .run_step_details_tool_calls_code_object_code_interpreter_outputs_item import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem as RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem,
    )
    from .run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject as RunStepDetailsToolCallsCodeOutputImageObject,
    )
    from .run_step_details_tool_calls_code_output_image_object_image import (
        RunStepDetailsToolCallsCodeOutputImageObjectImage as RunStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .run_step_details_tool_calls_code_output_logs_object import (
        RunStepDetailsToolCallsCodeOutputLogsObject as RunStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_details_tool_calls_file_search_object import (
        RunStepDetailsToolCallsFileSearchObject as RunStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_details_tool_calls_file_search_object_file_search import (
        RunStepDetailsToolCallsFileSearchObjectFileSearch as RunStepDetailsToolCallsFileSearchObjectFileSearch,
    )
    from .run_step_details_tool_calls_file_search_ranking_options_object import (
        RunStepDetailsToolCallsFileSearchRankingOptionsObject as RunStepDetailsToolCallsFileSearchRankingOptionsObject,
    )
    from .run_step_details_tool_calls_file_search_result_object import (
        RunStepDetailsToolCallsFileSearchResultObject as RunStepDetailsToolCallsFileSearchResultObject,
    )
    from .run_step_details_tool_calls_file_search_result_object_content_item import (
        RunStepDetailsToolCallsFileSearchResultObjectContentItem as RunStepDetailsToolCallsFileSearchResultObjectContentItem,
    )
    from .run_step_details_tool_calls_function_object import (
        RunStepDetailsToolCallsFunctionObject as RunStepDetailsToolCallsFunctionObject,
    )
    from .run_step_details_tool_calls_function_object_function import (
        RunStepDetailsToolCallsFunctionObjectFunction as RunStepDetailsToolCallsFunctionObjectFunction,
    )
    from .run_step_details_tool_calls_object import (
        RunStepDetailsToolCallsObject as RunStepDetailsToolCallsObject,
    )
    from .run_step_details_tool_calls_object_tool_calls_item import (
        RunStepDetailsToolCallsObjectToolCallsItem as RunStepDetailsToolCallsObjectToolCallsItem,
    )
    from .run_step_object import RunStepObject as RunStepObject
    from .run_step_object_last_error_variant1 import (
        RunStepObjectLastErrorVariant1 as RunStepObjectLastErrorVariant1,
    )
    from .run_step_object_step_details import RunStepObjectStepDetails as RunStepObjectStepDetails
    from .run_step_stream_event import RunStepStreamEvent as RunStepStreamEvent
    from .run_step_stream_event_thread_run_step_cancelled import (
        RunStepStreamEventThreadRunStepCancelled as RunStepStreamEventThreadRunStepCancelled,
    )
    from .run_step_stream_event_thread_run_step_completed import (
        RunStepStreamEventThreadRunStepCompleted as RunStepStreamEventThreadRunStepCompleted,
    )
    from .run_step_stream_event_thread_run_step_created import (
        RunStepStreamEventThreadRunStepCreated as RunStepStreamEventThreadRunStepCreated,
    )
    from .run_step_stream_event_thread_run_step_delta import (
        RunStepStreamEventThreadRunStepDelta as RunStepStreamEventThreadRunStepDelta,
    )
    from .run_step_stream_event_thread_run_step_expired import (
        RunStepStreamEventThreadRunStepExpired as RunStepStreamEventThreadRunStepExpired,
    )
    from .run_step_stream_event_thread_run_step_failed import (
        RunStepStreamEventThreadRunStepFailed as RunStepStreamEventThreadRunStepFailed,
    )
    from .run_step_stream_event_thread_run_step_in_progress import (
        RunStepStreamEventThreadRunStepInProgress as RunStepStreamEventThreadRunStepInProgress,
    )
    from .run_stream_event import RunStreamEvent as RunStreamEvent
    from .run_stream_event_thread_run_cancelled import (
        RunStreamEventThreadRunCancelled as RunStreamEventThreadRunCancelled,
    )
    from .run_stream_event_thread_run_cancelling import (
        RunStreamEventThreadRunCancelling as RunStreamEventThreadRunCancelling,
    )
    from .run_stream_event_thread_run_completed import (
        RunStreamEventThreadRunCompleted as RunStreamEventThreadRunCompleted,
    )
    from .run_stream_event_thread_run_created import (
        RunStreamEventThreadRunCreated as RunStreamEventThreadRunCreated,
    )
    from .run_stream_event_thread_run_expired import (
        RunStreamEventThreadRunExpired as RunStreamEventThreadRunExpired,
    )
    from .run_stream_event_thread_run_failed import (
        RunStreamEventThreadRunFailed as RunStreamEventThreadRunFailed,
    )
    from .run_stream_event_thread_run_in_progress import (
        RunStreamEventThreadRunInProgress as RunStreamEventThreadRunInProgress,
    )
    from .run_stream_event_thread_run_incomplete import (
        RunStreamEventThreadRunIncomplete as RunStreamEventThreadRunIncomplete,
    )
    from .run_stream_event_thread_run_queued import (
        RunStreamEventThreadRunQueued as RunStreamEventThreadRunQueued,
    )
    from .run_stream_event_thread_run_requires_action import (
        RunStreamEventThreadRunRequiresAction as RunStreamEventThreadRunRequiresAction,
    )
    from .run_tool_call_object import RunToolCallObject as RunToolCallObject
    from .run_tool_call_object_function import (
        RunToolCallObjectFunction as RunToolCallObjectFunction,
    )
    from .screenshot_param import (
        ScreenshotParam as ScreenshotParam,
        ScreenshotParamParam as ScreenshotParamParam,
    )
    from .scroll_param import ScrollParam as ScrollParam, ScrollParamParam as ScrollParamParam
    from .search_content_type import SearchContentType as SearchContentType
    from .search_context_size import SearchContextSize as SearchContextSize
    from .service_tier import ServiceTier as ServiceTier
    from .service_tier_enum import ServiceTierEnum as ServiceTierEnum
    from .set_default_skill_version_body import (
        SetDefaultSkillVersionBody as SetDefaultSkillVersionBody,
        SetDefaultSkillVersionBodyParam as SetDefaultSkillVersionBodyParam,
    )
    from .skill_list_resource import SkillListResource as SkillListResource
    from .skill_reference_param import (
        SkillReferenceParam as SkillReferenceParam,
        SkillReferenceParamParam as SkillReferenceParamParam,
    )
    from .skill_resource import SkillResource as SkillResource
    from .skill_version_list_resource import SkillVersionListResource as SkillVersionListResource
    from .skill_version_resource import SkillVersionResource as SkillVersionResource
    from .specific_apply_patch_param import (
        SpecificApplyPatchParam as SpecificApplyPatchParam,
        SpecificApplyPatchParamParam as SpecificApplyPatchParamParam,
    )
    from .specific_function_shell_param import (
        SpecificFunctionShellParam as SpecificFunctionShellParam,
        SpecificFunctionShellParamParam as SpecificFunctionShellParamParam,
    )
    from .speech_audio_delta_event import SpeechAudioDeltaEvent as SpeechAudioDeltaEvent
    from .speech_audio_done_event import SpeechAudioDoneEvent as SpeechAudioDoneEvent
    from .speech_audio_done_event_usage import (
        SpeechAudioDoneEventUsage as SpeechAudioDoneEventUsage,
    )
    from .spend_alert_notification_channel import (
        SpendAlertNotificationChannel as SpendAlertNotificationChannel,
        SpendAlertNotificationChannelParam as SpendAlertNotificationChannelParam,
    )
    from .static_chunking_strategy import (
        StaticChunkingStrategy as StaticChunkingStrategy,
        StaticChunkingStrategyParam as StaticChunkingStrategyParam,
    )
    from .static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam as StaticChunkingStrategyRequestParam,
        StaticChunkingStrategyRequestParamParam as StaticChunkingStrategyRequestParamParam,
    )
    from .static_chunking_strategy_response_param import (
        StaticChunkingStrategyResponseParam as StaticChunkingStrategyResponseParam,
    )
    from .stop_configuration import StopConfiguration as StopConfiguration
    from .submit_tool_outputs_run_request import (
        SubmitToolOutputsRunRequest as SubmitToolOutputsRunRequest,
        SubmitToolOutputsRunRequestParam as SubmitToolOutputsRunRequestParam,
    )
    from .submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem as SubmitToolOutputsRunRequestToolOutputsItem,
        SubmitToolOutputsRunRequestToolOutputsItemParam as SubmitToolOutputsRunRequestToolOutputsItemParam,
    )
    from .summary_text_content import (
        SummaryTextContent as SummaryTextContent,
        SummaryTextContentParam as SummaryTextContentParam,
    )
    from .task_group_item import TaskGroupItem as TaskGroupItem
    from .task_group_task import TaskGroupTask as TaskGroupTask
    from .task_item import TaskItem as TaskItem
    from .task_type import TaskType as TaskType
    from .text_content import TextContent as TextContent
    from .text_response_format_configuration import (
        TextResponseFormatConfiguration as TextResponseFormatConfiguration,
        TextResponseFormatConfigurationParam as TextResponseFormatConfigurationParam,
    )
    from .text_response_format_json_schema import (
        TextResponseFormatJsonSchema as TextResponseFormatJsonSchema,
        TextResponseFormatJsonSchemaParam as TextResponseFormatJsonSchemaParam,
    )
    from .thread_item import ThreadItem as ThreadItem
    from .thread_item_list_resource import ThreadItemListResource as ThreadItemListResource
    from .thread_list_resource import ThreadListResource as ThreadListResource
    from .thread_object import ThreadObject as ThreadObject
    from .thread_object_tool_resources_variant1 import (
        ThreadObjectToolResourcesVariant1 as ThreadObjectToolResourcesVariant1,
    )
    from .thread_object_tool_resources_variant1_code_interpreter import (
        ThreadObjectToolResourcesVariant1CodeInterpreter as ThreadObjectToolResourcesVariant1CodeInterpreter,
    )
    from .thread_object_tool_resources_variant1_file_search import (
        ThreadObjectToolResourcesVariant1FileSearch as ThreadObjectToolResourcesVariant1FileSearch,
    )
    from .thread_resource import ThreadResource as ThreadResource
    from .thread_resource_status import ThreadResourceStatus as ThreadResourceStatus
    from .thread_stream_event import ThreadStreamEvent as ThreadStreamEvent
    from .thread_stream_event_variant1 import ThreadStreamEventVariant1 as ThreadStreamEventVariant1
    from .toggle_certificates_request import (
        ToggleCertificatesRequest as ToggleCertificatesRequest,
        ToggleCertificatesRequestParam as ToggleCertificatesRequestParam,
    )
    from .token_counts_body import (
        TokenCountsBody as TokenCountsBody,
        TokenCountsBodyParam as TokenCountsBodyParam,
    )
    from .token_counts_resource import TokenCountsResource as TokenCountsResource
    from .tool import Tool as Tool, ToolParam as ToolParam
    from .tool_choice import ToolChoice as ToolChoice
    from .tool_choice_allowed import (
        ToolChoiceAllowed as ToolChoiceAllowed,
        ToolChoiceAllowedParam as ToolChoiceAllowedParam,
    )
    from .tool_choice_custom import (
        ToolChoiceCustom as ToolChoiceCustom,
        ToolChoiceCustomParam as ToolChoiceCustomParam,
    )
    from .tool_choice_function import (
        ToolChoiceFunction as ToolChoiceFunction,
        ToolChoiceFunctionParam as ToolChoiceFunctionParam,
    )
    from .tool_choice_mcp import (
        ToolChoiceMCP as ToolChoiceMCP,
        ToolChoiceMCPParam as ToolChoiceMCPParam,
    )
    from .tool_choice_options import ToolChoiceOptions as ToolChoiceOptions
    from .tool_choice_param import (
        ToolChoiceParam as ToolChoiceParam,
        ToolChoiceParamParam as ToolChoiceParamParam,
    )
    from .tool_choice_types import (
        ToolChoiceTypes as ToolChoiceTypes,
        ToolChoiceTypesParam as ToolChoiceTypesParam,
    )
    from .tool_search_call import ToolSearchCall as ToolSearchCall
    from .tool_search_call_item_param import (
        ToolSearchCallItemParam as ToolSearchCallItemParam,
        ToolSearchCallItemParamParam as ToolSearchCallItemParamParam,
    )
    from .tool_search_execution_type import ToolSearchExecutionType as ToolSearchExecutionType
    from .tool_search_output import ToolSearchOutput as ToolSearchOutput
    from .tool_search_output_item_param import (
        ToolSearchOutputItemParam as ToolSearchOutputItemParam,
        ToolSearchOutputItemParamParam as ToolSearchOutputItemParamParam,
    )
    from .tool_search_tool_param import (
        ToolSearchToolParam as ToolSearchToolParam,
        ToolSearchToolParamParam as ToolSearchToolParamParam,
    )
    from .tools_array import ToolsArray as ToolsArray, ToolsArrayParam as ToolsArrayParam
    from .top_log_prob import TopLogProb as TopLogProb, TopLogProbParam as TopLogProbParam
    from .transcript_text_delta_event import TranscriptTextDeltaEvent as TranscriptTextDeltaEvent
    from .transcript_text_delta_event_logprobs_item import (
        TranscriptTextDeltaEventLogprobsItem as TranscriptTextDeltaEventLogprobsItem,
    )
    from .transcript_text_done_event import TranscriptTextDoneEvent as TranscriptTextDoneEvent
    from .transcript_text_done_event_logprobs_item import (
        TranscriptTextDoneEventLogprobsItem as TranscriptTextDoneEventLogprobsItem,
    )
    from .transcript_text_segment_event import (
        TranscriptTextSegmentEvent as TranscriptTextSegmentEvent,
    )
    from .transcript_text_usage_duration import (
        TranscriptTextUsageDuration as TranscriptTextUsageDuration,
    )
    from .transcript_text_usage_tokens import TranscriptTextUsageTokens as TranscriptTextUsageTokens
    from .transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails as TranscriptTextUsageTokensInputTokenDetails,
    )
    from .transcription_chunking_strategy import (
        TranscriptionChunkingStrategy as TranscriptionChunkingStrategy,
    )
    from .transcription_diarized_segment import (
        TranscriptionDiarizedSegment as TranscriptionDiarizedSegment,
    )
    from .transcription_include import TranscriptionInclude as TranscriptionInclude
    from .transcription_segment import TranscriptionSegment as TranscriptionSegment
    from .transcription_word import TranscriptionWord as TranscriptionWord
    from .truncation_enum import TruncationEnum as TruncationEnum
    from .truncation_object import (
        TruncationObject as TruncationObject,
        TruncationObjectParam as TruncationObjectParam,
    )
    from .type_param import TypeParam as TypeParam, TypeParamParam as TypeParamParam
    from .update_chat_completion_request import (
        UpdateChatCompletionRequest as UpdateChatCompletionRequest,
        UpdateChatCompletionRequestParam as UpdateChatCompletionRequestParam,
    )
    from .update_conversation_body import (
        UpdateConversationBody as UpdateConversationBody,
        UpdateConversationBodyParam as UpdateConversationBodyParam,
    )
    from .update_eval_request import (
        UpdateEvalRequest as UpdateEvalRequest,
        UpdateEvalRequestParam as UpdateEvalRequestParam,
    )
    from .update_group_body import (
        UpdateGroupBody as UpdateGroupBody,
        UpdateGroupBodyParam as UpdateGroupBodyParam,
    )
    from .update_organization_data_retention_body import (
        UpdateOrganizationDataRetentionBody as UpdateOrganizationDataRetentionBody,
        UpdateOrganizationDataRetentionBodyParam as UpdateOrganizationDataRetentionBodyParam,
    )
    from .update_project_data_retention_body import (
        UpdateProjectDataRetentionBody as UpdateProjectDataRetentionBody,
        UpdateProjectDataRetentionBodyParam as UpdateProjectDataRetentionBodyParam,
    )
    from .update_project_service_account_body import (
        UpdateProjectServiceAccountBody as UpdateProjectServiceAccountBody,
        UpdateProjectServiceAccountBodyParam as UpdateProjectServiceAccountBodyParam,
    )
    from .update_vector_store_file_attributes_request import (
        UpdateVectorStoreFileAttributesRequest as UpdateVectorStoreFileAttributesRequest,
        UpdateVectorStoreFileAttributesRequestParam as UpdateVectorStoreFileAttributesRequestParam,
    )
    from .update_vector_store_request import (
        UpdateVectorStoreRequest as UpdateVectorStoreRequest,
        UpdateVectorStoreRequestParam as UpdateVectorStoreRequestParam,
    )
    from .update_voice_consent_request import (
        UpdateVoiceConsentRequest as UpdateVoiceConsentRequest,
        UpdateVoiceConsentRequestParam as UpdateVoiceConsentRequestParam,
    )
    from .upload import Upload as Upload
    from .upload_certificate_request import (
        UploadCertificateRequest as UploadCertificateRequest,
        UploadCertificateRequestParam as UploadCertificateRequestParam,
    )
    from .upload_part import UploadPart as UploadPart
    from .url_annotation import UrlAnnotation as UrlAnnotation
    from .url_annotation_source import UrlAnnotationSource as UrlAnnotationSource
    from .url_citation_body import (
        UrlCitationBody as UrlCitationBody,
        UrlCitationBodyParam as UrlCitationBodyParam,
    )
    from .usage_audio_speeches_result import UsageAudioSpeechesResult as UsageAudioSpeechesResult
    from .usage_audio_transcriptions_result import (
        UsageAudioTranscriptionsResult as UsageAudioTranscriptionsResult,
    )
    from .usage_code_interpreter_sessions_result import (
        UsageCodeInterpreterSessionsResult as UsageCodeInterpreterSessionsResult,
    )
    from .usage_completions_result import UsageCompletionsResult as UsageCompletionsResult
    from .usage_embeddings_result import UsageEmbeddingsResult as UsageEmbeddingsResult
    from .usage_file_search_calls_result import (
        UsageFileSearchCallsResult as UsageFileSearchCallsResult,
    )
    from .usage_images_result import UsageImagesResult as UsageImagesResult
    from .usage_moderations_result import UsageModerationsResult as UsageModerationsResult
    from .usage_response import UsageResponse as UsageResponse
    from .usage_time_bucket import UsageTimeBucket as UsageTimeBucket
    from .usage_time_bucket_results_item import (
        UsageTimeBucketResultsItem as UsageTimeBucketResultsItem,
    )
    from .usage_vector_stores_result import UsageVectorStoresResult as UsageVectorStoresResult
    from .usage_web_search_calls_result import (
        UsageWebSearchCallsResult as UsageWebSearchCallsResult,
    )
    from .user import User as User
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from .user_list_resource import UserListResource as UserListResource
    from .user_list_response import UserListResponse as UserListResponse
    from .user_message_input_text import UserMessageInputText as UserMessageInputText
    from .user_message_item import UserMessageItem as UserMessageItem
    from .user_message_item_content_item import (
        UserMessageItemContentItem as UserMessageItemContentItem,
    )
    from .user_message_quoted_text import UserMessageQuotedText as UserMessageQuotedText
    from .user_projects_variant1 import UserProjectsVariant1 as UserProjectsVariant1
    from .user_projects_variant1_data_item import (
        UserProjectsVariant1DataItem as UserProjectsVariant1DataItem,
    )
    from .user_role_assignment import UserRoleAssignment as UserRoleAssignment
    from .user_role_update_request import (
        UserRoleUpdateRequest as UserRoleUpdateRequest,
        UserRoleUpdateRequestParam as UserRoleUpdateRequestParam,
    )
    from .user_user import UserUser as UserUser
    from .vad_config import VadConfig as VadConfig, VadConfigParam as VadConfigParam
    from .validate_grader_request import (
        ValidateGraderRequest as ValidateGraderRequest,
        ValidateGraderRequestParam as ValidateGraderRequestParam,
    )
    from .validate_grader_request_grader import (
        ValidateGraderRequestGrader as ValidateGraderRequestGrader,
        ValidateGraderRequestGraderParam as ValidateGraderRequestGraderParam,
    )
    from .validate_grader_response import ValidateGraderResponse as ValidateGraderResponse
    from .validate_grader_response_grader import (
        ValidateGraderResponseGrader as ValidateGraderResponseGrader,
    )
    from .vector_store_expiration_after import (
        VectorStoreExpirationAfter as VectorStoreExpirationAfter,
        VectorStoreExpirationAfterParam as VectorStoreExpirationAfterParam,
    )
    from .vector_store_file_attributes import VectorStoreFileAttributes as VectorStoreFileAttributes
    from .vector_store_file_batch_object import (
        VectorStoreFileBatchObject as VectorStoreFileBatchObject,
    )
    from .vector_store_file_batch_object_file_counts import (
        VectorStoreFileBatchObjectFileCounts as VectorStoreFileBatchObjectFileCounts,
    )
    from .vector_store_file_content_response import (
        VectorStoreFileContentResponse as VectorStoreFileContentResponse,
    )
    from .vector_store_file_content_response_data_item import (
        VectorStoreFileContentResponseDataItem as VectorStoreFileContentResponseDataItem,
    )
    from .vector_store_file_object import VectorStoreFileObject as VectorStoreFileObject
    from .vector_store_file_object_chunking_strategy import (
        VectorStoreFileObjectChunkingStrategy as VectorStoreFileObjectChunkingStrategy,
    )
    from .vector_store_file_object_last_error_variant1 import (
        VectorStoreFileObjectLastErrorVariant1 as VectorStoreFileObjectLastErrorVariant1,
    )
    from .vector_store_object import VectorStoreObject as VectorStoreObject
    from .vector_store_object_file_counts import (
        VectorStoreObjectFileCounts as VectorStoreObjectFileCounts,
    )
    from .vector_store_search_request import (
        VectorStoreSearchRequest as VectorStoreSearchRequest,
        VectorStoreSearchRequestParam as VectorStoreSearchRequestParam,
    )
    from .vector_store_search_request_filters import (
        VectorStoreSearchRequestFilters as VectorStoreSearchRequestFilters,
        VectorStoreSearchRequestFiltersParam as VectorStoreSearchRequestFiltersParam,
    )
    from .vector_store_search_request_ranking_options import (
        VectorStoreSearchRequestRankingOptions as VectorStoreSearchRequestRankingOptions,
        VectorStoreSearchRequestRankingOptionsParam as VectorStoreSearchRequestRankingOptionsParam,
    )
    from .vector_store_search_result_content_object import (
        VectorStoreSearchResultContentObject as VectorStoreSearchResultContentObject,
    )
    from .vector_store_search_result_item import (
        VectorStoreSearchResultItem as VectorStoreSearchResultItem,
    )
    from .vector_store_search_results_page import (
        VectorStoreSearchResultsPage as VectorStoreSearchResultsPage,
    )
    from .verbosity import Verbosity as Verbosity
    from .video_character_resource import VideoCharacterResource as VideoCharacterResource
    from .video_content_variant import VideoContentVariant as VideoContentVariant
    from .video_list_resource import VideoListResource as VideoListResource
    from .video_model import VideoModel as VideoModel
    from .video_reference_input_param import (
        VideoReferenceInputParam as VideoReferenceInputParam,
        VideoReferenceInputParamParam as VideoReferenceInputParamParam,
    )
    from .video_resource import VideoResource as VideoResource
    from .video_seconds import VideoSeconds as VideoSeconds
    from .video_size import VideoSize as VideoSize
    from .video_status import VideoStatus as VideoStatus
    from .voice_consent_deleted_resource import (
        VoiceConsentDeletedResource as VoiceConsentDeletedResource,
    )
    from .voice_consent_list_resource import VoiceConsentListResource as VoiceConsentListResource
    from .voice_consent_resource import VoiceConsentResource as VoiceConsentResource
    from .voice_ids_or_custom_voice import (
        VoiceIdsOrCustomVoice as VoiceIdsOrCustomVoice,
        VoiceIdsOrCustomVoiceParam as VoiceIdsOrCustomVoiceParam,
    )
    from .voice_ids_or_custom_voice_variant2 import (
        VoiceIdsOrCustomVoiceVariant2 as VoiceIdsOrCustomVoiceVariant2,
        VoiceIdsOrCustomVoiceVariant2Param as VoiceIdsOrCustomVoiceVariant2Param,
    )
    from .voice_ids_shared import VoiceIdsShared as VoiceIdsShared
    from .voice_resource import VoiceResource as VoiceResource
    from .wait_param import WaitParam as WaitParam, WaitParamParam as WaitParamParam
    from .web_search_action_find import (
        WebSearchActionFind as WebSearchActionFind,
        WebSearchActionFindParam as WebSearchActionFindParam,
    )
    from .web_search_action_open_page import (
        WebSearchActionOpenPage as WebSearchActionOpenPage,
        WebSearchActionOpenPageParam as WebSearchActionOpenPageParam,
    )
    from .web_search_action_search import (
        WebSearchActionSearch as WebSearchActionSearch,
        WebSearchActionSearchParam as WebSearchActionSearchParam,
    )
    from .web_search_action_search_sources_item import (
        WebSearchActionSearchSourcesItem as WebSearchActionSearchSourcesItem,
        WebSearchActionSearchSourcesItemParam as WebSearchActionSearchSourcesItemParam,
    )
    from .web_search_approximate_location import (
        WebSearchApproximateLocation as WebSearchApproximateLocation,
        WebSearchApproximateLocationParam as WebSearchApproximateLocationParam,
    )
    from .web_search_approximate_location_web_search_approximate_location import (
        WebSearchApproximateLocationWebSearchApproximateLocation as WebSearchApproximateLocationWebSearchApproximateLocation,
        WebSearchApproximateLocationWebSearchApproximateLocationParam as WebSearchApproximateLocationWebSearchApproximateLocationParam,
    )
    from .web_search_context_size import WebSearchContextSize as WebSearchContextSize
    from .web_search_location import (
        WebSearchLocation as WebSearchLocation,
        WebSearchLocationParam as WebSearchLocationParam,
    )
    from .web_search_preview_tool import (
        WebSearchPreviewTool as WebSearchPreviewTool,
        WebSearchPreviewToolParam as WebSearchPreviewToolParam,
    )
    from .web_search_tool import (
        WebSearchTool as WebSearchTool,
        WebSearchToolParam as WebSearchToolParam,
    )
    from .web_search_tool_call import (
        WebSearchToolCall as WebSearchToolCall,
        WebSearchToolCallParam as WebSearchToolCallParam,
    )
    from .web_search_tool_call_action import (
        WebSearchToolCallAction as WebSearchToolCallAction,
        WebSearchToolCallActionParam as WebSearchToolCallActionParam,
    )
    from .web_search_tool_filters_variant1 import (
        WebSearchToolFiltersVariant1 as WebSearchToolFiltersVariant1,
        WebSearchToolFiltersVariant1Param as WebSearchToolFiltersVariant1Param,
    )
    from .webhook_batch_cancelled import WebhookBatchCancelled as WebhookBatchCancelled
    from .webhook_batch_cancelled_data import WebhookBatchCancelledData as WebhookBatchCancelledData
    from .webhook_batch_completed import WebhookBatchCompleted as WebhookBatchCompleted
    from .webhook_batch_completed_data import WebhookBatchCompletedData as WebhookBatchCompletedData
    from .webhook_batch_expired import WebhookBatchExpired as WebhookBatchExpired
    from .webhook_batch_expired_data import WebhookBatchExpiredData as WebhookBatchExpiredData
    from .webhook_batch_failed import WebhookBatchFailed as WebhookBatchFailed
    from .webhook_batch_failed_data import WebhookBatchFailedData as WebhookBatchFailedData
    from .webhook_eval_run_canceled import WebhookEvalRunCanceled as WebhookEvalRunCanceled
    from .webhook_eval_run_canceled_data import (
        WebhookEvalRunCanceledData as WebhookEvalRunCanceledData,
    )
    from .webhook_eval_run_failed import WebhookEvalRunFailed as WebhookEvalRunFailed
    from .webhook_eval_run_failed_data import WebhookEvalRunFailedData as WebhookEvalRunFailedData
    from .webhook_eval_run_succeeded import WebhookEvalRunSucceeded as WebhookEvalRunSucceeded
    from .webhook_eval_run_succeeded_data import (
        WebhookEvalRunSucceededData as WebhookEvalRunSucceededData,
    )
    from .webhook_event import WebhookEvent as WebhookEvent
    from .webhook_fine_tuning_job_cancelled import (
        WebhookFineTuningJobCancelled as WebhookFineTuningJobCancelled,
    )
    from .webhook_fine_tuning_job_cancelled_data import (
        WebhookFineTuningJobCancelledData as WebhookFineTuningJobCancelledData,
    )
    from .webhook_fine_tuning_job_failed import (
        WebhookFineTuningJobFailed as WebhookFineTuningJobFailed,
    )
    from .webhook_fine_tuning_job_failed_data import (
        WebhookFineTuningJobFailedData as WebhookFineTuningJobFailedData,
    )
    from .webhook_fine_tuning_job_succeeded import (
        WebhookFineTuningJobSucceeded as WebhookFineTuningJobSucceeded,
    )
    from .webhook_fine_tuning_job_succeeded_data import (
        WebhookFineTuningJobSucceededData as WebhookFineTuningJobSucceededData,
    )
    from .webhook_realtime_call_incoming import (
        WebhookRealtimeCallIncoming as WebhookRealtimeCallIncoming,
    )
    from .webhook_realtime_call_incoming_data import (
        WebhookRealtimeCallIncomingData as WebhookRealtimeCallIncomingData,
    )
    from .webhook_realtime_call_incoming_data_sip_headers_item import (
        WebhookRealtimeCallIncomingDataSipHeadersItem as WebhookRealtimeCallIncomingDataSipHeadersItem,
    )
    from .webhook_response_cancelled import WebhookResponseCancelled as WebhookResponseCancelled
    from .webhook_response_cancelled_data import (
        WebhookResponseCancelledData as WebhookResponseCancelledData,
    )
    from .webhook_response_completed import WebhookResponseCompleted as WebhookResponseCompleted
    from .webhook_response_completed_data import (
        WebhookResponseCompletedData as WebhookResponseCompletedData,
    )
    from .webhook_response_failed import WebhookResponseFailed as WebhookResponseFailed
    from .webhook_response_failed_data import WebhookResponseFailedData as WebhookResponseFailedData
    from .webhook_response_incomplete import WebhookResponseIncomplete as WebhookResponseIncomplete
    from .webhook_response_incomplete_data import (
        WebhookResponseIncompleteData as WebhookResponseIncompleteData,
    )
    from .widget_message_item import WidgetMessageItem as WidgetMessageItem
    from .workflow_param import (
        WorkflowParam as WorkflowParam,
        WorkflowParamParam as WorkflowParamParam,
    )
    from .workflow_tracing_param import (
        WorkflowTracingParam as WorkflowTracingParam,
        WorkflowTracingParamParam as WorkflowTracingParamParam,
    )

_MODULES: dict[str, str] = {
    "ActiveStatus": "active_status",
    "AddUploadPartRequest": "add_upload_part_request",
    "AdminApiKey": "admin_api_key",
    "AdminApiKeyCreateResponse": "admin_api_key_create_response",
    "AdminApiKeyOwner": "admin_api_key_owner",
    "AdminApiKeysCreateRequest": "admin_api_keys_create_request",
    "AdminApiKeysCreateRequestParam": "admin_api_keys_create_request",
    "AdminApiKeysDeleteResponse": "admin_api_keys_delete_response",
    "Annotation": "annotation",
    "AnnotationParam": "annotation",
    "ApiKeyList": "api_key_list",
    "ApplyPatchCallOutputStatus": "apply_patch_call_output_status",
    "ApplyPatchCallOutputStatusParam": "apply_patch_call_output_status_param",
    "ApplyPatchCallStatus": "apply_patch_call_status",
    "ApplyPatchCallStatusParam": "apply_patch_call_status_param",
    "ApplyPatchCreateFileOperation": "apply_patch_create_file_operation",
    "ApplyPatchCreateFileOperationParam": "apply_patch_create_file_operation_param",
    "ApplyPatchCreateFileOperationParamParam": "apply_patch_create_file_operation_param",
    "ApplyPatchDeleteFileOperation": "apply_patch_delete_file_operation",
    "ApplyPatchDeleteFileOperationParam": "apply_patch_delete_file_operation_param",
    "ApplyPatchDeleteFileOperationParamParam": "apply_patch_delete_file_operation_param",
    "ApplyPatchOperationParam": "apply_patch_operation_param",
    "ApplyPatchOperationParamParam": "apply_patch_operation_param",
    "ApplyPatchToolCall": "apply_patch_tool_call",
    "ApplyPatchToolCallItemParam": "apply_patch_tool_call_item_param",
    "ApplyPatchToolCallItemParamParam": "apply_patch_tool_call_item_param",
    "ApplyPatchToolCallOperation": "apply_patch_tool_call_operation",
    "ApplyPatchToolCallOutput": "apply_patch_tool_call_output",
    "ApplyPatchToolCallOutputItemParam": "apply_patch_tool_call_output_item_param",
    "ApplyPatchToolCallOutputItemParamParam": "apply_patch_tool_call_output_item_param",
    "ApplyPatchToolParam": "apply_patch_tool_param",
    "ApplyPatchToolParamParam": "apply_patch_tool_param",
    "ApplyPatchUpdateFileOperation": "apply_patch_update_file_operation",
    "ApplyPatchUpdateFileOperationParam": "apply_patch_update_file_operation_param",
    "ApplyPatchUpdateFileOperationParamParam": "apply_patch_update_file_operation_param",
    "ApproximateLocation": "approximate_location",
    "ApproximateLocationParam": "approximate_location",
    "AssignedRoleDetails": "assigned_role_details",
    "AssignedRoleDetailsAssignmentSourcesArrayItem": "assigned_role_details_assignment_sources_array_item",
    "AssistantMessageItem": "assistant_message_item",
    "AssistantObject": "assistant_object",
    "AssistantObjectToolResourcesVariant1": "assistant_object_tool_resources_variant1",
    "AssistantObjectToolResourcesVariant1CodeInterpreter": "assistant_object_tool_resources_variant1_code_interpreter",
    "AssistantObjectToolResourcesVariant1FileSearch": "assistant_object_tool_resources_variant1_file_search",
    "AssistantObjectToolsItem": "assistant_object_tools_item",
    "AssistantStreamEvent": "assistant_stream_event",
    "AssistantSupportedModels": "assistant_supported_models",
    "AssistantToolsCode": "assistant_tools_code",
    "AssistantToolsCodeParam": "assistant_tools_code",
    "AssistantToolsFileSearch": "assistant_tools_file_search",
    "AssistantToolsFileSearchParam": "assistant_tools_file_search",
    "AssistantToolsFileSearchFileSearch": "assistant_tools_file_search_file_search",
    "AssistantToolsFileSearchFileSearchParam": "assistant_tools_file_search_file_search",
    "AssistantToolsFileSearchTypeOnly": "assistant_tools_file_search_type_only",
    "AssistantToolsFileSearchTypeOnlyParam": "assistant_tools_file_search_type_only",
    "AssistantToolsFunction": "assistant_tools_function",
    "AssistantToolsFunctionParam": "assistant_tools_function",
    "AssistantsApiResponseFormatOption": "assistants_api_response_format_option",
    "AssistantsApiResponseFormatOptionParam": "assistants_api_response_format_option",
    "AssistantsApiToolChoiceOption": "assistants_api_tool_choice_option",
    "AssistantsApiToolChoiceOptionParam": "assistants_api_tool_choice_option",
    "AssistantsNamedToolChoice": "assistants_named_tool_choice",
    "AssistantsNamedToolChoiceParam": "assistants_named_tool_choice",
    "AssistantsNamedToolChoiceFunction": "assistants_named_tool_choice_function",
    "AssistantsNamedToolChoiceFunctionParam": "assistants_named_tool_choice_function",
    "Attachment": "attachment",
    "AttachmentType": "attachment_type",
    "AudioResponseFormat": "audio_response_format",
    "AudioTranscription": "audio_transcription",
    "AudioTranscriptionParam": "audio_transcription",
    "AudioTranscriptionResponse": "audio_transcription_response",
    "AuditLog": "audit_log",
    "AuditLogActor": "audit_log_actor",
    "AuditLogActorApiKey": "audit_log_actor_api_key",
    "AuditLogActorServiceAccount": "audit_log_actor_service_account",
    "AuditLogActorSession": "audit_log_actor_session",
    "AuditLogActorUser": "audit_log_actor_user",
    "AuditLogApiKeyCreated": "audit_log_api_key_created",
    "AuditLogApiKeyCreatedData": "audit_log_api_key_created_data",
    "AuditLogApiKeyDeleted": "audit_log_api_key_deleted",
    "AuditLogApiKeyUpdated": "audit_log_api_key_updated",
    "AuditLogApiKeyUpdatedChangesRequested": "audit_log_api_key_updated_changes_requested",
    "AuditLogCertificateCreated": "audit_log_certificate_created",
    "AuditLogCertificateDeleted": "audit_log_certificate_deleted",
    "AuditLogCertificateUpdated": "audit_log_certificate_updated",
    "AuditLogCertificatesActivated": "audit_log_certificates_activated",
    "AuditLogCertificatesActivatedCertificatesItem": "audit_log_certificates_activated_certificates_item",
    "AuditLogCertificatesDeactivated": "audit_log_certificates_deactivated",
    "AuditLogCertificatesDeactivatedCertificatesItem": "audit_log_certificates_deactivated_certificates_item",
    "AuditLogCheckpointPermissionCreated": "audit_log_checkpoint_permission_created",
    "AuditLogCheckpointPermissionCreatedData": "audit_log_checkpoint_permission_created_data",
    "AuditLogCheckpointPermissionDeleted": "audit_log_checkpoint_permission_deleted",
    "AuditLogEventType": "audit_log_event_type",
    "AuditLogExternalKeyRegistered": "audit_log_external_key_registered",
    "AuditLogExternalKeyRemoved": "audit_log_external_key_removed",
    "AuditLogGroupCreated": "audit_log_group_created",
    "AuditLogGroupCreatedData": "audit_log_group_created_data",
    "AuditLogGroupDeleted": "audit_log_group_deleted",
    "AuditLogGroupUpdated": "audit_log_group_updated",
    "AuditLogGroupUpdatedChangesRequested": "audit_log_group_updated_changes_requested",
    "AuditLogInviteAccepted": "audit_log_invite_accepted",
    "AuditLogInviteDeleted": "audit_log_invite_deleted",
    "AuditLogInviteSent": "audit_log_invite_sent",
    "AuditLogInviteSentData": "audit_log_invite_sent_data",
    "AuditLogIpAllowlistConfigActivated": "audit_log_ip_allowlist_config_activated",
    "AuditLogIpAllowlistConfigActivatedConfigsItem": "audit_log_ip_allowlist_config_activated_configs_item",
    "AuditLogIpAllowlistConfigDeactivated": "audit_log_ip_allowlist_config_deactivated",
    "AuditLogIpAllowlistConfigDeactivatedConfigsItem": "audit_log_ip_allowlist_config_deactivated_configs_item",
    "AuditLogIpAllowlistCreated": "audit_log_ip_allowlist_created",
    "AuditLogIpAllowlistDeleted": "audit_log_ip_allowlist_deleted",
    "AuditLogIpAllowlistUpdated": "audit_log_ip_allowlist_updated",
    "AuditLogLoginFailed": "audit_log_login_failed",
    "AuditLogLogoutFailed": "audit_log_logout_failed",
    "AuditLogOrganizationUpdated": "audit_log_organization_updated",
    "AuditLogOrganizationUpdatedChangesRequested": "audit_log_organization_updated_changes_requested",
    "AuditLogProject": "audit_log_project",
    "AuditLogProjectArchived": "audit_log_project_archived",
    "AuditLogProjectCreated": "audit_log_project_created",
    "AuditLogProjectCreatedData": "audit_log_project_created_data",
    "AuditLogProjectDeleted": "audit_log_project_deleted",
    "AuditLogProjectUpdated": "audit_log_project_updated",
    "AuditLogProjectUpdatedChangesRequested": "audit_log_project_updated_changes_requested",
    "AuditLogRateLimitDeleted": "audit_log_rate_limit_deleted",
    "AuditLogRateLimitUpdated": "audit_log_rate_limit_updated",
    "AuditLogRateLimitUpdatedChangesRequested": "audit_log_rate_limit_updated_changes_requested",
    "AuditLogRoleAssignmentCreated": "audit_log_role_assignment_created",
    "AuditLogRoleAssignmentDeleted": "audit_log_role_assignment_deleted",
    "AuditLogRoleCreated": "audit_log_role_created",
    "AuditLogRoleDeleted": "audit_log_role_deleted",
    "AuditLogRoleUpdated": "audit_log_role_updated",
    "AuditLogRoleUpdatedChangesRequested": "audit_log_role_updated_changes_requested",
    "AuditLogScimDisabled": "audit_log_scim_disabled",
    "AuditLogScimEnabled": "audit_log_scim_enabled",
    "AuditLogServiceAccountCreated": "audit_log_service_account_created",
    "AuditLogServiceAccountCreatedData": "audit_log_service_account_created_data",
    "AuditLogServiceAccountDeleted": "audit_log_service_account_deleted",
    "AuditLogServiceAccountUpdated": "audit_log_service_account_updated",
    "AuditLogServiceAccountUpdatedChangesRequested": "audit_log_service_account_updated_changes_requested",
    "AuditLogUserAdded": "audit_log_user_added",
    "AuditLogUserAddedData": "audit_log_user_added_data",
    "AuditLogUserDeleted": "audit_log_user_deleted",
    "AuditLogUserUpdated": "audit_log_user_updated",
    "AuditLogUserUpdatedChangesRequested": "audit_log_user_updated_changes_requested",
    "AutoChunkingStrategyRequestParam": "auto_chunking_strategy_request_param",
    "AutoChunkingStrategyRequestParamParam": "auto_chunking_strategy_request_param",
    "AutoCodeInterpreterToolParam": "auto_code_interpreter_tool_param",
    "AutoCodeInterpreterToolParamParam": "auto_code_interpreter_tool_param",
    "AutoCodeInterpreterToolParamNetworkPolicy": "auto_code_interpreter_tool_param_network_policy",
    "AutoCodeInterpreterToolParamNetworkPolicyParam": "auto_code_interpreter_tool_param_network_policy",
    "AutomaticThreadTitlingParam": "automatic_thread_titling_param",
    "AutomaticThreadTitlingParamParam": "automatic_thread_titling_param",
    "Batch": "batch",
    "BatchErrors": "batch_errors",
    "BatchErrorsDataItem": "batch_errors_data_item",
    "BatchFileExpirationAfter": "batch_file_expiration_after",
    "BatchFileExpirationAfterParam": "batch_file_expiration_after",
    "BatchRequestCounts": "batch_request_counts",
    "BatchUsage": "batch_usage",
    "BatchUsageInputTokensDetails": "batch_usage_input_tokens_details",
    "BatchUsageOutputTokensDetails": "batch_usage_output_tokens_details",
    "Certificate": "certificate",
    "CertificateCertificateDetails": "certificate_certificate_details",
    "ChatCompletionAllowedTools": "chat_completion_allowed_tools",
    "ChatCompletionAllowedToolsParam": "chat_completion_allowed_tools",
    "ChatCompletionAllowedToolsChoice": "chat_completion_allowed_tools_choice",
    "ChatCompletionAllowedToolsChoiceParam": "chat_completion_allowed_tools_choice",
    "ChatCompletionDeleted": "chat_completion_deleted",
    "ChatCompletionFunctionCallOption": "chat_completion_function_call_option",
    "ChatCompletionFunctionCallOptionParam": "chat_completion_function_call_option",
    "ChatCompletionFunctions": "chat_completion_functions",
    "ChatCompletionFunctionsParam": "chat_completion_functions",
    "ChatCompletionList": "chat_completion_list",
    "ChatCompletionMessageCustomToolCall": "chat_completion_message_custom_tool_call",
    "ChatCompletionMessageCustomToolCallParam": "chat_completion_message_custom_tool_call",
    "ChatCompletionMessageCustomToolCallCustom": "chat_completion_message_custom_tool_call_custom",
    "ChatCompletionMessageCustomToolCallCustomParam": "chat_completion_message_custom_tool_call_custom",
    "ChatCompletionMessageList": "chat_completion_message_list",
    "ChatCompletionMessageListDataItem": "chat_completion_message_list_data_item",
    "ChatCompletionMessageListDataItemContentPartsArrayItem": "chat_completion_message_list_data_item_content_parts_array_item",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallParam": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": "chat_completion_message_tool_call_chunk",
    "ChatCompletionMessageToolCallChunkFunction": "chat_completion_message_tool_call_chunk_function",
    "ChatCompletionMessageToolCallFunction": "chat_completion_message_tool_call_function",
    "ChatCompletionMessageToolCallFunctionParam": "chat_completion_message_tool_call_function",
    "ChatCompletionMessageToolCalls": "chat_completion_message_tool_calls",
    "ChatCompletionMessageToolCallsParam": "chat_completion_message_tool_calls",
    "ChatCompletionMessageToolCallsItem": "chat_completion_message_tool_calls_item",
    "ChatCompletionMessageToolCallsItemParam": "chat_completion_message_tool_calls_item",
    "ChatCompletionModalities": "chat_completion_modalities",
    "ChatCompletionNamedToolChoice": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceParam": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceCustom": "chat_completion_named_tool_choice_custom",
    "ChatCompletionNamedToolChoiceCustomParam": "chat_completion_named_tool_choice_custom",
    "ChatCompletionNamedToolChoiceCustomCustom": "chat_completion_named_tool_choice_custom_custom",
    "ChatCompletionNamedToolChoiceCustomCustomParam": "chat_completion_named_tool_choice_custom_custom",
    "ChatCompletionNamedToolChoiceFunction": "chat_completion_named_tool_choice_function",
    "ChatCompletionNamedToolChoiceFunctionParam": "chat_completion_named_tool_choice_function",
    "ChatCompletionRequestAssistantMessage": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageParam": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageAudioVariant1": "chat_completion_request_assistant_message_audio_variant1",
    "ChatCompletionRequestAssistantMessageAudioVariant1Param": "chat_completion_request_assistant_message_audio_variant1",
    "ChatCompletionRequestAssistantMessageContentPart": "chat_completion_request_assistant_message_content_part",
    "ChatCompletionRequestAssistantMessageContentPartParam": "chat_completion_request_assistant_message_content_part",
    "ChatCompletionRequestAssistantMessageFunctionCallVariant1": "chat_completion_request_assistant_message_function_call_variant1",
    "ChatCompletionRequestAssistantMessageFunctionCallVariant1Param": "chat_completion_request_assistant_message_function_call_variant1",
    "ChatCompletionRequestDeveloperMessage": "chat_completion_request_developer_message",
    "ChatCompletionRequestDeveloperMessageParam": "chat_completion_request_developer_message",
    "ChatCompletionRequestFunctionMessage": "chat_completion_request_function_message",
    "ChatCompletionRequestFunctionMessageParam": "chat_completion_request_function_message",
    "ChatCompletionRequestMessage": "chat_completion_request_message",
    "ChatCompletionRequestMessageParam": "chat_completion_request_message",
    "ChatCompletionRequestMessageContentPartAudio": "chat_completion_request_message_content_part_audio",
    "ChatCompletionRequestMessageContentPartAudioParam": "chat_completion_request_message_content_part_audio",
    "ChatCompletionRequestMessageContentPartAudioInputAudio": "chat_completion_request_message_content_part_audio_input_audio",
    "ChatCompletionRequestMessageContentPartAudioInputAudioParam": "chat_completion_request_message_content_part_audio_input_audio",
    "ChatCompletionRequestMessageContentPartFile": "chat_completion_request_message_content_part_file",
    "ChatCompletionRequestMessageContentPartFileParam": "chat_completion_request_message_content_part_file",
    "ChatCompletionRequestMessageContentPartFileFile": "chat_completion_request_message_content_part_file_file",
    "ChatCompletionRequestMessageContentPartFileFileParam": "chat_completion_request_message_content_part_file_file",
    "ChatCompletionRequestMessageContentPartImage": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartImageParam": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartImageImageUrl": "chat_completion_request_message_content_part_image_image_url",
    "ChatCompletionRequestMessageContentPartImageImageUrlParam": "chat_completion_request_message_content_part_image_image_url",
    "ChatCompletionRequestMessageContentPartRefusal": "chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestMessageContentPartRefusalParam": "chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestMessageContentPartText": "chat_completion_request_message_content_part_text",
    "ChatCompletionRequestMessageContentPartTextParam": "chat_completion_request_message_content_part_text",
    "ChatCompletionRequestSystemMessage": "chat_completion_request_system_message",
    "ChatCompletionRequestSystemMessageParam": "chat_completion_request_system_message",
    "ChatCompletionRequestSystemMessageContentPart": "chat_completion_request_system_message_content_part",
    "ChatCompletionRequestSystemMessageContentPartParam": "chat_completion_request_system_message_content_part",
    "ChatCompletionRequestToolMessage": "chat_completion_request_tool_message",
    "ChatCompletionRequestToolMessageParam": "chat_completion_request_tool_message",
    "ChatCompletionRequestToolMessageContentPart": "chat_completion_request_tool_message_content_part",
    "ChatCompletionRequestToolMessageContentPartParam": "chat_completion_request_tool_message_content_part",
    "ChatCompletionRequestUserMessage": "chat_completion_request_user_message",
    "ChatCompletionRequestUserMessageParam": "chat_completion_request_user_message",
    "ChatCompletionRequestUserMessageContentPart": "chat_completion_request_user_message_content_part",
    "ChatCompletionRequestUserMessageContentPartParam": "chat_completion_request_user_message_content_part",
    "ChatCompletionResponseMessage": "chat_completion_response_message",
    "ChatCompletionResponseMessageAnnotationsItem": "chat_completion_response_message_annotations_item",
    "ChatCompletionResponseMessageAnnotationsItemUrlCitation": "chat_completion_response_message_annotations_item_url_citation",
    "ChatCompletionResponseMessageAudioVariant1": "chat_completion_response_message_audio_variant1",
    "ChatCompletionResponseMessageFunctionCall": "chat_completion_response_message_function_call",
    "ChatCompletionRole": "chat_completion_role",
    "ChatCompletionStreamOptions": "chat_completion_stream_options",
    "ChatCompletionStreamOptionsParam": "chat_completion_stream_options",
    "ChatCompletionStreamOptionsVariant1": "chat_completion_stream_options_variant1",
    "ChatCompletionStreamOptionsVariant1Param": "chat_completion_stream_options_variant1",
    "ChatCompletionStreamResponseDelta": "chat_completion_stream_response_delta",
    "ChatCompletionStreamResponseDeltaFunctionCall": "chat_completion_stream_response_delta_function_call",
    "ChatCompletionTokenLogprob": "chat_completion_token_logprob",
    "ChatCompletionTokenLogprobTopLogprobsItem": "chat_completion_token_logprob_top_logprobs_item",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolParam": "chat_completion_tool",
    "ChatCompletionToolChoiceOption": "chat_completion_tool_choice_option",
    "ChatCompletionToolChoiceOptionParam": "chat_completion_tool_choice_option",
    "ChatSessionAutomaticThreadTitling": "chat_session_automatic_thread_titling",
    "ChatSessionChatkitConfiguration": "chat_session_chatkit_configuration",
    "ChatSessionFileUpload": "chat_session_file_upload",
    "ChatSessionHistory": "chat_session_history",
    "ChatSessionRateLimits": "chat_session_rate_limits",
    "ChatSessionResource": "chat_session_resource",
    "ChatSessionStatus": "chat_session_status",
    "ChatkitConfigurationParam": "chatkit_configuration_param",
    "ChatkitConfigurationParamParam": "chatkit_configuration_param",
    "ChatkitWorkflow": "chatkit_workflow",
    "ChatkitWorkflowTracing": "chatkit_workflow_tracing",
    "ChunkingStrategyRequestParam": "chunking_strategy_request_param",
    "ChunkingStrategyRequestParamParam": "chunking_strategy_request_param",
    "ClickButtonType": "click_button_type",
    "ClickParam": "click_param",
    "ClickParamParam": "click_param",
    "ClientToolCallItem": "client_tool_call_item",
    "ClientToolCallStatus": "client_tool_call_status",
    "ClosedStatus": "closed_status",
    "CodeInterpreterFileOutput": "code_interpreter_file_output",
    "CodeInterpreterFileOutputFilesItem": "code_interpreter_file_output_files_item",
    "CodeInterpreterOutputImage": "code_interpreter_output_image",
    "CodeInterpreterOutputImageParam": "code_interpreter_output_image",
    "CodeInterpreterOutputLogs": "code_interpreter_output_logs",
    "CodeInterpreterOutputLogsParam": "code_interpreter_output_logs",
    "CodeInterpreterTextOutput": "code_interpreter_text_output",
    "CodeInterpreterTool": "code_interpreter_tool",
    "CodeInterpreterToolParam": "code_interpreter_tool",
    "CodeInterpreterToolCall": "code_interpreter_tool_call",
    "CodeInterpreterToolCallParam": "code_interpreter_tool_call",
    "CodeInterpreterToolCallOutputsArrayItem": "code_interpreter_tool_call_outputs_array_item",
    "CodeInterpreterToolCallOutputsArrayItemParam": "code_interpreter_tool_call_outputs_array_item",
    "CompactResource": "compact_resource",
    "CompactResponseMethodPublicBody": "compact_response_method_public_body",
    "CompactResponseMethodPublicBodyParam": "compact_response_method_public_body",
    "CompactionBody": "compaction_body",
    "CompactionSummaryItemParam": "compaction_summary_item_param",
    "CompactionSummaryItemParamParam": "compaction_summary_item_param",
    "CompactionTriggerItemParam": "compaction_trigger_item_param",
    "CompactionTriggerItemParamParam": "compaction_trigger_item_param",
    "ComparisonFilter": "comparison_filter",
    "ComparisonFilterParam": "comparison_filter",
    "CompleteUploadRequest": "complete_upload_request",
    "CompleteUploadRequestParam": "complete_upload_request",
    "CompletionUsage": "completion_usage",
    "CompletionUsageCompletionTokensDetails": "completion_usage_completion_tokens_details",
    "CompletionUsagePromptTokensDetails": "completion_usage_prompt_tokens_details",
    "CompoundFilter": "compound_filter",
    "CompoundFilterFiltersItem": "compound_filter",
    "CompoundFilterParam": "compound_filter",
    "CompoundFilterFiltersItemParam": "compound_filter",
    "ComputerAction": "computer_action",
    "ComputerActionParam": "computer_action",
    "ComputerActionList": "computer_action_list",
    "ComputerActionListParam": "computer_action_list",
    "ComputerCallOutputItemParam": "computer_call_output_item_param",
    "ComputerCallOutputItemParamParam": "computer_call_output_item_param",
    "ComputerCallOutputStatus": "computer_call_output_status",
    "ComputerCallSafetyCheckParam": "computer_call_safety_check_param",
    "ComputerCallSafetyCheckParamParam": "computer_call_safety_check_param",
    "ComputerEnvironment": "computer_environment",
    "ComputerScreenshotContent": "computer_screenshot_content",
    "ComputerScreenshotImage": "computer_screenshot_image",
    "ComputerScreenshotImageParam": "computer_screenshot_image",
    "ComputerTool": "computer_tool",
    "ComputerToolParam": "computer_tool",
    "ComputerToolCall": "computer_tool_call",
    "ComputerToolCallParam": "computer_tool_call",
    "ComputerToolCallOutput": "computer_tool_call_output",
    "ComputerToolCallOutputResource": "computer_tool_call_output_resource",
    "ComputerUsePreviewTool": "computer_use_preview_tool",
    "ComputerUsePreviewToolParam": "computer_use_preview_tool",
    "ContainerAutoParam": "container_auto_param",
    "ContainerAutoParamParam": "container_auto_param",
    "ContainerAutoParamNetworkPolicy": "container_auto_param_network_policy",
    "ContainerAutoParamNetworkPolicyParam": "container_auto_param_network_policy",
    "ContainerAutoParamSkillsItem": "container_auto_param_skills_item",
    "ContainerAutoParamSkillsItemParam": "container_auto_param_skills_item",
    "ContainerFileCitationBody": "container_file_citation_body",
    "ContainerFileCitationBodyParam": "container_file_citation_body",
    "ContainerFileListResource": "container_file_list_resource",
    "ContainerFileResource": "container_file_resource",
    "ContainerListResource": "container_list_resource",
    "ContainerMemoryLimit": "container_memory_limit",
    "ContainerNetworkPolicyAllowlistParam": "container_network_policy_allowlist_param",
    "ContainerNetworkPolicyAllowlistParamParam": "container_network_policy_allowlist_param",
    "ContainerNetworkPolicyDisabledParam": "container_network_policy_disabled_param",
    "ContainerNetworkPolicyDisabledParamParam": "container_network_policy_disabled_param",
    "ContainerNetworkPolicyDomainSecretParam": "container_network_policy_domain_secret_param",
    "ContainerNetworkPolicyDomainSecretParamParam": "container_network_policy_domain_secret_param",
    "ContainerReferenceParam": "container_reference_param",
    "ContainerReferenceParamParam": "container_reference_param",
    "ContainerReferenceResource": "container_reference_resource",
    "ContainerResource": "container_resource",
    "ContainerResourceExpiresAfter": "container_resource_expires_after",
    "ContainerResourceNetworkPolicy": "container_resource_network_policy",
    "Content": "content",
    "ContextManagementParam": "context_management_param",
    "ContextManagementParamParam": "context_management_param",
    "Conversation2": "conversation2",
    "ConversationItem": "conversation_item",
    "ConversationItemList": "conversation_item_list",
    "ConversationParam": "conversation_param",
    "ConversationParamParam": "conversation_param",
    "ConversationParam2": "conversation_param2",
    "ConversationParam2Param": "conversation_param2",
    "ConversationResource": "conversation_resource",
    "CoordParam": "coord_param",
    "CoordParamParam": "coord_param",
    "CostsResult": "costs_result",
    "CostsResultAmount": "costs_result_amount",
    "CreateAssistantRequest": "create_assistant_request",
    "CreateAssistantRequestParam": "create_assistant_request",
    "CreateAssistantRequestToolResourcesVariant1": "create_assistant_request_tool_resources_variant1",
    "CreateAssistantRequestToolResourcesVariant1Param": "create_assistant_request_tool_resources_variant1",
    "CreateAssistantRequestToolResourcesVariant1CodeInterpreter": "create_assistant_request_tool_resources_variant1_code_interpreter",
    "CreateAssistantRequestToolResourcesVariant1CodeInterpreterParam": "create_assistant_request_tool_resources_variant1_code_interpreter",
    "CreateAssistantRequestToolResourcesVariant1FileSearch": "create_assistant_request_tool_resources_variant1_file_search",
    "CreateAssistantRequestToolResourcesVariant1FileSearchParam": "create_assistant_request_tool_resources_variant1_file_search",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem": "create_assistant_request_tool_resources_variant1_file_search_vector_stores_item",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemParam": "create_assistant_request_tool_resources_variant1_file_search_vector_stores_item",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy": "create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam": "create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto": "create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_auto",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam": "create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_auto",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic": "create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam": "create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic": "create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static_static",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam": "create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static_static",
    "CreateAssistantRequestToolsItem": "create_assistant_request_tools_item",
    "CreateAssistantRequestToolsItemParam": "create_assistant_request_tools_item",
    "CreateBatchRequest": "create_batch_request",
    "CreateBatchRequestParam": "create_batch_request",
    "CreateChatCompletionRequest": "create_chat_completion_request",
    "CreateChatCompletionRequestParam": "create_chat_completion_request",
    "CreateChatCompletionRequestAudio": "create_chat_completion_request_audio",
    "CreateChatCompletionRequestAudioParam": "create_chat_completion_request_audio",
    "CreateChatCompletionRequestResponseFormat": "create_chat_completion_request_response_format",
    "CreateChatCompletionRequestResponseFormatParam": "create_chat_completion_request_response_format",
    "CreateChatCompletionRequestToolsItem": "create_chat_completion_request_tools_item",
    "CreateChatCompletionRequestToolsItemParam": "create_chat_completion_request_tools_item",
    "CreateChatCompletionRequestWebSearchOptions": "create_chat_completion_request_web_search_options",
    "CreateChatCompletionRequestWebSearchOptionsParam": "create_chat_completion_request_web_search_options",
    "CreateChatCompletionRequestWebSearchOptionsUserLocation": "create_chat_completion_request_web_search_options_user_location",
    "CreateChatCompletionRequestWebSearchOptionsUserLocationParam": "create_chat_completion_request_web_search_options_user_location",
    "CreateChatCompletionResponse": "create_chat_completion_response",
    "CreateChatCompletionResponseChoicesItem": "create_chat_completion_response_choices_item",
    "CreateChatCompletionResponseChoicesItemLogprobsVariant1": "create_chat_completion_response_choices_item_logprobs_variant1",
    "CreateChatCompletionStreamResponse": "create_chat_completion_stream_response",
    "CreateChatCompletionStreamResponseChoicesItem": "create_chat_completion_stream_response_choices_item",
    "CreateChatCompletionStreamResponseChoicesItemLogprobs": "create_chat_completion_stream_response_choices_item_logprobs",
    "CreateChatSessionBody": "create_chat_session_body",
    "CreateChatSessionBodyParam": "create_chat_session_body",
    "CreateCompletionRequest": "create_completion_request",
    "CreateCompletionRequestParam": "create_completion_request",
    "CreateCompletionResponse": "create_completion_response",
    "CreateCompletionResponseChoicesItem": "create_completion_response_choices_item",
    "CreateCompletionResponseChoicesItemLogprobsVariant1": "create_completion_response_choices_item_logprobs_variant1",
    "CreateContainerBody": "create_container_body",
    "CreateContainerBodyParam": "create_container_body",
    "CreateContainerBodyExpiresAfter": "create_container_body_expires_after",
    "CreateContainerBodyExpiresAfterParam": "create_container_body_expires_after",
    "CreateContainerBodyNetworkPolicy": "create_container_body_network_policy",
    "CreateContainerBodyNetworkPolicyParam": "create_container_body_network_policy",
    "CreateContainerBodySkillsItem": "create_container_body_skills_item",
    "CreateContainerBodySkillsItemParam": "create_container_body_skills_item",
    "CreateContainerFileBody": "create_container_file_body",
    "CreateConversationBody": "create_conversation_body",
    "CreateConversationBodyParam": "create_conversation_body",
    "CreateConversationItemsRequest": "create_conversation_items_request",
    "CreateConversationItemsRequestParam": "create_conversation_items_request",
    "CreateEmbeddingRequest": "create_embedding_request",
    "CreateEmbeddingRequestParam": "create_embedding_request",
    "CreateEmbeddingResponse": "create_embedding_response",
    "CreateEmbeddingResponseUsage": "create_embedding_response_usage",
    "CreateEvalCompletionsRunDataSource": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceParam": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceInputMessages": "create_eval_completions_run_data_source_input_messages",
    "CreateEvalCompletionsRunDataSourceInputMessagesParam": "create_eval_completions_run_data_source_input_messages",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReference": "create_eval_completions_run_data_source_input_messages_item_reference",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceParam": "create_eval_completions_run_data_source_input_messages_item_reference",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplate": "create_eval_completions_run_data_source_input_messages_template",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateParam": "create_eval_completions_run_data_source_input_messages_template",
    "CreateEvalCompletionsRunDataSourceSamplingParams": "create_eval_completions_run_data_source_sampling_params",
    "CreateEvalCompletionsRunDataSourceSamplingParamsParam": "create_eval_completions_run_data_source_sampling_params",
    "CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat": "create_eval_completions_run_data_source_sampling_params_response_format",
    "CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormatParam": "create_eval_completions_run_data_source_sampling_params_response_format",
    "CreateEvalCompletionsRunDataSourceSource": "create_eval_completions_run_data_source_source",
    "CreateEvalCompletionsRunDataSourceSourceParam": "create_eval_completions_run_data_source_source",
    "CreateEvalCustomDataSourceConfig": "create_eval_custom_data_source_config",
    "CreateEvalCustomDataSourceConfigParam": "create_eval_custom_data_source_config",
    "CreateEvalItem": "create_eval_item",
    "CreateEvalItemParam": "create_eval_item",
    "CreateEvalItemSimpleInputMessage": "create_eval_item_simple_input_message",
    "CreateEvalItemSimpleInputMessageParam": "create_eval_item_simple_input_message",
    "CreateEvalJsonlRunDataSource": "create_eval_jsonl_run_data_source",
    "CreateEvalJsonlRunDataSourceParam": "create_eval_jsonl_run_data_source",
    "CreateEvalJsonlRunDataSourceSource": "create_eval_jsonl_run_data_source_source",
    "CreateEvalJsonlRunDataSourceSourceParam": "create_eval_jsonl_run_data_source_source",
    "CreateEvalLabelModelGrader": "create_eval_label_model_grader",
    "CreateEvalLabelModelGraderParam": "create_eval_label_model_grader",
    "CreateEvalLogsDataSourceConfig": "create_eval_logs_data_source_config",
    "CreateEvalLogsDataSourceConfigParam": "create_eval_logs_data_source_config",
    "CreateEvalRequest": "create_eval_request",
    "CreateEvalRequestParam": "create_eval_request",
    "CreateEvalRequestDataSourceConfig": "create_eval_request_data_source_config",
    "CreateEvalRequestDataSourceConfigParam": "create_eval_request_data_source_config",
    "CreateEvalRequestTestingCriteriaItem": "create_eval_request_testing_criteria_item",
    "CreateEvalRequestTestingCriteriaItemParam": "create_eval_request_testing_criteria_item",
    "CreateEvalResponsesRunDataSource": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceParam": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessages": "create_eval_responses_run_data_source_input_messages",
    "CreateEvalResponsesRunDataSourceInputMessagesParam": "create_eval_responses_run_data_source_input_messages",
    "CreateEvalResponsesRunDataSourceInputMessagesItemReference": "create_eval_responses_run_data_source_input_messages_item_reference",
    "CreateEvalResponsesRunDataSourceInputMessagesItemReferenceParam": "create_eval_responses_run_data_source_input_messages_item_reference",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplate": "create_eval_responses_run_data_source_input_messages_template",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplateParam": "create_eval_responses_run_data_source_input_messages_template",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage": "create_eval_responses_run_data_source_input_messages_template_template_item_chat_message",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessageParam": "create_eval_responses_run_data_source_input_messages_template_template_item_chat_message",
    "CreateEvalResponsesRunDataSourceSamplingParams": "create_eval_responses_run_data_source_sampling_params",
    "CreateEvalResponsesRunDataSourceSamplingParamsParam": "create_eval_responses_run_data_source_sampling_params",
    "CreateEvalResponsesRunDataSourceSamplingParamsText": "create_eval_responses_run_data_source_sampling_params_text",
    "CreateEvalResponsesRunDataSourceSamplingParamsTextParam": "create_eval_responses_run_data_source_sampling_params_text",
    "CreateEvalResponsesRunDataSourceSource": "create_eval_responses_run_data_source_source",
    "CreateEvalResponsesRunDataSourceSourceParam": "create_eval_responses_run_data_source_source",
    "CreateEvalRunRequest": "create_eval_run_request",
    "CreateEvalRunRequestParam": "create_eval_run_request",
    "CreateEvalRunRequestDataSource": "create_eval_run_request_data_source",
    "CreateEvalRunRequestDataSourceParam": "create_eval_run_request_data_source",
    "CreateEvalStoredCompletionsDataSourceConfig": "create_eval_stored_completions_data_source_config",
    "CreateEvalStoredCompletionsDataSourceConfigParam": "create_eval_stored_completions_data_source_config",
    "CreateFileRequest": "create_file_request",
    "CreateFineTuningCheckpointPermissionRequest": "create_fine_tuning_checkpoint_permission_request",
    "CreateFineTuningCheckpointPermissionRequestParam": "create_fine_tuning_checkpoint_permission_request",
    "CreateFineTuningJobRequest": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestParam": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestHyperparameters": "create_fine_tuning_job_request_hyperparameters",
    "CreateFineTuningJobRequestHyperparametersParam": "create_fine_tuning_job_request_hyperparameters",
    "CreateFineTuningJobRequestIntegrationsItem": "create_fine_tuning_job_request_integrations_item",
    "CreateFineTuningJobRequestIntegrationsItemParam": "create_fine_tuning_job_request_integrations_item",
    "CreateFineTuningJobRequestIntegrationsItemWandb": "create_fine_tuning_job_request_integrations_item_wandb",
    "CreateFineTuningJobRequestIntegrationsItemWandbParam": "create_fine_tuning_job_request_integrations_item_wandb",
    "CreateGroupBody": "create_group_body",
    "CreateGroupBodyParam": "create_group_body",
    "CreateGroupUserBody": "create_group_user_body",
    "CreateGroupUserBodyParam": "create_group_user_body",
    "CreateImageEditRequest": "create_image_edit_request",
    "CreateImageRequest": "create_image_request",
    "CreateImageRequestParam": "create_image_request",
    "CreateImageVariationRequest": "create_image_variation_request",
    "CreateMessageRequest": "create_message_request",
    "CreateMessageRequestParam": "create_message_request",
    "CreateMessageRequestAttachmentsArrayItem": "create_message_request_attachments_array_item",
    "CreateMessageRequestAttachmentsArrayItemParam": "create_message_request_attachments_array_item",
    "CreateMessageRequestAttachmentsArrayItemToolsItem": "create_message_request_attachments_array_item_tools_item",
    "CreateMessageRequestAttachmentsArrayItemToolsItemParam": "create_message_request_attachments_array_item_tools_item",
    "CreateMessageRequestContentArrayOfContentPartsItem": "create_message_request_content_array_of_content_parts_item",
    "CreateMessageRequestContentArrayOfContentPartsItemParam": "create_message_request_content_array_of_content_parts_item",
    "CreateModelResponseProperties": "create_model_response_properties",
    "CreateModelResponsePropertiesParam": "create_model_response_properties",
    "CreateModerationRequest": "create_moderation_request",
    "CreateModerationRequestParam": "create_moderation_request",
    "CreateModerationRequestInputArrayItem": "create_moderation_request_input_array_item",
    "CreateModerationRequestInputArrayItemParam": "create_moderation_request_input_array_item",
    "CreateModerationRequestInputArrayItemImageUrl": "create_moderation_request_input_array_item_image_url",
    "CreateModerationRequestInputArrayItemImageUrlParam": "create_moderation_request_input_array_item_image_url",
    "CreateModerationRequestInputArrayItemImageUrlImageUrl": "create_moderation_request_input_array_item_image_url_image_url",
    "CreateModerationRequestInputArrayItemImageUrlImageUrlParam": "create_moderation_request_input_array_item_image_url_image_url",
    "CreateModerationRequestInputArrayItemText": "create_moderation_request_input_array_item_text",
    "CreateModerationRequestInputArrayItemTextParam": "create_moderation_request_input_array_item_text",
    "CreateModerationResponse": "create_moderation_response",
    "CreateModerationResponseResultsItem": "create_moderation_response_results_item",
    "CreateModerationResponseResultsItemCategories": "create_moderation_response_results_item_categories",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypes": "create_moderation_response_results_item_category_applied_input_types",
    "CreateModerationResponseResultsItemCategoryScores": "create_moderation_response_results_item_category_scores",
    "CreateResponse": "create_response",
    "CreateResponseParam": "create_response",
    "CreateRunRequest": "create_run_request",
    "CreateRunRequestParam": "create_run_request",
    "CreateRunRequestToolsItem": "create_run_request_tools_item",
    "CreateRunRequestToolsItemParam": "create_run_request_tools_item",
    "CreateSkillBody": "create_skill_body",
    "CreateSkillVersionBody": "create_skill_version_body",
    "CreateSpeechRequest": "create_speech_request",
    "CreateSpeechRequestParam": "create_speech_request",
    "CreateSpeechResponseStreamEvent": "create_speech_response_stream_event",
    "CreateSpendAlertBody": "create_spend_alert_body",
    "CreateSpendAlertBodyParam": "create_spend_alert_body",
    "CreateThreadAndRunRequest": "create_thread_and_run_request",
    "CreateThreadAndRunRequestParam": "create_thread_and_run_request",
    "CreateThreadAndRunRequestToolResources": "create_thread_and_run_request_tool_resources",
    "CreateThreadAndRunRequestToolResourcesParam": "create_thread_and_run_request_tool_resources",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreter": "create_thread_and_run_request_tool_resources_code_interpreter",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreterParam": "create_thread_and_run_request_tool_resources_code_interpreter",
    "CreateThreadAndRunRequestToolResourcesFileSearch": "create_thread_and_run_request_tool_resources_file_search",
    "CreateThreadAndRunRequestToolResourcesFileSearchParam": "create_thread_and_run_request_tool_resources_file_search",
    "CreateThreadAndRunRequestToolsItem": "create_thread_and_run_request_tools_item",
    "CreateThreadAndRunRequestToolsItemParam": "create_thread_and_run_request_tools_item",
    "CreateThreadRequest": "create_thread_request",
    "CreateThreadRequestParam": "create_thread_request",
    "CreateThreadRequestToolResourcesVariant1": "create_thread_request_tool_resources_variant1",
    "CreateThreadRequestToolResourcesVariant1Param": "create_thread_request_tool_resources_variant1",
    "CreateThreadRequestToolResourcesVariant1CodeInterpreter": "create_thread_request_tool_resources_variant1_code_interpreter",
    "CreateThreadRequestToolResourcesVariant1CodeInterpreterParam": "create_thread_request_tool_resources_variant1_code_interpreter",
    "CreateThreadRequestToolResourcesVariant1FileSearch": "create_thread_request_tool_resources_variant1_file_search",
    "CreateThreadRequestToolResourcesVariant1FileSearchParam": "create_thread_request_tool_resources_variant1_file_search",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItem": "create_thread_request_tool_resources_variant1_file_search_vector_stores_item",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemParam": "create_thread_request_tool_resources_variant1_file_search_vector_stores_item",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy": "create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam": "create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto": "create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_auto",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam": "create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_auto",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic": "create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam": "create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic": "create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static_static",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam": "create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static_static",
    "CreateTranscriptionRequest": "create_transcription_request",
    "CreateTranscriptionResponseDiarizedJson": "create_transcription_response_diarized_json",
    "CreateTranscriptionResponseDiarizedJsonUsage": "create_transcription_response_diarized_json_usage",
    "CreateTranscriptionResponseJson": "create_transcription_response_json",
    "CreateTranscriptionResponseJsonLogprobsItem": "create_transcription_response_json_logprobs_item",
    "CreateTranscriptionResponseJsonUsage": "create_transcription_response_json_usage",
    "CreateTranscriptionResponseStreamEvent": "create_transcription_response_stream_event",
    "CreateTranscriptionResponseVerboseJson": "create_transcription_response_verbose_json",
    "CreateTranslationRequest": "create_translation_request",
    "CreateTranslationResponseJson": "create_translation_response_json",
    "CreateTranslationResponseVerboseJson": "create_translation_response_verbose_json",
    "CreateUploadRequest": "create_upload_request",
    "CreateUploadRequestParam": "create_upload_request",
    "CreateVectorStoreFileBatchRequest": "create_vector_store_file_batch_request",
    "CreateVectorStoreFileBatchRequestParam": "create_vector_store_file_batch_request",
    "CreateVectorStoreFileRequest": "create_vector_store_file_request",
    "CreateVectorStoreFileRequestParam": "create_vector_store_file_request",
    "CreateVectorStoreRequest": "create_vector_store_request",
    "CreateVectorStoreRequestParam": "create_vector_store_request",
    "CreateVectorStoreRequestChunkingStrategy": "create_vector_store_request_chunking_strategy",
    "CreateVectorStoreRequestChunkingStrategyParam": "create_vector_store_request_chunking_strategy",
    "CreateVideoCharacterBody": "create_video_character_body",
    "CreateVideoEditJsonBody": "create_video_edit_json_body",
    "CreateVideoEditMultipartBody": "create_video_edit_multipart_body",
    "CreateVideoExtendJsonBody": "create_video_extend_json_body",
    "CreateVideoExtendMultipartBody": "create_video_extend_multipart_body",
    "CreateVideoJsonBody": "create_video_json_body",
    "CreateVideoMultipartBody": "create_video_multipart_body",
    "CreateVideoRemixBody": "create_video_remix_body",
    "CreateVideoRemixBodyParam": "create_video_remix_body",
    "CreateVoiceConsentRequest": "create_voice_consent_request",
    "CreateVoiceRequest": "create_voice_request",
    "CustomGrammarFormatParam": "custom_grammar_format_param",
    "CustomGrammarFormatParamParam": "custom_grammar_format_param",
    "CustomTextFormatParam": "custom_text_format_param",
    "CustomTextFormatParamParam": "custom_text_format_param",
    "CustomToolCall": "custom_tool_call",
    "CustomToolCallParam": "custom_tool_call",
    "CustomToolCallOutput": "custom_tool_call_output",
    "CustomToolCallOutputParam": "custom_tool_call_output",
    "CustomToolCallOutputResource": "custom_tool_call_output_resource",
    "CustomToolCallResource": "custom_tool_call_resource",
    "CustomToolChatCompletions": "custom_tool_chat_completions",
    "CustomToolChatCompletionsParam": "custom_tool_chat_completions",
    "CustomToolChatCompletionsCustom": "custom_tool_chat_completions_custom",
    "CustomToolChatCompletionsCustomParam": "custom_tool_chat_completions_custom",
    "CustomToolChatCompletionsCustomFormat": "custom_tool_chat_completions_custom_format",
    "CustomToolChatCompletionsCustomFormatParam": "custom_tool_chat_completions_custom_format",
    "CustomToolChatCompletionsCustomFormatGrammar": "custom_tool_chat_completions_custom_format_grammar",
    "CustomToolChatCompletionsCustomFormatGrammarParam": "custom_tool_chat_completions_custom_format_grammar",
    "CustomToolChatCompletionsCustomFormatGrammarGrammar": "custom_tool_chat_completions_custom_format_grammar_grammar",
    "CustomToolChatCompletionsCustomFormatGrammarGrammarParam": "custom_tool_chat_completions_custom_format_grammar_grammar",
    "CustomToolChatCompletionsCustomFormatText": "custom_tool_chat_completions_custom_format_text",
    "CustomToolChatCompletionsCustomFormatTextParam": "custom_tool_chat_completions_custom_format_text",
    "CustomToolParam": "custom_tool_param",
    "CustomToolParamParam": "custom_tool_param",
    "CustomToolParamFormat": "custom_tool_param_format",
    "CustomToolParamFormatParam": "custom_tool_param_format",
    "DeleteAssistantResponse": "delete_assistant_response",
    "DeleteCertificateResponse": "delete_certificate_response",
    "DeleteEvalResponse": "delete_eval_response",
    "DeleteEvalRunResponse": "delete_eval_run_response",
    "DeleteFileResponse": "delete_file_response",
    "DeleteFineTuningCheckpointPermissionResponse": "delete_fine_tuning_checkpoint_permission_response",
    "DeleteMessageResponse": "delete_message_response",
    "DeleteModelResponse": "delete_model_response",
    "DeleteThreadResponse": "delete_thread_response",
    "DeleteVectorStoreFileResponse": "delete_vector_store_file_response",
    "DeleteVectorStoreResponse": "delete_vector_store_response",
    "DeletedConversation": "deleted_conversation",
    "DeletedConversationResource": "deleted_conversation_resource",
    "DeletedRoleAssignmentResource": "deleted_role_assignment_resource",
    "DeletedSkillResource": "deleted_skill_resource",
    "DeletedSkillVersionResource": "deleted_skill_version_resource",
    "DeletedThreadResource": "deleted_thread_resource",
    "DeletedVideoResource": "deleted_video_resource",
    "DetailEnum": "detail_enum",
    "DoneEvent": "done_event",
    "DoubleClickAction": "double_click_action",
    "DoubleClickActionParam": "double_click_action",
    "DragParam": "drag_param",
    "DragParamParam": "drag_param",
    "DragPoint": "drag_point",
    "EasyInputMessage": "easy_input_message",
    "EasyInputMessageParam": "easy_input_message",
    "EditImageBodyJsonParam": "edit_image_body_json_param",
    "Embedding": "embedding",
    "EmptyModelParam": "empty_model_param",
    "Error": "error",
    "Error2": "error2",
    "ErrorEvent": "error_event",
    "ErrorResponse": "error_response",
    "Eval": "eval",
    "EvalApiError": "eval_api_error",
    "EvalCustomDataSourceConfig": "eval_custom_data_source_config",
    "EvalDataSourceConfig": "eval_data_source_config",
    "EvalGraderLabelModel": "eval_grader_label_model",
    "EvalGraderPython": "eval_grader_python",
    "EvalGraderPythonParam": "eval_grader_python",
    "EvalGraderScoreModel": "eval_grader_score_model",
    "EvalGraderScoreModelParam": "eval_grader_score_model",
    "EvalGraderScoreModelSamplingParams": "eval_grader_score_model_sampling_params",
    "EvalGraderScoreModelSamplingParamsParam": "eval_grader_score_model_sampling_params",
    "EvalGraderStringCheck": "eval_grader_string_check",
    "EvalGraderStringCheckParam": "eval_grader_string_check",
    "EvalGraderTextSimilarity": "eval_grader_text_similarity",
    "EvalGraderTextSimilarityParam": "eval_grader_text_similarity",
    "EvalItem": "eval_item",
    "EvalItemParam": "eval_item",
    "EvalItemContent": "eval_item_content",
    "EvalItemContentParam": "eval_item_content",
    "EvalItemContentArray": "eval_item_content_array",
    "EvalItemContentArrayParam": "eval_item_content_array",
    "EvalItemContentItem": "eval_item_content_item",
    "EvalItemContentItemParam": "eval_item_content_item",
    "EvalItemContentOutputText": "eval_item_content_output_text",
    "EvalItemContentOutputTextParam": "eval_item_content_output_text",
    "EvalItemContentText": "eval_item_content_text",
    "EvalItemInputImage": "eval_item_input_image",
    "EvalItemInputImageParam": "eval_item_input_image",
    "EvalJsonlFileContentSource": "eval_jsonl_file_content_source",
    "EvalJsonlFileContentSourceParam": "eval_jsonl_file_content_source",
    "EvalJsonlFileContentSourceContentItem": "eval_jsonl_file_content_source_content_item",
    "EvalJsonlFileContentSourceContentItemParam": "eval_jsonl_file_content_source_content_item",
    "EvalJsonlFileIdSource": "eval_jsonl_file_id_source",
    "EvalJsonlFileIdSourceParam": "eval_jsonl_file_id_source",
    "EvalList": "eval_list",
    "EvalLogsDataSourceConfig": "eval_logs_data_source_config",
    "EvalResponsesSource": "eval_responses_source",
    "EvalResponsesSourceParam": "eval_responses_source",
    "EvalRun": "eval_run",
    "EvalRunDataSource": "eval_run_data_source",
    "EvalRunList": "eval_run_list",
    "EvalRunOutputItem": "eval_run_output_item",
    "EvalRunOutputItemList": "eval_run_output_item_list",
    "EvalRunOutputItemResult": "eval_run_output_item_result",
    "EvalRunOutputItemSample": "eval_run_output_item_sample",
    "EvalRunOutputItemSampleInputItem": "eval_run_output_item_sample_input_item",
    "EvalRunOutputItemSampleOutputItem": "eval_run_output_item_sample_output_item",
    "EvalRunOutputItemSampleUsage": "eval_run_output_item_sample_usage",
    "EvalRunPerModelUsageItem": "eval_run_per_model_usage_item",
    "EvalRunPerTestingCriteriaResultsItem": "eval_run_per_testing_criteria_results_item",
    "EvalRunResultCounts": "eval_run_result_counts",
    "EvalStoredCompletionsDataSourceConfig": "eval_stored_completions_data_source_config",
    "EvalStoredCompletionsSource": "eval_stored_completions_source",
    "EvalStoredCompletionsSourceParam": "eval_stored_completions_source",
    "EvalTestingCriteriaItem": "eval_testing_criteria_item",
    "ExpiresAfterParam": "expires_after_param",
    "ExpiresAfterParamParam": "expires_after_param",
    "FileAnnotation": "file_annotation",
    "FileAnnotationSource": "file_annotation_source",
    "FileCitationBody": "file_citation_body",
    "FileCitationBodyParam": "file_citation_body",
    "FileDetailEnum": "file_detail_enum",
    "FileExpirationAfter": "file_expiration_after",
    "FileExpirationAfterParam": "file_expiration_after",
    "FileInputDetail": "file_input_detail",
    "FilePath": "file_path",
    "FilePathParam": "file_path",
    "FileSearchRanker": "file_search_ranker",
    "FileSearchRankingOptions": "file_search_ranking_options",
    "FileSearchRankingOptionsParam": "file_search_ranking_options",
    "FileSearchTool": "file_search_tool",
    "FileSearchToolParam": "file_search_tool",
    "FileSearchToolCall": "file_search_tool_call",
    "FileSearchToolCallParam": "file_search_tool_call",
    "FileSearchToolCallResultsArrayItem": "file_search_tool_call_results_array_item",
    "FileSearchToolCallResultsArrayItemParam": "file_search_tool_call_results_array_item",
    "FileUploadParam": "file_upload_param",
    "FileUploadParamParam": "file_upload_param",
    "Filters": "filters",
    "FiltersParam": "filters",
    "FineTuneChatCompletionRequestAssistantMessage": "fine_tune_chat_completion_request_assistant_message",
    "FineTuneDPOHyperparameters": "fine_tune_dpo_hyperparameters",
    "FineTuneDPOHyperparametersParam": "fine_tune_dpo_hyperparameters",
    "FineTuneDPOMethod": "fine_tune_dpo_method",
    "FineTuneDPOMethodParam": "fine_tune_dpo_method",
    "FineTuneMethod": "fine_tune_method",
    "FineTuneMethodParam": "fine_tune_method",
    "FineTuneReinforcementHyperparameters": "fine_tune_reinforcement_hyperparameters",
    "FineTuneReinforcementHyperparametersParam": "fine_tune_reinforcement_hyperparameters",
    "FineTuneReinforcementMethod": "fine_tune_reinforcement_method",
    "FineTuneReinforcementMethodParam": "fine_tune_reinforcement_method",
    "FineTuneReinforcementMethodGrader": "fine_tune_reinforcement_method_grader",
    "FineTuneReinforcementMethodGraderParam": "fine_tune_reinforcement_method_grader",
    "FineTuneSupervisedHyperparameters": "fine_tune_supervised_hyperparameters",
    "FineTuneSupervisedHyperparametersParam": "fine_tune_supervised_hyperparameters",
    "FineTuneSupervisedMethod": "fine_tune_supervised_method",
    "FineTuneSupervisedMethodParam": "fine_tune_supervised_method",
    "FineTuningCheckpointPermission": "fine_tuning_checkpoint_permission",
    "FineTuningIntegration": "fine_tuning_integration",
    "FineTuningIntegrationWandb": "fine_tuning_integration_wandb",
    "FineTuningJob": "fine_tuning_job",
    "FineTuningJobCheckpoint": "fine_tuning_job_checkpoint",
    "FineTuningJobCheckpointMetrics": "fine_tuning_job_checkpoint_metrics",
    "FineTuningJobErrorVariant1": "fine_tuning_job_error_variant1",
    "FineTuningJobEvent": "fine_tuning_job_event",
    "FineTuningJobHyperparameters": "fine_tuning_job_hyperparameters",
    "FunctionAndCustomToolCallOutput": "function_and_custom_tool_call_output",
    "FunctionAndCustomToolCallOutputParam": "function_and_custom_tool_call_output",
    "FunctionCallItemStatus": "function_call_item_status",
    "FunctionCallOutputItemParam": "function_call_output_item_param",
    "FunctionCallOutputItemParamParam": "function_call_output_item_param",
    "FunctionCallOutputItemParamOutputArrayItem": "function_call_output_item_param_output_array_item",
    "FunctionCallOutputItemParamOutputArrayItemParam": "function_call_output_item_param_output_array_item",
    "FunctionCallOutputStatusEnum": "function_call_output_status_enum",
    "FunctionCallStatus": "function_call_status",
    "FunctionObject": "function_object",
    "FunctionObjectParam": "function_object",
    "FunctionParameters": "function_parameters",
    "FunctionShellAction": "function_shell_action",
    "FunctionShellActionParam": "function_shell_action_param",
    "FunctionShellActionParamParam": "function_shell_action_param",
    "FunctionShellCall": "function_shell_call",
    "FunctionShellCallEnvironmentVariant1": "function_shell_call_environment_variant1",
    "FunctionShellCallItemParam": "function_shell_call_item_param",
    "FunctionShellCallItemParamParam": "function_shell_call_item_param",
    "FunctionShellCallItemParamEnvironmentVariant1": "function_shell_call_item_param_environment_variant1",
    "FunctionShellCallItemParamEnvironmentVariant1Param": "function_shell_call_item_param_environment_variant1",
    "FunctionShellCallItemStatus": "function_shell_call_item_status",
    "FunctionShellCallOutput": "function_shell_call_output",
    "FunctionShellCallOutputContent": "function_shell_call_output_content",
    "FunctionShellCallOutputContentOutcome": "function_shell_call_output_content_outcome",
    "FunctionShellCallOutputContentParam": "function_shell_call_output_content_param",
    "FunctionShellCallOutputContentParamParam": "function_shell_call_output_content_param",
    "FunctionShellCallOutputExitOutcome": "function_shell_call_output_exit_outcome",
    "FunctionShellCallOutputExitOutcomeParam": "function_shell_call_output_exit_outcome_param",
    "FunctionShellCallOutputExitOutcomeParamParam": "function_shell_call_output_exit_outcome_param",
    "FunctionShellCallOutputItemParam": "function_shell_call_output_item_param",
    "FunctionShellCallOutputItemParamParam": "function_shell_call_output_item_param",
    "FunctionShellCallOutputOutcomeParam": "function_shell_call_output_outcome_param",
    "FunctionShellCallOutputOutcomeParamParam": "function_shell_call_output_outcome_param",
    "FunctionShellCallOutputStatusEnum": "function_shell_call_output_status_enum",
    "FunctionShellCallOutputTimeoutOutcome": "function_shell_call_output_timeout_outcome",
    "FunctionShellCallOutputTimeoutOutcomeParam": "function_shell_call_output_timeout_outcome_param",
    "FunctionShellCallOutputTimeoutOutcomeParamParam": "function_shell_call_output_timeout_outcome_param",
    "FunctionShellCallStatus": "function_shell_call_status",
    "FunctionShellToolParam": "function_shell_tool_param",
    "FunctionShellToolParamParam": "function_shell_tool_param",
    "FunctionShellToolParamEnvironmentVariant1": "function_shell_tool_param_environment_variant1",
    "FunctionShellToolParamEnvironmentVariant1Param": "function_shell_tool_param_environment_variant1",
    "FunctionTool": "function_tool",
    "FunctionToolParam2": "function_tool",
    "FunctionToolCall": "function_tool_call",
    "FunctionToolCallParam": "function_tool_call",
    "FunctionToolCallOutput": "function_tool_call_output",
    "FunctionToolCallOutputResource": "function_tool_call_output_resource",
    "FunctionToolCallResource": "function_tool_call_resource",
    "FunctionToolParam": "function_tool_param",
    "FunctionToolParamParam": "function_tool_param",
    "GraderLabelModel": "grader_label_model",
    "GraderLabelModelParam": "grader_label_model",
    "GraderMulti": "grader_multi",
    "GraderMultiParam": "grader_multi",
    "GraderMultiGraders": "grader_multi_graders",
    "GraderMultiGradersParam": "grader_multi_graders",
    "GraderPython": "grader_python",
    "GraderPythonParam": "grader_python",
    "GraderScoreModel": "grader_score_model",
    "GraderScoreModelParam": "grader_score_model",
    "GraderStringCheck": "grader_string_check",
    "GraderStringCheckParam": "grader_string_check",
    "GraderTextSimilarity": "grader_text_similarity",
    "GraderTextSimilarityParam": "grader_text_similarity",
    "GrammarSyntax1": "grammar_syntax1",
    "Group": "group",
    "GroupDeletedResource": "group_deleted_resource",
    "GroupListResource": "group_list_resource",
    "GroupMemberUser": "group_member_user",
    "GroupResourceWithSuccess": "group_resource_with_success",
    "GroupResponse": "group_response",
    "GroupRoleAssignment": "group_role_assignment",
    "GroupUser": "group_user",
    "GroupUserAssignment": "group_user_assignment",
    "GroupUserDeletedResource": "group_user_deleted_resource",
    "HistoryParam": "history_param",
    "HistoryParamParam": "history_param",
    "HostedToolPermission": "hosted_tool_permission",
    "HostedToolPermissionUpdate": "hosted_tool_permission_update",
    "HostedToolPermissionUpdateParam": "hosted_tool_permission_update",
    "HybridSearchOptions": "hybrid_search_options",
    "HybridSearchOptionsParam": "hybrid_search_options",
    "Image": "image",
    "ImageDetail": "image_detail",
    "ImageEditCompletedEvent": "image_edit_completed_event",
    "ImageEditPartialImageEvent": "image_edit_partial_image_event",
    "ImageEditStreamEvent": "image_edit_stream_event",
    "ImageGenActionEnum": "image_gen_action_enum",
    "ImageGenCompletedEvent": "image_gen_completed_event",
    "ImageGenInputUsageDetails": "image_gen_input_usage_details",
    "ImageGenOutputTokensDetails": "image_gen_output_tokens_details",
    "ImageGenPartialImageEvent": "image_gen_partial_image_event",
    "ImageGenStreamEvent": "image_gen_stream_event",
    "ImageGenTool": "image_gen_tool",
    "ImageGenToolParam": "image_gen_tool",
    "ImageGenToolCall": "image_gen_tool_call",
    "ImageGenToolCallParam": "image_gen_tool_call",
    "ImageGenToolInputImageMask": "image_gen_tool_input_image_mask",
    "ImageGenToolInputImageMaskParam": "image_gen_tool_input_image_mask",
    "ImageGenUsage": "image_gen_usage",
    "ImageRefParam": "image_ref_param",
    "ImageRefParam2": "image_ref_param2",
    "ImageRefParam2Param": "image_ref_param2",
    "ImagesResponse": "images_response",
    "ImagesUsage": "images_usage",
    "ImagesUsageInputTokensDetails": "images_usage_input_tokens_details",
    "IncludeEnum": "include_enum",
    "InferenceOptions": "inference_options",
    "InlineSkillParam": "inline_skill_param",
    "InlineSkillParamParam": "inline_skill_param",
    "InlineSkillSourceParam": "inline_skill_source_param",
    "InlineSkillSourceParamParam": "inline_skill_source_param",
    "InputAudio": "input_audio",
    "InputAudioParam": "input_audio",
    "InputAudioInputAudio": "input_audio_input_audio",
    "InputAudioInputAudioParam": "input_audio_input_audio",
    "InputContent": "input_content",
    "InputContentParam": "input_content",
    "InputFidelity": "input_fidelity",
    "InputFileContent": "input_file_content",
    "InputFileContentParam2": "input_file_content",
    "InputFileContentParam": "input_file_content_param",
    "InputFileContentParamParam": "input_file_content_param",
    "InputImageContent": "input_image_content",
    "InputImageContentParam": "input_image_content",
    "InputImageContentParamAutoParam": "input_image_content_param_auto_param",
    "InputImageContentParamAutoParamParam": "input_image_content_param_auto_param",
    "InputItem": "input_item",
    "InputItemParam": "input_item",
    "InputMessage": "input_message",
    "InputMessageParam": "input_message",
    "InputMessageContentList": "input_message_content_list",
    "InputMessageContentListParam": "input_message_content_list",
    "InputMessageResource": "input_message_resource",
    "InputParam": "input_param",
    "InputParamParam": "input_param",
    "InputTextContent": "input_text_content",
    "InputTextContentParam2": "input_text_content",
    "InputTextContentParam": "input_text_content_param",
    "InputTextContentParamParam": "input_text_content_param",
    "Invite": "invite",
    "InviteDeleteResponse": "invite_delete_response",
    "InviteListResponse": "invite_list_response",
    "InviteProjectGroupBody": "invite_project_group_body",
    "InviteProjectGroupBodyParam": "invite_project_group_body",
    "InviteProjectsItem": "invite_projects_item",
    "InviteRequest": "invite_request",
    "InviteRequestParam": "invite_request",
    "InviteRequestProjectsItem": "invite_request_projects_item",
    "InviteRequestProjectsItemParam": "invite_request_projects_item",
    "Item": "item",
    "ItemParam": "item",
    "ItemField": "item_field",
    "ItemReferenceParam": "item_reference_param",
    "ItemReferenceParamParam": "item_reference_param",
    "ItemResource": "item_resource",
    "KeyPressAction": "key_press_action",
    "KeyPressActionParam": "key_press_action",
    "ListAssistantsResponse": "list_assistants_response",
    "ListAuditLogsEffectiveAt": "list_audit_logs_effective_at",
    "ListAuditLogsResponse": "list_audit_logs_response",
    "ListBatchesResponse": "list_batches_response",
    "ListCertificatesResponse": "list_certificates_response",
    "ListFilesResponse": "list_files_response",
    "ListFineTuningCheckpointPermissionResponse": "list_fine_tuning_checkpoint_permission_response",
    "ListFineTuningJobCheckpointsResponse": "list_fine_tuning_job_checkpoints_response",
    "ListFineTuningJobEventsResponse": "list_fine_tuning_job_events_response",
    "ListMessagesResponse": "list_messages_response",
    "ListModelsResponse": "list_models_response",
    "ListPaginatedFineTuningJobsResponse": "list_paginated_fine_tuning_jobs_response",
    "ListProjectCertificatesResponse": "list_project_certificates_response",
    "ListRunStepsResponse": "list_run_steps_response",
    "ListRunsResponse": "list_runs_response",
    "ListVectorStoreFilesResponse": "list_vector_store_files_response",
    "ListVectorStoresResponse": "list_vector_stores_response",
    "LocalEnvironmentParam": "local_environment_param",
    "LocalEnvironmentParamParam": "local_environment_param",
    "LocalEnvironmentResource": "local_environment_resource",
    "LocalShellExecAction": "local_shell_exec_action",
    "LocalShellExecActionParam": "local_shell_exec_action",
    "LocalShellToolCall": "local_shell_tool_call",
    "LocalShellToolCallParam": "local_shell_tool_call",
    "LocalShellToolCallOutput": "local_shell_tool_call_output",
    "LocalShellToolCallOutputParam": "local_shell_tool_call_output",
    "LocalShellToolParam": "local_shell_tool_param",
    "LocalShellToolParamParam": "local_shell_tool_param",
    "LocalSkillParam": "local_skill_param",
    "LocalSkillParamParam": "local_skill_param",
    "LockedStatus": "locked_status",
    "LogProb": "log_prob",
    "LogProbParam": "log_prob",
    "LogProbProperties": "log_prob_properties",
    "MCPApprovalRequest": "mcp_approval_request",
    "MCPApprovalRequestParam": "mcp_approval_request",
    "MCPApprovalResponse": "mcp_approval_response",
    "MCPApprovalResponseParam": "mcp_approval_response",
    "MCPApprovalResponseResource": "mcp_approval_response_resource",
    "MCPListTools": "mcp_list_tools",
    "MCPListToolsParam": "mcp_list_tools",
    "MCPListToolsTool": "mcp_list_tools_tool",
    "MCPListToolsToolParam": "mcp_list_tools_tool",
    "MCPTool": "mcp_tool",
    "MCPToolParam": "mcp_tool",
    "MCPToolCall": "mcp_tool_call",
    "MCPToolCallParam": "mcp_tool_call",
    "MCPToolCallStatus": "mcp_tool_call_status",
    "MCPToolFilter": "mcp_tool_filter",
    "MCPToolFilterParam": "mcp_tool_filter",
    "MCPToolRequireApprovalVariant1MCPToolApprovalFilter": "mcp_tool_require_approval_variant1_mcp_tool_approval_filter",
    "MCPToolRequireApprovalVariant1MCPToolApprovalFilterParam": "mcp_tool_require_approval_variant1_mcp_tool_approval_filter",
    "Message": "message",
    "MessageContentImageFileObject": "message_content_image_file_object",
    "MessageContentImageFileObjectParam": "message_content_image_file_object",
    "MessageContentImageFileObjectImageFile": "message_content_image_file_object_image_file",
    "MessageContentImageFileObjectImageFileParam": "message_content_image_file_object_image_file",
    "MessageContentImageUrlObject": "message_content_image_url_object",
    "MessageContentImageUrlObjectParam": "message_content_image_url_object",
    "MessageContentImageUrlObjectImageUrl": "message_content_image_url_object_image_url",
    "MessageContentImageUrlObjectImageUrlParam": "message_content_image_url_object_image_url",
    "MessageContentItem": "message_content_item",
    "MessageContentRefusalObject": "message_content_refusal_object",
    "MessageContentTextAnnotationsFileCitationObject": "message_content_text_annotations_file_citation_object",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation": "message_content_text_annotations_file_citation_object_file_citation",
    "MessageContentTextAnnotationsFilePathObject": "message_content_text_annotations_file_path_object",
    "MessageContentTextAnnotationsFilePathObjectFilePath": "message_content_text_annotations_file_path_object_file_path",
    "MessageContentTextObject": "message_content_text_object",
    "MessageContentTextObjectText": "message_content_text_object_text",
    "MessageContentTextObjectTextAnnotationsItem": "message_content_text_object_text_annotations_item",
    "MessageDeltaContentImageFileObject": "message_delta_content_image_file_object",
    "MessageDeltaContentImageFileObjectImageFile": "message_delta_content_image_file_object_image_file",
    "MessageDeltaContentImageUrlObject": "message_delta_content_image_url_object",
    "MessageDeltaContentImageUrlObjectImageUrl": "message_delta_content_image_url_object_image_url",
    "MessageDeltaContentRefusalObject": "message_delta_content_refusal_object",
    "MessageDeltaContentTextAnnotationsFileCitationObject": "message_delta_content_text_annotations_file_citation_object",
    "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation": "message_delta_content_text_annotations_file_citation_object_file_citation",
    "MessageDeltaContentTextAnnotationsFilePathObject": "message_delta_content_text_annotations_file_path_object",
    "MessageDeltaContentTextAnnotationsFilePathObjectFilePath": "message_delta_content_text_annotations_file_path_object_file_path",
    "MessageDeltaContentTextObject": "message_delta_content_text_object",
    "MessageDeltaContentTextObjectText": "message_delta_content_text_object_text",
    "MessageDeltaContentTextObjectTextAnnotationsItem": "message_delta_content_text_object_text_annotations_item",
    "MessageDeltaObject": "message_delta_object",
    "MessageDeltaObjectDelta": "message_delta_object_delta",
    "MessageDeltaObjectDeltaContentItem": "message_delta_object_delta_content_item",
    "MessageObject": "message_object",
    "MessageObjectAttachmentsArrayItem": "message_object_attachments_array_item",
    "MessageObjectAttachmentsArrayItemToolsItem": "message_object_attachments_array_item_tools_item",
    "MessageObjectContentItem": "message_object_content_item",
    "MessageObjectIncompleteDetailsVariant1": "message_object_incomplete_details_variant1",
    "MessagePhase": "message_phase",
    "MessagePhase2": "message_phase2",
    "MessageRequestContentTextObject": "message_request_content_text_object",
    "MessageRequestContentTextObjectParam": "message_request_content_text_object",
    "MessageRole": "message_role",
    "MessageStatus": "message_status",
    "MessageStreamEvent": "message_stream_event",
    "MessageStreamEventThreadMessageCompleted": "message_stream_event_thread_message_completed",
    "MessageStreamEventThreadMessageCreated": "message_stream_event_thread_message_created",
    "MessageStreamEventThreadMessageDelta": "message_stream_event_thread_message_delta",
    "MessageStreamEventThreadMessageInProgress": "message_stream_event_thread_message_in_progress",
    "MessageStreamEventThreadMessageIncomplete": "message_stream_event_thread_message_incomplete",
    "Metadata": "metadata",
    "Model": "model",
    "ModelIds": "model_ids",
    "ModelIdsCompaction": "model_ids_compaction",
    "ModelIdsResponses": "model_ids_responses",
    "ModelIdsShared": "model_ids_shared",
    "ModelResponseProperties": "model_response_properties",
    "ModelResponsePropertiesParam": "model_response_properties",
    "ModifyAssistantRequest": "modify_assistant_request",
    "ModifyAssistantRequestParam": "modify_assistant_request",
    "ModifyAssistantRequestToolResourcesVariant1": "modify_assistant_request_tool_resources_variant1",
    "ModifyAssistantRequestToolResourcesVariant1Param": "modify_assistant_request_tool_resources_variant1",
    "ModifyAssistantRequestToolResourcesVariant1CodeInterpreter": "modify_assistant_request_tool_resources_variant1_code_interpreter",
    "ModifyAssistantRequestToolResourcesVariant1CodeInterpreterParam": "modify_assistant_request_tool_resources_variant1_code_interpreter",
    "ModifyAssistantRequestToolResourcesVariant1FileSearch": "modify_assistant_request_tool_resources_variant1_file_search",
    "ModifyAssistantRequestToolResourcesVariant1FileSearchParam": "modify_assistant_request_tool_resources_variant1_file_search",
    "ModifyAssistantRequestToolsItem": "modify_assistant_request_tools_item",
    "ModifyAssistantRequestToolsItemParam": "modify_assistant_request_tools_item",
    "ModifyCertificateRequest": "modify_certificate_request",
    "ModifyCertificateRequestParam": "modify_certificate_request",
    "ModifyMessageRequest": "modify_message_request",
    "ModifyMessageRequestParam": "modify_message_request",
    "ModifyRunRequest": "modify_run_request",
    "ModifyRunRequestParam": "modify_run_request",
    "ModifyThreadRequest": "modify_thread_request",
    "ModifyThreadRequestParam": "modify_thread_request",
    "ModifyThreadRequestToolResourcesVariant1": "modify_thread_request_tool_resources_variant1",
    "ModifyThreadRequestToolResourcesVariant1Param": "modify_thread_request_tool_resources_variant1",
    "ModifyThreadRequestToolResourcesVariant1CodeInterpreter": "modify_thread_request_tool_resources_variant1_code_interpreter",
    "ModifyThreadRequestToolResourcesVariant1CodeInterpreterParam": "modify_thread_request_tool_resources_variant1_code_interpreter",
    "ModifyThreadRequestToolResourcesVariant1FileSearch": "modify_thread_request_tool_resources_variant1_file_search",
    "ModifyThreadRequestToolResourcesVariant1FileSearchParam": "modify_thread_request_tool_resources_variant1_file_search",
    "MoveParam": "move_param",
    "MoveParamParam": "move_param",
    "NamespaceToolParam": "namespace_tool_param",
    "NamespaceToolParamParam": "namespace_tool_param",
    "NamespaceToolParamToolsItem": "namespace_tool_param_tools_item",
    "NamespaceToolParamToolsItemParam": "namespace_tool_param_tools_item",
    "NoiseReductionType": "noise_reduction_type",
    "OpenAIFile": "open_ai_file",
    "OrderEnum": "order_enum",
    "OrganizationCertificate": "organization_certificate",
    "OrganizationCertificateActivationResponse": "organization_certificate_activation_response",
    "OrganizationCertificateCertificateDetails": "organization_certificate_certificate_details",
    "OrganizationCertificateDeactivationResponse": "organization_certificate_deactivation_response",
    "OrganizationDataRetention": "organization_data_retention",
    "OrganizationProjectCertificate": "organization_project_certificate",
    "OrganizationProjectCertificateActivationResponse": "organization_project_certificate_activation_response",
    "OrganizationProjectCertificateCertificateDetails": "organization_project_certificate_certificate_details",
    "OrganizationProjectCertificateDeactivationResponse": "organization_project_certificate_deactivation_response",
    "OrganizationSpendAlert": "organization_spend_alert",
    "OrganizationSpendAlertDeletedResource": "organization_spend_alert_deleted_resource",
    "OrganizationSpendAlertListResource": "organization_spend_alert_list_resource",
    "OtherChunkingStrategyResponseParam": "other_chunking_strategy_response_param",
    "OutputAudio": "output_audio",
    "OutputContent": "output_content",
    "OutputItem": "output_item",
    "OutputMessage": "output_message",
    "OutputMessageParam": "output_message",
    "OutputMessageContent": "output_message_content",
    "OutputMessageContentParam": "output_message_content",
    "OutputTextContent": "output_text_content",
    "OutputTextContentParam": "output_text_content",
    "ParallelToolCalls": "parallel_tool_calls",
    "PartialImages": "partial_images",
    "PredictionContent": "prediction_content",
    "PredictionContentParam": "prediction_content",
    "Project": "project",
    "ProjectApiKey": "project_api_key",
    "ProjectApiKeyDeleteResponse": "project_api_key_delete_response",
    "ProjectApiKeyListResponse": "project_api_key_list_response",
    "ProjectApiKeyOwner": "project_api_key_owner",
    "ProjectApiKeyOwnerServiceAccount": "project_api_key_owner_service_account",
    "ProjectApiKeyOwnerUser": "project_api_key_owner_user",
    "ProjectCreateRequest": "project_create_request",
    "ProjectCreateRequestParam": "project_create_request",
    "ProjectDataRetention": "project_data_retention",
    "ProjectGroup": "project_group",
    "ProjectGroupDeletedResource": "project_group_deleted_resource",
    "ProjectGroupListResource": "project_group_list_resource",
    "ProjectHostedToolPermissions": "project_hosted_tool_permissions",
    "ProjectHostedToolPermissionsUpdateRequest": "project_hosted_tool_permissions_update_request",
    "ProjectHostedToolPermissionsUpdateRequestParam": "project_hosted_tool_permissions_update_request",
    "ProjectListResponse": "project_list_response",
    "ProjectModelPermissions": "project_model_permissions",
    "ProjectModelPermissionsDeleteResponse": "project_model_permissions_delete_response",
    "ProjectModelPermissionsUpdateRequest": "project_model_permissions_update_request",
    "ProjectModelPermissionsUpdateRequestParam": "project_model_permissions_update_request",
    "ProjectRateLimit": "project_rate_limit",
    "ProjectRateLimitListResponse": "project_rate_limit_list_response",
    "ProjectRateLimitUpdateRequest": "project_rate_limit_update_request",
    "ProjectRateLimitUpdateRequestParam": "project_rate_limit_update_request",
    "ProjectServiceAccount": "project_service_account",
    "ProjectServiceAccountApiKey": "project_service_account_api_key",
    "ProjectServiceAccountCreateRequest": "project_service_account_create_request",
    "ProjectServiceAccountCreateRequestParam": "project_service_account_create_request",
    "ProjectServiceAccountCreateResponse": "project_service_account_create_response",
    "ProjectServiceAccountDeleteResponse": "project_service_account_delete_response",
    "ProjectServiceAccountListResponse": "project_service_account_list_response",
    "ProjectSpendAlert": "project_spend_alert",
    "ProjectSpendAlertDeletedResource": "project_spend_alert_deleted_resource",
    "ProjectSpendAlertListResource": "project_spend_alert_list_resource",
    "ProjectUpdateRequest": "project_update_request",
    "ProjectUpdateRequestParam": "project_update_request",
    "ProjectUser": "project_user",
    "ProjectUserCreateRequest": "project_user_create_request",
    "ProjectUserCreateRequestParam": "project_user_create_request",
    "ProjectUserDeleteResponse": "project_user_delete_response",
    "ProjectUserListResponse": "project_user_list_response",
    "ProjectUserUpdateRequest": "project_user_update_request",
    "ProjectUserUpdateRequestParam": "project_user_update_request",
    "Prompt": "prompt",
    "PromptParam": "prompt",
    "PromptCacheRetentionEnum": "prompt_cache_retention_enum",
    "PromptVariant1": "prompt_variant1",
    "PromptVariant1Param": "prompt_variant1",
    "PublicAssignOrganizationGroupRoleBody": "public_assign_organization_group_role_body",
    "PublicAssignOrganizationGroupRoleBodyParam": "public_assign_organization_group_role_body",
    "PublicCreateOrganizationRoleBody": "public_create_organization_role_body",
    "PublicCreateOrganizationRoleBodyParam": "public_create_organization_role_body",
    "PublicRoleListResource": "public_role_list_resource",
    "PublicUpdateOrganizationRoleBody": "public_update_organization_role_body",
    "PublicUpdateOrganizationRoleBodyParam": "public_update_organization_role_body",
    "RankerVersionType": "ranker_version_type",
    "RankingOptions": "ranking_options",
    "RankingOptionsParam": "ranking_options",
    "RateLimitsParam": "rate_limits_param",
    "RateLimitsParamParam": "rate_limits_param",
    "RealtimeAudioFormats": "realtime_audio_formats",
    "RealtimeAudioFormatsParam": "realtime_audio_formats",
    "RealtimeAudioFormatsAudioPcm": "realtime_audio_formats_audio_pcm",
    "RealtimeAudioFormatsAudioPcmParam": "realtime_audio_formats_audio_pcm",
    "RealtimeAudioFormatsAudioPcma": "realtime_audio_formats_audio_pcma",
    "RealtimeAudioFormatsAudioPcmaParam": "realtime_audio_formats_audio_pcma",
    "RealtimeAudioFormatsAudioPcmu": "realtime_audio_formats_audio_pcmu",
    "RealtimeAudioFormatsAudioPcmuParam": "realtime_audio_formats_audio_pcmu",
    "RealtimeBetaClientEventConversationItemCreate": "realtime_beta_client_event_conversation_item_create",
    "RealtimeBetaClientEventConversationItemDelete": "realtime_beta_client_event_conversation_item_delete",
    "RealtimeBetaClientEventConversationItemRetrieve": "realtime_beta_client_event_conversation_item_retrieve",
    "RealtimeBetaClientEventConversationItemTruncate": "realtime_beta_client_event_conversation_item_truncate",
    "RealtimeBetaClientEventInputAudioBufferAppend": "realtime_beta_client_event_input_audio_buffer_append",
    "RealtimeBetaClientEventInputAudioBufferClear": "realtime_beta_client_event_input_audio_buffer_clear",
    "RealtimeBetaClientEventInputAudioBufferCommit": "realtime_beta_client_event_input_audio_buffer_commit",
    "RealtimeBetaClientEventOutputAudioBufferClear": "realtime_beta_client_event_output_audio_buffer_clear",
    "RealtimeBetaClientEventResponseCancel": "realtime_beta_client_event_response_cancel",
    "RealtimeBetaClientEventResponseCreate": "realtime_beta_client_event_response_create",
    "RealtimeBetaClientEventSessionUpdate": "realtime_beta_client_event_session_update",
    "RealtimeBetaClientEventTranscriptionSessionUpdate": "realtime_beta_client_event_transcription_session_update",
    "RealtimeBetaResponse": "realtime_beta_response",
    "RealtimeBetaResponseCreateParams": "realtime_beta_response_create_params",
    "RealtimeBetaResponseCreateParamsToolsItem": "realtime_beta_response_create_params_tools_item",
    "RealtimeBetaResponseStatusDetails": "realtime_beta_response_status_details",
    "RealtimeBetaResponseStatusDetailsError": "realtime_beta_response_status_details_error",
    "RealtimeBetaResponseUsage": "realtime_beta_response_usage",
    "RealtimeBetaResponseUsageInputTokenDetails": "realtime_beta_response_usage_input_token_details",
    "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails": "realtime_beta_response_usage_input_token_details_cached_tokens_details",
    "RealtimeBetaResponseUsageOutputTokenDetails": "realtime_beta_response_usage_output_token_details",
    "RealtimeBetaServerEventConversationItemCreated": "realtime_beta_server_event_conversation_item_created",
    "RealtimeBetaServerEventConversationItemDeleted": "realtime_beta_server_event_conversation_item_deleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_beta_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage": "realtime_beta_server_event_conversation_item_input_audio_transcription_completed_usage",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta": "realtime_beta_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment": "realtime_beta_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeBetaServerEventConversationItemRetrieved": "realtime_beta_server_event_conversation_item_retrieved",
    "RealtimeBetaServerEventConversationItemTruncated": "realtime_beta_server_event_conversation_item_truncated",
    "RealtimeBetaServerEventError": "realtime_beta_server_event_error",
    "RealtimeBetaServerEventErrorError": "realtime_beta_server_event_error_error",
    "RealtimeBetaServerEventInputAudioBufferCleared": "realtime_beta_server_event_input_audio_buffer_cleared",
    "RealtimeBetaServerEventInputAudioBufferCommitted": "realtime_beta_server_event_input_audio_buffer_committed",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted": "realtime_beta_server_event_input_audio_buffer_speech_started",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped": "realtime_beta_server_event_input_audio_buffer_speech_stopped",
    "RealtimeBetaServerEventMCPListToolsCompleted": "realtime_beta_server_event_mcp_list_tools_completed",
    "RealtimeBetaServerEventMCPListToolsFailed": "realtime_beta_server_event_mcp_list_tools_failed",
    "RealtimeBetaServerEventMCPListToolsInProgress": "realtime_beta_server_event_mcp_list_tools_in_progress",
    "RealtimeBetaServerEventRateLimitsUpdated": "realtime_beta_server_event_rate_limits_updated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem": "realtime_beta_server_event_rate_limits_updated_rate_limits_item",
    "RealtimeBetaServerEventResponseAudioDelta": "realtime_beta_server_event_response_audio_delta",
    "RealtimeBetaServerEventResponseAudioDone": "realtime_beta_server_event_response_audio_done",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta": "realtime_beta_server_event_response_audio_transcript_delta",
    "RealtimeBetaServerEventResponseAudioTranscriptDone": "realtime_beta_server_event_response_audio_transcript_done",
    "RealtimeBetaServerEventResponseContentPartAdded": "realtime_beta_server_event_response_content_part_added",
    "RealtimeBetaServerEventResponseContentPartAddedPart": "realtime_beta_server_event_response_content_part_added_part",
    "RealtimeBetaServerEventResponseContentPartDone": "realtime_beta_server_event_response_content_part_done",
    "RealtimeBetaServerEventResponseContentPartDonePart": "realtime_beta_server_event_response_content_part_done_part",
    "RealtimeBetaServerEventResponseCreated": "realtime_beta_server_event_response_created",
    "RealtimeBetaServerEventResponseDone": "realtime_beta_server_event_response_done",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta": "realtime_beta_server_event_response_function_call_arguments_delta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone": "realtime_beta_server_event_response_function_call_arguments_done",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDelta": "realtime_beta_server_event_response_mcp_call_arguments_delta",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDone": "realtime_beta_server_event_response_mcp_call_arguments_done",
    "RealtimeBetaServerEventResponseMCPCallCompleted": "realtime_beta_server_event_response_mcp_call_completed",
    "RealtimeBetaServerEventResponseMCPCallFailed": "realtime_beta_server_event_response_mcp_call_failed",
    "RealtimeBetaServerEventResponseMCPCallInProgress": "realtime_beta_server_event_response_mcp_call_in_progress",
    "RealtimeBetaServerEventResponseOutputItemAdded": "realtime_beta_server_event_response_output_item_added",
    "RealtimeBetaServerEventResponseOutputItemDone": "realtime_beta_server_event_response_output_item_done",
    "RealtimeBetaServerEventResponseTextDelta": "realtime_beta_server_event_response_text_delta",
    "RealtimeBetaServerEventResponseTextDone": "realtime_beta_server_event_response_text_done",
    "RealtimeBetaServerEventSessionCreated": "realtime_beta_server_event_session_created",
    "RealtimeBetaServerEventSessionUpdated": "realtime_beta_server_event_session_updated",
    "RealtimeBetaServerEventTranscriptionSessionCreated": "realtime_beta_server_event_transcription_session_created",
    "RealtimeBetaServerEventTranscriptionSessionUpdated": "realtime_beta_server_event_transcription_session_updated",
    "RealtimeCallCreateRequest": "realtime_call_create_request",
    "RealtimeCallReferRequest": "realtime_call_refer_request",
    "RealtimeCallReferRequestParam": "realtime_call_refer_request",
    "RealtimeCallRejectRequest": "realtime_call_reject_request",
    "RealtimeCallRejectRequestParam": "realtime_call_reject_request",
    "RealtimeClientEvent": "realtime_client_event",
    "RealtimeClientEventConversationItemCreate": "realtime_client_event_conversation_item_create",
    "RealtimeClientEventConversationItemDelete": "realtime_client_event_conversation_item_delete",
    "RealtimeClientEventConversationItemRetrieve": "realtime_client_event_conversation_item_retrieve",
    "RealtimeClientEventConversationItemTruncate": "realtime_client_event_conversation_item_truncate",
    "RealtimeClientEventInputAudioBufferAppend": "realtime_client_event_input_audio_buffer_append",
    "RealtimeClientEventInputAudioBufferClear": "realtime_client_event_input_audio_buffer_clear",
    "RealtimeClientEventInputAudioBufferCommit": "realtime_client_event_input_audio_buffer_commit",
    "RealtimeClientEventOutputAudioBufferClear": "realtime_client_event_output_audio_buffer_clear",
    "RealtimeClientEventResponseCancel": "realtime_client_event_response_cancel",
    "RealtimeClientEventResponseCreate": "realtime_client_event_response_create",
    "RealtimeClientEventSessionUpdate": "realtime_client_event_session_update",
    "RealtimeClientEventSessionUpdateSession": "realtime_client_event_session_update_session",
    "RealtimeClientEventTranscriptionSessionUpdate": "realtime_client_event_transcription_session_update",
    "RealtimeConversationItem": "realtime_conversation_item",
    "RealtimeConversationItemFunctionCall": "realtime_conversation_item_function_call",
    "RealtimeConversationItemFunctionCallOutput": "realtime_conversation_item_function_call_output",
    "RealtimeConversationItemMessageAssistant": "realtime_conversation_item_message_assistant",
    "RealtimeConversationItemMessageAssistantContentItem": "realtime_conversation_item_message_assistant_content_item",
    "RealtimeConversationItemMessageSystem": "realtime_conversation_item_message_system",
    "RealtimeConversationItemMessageSystemContentItem": "realtime_conversation_item_message_system_content_item",
    "RealtimeConversationItemMessageUser": "realtime_conversation_item_message_user",
    "RealtimeConversationItemMessageUserContentItem": "realtime_conversation_item_message_user_content_item",
    "RealtimeConversationItemWithReference": "realtime_conversation_item_with_reference",
    "RealtimeConversationItemWithReferenceContentItem": "realtime_conversation_item_with_reference_content_item",
    "RealtimeCreateClientSecretRequest": "realtime_create_client_secret_request",
    "RealtimeCreateClientSecretRequestParam": "realtime_create_client_secret_request",
    "RealtimeCreateClientSecretRequestExpiresAfter": "realtime_create_client_secret_request_expires_after",
    "RealtimeCreateClientSecretRequestExpiresAfterParam": "realtime_create_client_secret_request_expires_after",
    "RealtimeCreateClientSecretRequestSession": "realtime_create_client_secret_request_session",
    "RealtimeCreateClientSecretRequestSessionParam": "realtime_create_client_secret_request_session",
    "RealtimeCreateClientSecretResponse": "realtime_create_client_secret_response",
    "RealtimeCreateClientSecretResponseSession": "realtime_create_client_secret_response_session",
    "RealtimeFunctionTool": "realtime_function_tool",
    "RealtimeFunctionToolParam": "realtime_function_tool",
    "RealtimeMCPApprovalRequest": "realtime_mcp_approval_request",
    "RealtimeMCPApprovalResponse": "realtime_mcp_approval_response",
    "RealtimeMCPHTTPError": "realtime_mcphttp_error",
    "RealtimeMCPListTools": "realtime_mcp_list_tools",
    "RealtimeMCPProtocolError": "realtime_mcp_protocol_error",
    "RealtimeMCPToolCall": "realtime_mcp_tool_call",
    "RealtimeMCPToolCallErrorVariant1": "realtime_mcp_tool_call_error_variant1",
    "RealtimeMCPToolExecutionError": "realtime_mcp_tool_execution_error",
    "RealtimeReasoning": "realtime_reasoning",
    "RealtimeReasoningParam": "realtime_reasoning",
    "RealtimeReasoningEffort": "realtime_reasoning_effort",
    "RealtimeResponse": "realtime_response",
    "RealtimeResponseAudio": "realtime_response_audio",
    "RealtimeResponseAudioOutput": "realtime_response_audio_output",
    "RealtimeResponseCreateParams": "realtime_response_create_params",
    "RealtimeResponseCreateParamsAudio": "realtime_response_create_params_audio",
    "RealtimeResponseCreateParamsAudioOutput": "realtime_response_create_params_audio_output",
    "RealtimeResponseCreateParamsToolsItem": "realtime_response_create_params_tools_item",
    "RealtimeResponseStatusDetails": "realtime_response_status_details",
    "RealtimeResponseStatusDetailsError": "realtime_response_status_details_error",
    "RealtimeResponseUsage": "realtime_response_usage",
    "RealtimeResponseUsageInputTokenDetails": "realtime_response_usage_input_token_details",
    "RealtimeResponseUsageInputTokenDetailsCachedTokensDetails": "realtime_response_usage_input_token_details_cached_tokens_details",
    "RealtimeResponseUsageOutputTokenDetails": "realtime_response_usage_output_token_details",
    "RealtimeServerEvent": "realtime_server_event",
    "RealtimeServerEventConversationCreated": "realtime_server_event_conversation_created",
    "RealtimeServerEventConversationCreatedConversation": "realtime_server_event_conversation_created_conversation",
    "RealtimeServerEventConversationItemAdded": "realtime_server_event_conversation_item_added",
    "RealtimeServerEventConversationItemCreated": "realtime_server_event_conversation_item_created",
    "RealtimeServerEventConversationItemDeleted": "realtime_server_event_conversation_item_deleted",
    "RealtimeServerEventConversationItemDone": "realtime_server_event_conversation_item_done",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompletedUsage": "realtime_server_event_conversation_item_input_audio_transcription_completed_usage",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta": "realtime_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed": "realtime_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedError": "realtime_server_event_conversation_item_input_audio_transcription_failed_error",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment": "realtime_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeServerEventConversationItemRetrieved": "realtime_server_event_conversation_item_retrieved",
    "RealtimeServerEventConversationItemTruncated": "realtime_server_event_conversation_item_truncated",
    "RealtimeServerEventError": "realtime_server_event_error",
    "RealtimeServerEventErrorError": "realtime_server_event_error_error",
    "RealtimeServerEventInputAudioBufferCleared": "realtime_server_event_input_audio_buffer_cleared",
    "RealtimeServerEventInputAudioBufferCommitted": "realtime_server_event_input_audio_buffer_committed",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived": "realtime_server_event_input_audio_buffer_dtmf_event_received",
    "RealtimeServerEventInputAudioBufferSpeechStarted": "realtime_server_event_input_audio_buffer_speech_started",
    "RealtimeServerEventInputAudioBufferSpeechStopped": "realtime_server_event_input_audio_buffer_speech_stopped",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered": "realtime_server_event_input_audio_buffer_timeout_triggered",
    "RealtimeServerEventMCPListToolsCompleted": "realtime_server_event_mcp_list_tools_completed",
    "RealtimeServerEventMCPListToolsFailed": "realtime_server_event_mcp_list_tools_failed",
    "RealtimeServerEventMCPListToolsInProgress": "realtime_server_event_mcp_list_tools_in_progress",
    "RealtimeServerEventOutputAudioBufferCleared": "realtime_server_event_output_audio_buffer_cleared",
    "RealtimeServerEventOutputAudioBufferStarted": "realtime_server_event_output_audio_buffer_started",
    "RealtimeServerEventOutputAudioBufferStopped": "realtime_server_event_output_audio_buffer_stopped",
    "RealtimeServerEventRateLimitsUpdated": "realtime_server_event_rate_limits_updated",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItem": "realtime_server_event_rate_limits_updated_rate_limits_item",
    "RealtimeServerEventResponseAudioDelta": "realtime_server_event_response_audio_delta",
    "RealtimeServerEventResponseAudioDone": "realtime_server_event_response_audio_done",
    "RealtimeServerEventResponseAudioTranscriptDelta": "realtime_server_event_response_audio_transcript_delta",
    "RealtimeServerEventResponseAudioTranscriptDone": "realtime_server_event_response_audio_transcript_done",
    "RealtimeServerEventResponseContentPartAdded": "realtime_server_event_response_content_part_added",
    "RealtimeServerEventResponseContentPartAddedPart": "realtime_server_event_response_content_part_added_part",
    "RealtimeServerEventResponseContentPartDone": "realtime_server_event_response_content_part_done",
    "RealtimeServerEventResponseContentPartDonePart": "realtime_server_event_response_content_part_done_part",
    "RealtimeServerEventResponseCreated": "realtime_server_event_response_created",
    "RealtimeServerEventResponseDone": "realtime_server_event_response_done",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta": "realtime_server_event_response_function_call_arguments_delta",
    "RealtimeServerEventResponseFunctionCallArgumentsDone": "realtime_server_event_response_function_call_arguments_done",
    "RealtimeServerEventResponseMCPCallArgumentsDelta": "realtime_server_event_response_mcp_call_arguments_delta",
    "RealtimeServerEventResponseMCPCallArgumentsDone": "realtime_server_event_response_mcp_call_arguments_done",
    "RealtimeServerEventResponseMCPCallCompleted": "realtime_server_event_response_mcp_call_completed",
    "RealtimeServerEventResponseMCPCallFailed": "realtime_server_event_response_mcp_call_failed",
    "RealtimeServerEventResponseMCPCallInProgress": "realtime_server_event_response_mcp_call_in_progress",
    "RealtimeServerEventResponseOutputItemAdded": "realtime_server_event_response_output_item_added",
    "RealtimeServerEventResponseOutputItemDone": "realtime_server_event_response_output_item_done",
    "RealtimeServerEventResponseTextDelta": "realtime_server_event_response_text_delta",
    "RealtimeServerEventResponseTextDone": "realtime_server_event_response_text_done",
    "RealtimeServerEventSessionCreated": "realtime_server_event_session_created",
    "RealtimeServerEventSessionCreatedSession": "realtime_server_event_session_created_session",
    "RealtimeServerEventSessionUpdated": "realtime_server_event_session_updated",
    "RealtimeServerEventSessionUpdatedSession": "realtime_server_event_session_updated_session",
    "RealtimeServerEventTranscriptionSessionUpdated": "realtime_server_event_transcription_session_updated",
    "RealtimeSession": "realtime_session",
    "RealtimeSessionCreateRequest": "realtime_session_create_request",
    "RealtimeSessionCreateRequestParam": "realtime_session_create_request",
    "RealtimeSessionCreateRequestClientSecret": "realtime_session_create_request_client_secret",
    "RealtimeSessionCreateRequestClientSecretParam": "realtime_session_create_request_client_secret",
    "RealtimeSessionCreateRequestGA": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGAParam": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGAAudio": "realtime_session_create_request_ga_audio",
    "RealtimeSessionCreateRequestGAAudioParam": "realtime_session_create_request_ga_audio",
    "RealtimeSessionCreateRequestGAAudioInput": "realtime_session_create_request_ga_audio_input",
    "RealtimeSessionCreateRequestGAAudioInputParam": "realtime_session_create_request_ga_audio_input",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReduction": "realtime_session_create_request_ga_audio_input_noise_reduction",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReductionParam": "realtime_session_create_request_ga_audio_input_noise_reduction",
    "RealtimeSessionCreateRequestGAAudioOutput": "realtime_session_create_request_ga_audio_output",
    "RealtimeSessionCreateRequestGAAudioOutputParam": "realtime_session_create_request_ga_audio_output",
    "RealtimeSessionCreateRequestGAToolsItem": "realtime_session_create_request_ga_tools_item",
    "RealtimeSessionCreateRequestGAToolsItemParam": "realtime_session_create_request_ga_tools_item",
    "RealtimeSessionCreateRequestGATracingVariant1TracingConfiguration": "realtime_session_create_request_ga_tracing_variant1_tracing_configuration",
    "RealtimeSessionCreateRequestGATracingVariant1TracingConfigurationParam": "realtime_session_create_request_ga_tracing_variant1_tracing_configuration",
    "RealtimeSessionCreateRequestInputAudioTranscription": "realtime_session_create_request_input_audio_transcription",
    "RealtimeSessionCreateRequestInputAudioTranscriptionParam": "realtime_session_create_request_input_audio_transcription",
    "RealtimeSessionCreateRequestToolsItem": "realtime_session_create_request_tools_item",
    "RealtimeSessionCreateRequestToolsItemParam": "realtime_session_create_request_tools_item",
    "RealtimeSessionCreateRequestTracingTracingConfiguration": "realtime_session_create_request_tracing_tracing_configuration",
    "RealtimeSessionCreateRequestTracingTracingConfigurationParam": "realtime_session_create_request_tracing_tracing_configuration",
    "RealtimeSessionCreateRequestTurnDetection": "realtime_session_create_request_turn_detection",
    "RealtimeSessionCreateRequestTurnDetectionParam": "realtime_session_create_request_turn_detection",
    "RealtimeSessionCreateResponse": "realtime_session_create_response",
    "RealtimeSessionCreateResponseAudio": "realtime_session_create_response_audio",
    "RealtimeSessionCreateResponseAudioInput": "realtime_session_create_response_audio_input",
    "RealtimeSessionCreateResponseAudioInputNoiseReduction": "realtime_session_create_response_audio_input_noise_reduction",
    "RealtimeSessionCreateResponseAudioInputTurnDetection": "realtime_session_create_response_audio_input_turn_detection",
    "RealtimeSessionCreateResponseAudioOutput": "realtime_session_create_response_audio_output",
    "RealtimeSessionCreateResponseGA": "realtime_session_create_response_ga",
    "RealtimeSessionCreateResponseGAAudio": "realtime_session_create_response_ga_audio",
    "RealtimeSessionCreateResponseGAAudioInput": "realtime_session_create_response_ga_audio_input",
    "RealtimeSessionCreateResponseGAAudioInputNoiseReduction": "realtime_session_create_response_ga_audio_input_noise_reduction",
    "RealtimeSessionCreateResponseGAAudioOutput": "realtime_session_create_response_ga_audio_output",
    "RealtimeSessionCreateResponseGAToolsItem": "realtime_session_create_response_ga_tools_item",
    "RealtimeSessionCreateResponseGATracingTracingConfigurationTracingConfiguration": "realtime_session_create_response_ga_tracing_tracing_configuration_tracing_configuration",
    "RealtimeSessionCreateResponseTracingTracingConfiguration": "realtime_session_create_response_tracing_tracing_configuration",
    "RealtimeSessionCreateResponseTurnDetection": "realtime_session_create_response_turn_detection",
    "RealtimeSessionInputAudioNoiseReduction": "realtime_session_input_audio_noise_reduction",
    "RealtimeSessionTracingTracingConfigurationTracingConfiguration": "realtime_session_tracing_tracing_configuration_tracing_configuration",
    "RealtimeTranscriptionSessionCreateRequest": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestParam": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestGA": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGAParam": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGAAudio": "realtime_transcription_session_create_request_ga_audio",
    "RealtimeTranscriptionSessionCreateRequestGAAudioParam": "realtime_transcription_session_create_request_ga_audio",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInput": "realtime_transcription_session_create_request_ga_audio_input",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputParam": "realtime_transcription_session_create_request_ga_audio_input",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction": "realtime_transcription_session_create_request_ga_audio_input_noise_reduction",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionParam": "realtime_transcription_session_create_request_ga_audio_input_noise_reduction",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction": "realtime_transcription_session_create_request_input_audio_noise_reduction",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam": "realtime_transcription_session_create_request_input_audio_noise_reduction",
    "RealtimeTranscriptionSessionCreateRequestTurnDetection": "realtime_transcription_session_create_request_turn_detection",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionParam": "realtime_transcription_session_create_request_turn_detection",
    "RealtimeTranscriptionSessionCreateResponse": "realtime_transcription_session_create_response",
    "RealtimeTranscriptionSessionCreateResponseClientSecret": "realtime_transcription_session_create_response_client_secret",
    "RealtimeTranscriptionSessionCreateResponseGA": "realtime_transcription_session_create_response_ga",
    "RealtimeTranscriptionSessionCreateResponseGAAudio": "realtime_transcription_session_create_response_ga_audio",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInput": "realtime_transcription_session_create_response_ga_audio_input",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction": "realtime_transcription_session_create_response_ga_audio_input_noise_reduction",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionVariant1": "realtime_transcription_session_create_response_ga_audio_input_turn_detection_variant1",
    "RealtimeTranscriptionSessionCreateResponseTurnDetection": "realtime_transcription_session_create_response_turn_detection",
    "RealtimeTranslationClientEvent": "realtime_translation_client_event",
    "RealtimeTranslationClientEventInputAudioBufferAppend": "realtime_translation_client_event_input_audio_buffer_append",
    "RealtimeTranslationClientEventSessionClose": "realtime_translation_client_event_session_close",
    "RealtimeTranslationClientEventSessionUpdate": "realtime_translation_client_event_session_update",
    "RealtimeTranslationClientSecretCreateRequest": "realtime_translation_client_secret_create_request",
    "RealtimeTranslationClientSecretCreateRequestParam": "realtime_translation_client_secret_create_request",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfter": "realtime_translation_client_secret_create_request_expires_after",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfterParam": "realtime_translation_client_secret_create_request_expires_after",
    "RealtimeTranslationClientSecretCreateResponse": "realtime_translation_client_secret_create_response",
    "RealtimeTranslationServerEvent": "realtime_translation_server_event",
    "RealtimeTranslationServerEventSessionClosed": "realtime_translation_server_event_session_closed",
    "RealtimeTranslationServerEventSessionCreated": "realtime_translation_server_event_session_created",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta": "realtime_translation_server_event_session_input_transcript_delta",
    "RealtimeTranslationServerEventSessionOutputAudioDelta": "realtime_translation_server_event_session_output_audio_delta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta": "realtime_translation_server_event_session_output_transcript_delta",
    "RealtimeTranslationServerEventSessionUpdated": "realtime_translation_server_event_session_updated",
    "RealtimeTranslationSession": "realtime_translation_session",
    "RealtimeTranslationSessionAudio": "realtime_translation_session_audio",
    "RealtimeTranslationSessionAudioInput": "realtime_translation_session_audio_input",
    "RealtimeTranslationSessionAudioInputNoiseReductionVariant1": "realtime_translation_session_audio_input_noise_reduction_variant1",
    "RealtimeTranslationSessionAudioInputTranscriptionVariant1": "realtime_translation_session_audio_input_transcription_variant1",
    "RealtimeTranslationSessionAudioOutput": "realtime_translation_session_audio_output",
    "RealtimeTranslationSessionCreateRequest": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestParam": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudio": "realtime_translation_session_create_request_audio",
    "RealtimeTranslationSessionCreateRequestAudioParam": "realtime_translation_session_create_request_audio",
    "RealtimeTranslationSessionCreateRequestAudioInput": "realtime_translation_session_create_request_audio_input",
    "RealtimeTranslationSessionCreateRequestAudioInputParam": "realtime_translation_session_create_request_audio_input",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1": "realtime_translation_session_create_request_audio_input_noise_reduction_variant1",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1Param": "realtime_translation_session_create_request_audio_input_noise_reduction_variant1",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1": "realtime_translation_session_create_request_audio_input_transcription_variant1",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1Param": "realtime_translation_session_create_request_audio_input_transcription_variant1",
    "RealtimeTranslationSessionCreateRequestAudioOutput": "realtime_translation_session_create_request_audio_output",
    "RealtimeTranslationSessionCreateRequestAudioOutputParam": "realtime_translation_session_create_request_audio_output",
    "RealtimeTranslationSessionUpdateRequest": "realtime_translation_session_update_request",
    "RealtimeTranslationSessionUpdateRequestAudio": "realtime_translation_session_update_request_audio",
    "RealtimeTranslationSessionUpdateRequestAudioInput": "realtime_translation_session_update_request_audio_input",
    "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1": "realtime_translation_session_update_request_audio_input_noise_reduction_variant1",
    "RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1": "realtime_translation_session_update_request_audio_input_transcription_variant1",
    "RealtimeTranslationSessionUpdateRequestAudioOutput": "realtime_translation_session_update_request_audio_output",
    "RealtimeTruncation": "realtime_truncation",
    "RealtimeTruncationParam": "realtime_truncation",
    "RealtimeTruncationRetentionRatioTruncation": "realtime_truncation_retention_ratio_truncation",
    "RealtimeTruncationRetentionRatioTruncationParam": "realtime_truncation_retention_ratio_truncation",
    "RealtimeTruncationRetentionRatioTruncationTokenLimits": "realtime_truncation_retention_ratio_truncation_token_limits",
    "RealtimeTruncationRetentionRatioTruncationTokenLimitsParam": "realtime_truncation_retention_ratio_truncation_token_limits",
    "RealtimeTurnDetection": "realtime_turn_detection",
    "RealtimeTurnDetectionParam": "realtime_turn_detection",
    "RealtimeTurnDetectionRealtimeTurnDetection": "realtime_turn_detection_realtime_turn_detection",
    "RealtimeTurnDetectionRealtimeTurnDetectionParam": "realtime_turn_detection_realtime_turn_detection",
    "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad": "realtime_turn_detection_realtime_turn_detection_semantic_vad",
    "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVadParam": "realtime_turn_detection_realtime_turn_detection_semantic_vad",
    "RealtimeTurnDetectionRealtimeTurnDetectionServerVad": "realtime_turn_detection_realtime_turn_detection_server_vad",
    "RealtimeTurnDetectionRealtimeTurnDetectionServerVadParam": "realtime_turn_detection_realtime_turn_detection_server_vad",
    "Reasoning": "reasoning",
    "ReasoningParam": "reasoning",
    "ReasoningEffort": "reasoning_effort",
    "ReasoningItem": "reasoning_item",
    "ReasoningItemParam": "reasoning_item",
    "ReasoningTextContent": "reasoning_text_content",
    "ReasoningTextContentParam": "reasoning_text_content",
    "RefusalContent": "refusal_content",
    "RefusalContentParam": "refusal_content",
    "Response": "response",
    "ResponseAudioDeltaEvent": "response_audio_delta_event",
    "ResponseAudioDoneEvent": "response_audio_done_event",
    "ResponseAudioTranscriptDeltaEvent": "response_audio_transcript_delta_event",
    "ResponseAudioTranscriptDoneEvent": "response_audio_transcript_done_event",
    "ResponseCodeInterpreterCallCodeDeltaEvent": "response_code_interpreter_call_code_delta_event",
    "ResponseCodeInterpreterCallCodeDoneEvent": "response_code_interpreter_call_code_done_event",
    "ResponseCodeInterpreterCallCompletedEvent": "response_code_interpreter_call_completed_event",
    "ResponseCodeInterpreterCallInProgressEvent": "response_code_interpreter_call_in_progress_event",
    "ResponseCodeInterpreterCallInterpretingEvent": "response_code_interpreter_call_interpreting_event",
    "ResponseCompletedEvent": "response_completed_event",
    "ResponseContentPartAddedEvent": "response_content_part_added_event",
    "ResponseContentPartDoneEvent": "response_content_part_done_event",
    "ResponseCreatedEvent": "response_created_event",
    "ResponseCustomToolCallInputDeltaEvent": "response_custom_tool_call_input_delta_event",
    "ResponseCustomToolCallInputDoneEvent": "response_custom_tool_call_input_done_event",
    "ResponseError": "response_error",
    "ResponseErrorCode": "response_error_code",
    "ResponseErrorEvent": "response_error_event",
    "ResponseErrorVariant1": "response_error_variant1",
    "ResponseFailedEvent": "response_failed_event",
    "ResponseFileSearchCallCompletedEvent": "response_file_search_call_completed_event",
    "ResponseFileSearchCallInProgressEvent": "response_file_search_call_in_progress_event",
    "ResponseFileSearchCallSearchingEvent": "response_file_search_call_searching_event",
    "ResponseFormatJsonObject": "response_format_json_object",
    "ResponseFormatJsonObjectParam": "response_format_json_object",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaParam": "response_format_json_schema",
    "ResponseFormatJsonSchemaJsonSchema": "response_format_json_schema_json_schema",
    "ResponseFormatJsonSchemaJsonSchemaParam": "response_format_json_schema_json_schema",
    "ResponseFormatJsonSchemaSchema": "response_format_json_schema_schema",
    "ResponseFormatText": "response_format_text",
    "ResponseFormatTextParam": "response_format_text",
    "ResponseFormatTextGrammar": "response_format_text_grammar",
    "ResponseFormatTextPython": "response_format_text_python",
    "ResponseFunctionCallArgumentsDeltaEvent": "response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDoneEvent": "response_function_call_arguments_done_event",
    "ResponseImageGenCallCompletedEvent": "response_image_gen_call_completed_event",
    "ResponseImageGenCallGeneratingEvent": "response_image_gen_call_generating_event",
    "ResponseImageGenCallInProgressEvent": "response_image_gen_call_in_progress_event",
    "ResponseImageGenCallPartialImageEvent": "response_image_gen_call_partial_image_event",
    "ResponseInProgressEvent": "response_in_progress_event",
    "ResponseIncompleteDetailsVariant1": "response_incomplete_details_variant1",
    "ResponseIncompleteEvent": "response_incomplete_event",
    "ResponseItemList": "response_item_list",
    "ResponseLogProb": "response_log_prob",
    "ResponseLogProbTopLogprobsItem": "response_log_prob_top_logprobs_item",
    "ResponseMCPCallArgumentsDeltaEvent": "response_mcp_call_arguments_delta_event",
    "ResponseMCPCallArgumentsDoneEvent": "response_mcp_call_arguments_done_event",
    "ResponseMCPCallCompletedEvent": "response_mcp_call_completed_event",
    "ResponseMCPCallFailedEvent": "response_mcp_call_failed_event",
    "ResponseMCPCallInProgressEvent": "response_mcp_call_in_progress_event",
    "ResponseMCPListToolsCompletedEvent": "response_mcp_list_tools_completed_event",
    "ResponseMCPListToolsFailedEvent": "response_mcp_list_tools_failed_event",
    "ResponseMCPListToolsInProgressEvent": "response_mcp_list_tools_in_progress_event",
    "ResponseModalities": "response_modalities",
    "ResponseOutputItemAddedEvent": "response_output_item_added_event",
    "ResponseOutputItemDoneEvent": "response_output_item_done_event",
    "ResponseOutputText": "response_output_text",
    "ResponseOutputTextAnnotationAddedEvent": "response_output_text_annotation_added_event",
    "ResponseOutputTextAnnotationsItem": "response_output_text_annotations_item",
    "ResponsePromptVariables": "response_prompt_variables",
    "ResponsePromptVariablesParam": "response_prompt_variables",
    "ResponseProperties": "response_properties",
    "ResponseQueuedEvent": "response_queued_event",
    "ResponseReasoningSummaryPartAddedEvent": "response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartAddedEventPart": "response_reasoning_summary_part_added_event_part",
    "ResponseReasoningSummaryPartDoneEvent": "response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryPartDoneEventPart": "response_reasoning_summary_part_done_event_part",
    "ResponseReasoningSummaryTextDeltaEvent": "response_reasoning_summary_text_delta_event",
    "ResponseReasoningSummaryTextDoneEvent": "response_reasoning_summary_text_done_event",
    "ResponseReasoningTextDeltaEvent": "response_reasoning_text_delta_event",
    "ResponseReasoningTextDoneEvent": "response_reasoning_text_done_event",
    "ResponseRefusalDeltaEvent": "response_refusal_delta_event",
    "ResponseRefusalDoneEvent": "response_refusal_done_event",
    "ResponseStreamEvent": "response_stream_event",
    "ResponseStreamOptions": "response_stream_options",
    "ResponseStreamOptionsParam": "response_stream_options",
    "ResponseStreamOptionsVariant1": "response_stream_options_variant1",
    "ResponseStreamOptionsVariant1Param": "response_stream_options_variant1",
    "ResponseTextDeltaEvent": "response_text_delta_event",
    "ResponseTextDoneEvent": "response_text_done_event",
    "ResponseTextParam": "response_text_param",
    "ResponseTextParamParam": "response_text_param",
    "ResponseUsage": "response_usage",
    "ResponseUsageInputTokensDetails": "response_usage_input_tokens_details",
    "ResponseUsageOutputTokensDetails": "response_usage_output_tokens_details",
    "ResponseWebSearchCallCompletedEvent": "response_web_search_call_completed_event",
    "ResponseWebSearchCallInProgressEvent": "response_web_search_call_in_progress_event",
    "ResponseWebSearchCallSearchingEvent": "response_web_search_call_searching_event",
    "ResponsesClientEvent": "responses_client_event",
    "ResponsesClientEventResponseCreate": "responses_client_event_response_create",
    "ResponsesServerEvent": "responses_server_event",
    "Role": "role",
    "RoleDeletedResource": "role_deleted_resource",
    "RoleListResource": "role_list_resource",
    "RunCompletionUsage": "run_completion_usage",
    "RunCompletionUsageVariant1": "run_completion_usage_variant1",
    "RunGraderRequest": "run_grader_request",
    "RunGraderRequestParam": "run_grader_request",
    "RunGraderRequestGrader": "run_grader_request_grader",
    "RunGraderRequestGraderParam": "run_grader_request_grader",
    "RunGraderResponse": "run_grader_response",
    "RunGraderResponseMetadata": "run_grader_response_metadata",
    "RunGraderResponseMetadataErrors": "run_grader_response_metadata_errors",
    "RunObject": "run_object",
    "RunObjectIncompleteDetails": "run_object_incomplete_details",
    "RunObjectLastError": "run_object_last_error",
    "RunObjectRequiredAction": "run_object_required_action",
    "RunObjectRequiredActionSubmitToolOutputs": "run_object_required_action_submit_tool_outputs",
    "RunObjectToolsItem": "run_object_tools_item",
    "RunStepCompletionUsage": "run_step_completion_usage",
    "RunStepCompletionUsageVariant1": "run_step_completion_usage_variant1",
    "RunStepDeltaObject": "run_step_delta_object",
    "RunStepDeltaObjectDelta": "run_step_delta_object_delta",
    "RunStepDeltaObjectDeltaStepDetails": "run_step_delta_object_delta_step_details",
    "RunStepDeltaStepDetailsMessageCreationObject": "run_step_delta_step_details_message_creation_object",
    "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation": "run_step_delta_step_details_message_creation_object_message_creation",
    "RunStepDeltaStepDetailsToolCallsCodeObject": "run_step_delta_step_details_tool_calls_code_object",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter": "run_step_delta_step_details_tool_calls_code_object_code_interpreter",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem": "run_step_delta_step_details_tool_calls_code_object_code_interpreter_outputs_item",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject": "run_step_delta_step_details_tool_calls_code_output_image_object",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage": "run_step_delta_step_details_tool_calls_code_output_image_object_image",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject": "run_step_delta_step_details_tool_calls_code_output_logs_object",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject": "run_step_delta_step_details_tool_calls_file_search_object",
    "RunStepDeltaStepDetailsToolCallsFunctionObject": "run_step_delta_step_details_tool_calls_function_object",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction": "run_step_delta_step_details_tool_calls_function_object_function",
    "RunStepDeltaStepDetailsToolCallsObject": "run_step_delta_step_details_tool_calls_object",
    "RunStepDeltaStepDetailsToolCallsObjectToolCallsItem": "run_step_delta_step_details_tool_calls_object_tool_calls_item",
    "RunStepDetailsMessageCreationObject": "run_step_details_message_creation_object",
    "RunStepDetailsMessageCreationObjectMessageCreation": "run_step_details_message_creation_object_message_creation",
    "RunStepDetailsToolCallsCodeObject": "run_step_details_tool_calls_code_object",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter": "run_step_details_tool_calls_code_object_code_interpreter",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem": "run_step_details_tool_calls_code_object_code_interpreter_outputs_item",
    "RunStepDetailsToolCallsCodeOutputImageObject": "run_step_details_tool_calls_code_output_image_object",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage": "run_step_details_tool_calls_code_output_image_object_image",
    "RunStepDetailsToolCallsCodeOutputLogsObject": "run_step_details_tool_calls_code_output_logs_object",
    "RunStepDetailsToolCallsFileSearchObject": "run_step_details_tool_calls_file_search_object",
    "RunStepDetailsToolCallsFileSearchObjectFileSearch": "run_step_details_tool_calls_file_search_object_file_search",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject": "run_step_details_tool_calls_file_search_ranking_options_object",
    "RunStepDetailsToolCallsFileSearchResultObject": "run_step_details_tool_calls_file_search_result_object",
    "RunStepDetailsToolCallsFileSearchResultObjectContentItem": "run_step_details_tool_calls_file_search_result_object_content_item",
    "RunStepDetailsToolCallsFunctionObject": "run_step_details_tool_calls_function_object",
    "RunStepDetailsToolCallsFunctionObjectFunction": "run_step_details_tool_calls_function_object_function",
    "RunStepDetailsToolCallsObject": "run_step_details_tool_calls_object",
    "RunStepDetailsToolCallsObjectToolCallsItem": "run_step_details_tool_calls_object_tool_calls_item",
    "RunStepObject": "run_step_object",
    "RunStepObjectLastErrorVariant1": "run_step_object_last_error_variant1",
    "RunStepObjectStepDetails": "run_step_object_step_details",
    "RunStepStreamEvent": "run_step_stream_event",
    "RunStepStreamEventThreadRunStepCancelled": "run_step_stream_event_thread_run_step_cancelled",
    "RunStepStreamEventThreadRunStepCompleted": "run_step_stream_event_thread_run_step_completed",
    "RunStepStreamEventThreadRunStepCreated": "run_step_stream_event_thread_run_step_created",
    "RunStepStreamEventThreadRunStepDelta": "run_step_stream_event_thread_run_step_delta",
    "RunStepStreamEventThreadRunStepExpired": "run_step_stream_event_thread_run_step_expired",
    "RunStepStreamEventThreadRunStepFailed": "run_step_stream_event_thread_run_step_failed",
    "RunStepStreamEventThreadRunStepInProgress": "run_step_stream_event_thread_run_step_in_progress",
    "RunStreamEvent": "run_stream_event",
    "RunStreamEventThreadRunCancelled": "run_stream_event_thread_run_cancelled",
    "RunStreamEventThreadRunCancelling": "run_stream_event_thread_run_cancelling",
    "RunStreamEventThreadRunCompleted": "run_stream_event_thread_run_completed",
    "RunStreamEventThreadRunCreated": "run_stream_event_thread_run_created",
    "RunStreamEventThreadRunExpired": "run_stream_event_thread_run_expired",
    "RunStreamEventThreadRunFailed": "run_stream_event_thread_run_failed",
    "RunStreamEventThreadRunInProgress": "run_stream_event_thread_run_in_progress",
    "RunStreamEventThreadRunIncomplete": "run_stream_event_thread_run_incomplete",
    "RunStreamEventThreadRunQueued": "run_stream_event_thread_run_queued",
    "RunStreamEventThreadRunRequiresAction": "run_stream_event_thread_run_requires_action",
    "RunToolCallObject": "run_tool_call_object",
    "RunToolCallObjectFunction": "run_tool_call_object_function",
    "ScreenshotParam": "screenshot_param",
    "ScreenshotParamParam": "screenshot_param",
    "ScrollParam": "scroll_param",
    "ScrollParamParam": "scroll_param",
    "SearchContentType": "search_content_type",
    "SearchContextSize": "search_context_size",
    "ServiceTier": "service_tier",
    "ServiceTierEnum": "service_tier_enum",
    "SetDefaultSkillVersionBody": "set_default_skill_version_body",
    "SetDefaultSkillVersionBodyParam": "set_default_skill_version_body",
    "SkillListResource": "skill_list_resource",
    "SkillReferenceParam": "skill_reference_param",
    "SkillReferenceParamParam": "skill_reference_param",
    "SkillResource": "skill_resource",
    "SkillVersionListResource": "skill_version_list_resource",
    "SkillVersionResource": "skill_version_resource",
    "SpecificApplyPatchParam": "specific_apply_patch_param",
    "SpecificApplyPatchParamParam": "specific_apply_patch_param",
    "SpecificFunctionShellParam": "specific_function_shell_param",
    "SpecificFunctionShellParamParam": "specific_function_shell_param",
    "SpeechAudioDeltaEvent": "speech_audio_delta_event",
    "SpeechAudioDoneEvent": "speech_audio_done_event",
    "SpeechAudioDoneEventUsage": "speech_audio_done_event_usage",
    "SpendAlertNotificationChannel": "spend_alert_notification_channel",
    "SpendAlertNotificationChannelParam": "spend_alert_notification_channel",
    "StaticChunkingStrategy": "static_chunking_strategy",
    "StaticChunkingStrategyParam": "static_chunking_strategy",
    "StaticChunkingStrategyRequestParam": "static_chunking_strategy_request_param",
    "StaticChunkingStrategyRequestParamParam": "static_chunking_strategy_request_param",
    "StaticChunkingStrategyResponseParam": "static_chunking_strategy_response_param",
    "StopConfiguration": "stop_configuration",
    "SubmitToolOutputsRunRequest": "submit_tool_outputs_run_request",
    "SubmitToolOutputsRunRequestParam": "submit_tool_outputs_run_request",
    "SubmitToolOutputsRunRequestToolOutputsItem": "submit_tool_outputs_run_request_tool_outputs_item",
    "SubmitToolOutputsRunRequestToolOutputsItemParam": "submit_tool_outputs_run_request_tool_outputs_item",
    "SummaryTextContent": "summary_text_content",
    "SummaryTextContentParam": "summary_text_content",
    "TaskGroupItem": "task_group_item",
    "TaskGroupTask": "task_group_task",
    "TaskItem": "task_item",
    "TaskType": "task_type",
    "TextContent": "text_content",
    "TextResponseFormatConfiguration": "text_response_format_configuration",
    "TextResponseFormatConfigurationParam": "text_response_format_configuration",
    "TextResponseFormatJsonSchema": "text_response_format_json_schema",
    "TextResponseFormatJsonSchemaParam": "text_response_format_json_schema",
    "ThreadItem": "thread_item",
    "ThreadItemListResource": "thread_item_list_resource",
    "ThreadListResource": "thread_list_resource",
    "ThreadObject": "thread_object",
    "ThreadObjectToolResourcesVariant1": "thread_object_tool_resources_variant1",
    "ThreadObjectToolResourcesVariant1CodeInterpreter": "thread_object_tool_resources_variant1_code_interpreter",
    "ThreadObjectToolResourcesVariant1FileSearch": "thread_object_tool_resources_variant1_file_search",
    "ThreadResource": "thread_resource",
    "ThreadResourceStatus": "thread_resource_status",
    "ThreadStreamEvent": "thread_stream_event",
    "ThreadStreamEventVariant1": "thread_stream_event_variant1",
    "ToggleCertificatesRequest": "toggle_certificates_request",
    "ToggleCertificatesRequestParam": "toggle_certificates_request",
    "TokenCountsBody": "token_counts_body",
    "TokenCountsBodyParam": "token_counts_body",
    "TokenCountsResource": "token_counts_resource",
    "Tool": "tool",
    "ToolParam": "tool",
    "ToolChoice": "tool_choice",
    "ToolChoiceAllowed": "tool_choice_allowed",
    "ToolChoiceAllowedParam": "tool_choice_allowed",
    "ToolChoiceCustom": "tool_choice_custom",
    "ToolChoiceCustomParam": "tool_choice_custom",
    "ToolChoiceFunction": "tool_choice_function",
    "ToolChoiceFunctionParam": "tool_choice_function",
    "ToolChoiceMCP": "tool_choice_mcp",
    "ToolChoiceMCPParam": "tool_choice_mcp",
    "ToolChoiceOptions": "tool_choice_options",
    "ToolChoiceParam": "tool_choice_param",
    "ToolChoiceParamParam": "tool_choice_param",
    "ToolChoiceTypes": "tool_choice_types",
    "ToolChoiceTypesParam": "tool_choice_types",
    "ToolSearchCall": "tool_search_call",
    "ToolSearchCallItemParam": "tool_search_call_item_param",
    "ToolSearchCallItemParamParam": "tool_search_call_item_param",
    "ToolSearchExecutionType": "tool_search_execution_type",
    "ToolSearchOutput": "tool_search_output",
    "ToolSearchOutputItemParam": "tool_search_output_item_param",
    "ToolSearchOutputItemParamParam": "tool_search_output_item_param",
    "ToolSearchToolParam": "tool_search_tool_param",
    "ToolSearchToolParamParam": "tool_search_tool_param",
    "ToolsArray": "tools_array",
    "ToolsArrayParam": "tools_array",
    "TopLogProb": "top_log_prob",
    "TopLogProbParam": "top_log_prob",
    "TranscriptTextDeltaEvent": "transcript_text_delta_event",
    "TranscriptTextDeltaEventLogprobsItem": "transcript_text_delta_event_logprobs_item",
    "TranscriptTextDoneEvent": "transcript_text_done_event",
    "TranscriptTextDoneEventLogprobsItem": "transcript_text_done_event_logprobs_item",
    "TranscriptTextSegmentEvent": "transcript_text_segment_event",
    "TranscriptTextUsageDuration": "transcript_text_usage_duration",
    "TranscriptTextUsageTokens": "transcript_text_usage_tokens",
    "TranscriptTextUsageTokensInputTokenDetails": "transcript_text_usage_tokens_input_token_details",
    "TranscriptionChunkingStrategy": "transcription_chunking_strategy",
    "TranscriptionDiarizedSegment": "transcription_diarized_segment",
    "TranscriptionInclude": "transcription_include",
    "TranscriptionSegment": "transcription_segment",
    "TranscriptionWord": "transcription_word",
    "TruncationEnum": "truncation_enum",
    "TruncationObject": "truncation_object",
    "TruncationObjectParam": "truncation_object",
    "TypeParam": "type_param",
    "TypeParamParam": "type_param",
    "UpdateChatCompletionRequest": "update_chat_completion_request",
    "UpdateChatCompletionRequestParam": "update_chat_completion_request",
    "UpdateConversationBody": "update_conversation_body",
    "UpdateConversationBodyParam": "update_conversation_body",
    "UpdateEvalRequest": "update_eval_request",
    "UpdateEvalRequestParam": "update_eval_request",
    "UpdateGroupBody": "update_group_body",
    "UpdateGroupBodyParam": "update_group_body",
    "UpdateOrganizationDataRetentionBody": "update_organization_data_retention_body",
    "UpdateOrganizationDataRetentionBodyParam": "update_organization_data_retention_body",
    "UpdateProjectDataRetentionBody": "update_project_data_retention_body",
    "UpdateProjectDataRetentionBodyParam": "update_project_data_retention_body",
    "UpdateProjectServiceAccountBody": "update_project_service_account_body",
    "UpdateProjectServiceAccountBodyParam": "update_project_service_account_body",
    "UpdateVectorStoreFileAttributesRequest": "update_vector_store_file_attributes_request",
    "UpdateVectorStoreFileAttributesRequestParam": "update_vector_store_file_attributes_request",
    "UpdateVectorStoreRequest": "update_vector_store_request",
    "UpdateVectorStoreRequestParam": "update_vector_store_request",
    "UpdateVoiceConsentRequest": "update_voice_consent_request",
    "UpdateVoiceConsentRequestParam": "update_voice_consent_request",
    "Upload": "upload",
    "UploadCertificateRequest": "upload_certificate_request",
    "UploadCertificateRequestParam": "upload_certificate_request",
    "UploadPart": "upload_part",
    "UrlAnnotation": "url_annotation",
    "UrlAnnotationSource": "url_annotation_source",
    "UrlCitationBody": "url_citation_body",
    "UrlCitationBodyParam": "url_citation_body",
    "UsageAudioSpeechesResult": "usage_audio_speeches_result",
    "UsageAudioTranscriptionsResult": "usage_audio_transcriptions_result",
    "UsageCodeInterpreterSessionsResult": "usage_code_interpreter_sessions_result",
    "UsageCompletionsResult": "usage_completions_result",
    "UsageEmbeddingsResult": "usage_embeddings_result",
    "UsageFileSearchCallsResult": "usage_file_search_calls_result",
    "UsageImagesResult": "usage_images_result",
    "UsageModerationsResult": "usage_moderations_result",
    "UsageResponse": "usage_response",
    "UsageTimeBucket": "usage_time_bucket",
    "UsageTimeBucketResultsItem": "usage_time_bucket_results_item",
    "UsageVectorStoresResult": "usage_vector_stores_result",
    "UsageWebSearchCallsResult": "usage_web_search_calls_result",
    "User": "user",
    "UserDeleteResponse": "user_delete_response",
    "UserListResource": "user_list_resource",
    "UserListResponse": "user_list_response",
    "UserMessageInputText": "user_message_input_text",
    "UserMessageItem": "user_message_item",
    "UserMessageItemContentItem": "user_message_item_content_item",
    "UserMessageQuotedText": "user_message_quoted_text",
    "UserProjectsVariant1": "user_projects_variant1",
    "UserProjectsVariant1DataItem": "user_projects_variant1_data_item",
    "UserRoleAssignment": "user_role_assignment",
    "UserRoleUpdateRequest": "user_role_update_request",
    "UserRoleUpdateRequestParam": "user_role_update_request",
    "UserUser": "user_user",
    "VadConfig": "vad_config",
    "VadConfigParam": "vad_config",
    "ValidateGraderRequest": "validate_grader_request",
    "ValidateGraderRequestParam": "validate_grader_request",
    "ValidateGraderRequestGrader": "validate_grader_request_grader",
    "ValidateGraderRequestGraderParam": "validate_grader_request_grader",
    "ValidateGraderResponse": "validate_grader_response",
    "ValidateGraderResponseGrader": "validate_grader_response_grader",
    "VectorStoreExpirationAfter": "vector_store_expiration_after",
    "VectorStoreExpirationAfterParam": "vector_store_expiration_after",
    "VectorStoreFileAttributes": "vector_store_file_attributes",
    "VectorStoreFileBatchObject": "vector_store_file_batch_object",
    "VectorStoreFileBatchObjectFileCounts": "vector_store_file_batch_object_file_counts",
    "VectorStoreFileContentResponse": "vector_store_file_content_response",
    "VectorStoreFileContentResponseDataItem": "vector_store_file_content_response_data_item",
    "VectorStoreFileObject": "vector_store_file_object",
    "VectorStoreFileObjectChunkingStrategy": "vector_store_file_object_chunking_strategy",
    "VectorStoreFileObjectLastErrorVariant1": "vector_store_file_object_last_error_variant1",
    "VectorStoreObject": "vector_store_object",
    "VectorStoreObjectFileCounts": "vector_store_object_file_counts",
    "VectorStoreSearchRequest": "vector_store_search_request",
    "VectorStoreSearchRequestParam": "vector_store_search_request",
    "VectorStoreSearchRequestFilters": "vector_store_search_request_filters",
    "VectorStoreSearchRequestFiltersParam": "vector_store_search_request_filters",
    "VectorStoreSearchRequestRankingOptions": "vector_store_search_request_ranking_options",
    "VectorStoreSearchRequestRankingOptionsParam": "vector_store_search_request_ranking_options",
    "VectorStoreSearchResultContentObject": "vector_store_search_result_content_object",
    "VectorStoreSearchResultItem": "vector_store_search_result_item",
    "VectorStoreSearchResultsPage": "vector_store_search_results_page",
    "Verbosity": "verbosity",
    "VideoCharacterResource": "video_character_resource",
    "VideoContentVariant": "video_content_variant",
    "VideoListResource": "video_list_resource",
    "VideoModel": "video_model",
    "VideoReferenceInputParam": "video_reference_input_param",
    "VideoReferenceInputParamParam": "video_reference_input_param",
    "VideoResource": "video_resource",
    "VideoSeconds": "video_seconds",
    "VideoSize": "video_size",
    "VideoStatus": "video_status",
    "VoiceConsentDeletedResource": "voice_consent_deleted_resource",
    "VoiceConsentListResource": "voice_consent_list_resource",
    "VoiceConsentResource": "voice_consent_resource",
    "VoiceIdsOrCustomVoice": "voice_ids_or_custom_voice",
    "VoiceIdsOrCustomVoiceParam": "voice_ids_or_custom_voice",
    "VoiceIdsOrCustomVoiceVariant2": "voice_ids_or_custom_voice_variant2",
    "VoiceIdsOrCustomVoiceVariant2Param": "voice_ids_or_custom_voice_variant2",
    "VoiceIdsShared": "voice_ids_shared",
    "VoiceResource": "voice_resource",
    "WaitParam": "wait_param",
    "WaitParamParam": "wait_param",
    "WebSearchActionFind": "web_search_action_find",
    "WebSearchActionFindParam": "web_search_action_find",
    "WebSearchActionOpenPage": "web_search_action_open_page",
    "WebSearchActionOpenPageParam": "web_search_action_open_page",
    "WebSearchActionSearch": "web_search_action_search",
    "WebSearchActionSearchParam": "web_search_action_search",
    "WebSearchActionSearchSourcesItem": "web_search_action_search_sources_item",
    "WebSearchActionSearchSourcesItemParam": "web_search_action_search_sources_item",
    "WebSearchApproximateLocation": "web_search_approximate_location",
    "WebSearchApproximateLocationParam": "web_search_approximate_location",
    "WebSearchApproximateLocationWebSearchApproximateLocation": "web_search_approximate_location_web_search_approximate_location",
    "WebSearchApproximateLocationWebSearchApproximateLocationParam": "web_search_approximate_location_web_search_approximate_location",
    "WebSearchContextSize": "web_search_context_size",
    "WebSearchLocation": "web_search_location",
    "WebSearchLocationParam": "web_search_location",
    "WebSearchPreviewTool": "web_search_preview_tool",
    "WebSearchPreviewToolParam": "web_search_preview_tool",
    "WebSearchTool": "web_search_tool",
    "WebSearchToolParam": "web_search_tool",
    "WebSearchToolCall": "web_search_tool_call",
    "WebSearchToolCallParam": "web_search_tool_call",
    "WebSearchToolCallAction": "web_search_tool_call_action",
    "WebSearchToolCallActionParam": "web_search_tool_call_action",
    "WebSearchToolFiltersVariant1": "web_search_tool_filters_variant1",
    "WebSearchToolFiltersVariant1Param": "web_search_tool_filters_variant1",
    "WebhookBatchCancelled": "webhook_batch_cancelled",
    "WebhookBatchCancelledData": "webhook_batch_cancelled_data",
    "WebhookBatchCompleted": "webhook_batch_completed",
    "WebhookBatchCompletedData": "webhook_batch_completed_data",
    "WebhookBatchExpired": "webhook_batch_expired",
    "WebhookBatchExpiredData": "webhook_batch_expired_data",
    "WebhookBatchFailed": "webhook_batch_failed",
    "WebhookBatchFailedData": "webhook_batch_failed_data",
    "WebhookEvalRunCanceled": "webhook_eval_run_canceled",
    "WebhookEvalRunCanceledData": "webhook_eval_run_canceled_data",
    "WebhookEvalRunFailed": "webhook_eval_run_failed",
    "WebhookEvalRunFailedData": "webhook_eval_run_failed_data",
    "WebhookEvalRunSucceeded": "webhook_eval_run_succeeded",
    "WebhookEvalRunSucceededData": "webhook_eval_run_succeeded_data",
    "WebhookEvent": "webhook_event",
    "WebhookFineTuningJobCancelled": "webhook_fine_tuning_job_cancelled",
    "WebhookFineTuningJobCancelledData": "webhook_fine_tuning_job_cancelled_data",
    "WebhookFineTuningJobFailed": "webhook_fine_tuning_job_failed",
    "WebhookFineTuningJobFailedData": "webhook_fine_tuning_job_failed_data",
    "WebhookFineTuningJobSucceeded": "webhook_fine_tuning_job_succeeded",
    "WebhookFineTuningJobSucceededData": "webhook_fine_tuning_job_succeeded_data",
    "WebhookRealtimeCallIncoming": "webhook_realtime_call_incoming",
    "WebhookRealtimeCallIncomingData": "webhook_realtime_call_incoming_data",
    "WebhookRealtimeCallIncomingDataSipHeadersItem": "webhook_realtime_call_incoming_data_sip_headers_item",
    "WebhookResponseCancelled": "webhook_response_cancelled",
    "WebhookResponseCancelledData": "webhook_response_cancelled_data",
    "WebhookResponseCompleted": "webhook_response_completed",
    "WebhookResponseCompletedData": "webhook_response_completed_data",
    "WebhookResponseFailed": "webhook_response_failed",
    "WebhookResponseFailedData": "webhook_response_failed_data",
    "WebhookResponseIncomplete": "webhook_response_incomplete",
    "WebhookResponseIncompleteData": "webhook_response_incomplete_data",
    "WidgetMessageItem": "widget_message_item",
    "WorkflowParam": "workflow_param",
    "WorkflowParamParam": "workflow_param",
    "WorkflowTracingParam": "workflow_tracing_param",
    "WorkflowTracingParamParam": "workflow_tracing_param",
}

__all__ = [
    "OagenModel",
    "UnknownVariant",
    "ActiveStatus",
    "AddUploadPartRequest",
    "AdminApiKey",
    "AdminApiKeyCreateResponse",
    "AdminApiKeyOwner",
    "AdminApiKeysCreateRequest",
    "AdminApiKeysCreateRequestParam",
    "AdminApiKeysDeleteResponse",
    "Annotation",
    "AnnotationParam",
    "ApiKeyList",
    "ApplyPatchCallOutputStatus",
    "ApplyPatchCallOutputStatusParam",
    "ApplyPatchCallStatus",
    "ApplyPatchCallStatusParam",
    "ApplyPatchCreateFileOperation",
    "ApplyPatchCreateFileOperationParam",
    "ApplyPatchCreateFileOperationParamParam",
    "ApplyPatchDeleteFileOperation",
    "ApplyPatchDeleteFileOperationParam",
    "ApplyPatchDeleteFileOperationParamParam",
    "ApplyPatchOperationParam",
    "ApplyPatchOperationParamParam",
    "ApplyPatchToolCall",
    "ApplyPatchToolCallItemParam",
    "ApplyPatchToolCallItemParamParam",
    "ApplyPatchToolCallOperation",
    "ApplyPatchToolCallOutput",
    "ApplyPatchToolCallOutputItemParam",
    "ApplyPatchToolCallOutputItemParamParam",
    "ApplyPatchToolParam",
    "ApplyPatchToolParamParam",
    "ApplyPatchUpdateFileOperation",
    "ApplyPatchUpdateFileOperationParam",
    "ApplyPatchUpdateFileOperationParamParam",
    "ApproximateLocation",
    "ApproximateLocationParam",
    "AssignedRoleDetails",
    "AssignedRoleDetailsAssignmentSourcesArrayItem",
    "AssistantMessageItem",
    "AssistantObject",
    "AssistantObjectToolResourcesVariant1",
    "AssistantObjectToolResourcesVariant1CodeInterpreter",
    "AssistantObjectToolResourcesVariant1FileSearch",
    "AssistantObjectToolsItem",
    "AssistantStreamEvent",
    "AssistantSupportedModels",
    "AssistantToolsCode",
    "AssistantToolsCodeParam",
    "AssistantToolsFileSearch",
    "AssistantToolsFileSearchParam",
    "AssistantToolsFileSearchFileSearch",
    "AssistantToolsFileSearchFileSearchParam",
    "AssistantToolsFileSearchTypeOnly",
    "AssistantToolsFileSearchTypeOnlyParam",
    "AssistantToolsFunction",
    "AssistantToolsFunctionParam",
    "AssistantsApiResponseFormatOption",
    "AssistantsApiResponseFormatOptionParam",
    "AssistantsApiToolChoiceOption",
    "AssistantsApiToolChoiceOptionParam",
    "AssistantsNamedToolChoice",
    "AssistantsNamedToolChoiceParam",
    "AssistantsNamedToolChoiceFunction",
    "AssistantsNamedToolChoiceFunctionParam",
    "Attachment",
    "AttachmentType",
    "AudioResponseFormat",
    "AudioTranscription",
    "AudioTranscriptionParam",
    "AudioTranscriptionResponse",
    "AuditLog",
    "AuditLogActor",
    "AuditLogActorApiKey",
    "AuditLogActorServiceAccount",
    "AuditLogActorSession",
    "AuditLogActorUser",
    "AuditLogApiKeyCreated",
    "AuditLogApiKeyCreatedData",
    "AuditLogApiKeyDeleted",
    "AuditLogApiKeyUpdated",
    "AuditLogApiKeyUpdatedChangesRequested",
    "AuditLogCertificateCreated",
    "AuditLogCertificateDeleted",
    "AuditLogCertificateUpdated",
    "AuditLogCertificatesActivated",
    "AuditLogCertificatesActivatedCertificatesItem",
    "AuditLogCertificatesDeactivated",
    "AuditLogCertificatesDeactivatedCertificatesItem",
    "AuditLogCheckpointPermissionCreated",
    "AuditLogCheckpointPermissionCreatedData",
    "AuditLogCheckpointPermissionDeleted",
    "AuditLogEventType",
    "AuditLogExternalKeyRegistered",
    "AuditLogExternalKeyRemoved",
    "AuditLogGroupCreated",
    "AuditLogGroupCreatedData",
    "AuditLogGroupDeleted",
    "AuditLogGroupUpdated",
    "AuditLogGroupUpdatedChangesRequested",
    "AuditLogInviteAccepted",
    "AuditLogInviteDeleted",
    "AuditLogInviteSent",
    "AuditLogInviteSentData",
    "AuditLogIpAllowlistConfigActivated",
    "AuditLogIpAllowlistConfigActivatedConfigsItem",
    "AuditLogIpAllowlistConfigDeactivated",
    "AuditLogIpAllowlistConfigDeactivatedConfigsItem",
    "AuditLogIpAllowlistCreated",
    "AuditLogIpAllowlistDeleted",
    "AuditLogIpAllowlistUpdated",
    "AuditLogLoginFailed",
    "AuditLogLogoutFailed",
    "AuditLogOrganizationUpdated",
    "AuditLogOrganizationUpdatedChangesRequested",
    "AuditLogProject",
    "AuditLogProjectArchived",
    "AuditLogProjectCreated",
    "AuditLogProjectCreatedData",
    "AuditLogProjectDeleted",
    "AuditLogProjectUpdated",
    "AuditLogProjectUpdatedChangesRequested",
    "AuditLogRateLimitDeleted",
    "AuditLogRateLimitUpdated",
    "AuditLogRateLimitUpdatedChangesRequested",
    "AuditLogRoleAssignmentCreated",
    "AuditLogRoleAssignmentDeleted",
    "AuditLogRoleCreated",
    "AuditLogRoleDeleted",
    "AuditLogRoleUpdated",
    "AuditLogRoleUpdatedChangesRequested",
    "AuditLogScimDisabled",
    "AuditLogScimEnabled",
    "AuditLogServiceAccountCreated",
    "AuditLogServiceAccountCreatedData",
    "AuditLogServiceAccountDeleted",
    "AuditLogServiceAccountUpdated",
    "AuditLogServiceAccountUpdatedChangesRequested",
    "AuditLogUserAdded",
    "AuditLogUserAddedData",
    "AuditLogUserDeleted",
    "AuditLogUserUpdated",
    "AuditLogUserUpdatedChangesRequested",
    "AutoChunkingStrategyRequestParam",
    "AutoChunkingStrategyRequestParamParam",
    "AutoCodeInterpreterToolParam",
    "AutoCodeInterpreterToolParamParam",
    "AutoCodeInterpreterToolParamNetworkPolicy",
    "AutoCodeInterpreterToolParamNetworkPolicyParam",
    "AutomaticThreadTitlingParam",
    "AutomaticThreadTitlingParamParam",
    "Batch",
    "BatchErrors",
    "BatchErrorsDataItem",
    "BatchFileExpirationAfter",
    "BatchFileExpirationAfterParam",
    "BatchRequestCounts",
    "BatchUsage",
    "BatchUsageInputTokensDetails",
    "BatchUsageOutputTokensDetails",
    "Certificate",
    "CertificateCertificateDetails",
    "ChatCompletionAllowedTools",
    "ChatCompletionAllowedToolsParam",
    "ChatCompletionAllowedToolsChoice",
    "ChatCompletionAllowedToolsChoiceParam",
    "ChatCompletionDeleted",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctionCallOptionParam",
    "ChatCompletionFunctions",
    "ChatCompletionFunctionsParam",
    "ChatCompletionList",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageCustomToolCallParam",
    "ChatCompletionMessageCustomToolCallCustom",
    "ChatCompletionMessageCustomToolCallCustomParam",
    "ChatCompletionMessageList",
    "ChatCompletionMessageListDataItem",
    "ChatCompletionMessageListDataItemContentPartsArrayItem",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallParam",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionMessageToolCallChunkFunction",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCallFunctionParam",
    "ChatCompletionMessageToolCalls",
    "ChatCompletionMessageToolCallsParam",
    "ChatCompletionMessageToolCallsItem",
    "ChatCompletionMessageToolCallsItemParam",
    "ChatCompletionModalities",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionNamedToolChoiceCustom",
    "ChatCompletionNamedToolChoiceCustomParam",
    "ChatCompletionNamedToolChoiceCustomCustom",
    "ChatCompletionNamedToolChoiceCustomCustomParam",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionNamedToolChoiceFunctionParam",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestAssistantMessageParam",
    "ChatCompletionRequestAssistantMessageAudioVariant1",
    "ChatCompletionRequestAssistantMessageAudioVariant1Param",
    "ChatCompletionRequestAssistantMessageContentPart",
    "ChatCompletionRequestAssistantMessageContentPartParam",
    "ChatCompletionRequestAssistantMessageFunctionCallVariant1",
    "ChatCompletionRequestAssistantMessageFunctionCallVariant1Param",
    "ChatCompletionRequestDeveloperMessage",
    "ChatCompletionRequestDeveloperMessageParam",
    "ChatCompletionRequestFunctionMessage",
    "ChatCompletionRequestFunctionMessageParam",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageParam",
    "ChatCompletionRequestMessageContentPartAudio",
    "ChatCompletionRequestMessageContentPartAudioParam",
    "ChatCompletionRequestMessageContentPartAudioInputAudio",
    "ChatCompletionRequestMessageContentPartAudioInputAudioParam",
    "ChatCompletionRequestMessageContentPartFile",
    "ChatCompletionRequestMessageContentPartFileParam",
    "ChatCompletionRequestMessageContentPartFileFile",
    "ChatCompletionRequestMessageContentPartFileFileParam",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartImageParam",
    "ChatCompletionRequestMessageContentPartImageImageUrl",
    "ChatCompletionRequestMessageContentPartImageImageUrlParam",
    "ChatCompletionRequestMessageContentPartRefusal",
    "ChatCompletionRequestMessageContentPartRefusalParam",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestMessageContentPartTextParam",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestSystemMessageParam",
    "ChatCompletionRequestSystemMessageContentPart",
    "ChatCompletionRequestSystemMessageContentPartParam",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestToolMessageParam",
    "ChatCompletionRequestToolMessageContentPart",
    "ChatCompletionRequestToolMessageContentPartParam",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionRequestUserMessageParam",
    "ChatCompletionRequestUserMessageContentPart",
    "ChatCompletionRequestUserMessageContentPartParam",
    "ChatCompletionResponseMessage",
    "ChatCompletionResponseMessageAnnotationsItem",
    "ChatCompletionResponseMessageAnnotationsItemUrlCitation",
    "ChatCompletionResponseMessageAudioVariant1",
    "ChatCompletionResponseMessageFunctionCall",
    "ChatCompletionRole",
    "ChatCompletionStreamOptions",
    "ChatCompletionStreamOptionsParam",
    "ChatCompletionStreamOptionsVariant1",
    "ChatCompletionStreamOptionsVariant1Param",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionStreamResponseDeltaFunctionCall",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTokenLogprobTopLogprobsItem",
    "ChatCompletionTool",
    "ChatCompletionToolParam",
    "ChatCompletionToolChoiceOption",
    "ChatCompletionToolChoiceOptionParam",
    "ChatSessionAutomaticThreadTitling",
    "ChatSessionChatkitConfiguration",
    "ChatSessionFileUpload",
    "ChatSessionHistory",
    "ChatSessionRateLimits",
    "ChatSessionResource",
    "ChatSessionStatus",
    "ChatkitConfigurationParam",
    "ChatkitConfigurationParamParam",
    "ChatkitWorkflow",
    "ChatkitWorkflowTracing",
    "ChunkingStrategyRequestParam",
    "ChunkingStrategyRequestParamParam",
    "ClickButtonType",
    "ClickParam",
    "ClickParamParam",
    "ClientToolCallItem",
    "ClientToolCallStatus",
    "ClosedStatus",
    "CodeInterpreterFileOutput",
    "CodeInterpreterFileOutputFilesItem",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputImageParam",
    "CodeInterpreterOutputLogs",
    "CodeInterpreterOutputLogsParam",
    "CodeInterpreterTextOutput",
    "CodeInterpreterTool",
    "CodeInterpreterToolParam",
    "CodeInterpreterToolCall",
    "CodeInterpreterToolCallParam",
    "CodeInterpreterToolCallOutputsArrayItem",
    "CodeInterpreterToolCallOutputsArrayItemParam",
    "CompactResource",
    "CompactResponseMethodPublicBody",
    "CompactResponseMethodPublicBodyParam",
    "CompactionBody",
    "CompactionSummaryItemParam",
    "CompactionSummaryItemParamParam",
    "CompactionTriggerItemParam",
    "CompactionTriggerItemParamParam",
    "ComparisonFilter",
    "ComparisonFilterParam",
    "CompleteUploadRequest",
    "CompleteUploadRequestParam",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "CompoundFilter",
    "CompoundFilterFiltersItem",
    "CompoundFilterParam",
    "CompoundFilterFiltersItemParam",
    "ComputerAction",
    "ComputerActionParam",
    "ComputerActionList",
    "ComputerActionListParam",
    "ComputerCallOutputItemParam",
    "ComputerCallOutputItemParamParam",
    "ComputerCallOutputStatus",
    "ComputerCallSafetyCheckParam",
    "ComputerCallSafetyCheckParamParam",
    "ComputerEnvironment",
    "ComputerScreenshotContent",
    "ComputerScreenshotImage",
    "ComputerScreenshotImageParam",
    "ComputerTool",
    "ComputerToolParam",
    "ComputerToolCall",
    "ComputerToolCallParam",
    "ComputerToolCallOutput",
    "ComputerToolCallOutputResource",
    "ComputerUsePreviewTool",
    "ComputerUsePreviewToolParam",
    "ContainerAutoParam",
    "ContainerAutoParamParam",
    "ContainerAutoParamNetworkPolicy",
    "ContainerAutoParamNetworkPolicyParam",
    "ContainerAutoParamSkillsItem",
    "ContainerAutoParamSkillsItemParam",
    "ContainerFileCitationBody",
    "ContainerFileCitationBodyParam",
    "ContainerFileListResource",
    "ContainerFileResource",
    "ContainerListResource",
    "ContainerMemoryLimit",
    "ContainerNetworkPolicyAllowlistParam",
    "ContainerNetworkPolicyAllowlistParamParam",
    "ContainerNetworkPolicyDisabledParam",
    "ContainerNetworkPolicyDisabledParamParam",
    "ContainerNetworkPolicyDomainSecretParam",
    "ContainerNetworkPolicyDomainSecretParamParam",
    "ContainerReferenceParam",
    "ContainerReferenceParamParam",
    "ContainerReferenceResource",
    "ContainerResource",
    "ContainerResourceExpiresAfter",
    "ContainerResourceNetworkPolicy",
    "Content",
    "ContextManagementParam",
    "ContextManagementParamParam",
    "Conversation2",
    "ConversationItem",
    "ConversationItemList",
    "ConversationParam",
    "ConversationParamParam",
    "ConversationParam2",
    "ConversationParam2Param",
    "ConversationResource",
    "CoordParam",
    "CoordParamParam",
    "CostsResult",
    "CostsResultAmount",
    "CreateAssistantRequest",
    "CreateAssistantRequestParam",
    "CreateAssistantRequestToolResourcesVariant1",
    "CreateAssistantRequestToolResourcesVariant1Param",
    "CreateAssistantRequestToolResourcesVariant1CodeInterpreter",
    "CreateAssistantRequestToolResourcesVariant1CodeInterpreterParam",
    "CreateAssistantRequestToolResourcesVariant1FileSearch",
    "CreateAssistantRequestToolResourcesVariant1FileSearchParam",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemParam",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam",
    "CreateAssistantRequestToolsItem",
    "CreateAssistantRequestToolsItemParam",
    "CreateBatchRequest",
    "CreateBatchRequestParam",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestParam",
    "CreateChatCompletionRequestAudio",
    "CreateChatCompletionRequestAudioParam",
    "CreateChatCompletionRequestResponseFormat",
    "CreateChatCompletionRequestResponseFormatParam",
    "CreateChatCompletionRequestToolsItem",
    "CreateChatCompletionRequestToolsItemParam",
    "CreateChatCompletionRequestWebSearchOptions",
    "CreateChatCompletionRequestWebSearchOptionsParam",
    "CreateChatCompletionRequestWebSearchOptionsUserLocation",
    "CreateChatCompletionRequestWebSearchOptionsUserLocationParam",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseChoicesItem",
    "CreateChatCompletionResponseChoicesItemLogprobsVariant1",
    "CreateChatCompletionStreamResponse",
    "CreateChatCompletionStreamResponseChoicesItem",
    "CreateChatCompletionStreamResponseChoicesItemLogprobs",
    "CreateChatSessionBody",
    "CreateChatSessionBodyParam",
    "CreateCompletionRequest",
    "CreateCompletionRequestParam",
    "CreateCompletionResponse",
    "CreateCompletionResponseChoicesItem",
    "CreateCompletionResponseChoicesItemLogprobsVariant1",
    "CreateContainerBody",
    "CreateContainerBodyParam",
    "CreateContainerBodyExpiresAfter",
    "CreateContainerBodyExpiresAfterParam",
    "CreateContainerBodyNetworkPolicy",
    "CreateContainerBodyNetworkPolicyParam",
    "CreateContainerBodySkillsItem",
    "CreateContainerBodySkillsItemParam",
    "CreateContainerFileBody",
    "CreateConversationBody",
    "CreateConversationBodyParam",
    "CreateConversationItemsRequest",
    "CreateConversationItemsRequestParam",
    "CreateEmbeddingRequest",
    "CreateEmbeddingRequestParam",
    "CreateEmbeddingResponse",
    "CreateEmbeddingResponseUsage",
    "CreateEvalCompletionsRunDataSource",
    "CreateEvalCompletionsRunDataSourceParam",
    "CreateEvalCompletionsRunDataSourceInputMessages",
    "CreateEvalCompletionsRunDataSourceInputMessagesParam",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReference",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceParam",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplate",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateParam",
    "CreateEvalCompletionsRunDataSourceSamplingParams",
    "CreateEvalCompletionsRunDataSourceSamplingParamsParam",
    "CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat",
    "CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormatParam",
    "CreateEvalCompletionsRunDataSourceSource",
    "CreateEvalCompletionsRunDataSourceSourceParam",
    "CreateEvalCustomDataSourceConfig",
    "CreateEvalCustomDataSourceConfigParam",
    "CreateEvalItem",
    "CreateEvalItemParam",
    "CreateEvalItemSimpleInputMessage",
    "CreateEvalItemSimpleInputMessageParam",
    "CreateEvalJsonlRunDataSource",
    "CreateEvalJsonlRunDataSourceParam",
    "CreateEvalJsonlRunDataSourceSource",
    "CreateEvalJsonlRunDataSourceSourceParam",
    "CreateEvalLabelModelGrader",
    "CreateEvalLabelModelGraderParam",
    "CreateEvalLogsDataSourceConfig",
    "CreateEvalLogsDataSourceConfigParam",
    "CreateEvalRequest",
    "CreateEvalRequestParam",
    "CreateEvalRequestDataSourceConfig",
    "CreateEvalRequestDataSourceConfigParam",
    "CreateEvalRequestTestingCriteriaItem",
    "CreateEvalRequestTestingCriteriaItemParam",
    "CreateEvalResponsesRunDataSource",
    "CreateEvalResponsesRunDataSourceParam",
    "CreateEvalResponsesRunDataSourceInputMessages",
    "CreateEvalResponsesRunDataSourceInputMessagesParam",
    "CreateEvalResponsesRunDataSourceInputMessagesItemReference",
    "CreateEvalResponsesRunDataSourceInputMessagesItemReferenceParam",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplate",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplateParam",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessageParam",
    "CreateEvalResponsesRunDataSourceSamplingParams",
    "CreateEvalResponsesRunDataSourceSamplingParamsParam",
    "CreateEvalResponsesRunDataSourceSamplingParamsText",
    "CreateEvalResponsesRunDataSourceSamplingParamsTextParam",
    "CreateEvalResponsesRunDataSourceSource",
    "CreateEvalResponsesRunDataSourceSourceParam",
    "CreateEvalRunRequest",
    "CreateEvalRunRequestParam",
    "CreateEvalRunRequestDataSource",
    "CreateEvalRunRequestDataSourceParam",
    "CreateEvalStoredCompletionsDataSourceConfig",
    "CreateEvalStoredCompletionsDataSourceConfigParam",
    "CreateFileRequest",
    "CreateFineTuningCheckpointPermissionRequest",
    "CreateFineTuningCheckpointPermissionRequestParam",
    "CreateFineTuningJobRequest",
    "CreateFineTuningJobRequestParam",
    "CreateFineTuningJobRequestHyperparameters",
    "CreateFineTuningJobRequestHyperparametersParam",
    "CreateFineTuningJobRequestIntegrationsItem",
    "CreateFineTuningJobRequestIntegrationsItemParam",
    "CreateFineTuningJobRequestIntegrationsItemWandb",
    "CreateFineTuningJobRequestIntegrationsItemWandbParam",
    "CreateGroupBody",
    "CreateGroupBodyParam",
    "CreateGroupUserBody",
    "CreateGroupUserBodyParam",
    "CreateImageEditRequest",
    "CreateImageRequest",
    "CreateImageRequestParam",
    "CreateImageVariationRequest",
    "CreateMessageRequest",
    "CreateMessageRequestParam",
    "CreateMessageRequestAttachmentsArrayItem",
    "CreateMessageRequestAttachmentsArrayItemParam",
    "CreateMessageRequestAttachmentsArrayItemToolsItem",
    "CreateMessageRequestAttachmentsArrayItemToolsItemParam",
    "CreateMessageRequestContentArrayOfContentPartsItem",
    "CreateMessageRequestContentArrayOfContentPartsItemParam",
    "CreateModelResponseProperties",
    "CreateModelResponsePropertiesParam",
    "CreateModerationRequest",
    "CreateModerationRequestParam",
    "CreateModerationRequestInputArrayItem",
    "CreateModerationRequestInputArrayItemParam",
    "CreateModerationRequestInputArrayItemImageUrl",
    "CreateModerationRequestInputArrayItemImageUrlParam",
    "CreateModerationRequestInputArrayItemImageUrlImageUrl",
    "CreateModerationRequestInputArrayItemImageUrlImageUrlParam",
    "CreateModerationRequestInputArrayItemText",
    "CreateModerationRequestInputArrayItemTextParam",
    "CreateModerationResponse",
    "CreateModerationResponseResultsItem",
    "CreateModerationResponseResultsItemCategories",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypes",
    "CreateModerationResponseResultsItemCategoryScores",
    "CreateResponse",
    "CreateResponseParam",
    "CreateRunRequest",
    "CreateRunRequestParam",
    "CreateRunRequestToolsItem",
    "CreateRunRequestToolsItemParam",
    "CreateSkillBody",
    "CreateSkillVersionBody",
    "CreateSpeechRequest",
    "CreateSpeechRequestParam",
    "CreateSpeechResponseStreamEvent",
    "CreateSpendAlertBody",
    "CreateSpendAlertBodyParam",
    "CreateThreadAndRunRequest",
    "CreateThreadAndRunRequestParam",
    "CreateThreadAndRunRequestToolResources",
    "CreateThreadAndRunRequestToolResourcesParam",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreter",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreterParam",
    "CreateThreadAndRunRequestToolResourcesFileSearch",
    "CreateThreadAndRunRequestToolResourcesFileSearchParam",
    "CreateThreadAndRunRequestToolsItem",
    "CreateThreadAndRunRequestToolsItemParam",
    "CreateThreadRequest",
    "CreateThreadRequestParam",
    "CreateThreadRequestToolResourcesVariant1",
    "CreateThreadRequestToolResourcesVariant1Param",
    "CreateThreadRequestToolResourcesVariant1CodeInterpreter",
    "CreateThreadRequestToolResourcesVariant1CodeInterpreterParam",
    "CreateThreadRequestToolResourcesVariant1FileSearch",
    "CreateThreadRequestToolResourcesVariant1FileSearchParam",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItem",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemParam",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam",
    "CreateTranscriptionRequest",
    "CreateTranscriptionResponseDiarizedJson",
    "CreateTranscriptionResponseDiarizedJsonUsage",
    "CreateTranscriptionResponseJson",
    "CreateTranscriptionResponseJsonLogprobsItem",
    "CreateTranscriptionResponseJsonUsage",
    "CreateTranscriptionResponseStreamEvent",
    "CreateTranscriptionResponseVerboseJson",
    "CreateTranslationRequest",
    "CreateTranslationResponseJson",
    "CreateTranslationResponseVerboseJson",
    "CreateUploadRequest",
    "CreateUploadRequestParam",
    "CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileBatchRequestParam",
    "CreateVectorStoreFileRequest",
    "CreateVectorStoreFileRequestParam",
    "CreateVectorStoreRequest",
    "CreateVectorStoreRequestParam",
    "CreateVectorStoreRequestChunkingStrategy",
    "CreateVectorStoreRequestChunkingStrategyParam",
    "CreateVideoCharacterBody",
    "CreateVideoEditJsonBody",
    "CreateVideoEditMultipartBody",
    "CreateVideoExtendJsonBody",
    "CreateVideoExtendMultipartBody",
    "CreateVideoJsonBody",
    "CreateVideoMultipartBody",
    "CreateVideoRemixBody",
    "CreateVideoRemixBodyParam",
    "CreateVoiceConsentRequest",
    "CreateVoiceRequest",
    "CustomGrammarFormatParam",
    "CustomGrammarFormatParamParam",
    "CustomTextFormatParam",
    "CustomTextFormatParamParam",
    "CustomToolCall",
    "CustomToolCallParam",
    "CustomToolCallOutput",
    "CustomToolCallOutputParam",
    "CustomToolCallOutputResource",
    "CustomToolCallResource",
    "CustomToolChatCompletions",
    "CustomToolChatCompletionsParam",
    "CustomToolChatCompletionsCustom",
    "CustomToolChatCompletionsCustomParam",
    "CustomToolChatCompletionsCustomFormat",
    "CustomToolChatCompletionsCustomFormatParam",
    "CustomToolChatCompletionsCustomFormatGrammar",
    "CustomToolChatCompletionsCustomFormatGrammarParam",
    "CustomToolChatCompletionsCustomFormatGrammarGrammar",
    "CustomToolChatCompletionsCustomFormatGrammarGrammarParam",
    "CustomToolChatCompletionsCustomFormatText",
    "CustomToolChatCompletionsCustomFormatTextParam",
    "CustomToolParam",
    "CustomToolParamParam",
    "CustomToolParamFormat",
    "CustomToolParamFormatParam",
    "DeleteAssistantResponse",
    "DeleteCertificateResponse",
    "DeleteEvalResponse",
    "DeleteEvalRunResponse",
    "DeleteFileResponse",
    "DeleteFineTuningCheckpointPermissionResponse",
    "DeleteMessageResponse",
    "DeleteModelResponse",
    "DeleteThreadResponse",
    "DeleteVectorStoreFileResponse",
    "DeleteVectorStoreResponse",
    "DeletedConversation",
    "DeletedConversationResource",
    "DeletedRoleAssignmentResource",
    "DeletedSkillResource",
    "DeletedSkillVersionResource",
    "DeletedThreadResource",
    "DeletedVideoResource",
    "DetailEnum",
    "DoneEvent",
    "DoubleClickAction",
    "DoubleClickActionParam",
    "DragParam",
    "DragParamParam",
    "DragPoint",
    "EasyInputMessage",
    "EasyInputMessageParam",
    "EditImageBodyJsonParam",
    "Embedding",
    "EmptyModelParam",
    "Error",
    "Error2",
    "ErrorEvent",
    "ErrorResponse",
    "Eval",
    "EvalApiError",
    "EvalCustomDataSourceConfig",
    "EvalDataSourceConfig",
    "EvalGraderLabelModel",
    "EvalGraderPython",
    "EvalGraderPythonParam",
    "EvalGraderScoreModel",
    "EvalGraderScoreModelParam",
    "EvalGraderScoreModelSamplingParams",
    "EvalGraderScoreModelSamplingParamsParam",
    "EvalGraderStringCheck",
    "EvalGraderStringCheckParam",
    "EvalGraderTextSimilarity",
    "EvalGraderTextSimilarityParam",
    "EvalItem",
    "EvalItemParam",
    "EvalItemContent",
    "EvalItemContentParam",
    "EvalItemContentArray",
    "EvalItemContentArrayParam",
    "EvalItemContentItem",
    "EvalItemContentItemParam",
    "EvalItemContentOutputText",
    "EvalItemContentOutputTextParam",
    "EvalItemContentText",
    "EvalItemInputImage",
    "EvalItemInputImageParam",
    "EvalJsonlFileContentSource",
    "EvalJsonlFileContentSourceParam",
    "EvalJsonlFileContentSourceContentItem",
    "EvalJsonlFileContentSourceContentItemParam",
    "EvalJsonlFileIdSource",
    "EvalJsonlFileIdSourceParam",
    "EvalList",
    "EvalLogsDataSourceConfig",
    "EvalResponsesSource",
    "EvalResponsesSourceParam",
    "EvalRun",
    "EvalRunDataSource",
    "EvalRunList",
    "EvalRunOutputItem",
    "EvalRunOutputItemList",
    "EvalRunOutputItemResult",
    "EvalRunOutputItemSample",
    "EvalRunOutputItemSampleInputItem",
    "EvalRunOutputItemSampleOutputItem",
    "EvalRunOutputItemSampleUsage",
    "EvalRunPerModelUsageItem",
    "EvalRunPerTestingCriteriaResultsItem",
    "EvalRunResultCounts",
    "EvalStoredCompletionsDataSourceConfig",
    "EvalStoredCompletionsSource",
    "EvalStoredCompletionsSourceParam",
    "EvalTestingCriteriaItem",
    "ExpiresAfterParam",
    "ExpiresAfterParamParam",
    "FileAnnotation",
    "FileAnnotationSource",
    "FileCitationBody",
    "FileCitationBodyParam",
    "FileDetailEnum",
    "FileExpirationAfter",
    "FileExpirationAfterParam",
    "FileInputDetail",
    "FilePath",
    "FilePathParam",
    "FileSearchRanker",
    "FileSearchRankingOptions",
    "FileSearchRankingOptionsParam",
    "FileSearchTool",
    "FileSearchToolParam",
    "FileSearchToolCall",
    "FileSearchToolCallParam",
    "FileSearchToolCallResultsArrayItem",
    "FileSearchToolCallResultsArrayItemParam",
    "FileUploadParam",
    "FileUploadParamParam",
    "Filters",
    "FiltersParam",
    "FineTuneChatCompletionRequestAssistantMessage",
    "FineTuneDPOHyperparameters",
    "FineTuneDPOHyperparametersParam",
    "FineTuneDPOMethod",
    "FineTuneDPOMethodParam",
    "FineTuneMethod",
    "FineTuneMethodParam",
    "FineTuneReinforcementHyperparameters",
    "FineTuneReinforcementHyperparametersParam",
    "FineTuneReinforcementMethod",
    "FineTuneReinforcementMethodParam",
    "FineTuneReinforcementMethodGrader",
    "FineTuneReinforcementMethodGraderParam",
    "FineTuneSupervisedHyperparameters",
    "FineTuneSupervisedHyperparametersParam",
    "FineTuneSupervisedMethod",
    "FineTuneSupervisedMethodParam",
    "FineTuningCheckpointPermission",
    "FineTuningIntegration",
    "FineTuningIntegrationWandb",
    "FineTuningJob",
    "FineTuningJobCheckpoint",
    "FineTuningJobCheckpointMetrics",
    "FineTuningJobErrorVariant1",
    "FineTuningJobEvent",
    "FineTuningJobHyperparameters",
    "FunctionAndCustomToolCallOutput",
    "FunctionAndCustomToolCallOutputParam",
    "FunctionCallItemStatus",
    "FunctionCallOutputItemParam",
    "FunctionCallOutputItemParamParam",
    "FunctionCallOutputItemParamOutputArrayItem",
    "FunctionCallOutputItemParamOutputArrayItemParam",
    "FunctionCallOutputStatusEnum",
    "FunctionCallStatus",
    "FunctionObject",
    "FunctionObjectParam",
    "FunctionParameters",
    "FunctionShellAction",
    "FunctionShellActionParam",
    "FunctionShellActionParamParam",
    "FunctionShellCall",
    "FunctionShellCallEnvironmentVariant1",
    "FunctionShellCallItemParam",
    "FunctionShellCallItemParamParam",
    "FunctionShellCallItemParamEnvironmentVariant1",
    "FunctionShellCallItemParamEnvironmentVariant1Param",
    "FunctionShellCallItemStatus",
    "FunctionShellCallOutput",
    "FunctionShellCallOutputContent",
    "FunctionShellCallOutputContentOutcome",
    "FunctionShellCallOutputContentParam",
    "FunctionShellCallOutputContentParamParam",
    "FunctionShellCallOutputExitOutcome",
    "FunctionShellCallOutputExitOutcomeParam",
    "FunctionShellCallOutputExitOutcomeParamParam",
    "FunctionShellCallOutputItemParam",
    "FunctionShellCallOutputItemParamParam",
    "FunctionShellCallOutputOutcomeParam",
    "FunctionShellCallOutputOutcomeParamParam",
    "FunctionShellCallOutputStatusEnum",
    "FunctionShellCallOutputTimeoutOutcome",
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "FunctionShellCallOutputTimeoutOutcomeParamParam",
    "FunctionShellCallStatus",
    "FunctionShellToolParam",
    "FunctionShellToolParamParam",
    "FunctionShellToolParamEnvironmentVariant1",
    "FunctionShellToolParamEnvironmentVariant1Param",
    "FunctionTool",
    "FunctionToolParam2",
    "FunctionToolCall",
    "FunctionToolCallParam",
    "FunctionToolCallOutput",
    "FunctionToolCallOutputResource",
    "FunctionToolCallResource",
    "FunctionToolParam",
    "FunctionToolParamParam",
    "GraderLabelModel",
    "GraderLabelModelParam",
    "GraderMulti",
    "GraderMultiParam",
    "GraderMultiGraders",
    "GraderMultiGradersParam",
    "GraderPython",
    "GraderPythonParam",
    "GraderScoreModel",
    "GraderScoreModelParam",
    "GraderStringCheck",
    "GraderStringCheckParam",
    "GraderTextSimilarity",
    "GraderTextSimilarityParam",
    "GrammarSyntax1",
    "Group",
    "GroupDeletedResource",
    "GroupListResource",
    "GroupMemberUser",
    "GroupResourceWithSuccess",
    "GroupResponse",
    "GroupRoleAssignment",
    "GroupUser",
    "GroupUserAssignment",
    "GroupUserDeletedResource",
    "HistoryParam",
    "HistoryParamParam",
    "HostedToolPermission",
    "HostedToolPermissionUpdate",
    "HostedToolPermissionUpdateParam",
    "HybridSearchOptions",
    "HybridSearchOptionsParam",
    "Image",
    "ImageDetail",
    "ImageEditCompletedEvent",
    "ImageEditPartialImageEvent",
    "ImageEditStreamEvent",
    "ImageGenActionEnum",
    "ImageGenCompletedEvent",
    "ImageGenInputUsageDetails",
    "ImageGenOutputTokensDetails",
    "ImageGenPartialImageEvent",
    "ImageGenStreamEvent",
    "ImageGenTool",
    "ImageGenToolParam",
    "ImageGenToolCall",
    "ImageGenToolCallParam",
    "ImageGenToolInputImageMask",
    "ImageGenToolInputImageMaskParam",
    "ImageGenUsage",
    "ImageRefParam",
    "ImageRefParam2",
    "ImageRefParam2Param",
    "ImagesResponse",
    "ImagesUsage",
    "ImagesUsageInputTokensDetails",
    "IncludeEnum",
    "InferenceOptions",
    "InlineSkillParam",
    "InlineSkillParamParam",
    "InlineSkillSourceParam",
    "InlineSkillSourceParamParam",
    "InputAudio",
    "InputAudioParam",
    "InputAudioInputAudio",
    "InputAudioInputAudioParam",
    "InputContent",
    "InputContentParam",
    "InputFidelity",
    "InputFileContent",
    "InputFileContentParam2",
    "InputFileContentParam",
    "InputFileContentParamParam",
    "InputImageContent",
    "InputImageContentParam",
    "InputImageContentParamAutoParam",
    "InputImageContentParamAutoParamParam",
    "InputItem",
    "InputItemParam",
    "InputMessage",
    "InputMessageParam",
    "InputMessageContentList",
    "InputMessageContentListParam",
    "InputMessageResource",
    "InputParam",
    "InputParamParam",
    "InputTextContent",
    "InputTextContentParam2",
    "InputTextContentParam",
    "InputTextContentParamParam",
    "Invite",
    "InviteDeleteResponse",
    "InviteListResponse",
    "InviteProjectGroupBody",
    "InviteProjectGroupBodyParam",
    "InviteProjectsItem",
    "InviteRequest",
    "InviteRequestParam",
    "InviteRequestProjectsItem",
    "InviteRequestProjectsItemParam",
    "Item",
    "ItemParam",
    "ItemField",
    "ItemReferenceParam",
    "ItemReferenceParamParam",
    "ItemResource",
    "KeyPressAction",
    "KeyPressActionParam",
    "ListAssistantsResponse",
    "ListAuditLogsEffectiveAt",
    "ListAuditLogsResponse",
    "ListBatchesResponse",
    "ListCertificatesResponse",
    "ListFilesResponse",
    "ListFineTuningCheckpointPermissionResponse",
    "ListFineTuningJobCheckpointsResponse",
    "ListFineTuningJobEventsResponse",
    "ListMessagesResponse",
    "ListModelsResponse",
    "ListPaginatedFineTuningJobsResponse",
    "ListProjectCertificatesResponse",
    "ListRunStepsResponse",
    "ListRunsResponse",
    "ListVectorStoreFilesResponse",
    "ListVectorStoresResponse",
    "LocalEnvironmentParam",
    "LocalEnvironmentParamParam",
    "LocalEnvironmentResource",
    "LocalShellExecAction",
    "LocalShellExecActionParam",
    "LocalShellToolCall",
    "LocalShellToolCallParam",
    "LocalShellToolCallOutput",
    "LocalShellToolCallOutputParam",
    "LocalShellToolParam",
    "LocalShellToolParamParam",
    "LocalSkillParam",
    "LocalSkillParamParam",
    "LockedStatus",
    "LogProb",
    "LogProbParam",
    "LogProbProperties",
    "MCPApprovalRequest",
    "MCPApprovalRequestParam",
    "MCPApprovalResponse",
    "MCPApprovalResponseParam",
    "MCPApprovalResponseResource",
    "MCPListTools",
    "MCPListToolsParam",
    "MCPListToolsTool",
    "MCPListToolsToolParam",
    "MCPTool",
    "MCPToolParam",
    "MCPToolCall",
    "MCPToolCallParam",
    "MCPToolCallStatus",
    "MCPToolFilter",
    "MCPToolFilterParam",
    "MCPToolRequireApprovalVariant1MCPToolApprovalFilter",
    "MCPToolRequireApprovalVariant1MCPToolApprovalFilterParam",
    "Message",
    "MessageContentImageFileObject",
    "MessageContentImageFileObjectParam",
    "MessageContentImageFileObjectImageFile",
    "MessageContentImageFileObjectImageFileParam",
    "MessageContentImageUrlObject",
    "MessageContentImageUrlObjectParam",
    "MessageContentImageUrlObjectImageUrl",
    "MessageContentImageUrlObjectImageUrlParam",
    "MessageContentItem",
    "MessageContentRefusalObject",
    "MessageContentTextAnnotationsFileCitationObject",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation",
    "MessageContentTextAnnotationsFilePathObject",
    "MessageContentTextAnnotationsFilePathObjectFilePath",
    "MessageContentTextObject",
    "MessageContentTextObjectText",
    "MessageContentTextObjectTextAnnotationsItem",
    "MessageDeltaContentImageFileObject",
    "MessageDeltaContentImageFileObjectImageFile",
    "MessageDeltaContentImageUrlObject",
    "MessageDeltaContentImageUrlObjectImageUrl",
    "MessageDeltaContentRefusalObject",
    "MessageDeltaContentTextAnnotationsFileCitationObject",
    "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation",
    "MessageDeltaContentTextAnnotationsFilePathObject",
    "MessageDeltaContentTextAnnotationsFilePathObjectFilePath",
    "MessageDeltaContentTextObject",
    "MessageDeltaContentTextObjectText",
    "MessageDeltaContentTextObjectTextAnnotationsItem",
    "MessageDeltaObject",
    "MessageDeltaObjectDelta",
    "MessageDeltaObjectDeltaContentItem",
    "MessageObject",
    "MessageObjectAttachmentsArrayItem",
    "MessageObjectAttachmentsArrayItemToolsItem",
    "MessageObjectContentItem",
    "MessageObjectIncompleteDetailsVariant1",
    "MessagePhase",
    "MessagePhase2",
    "MessageRequestContentTextObject",
    "MessageRequestContentTextObjectParam",
    "MessageRole",
    "MessageStatus",
    "MessageStreamEvent",
    "MessageStreamEventThreadMessageCompleted",
    "MessageStreamEventThreadMessageCreated",
    "MessageStreamEventThreadMessageDelta",
    "MessageStreamEventThreadMessageInProgress",
    "MessageStreamEventThreadMessageIncomplete",
    "Metadata",
    "Model",
    "ModelIds",
    "ModelIdsCompaction",
    "ModelIdsResponses",
    "ModelIdsShared",
    "ModelResponseProperties",
    "ModelResponsePropertiesParam",
    "ModifyAssistantRequest",
    "ModifyAssistantRequestParam",
    "ModifyAssistantRequestToolResourcesVariant1",
    "ModifyAssistantRequestToolResourcesVariant1Param",
    "ModifyAssistantRequestToolResourcesVariant1CodeInterpreter",
    "ModifyAssistantRequestToolResourcesVariant1CodeInterpreterParam",
    "ModifyAssistantRequestToolResourcesVariant1FileSearch",
    "ModifyAssistantRequestToolResourcesVariant1FileSearchParam",
    "ModifyAssistantRequestToolsItem",
    "ModifyAssistantRequestToolsItemParam",
    "ModifyCertificateRequest",
    "ModifyCertificateRequestParam",
    "ModifyMessageRequest",
    "ModifyMessageRequestParam",
    "ModifyRunRequest",
    "ModifyRunRequestParam",
    "ModifyThreadRequest",
    "ModifyThreadRequestParam",
    "ModifyThreadRequestToolResourcesVariant1",
    "ModifyThreadRequestToolResourcesVariant1Param",
    "ModifyThreadRequestToolResourcesVariant1CodeInterpreter",
    "ModifyThreadRequestToolResourcesVariant1CodeInterpreterParam",
    "ModifyThreadRequestToolResourcesVariant1FileSearch",
    "ModifyThreadRequestToolResourcesVariant1FileSearchParam",
    "MoveParam",
    "MoveParamParam",
    "NamespaceToolParam",
    "NamespaceToolParamParam",
    "NamespaceToolParamToolsItem",
    "NamespaceToolParamToolsItemParam",
    "NoiseReductionType",
    "OpenAIFile",
    "OrderEnum",
    "OrganizationCertificate",
    "OrganizationCertificateActivationResponse",
    "OrganizationCertificateCertificateDetails",
    "OrganizationCertificateDeactivationResponse",
    "OrganizationDataRetention",
    "OrganizationProjectCertificate",
    "OrganizationProjectCertificateActivationResponse",
    "OrganizationProjectCertificateCertificateDetails",
    "OrganizationProjectCertificateDeactivationResponse",
    "OrganizationSpendAlert",
    "OrganizationSpendAlertDeletedResource",
    "OrganizationSpendAlertListResource",
    "OtherChunkingStrategyResponseParam",
    "OutputAudio",
    "OutputContent",
    "OutputItem",
    "OutputMessage",
    "OutputMessageParam",
    "OutputMessageContent",
    "OutputMessageContentParam",
    "OutputTextContent",
    "OutputTextContentParam",
    "ParallelToolCalls",
    "PartialImages",
    "PredictionContent",
    "PredictionContentParam",
    "Project",
    "ProjectApiKey",
    "ProjectApiKeyDeleteResponse",
    "ProjectApiKeyListResponse",
    "ProjectApiKeyOwner",
    "ProjectApiKeyOwnerServiceAccount",
    "ProjectApiKeyOwnerUser",
    "ProjectCreateRequest",
    "ProjectCreateRequestParam",
    "ProjectDataRetention",
    "ProjectGroup",
    "ProjectGroupDeletedResource",
    "ProjectGroupListResource",
    "ProjectHostedToolPermissions",
    "ProjectHostedToolPermissionsUpdateRequest",
    "ProjectHostedToolPermissionsUpdateRequestParam",
    "ProjectListResponse",
    "ProjectModelPermissions",
    "ProjectModelPermissionsDeleteResponse",
    "ProjectModelPermissionsUpdateRequest",
    "ProjectModelPermissionsUpdateRequestParam",
    "ProjectRateLimit",
    "ProjectRateLimitListResponse",
    "ProjectRateLimitUpdateRequest",
    "ProjectRateLimitUpdateRequestParam",
    "ProjectServiceAccount",
    "ProjectServiceAccountApiKey",
    "ProjectServiceAccountCreateRequest",
    "ProjectServiceAccountCreateRequestParam",
    "ProjectServiceAccountCreateResponse",
    "ProjectServiceAccountDeleteResponse",
    "ProjectServiceAccountListResponse",
    "ProjectSpendAlert",
    "ProjectSpendAlertDeletedResource",
    "ProjectSpendAlertListResource",
    "ProjectUpdateRequest",
    "ProjectUpdateRequestParam",
    "ProjectUser",
    "ProjectUserCreateRequest",
    "ProjectUserCreateRequestParam",
    "ProjectUserDeleteResponse",
    "ProjectUserListResponse",
    "ProjectUserUpdateRequest",
    "ProjectUserUpdateRequestParam",
    "Prompt",
    "PromptParam",
    "PromptCacheRetentionEnum",
    "PromptVariant1",
    "PromptVariant1Param",
    "PublicAssignOrganizationGroupRoleBody",
    "PublicAssignOrganizationGroupRoleBodyParam",
    "PublicCreateOrganizationRoleBody",
    "PublicCreateOrganizationRoleBodyParam",
    "PublicRoleListResource",
    "PublicUpdateOrganizationRoleBody",
    "PublicUpdateOrganizationRoleBodyParam",
    "RankerVersionType",
    "RankingOptions",
    "RankingOptionsParam",
    "RateLimitsParam",
    "RateLimitsParamParam",
    "RealtimeAudioFormats",
    "RealtimeAudioFormatsParam",
    "RealtimeAudioFormatsAudioPcm",
    "RealtimeAudioFormatsAudioPcmParam",
    "RealtimeAudioFormatsAudioPcma",
    "RealtimeAudioFormatsAudioPcmaParam",
    "RealtimeAudioFormatsAudioPcmu",
    "RealtimeAudioFormatsAudioPcmuParam",
    "RealtimeBetaClientEventConversationItemCreate",
    "RealtimeBetaClientEventConversationItemDelete",
    "RealtimeBetaClientEventConversationItemRetrieve",
    "RealtimeBetaClientEventConversationItemTruncate",
    "RealtimeBetaClientEventInputAudioBufferAppend",
    "RealtimeBetaClientEventInputAudioBufferClear",
    "RealtimeBetaClientEventInputAudioBufferCommit",
    "RealtimeBetaClientEventOutputAudioBufferClear",
    "RealtimeBetaClientEventResponseCancel",
    "RealtimeBetaClientEventResponseCreate",
    "RealtimeBetaClientEventSessionUpdate",
    "RealtimeBetaClientEventTranscriptionSessionUpdate",
    "RealtimeBetaResponse",
    "RealtimeBetaResponseCreateParams",
    "RealtimeBetaResponseCreateParamsToolsItem",
    "RealtimeBetaResponseStatusDetails",
    "RealtimeBetaResponseStatusDetailsError",
    "RealtimeBetaResponseUsage",
    "RealtimeBetaResponseUsageInputTokenDetails",
    "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails",
    "RealtimeBetaResponseUsageOutputTokenDetails",
    "RealtimeBetaServerEventConversationItemCreated",
    "RealtimeBetaServerEventConversationItemDeleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeBetaServerEventConversationItemRetrieved",
    "RealtimeBetaServerEventConversationItemTruncated",
    "RealtimeBetaServerEventError",
    "RealtimeBetaServerEventErrorError",
    "RealtimeBetaServerEventInputAudioBufferCleared",
    "RealtimeBetaServerEventInputAudioBufferCommitted",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped",
    "RealtimeBetaServerEventMCPListToolsCompleted",
    "RealtimeBetaServerEventMCPListToolsFailed",
    "RealtimeBetaServerEventMCPListToolsInProgress",
    "RealtimeBetaServerEventRateLimitsUpdated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem",
    "RealtimeBetaServerEventResponseAudioDelta",
    "RealtimeBetaServerEventResponseAudioDone",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta",
    "RealtimeBetaServerEventResponseAudioTranscriptDone",
    "RealtimeBetaServerEventResponseContentPartAdded",
    "RealtimeBetaServerEventResponseContentPartAddedPart",
    "RealtimeBetaServerEventResponseContentPartDone",
    "RealtimeBetaServerEventResponseContentPartDonePart",
    "RealtimeBetaServerEventResponseCreated",
    "RealtimeBetaServerEventResponseDone",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDelta",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDone",
    "RealtimeBetaServerEventResponseMCPCallCompleted",
    "RealtimeBetaServerEventResponseMCPCallFailed",
    "RealtimeBetaServerEventResponseMCPCallInProgress",
    "RealtimeBetaServerEventResponseOutputItemAdded",
    "RealtimeBetaServerEventResponseOutputItemDone",
    "RealtimeBetaServerEventResponseTextDelta",
    "RealtimeBetaServerEventResponseTextDone",
    "RealtimeBetaServerEventSessionCreated",
    "RealtimeBetaServerEventSessionUpdated",
    "RealtimeBetaServerEventTranscriptionSessionCreated",
    "RealtimeBetaServerEventTranscriptionSessionUpdated",
    "RealtimeCallCreateRequest",
    "RealtimeCallReferRequest",
    "RealtimeCallReferRequestParam",
    "RealtimeCallRejectRequest",
    "RealtimeCallRejectRequestParam",
    "RealtimeClientEvent",
    "RealtimeClientEventConversationItemCreate",
    "RealtimeClientEventConversationItemDelete",
    "RealtimeClientEventConversationItemRetrieve",
    "RealtimeClientEventConversationItemTruncate",
    "RealtimeClientEventInputAudioBufferAppend",
    "RealtimeClientEventInputAudioBufferClear",
    "RealtimeClientEventInputAudioBufferCommit",
    "RealtimeClientEventOutputAudioBufferClear",
    "RealtimeClientEventResponseCancel",
    "RealtimeClientEventResponseCreate",
    "RealtimeClientEventSessionUpdate",
    "RealtimeClientEventSessionUpdateSession",
    "RealtimeClientEventTranscriptionSessionUpdate",
    "RealtimeConversationItem",
    "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemMessageAssistant",
    "RealtimeConversationItemMessageAssistantContentItem",
    "RealtimeConversationItemMessageSystem",
    "RealtimeConversationItemMessageSystemContentItem",
    "RealtimeConversationItemMessageUser",
    "RealtimeConversationItemMessageUserContentItem",
    "RealtimeConversationItemWithReference",
    "RealtimeConversationItemWithReferenceContentItem",
    "RealtimeCreateClientSecretRequest",
    "RealtimeCreateClientSecretRequestParam",
    "RealtimeCreateClientSecretRequestExpiresAfter",
    "RealtimeCreateClientSecretRequestExpiresAfterParam",
    "RealtimeCreateClientSecretRequestSession",
    "RealtimeCreateClientSecretRequestSessionParam",
    "RealtimeCreateClientSecretResponse",
    "RealtimeCreateClientSecretResponseSession",
    "RealtimeFunctionTool",
    "RealtimeFunctionToolParam",
    "RealtimeMCPApprovalRequest",
    "RealtimeMCPApprovalResponse",
    "RealtimeMCPHTTPError",
    "RealtimeMCPListTools",
    "RealtimeMCPProtocolError",
    "RealtimeMCPToolCall",
    "RealtimeMCPToolCallErrorVariant1",
    "RealtimeMCPToolExecutionError",
    "RealtimeReasoning",
    "RealtimeReasoningParam",
    "RealtimeReasoningEffort",
    "RealtimeResponse",
    "RealtimeResponseAudio",
    "RealtimeResponseAudioOutput",
    "RealtimeResponseCreateParams",
    "RealtimeResponseCreateParamsAudio",
    "RealtimeResponseCreateParamsAudioOutput",
    "RealtimeResponseCreateParamsToolsItem",
    "RealtimeResponseStatusDetails",
    "RealtimeResponseStatusDetailsError",
    "RealtimeResponseUsage",
    "RealtimeResponseUsageInputTokenDetails",
    "RealtimeResponseUsageInputTokenDetailsCachedTokensDetails",
    "RealtimeResponseUsageOutputTokenDetails",
    "RealtimeServerEvent",
    "RealtimeServerEventConversationCreated",
    "RealtimeServerEventConversationCreatedConversation",
    "RealtimeServerEventConversationItemAdded",
    "RealtimeServerEventConversationItemCreated",
    "RealtimeServerEventConversationItemDeleted",
    "RealtimeServerEventConversationItemDone",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompletedUsage",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedError",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeServerEventConversationItemRetrieved",
    "RealtimeServerEventConversationItemTruncated",
    "RealtimeServerEventError",
    "RealtimeServerEventErrorError",
    "RealtimeServerEventInputAudioBufferCleared",
    "RealtimeServerEventInputAudioBufferCommitted",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived",
    "RealtimeServerEventInputAudioBufferSpeechStarted",
    "RealtimeServerEventInputAudioBufferSpeechStopped",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered",
    "RealtimeServerEventMCPListToolsCompleted",
    "RealtimeServerEventMCPListToolsFailed",
    "RealtimeServerEventMCPListToolsInProgress",
    "RealtimeServerEventOutputAudioBufferCleared",
    "RealtimeServerEventOutputAudioBufferStarted",
    "RealtimeServerEventOutputAudioBufferStopped",
    "RealtimeServerEventRateLimitsUpdated",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItem",
    "RealtimeServerEventResponseAudioDelta",
    "RealtimeServerEventResponseAudioDone",
    "RealtimeServerEventResponseAudioTranscriptDelta",
    "RealtimeServerEventResponseAudioTranscriptDone",
    "RealtimeServerEventResponseContentPartAdded",
    "RealtimeServerEventResponseContentPartAddedPart",
    "RealtimeServerEventResponseContentPartDone",
    "RealtimeServerEventResponseContentPartDonePart",
    "RealtimeServerEventResponseCreated",
    "RealtimeServerEventResponseDone",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeServerEventResponseFunctionCallArgumentsDone",
    "RealtimeServerEventResponseMCPCallArgumentsDelta",
    "RealtimeServerEventResponseMCPCallArgumentsDone",
    "RealtimeServerEventResponseMCPCallCompleted",
    "RealtimeServerEventResponseMCPCallFailed",
    "RealtimeServerEventResponseMCPCallInProgress",
    "RealtimeServerEventResponseOutputItemAdded",
    "RealtimeServerEventResponseOutputItemDone",
    "RealtimeServerEventResponseTextDelta",
    "RealtimeServerEventResponseTextDone",
    "RealtimeServerEventSessionCreated",
    "RealtimeServerEventSessionCreatedSession",
    "RealtimeServerEventSessionUpdated",
    "RealtimeServerEventSessionUpdatedSession",
    "RealtimeServerEventTranscriptionSessionUpdated",
    "RealtimeSession",
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateRequestParam",
    "RealtimeSessionCreateRequestClientSecret",
    "RealtimeSessionCreateRequestClientSecretParam",
    "RealtimeSessionCreateRequestGA",
    "RealtimeSessionCreateRequestGAParam",
    "RealtimeSessionCreateRequestGAAudio",
    "RealtimeSessionCreateRequestGAAudioParam",
    "RealtimeSessionCreateRequestGAAudioInput",
    "RealtimeSessionCreateRequestGAAudioInputParam",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReduction",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReductionParam",
    "RealtimeSessionCreateRequestGAAudioOutput",
    "RealtimeSessionCreateRequestGAAudioOutputParam",
    "RealtimeSessionCreateRequestGAToolsItem",
    "RealtimeSessionCreateRequestGAToolsItemParam",
    "RealtimeSessionCreateRequestGATracingVariant1TracingConfiguration",
    "RealtimeSessionCreateRequestGATracingVariant1TracingConfigurationParam",
    "RealtimeSessionCreateRequestInputAudioTranscription",
    "RealtimeSessionCreateRequestInputAudioTranscriptionParam",
    "RealtimeSessionCreateRequestToolsItem",
    "RealtimeSessionCreateRequestToolsItemParam",
    "RealtimeSessionCreateRequestTracingTracingConfiguration",
    "RealtimeSessionCreateRequestTracingTracingConfigurationParam",
    "RealtimeSessionCreateRequestTurnDetection",
    "RealtimeSessionCreateRequestTurnDetectionParam",
    "RealtimeSessionCreateResponse",
    "RealtimeSessionCreateResponseAudio",
    "RealtimeSessionCreateResponseAudioInput",
    "RealtimeSessionCreateResponseAudioInputNoiseReduction",
    "RealtimeSessionCreateResponseAudioInputTurnDetection",
    "RealtimeSessionCreateResponseAudioOutput",
    "RealtimeSessionCreateResponseGA",
    "RealtimeSessionCreateResponseGAAudio",
    "RealtimeSessionCreateResponseGAAudioInput",
    "RealtimeSessionCreateResponseGAAudioInputNoiseReduction",
    "RealtimeSessionCreateResponseGAAudioOutput",
    "RealtimeSessionCreateResponseGAToolsItem",
    "RealtimeSessionCreateResponseGATracingTracingConfigurationTracingConfiguration",
    "RealtimeSessionCreateResponseTracingTracingConfiguration",
    "RealtimeSessionCreateResponseTurnDetection",
    "RealtimeSessionInputAudioNoiseReduction",
    "RealtimeSessionTracingTracingConfigurationTracingConfiguration",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionCreateRequestParam",
    "RealtimeTranscriptionSessionCreateRequestGA",
    "RealtimeTranscriptionSessionCreateRequestGAParam",
    "RealtimeTranscriptionSessionCreateRequestGAAudio",
    "RealtimeTranscriptionSessionCreateRequestGAAudioParam",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInput",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputParam",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionParam",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam",
    "RealtimeTranscriptionSessionCreateRequestTurnDetection",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionParam",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionCreateResponseClientSecret",
    "RealtimeTranscriptionSessionCreateResponseGA",
    "RealtimeTranscriptionSessionCreateResponseGAAudio",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInput",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionVariant1",
    "RealtimeTranscriptionSessionCreateResponseTurnDetection",
    "RealtimeTranslationClientEvent",
    "RealtimeTranslationClientEventInputAudioBufferAppend",
    "RealtimeTranslationClientEventSessionClose",
    "RealtimeTranslationClientEventSessionUpdate",
    "RealtimeTranslationClientSecretCreateRequest",
    "RealtimeTranslationClientSecretCreateRequestParam",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfter",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfterParam",
    "RealtimeTranslationClientSecretCreateResponse",
    "RealtimeTranslationServerEvent",
    "RealtimeTranslationServerEventSessionClosed",
    "RealtimeTranslationServerEventSessionCreated",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta",
    "RealtimeTranslationServerEventSessionOutputAudioDelta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta",
    "RealtimeTranslationServerEventSessionUpdated",
    "RealtimeTranslationSession",
    "RealtimeTranslationSessionAudio",
    "RealtimeTranslationSessionAudioInput",
    "RealtimeTranslationSessionAudioInputNoiseReductionVariant1",
    "RealtimeTranslationSessionAudioInputTranscriptionVariant1",
    "RealtimeTranslationSessionAudioOutput",
    "RealtimeTranslationSessionCreateRequest",
    "RealtimeTranslationSessionCreateRequestParam",
    "RealtimeTranslationSessionCreateRequestAudio",
    "RealtimeTranslationSessionCreateRequestAudioParam",
    "RealtimeTranslationSessionCreateRequestAudioInput",
    "RealtimeTranslationSessionCreateRequestAudioInputParam",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1Param",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1Param",
    "RealtimeTranslationSessionCreateRequestAudioOutput",
    "RealtimeTranslationSessionCreateRequestAudioOutputParam",
    "RealtimeTranslationSessionUpdateRequest",
    "RealtimeTranslationSessionUpdateRequestAudio",
    "RealtimeTranslationSessionUpdateRequestAudioInput",
    "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1",
    "RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1",
    "RealtimeTranslationSessionUpdateRequestAudioOutput",
    "RealtimeTruncation",
    "RealtimeTruncationParam",
    "RealtimeTruncationRetentionRatioTruncation",
    "RealtimeTruncationRetentionRatioTruncationParam",
    "RealtimeTruncationRetentionRatioTruncationTokenLimits",
    "RealtimeTruncationRetentionRatioTruncationTokenLimitsParam",
    "RealtimeTurnDetection",
    "RealtimeTurnDetectionParam",
    "RealtimeTurnDetectionRealtimeTurnDetection",
    "RealtimeTurnDetectionRealtimeTurnDetectionParam",
    "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad",
    "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVadParam",
    "RealtimeTurnDetectionRealtimeTurnDetectionServerVad",
    "RealtimeTurnDetectionRealtimeTurnDetectionServerVadParam",
    "Reasoning",
    "ReasoningParam",
    "ReasoningEffort",
    "ReasoningItem",
    "ReasoningItemParam",
    "ReasoningTextContent",
    "ReasoningTextContentParam",
    "RefusalContent",
    "RefusalContentParam",
    "Response",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseCodeInterpreterCallCodeDeltaEvent",
    "ResponseCodeInterpreterCallCodeDoneEvent",
    "ResponseCodeInterpreterCallCompletedEvent",
    "ResponseCodeInterpreterCallInProgressEvent",
    "ResponseCodeInterpreterCallInterpretingEvent",
    "ResponseCompletedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseCustomToolCallInputDeltaEvent",
    "ResponseCustomToolCallInputDoneEvent",
    "ResponseError",
    "ResponseErrorCode",
    "ResponseErrorEvent",
    "ResponseErrorVariant1",
    "ResponseFailedEvent",
    "ResponseFileSearchCallCompletedEvent",
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallSearchingEvent",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatJsonSchemaJsonSchema",
    "ResponseFormatJsonSchemaJsonSchemaParam",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatText",
    "ResponseFormatTextParam",
    "ResponseFormatTextGrammar",
    "ResponseFormatTextPython",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseImageGenCallCompletedEvent",
    "ResponseImageGenCallGeneratingEvent",
    "ResponseImageGenCallInProgressEvent",
    "ResponseImageGenCallPartialImageEvent",
    "ResponseInProgressEvent",
    "ResponseIncompleteDetailsVariant1",
    "ResponseIncompleteEvent",
    "ResponseItemList",
    "ResponseLogProb",
    "ResponseLogProbTopLogprobsItem",
    "ResponseMCPCallArgumentsDeltaEvent",
    "ResponseMCPCallArgumentsDoneEvent",
    "ResponseMCPCallCompletedEvent",
    "ResponseMCPCallFailedEvent",
    "ResponseMCPCallInProgressEvent",
    "ResponseMCPListToolsCompletedEvent",
    "ResponseMCPListToolsFailedEvent",
    "ResponseMCPListToolsInProgressEvent",
    "ResponseModalities",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputText",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseOutputTextAnnotationsItem",
    "ResponsePromptVariables",
    "ResponsePromptVariablesParam",
    "ResponseProperties",
    "ResponseQueuedEvent",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartAddedEventPart",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryPartDoneEventPart",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDoneEvent",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDoneEvent",
    "ResponseStreamEvent",
    "ResponseStreamOptions",
    "ResponseStreamOptionsParam",
    "ResponseStreamOptionsVariant1",
    "ResponseStreamOptionsVariant1Param",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseTextParam",
    "ResponseTextParamParam",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageOutputTokensDetails",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallSearchingEvent",
    "ResponsesClientEvent",
    "ResponsesClientEventResponseCreate",
    "ResponsesServerEvent",
    "Role",
    "RoleDeletedResource",
    "RoleListResource",
    "RunCompletionUsage",
    "RunCompletionUsageVariant1",
    "RunGraderRequest",
    "RunGraderRequestParam",
    "RunGraderRequestGrader",
    "RunGraderRequestGraderParam",
    "RunGraderResponse",
    "RunGraderResponseMetadata",
    "RunGraderResponseMetadataErrors",
    "RunObject",
    "RunObjectIncompleteDetails",
    "RunObjectLastError",
    "RunObjectRequiredAction",
    "RunObjectRequiredActionSubmitToolOutputs",
    "RunObjectToolsItem",
    "RunStepCompletionUsage",
    "RunStepCompletionUsageVariant1",
    "RunStepDeltaObject",
    "RunStepDeltaObjectDelta",
    "RunStepDeltaObjectDeltaStepDetails",
    "RunStepDeltaStepDetailsMessageCreationObject",
    "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation",
    "RunStepDeltaStepDetailsToolCallsCodeObject",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject",
    "RunStepDeltaStepDetailsToolCallsFunctionObject",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction",
    "RunStepDeltaStepDetailsToolCallsObject",
    "RunStepDeltaStepDetailsToolCallsObjectToolCallsItem",
    "RunStepDetailsMessageCreationObject",
    "RunStepDetailsMessageCreationObjectMessageCreation",
    "RunStepDetailsToolCallsCodeObject",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem",
    "RunStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage",
    "RunStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDetailsToolCallsFileSearchObject",
    "RunStepDetailsToolCallsFileSearchObjectFileSearch",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject",
    "RunStepDetailsToolCallsFileSearchResultObject",
    "RunStepDetailsToolCallsFileSearchResultObjectContentItem",
    "RunStepDetailsToolCallsFunctionObject",
    "RunStepDetailsToolCallsFunctionObjectFunction",
    "RunStepDetailsToolCallsObject",
    "RunStepDetailsToolCallsObjectToolCallsItem",
    "RunStepObject",
    "RunStepObjectLastErrorVariant1",
    "RunStepObjectStepDetails",
    "RunStepStreamEvent",
    "RunStepStreamEventThreadRunStepCancelled",
    "RunStepStreamEventThreadRunStepCompleted",
    "RunStepStreamEventThreadRunStepCreated",
    "RunStepStreamEventThreadRunStepDelta",
    "RunStepStreamEventThreadRunStepExpired",
    "RunStepStreamEventThreadRunStepFailed",
    "RunStepStreamEventThreadRunStepInProgress",
    "RunStreamEvent",
    "RunStreamEventThreadRunCancelled",
    "RunStreamEventThreadRunCancelling",
    "RunStreamEventThreadRunCompleted",
    "RunStreamEventThreadRunCreated",
    "RunStreamEventThreadRunExpired",
    "RunStreamEventThreadRunFailed",
    "RunStreamEventThreadRunInProgress",
    "RunStreamEventThreadRunIncomplete",
    "RunStreamEventThreadRunQueued",
    "RunStreamEventThreadRunRequiresAction",
    "RunToolCallObject",
    "RunToolCallObjectFunction",
    "ScreenshotParam",
    "ScreenshotParamParam",
    "ScrollParam",
    "ScrollParamParam",
    "SearchContentType",
    "SearchContextSize",
    "ServiceTier",
    "ServiceTierEnum",
    "SetDefaultSkillVersionBody",
    "SetDefaultSkillVersionBodyParam",
    "SkillListResource",
    "SkillReferenceParam",
    "SkillReferenceParamParam",
    "SkillResource",
    "SkillVersionListResource",
    "SkillVersionResource",
    "SpecificApplyPatchParam",
    "SpecificApplyPatchParamParam",
    "SpecificFunctionShellParam",
    "SpecificFunctionShellParamParam",
    "SpeechAudioDeltaEvent",
    "SpeechAudioDoneEvent",
    "SpeechAudioDoneEventUsage",
    "SpendAlertNotificationChannel",
    "SpendAlertNotificationChannelParam",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyParam",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyRequestParamParam",
    "StaticChunkingStrategyResponseParam",
    "StopConfiguration",
    "SubmitToolOutputsRunRequest",
    "SubmitToolOutputsRunRequestParam",
    "SubmitToolOutputsRunRequestToolOutputsItem",
    "SubmitToolOutputsRunRequestToolOutputsItemParam",
    "SummaryTextContent",
    "SummaryTextContentParam",
    "TaskGroupItem",
    "TaskGroupTask",
    "TaskItem",
    "TaskType",
    "TextContent",
    "TextResponseFormatConfiguration",
    "TextResponseFormatConfigurationParam",
    "TextResponseFormatJsonSchema",
    "TextResponseFormatJsonSchemaParam",
    "ThreadItem",
    "ThreadItemListResource",
    "ThreadListResource",
    "ThreadObject",
    "ThreadObjectToolResourcesVariant1",
    "ThreadObjectToolResourcesVariant1CodeInterpreter",
    "ThreadObjectToolResourcesVariant1FileSearch",
    "ThreadResource",
    "ThreadResourceStatus",
    "ThreadStreamEvent",
    "ThreadStreamEventVariant1",
    "ToggleCertificatesRequest",
    "ToggleCertificatesRequestParam",
    "TokenCountsBody",
    "TokenCountsBodyParam",
    "TokenCountsResource",
    "Tool",
    "ToolParam",
    "ToolChoice",
    "ToolChoiceAllowed",
    "ToolChoiceAllowedParam",
    "ToolChoiceCustom",
    "ToolChoiceCustomParam",
    "ToolChoiceFunction",
    "ToolChoiceFunctionParam",
    "ToolChoiceMCP",
    "ToolChoiceMCPParam",
    "ToolChoiceOptions",
    "ToolChoiceParam",
    "ToolChoiceParamParam",
    "ToolChoiceTypes",
    "ToolChoiceTypesParam",
    "ToolSearchCall",
    "ToolSearchCallItemParam",
    "ToolSearchCallItemParamParam",
    "ToolSearchExecutionType",
    "ToolSearchOutput",
    "ToolSearchOutputItemParam",
    "ToolSearchOutputItemParamParam",
    "ToolSearchToolParam",
    "ToolSearchToolParamParam",
    "ToolsArray",
    "ToolsArrayParam",
    "TopLogProb",
    "TopLogProbParam",
    "TranscriptTextDeltaEvent",
    "TranscriptTextDeltaEventLogprobsItem",
    "TranscriptTextDoneEvent",
    "TranscriptTextDoneEventLogprobsItem",
    "TranscriptTextSegmentEvent",
    "TranscriptTextUsageDuration",
    "TranscriptTextUsageTokens",
    "TranscriptTextUsageTokensInputTokenDetails",
    "TranscriptionChunkingStrategy",
    "TranscriptionDiarizedSegment",
    "TranscriptionInclude",
    "TranscriptionSegment",
    "TranscriptionWord",
    "TruncationEnum",
    "TruncationObject",
    "TruncationObjectParam",
    "TypeParam",
    "TypeParamParam",
    "UpdateChatCompletionRequest",
    "UpdateChatCompletionRequestParam",
    "UpdateConversationBody",
    "UpdateConversationBodyParam",
    "UpdateEvalRequest",
    "UpdateEvalRequestParam",
    "UpdateGroupBody",
    "UpdateGroupBodyParam",
    "UpdateOrganizationDataRetentionBody",
    "UpdateOrganizationDataRetentionBodyParam",
    "UpdateProjectDataRetentionBody",
    "UpdateProjectDataRetentionBodyParam",
    "UpdateProjectServiceAccountBody",
    "UpdateProjectServiceAccountBodyParam",
    "UpdateVectorStoreFileAttributesRequest",
    "UpdateVectorStoreFileAttributesRequestParam",
    "UpdateVectorStoreRequest",
    "UpdateVectorStoreRequestParam",
    "UpdateVoiceConsentRequest",
    "UpdateVoiceConsentRequestParam",
    "Upload",
    "UploadCertificateRequest",
    "UploadCertificateRequestParam",
    "UploadPart",
    "UrlAnnotation",
    "UrlAnnotationSource",
    "UrlCitationBody",
    "UrlCitationBodyParam",
    "UsageAudioSpeechesResult",
    "UsageAudioTranscriptionsResult",
    "UsageCodeInterpreterSessionsResult",
    "UsageCompletionsResult",
    "UsageEmbeddingsResult",
    "UsageFileSearchCallsResult",
    "UsageImagesResult",
    "UsageModerationsResult",
    "UsageResponse",
    "UsageTimeBucket",
    "UsageTimeBucketResultsItem",
    "UsageVectorStoresResult",
    "UsageWebSearchCallsResult",
    "User",
    "UserDeleteResponse",
    "UserListResource",
    "UserListResponse",
    "UserMessageInputText",
    "UserMessageItem",
    "UserMessageItemContentItem",
    "UserMessageQuotedText",
    "UserProjectsVariant1",
    "UserProjectsVariant1DataItem",
    "UserRoleAssignment",
    "UserRoleUpdateRequest",
    "UserRoleUpdateRequestParam",
    "UserUser",
    "VadConfig",
    "VadConfigParam",
    "ValidateGraderRequest",
    "ValidateGraderRequestParam",
    "ValidateGraderRequestGrader",
    "ValidateGraderRequestGraderParam",
    "ValidateGraderResponse",
    "ValidateGraderResponseGrader",
    "VectorStoreExpirationAfter",
    "VectorStoreExpirationAfterParam",
    "VectorStoreFileAttributes",
    "VectorStoreFileBatchObject",
    "VectorStoreFileBatchObjectFileCounts",
    "VectorStoreFileContentResponse",
    "VectorStoreFileContentResponseDataItem",
    "VectorStoreFileObject",
    "VectorStoreFileObjectChunkingStrategy",
    "VectorStoreFileObjectLastErrorVariant1",
    "VectorStoreObject",
    "VectorStoreObjectFileCounts",
    "VectorStoreSearchRequest",
    "VectorStoreSearchRequestParam",
    "VectorStoreSearchRequestFilters",
    "VectorStoreSearchRequestFiltersParam",
    "VectorStoreSearchRequestRankingOptions",
    "VectorStoreSearchRequestRankingOptionsParam",
    "VectorStoreSearchResultContentObject",
    "VectorStoreSearchResultItem",
    "VectorStoreSearchResultsPage",
    "Verbosity",
    "VideoCharacterResource",
    "VideoContentVariant",
    "VideoListResource",
    "VideoModel",
    "VideoReferenceInputParam",
    "VideoReferenceInputParamParam",
    "VideoResource",
    "VideoSeconds",
    "VideoSize",
    "VideoStatus",
    "VoiceConsentDeletedResource",
    "VoiceConsentListResource",
    "VoiceConsentResource",
    "VoiceIdsOrCustomVoice",
    "VoiceIdsOrCustomVoiceParam",
    "VoiceIdsOrCustomVoiceVariant2",
    "VoiceIdsOrCustomVoiceVariant2Param",
    "VoiceIdsShared",
    "VoiceResource",
    "WaitParam",
    "WaitParamParam",
    "WebSearchActionFind",
    "WebSearchActionFindParam",
    "WebSearchActionOpenPage",
    "WebSearchActionOpenPageParam",
    "WebSearchActionSearch",
    "WebSearchActionSearchParam",
    "WebSearchActionSearchSourcesItem",
    "WebSearchActionSearchSourcesItemParam",
    "WebSearchApproximateLocation",
    "WebSearchApproximateLocationParam",
    "WebSearchApproximateLocationWebSearchApproximateLocation",
    "WebSearchApproximateLocationWebSearchApproximateLocationParam",
    "WebSearchContextSize",
    "WebSearchLocation",
    "WebSearchLocationParam",
    "WebSearchPreviewTool",
    "WebSearchPreviewToolParam",
    "WebSearchTool",
    "WebSearchToolParam",
    "WebSearchToolCall",
    "WebSearchToolCallParam",
    "WebSearchToolCallAction",
    "WebSearchToolCallActionParam",
    "WebSearchToolFiltersVariant1",
    "WebSearchToolFiltersVariant1Param",
    "WebhookBatchCancelled",
    "WebhookBatchCancelledData",
    "WebhookBatchCompleted",
    "WebhookBatchCompletedData",
    "WebhookBatchExpired",
    "WebhookBatchExpiredData",
    "WebhookBatchFailed",
    "WebhookBatchFailedData",
    "WebhookEvalRunCanceled",
    "WebhookEvalRunCanceledData",
    "WebhookEvalRunFailed",
    "WebhookEvalRunFailedData",
    "WebhookEvalRunSucceeded",
    "WebhookEvalRunSucceededData",
    "WebhookEvent",
    "WebhookFineTuningJobCancelled",
    "WebhookFineTuningJobCancelledData",
    "WebhookFineTuningJobFailed",
    "WebhookFineTuningJobFailedData",
    "WebhookFineTuningJobSucceeded",
    "WebhookFineTuningJobSucceededData",
    "WebhookRealtimeCallIncoming",
    "WebhookRealtimeCallIncomingData",
    "WebhookRealtimeCallIncomingDataSipHeadersItem",
    "WebhookResponseCancelled",
    "WebhookResponseCancelledData",
    "WebhookResponseCompleted",
    "WebhookResponseCompletedData",
    "WebhookResponseFailed",
    "WebhookResponseFailedData",
    "WebhookResponseIncomplete",
    "WebhookResponseIncompleteData",
    "WidgetMessageItem",
    "WorkflowParam",
    "WorkflowParamParam",
    "WorkflowTracingParam",
    "WorkflowTracingParamParam",
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
