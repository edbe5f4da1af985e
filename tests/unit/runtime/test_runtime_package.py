"""generator/runtime as a package: what is copied, what it exports, how it is laid out."""

from __future__ import annotations

import ast
import importlib

import black
import pytest

from generator.python import layout
from generator.runtime import MODULES, RUNTIME_DIR, exported_names, source

BLACK_MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)


def test_every_runtime_file_is_copied_except_the_example_settings() -> None:
    on_disk = {p.name for p in RUNTIME_DIR.glob("*.py")} - {"__init__.py"}
    assert on_disk - set(MODULES) == {"_settings.py"}
    assert set(MODULES) <= on_disk


@pytest.mark.parametrize("module", MODULES)
def test_all_is_exactly_what_the_module_defines(module: str) -> None:
    imported = importlib.import_module(f"generator.runtime.{module.removesuffix('.py')}")
    names = set(imported.__all__)
    assert all(hasattr(imported, name) for name in names)
    assert names <= exported_names()


@pytest.mark.parametrize("module", MODULES)
def test_runtime_modules_are_black_formatted(module: str) -> None:
    text = source(module)
    assert black.format_str(text, mode=BLACK_MODE) == text


def test_exported_names_are_read_without_importing() -> None:
    names = exported_names()
    # the names a generated api module imports from the runtime, and the ones a schema may clash with
    assert {"Call", "RequestOptions", "ApiClient", "AsyncApiClient", "FileTypes", "json_body"} <= names
    assert {"ApiResponse", "Stream", "AsyncStream", "SyncPage", "ApiError", "OagenModel"} <= names
    assert {"BaseConfiguration", "SecurityScheme"} <= names
    every = set()
    for module in MODULES:
        tree = ast.parse(source(module))
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets):
                every |= set(ast.literal_eval(node.value))
    assert names == every
    with pytest.raises(KeyError):
        source("_settings.py")


def test_layout_keeps_the_comma_of_a_one_element_tuple() -> None:
    # found while rendering _settings.py: a split call lost the comma of `("access_token",)`
    long = '    SecurityScheme("ApiKeyAuth", "bearer", ("access_token",), "OPENAI_API_KEY", "header", "Authorization"),\n'
    text, _ = layout.relayout("X = (\n" + long + ")\nY = ((\"a\",),)\n")
    assert '("access_token",)' in text and 'Y = (("a",),)' in text
    assert black.format_str(text, mode=BLACK_MODE) == text
