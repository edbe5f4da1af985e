"""UpdateConversationBody."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .metadata import Metadata

__all__ = ["UpdateConversationBody", "UpdateConversationBodyParam"]


class UpdateConversationBody(OagenModel):
    """UpdateConversationBody"""

    metadata: Metadata
    """Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.
    Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters.
    """


class UpdateConversationBodyParam(TypedDict, total=False):
    """Request form of :class:`UpdateConversationBody`: a dict a type checker can check."""

    metadata: Required[Metadata]
    """Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.
    Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters.
    """
