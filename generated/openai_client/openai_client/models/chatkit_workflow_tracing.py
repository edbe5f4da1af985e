"""ChatkitWorkflowTracing."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ChatkitWorkflowTracing"]


class ChatkitWorkflowTracing(OagenModel):
    """Controls diagnostic tracing during the session."""

    enabled: bool
    """Indicates whether tracing is enabled."""
