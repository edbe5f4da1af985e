"""AuditLog."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._models import OagenModel
from .audit_log_actor import AuditLogActor
from .audit_log_api_key_created import AuditLogApiKeyCreated
from .audit_log_api_key_deleted import AuditLogApiKeyDeleted
from .audit_log_api_key_updated import AuditLogApiKeyUpdated
from .audit_log_certificate_created import AuditLogCertificateCreated
from .audit_log_certificate_deleted import AuditLogCertificateDeleted
from .audit_log_certificate_updated import AuditLogCertificateUpdated
from .audit_log_certificates_activated import AuditLogCertificatesActivated
from .audit_log_certificates_deactivated import AuditLogCertificatesDeactivated
from .audit_log_checkpoint_permission_created import AuditLogCheckpointPermissionCreated
from .audit_log_checkpoint_permission_deleted import AuditLogCheckpointPermissionDeleted
from .audit_log_event_type import AuditLogEventType
from .audit_log_external_key_registered import AuditLogExternalKeyRegistered
from .audit_log_external_key_removed import AuditLogExternalKeyRemoved
from .audit_log_group_created import AuditLogGroupCreated
from .audit_log_group_deleted import AuditLogGroupDeleted
from .audit_log_group_updated import AuditLogGroupUpdated
from .audit_log_invite_accepted import AuditLogInviteAccepted
from .audit_log_invite_deleted import AuditLogInviteDeleted
from .audit_log_invite_sent import AuditLogInviteSent
from .audit_log_ip_allowlist_config_activated import AuditLogIpAllowlistConfigActivated
from .audit_log_ip_allowlist_config_deactivated import AuditLogIpAllowlistConfigDeactivated
from .audit_log_ip_allowlist_created import AuditLogIpAllowlistCreated
from .audit_log_ip_allowlist_deleted import AuditLogIpAllowlistDeleted
from .audit_log_ip_allowlist_updated import AuditLogIpAllowlistUpdated
from .audit_log_login_failed import AuditLogLoginFailed
from .audit_log_logout_failed import AuditLogLogoutFailed
from .audit_log_organization_updated import AuditLogOrganizationUpdated
from .audit_log_project import AuditLogProject
from .audit_log_project_archived import AuditLogProjectArchived
from .audit_log_project_created import AuditLogProjectCreated
from .audit_log_project_deleted import AuditLogProjectDeleted
from .audit_log_project_updated import AuditLogProjectUpdated
from .audit_log_rate_limit_deleted import AuditLogRateLimitDeleted
from .audit_log_rate_limit_updated import AuditLogRateLimitUpdated
from .audit_log_role_assignment_created import AuditLogRoleAssignmentCreated
from .audit_log_role_assignment_deleted import AuditLogRoleAssignmentDeleted
from .audit_log_role_created import AuditLogRoleCreated
from .audit_log_role_deleted import AuditLogRoleDeleted
from .audit_log_role_updated import AuditLogRoleUpdated
from .audit_log_scim_disabled import AuditLogScimDisabled
from .audit_log_scim_enabled import AuditLogScimEnabled
from .audit_log_service_account_created import AuditLogServiceAccountCreated
from .audit_log_service_account_deleted import AuditLogServiceAccountDeleted
from .audit_log_service_account_updated import AuditLogServiceAccountUpdated
from .audit_log_user_added import AuditLogUserAdded
from .audit_log_user_deleted import AuditLogUserDeleted
from .audit_log_user_updated import AuditLogUserUpdated

__all__ = ["AuditLog"]


class AuditLog(OagenModel):
    """A log of a user action or configuration change within this organization."""

    id: str
    """The ID of this log."""

    type: AuditLogEventType | str

    effective_at: int
    """The Unix timestamp (in seconds) of the event."""

    project: AuditLogProject | None = None
    """The project that the action was scoped to. Absent for actions not scoped to projects. Note that any admin actions taken via Admin API keys are associated with the default project."""

    actor: AuditLogActor | None = None

    api_key_created: AuditLogApiKeyCreated | None = Field(
        default=None, validation_alias="api_key.created", serialization_alias="api_key.created"
    )
    """The details for events with this `type`."""

    api_key_updated: AuditLogApiKeyUpdated | None = Field(
        default=None, validation_alias="api_key.updated", serialization_alias="api_key.updated"
    )
    """The details for events with this `type`."""

    api_key_deleted: AuditLogApiKeyDeleted | None = Field(
        default=None, validation_alias="api_key.deleted", serialization_alias="api_key.deleted"
    )
    """The details for events with this `type`."""

    checkpoint_permission_created: AuditLogCheckpointPermissionCreated | None = Field(
        default=None,
        validation_alias="checkpoint.permission.created",
        serialization_alias="checkpoint.permission.created",
    )
    """The project and fine-tuned model checkpoint that the checkpoint permission was created for."""

    checkpoint_permission_deleted: AuditLogCheckpointPermissionDeleted | None = Field(
        default=None,
        validation_alias="checkpoint.permission.deleted",
        serialization_alias="checkpoint.permission.deleted",
    )
    """The details for events with this `type`."""

    external_key_registered: AuditLogExternalKeyRegistered | None = Field(
        default=None,
        validation_alias="external_key.registered",
        serialization_alias="external_key.registered",
    )
    """The details for events with this `type`."""

    external_key_removed: AuditLogExternalKeyRemoved | None = Field(
        default=None,
        validation_alias="external_key.removed",
        serialization_alias="external_key.removed",
    )
    """The details for events with this `type`."""

    group_created: AuditLogGroupCreated | None = Field(
        default=None, validation_alias="group.created", serialization_alias="group.created"
    )
    """The details for events with this `type`."""

    group_updated: AuditLogGroupUpdated | None = Field(
        default=None, validation_alias="group.updated", serialization_alias="group.updated"
    )
    """The details for events with this `type`."""

    group_deleted: AuditLogGroupDeleted | None = Field(
        default=None, validation_alias="group.deleted", serialization_alias="group.deleted"
    )
    """The details for events with this `type`."""

    scim_enabled: AuditLogScimEnabled | None = Field(
        default=None, validation_alias="scim.enabled", serialization_alias="scim.enabled"
    )
    """The details for events with this `type`."""

    scim_disabled: AuditLogScimDisabled | None = Field(
        default=None, validation_alias="scim.disabled", serialization_alias="scim.disabled"
    )
    """The details for events with this `type`."""

    invite_sent: AuditLogInviteSent | None = Field(
        default=None, validation_alias="invite.sent", serialization_alias="invite.sent"
    )
    """The details for events with this `type`."""

    invite_accepted: AuditLogInviteAccepted | None = Field(
        default=None, validation_alias="invite.accepted", serialization_alias="invite.accepted"
    )
    """The details for events with this `type`."""

    invite_deleted: AuditLogInviteDeleted | None = Field(
        default=None, validation_alias="invite.deleted", serialization_alias="invite.deleted"
    )
    """The details for events with this `type`."""

    ip_allowlist_created: AuditLogIpAllowlistCreated | None = Field(
        default=None,
        validation_alias="ip_allowlist.created",
        serialization_alias="ip_allowlist.created",
    )
    """The details for events with this `type`."""

    ip_allowlist_updated: AuditLogIpAllowlistUpdated | None = Field(
        default=None,
        validation_alias="ip_allowlist.updated",
        serialization_alias="ip_allowlist.updated",
    )
    """The details for events with this `type`."""

    ip_allowlist_deleted: AuditLogIpAllowlistDeleted | None = Field(
        default=None,
        validation_alias="ip_allowlist.deleted",
        serialization_alias="ip_allowlist.deleted",
    )
    """The details for events with this `type`."""

    ip_allowlist_config_activated: AuditLogIpAllowlistConfigActivated | None = Field(
        default=None,
        validation_alias="ip_allowlist.config.activated",
        serialization_alias="ip_allowlist.config.activated",
    )
    """The details for events with this `type`."""

    ip_allowlist_config_deactivated: AuditLogIpAllowlistConfigDeactivated | None = Field(
        default=None,
        validation_alias="ip_allowlist.config.deactivated",
        serialization_alias="ip_allowlist.config.deactivated",
    )
    """The details for events with this `type`."""

    login_succeeded: dict[str, Any] | None = Field(
        default=None, validation_alias="login.succeeded", serialization_alias="login.succeeded"
    )
    """This event has no additional fields beyond the standard audit log attributes."""

    login_failed: AuditLogLoginFailed | None = Field(
        default=None, validation_alias="login.failed", serialization_alias="login.failed"
    )
    """The details for events with this `type`."""

    logout_succeeded: dict[str, Any] | None = Field(
        default=None, validation_alias="logout.succeeded", serialization_alias="logout.succeeded"
    )
    """This event has no additional fields beyond the standard audit log attributes."""

    logout_failed: AuditLogLogoutFailed | None = Field(
        default=None, validation_alias="logout.failed", serialization_alias="logout.failed"
    )
    """The details for events with this `type`."""

    organization_updated: AuditLogOrganizationUpdated | None = Field(
        default=None,
        validation_alias="organization.updated",
        serialization_alias="organization.updated",
    )
    """The details for events with this `type`."""

    project_created: AuditLogProjectCreated | None = Field(
        default=None, validation_alias="project.created", serialization_alias="project.created"
    )
    """The details for events with this `type`."""

    project_updated: AuditLogProjectUpdated | None = Field(
        default=None, validation_alias="project.updated", serialization_alias="project.updated"
    )
    """The details for events with this `type`."""

    project_archived: AuditLogProjectArchived | None = Field(
        default=None, validation_alias="project.archived", serialization_alias="project.archived"
    )
    """The details for events with this `type`."""

    project_deleted: AuditLogProjectDeleted | None = Field(
        default=None, validation_alias="project.deleted", serialization_alias="project.deleted"
    )
    """The details for events with this `type`."""

    rate_limit_updated: AuditLogRateLimitUpdated | None = Field(
        default=None,
        validation_alias="rate_limit.updated",
        serialization_alias="rate_limit.updated",
    )
    """The details for events with this `type`."""

    rate_limit_deleted: AuditLogRateLimitDeleted | None = Field(
        default=None,
        validation_alias="rate_limit.deleted",
        serialization_alias="rate_limit.deleted",
    )
    """The details for events with this `type`."""

    role_created: AuditLogRoleCreated | None = Field(
        default=None, validation_alias="role.created", serialization_alias="role.created"
    )
    """The details for events with this `type`."""

    role_updated: AuditLogRoleUpdated | None = Field(
        default=None, validation_alias="role.updated", serialization_alias="role.updated"
    )
    """The details for events with this `type`."""

    role_deleted: AuditLogRoleDeleted | None = Field(
        default=None, validation_alias="role.deleted", serialization_alias="role.deleted"
    )
    """The details for events with this `type`."""

    role_assignment_created: AuditLogRoleAssignmentCreated | None = Field(
        default=None,
        validation_alias="role.assignment.created",
        serialization_alias="role.assignment.created",
    )
    """The details for events with this `type`."""

    role_assignment_deleted: AuditLogRoleAssignmentDeleted | None = Field(
        default=None,
        validation_alias="role.assignment.deleted",
        serialization_alias="role.assignment.deleted",
    )
    """The details for events with this `type`."""

    service_account_created: AuditLogServiceAccountCreated | None = Field(
        default=None,
        validation_alias="service_account.created",
        serialization_alias="service_account.created",
    )
    """The details for events with this `type`."""

    service_account_updated: AuditLogServiceAccountUpdated | None = Field(
        default=None,
        validation_alias="service_account.updated",
        serialization_alias="service_account.updated",
    )
    """The details for events with this `type`."""

    service_account_deleted: AuditLogServiceAccountDeleted | None = Field(
        default=None,
        validation_alias="service_account.deleted",
        serialization_alias="service_account.deleted",
    )
    """The details for events with this `type`."""

    user_added: AuditLogUserAdded | None = Field(
        default=None, validation_alias="user.added", serialization_alias="user.added"
    )
    """The details for events with this `type`."""

    user_updated: AuditLogUserUpdated | None = Field(
        default=None, validation_alias="user.updated", serialization_alias="user.updated"
    )
    """The details for events with this `type`."""

    user_deleted: AuditLogUserDeleted | None = Field(
        default=None, validation_alias="user.deleted", serialization_alias="user.deleted"
    )
    """The details for events with this `type`."""

    certificate_created: AuditLogCertificateCreated | None = Field(
        default=None,
        validation_alias="certificate.created",
        serialization_alias="certificate.created",
    )
    """The details for events with this `type`."""

    certificate_updated: AuditLogCertificateUpdated | None = Field(
        default=None,
        validation_alias="certificate.updated",
        serialization_alias="certificate.updated",
    )
    """The details for events with this `type`."""

    certificate_deleted: AuditLogCertificateDeleted | None = Field(
        default=None,
        validation_alias="certificate.deleted",
        serialization_alias="certificate.deleted",
    )
    """The details for events with this `type`."""

    certificates_activated: AuditLogCertificatesActivated | None = Field(
        default=None,
        validation_alias="certificates.activated",
        serialization_alias="certificates.activated",
    )
    """The details for events with this `type`."""

    certificates_deactivated: AuditLogCertificatesDeactivated | None = Field(
        default=None,
        validation_alias="certificates.deactivated",
        serialization_alias="certificates.deactivated",
    )
    """The details for events with this `type`."""
