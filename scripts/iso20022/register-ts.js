/**
 * Minimal require hook so scripts and test child processes can run TypeScript sources directly with Node 20
 * (which cannot strip types itself): each .ts file is transpiled in memory with the project's own `typescript`.
 * No type checking here; `npm test` type-checks everything.
 */
'use strict';
const fs = require('node:fs');
const ts = require('typescript');

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.Node16,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      sourceMap: false,
      inlineSourceMap: true,
    },
  });
  module._compile(outputText, filename);
};
