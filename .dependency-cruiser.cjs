/**
 * The layer rules: what each folder of src/ may import. `npm run lint` checks them (dependency-cruiser resolves every
 * import, type-only ones included, to the file it names, so a relative path cannot hide where it points).
 * docs/architecture.md explains the layers; change the table there and here together.
 *
 * Arrows point down: composition → http / cli / jobs → app → store, queues, watchlist, observability, policy → model →
 * pure core (iso20022, screening) → errors. A folder may import itself and the folders listed for it, nothing else
 * in src/.
 */
'use strict';

const PURE = ['iso20022', 'screening', 'errors'];

/** folder → the other src/ folders it may import. */
const MAY_IMPORT = {
  errors: [],
  iso20022: ['errors'],
  screening: ['iso20022', 'errors'],
  files: [],
  model: PURE,
  policy: ['model', ...PURE],
  config: ['model', 'policy', 'errors'],
  observability: ['model', ...PURE],
  store: ['model', 'files', ...PURE],
  queues: ['store', 'model', ...PURE],
  watchlist: ['model', ...PURE],
  'strict-xsd': ['model', ...PURE],
  runtime: ['model', 'files', ...PURE],
  app: ['store', 'queues', 'watchlist', 'observability', 'policy', 'model', ...PURE],
  http: ['app', 'observability', 'policy', 'model', 'files', ...PURE],
  jobs: ['app', 'queues', 'observability', 'policy', 'model', ...PURE],
  cli: ['composition', 'config', 'app', 'watchlist', 'observability', 'model', ...PURE],
  composition: null, // wires everything: may import any folder
  ui: [],
};

const folders = Object.keys(MAY_IMPORT);
const alt = (names) => names.map((n) => n.replace(/[-/]/g, '\\$&')).join('|');

const layerRules = folders
  .filter((f) => MAY_IMPORT[f] !== null)
  .map((f) => ({
    name: `layer-${f}`,
    comment: `src/${f}/ may import only ${MAY_IMPORT[f].length ? MAY_IMPORT[f].map((d) => `${d}/`).join(', ') : 'itself'} in src/ (docs/architecture.md)`,
    severity: 'error',
    from: { path: `^src/${alt([f])}/` },
    to: { path: '^src/', pathNot: `^src/(${alt([f, ...MAY_IMPORT[f]])})/` },
  }));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'unknown-folder',
      comment: 'Every file of src/ lives in a folder the layer table knows: add a new folder to MAY_IMPORT (and to docs/architecture.md).',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${alt(folders)})/` },
      to: {},
    },
    {
      name: 'pure-core-no-io',
      comment: 'The pure core (iso20022/, screening/) and model/ do no I/O: of Node.js only crypto, url, util, buffer and string_decoder.',
      severity: 'error',
      from: { path: '^src/(iso20022|screening|model|errors)/' },
      to: { dependencyTypes: ['core'], pathNot: '^(node:)?(crypto|url|util|buffer|string_decoder)$' },
    },
    {
      name: 'pure-core-packages',
      comment: 'The pure core and model/ use only libraries that compute (no express, ioredis, bullmq, pino, piscina, …).',
      severity: 'error',
      from: { path: '^src/(iso20022|screening|model|errors)/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: 'node_modules/(ibantools|libphonenumber-js|tldts|transliteration|zod)/',
      },
    },
    {
      name: 'only-cli-starts-composition',
      comment: 'composition/ wires the product; only the CLI (the entry points) asks it to.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli|composition)/' },
      to: { path: '^src/composition/' },
    },
    {
      name: 'src-stands-alone',
      comment: 'The product does not import tests, benchmarks or build scripts (they are not in the image).',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
    {
      name: 'no-dev-dependencies-in-src',
      comment: 'A devDependency is not installed in the image (npm prune --omit=dev).',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to no file.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/ui/public/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    moduleSystems: ['cjs', 'es6'],
  },
};
