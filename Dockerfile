# syntax=docker/dockerfile:1
#
# AI-Now: one image for every role.
#   docker build -t ainow:latest .
#   docker run -p 3000:3000 -v ainow-data:/data ainow:latest       # embedded: SQLite + in-process queue
#   ... start --no-worker | worker | migrate                         # scaled: DATABASE_URL + REDIS_URL
# See docker/README.md. Built for linux/amd64 and linux/arm64 (glibc): better-sqlite3 and isolated-vm
# ship prebuilt binaries for both; other platforms compile them in the toolchain stage.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- toolchain: compilers for native modules, and the workspace manifests --------------------------
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
ENV SCARF_ANALYTICS=false \
    npm_config_audit=false \
    npm_config_fund=false \
    npm_config_update_notifier=false
WORKDIR /app
# Only the manifests, so that the install layers are reused while sources change. Every workspace
# of the root package.json ("workspaces") needs its package.json here, or npm ci refuses the lock.
COPY package.json package-lock.json ./
COPY engine/package.json engine/
COPY nodes/package.json nodes/
COPY server/package.json server/
COPY editor/package.json editor/
COPY examples/plugin-acme/package.json examples/plugin-acme/

# ---- deps: production dependencies of what runs (server with engine and nodes, the example plugin) ---
# The editor is static files, so its packages stay out.
FROM toolchain AS deps
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
  npm ci --omit=dev --workspace @ainow/server --workspace ainow-plugin-acme

# ---- build: every dependency, then engine, nodes, server, migrations, plugin example, editor ----------
FROM toolchain AS build
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
  npm ci
COPY . .
# `npm run build` is the root build; the server, the migrations and the editor are built here too
# in case it does not cover them (tsc -b skips what is up to date, the editor is built once).
RUN npm run build \
  && npx tsc -b server migrations examples/plugin-acme \
  && { [ -f editor/dist/index.html ] || npm run build -w @ainow/editor; } \
  && test -f server/dist/cli/main.js \
  && test -f migrations/dist/index.js \
  && test -f editor/dist/index.html

# ---- runtime ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
LABEL org.opencontainers.image.title="AI-Now" \
      org.opencontainers.image.description="Self-hosted visual automation builder: API, editor, workers"
ENV NODE_ENV=production \
    AINOW_DATA_DIR=/data \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# Application files belong to root and are read-only for the user that runs them.
COPY --from=deps /app ./
COPY --from=build /app/engine/dist engine/dist
COPY --from=build /app/engine/schema engine/schema
COPY --from=build /app/nodes/dist nodes/dist
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/migrations/dist migrations/dist
COPY --from=build /app/editor/dist editor/dist
COPY --from=build /app/examples/plugin-acme/dist examples/plugin-acme/dist
COPY --from=build /app/examples/*.workflow.json examples/
# The data folder (SQLite database, generated encryption key) belongs to the unprivileged `node`
# user (uid 1000). Then prove that the native modules load on this base image.
RUN mkdir -p /data \
  && chown node:node /data \
  && node --no-node-snapshot -e " \
    const ivm = require('isolated-vm'); \
    if (new ivm.Isolate({ memoryLimit: 16 }).createContextSync().evalSync('6 * 7') !== 42) throw new Error('isolated-vm'); \
    const Sqlite = require(require.resolve('better-sqlite3', { paths: ['/app/server'] })); \
    new Sqlite(':memory:').prepare('select 1').get(); \
    console.log('native modules load: isolated-vm, better-sqlite3');"
USER node
VOLUME ["/data"]
EXPOSE 3000
# Liveness of the HTTP server (roles `start`; a `worker` has no HTTP server: disable the check there).
# Node's fetch, as the slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# --no-node-snapshot: isolated-vm (expressions, Code node) needs it on Node 20 and later.
ENTRYPOINT ["node", "--no-node-snapshot", "server/dist/cli/main.js"]
CMD ["start"]
