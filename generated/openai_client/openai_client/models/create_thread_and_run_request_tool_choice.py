"""CreateThreadAndRunRequestToolChoice."""

from __future__ import annotations


from .._models import OagenModel

__all__ = ["CreateThreadAndRunRequestToolChoice"]


class CreateThreadAndRunRequestToolChoice(OagenModel):
    """CreateThreadAndRunRequestToolChoice"""
