"""UsageCodeInterpreterSessionsResult."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UsageCodeInterpreterSessionsResult"]


class UsageCodeInterpreterSessionsResult(OagenModel):
    """The aggregated code interpreter sessions usage details of the specific time bucket."""

    object: Literal["organization.usage.code_interpreter_sessions.result"]

    num_sessions: int
    """The number of code interpreter sessions."""

    project_id: str | None = None
