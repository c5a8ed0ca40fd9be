import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents from the SDL the API commits (`pnpm schema:generate`); the output is committed too. */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**', '!src/**/*.spec.{ts,tsx}'],
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
          CommitteeDecision: '@passerelle/domain#CommitteeDecision',
          ContactMode: '@passerelle/domain#ContactMode',
          ContractType: '@passerelle/domain#ContractType',
          EducationLevel: '@passerelle/domain#EducationLevel',
          EntrySituation: '@passerelle/domain#EntrySituation',
          ExitReason: '@passerelle/domain#ExitReason',
          FollowUpKind: '@passerelle/domain#FollowUpKind',
          FseAnswer: '@passerelle/domain#FseAnswer',
          FseEmploymentStatus: '@passerelle/domain#FseEmploymentStatus',
          FseExitResult: '@passerelle/domain#FseExitResult',
          FseHouseholdSituation: '@passerelle/domain#FseHouseholdSituation',
          IscedGroup: '@passerelle/domain#IscedGroup',
          ObstacleKind: '@passerelle/domain#ObstacleKind',
          ObstacleSeverity: '@passerelle/domain#ObstacleSeverity',
          ObstacleStatus: '@passerelle/domain#ObstacleStatus',
          PathStatus: '@passerelle/domain#PathStatus',
          Programme: '@passerelle/domain#Programme',
          Sex: '@passerelle/domain#Sex',
          StepKind: '@passerelle/domain#StepKind',
          StepOutcome: '@passerelle/domain#StepOutcome',
          PortfolioAlert: '@passerelle/domain#PortfolioAlert',
        },
      },
    },
  },
};

export default config;
