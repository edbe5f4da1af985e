"""The lenient builder over every generated model of both packages: whatever JSON value each
field holds, the result is an instance of the model (never an exception), and every field the
value does not fit is listed in ``model_deviations()``."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest

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
            except ValueError:
                assert found, (cls.__name__, filler)  # what does not validate is never silent
