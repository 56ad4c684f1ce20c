# mailguard: slim image, non-root, data on a volume.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1

RUN groupadd --system mailguard && useradd --system --gid mailguard --home /var/lib/mailguard mailguard \
    && mkdir -p /var/lib/mailguard /etc/mailguard && chown mailguard:mailguard /var/lib/mailguard \
    && chmod 0700 /var/lib/mailguard

WORKDIR /opt/mailguard
COPY pyproject.toml README.md ./
COPY proxy ./proxy
RUN pip install .
COPY rules /etc/mailguard/rules
COPY config.example.toml /etc/mailguard/config.toml

# Listen on all interfaces inside the container; the store lives on the volume.
ENV MAILGUARD_SMTP__LISTEN=0.0.0.0:10025 \
    MAILGUARD_WEB__LISTEN=0.0.0.0:8025 \
    MAILGUARD_STORE__URL=sqlite:////var/lib/mailguard/mailguard.db \
    MAILGUARD_POLICY__RULES_DIR=/etc/mailguard/rules

USER mailguard
VOLUME ["/var/lib/mailguard"]
EXPOSE 10025 8025

# /healthz: store reachable, upstream reachable, rules loaded (200, else 503).
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8025/healthz', timeout=4).status == 200 else 1)"

ENTRYPOINT ["mailguard"]
CMD ["serve", "--config", "/etc/mailguard/config.toml"]
