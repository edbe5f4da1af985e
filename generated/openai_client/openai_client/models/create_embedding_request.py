"""CreateEmbeddingRequest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CreateEmbeddingRequest", "CreateEmbeddingRequestParam"]


class CreateEmbeddingRequest(OagenModel):
    """CreateEmbeddingRequest"""

    input: list[str] | list[int] | list[list[int]] | str
    """Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for all embedding models), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens. In addition to the per-input token limit, all embedding  models enforce a maximum of 300,000 tokens summed across all inputs in a  single request."""

    model: (
        Literal["text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"] | str
    )
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    encoding_format: Literal["float", "base64"] | str | None = None
    """The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/).

    Server default: ``"float"``."""

    dimensions: int | None = None
    """The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models."""

    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids)."""


class CreateEmbeddingRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateEmbeddingRequest`: a dict a type checker can check."""

    input: Required[str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]]]
    """Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for all embedding models), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens. In addition to the per-input token limit, all embedding  models enforce a maximum of 300,000 tokens summed across all inputs in a  single request."""

    model: Required[
        str | Literal["text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"]
    ]
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    encoding_format: Literal["float", "base64"]
    """The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/)."""

    dimensions: int
    """The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models."""

    user: str
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids)."""
