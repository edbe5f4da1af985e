"""RunGraderRequestGrader."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .grader_multi import GraderMulti, GraderMultiParam
from .grader_python import GraderPython, GraderPythonParam
from .grader_score_model import GraderScoreModel, GraderScoreModelParam
from .grader_string_check import GraderStringCheck, GraderStringCheckParam
from .grader_text_similarity import GraderTextSimilarity, GraderTextSimilarityParam

__all__ = ["RunGraderRequestGrader", "RunGraderRequestGraderParam"]

RunGraderRequestGrader: TypeAlias = Annotated[
    Union[
        Annotated[GraderStringCheck, Tag("GraderStringCheck")],
        Annotated[GraderTextSimilarity, Tag("GraderTextSimilarity")],
        Annotated[GraderPython, Tag("GraderPython")],
        Annotated[GraderScoreModel, Tag("GraderScoreModel")],
        Annotated[GraderMulti, Tag("GraderMulti")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "string_check": "GraderStringCheck",
            "text_similarity": "GraderTextSimilarity",
            "python": "GraderPython",
            "score_model": "GraderScoreModel",
            "multi": "GraderMulti",
        },
    ),
]
"""The grader used for the fine-tuning job."""


RunGraderRequestGraderParam: TypeAlias = (
    GraderStringCheckParam
    | GraderStringCheck
    | GraderTextSimilarityParam
    | GraderTextSimilarity
    | GraderPythonParam
    | GraderPython
    | GraderScoreModelParam
    | GraderScoreModel
    | GraderMultiParam
    | GraderMulti
)
"""Request form of :class:`RunGraderRequestGrader`: a dict a type checker can check."""
