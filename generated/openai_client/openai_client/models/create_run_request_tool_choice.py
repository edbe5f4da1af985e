"""CreateRunRequestToolChoice."""

from __future__ import annotations


from .._models import OagenModel

__all__ = ["CreateRunRequestToolChoice"]


class CreateRunRequestToolChoice(OagenModel):
    """CreateRunRequestToolChoice"""
