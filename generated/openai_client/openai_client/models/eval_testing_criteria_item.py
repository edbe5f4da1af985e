"""EvalTestingCriteriaItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .eval_grader_label_model import EvalGraderLabelModel
from .eval_grader_python import EvalGraderPython
from .eval_grader_score_model import EvalGraderScoreModel
from .eval_grader_string_check import EvalGraderStringCheck
from .eval_grader_text_similarity import EvalGraderTextSimilarity

__all__ = ["EvalTestingCriteriaItem"]

EvalTestingCriteriaItem: TypeAlias = Annotated[
    Union[
        Annotated[EvalGraderLabelModel, Tag("EvalGraderLabelModel")],
        Annotated[EvalGraderStringCheck, Tag("EvalGraderStringCheck")],
        Annotated[EvalGraderTextSimilarity, Tag("EvalGraderTextSimilarity")],
        Annotated[EvalGraderPython, Tag("EvalGraderPython")],
        Annotated[EvalGraderScoreModel, Tag("EvalGraderScoreModel")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "label_model": "EvalGraderLabelModel",
            "string_check": "EvalGraderStringCheck",
            "text_similarity": "EvalGraderTextSimilarity",
            "python": "EvalGraderPython",
            "score_model": "EvalGraderScoreModel",
        },
    ),
]
