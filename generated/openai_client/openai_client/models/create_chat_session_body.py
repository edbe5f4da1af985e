"""CreateChatSessionBody."""

from __future__ import annotations

from .._models import OagenModel
from .chatkit_configuration_param import ChatkitConfigurationParam
from .expires_after_param import ExpiresAfterParam
from .rate_limits_param import RateLimitsParam
from .workflow_param import WorkflowParam

__all__ = ["CreateChatSessionBody"]


class CreateChatSessionBody(OagenModel):
    """Parameters for provisioning a new ChatKit session."""

    workflow: WorkflowParam
    """Workflow that powers the session."""

    user: str
    """A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope."""

    expires_after: ExpiresAfterParam | None = None
    """Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes."""

    rate_limits: RateLimitsParam | None = None
    """Optional override for per-minute request limits. When omitted, defaults to 10."""

    chatkit_configuration: ChatkitConfigurationParam | None = None
    """Optional overrides for ChatKit runtime configuration features"""
