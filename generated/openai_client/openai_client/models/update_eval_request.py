"""UpdateEvalRequest."""

from __future__ import annotations

from .._models import OagenModel
from .metadata import Metadata

__all__ = ["UpdateEvalRequest"]


class UpdateEvalRequest(OagenModel):
    """UpdateEvalRequest"""

    name: str | None = None
    """Rename the evaluation."""

    metadata: Metadata | None = None
