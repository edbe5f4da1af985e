"""WorkflowTracingParam."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["WorkflowTracingParam"]


class WorkflowTracingParam(OagenModel):
    """Controls diagnostic tracing during the session."""

    enabled: bool | None = None
    """Whether tracing is enabled during the session. Defaults to true."""
