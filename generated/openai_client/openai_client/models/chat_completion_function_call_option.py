"""ChatCompletionFunctionCallOption."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ChatCompletionFunctionCallOption"]


class ChatCompletionFunctionCallOption(OagenModel):
    """Specifying a particular function via `{"name": "my_function"}` forces the model to call that function."""

    name: str
    """The name of the function to call."""
