"""Annotation."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .container_file_citation_body import ContainerFileCitationBody
from .file_citation_body import FileCitationBody
from .file_path import FilePath
from .url_citation_body import UrlCitationBody

__all__ = ["Annotation"]

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
