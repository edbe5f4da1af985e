"""RealtimeSessionCreateResponseGATracingTracingConfigurationTracingConfiguration."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel

__all__ = ["RealtimeSessionCreateResponseGATracingTracingConfigurationTracingConfiguration"]


class RealtimeSessionCreateResponseGATracingTracingConfigurationTracingConfiguration(OagenModel):
    """Granular configuration for tracing."""

    workflow_name: str | None = None
    """The name of the workflow to attach to this trace. This is used to
    name the trace in the Traces Dashboard."""

    group_id: str | None = None
    """The group id to attach to this trace to enable filtering and
    grouping in the Traces Dashboard."""

    metadata: dict[str, Any] | None = None
    """The arbitrary metadata to attach to this trace to enable
    filtering in the Traces Dashboard."""
