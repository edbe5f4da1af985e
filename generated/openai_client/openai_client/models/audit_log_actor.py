"""AuditLogActor."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .audit_log_actor_api_key import AuditLogActorApiKey
from .audit_log_actor_session import AuditLogActorSession

__all__ = ["AuditLogActor"]


class AuditLogActor(OagenModel):
    """The actor who performed the audit logged action."""

    type: Literal["session", "api_key"] | str | None = None
    """The type of actor. Is either `session` or `api_key`."""

    session: AuditLogActorSession | None = None

    api_key: AuditLogActorApiKey | None = None
