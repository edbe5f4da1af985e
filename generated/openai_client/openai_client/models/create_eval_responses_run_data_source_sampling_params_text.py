"""CreateEvalResponsesRunDataSourceSamplingParamsText."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .text_response_format_configuration import (
    TextResponseFormatConfiguration,
    TextResponseFormatConfigurationParam,
)

__all__ = [
    "CreateEvalResponsesRunDataSourceSamplingParamsText",
    "CreateEvalResponsesRunDataSourceSamplingParamsTextParam",
]


class CreateEvalResponsesRunDataSourceSamplingParamsText(OagenModel):
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""

    format: TextResponseFormatConfiguration | None = None


class CreateEvalResponsesRunDataSourceSamplingParamsTextParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalResponsesRunDataSourceSamplingParamsText`: a dict a type checker can check."""

    format: TextResponseFormatConfigurationParam
