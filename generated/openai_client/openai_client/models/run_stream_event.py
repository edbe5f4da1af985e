"""RunStreamEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .run_stream_event_thread_run_cancelled import RunStreamEventThreadRunCancelled
from .run_stream_event_thread_run_cancelling import RunStreamEventThreadRunCancelling
from .run_stream_event_thread_run_completed import RunStreamEventThreadRunCompleted
from .run_stream_event_thread_run_created import RunStreamEventThreadRunCreated
from .run_stream_event_thread_run_expired import RunStreamEventThreadRunExpired
from .run_stream_event_thread_run_failed import RunStreamEventThreadRunFailed
from .run_stream_event_thread_run_in_progress import RunStreamEventThreadRunInProgress
from .run_stream_event_thread_run_incomplete import RunStreamEventThreadRunIncomplete
from .run_stream_event_thread_run_queued import RunStreamEventThreadRunQueued
from .run_stream_event_thread_run_requires_action import RunStreamEventThreadRunRequiresAction

__all__ = ["RunStreamEvent"]

RunStreamEvent: TypeAlias = Annotated[
    Union[
        Annotated[RunStreamEventThreadRunCreated, Tag("RunStreamEventThreadRunCreated")],
        Annotated[RunStreamEventThreadRunQueued, Tag("RunStreamEventThreadRunQueued")],
        Annotated[RunStreamEventThreadRunInProgress, Tag("RunStreamEventThreadRunInProgress")],
        Annotated[
            RunStreamEventThreadRunRequiresAction, Tag("RunStreamEventThreadRunRequiresAction")
        ],
        Annotated[RunStreamEventThreadRunCompleted, Tag("RunStreamEventThreadRunCompleted")],
        Annotated[RunStreamEventThreadRunIncomplete, Tag("RunStreamEventThreadRunIncomplete")],
        Annotated[RunStreamEventThreadRunFailed, Tag("RunStreamEventThreadRunFailed")],
        Annotated[RunStreamEventThreadRunCancelling, Tag("RunStreamEventThreadRunCancelling")],
        Annotated[RunStreamEventThreadRunCancelled, Tag("RunStreamEventThreadRunCancelled")],
        Annotated[RunStreamEventThreadRunExpired, Tag("RunStreamEventThreadRunExpired")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "event",
        {
            "thread.run.created": "RunStreamEventThreadRunCreated",
            "thread.run.queued": "RunStreamEventThreadRunQueued",
            "thread.run.in_progress": "RunStreamEventThreadRunInProgress",
            "thread.run.requires_action": "RunStreamEventThreadRunRequiresAction",
            "thread.run.completed": "RunStreamEventThreadRunCompleted",
            "thread.run.incomplete": "RunStreamEventThreadRunIncomplete",
            "thread.run.failed": "RunStreamEventThreadRunFailed",
            "thread.run.cancelling": "RunStreamEventThreadRunCancelling",
            "thread.run.cancelled": "RunStreamEventThreadRunCancelled",
            "thread.run.expired": "RunStreamEventThreadRunExpired",
        },
    ),
]
