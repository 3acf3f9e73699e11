import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers of docs/architecture.md: app → features → queries, db, workers, ui, lib → core (workers → db,
// readers too; queries → db, workers, lib).
const layerZones = [
  { target: './src/core', from: './src', except: ['./core'], message: 'core is pure: it imports only core.' },
  {
    target: './src/db',
    from: './src',
    except: ['./core', './db'],
    message: 'db imports only core.',
  },
  // File readers (HTML, PDF, Word) turn bytes into text with parsing libraries; workers, the CLI and tests use them.
  {
    target: './src/readers',
    from: './src',
    except: ['./core', './readers'],
    message: 'readers import only core.',
  },
  // Workers may read the database themselves (the search worker does), so big texts never cross postMessage.
  {
    target: './src/workers',
    from: ['./src/app', './src/features', './src/queries', './src/ui', './src/lib'],
    message: 'workers import only core and db.',
  },
  {
    target: './src/ui',
    from: ['./src/app', './src/features', './src/queries', './src/db', './src/workers', './src/readers'],
    message: 'ui is presentational.',
  },
  // lib is infrastructure every feature may use (query client, highlight painting, download, storage figures,
  // dropped folders, page locks): it knows no records, so it never reads the database or calls a worker. What
  // joins those to views (the background analysis queue's wiring, toasts) is app's or a feature's. lib and ui
  // are siblings under features: lib does not import ui either (the query client is handed its toast).
  {
    target: './src/lib',
    from: './src',
    except: ['./core', './lib'],
    message: 'lib is infrastructure: it imports only core.',
  },
  // One definition (key and fetcher) per query that several features read: the same key never gets two
  // fetchers. They read the database and take their keys from lib's factory; views stay in features.
  {
    target: './src/queries',
    from: ['./src/app', './src/features', './src/ui', './src/readers'],
    message: 'queries import only core, db, workers (their clients) and lib.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/readers'],
    message: 'features reach readers through a worker.',
  },
];

// A feature never imports another feature.
const features = [
  'library',
  'reader',
  'compare',
  'entities',
  'data',
  'search',
  'tags',
  'speakers',
  'outlets',
  'timeline',
];
const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'features never import another feature; share through ui, lib, db or core.',
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.bench-profile*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
    },
  },
  {
    // The service worker template: the build fills in __PRECACHE__ (see vite.config.ts).
    files: ['pwa/**/*.js'],
    languageOptions: { globals: { ...globals.serviceworker, __PRECACHE__: 'readonly' } },
  },
  {
    // Playwright fixtures call a parameter named `use`, which is not React's hook.
    files: ['e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'indexedDB', 'localStorage', 'fetch'],
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'dexie', 'node:*'] }],
    },
  },
);
