# The API and the dashboard, built, on the current Node LTS; docker-compose.yml runs it
# beside Neo4j. Production mode: no introspection, no IDE (the compose "dev" profile has both).
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build
# The dashboard: its pages, and the register's boundaries that its map draws.
COPY web ./web
COPY seeds/register ./seeds/register
RUN npm run build:web

FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY schema ./schema
COPY seeds ./seeds
COPY --from=build /app/dist ./dist
# After npm ci: with web/ present, its postinstall would try to build the dashboard again.
COPY --from=build /app/web/dist ./web/dist
USER node
EXPOSE 4000
# Ready means the API answers queries (GET /readyz), not merely that the process lives.
HEALTHCHECK --interval=10s --timeout=5s --start-period=180s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/readyz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
