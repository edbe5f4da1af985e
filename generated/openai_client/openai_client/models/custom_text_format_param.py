"""CustomTextFormatParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["CustomTextFormatParam"]


class CustomTextFormatParam(OagenModel):
    """Unconstrained free-form text."""

    type: Literal["text"]
    """Unconstrained text format. Always `text`.

    Server default: ``"text"``."""
