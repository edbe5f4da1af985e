"""RealtimeSessionCreateRequestToolsItem."""

from __future__ import annotations

from typing import Any, Literal

from .._models import OagenModel

__all__ = ["RealtimeSessionCreateRequestToolsItem"]


class RealtimeSessionCreateRequestToolsItem(OagenModel):
    """RealtimeSessionCreateRequestToolsItem"""

    type: Literal["function"] | None = None
    """The type of the tool, i.e. `function`."""

    name: str | None = None
    """The name of the function."""

    description: str | None = None
    """The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything)."""

    parameters: dict[str, Any] | None = None
    """Parameters of the function in JSON Schema."""
