"""``Client`` and ``AsyncClient``: every API group as an attribute, created on first use."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .api_client import ApiClient, AsyncApiClient
from .configuration import Configuration

if TYPE_CHECKING:
    from .api.assistants_api import AssistantsApi, AsyncAssistantsApi
    from .api.audio_api import AsyncAudioApi, AudioApi
    from .api.audit_logs_api import AsyncAuditLogsApi, AuditLogsApi
    from .api.batch_api import AsyncBatchApi, BatchApi
    from .api.certificates_api import AsyncCertificatesApi, CertificatesApi
    from .api.chat_api import AsyncChatApi, ChatApi
    from .api.chatkit_api import AsyncChatkitApi, ChatkitApi
    from .api.completions_api import AsyncCompletionsApi, CompletionsApi
    from .api.containers_api import AsyncContainersApi, ContainersApi
    from .api.conversations_api import AsyncConversationsApi, ConversationsApi
    from .api.data_retention_api import AsyncDataRetentionApi, DataRetentionApi
    from .api.embeddings_api import AsyncEmbeddingsApi, EmbeddingsApi
    from .api.evals_api import AsyncEvalsApi, EvalsApi
    from .api.files_api import AsyncFilesApi, FilesApi
    from .api.fine_tuning_api import AsyncFineTuningApi, FineTuningApi
    from .api.group_organization_role_assignments_api import (
        AsyncGroupOrganizationRoleAssignmentsApi,
        GroupOrganizationRoleAssignmentsApi,
    )
    from .api.group_users_api import AsyncGroupUsersApi, GroupUsersApi
    from .api.groups_api import AsyncGroupsApi, GroupsApi
    from .api.hosted_tools_api import AsyncHostedToolsApi, HostedToolsApi
    from .api.images_api import AsyncImagesApi, ImagesApi
    from .api.invites_api import AsyncInvitesApi, InvitesApi
    from .api.models_api import AsyncModelsApi, ModelsApi
    from .api.moderations_api import AsyncModerationsApi, ModerationsApi
    from .api.organization_api import AsyncOrganizationApi, OrganizationApi
    from .api.project_group_role_assignments_api import (
        AsyncProjectGroupRoleAssignmentsApi,
        ProjectGroupRoleAssignmentsApi,
    )
    from .api.project_groups_api import AsyncProjectGroupsApi, ProjectGroupsApi
    from .api.project_user_role_assignments_api import (
        AsyncProjectUserRoleAssignmentsApi,
        ProjectUserRoleAssignmentsApi,
    )
    from .api.projects_api import AsyncProjectsApi, ProjectsApi
    from .api.realtime_api import AsyncRealtimeApi, RealtimeApi
    from .api.responses_api import AsyncResponsesApi, ResponsesApi
    from .api.roles_api import AsyncRolesApi, RolesApi
    from .api.skills_api import AsyncSkillsApi, SkillsApi
    from .api.spend_alerts_api import AsyncSpendAlertsApi, SpendAlertsApi
    from .api.uploads_api import AsyncUploadsApi, UploadsApi
    from .api.usage_api import AsyncUsageApi, UsageApi
    from .api.user_organization_role_assignments_api import (
        AsyncUserOrganizationRoleAssignmentsApi,
        UserOrganizationRoleAssignmentsApi,
    )
    from .api.users_api import AsyncUsersApi, UsersApi
    from .api.vector_stores_api import AsyncVectorStoresApi, VectorStoresApi
    from .api.videos_api import AsyncVideosApi, VideosApi

__all__ = ["Client", "AsyncClient"]


class Client:
    """OpenAI API client.

    Example::

        with Client() as client:
            ...

    ``api_key`` (or ``OPENAI_API_KEY`` from the environment)    authenticates; ``base_url`` defaults to ``https://api.openai.com/v1``; pass
    ``http_client`` to bring your own ``httpx.Client`` (proxies, transports, mTLS).
    A response that does not match its declared type is returned leniently (see
    ``model_deviations()``); ``strict_response_validation=True`` raises
    ``ApiResponseValidationError`` instead.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        admin_api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
        http_client: httpx.Client | None = None,
        configuration: Configuration | None = None,
    ) -> None:
        # explicit arguments win over the configuration object, applied to a copy of it
        configuration = (configuration or Configuration()).with_overrides(
            host=base_url,
            credentials={
                "access_token": api_key,
                "admin_api_key": admin_api_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._configuration = configuration
        self.api_client = ApiClient(configuration, http_client=http_client)

    @property
    def configuration(self) -> Configuration:
        return self._configuration

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.api_client.close()

    def __repr__(self) -> str:
        return f"Client(base_url={self.configuration.host!r})"

    @cached_property
    def assistants(self) -> AssistantsApi:
        """Assistants operations."""
        from .api.assistants_api import AssistantsApi

        return AssistantsApi(self.api_client)

    @cached_property
    def audio(self) -> AudioApi:
        """Audio operations."""
        from .api.audio_api import AudioApi

        return AudioApi(self.api_client)

    @cached_property
    def audit_logs(self) -> AuditLogsApi:
        """Audit Logs operations."""
        from .api.audit_logs_api import AuditLogsApi

        return AuditLogsApi(self.api_client)

    @cached_property
    def batch(self) -> BatchApi:
        """Batch operations."""
        from .api.batch_api import BatchApi

        return BatchApi(self.api_client)

    @cached_property
    def certificates(self) -> CertificatesApi:
        """Certificates operations."""
        from .api.certificates_api import CertificatesApi

        return CertificatesApi(self.api_client)

    @cached_property
    def chat(self) -> ChatApi:
        """Chat operations."""
        from .api.chat_api import ChatApi

        return ChatApi(self.api_client)

    @cached_property
    def chatkit(self) -> ChatkitApi:
        """chatkit operations."""
        from .api.chatkit_api import ChatkitApi

        return ChatkitApi(self.api_client)

    @cached_property
    def completions(self) -> CompletionsApi:
        """Completions operations."""
        from .api.completions_api import CompletionsApi

        return CompletionsApi(self.api_client)

    @cached_property
    def containers(self) -> ContainersApi:
        """containers operations."""
        from .api.containers_api import ContainersApi

        return ContainersApi(self.api_client)

    @cached_property
    def conversations(self) -> ConversationsApi:
        """Conversations operations."""
        from .api.conversations_api import ConversationsApi

        return ConversationsApi(self.api_client)

    @cached_property
    def data_retention(self) -> DataRetentionApi:
        """Data retention operations."""
        from .api.data_retention_api import DataRetentionApi

        return DataRetentionApi(self.api_client)

    @cached_property
    def embeddings(self) -> EmbeddingsApi:
        """Embeddings operations."""
        from .api.embeddings_api import EmbeddingsApi

        return EmbeddingsApi(self.api_client)

    @cached_property
    def evals(self) -> EvalsApi:
        """Evals operations."""
        from .api.evals_api import EvalsApi

        return EvalsApi(self.api_client)

    @cached_property
    def files(self) -> FilesApi:
        """Files operations."""
        from .api.files_api import FilesApi

        return FilesApi(self.api_client)

    @cached_property
    def fine_tuning(self) -> FineTuningApi:
        """Fine-tuning operations."""
        from .api.fine_tuning_api import FineTuningApi

        return FineTuningApi(self.api_client)

    @cached_property
    def group_organization_role_assignments(self) -> GroupOrganizationRoleAssignmentsApi:
        """Group organization role assignments operations."""
        from .api.group_organization_role_assignments_api import GroupOrganizationRoleAssignmentsApi

        return GroupOrganizationRoleAssignmentsApi(self.api_client)

    @cached_property
    def group_users(self) -> GroupUsersApi:
        """Group users operations."""
        from .api.group_users_api import GroupUsersApi

        return GroupUsersApi(self.api_client)

    @cached_property
    def groups(self) -> GroupsApi:
        """Groups operations."""
        from .api.groups_api import GroupsApi

        return GroupsApi(self.api_client)

    @cached_property
    def hosted_tools(self) -> HostedToolsApi:
        """Hosted tools operations."""
        from .api.hosted_tools_api import HostedToolsApi

        return HostedToolsApi(self.api_client)

    @cached_property
    def images(self) -> ImagesApi:
        """Images operations."""
        from .api.images_api import ImagesApi

        return ImagesApi(self.api_client)

    @cached_property
    def invites(self) -> InvitesApi:
        """Invites operations."""
        from .api.invites_api import InvitesApi

        return InvitesApi(self.api_client)

    @cached_property
    def models(self) -> ModelsApi:
        """Models operations."""
        from .api.models_api import ModelsApi

        return ModelsApi(self.api_client)

    @cached_property
    def moderations(self) -> ModerationsApi:
        """Moderations operations."""
        from .api.moderations_api import ModerationsApi

        return ModerationsApi(self.api_client)

    @cached_property
    def organization(self) -> OrganizationApi:
        """organization operations."""
        from .api.organization_api import OrganizationApi

        return OrganizationApi(self.api_client)

    @cached_property
    def project_group_role_assignments(self) -> ProjectGroupRoleAssignmentsApi:
        """Project group role assignments operations."""
        from .api.project_group_role_assignments_api import ProjectGroupRoleAssignmentsApi

        return ProjectGroupRoleAssignmentsApi(self.api_client)

    @cached_property
    def project_groups(self) -> ProjectGroupsApi:
        """Project groups operations."""
        from .api.project_groups_api import ProjectGroupsApi

        return ProjectGroupsApi(self.api_client)

    @cached_property
    def project_user_role_assignments(self) -> ProjectUserRoleAssignmentsApi:
        """Project user role assignments operations."""
        from .api.project_user_role_assignments_api import ProjectUserRoleAssignmentsApi

        return ProjectUserRoleAssignmentsApi(self.api_client)

    @cached_property
    def projects(self) -> ProjectsApi:
        """Projects operations."""
        from .api.projects_api import ProjectsApi

        return ProjectsApi(self.api_client)

    @cached_property
    def realtime(self) -> RealtimeApi:
        """Realtime operations."""
        from .api.realtime_api import RealtimeApi

        return RealtimeApi(self.api_client)

    @cached_property
    def responses(self) -> ResponsesApi:
        """Responses operations."""
        from .api.responses_api import ResponsesApi

        return ResponsesApi(self.api_client)

    @cached_property
    def roles(self) -> RolesApi:
        """Roles operations."""
        from .api.roles_api import RolesApi

        return RolesApi(self.api_client)

    @cached_property
    def skills(self) -> SkillsApi:
        """Skills operations."""
        from .api.skills_api import SkillsApi

        return SkillsApi(self.api_client)

    @cached_property
    def spend_alerts(self) -> SpendAlertsApi:
        """Spend alerts operations."""
        from .api.spend_alerts_api import SpendAlertsApi

        return SpendAlertsApi(self.api_client)

    @cached_property
    def uploads(self) -> UploadsApi:
        """Uploads operations."""
        from .api.uploads_api import UploadsApi

        return UploadsApi(self.api_client)

    @cached_property
    def usage(self) -> UsageApi:
        """Usage operations."""
        from .api.usage_api import UsageApi

        return UsageApi(self.api_client)

    @cached_property
    def user_organization_role_assignments(self) -> UserOrganizationRoleAssignmentsApi:
        """User organization role assignments operations."""
        from .api.user_organization_role_assignments_api import UserOrganizationRoleAssignmentsApi

        return UserOrganizationRoleAssignmentsApi(self.api_client)

    @cached_property
    def users(self) -> UsersApi:
        """Users operations."""
        from .api.users_api import UsersApi

        return UsersApi(self.api_client)

    @cached_property
    def vector_stores(self) -> VectorStoresApi:
        """Vector stores operations."""
        from .api.vector_stores_api import VectorStoresApi

        return VectorStoresApi(self.api_client)

    @cached_property
    def videos(self) -> VideosApi:
        """Videos operations."""
        from .api.videos_api import VideosApi

        return VideosApi(self.api_client)


class AsyncClient:
    """OpenAI API client (async).

    Example::

        async with AsyncClient() as client:
            ...

    ``api_key`` (or ``OPENAI_API_KEY`` from the environment)    authenticates; ``base_url`` defaults to ``https://api.openai.com/v1``; pass
    ``http_client`` to bring your own ``httpx.AsyncClient`` (proxies, transports, mTLS).
    A response that does not match its declared type is returned leniently (see
    ``model_deviations()``); ``strict_response_validation=True`` raises
    ``ApiResponseValidationError`` instead.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        admin_api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
        http_client: httpx.AsyncClient | None = None,
        configuration: Configuration | None = None,
    ) -> None:
        # explicit arguments win over the configuration object, applied to a copy of it
        configuration = (configuration or Configuration()).with_overrides(
            host=base_url,
            credentials={
                "access_token": api_key,
                "admin_api_key": admin_api_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._configuration = configuration
        self.api_client = AsyncApiClient(configuration, http_client=http_client)

    @property
    def configuration(self) -> Configuration:
        return self._configuration

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self.api_client.close()

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self.configuration.host!r})"

    @cached_property
    def assistants(self) -> AsyncAssistantsApi:
        """Assistants operations."""
        from .api.assistants_api import AsyncAssistantsApi

        return AsyncAssistantsApi(self.api_client)

    @cached_property
    def audio(self) -> AsyncAudioApi:
        """Audio operations."""
        from .api.audio_api import AsyncAudioApi

        return AsyncAudioApi(self.api_client)

    @cached_property
    def audit_logs(self) -> AsyncAuditLogsApi:
        """Audit Logs operations."""
        from .api.audit_logs_api import AsyncAuditLogsApi

        return AsyncAuditLogsApi(self.api_client)

    @cached_property
    def batch(self) -> AsyncBatchApi:
        """Batch operations."""
        from .api.batch_api import AsyncBatchApi

        return AsyncBatchApi(self.api_client)

    @cached_property
    def certificates(self) -> AsyncCertificatesApi:
        """Certificates operations."""
        from .api.certificates_api import AsyncCertificatesApi

        return AsyncCertificatesApi(self.api_client)

    @cached_property
    def chat(self) -> AsyncChatApi:
        """Chat operations."""
        from .api.chat_api import AsyncChatApi

        return AsyncChatApi(self.api_client)

    @cached_property
    def chatkit(self) -> AsyncChatkitApi:
        """chatkit operations."""
        from .api.chatkit_api import AsyncChatkitApi

        return AsyncChatkitApi(self.api_client)

    @cached_property
    def completions(self) -> AsyncCompletionsApi:
        """Completions operations."""
        from .api.completions_api import AsyncCompletionsApi

        return AsyncCompletionsApi(self.api_client)

    @cached_property
    def containers(self) -> AsyncContainersApi:
        """containers operations."""
        from .api.containers_api import AsyncContainersApi

        return AsyncContainersApi(self.api_client)

    @cached_property
    def conversations(self) -> AsyncConversationsApi:
        """Conversations operations."""
        from .api.conversations_api import AsyncConversationsApi

        return AsyncConversationsApi(self.api_client)

    @cached_property
    def data_retention(self) -> AsyncDataRetentionApi:
        """Data retention operations."""
        from .api.data_retention_api import AsyncDataRetentionApi

        return AsyncDataRetentionApi(self.api_client)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsApi:
        """Embeddings operations."""
        from .api.embeddings_api import AsyncEmbeddingsApi

        return AsyncEmbeddingsApi(self.api_client)

    @cached_property
    def evals(self) -> AsyncEvalsApi:
        """Evals operations."""
        from .api.evals_api import AsyncEvalsApi

        return AsyncEvalsApi(self.api_client)

    @cached_property
    def files(self) -> AsyncFilesApi:
        """Files operations."""
        from .api.files_api import AsyncFilesApi

        return AsyncFilesApi(self.api_client)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuningApi:
        """Fine-tuning operations."""
        from .api.fine_tuning_api import AsyncFineTuningApi

        return AsyncFineTuningApi(self.api_client)

    @cached_property
    def group_organization_role_assignments(self) -> AsyncGroupOrganizationRoleAssignmentsApi:
        """Group organization role assignments operations."""
        from .api.group_organization_role_assignments_api import (
            AsyncGroupOrganizationRoleAssignmentsApi,
        )

        return AsyncGroupOrganizationRoleAssignmentsApi(self.api_client)

    @cached_property
    def group_users(self) -> AsyncGroupUsersApi:
        """Group users operations."""
        from .api.group_users_api import AsyncGroupUsersApi

        return AsyncGroupUsersApi(self.api_client)

    @cached_property
    def groups(self) -> AsyncGroupsApi:
        """Groups operations."""
        from .api.groups_api import AsyncGroupsApi

        return AsyncGroupsApi(self.api_client)

    @cached_property
    def hosted_tools(self) -> AsyncHostedToolsApi:
        """Hosted tools operations."""
        from .api.hosted_tools_api import AsyncHostedToolsApi

        return AsyncHostedToolsApi(self.api_client)

    @cached_property
    def images(self) -> AsyncImagesApi:
        """Images operations."""
        from .api.images_api import AsyncImagesApi

        return AsyncImagesApi(self.api_client)

    @cached_property
    def invites(self) -> AsyncInvitesApi:
        """Invites operations."""
        from .api.invites_api import AsyncInvitesApi

        return AsyncInvitesApi(self.api_client)

    @cached_property
    def models(self) -> AsyncModelsApi:
        """Models operations."""
        from .api.models_api import AsyncModelsApi

        return AsyncModelsApi(self.api_client)

    @cached_property
    def moderations(self) -> AsyncModerationsApi:
        """Moderations operations."""
        from .api.moderations_api import AsyncModerationsApi

        return AsyncModerationsApi(self.api_client)

    @cached_property
    def organization(self) -> AsyncOrganizationApi:
        """organization operations."""
        from .api.organization_api import AsyncOrganizationApi

        return AsyncOrganizationApi(self.api_client)

    @cached_property
    def project_group_role_assignments(self) -> AsyncProjectGroupRoleAssignmentsApi:
        """Project group role assignments operations."""
        from .api.project_group_role_assignments_api import AsyncProjectGroupRoleAssignmentsApi

        return AsyncProjectGroupRoleAssignmentsApi(self.api_client)

    @cached_property
    def project_groups(self) -> AsyncProjectGroupsApi:
        """Project groups operations."""
        from .api.project_groups_api import AsyncProjectGroupsApi

        return AsyncProjectGroupsApi(self.api_client)

    @cached_property
    def project_user_role_assignments(self) -> AsyncProjectUserRoleAssignmentsApi:
        """Project user role assignments operations."""
        from .api.project_user_role_assignments_api import AsyncProjectUserRoleAssignmentsApi

        return AsyncProjectUserRoleAssignmentsApi(self.api_client)

    @cached_property
    def projects(self) -> AsyncProjectsApi:
        """Projects operations."""
        from .api.projects_api import AsyncProjectsApi

        return AsyncProjectsApi(self.api_client)

    @cached_property
    def realtime(self) -> AsyncRealtimeApi:
        """Realtime operations."""
        from .api.realtime_api import AsyncRealtimeApi

        return AsyncRealtimeApi(self.api_client)

    @cached_property
    def responses(self) -> AsyncResponsesApi:
        """Responses operations."""
        from .api.responses_api import AsyncResponsesApi

        return AsyncResponsesApi(self.api_client)

    @cached_property
    def roles(self) -> AsyncRolesApi:
        """Roles operations."""
        from .api.roles_api import AsyncRolesApi

        return AsyncRolesApi(self.api_client)

    @cached_property
    def skills(self) -> AsyncSkillsApi:
        """Skills operations."""
        from .api.skills_api import AsyncSkillsApi

        return AsyncSkillsApi(self.api_client)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlertsApi:
        """Spend alerts operations."""
        from .api.spend_alerts_api import AsyncSpendAlertsApi

        return AsyncSpendAlertsApi(self.api_client)

    @cached_property
    def uploads(self) -> AsyncUploadsApi:
        """Uploads operations."""
        from .api.uploads_api import AsyncUploadsApi

        return AsyncUploadsApi(self.api_client)

    @cached_property
    def usage(self) -> AsyncUsageApi:
        """Usage operations."""
        from .api.usage_api import AsyncUsageApi

        return AsyncUsageApi(self.api_client)

    @cached_property
    def user_organization_role_assignments(self) -> AsyncUserOrganizationRoleAssignmentsApi:
        """User organization role assignments operations."""
        from .api.user_organization_role_assignments_api import (
            AsyncUserOrganizationRoleAssignmentsApi,
        )

        return AsyncUserOrganizationRoleAssignmentsApi(self.api_client)

    @cached_property
    def users(self) -> AsyncUsersApi:
        """Users operations."""
        from .api.users_api import AsyncUsersApi

        return AsyncUsersApi(self.api_client)

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresApi:
        """Vector stores operations."""
        from .api.vector_stores_api import AsyncVectorStoresApi

        return AsyncVectorStoresApi(self.api_client)

    @cached_property
    def videos(self) -> AsyncVideosApi:
        """Videos operations."""
        from .api.videos_api import AsyncVideosApi

        return AsyncVideosApi(self.api_client)
