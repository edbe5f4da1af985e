"""ChatkitWorkflow."""

from __future__ import annotations

from .._models import OagenModel
from .chatkit_workflow_tracing import ChatkitWorkflowTracing

__all__ = ["ChatkitWorkflow"]


class ChatkitWorkflow(OagenModel):
    """Workflow metadata and state returned for the session."""

    id: str
    """Identifier of the workflow backing the session."""

    version: str | None

    state_variables: dict[str, str | int | float | bool] | None

    tracing: ChatkitWorkflowTracing
    """Tracing settings applied to the workflow."""
