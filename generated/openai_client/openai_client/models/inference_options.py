"""InferenceOptions."""

from __future__ import annotations

from .._models import OagenModel
from .tool_choice import ToolChoice

__all__ = ["InferenceOptions"]


class InferenceOptions(OagenModel):
    """Model and tool overrides applied when generating the assistant response."""

    tool_choice: ToolChoice | None

    model: str | None
