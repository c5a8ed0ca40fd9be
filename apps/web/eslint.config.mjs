import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import root from '../../eslint.config.mjs';

export default tseslint.config(...root, reactHooks.configs.flat['recommended-latest'], {
  files: ['src/**/*.{ts,tsx}'],
  languageOptions: { globals: { ...globals.browser } },
});
