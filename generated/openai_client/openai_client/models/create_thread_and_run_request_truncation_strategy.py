"""CreateThreadAndRunRequestTruncationStrategy."""

from __future__ import annotations


from .truncation_object import TruncationObject

__all__ = ["CreateThreadAndRunRequestTruncationStrategy"]


class CreateThreadAndRunRequestTruncationStrategy(TruncationObject):
    """CreateThreadAndRunRequestTruncationStrategy"""
