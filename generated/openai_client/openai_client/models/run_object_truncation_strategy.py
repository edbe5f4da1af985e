"""RunObjectTruncationStrategy."""

from __future__ import annotations


from .truncation_object import TruncationObject

__all__ = ["RunObjectTruncationStrategy"]


class RunObjectTruncationStrategy(TruncationObject):
    """RunObjectTruncationStrategy"""
