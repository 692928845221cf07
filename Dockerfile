# The API image. It runs against the Neo4j named by NEO4J_URI (docker compose starts one), so it
# needs no Java: the embedded Neo4j is only for machines without Docker.
# The explorer's page is bundled from dev dependencies (esbuild, Cytoscape.js) in a stage of its own;
# the image keeps only the built files.
FROM node:20-slim AS explorer
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
COPY tools/build-explorer.ts ./tools/
COPY explorer ./explorer
RUN npm run build:explorer

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY seed ./seed
COPY --from=explorer /app/explorer/dist ./explorer/dist
USER node
EXPOSE 3000
# start.ts seeds the graph when it is empty, then serves; SIGTERM closes gracefully.
CMD ["node", "--import", "tsx", "src/start.ts"]
