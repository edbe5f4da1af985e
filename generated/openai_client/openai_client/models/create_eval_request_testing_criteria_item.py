"""CreateEvalRequestTestingCriteriaItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .create_eval_label_model_grader import CreateEvalLabelModelGrader
from .eval_grader_python import EvalGraderPython
from .eval_grader_score_model import EvalGraderScoreModel
from .eval_grader_string_check import EvalGraderStringCheck
from .eval_grader_text_similarity import EvalGraderTextSimilarity

__all__ = ["CreateEvalRequestTestingCriteriaItem"]

CreateEvalRequestTestingCriteriaItem: TypeAlias = Annotated[
    Union[
        Annotated[CreateEvalLabelModelGrader, Tag("CreateEvalLabelModelGrader")],
        Annotated[EvalGraderStringCheck, Tag("EvalGraderStringCheck")],
        Annotated[EvalGraderTextSimilarity, Tag("EvalGraderTextSimilarity")],
        Annotated[EvalGraderPython, Tag("EvalGraderPython")],
        Annotated[EvalGraderScoreModel, Tag("EvalGraderScoreModel")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "label_model": "CreateEvalLabelModelGrader",
            "string_check": "EvalGraderStringCheck",
            "text_similarity": "EvalGraderTextSimilarity",
            "python": "EvalGraderPython",
            "score_model": "EvalGraderScoreModel",
        },
    ),
]
