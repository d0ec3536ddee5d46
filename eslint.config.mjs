// Lint: TypeScript rules, no import cycles, and the workspace boundaries of DESIGN.md section 1.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';

const noDeepImports = {
  group: ['**/engine/src/**', '**/nodes/src/**', '**/server/src/**', '**/editor/src/**'],
  message: 'import a workspace by its package name, not its src folder',
};
const serverOnly = ['typeorm', 'bullmq', '@nestjs/*', 'pg', 'better-sqlite3', 'express', 'ioredis'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'coverage/**',
      'artifacts/**',
      'data/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: 12 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['engine/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noDeepImports,
            {
              group: [
                '@ainow/nodes',
                '@ainow/nodes/*',
                '@ainow/server',
                '@ainow/server/*',
                '@ainow/editor',
                ...serverOnly,
              ],
              message: 'the engine imports no other workspace, database, queue or HTTP framework',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['engine/src/workflow/**/*.ts', 'engine/src/sdk/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noDeepImports,
            {
              group: [
                'node:*',
                'isolated-vm',
                '**/runtime/**',
                '**/expression/**',
                '**/sandbox/**',
                '@ainow/*',
              ],
              message: 'the workflow format and SDK stay browser-safe and pure',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['nodes/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noDeepImports,
            {
              group: [
                '@ainow/server',
                '@ainow/server/*',
                '@ainow/editor',
                '@ainow/engine/runtime',
                '@ainow/engine/testing',
                ...serverOnly,
              ],
              message: 'nodes import only the SDK part of @ainow/engine',
            },
          ],
        },
      ],
    },
  },
  {
    // The editor: browser code with its own tsconfig (DOM libs, JSX, the engine's workflow entry).
    files: ['editor/**/*.ts', 'editor/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './editor/tsconfig.json' })],
    },
    rules: reactHooks.configs.flat['recommended-latest'].rules,
  },
  {
    files: ['editor/src/**/*.ts', 'editor/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noDeepImports,
            {
              regex: '^@ainow/engine(?!/workflow$)(/.*)?$',
              message:
                'the editor imports from the engine only @ainow/engine/workflow (browser-safe and pure)',
            },
            {
              group: [
                '@ainow/nodes',
                '@ainow/nodes/*',
                '@ainow/server',
                '@ainow/server/*',
                'node:*',
                ...serverOnly,
              ],
              message: 'the editor runs in the browser: it talks to the server over REST, never imports it',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
