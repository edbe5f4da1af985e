"""CreateChatSessionBody."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chatkit_configuration_param import ChatkitConfigurationParam, ChatkitConfigurationParamParam
from .expires_after_param import ExpiresAfterParam, ExpiresAfterParamParam
from .rate_limits_param import RateLimitsParam, RateLimitsParamParam
from .workflow_param import WorkflowParam, WorkflowParamParam

__all__ = ["CreateChatSessionBody", "CreateChatSessionBodyParam"]


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


class CreateChatSessionBodyParam(TypedDict, total=False):
    """Request form of :class:`CreateChatSessionBody`: a dict a type checker can check."""

    workflow: Required[WorkflowParamParam | WorkflowParam]
    """Workflow that powers the session."""

    user: Required[str]
    """A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope."""

    expires_after: ExpiresAfterParamParam | ExpiresAfterParam
    """Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes."""

    rate_limits: RateLimitsParamParam | RateLimitsParam
    """Optional override for per-minute request limits. When omitted, defaults to 10."""

    chatkit_configuration: ChatkitConfigurationParamParam | ChatkitConfigurationParam
    """Optional overrides for ChatKit runtime configuration features"""
