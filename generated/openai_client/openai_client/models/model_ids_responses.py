"""ModelIdsResponses."""

from __future__ import annotations

from typing import Literal, TypeAlias

from .model_ids_shared import ModelIdsShared

__all__ = ["ModelIdsResponses"]

ModelIdsResponses: TypeAlias = (
    ModelIdsShared
    | Literal[
        "o1-pro",
        "o1-pro-2025-03-19",
        "o3-pro",
        "o3-pro-2025-06-10",
        "o3-deep-research",
        "o3-deep-research-2025-06-26",
        "o4-mini-deep-research",
        "o4-mini-deep-research-2025-06-26",
        "computer-use-preview",
        "computer-use-preview-2025-03-11",
        "gpt-5-codex",
        "gpt-5-pro",
        "gpt-5-pro-2025-10-06",
        "gpt-5.1-codex-max",
    ]
    | str
)
