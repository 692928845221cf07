# The API image. It runs against the Neo4j named by NEO4J_URI (docker compose starts one), so it
# needs no Java: the embedded Neo4j is only for machines without Docker.
FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY seed ./seed
USER node
EXPOSE 3000
# start.ts seeds the graph when it is empty, then serves; SIGTERM closes gracefully.
CMD ["node", "--import", "tsx", "src/start.ts"]
