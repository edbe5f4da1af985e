"""Moved to :mod:`generator.naming` (the naming authority); kept while callers move."""

from generator.naming import *  # noqa: F403
from generator.naming import (  # noqa: F401
    METHOD_RESERVED,
    PYDANTIC_RESERVED,
    RESERVED_CLASS_NAMES,
    Namespace,
    member_name,
    module_name,
    pascal_case,
    snake_case,
)
