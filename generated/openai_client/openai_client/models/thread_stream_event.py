"""ThreadStreamEvent."""

from __future__ import annotations

from typing import TypeAlias

from .thread_stream_event_variant1 import ThreadStreamEventVariant1

__all__ = ["ThreadStreamEvent"]

ThreadStreamEvent: TypeAlias = ThreadStreamEventVariant1
