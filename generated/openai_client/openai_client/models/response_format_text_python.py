"""ResponseFormatTextPython."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseFormatTextPython"]


class ResponseFormatTextPython(OagenModel):
    """Configure the model to generate valid Python code. See the
    [custom grammars guide](/docs/guides/custom-grammars) for more details."""

    type: Literal["python"]
    """The type of response format being defined. Always `python`."""
