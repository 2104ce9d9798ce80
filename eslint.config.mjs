import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const LIBS_THROUGH_INDEX = {
  group: ['@rightsdesk/*/src/*', '../../libs/*', '../../../libs/*'],
  message: 'Import libs through their public index (@rightsdesk/<lib>).',
};
const NO_DEMO_SHOP = {
  group: ['@demo/*', '**/demo/shop', '**/demo/shop/**'],
  message:
    'The demo shop is demo and test tooling (apps/cli, test, bench): the product never imports it.',
};

const NO_TEST_WIRING = {
  group: ['**/use-case-test-module', '**/use-case-test-module.ts'],
  message: 'use-case-test-module wires unit tests only: product code never imports it.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']",
          message: 'No focused tests.',
        },
        {
          selector:
            "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='skip']",
          message: 'No skipped tests.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [LIBS_THROUGH_INDEX],
        },
      ],
    },
  },
  {
    // The demo shop (demo/shop) is demo and test tooling: the product never runs it.
    files: ['libs/**/*.ts', 'apps/api/**/*.ts', 'apps/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [LIBS_THROUGH_INDEX, NO_DEMO_SHOP] }],
    },
  },
  {
    // Product code (not specs) of the libs: no unit-test wiring.
    files: ['libs/**/*.ts'],
    ignores: ['libs/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [LIBS_THROUGH_INDEX, NO_DEMO_SHOP, NO_TEST_WIRING] },
      ],
    },
  },
  {
    // Pure rules: no Nest, TypeORM or Node I/O.
    files: ['libs/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@nestjs/*',
                'typeorm',
                'pg',
                'ioredis',
                'bullmq',
                'fs',
                'node:*',
                'net',
                'http',
              ],
              message: 'libs/domain holds pure rules: no framework or I/O imports.',
            },
            LIBS_THROUGH_INDEX,
            NO_DEMO_SHOP,
          ],
        },
      ],
    },
  },
);
