"""Annotation."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .container_file_citation_body import ContainerFileCitationBody, ContainerFileCitationBodyParam
from .file_citation_body import FileCitationBody, FileCitationBodyParam
from .file_path import FilePath, FilePathParam
from .url_citation_body import UrlCitationBody, UrlCitationBodyParam

__all__ = ["Annotation", "AnnotationParam"]

Annotation: TypeAlias = Annotated[
    Union[
        Annotated[FileCitationBody, Tag("FileCitationBody")],
        Annotated[UrlCitationBody, Tag("UrlCitationBody")],
        Annotated[ContainerFileCitationBody, Tag("ContainerFileCitationBody")],
        Annotated[FilePath, Tag("FilePath")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "file_citation": "FileCitationBody",
            "url_citation": "UrlCitationBody",
            "container_file_citation": "ContainerFileCitationBody",
            "file_path": "FilePath",
        },
    ),
]
"""An annotation that applies to a span of output text."""


AnnotationParam: TypeAlias = (
    FileCitationBodyParam
    | FileCitationBody
    | UrlCitationBodyParam
    | UrlCitationBody
    | ContainerFileCitationBodyParam
    | ContainerFileCitationBody
    | FilePathParam
    | FilePath
)
"""Request form of :class:`Annotation`: a dict a type checker can check."""
