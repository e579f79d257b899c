# The bot as a container: `docker build -t pbx-rooms-bot .` then
# `docker run -p 3978:3978 --env-file .env pbx-rooms-bot`. See deployment/README.md.
FROM node:20-slim

ENV NODE_ENV=production
WORKDIR /app

# Runtime dependencies only: the bot runs its TypeScript with tsx, which is one of them.
# Install scripts are skipped as in development (npm 11 asks before running them): none is
# needed at run time, and botbuilder-dialogs' would fetch rimraf from the registry.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

COPY tsconfig.json ./
COPY bot ./bot
COPY cards ./cards

# The node image's unprivileged user; the sources stay owned by root, read-only to the bot.
USER node

EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# node itself as PID 1 (not npm), so that docker stop's SIGTERM reaches the bot.
CMD ["node", "--import", "tsx", "bot/index.ts"]
