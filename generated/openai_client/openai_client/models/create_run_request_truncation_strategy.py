"""CreateRunRequestTruncationStrategy."""

from __future__ import annotations


from .truncation_object import TruncationObject

__all__ = ["CreateRunRequestTruncationStrategy"]


class CreateRunRequestTruncationStrategy(TruncationObject):
    """CreateRunRequestTruncationStrategy"""
