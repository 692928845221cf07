# The API image: compiled JavaScript on Node 24, the Active LTS line (22 is in maintenance; 20 is past
# its end of life). It runs against the Neo4j named by NEO4J_URI (docker compose starts one), so it
# needs no Java: the embedded Neo4j is only for machines without Docker.
# test/production.test.ts builds this final stage's install in a temporary folder and starts its CMD.

# Build: TypeScript (a devDependency) compiles src/ to dist/, and esbuild bundles the explorer's page
# (Cytoscape.js and its layout are dev dependencies too) into explorer/dist/.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY tools/build-explorer.ts ./tools/
COPY explorer ./explorer
RUN npm run build && npm run build:explorer

# Run: production dependencies only, the compiled service, its statements, its seed and the page.
FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY seed ./seed
COPY --from=build /app/explorer/dist ./explorer/dist
USER node
EXPOSE 3000
# start.js seeds the graph when it is empty, then serves; SIGTERM closes gracefully.
# The heap flags keep the resident set small under load (bench/README.md: 298 MB → 132 MB on a 10k
# graph): a young generation of 2 × 2 MB instead of V8's 2 × 16 MB, and an old generation that grows
# by 20 % over what survives a collection instead of V8's factor of up to 4. Neither caps the heap:
# a large export still gets the memory it needs. bench/api-process.ts runs this very command.
CMD ["node", "--max-semi-space-size=2", "--heap-growing-percent=20", "dist/start.js"]
