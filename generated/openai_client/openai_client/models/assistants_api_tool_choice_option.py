"""AssistantsApiToolChoiceOption."""

from __future__ import annotations

from typing import Literal, TypeAlias

from .assistants_named_tool_choice import AssistantsNamedToolChoice, AssistantsNamedToolChoiceParam

__all__ = ["AssistantsApiToolChoiceOption", "AssistantsApiToolChoiceOptionParam"]

AssistantsApiToolChoiceOption: TypeAlias = (
    Literal["none", "auto", "required"] | AssistantsNamedToolChoice | str
)
"""Controls which (if any) tool is called by the model.
`none` means the model will not call any tools and instead generates a message.
`auto` is the default value and means the model can pick between generating a message or calling one or more tools.
`required` means the model must call one or more tools before responding to the user.
Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
"""


AssistantsApiToolChoiceOptionParam: TypeAlias = (
    Literal["none", "auto", "required"] | AssistantsNamedToolChoiceParam | AssistantsNamedToolChoice
)
"""Request form of :class:`AssistantsApiToolChoiceOption`: a dict a type checker can check."""
