"""ParallelToolCalls."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["ParallelToolCalls"]

ParallelToolCalls: TypeAlias = bool
"""Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use."""
