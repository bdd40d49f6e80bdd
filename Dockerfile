# syntax=docker/dockerfile:1
# Multi-stage build: dependencies → build (Next standalone output) → small runtime.
# The `migrator` stage applies prisma/migrations before the app starts (docker-compose.yml).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
# postinstall runs `prisma generate` (no engine download; see scripts/prisma-generate.mjs)
RUN npm ci --no-audit --no-fund

FROM deps AS builder
COPY . .
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
ENV NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=${NEXT_SERVER_ACTIONS_ENCRYPTION_KEY}
RUN npm run build

FROM builder AS migrator
ENV NODE_ENV=production
CMD ["npm", "run", "db:migrate"]

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
COPY --from=builder --chown=node:node /app/.next/standalone ./
COPY --from=builder --chown=node:node /app/.next/static ./.next/static
USER node
EXPOSE 3000
# A 32 MB young generation: fewer scavenges while rendering pages (ADR 040).
CMD ["node", "--max-semi-space-size=32", "server.js"]
