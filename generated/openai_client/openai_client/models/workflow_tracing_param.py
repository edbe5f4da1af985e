"""WorkflowTracingParam."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["WorkflowTracingParam", "WorkflowTracingParamParam"]


class WorkflowTracingParam(OagenModel):
    """Controls diagnostic tracing during the session."""

    enabled: bool | None = None
    """Whether tracing is enabled during the session. Defaults to true."""


class WorkflowTracingParamParam(TypedDict, total=False):
    """Request form of :class:`WorkflowTracingParam`: a dict a type checker can check."""

    enabled: bool
    """Whether tracing is enabled during the session. Defaults to true."""
