"""ModelIdsCompaction."""

from __future__ import annotations

from typing import TypeAlias

from .model_ids_responses import ModelIdsResponses

__all__ = ["ModelIdsCompaction"]

ModelIdsCompaction: TypeAlias = ModelIdsResponses | str | None
"""Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models."""
