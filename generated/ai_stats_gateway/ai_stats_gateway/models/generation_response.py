"""GenerationResponse."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel
from .generation_response_usage import GenerationResponseUsage

__all__ = ["GenerationResponse"]


class GenerationResponse(OagenModel):
    """GenerationResponse"""

    request_id: str | None = None

    team_id: str | None = None

    app_id: str | None = None

    endpoint: str | None = None

    model_id: str | None = None

    provider: str | None = None

    native_response_id: str | None = None

    stream: bool | None = None

    byok: bool | None = None

    status_code: float | None = None

    success: bool | None = None

    error_code: str | None = None

    error_message: str | None = None

    latency_ms: float | None = None

    generation_ms: float | None = None

    usage: GenerationResponseUsage | None = None

    cost_nanos: float | None = None

    currency: str | None = None

    pricing_lines: list[dict[str, Any]] | None = None

    key_id: str | None = None

    throughput: float | None = None
