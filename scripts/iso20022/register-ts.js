/**
 * Minimal require hook so scripts, benchmarks and test child processes can run TypeScript sources directly with
 * Node 20 (which cannot strip types itself): each .ts file is transpiled with the project's own `typescript`
 * (module node16, so `import()` of ES modules stays a real dynamic import). No type checking here; `npm test`
 * type-checks everything. Transpiled files are cached under node_modules/.cache, so a warm process never loads
 * the compiler (which matters for memory figures in benchmarks).
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const CACHE_DIR = path.resolve(__dirname, '../../node_modules/.cache/chokepoint-register-ts');
let ts;

function transpile(source, filename) {
  ts ??= require('typescript');
  return ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.Node16,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      inlineSourceMap: true,
    },
  }).outputText;
}

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha1').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(CACHE_DIR, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    output = transpile(source, filename);
    try {
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      const tmp = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, output);
      fs.renameSync(tmp, cached);
    } catch {
      // a read-only tree only loses the cache
    }
  }
  module._compile(output, filename);
};
