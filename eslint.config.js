// Lint enforces the layer table of docs/architecture.md ("Layout and layers"), so a newcomer
// cannot break the engine's purity or pull Phaser into the first screen by accident.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import patterns a layer may not use, as `no-restricted-imports` groups. */
const layer = (folders, message) => ({
  group: folders.flatMap((f) => [`**/${f}`, `**/${f}/**`, `../${f}/*`, `../../${f}/*`]),
  message,
});

const phaserOnlyInBoard = {
  name: 'phaser',
  message: 'Only src/board may import Phaser, and only behind a dynamic import().',
};

const impure = [
  { object: 'Math', property: 'random', message: 'The engine draws randomness only from the keyed seeded generator (session/random.ts).' },
  { object: 'Date', property: 'now', message: 'The engine has no wall clock: time is the scenario clock.' },
  { object: 'performance', property: 'now', message: 'The engine has no wall clock.' },
];

/** What the engine may not import, wherever it sits. */
const enginePatterns = [
  layer(['i18n', 'host', 'server', 'ui', 'board', 'storage', 'cli'], 'The engine imports nothing of ours outside src/engine.'),
  { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads'], message: 'The engine does no I/O.' },
];

/** Import patterns for one module path inside src/engine, from anywhere in it. */
const enginePath = (path) => [`**/${path}`, `../${path}`, `../../${path}`, `./${path}`];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'scenarios/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [phaserOnlyInBoard] }],
      // Scenario text is untrusted: it is rendered as text, never parsed as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with textContent; scenario text is untrusted.' },
        { property: 'outerHTML', message: 'Render text with textContent; scenario text is untrusted.' },
        { property: 'insertAdjacentHTML', message: 'Render text with textContent; scenario text is untrusted.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['scripts/**/*.js', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [phaserOnlyInBoard],
          patterns: enginePatterns,
        },
      ],
      'no-restricted-properties': ['error', ...impure],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'indexedDB', 'fetch', 'setTimeout', 'setInterval', 'crypto', 'process'],
    },
  },
  {
    // The bots play from what their role knows and from doctrine: none may read the scoring criteria, the
    // score or the criteria catalogue to choose its actions, or "doctrine scores well" would prove nothing.
    // A warrant (scoring/warrants.ts) is the scenario's doctrine of proportionality, not a criterion.
    files: ['src/engine/bots/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [phaserOnlyInBoard],
          patterns: [
            ...enginePatterns,
            {
              group: ['scoring/criteria', 'scoring/criteria/*', 'scoring/score.js', 'scoring/score', 'strategy', 'strategy/*'].flatMap(enginePath),
              message: 'A bot may not read the scoring criteria, the score or the criteria catalogue to choose its actions: it plays from its role\'s knowledge (src/engine/knowledge) and doctrine.',
            },
          ],
        },
      ],
    },
  },
  {
    // Nor may a bot read the scenario's criteria data (scoring.criteria): only `late`, which is defined by the
    // targets it must miss (bots/adversaries.ts), reads their target minutes.
    files: ['src/engine/bots/**/*.ts'],
    ignores: ['src/engine/bots/adversaries.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='criteria']", message: "A bot may not read the scenario's scoring criteria to choose its actions; it plays from its role's knowledge and doctrine." },
      ],
    },
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [phaserOnlyInBoard], patterns: [layer(['host', 'server', 'ui', 'board', 'storage', 'cli'], 'i18n may import only engine types.')] }],
      'no-restricted-globals': ['error', 'document', 'window', 'fetch', 'process'],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [phaserOnlyInBoard], patterns: [layer(['host', 'server', 'ui', 'board', 'cli'], 'storage may import only the engine.')] }],
    },
  },
  {
    files: ['src/host/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [phaserOnlyInBoard], patterns: [layer(['server', 'ui', 'board', 'cli'], 'host may import the engine and storage (through an interface).')] }],
    },
  },
  {
    files: ['src/board/**/*.ts'],
    rules: {
      // Phaser itself is allowed here, but only as a dynamic import from the board's lazy entry.
      'no-restricted-imports': ['error', { patterns: [layer(['host', 'server', 'ui', 'storage', 'cli'], 'board may import the engine and i18n only.')] }],
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [phaserOnlyInBoard],
          patterns: [
            layer(['server', 'cli'], 'ui may not import the server or the CLIs.'),
            { ...layer(['board'], 'ui loads the board only through a dynamic import(), so Phaser stays out of the first screen.'), allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [phaserOnlyInBoard], patterns: [layer(['ui', 'board', 'storage', 'server'], 'CLIs may import engine, i18n and host only.')] }],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [phaserOnlyInBoard], patterns: [layer(['ui', 'board', 'cli'], 'server may import engine, i18n, host and storage.')] }],
    },
  },
);
