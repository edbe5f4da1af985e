"""TruncationObject."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["TruncationObject", "TruncationObjectParam"]


class TruncationObject(OagenModel):
    """Controls for how a thread will be truncated prior to the run. Use this to control the initial context window of the run."""

    type: Literal["auto", "last_messages"] | str
    """The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the thread will be dropped to fit the context length of the model, `max_prompt_tokens`."""

    last_messages: int | None = None


class TruncationObjectParam(TypedDict, total=False):
    """Request form of :class:`TruncationObject`: a dict a type checker can check."""

    type: Required[Literal["auto", "last_messages"]]
    """The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the thread will be dropped to fit the context length of the model, `max_prompt_tokens`."""

    last_messages: int | None
