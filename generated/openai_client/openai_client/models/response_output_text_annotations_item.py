"""ResponseOutputTextAnnotationsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .file_annotation import FileAnnotation
from .url_annotation import UrlAnnotation

__all__ = ["ResponseOutputTextAnnotationsItem"]

ResponseOutputTextAnnotationsItem: TypeAlias = Annotated[
    Union[
        Annotated[FileAnnotation, Tag("FileAnnotation")],
        Annotated[UrlAnnotation, Tag("UrlAnnotation")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged("type", {"file": "FileAnnotation", "url": "UrlAnnotation"}),
]
"""Annotation object describing a cited source."""
