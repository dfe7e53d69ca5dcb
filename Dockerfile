# plainlint's web page for an intranet: `docker build -t plainlint .` then
# `docker run --rm -p 8080:8080 plainlint` and open http://localhost:8080/.
# The image installs plainlint exactly as the README does (`pip install .`, no model download)
# and runs `plainlint serve` as an unprivileged user. Uploads live in the container's /tmp
# only while they are needed.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml README.md hatch_build.py ./
COPY src ./src
COPY rules ./rules
COPY wordlists ./wordlists
RUN pip install . && useradd --system --uid 10001 --home-dir /nonexistent plainlint && rm -rf /src
WORKDIR /srv
USER plainlint
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=4)"
# Put a .plainlint.toml in /srv (a bind mount) to set the rules for everyone.
CMD ["plainlint", "serve", "--host", "0.0.0.0", "--port", "8080"]
