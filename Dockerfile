# syntax=docker/dockerfile:1
# Build and run on the same base image, so compiled wheels match the C library.
FROM python:3.12-slim AS build
COPY --from=ghcr.io/astral-sh/uv:0.13.9 /uv /uvx /bin/
ENV UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never
WORKDIR /app
# Dependencies first: this layer is rebuilt only when the lockfile changes.
RUN --mount=type=cache,target=/root/.cache/uv \
    --mount=type=bind,source=uv.lock,target=uv.lock \
    --mount=type=bind,source=pyproject.toml,target=pyproject.toml \
    uv sync --locked --no-default-groups --no-install-project --compile-bytecode
COPY . /app
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-default-groups --no-editable --compile-bytecode

FROM python:3.12-slim
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home app
COPY --from=build --chown=10001:10001 /app/.venv /app/.venv
# Listen on every interface of the container; the schema is deployed by Sqitch, not here.
ENV PATH="/app/.venv/bin:$PATH" APP_ENV=production HOST=0.0.0.0 PORT=8080
USER 10001:10001
WORKDIR /app
EXPOSE 8080
CMD ["python", "-m", "python_service"]
