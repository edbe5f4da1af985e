"""InlineSkillSourceParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["InlineSkillSourceParam", "InlineSkillSourceParamParam"]


class InlineSkillSourceParam(OagenModel):
    """Inline skill payload"""

    type: Literal["base64"]
    """The type of the inline skill source. Must be `base64`.

    Server default: ``"base64"``."""

    media_type: Literal["application/zip"]
    """The media type of the inline skill payload. Must be `application/zip`.

    Server default: ``"application/zip"``."""

    data: str
    """Base64-encoded skill zip bundle."""


class InlineSkillSourceParamParam(TypedDict, total=False):
    """Request form of :class:`InlineSkillSourceParam`: a dict a type checker can check."""

    type: Required[Literal["base64"]]
    """The type of the inline skill source. Must be `base64`."""

    media_type: Required[Literal["application/zip"]]
    """The media type of the inline skill payload. Must be `application/zip`."""

    data: Required[str]
    """Base64-encoded skill zip bundle."""
