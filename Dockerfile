# The API alone; docker-compose.yml runs it beside Neo4j.
FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY tsconfig.json ./
COPY schema ./schema
COPY seeds ./seeds
COPY src ./src
USER node
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
