import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const rule = require('./api-boundaries.cjs');

const src = '/repo/apps/api/src';
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser as never } });

tester.run('api-boundaries', rule, {
  valid: [
    {
      filename: `${src}/core/graphql/loaders.ts`,
      code: "import { Structure } from '../tenancy/structures/structure.entity';",
    },
    {
      filename: `${src}/modules/cej/cej.loaders.ts`,
      code: "import { perRequestLoaders } from '../../core/graphql/loaders';",
    },
    { filename: `${src}/modules/plie/a/b.ts`, code: "import { x } from '../../participants/participant-access';" },
    { filename: `${src}/modules/plie/a/b.ts`, code: "import { x } from '../../markets/lots/lot.entity';" },
    { filename: `${src}/modules/plie/a/b.ts`, code: "import '../../markets/markets.enums';" },
    { filename: `${src}/modules/plie/a/b.ts`, code: "import { x } from '../paths/path-state';" },
    { filename: `${src}/app.module.ts`, code: "import { PlieModule } from './modules/plie/plie.module';" },
  ],
  invalid: [
    {
      filename: `${src}/core/database/entities.ts`,
      code: "import { Participant } from '../../modules/participants/participant.entity';",
      errors: [{ messageId: 'coreImportsModule' }],
    },
    {
      filename: `${src}/core/queue/queues.ts`,
      code: "export { x } from '../../modules/reports/jobs/reports.processor';",
      errors: [{ messageId: 'coreImportsModule' }],
    },
    {
      filename: `${src}/modules/plie/paths/path-state.ts`,
      code: "import { x } from '../../participants/participant-audit';",
      errors: [{ messageId: 'privateFile' }],
    },
    {
      filename: `${src}/modules/reports/reports.module.ts`,
      code: "import { IndicatorFigures } from '../indicators/indicator.figures';",
      errors: [{ messageId: 'privateFile' }],
    },
  ],
});
