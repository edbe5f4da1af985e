"""GetGenerationResponse404."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["GetGenerationResponse404"]


class GetGenerationResponse404(OagenModel):
    """GetGenerationResponse404"""

    ok: bool | None = None

    error: str | None = None
