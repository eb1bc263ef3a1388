// Hive Gateway's settings for the benchmark. Its presence also keeps hive-gateway from falling
// back to mesh.config.ts (which it would import, compose tooling and all, into the gateway).
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  supergraph: './supergraph.graphql',
  logging: 'warn',
});
