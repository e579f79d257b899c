# The bot as a container: `docker build -t pbx-rooms-bot .` then
# `docker run -p 3978:3978 --env-file .env pbx-rooms-bot`. See deployment/README.md.
#
# Two stages: the builder compiles the TypeScript (npm run build: tsc -p tsconfig.build.json, which
# emits dist/bot/... and dist/cards/..., the JSON card templates and bot/tenant/*.json included);
# the runtime stage has the production dependencies and the compiled JavaScript only.

# --- Build ---------------------------------------------------------------------------------------
FROM node:24-slim AS builder
WORKDIR /app

# All dependencies (the compiler is a dev dependency). Install scripts are skipped as in
# development (npm 11 asks before running them): none is needed, and botbuilder-dialogs' would
# fetch rimraf from the registry.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

COPY tsconfig.json tsconfig.build.json ./
COPY bot ./bot
COPY cards ./cards
RUN npm run build

# --- Run -----------------------------------------------------------------------------------------
FROM node:24-slim

ENV NODE_ENV=production
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# The compiled bot. It reads no file outside dist at run time: the demo tenant
# (dist/bot/tenant/demo-tenant.json, found next to the compiled loader through __dirname), the
# tenant schema and the card templates are emitted into dist by the build.
COPY --from=builder /app/dist ./dist

# The node image's unprivileged user; the files stay owned by root, read-only to the bot.
USER node

EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# node itself as PID 1 (not npm), so that docker stop's SIGTERM reaches the bot.
CMD ["node", "dist/bot/index.js"]
