"""RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage"]


class RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage(OagenModel):
    """RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage"""

    file_id: str | None = None
    """The [file](/docs/api-reference/files) ID of the image."""
