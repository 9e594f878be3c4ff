# syntax=docker/dockerfile:1
# Build: compile TypeScript with the dev dependencies, then keep only what runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY schemas ./schemas
# The build compiles src/ alone (tsconfig.json); benchmarks, tests and the other scripts stay out of the image.
COPY scripts/finish-build.js ./scripts/
RUN npm run build && npm prune --omit=dev

# Run: a non-root user; redis-server is included so the embedded default (no REDIS_URL) works, but production
# deployments should point REDIS_URL at a Redis with append-only persistence.
FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends redis-server && rm -rf /var/lib/apt/lists/* \
 && groupadd --system chokepoint && useradd --system --gid chokepoint --home /app chokepoint \
 && mkdir -p /data && chown chokepoint:chokepoint /data
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schemas ./schemas
COPY --from=build /app/src/ui/public ./src/ui/public
COPY package.json ./
COPY fixtures ./fixtures
ENV NODE_ENV=production DATA_DIR=/data PORT=8080
USER chokepoint
EXPOSE 8080
VOLUME ["/data"]
# Healthy means "can accept a payment": /readyz (Redis answers, a list is loaded), not /healthz (the process answers),
# which stays 200 while Redis is gone. The start period covers loading a large list. test/integration/redis-down.test.ts
# runs this exact command. `docker stop` sends SIGTERM to the gateway (PID 1): it drains and exits within seconds.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "dist/src/cli/main.js"]
CMD ["serve"]
