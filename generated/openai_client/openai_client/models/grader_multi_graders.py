"""GraderMultiGraders."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .grader_label_model import GraderLabelModel, GraderLabelModelParam
from .grader_python import GraderPython, GraderPythonParam
from .grader_score_model import GraderScoreModel, GraderScoreModelParam
from .grader_string_check import GraderStringCheck, GraderStringCheckParam
from .grader_text_similarity import GraderTextSimilarity, GraderTextSimilarityParam

__all__ = ["GraderMultiGraders", "GraderMultiGradersParam"]

GraderMultiGraders: TypeAlias = Annotated[
    Union[
        Annotated[GraderStringCheck, Tag("GraderStringCheck")],
        Annotated[GraderTextSimilarity, Tag("GraderTextSimilarity")],
        Annotated[GraderPython, Tag("GraderPython")],
        Annotated[GraderScoreModel, Tag("GraderScoreModel")],
        Annotated[GraderLabelModel, Tag("GraderLabelModel")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "string_check": "GraderStringCheck",
            "text_similarity": "GraderTextSimilarity",
            "python": "GraderPython",
            "score_model": "GraderScoreModel",
            "label_model": "GraderLabelModel",
        },
    ),
]


GraderMultiGradersParam: TypeAlias = (
    GraderStringCheckParam
    | GraderStringCheck
    | GraderTextSimilarityParam
    | GraderTextSimilarity
    | GraderPythonParam
    | GraderPython
    | GraderScoreModelParam
    | GraderScoreModel
    | GraderLabelModelParam
    | GraderLabelModel
)
"""Request form of :class:`GraderMultiGraders`: a dict a type checker can check."""
