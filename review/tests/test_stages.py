"""The stages that make the service's image, in each spelling Docker accepts."""

from __future__ import annotations

import dockerfile
import pytest
from psw_review.stages import base_images, service_stages

ASSETS_FIRST = """\
FROM --platform=$BUILDPLATFORM node:22-slim AS assets
RUN npm ci && npm run build
FROM python:3.12-slim AS build
RUN uv sync --locked --no-default-groups
FROM python:3.12-slim
COPY --from=assets /web/dist /app/static
COPY --from=build /app/.venv /app/.venv
"""

SPELLINGS = {
    "as in lower case": ASSETS_FIRST.replace(" AS ", " as "),
    "stage by index": ASSETS_FIRST.replace("--from=build", "--from=1"),
    "stage by mount": ASSETS_FIRST.replace(
        "COPY --from=build /app/.venv /app/.venv",
        "RUN --mount=type=bind,from=build,source=/app/.venv,target=/v cp -r /v /app",
    ),
    "name in capitals": ASSETS_FIRST.replace("AS build", "AS Build"),
}


@pytest.mark.parametrize("text", SPELLINGS.values(), ids=SPELLINGS.keys())
def test_frontend_stage_is_left_out(text: str) -> None:
    """The node stage builds assets, not the service: its image is not judged."""
    stages = service_stages(dockerfile.parse_string(text))

    assert [1, 2] == [stage.index for stage in stages]
    assert ["python:3.12-slim"] == base_images(stages)


def test_from_chain_is_followed() -> None:
    """A final stage FROM a stage that is FROM an image: that one image."""
    text = "FROM python:3.12-slim AS base\nFROM base AS build\nRUN uv sync\nFROM base\n"

    stages = service_stages(dockerfile.parse_string(text))

    assert ["python:3.12-slim"] == base_images(stages)
    assert [0, 2] == [stage.index for stage in stages]
