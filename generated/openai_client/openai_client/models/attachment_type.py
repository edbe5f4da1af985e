"""AttachmentType."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["AttachmentType"]

AttachmentType: TypeAlias = Literal["image", "file"]
