import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents from the SDL the API commits (`pnpm schema:generate`); the output is committed too. */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        enumValues: {
          Role: '@passerelle/domain#Role',
          StructureKind: '@passerelle/domain#StructureKind',
          OperatorType: '@passerelle/domain#OperatorType',
          BranchAreaKind: '@passerelle/domain#BranchAreaKind',
        },
      },
    },
  },
};

export default config;
