"""The checked-in API modules import their models where they use them, not at import.

A model module builds its pydantic classes, and those of every model it refers to, when it is
imported; on a large client (Microsoft Graph) that made the first access to an API group cost
a third of a second.  API modules name their models under ``if TYPE_CHECKING:`` for type
checkers, and each request builder imports the response and body models it hands to the runtime.
Each check runs in a fresh interpreter, so that nothing imported earlier hides an eager import.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OPENAI = REPO / "generated" / "openai_client"

# Imports the chat API module, then builds two requests; prints the models modules loaded at each
# step and what the built calls refer to.
_PROBE = """
import json, sys
def models():
    return sorted(m for m in sys.modules if m.startswith("openai_client.models."))
from openai_client.api import chat_api
after_import = models()
listed = chat_api._list_chat_completions_call(None, None, None, None, None)
after_list = models()
from openai_client.models.chat_completion_list import ChatCompletionList
from openai_client.models.create_chat_completion_request import CreateChatCompletionRequest
created = chat_api._create_chat_completion_call(
    {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}
)
print(json.dumps({
    "after_import": after_import,
    "after_list": after_list,
    "list_200_is_model": listed.responses["200"][1] is ChatCompletionList,
    "create_body": created.json,
}))
"""


def _probe() -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", _PROBE], cwd=OPENAI, capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_api_module_import_builds_no_model_and_a_call_builds_its_own() -> None:
    seen = _probe()
    assert seen["after_import"] == []
    # the list builder imported its response model (and what that module needs), nothing for chat
    # completion requests
    after_list = seen["after_list"]
    assert isinstance(after_list, list)
    assert "openai_client.models.chat_completion_list" in after_list
    assert "openai_client.models.create_chat_completion_request" not in after_list
    assert seen["list_200_is_model"] is True
    assert seen["create_body"] == {"model": "gpt-4o",
                                   "messages": [{"role": "user", "content": "hi"}]}


def test_every_api_module_imports_without_models() -> None:
    probe = (
        "import importlib, pkgutil, sys\n"
        "import openai_client.api as api\n"
        "for m in pkgutil.iter_modules(api.__path__):\n"
        "    importlib.import_module('openai_client.api.' + m.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('openai_client.models.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=OPENAI, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"
