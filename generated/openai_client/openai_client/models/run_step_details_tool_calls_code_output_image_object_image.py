"""RunStepDetailsToolCallsCodeOutputImageObjectImage."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RunStepDetailsToolCallsCodeOutputImageObjectImage"]


class RunStepDetailsToolCallsCodeOutputImageObjectImage(OagenModel):
    """RunStepDetailsToolCallsCodeOutputImageObjectImage"""

    file_id: str
    """The [file](/docs/api-reference/files) ID of the image."""
