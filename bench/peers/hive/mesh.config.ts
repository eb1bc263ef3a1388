import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const nts = process.env.NTS_URL ?? 'http://127.0.0.1:8101';

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
  ],
});
