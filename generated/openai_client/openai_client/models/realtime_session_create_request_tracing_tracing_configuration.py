"""RealtimeSessionCreateRequestTracingTracingConfiguration."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "RealtimeSessionCreateRequestTracingTracingConfiguration",
    "RealtimeSessionCreateRequestTracingTracingConfigurationParam",
]


class RealtimeSessionCreateRequestTracingTracingConfiguration(OagenModel):
    """Granular configuration for tracing."""

    workflow_name: str | None = None
    """The name of the workflow to attach to this trace. This is used to
    name the trace in the traces dashboard."""

    group_id: str | None = None
    """The group id to attach to this trace to enable filtering and
    grouping in the traces dashboard."""

    metadata: dict[str, Any] | None = None
    """The arbitrary metadata to attach to this trace to enable
    filtering in the traces dashboard."""


class RealtimeSessionCreateRequestTracingTracingConfigurationParam(TypedDict, total=False):
    """Request form of :class:`RealtimeSessionCreateRequestTracingTracingConfiguration`: a dict a type checker can check."""

    workflow_name: str
    """The name of the workflow to attach to this trace. This is used to
    name the trace in the traces dashboard."""

    group_id: str
    """The group id to attach to this trace to enable filtering and
    grouping in the traces dashboard."""

    metadata: Mapping[str, Any]
    """The arbitrary metadata to attach to this trace to enable
    filtering in the traces dashboard."""
