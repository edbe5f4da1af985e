"""RunStepStreamEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .run_step_stream_event_thread_run_step_cancelled import (
    RunStepStreamEventThreadRunStepCancelled,
)
from .run_step_stream_event_thread_run_step_completed import (
    RunStepStreamEventThreadRunStepCompleted,
)
from .run_step_stream_event_thread_run_step_created import RunStepStreamEventThreadRunStepCreated
from .run_step_stream_event_thread_run_step_delta import RunStepStreamEventThreadRunStepDelta
from .run_step_stream_event_thread_run_step_expired import RunStepStreamEventThreadRunStepExpired
from .run_step_stream_event_thread_run_step_failed import RunStepStreamEventThreadRunStepFailed
from .run_step_stream_event_thread_run_step_in_progress import (
    RunStepStreamEventThreadRunStepInProgress,
)

__all__ = ["RunStepStreamEvent"]

RunStepStreamEvent: TypeAlias = Annotated[
    Union[
        Annotated[
            RunStepStreamEventThreadRunStepCreated, Tag("RunStepStreamEventThreadRunStepCreated")
        ],
        Annotated[
            RunStepStreamEventThreadRunStepInProgress,
            Tag("RunStepStreamEventThreadRunStepInProgress"),
        ],
        Annotated[
            RunStepStreamEventThreadRunStepDelta, Tag("RunStepStreamEventThreadRunStepDelta")
        ],
        Annotated[
            RunStepStreamEventThreadRunStepCompleted,
            Tag("RunStepStreamEventThreadRunStepCompleted"),
        ],
        Annotated[
            RunStepStreamEventThreadRunStepFailed, Tag("RunStepStreamEventThreadRunStepFailed")
        ],
        Annotated[
            RunStepStreamEventThreadRunStepCancelled,
            Tag("RunStepStreamEventThreadRunStepCancelled"),
        ],
        Annotated[
            RunStepStreamEventThreadRunStepExpired, Tag("RunStepStreamEventThreadRunStepExpired")
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "event",
        {
            "thread.run.step.created": "RunStepStreamEventThreadRunStepCreated",
            "thread.run.step.in_progress": "RunStepStreamEventThreadRunStepInProgress",
            "thread.run.step.delta": "RunStepStreamEventThreadRunStepDelta",
            "thread.run.step.completed": "RunStepStreamEventThreadRunStepCompleted",
            "thread.run.step.failed": "RunStepStreamEventThreadRunStepFailed",
            "thread.run.step.cancelled": "RunStepStreamEventThreadRunStepCancelled",
            "thread.run.step.expired": "RunStepStreamEventThreadRunStepExpired",
        },
    ),
]
