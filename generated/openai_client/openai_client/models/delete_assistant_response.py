"""DeleteAssistantResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DeleteAssistantResponse"]


class DeleteAssistantResponse(OagenModel):
    """DeleteAssistantResponse"""

    id: str

    deleted: bool

    object: Literal["assistant.deleted"]
