"""Generated packages are imported from generated/<target>/ (their project directories)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for project in ("ai_stats_gateway", "openai_client"):
    path = str(ROOT / "generated" / project)
    if path not in sys.path:
        sys.path.insert(0, path)
