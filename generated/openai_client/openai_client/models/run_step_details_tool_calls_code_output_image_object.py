"""RunStepDetailsToolCallsCodeOutputImageObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_details_tool_calls_code_output_image_object_image import (
    RunStepDetailsToolCallsCodeOutputImageObjectImage,
)

__all__ = ["RunStepDetailsToolCallsCodeOutputImageObject"]


class RunStepDetailsToolCallsCodeOutputImageObject(OagenModel):
    """Code Interpreter image output"""

    type: Literal["image"]
    """Always `image`."""

    image: RunStepDetailsToolCallsCodeOutputImageObjectImage
