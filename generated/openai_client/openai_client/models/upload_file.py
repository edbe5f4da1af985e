"""UploadFile."""

from __future__ import annotations


from .open_ai_file import OpenAIFile

__all__ = ["UploadFile"]


class UploadFile(OpenAIFile):
    """UploadFile"""
