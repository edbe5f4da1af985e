"""ResponseTextParam."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .text_response_format_configuration import (
    TextResponseFormatConfiguration,
    TextResponseFormatConfigurationParam,
)
from .verbosity import Verbosity

__all__ = ["ResponseTextParam", "ResponseTextParamParam"]


class ResponseTextParam(OagenModel):
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""

    format: TextResponseFormatConfiguration | None = None

    verbosity: Verbosity | None = None


class ResponseTextParamParam(TypedDict, total=False):
    """Request form of :class:`ResponseTextParam`: a dict a type checker can check."""

    format: TextResponseFormatConfigurationParam

    verbosity: Verbosity
