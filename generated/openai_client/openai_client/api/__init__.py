"""API classes, one per group of operations; each module is imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistants_api import (
        AsyncAssistantsApi as AsyncAssistantsApi,
        AssistantsApi as AssistantsApi,
    )
    from .audio_api import AsyncAudioApi as AsyncAudioApi, AudioApi as AudioApi
    from .audit_logs_api import AsyncAuditLogsApi as AsyncAuditLogsApi, AuditLogsApi as AuditLogsApi
    from .batch_api import AsyncBatchApi as AsyncBatchApi, BatchApi as BatchApi
    from .certificates_api import (
        AsyncCertificatesApi as AsyncCertificatesApi,
        CertificatesApi as CertificatesApi,
    )
    from .chat_api import AsyncChatApi as AsyncChatApi, ChatApi as ChatApi
    from .chatkit_api import AsyncChatkitApi as AsyncChatkitApi, ChatkitApi as ChatkitApi
    from .completions_api import (
        AsyncCompletionsApi as AsyncCompletionsApi,
        CompletionsApi as CompletionsApi,
    )
    from .containers_api import (
        AsyncContainersApi as AsyncContainersApi,
        ContainersApi as ContainersApi,
    )
    from .conversations_api import (
        AsyncConversationsApi as AsyncConversationsApi,
        ConversationsApi as ConversationsApi,
    )
    from .data_retention_api import (
        AsyncDataRetentionApi as AsyncDataRetentionApi,
        DataRetentionApi as DataRetentionApi,
    )
    from .embeddings_api import (
        AsyncEmbeddingsApi as AsyncEmbeddingsApi,
        EmbeddingsApi as EmbeddingsApi,
    )
    from .evals_api import AsyncEvalsApi as AsyncEvalsApi, EvalsApi as EvalsApi
    from .files_api import AsyncFilesApi as AsyncFilesApi, FilesApi as FilesApi
    from .fine_tuning_api import (
        AsyncFineTuningApi as AsyncFineTuningApi,
        FineTuningApi as FineTuningApi,
    )
    from .group_organization_role_assignments_api import (
        AsyncGroupOrganizationRoleAssignmentsApi as AsyncGroupOrganizationRoleAssignmentsApi,
        GroupOrganizationRoleAssignmentsApi as GroupOrganizationRoleAssignmentsApi,
    )
    from .group_users_api import (
        AsyncGroupUsersApi as AsyncGroupUsersApi,
        GroupUsersApi as GroupUsersApi,
    )
    from .groups_api import AsyncGroupsApi as AsyncGroupsApi, GroupsApi as GroupsApi
    from .hosted_tools_api import (
        AsyncHostedToolsApi as AsyncHostedToolsApi,
        HostedToolsApi as HostedToolsApi,
    )
    from .images_api import AsyncImagesApi as AsyncImagesApi, ImagesApi as ImagesApi
    from .invites_api import AsyncInvitesApi as AsyncInvitesApi, InvitesApi as InvitesApi
    from .models_api import AsyncModelsApi as AsyncModelsApi, ModelsApi as ModelsApi
    from .moderations_api import (
        AsyncModerationsApi as AsyncModerationsApi,
        ModerationsApi as ModerationsApi,
    )
    from .organization_api import (
        AsyncOrganizationApi as AsyncOrganizationApi,
        OrganizationApi as OrganizationApi,
    )
    from .project_group_role_assignments_api import (
        AsyncProjectGroupRoleAssignmentsApi as AsyncProjectGroupRoleAssignmentsApi,
        ProjectGroupRoleAssignmentsApi as ProjectGroupRoleAssignmentsApi,
    )
    from .project_groups_api import (
        AsyncProjectGroupsApi as AsyncProjectGroupsApi,
        ProjectGroupsApi as ProjectGroupsApi,
    )
    from .project_user_role_assignments_api import (
        AsyncProjectUserRoleAssignmentsApi as AsyncProjectUserRoleAssignmentsApi,
        ProjectUserRoleAssignmentsApi as ProjectUserRoleAssignmentsApi,
    )
    from .projects_api import AsyncProjectsApi as AsyncProjectsApi, ProjectsApi as ProjectsApi
    from .realtime_api import AsyncRealtimeApi as AsyncRealtimeApi, RealtimeApi as RealtimeApi
    from .responses_api import AsyncResponsesApi as AsyncResponsesApi, ResponsesApi as ResponsesApi
    from .roles_api import AsyncRolesApi as AsyncRolesApi, RolesApi as RolesApi
    from .skills_api import AsyncSkillsApi as AsyncSkillsApi, SkillsApi as SkillsApi
    from .spend_alerts_api import (
        AsyncSpendAlertsApi as AsyncSpendAlertsApi,
        SpendAlertsApi as SpendAlertsApi,
    )
    from .uploads_api import AsyncUploadsApi as AsyncUploadsApi, UploadsApi as UploadsApi
    from .usage_api import AsyncUsageApi as AsyncUsageApi, UsageApi as UsageApi
    from .user_organization_role_assignments_api import (
        AsyncUserOrganizationRoleAssignmentsApi as AsyncUserOrganizationRoleAssignmentsApi,
        UserOrganizationRoleAssignmentsApi as UserOrganizationRoleAssignmentsApi,
    )
    from .users_api import AsyncUsersApi as AsyncUsersApi, UsersApi as UsersApi
    from .vector_stores_api import (
        AsyncVectorStoresApi as AsyncVectorStoresApi,
        VectorStoresApi as VectorStoresApi,
    )
    from .videos_api import AsyncVideosApi as AsyncVideosApi, VideosApi as VideosApi

_MODULES: dict[str, str] = {
    "AssistantsApi": "assistants_api",
    "AsyncAssistantsApi": "assistants_api",
    "AudioApi": "audio_api",
    "AsyncAudioApi": "audio_api",
    "AuditLogsApi": "audit_logs_api",
    "AsyncAuditLogsApi": "audit_logs_api",
    "BatchApi": "batch_api",
    "AsyncBatchApi": "batch_api",
    "CertificatesApi": "certificates_api",
    "AsyncCertificatesApi": "certificates_api",
    "ChatApi": "chat_api",
    "AsyncChatApi": "chat_api",
    "ChatkitApi": "chatkit_api",
    "AsyncChatkitApi": "chatkit_api",
    "CompletionsApi": "completions_api",
    "AsyncCompletionsApi": "completions_api",
    "ContainersApi": "containers_api",
    "AsyncContainersApi": "containers_api",
    "ConversationsApi": "conversations_api",
    "AsyncConversationsApi": "conversations_api",
    "DataRetentionApi": "data_retention_api",
    "AsyncDataRetentionApi": "data_retention_api",
    "EmbeddingsApi": "embeddings_api",
    "AsyncEmbeddingsApi": "embeddings_api",
    "EvalsApi": "evals_api",
    "AsyncEvalsApi": "evals_api",
    "FilesApi": "files_api",
    "AsyncFilesApi": "files_api",
    "FineTuningApi": "fine_tuning_api",
    "AsyncFineTuningApi": "fine_tuning_api",
    "GroupOrganizationRoleAssignmentsApi": "group_organization_role_assignments_api",
    "AsyncGroupOrganizationRoleAssignmentsApi": "group_organization_role_assignments_api",
    "GroupUsersApi": "group_users_api",
    "AsyncGroupUsersApi": "group_users_api",
    "GroupsApi": "groups_api",
    "AsyncGroupsApi": "groups_api",
    "HostedToolsApi": "hosted_tools_api",
    "AsyncHostedToolsApi": "hosted_tools_api",
    "ImagesApi": "images_api",
    "AsyncImagesApi": "images_api",
    "InvitesApi": "invites_api",
    "AsyncInvitesApi": "invites_api",
    "ModelsApi": "models_api",
    "AsyncModelsApi": "models_api",
    "ModerationsApi": "moderations_api",
    "AsyncModerationsApi": "moderations_api",
    "OrganizationApi": "organization_api",
    "AsyncOrganizationApi": "organization_api",
    "ProjectGroupRoleAssignmentsApi": "project_group_role_assignments_api",
    "AsyncProjectGroupRoleAssignmentsApi": "project_group_role_assignments_api",
    "ProjectGroupsApi": "project_groups_api",
    "AsyncProjectGroupsApi": "project_groups_api",
    "ProjectUserRoleAssignmentsApi": "project_user_role_assignments_api",
    "AsyncProjectUserRoleAssignmentsApi": "project_user_role_assignments_api",
    "ProjectsApi": "projects_api",
    "AsyncProjectsApi": "projects_api",
    "RealtimeApi": "realtime_api",
    "AsyncRealtimeApi": "realtime_api",
    "ResponsesApi": "responses_api",
    "AsyncResponsesApi": "responses_api",
    "RolesApi": "roles_api",
    "AsyncRolesApi": "roles_api",
    "SkillsApi": "skills_api",
    "AsyncSkillsApi": "skills_api",
    "SpendAlertsApi": "spend_alerts_api",
    "AsyncSpendAlertsApi": "spend_alerts_api",
    "UploadsApi": "uploads_api",
    "AsyncUploadsApi": "uploads_api",
    "UsageApi": "usage_api",
    "AsyncUsageApi": "usage_api",
    "UserOrganizationRoleAssignmentsApi": "user_organization_role_assignments_api",
    "AsyncUserOrganizationRoleAssignmentsApi": "user_organization_role_assignments_api",
    "UsersApi": "users_api",
    "AsyncUsersApi": "users_api",
    "VectorStoresApi": "vector_stores_api",
    "AsyncVectorStoresApi": "vector_stores_api",
    "VideosApi": "videos_api",
    "AsyncVideosApi": "videos_api",
}

__all__ = [
    "AssistantsApi",
    "AsyncAssistantsApi",
    "AudioApi",
    "AsyncAudioApi",
    "AuditLogsApi",
    "AsyncAuditLogsApi",
    "BatchApi",
    "AsyncBatchApi",
    "CertificatesApi",
    "AsyncCertificatesApi",
    "ChatApi",
    "AsyncChatApi",
    "ChatkitApi",
    "AsyncChatkitApi",
    "CompletionsApi",
    "AsyncCompletionsApi",
    "ContainersApi",
    "AsyncContainersApi",
    "ConversationsApi",
    "AsyncConversationsApi",
    "DataRetentionApi",
    "AsyncDataRetentionApi",
    "EmbeddingsApi",
    "AsyncEmbeddingsApi",
    "EvalsApi",
    "AsyncEvalsApi",
    "FilesApi",
    "AsyncFilesApi",
    "FineTuningApi",
    "AsyncFineTuningApi",
    "GroupOrganizationRoleAssignmentsApi",
    "AsyncGroupOrganizationRoleAssignmentsApi",
    "GroupUsersApi",
    "AsyncGroupUsersApi",
    "GroupsApi",
    "AsyncGroupsApi",
    "HostedToolsApi",
    "AsyncHostedToolsApi",
    "ImagesApi",
    "AsyncImagesApi",
    "InvitesApi",
    "AsyncInvitesApi",
    "ModelsApi",
    "AsyncModelsApi",
    "ModerationsApi",
    "AsyncModerationsApi",
    "OrganizationApi",
    "AsyncOrganizationApi",
    "ProjectGroupRoleAssignmentsApi",
    "AsyncProjectGroupRoleAssignmentsApi",
    "ProjectGroupsApi",
    "AsyncProjectGroupsApi",
    "ProjectUserRoleAssignmentsApi",
    "AsyncProjectUserRoleAssignmentsApi",
    "ProjectsApi",
    "AsyncProjectsApi",
    "RealtimeApi",
    "AsyncRealtimeApi",
    "ResponsesApi",
    "AsyncResponsesApi",
    "RolesApi",
    "AsyncRolesApi",
    "SkillsApi",
    "AsyncSkillsApi",
    "SpendAlertsApi",
    "AsyncSpendAlertsApi",
    "UploadsApi",
    "AsyncUploadsApi",
    "UsageApi",
    "AsyncUsageApi",
    "UserOrganizationRoleAssignmentsApi",
    "AsyncUserOrganizationRoleAssignmentsApi",
    "UsersApi",
    "AsyncUsersApi",
    "VectorStoresApi",
    "AsyncVectorStoresApi",
    "VideosApi",
    "AsyncVideosApi",
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
