"""OrganisationId."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["OrganisationId"]

OrganisationId: TypeAlias = Literal[
    "ai21",
    "amazon",
    "anthropic",
    "baidu",
    "black-forest-labs",
    "bytedance",
    "cohere",
    "deepseek",
    "eleven-labs",
    "essential-ai",
    "google",
    "ibm",
    "inclusionai",
    "lg",
    "meta",
    "microsoft",
    "minimax",
    "mistral",
    "moonshotai",
    "nous",
    "nvidia",
    "openai",
    "perplexity",
    "qwen",
    "suno",
    "x-ai",
    "z-ai",
]
"""Organisation identifier."""
