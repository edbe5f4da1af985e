"""RealtimeSessionCreateRequestGATracingVariant1TracingConfiguration."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "RealtimeSessionCreateRequestGATracingVariant1TracingConfiguration",
    "RealtimeSessionCreateRequestGATracingVariant1TracingConfigurationParam",
]


class RealtimeSessionCreateRequestGATracingVariant1TracingConfiguration(OagenModel):
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


class RealtimeSessionCreateRequestGATracingVariant1TracingConfigurationParam(
    TypedDict, total=False
):
    """Request form of :class:`RealtimeSessionCreateRequestGATracingVariant1TracingConfiguration`: a dict a type checker can check."""

    workflow_name: str
    """The name of the workflow to attach to this trace. This is used to
    name the trace in the Traces Dashboard."""

    group_id: str
    """The group id to attach to this trace to enable filtering and
    grouping in the Traces Dashboard."""

    metadata: Mapping[str, Any]
    """The arbitrary metadata to attach to this trace to enable
    filtering in the Traces Dashboard."""
