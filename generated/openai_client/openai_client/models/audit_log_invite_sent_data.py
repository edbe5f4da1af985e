"""AuditLogInviteSentData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogInviteSentData"]


class AuditLogInviteSentData(OagenModel):
    """The payload used to create the invite."""

    email: str | None = None
    """The email invited to the organization."""

    role: str | None = None
    """The role the email was invited to be. Is either `owner` or `member`."""
