import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const nts = process.env.NTS_URL ?? 'http://127.0.0.1:8101';
// KOTRA only when asked (bench.versus_hive --operation kotra): its company look-up by number
// (GET /companies/{number}) is a Query field without further configuration.
const kotra = process.env.KOTRA_URL;

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('nts', {
        source: `${nts}/openapi.json`,
        endpoint: nts,
        queryParams: { serviceKey: process.env.NTS_SERVICE_KEY ?? 'test-service-key' },
        selectQueryOrMutationField: [
          { type: 'query', fieldName: 'businessStatus' },
          { type: 'query', fieldName: 'businessValidate' },
          { type: 'query', fieldName: 'businessRegistry' },
        ],
      }),
    },
    ...(kotra
      ? [
          {
            sourceHandler: loadOpenAPISubgraph('kotra', {
              source: `${kotra}/openapi.json`,
              endpoint: kotra,
            }),
          },
        ]
      : []),
  ],
});
