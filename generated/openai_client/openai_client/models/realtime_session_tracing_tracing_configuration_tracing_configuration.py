"""RealtimeSessionTracingTracingConfigurationTracingConfiguration."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel

__all__ = ["RealtimeSessionTracingTracingConfigurationTracingConfiguration"]


class RealtimeSessionTracingTracingConfigurationTracingConfiguration(OagenModel):
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
