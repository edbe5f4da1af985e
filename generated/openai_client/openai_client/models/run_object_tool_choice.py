"""RunObjectToolChoice."""

from __future__ import annotations


from .._models import OagenModel

__all__ = ["RunObjectToolChoice"]


class RunObjectToolChoice(OagenModel):
    """RunObjectToolChoice"""
