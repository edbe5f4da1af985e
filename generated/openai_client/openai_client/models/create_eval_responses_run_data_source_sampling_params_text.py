"""CreateEvalResponsesRunDataSourceSamplingParamsText."""

from __future__ import annotations

from .._models import OagenModel
from .text_response_format_configuration import TextResponseFormatConfiguration

__all__ = ["CreateEvalResponsesRunDataSourceSamplingParamsText"]


class CreateEvalResponsesRunDataSourceSamplingParamsText(OagenModel):
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""

    format: TextResponseFormatConfiguration | None = None
