"""WorkflowParam."""

from __future__ import annotations

from collections.abc import Mapping

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .workflow_tracing_param import WorkflowTracingParam, WorkflowTracingParamParam

__all__ = ["WorkflowParam", "WorkflowParamParam"]


class WorkflowParam(OagenModel):
    """Workflow reference and overrides applied to the chat session."""

    id: str
    """Identifier for the workflow invoked by the session."""

    version: str | None = None
    """Specific workflow version to run. Defaults to the latest deployed version."""

    state_variables: dict[str, str | int | float | bool] | None = None
    """State variables forwarded to the workflow. Keys may be up to 64 characters, values must be primitive types, and the map defaults to an empty object."""

    tracing: WorkflowTracingParam | None = None
    """Optional tracing overrides for the workflow invocation. When omitted, tracing is enabled by default."""


class WorkflowParamParam(TypedDict, total=False):
    """Request form of :class:`WorkflowParam`: a dict a type checker can check."""

    id: Required[str]
    """Identifier for the workflow invoked by the session."""

    version: str
    """Specific workflow version to run. Defaults to the latest deployed version."""

    state_variables: Mapping[str, str | int | bool | float]
    """State variables forwarded to the workflow. Keys may be up to 64 characters, values must be primitive types, and the map defaults to an empty object."""

    tracing: WorkflowTracingParamParam | WorkflowTracingParam
    """Optional tracing overrides for the workflow invocation. When omitted, tracing is enabled by default."""
