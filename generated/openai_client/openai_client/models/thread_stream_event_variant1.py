"""ThreadStreamEventVariant1."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .thread_object import ThreadObject

__all__ = ["ThreadStreamEventVariant1"]


class ThreadStreamEventVariant1(OagenModel):
    """Occurs when a new [thread](/docs/api-reference/threads/object) is created."""

    enabled: bool | None = None
    """Whether to enable input audio transcription."""

    event: Literal["thread.created"]

    data: ThreadObject
