"""CostsResult."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .costs_result_amount import CostsResultAmount

__all__ = ["CostsResult"]


class CostsResult(OagenModel):
    """The aggregated costs details of the specific time bucket."""

    object: Literal["organization.costs.result"]

    amount: CostsResultAmount | None = None
    """The monetary value in its associated currency."""

    line_item: str | None = None

    project_id: str | None = None

    api_key_id: str | None = None

    quantity: float | None = None
