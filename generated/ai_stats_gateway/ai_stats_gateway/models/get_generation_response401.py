"""GetGenerationResponse401."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["GetGenerationResponse401"]


class GetGenerationResponse401(OagenModel):
    """GetGenerationResponse401"""

    ok: bool | None = None

    error: str | None = None

    reason: str | None = None
