"""The lenient builder over every generated model of both packages: whatever JSON value each
field holds, the result is an instance of the model (never an exception), and every field the
value does not fit is listed in ``model_deviations()``."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest
from pydantic import ValidationError

FILLERS: tuple[Any, ...] = ([], {}, "x", 1, None, [{}], {"a": []})


def models(package: str) -> list[type[Any]]:
    module = importlib.import_module(f"{package}.models")
    base = importlib.import_module(f"{package}._models").OagenModel
    return [
        obj
        for name in dir(module)
        if inspect.isclass(obj := getattr(module, name)) and issubclass(obj, base)
    ]


@pytest.mark.parametrize("package", ["openai_client", "ai_stats_gateway"])
def test_every_model_builds_leniently_from_any_field_values(package: str) -> None:
    build = importlib.import_module(f"{package}._lenient").build
    classes = models(package)
    assert len(classes) > (1000 if package == "openai_client" else 20)
    for cls in classes:
        for filler in FILLERS:
            body = {info.alias or name: filler for name, info in cls.model_fields.items()}
            value, found = build(cls, body)
            assert isinstance(value, cls), (cls.__name__, filler)
            assert value.model_deviations() == tuple(found)
            try:
                cls.model_validate(body)
            except ValidationError as failure:
                assert found, (cls.__name__, filler)  # what does not validate is never silent
                # guided by the fast path's errors (as responses are), the same result
                hinted, hinted_found = build(cls, body, failure)
                assert isinstance(hinted, cls)
                assert sorted(hinted_found) == sorted(found), (cls.__name__, filler)
                assert hinted.model_dump(warnings=False) == value.model_dump(warnings=False)
