/**
 * Child-process driver of src/strict-xsd for tests (libxml2-wasm cannot be imported under jest's CommonJS
 * runtime). stdin: {"dir": "...", "bodies": ["<xml>…", …]}; stdout: one result per body.
 */
import fs from 'node:fs';
import { loadStrictXsd } from '../../../src/strict-xsd';

async function main(): Promise<void> {
  const input = JSON.parse(fs.readFileSync(0, 'utf8')) as { dir: string; bodies: string[] };
  let validator;
  try {
    validator = await loadStrictXsd(input.dir);
  } catch (e) {
    const err = e as { code?: string; message: string };
    process.stdout.write(JSON.stringify({ loadError: { code: err.code, message: err.message } }));
    return;
  }
  const results = [];
  for (const body of input.bodies) {
    try {
      await validator.validate(body);
      results.push({ ok: true });
    } catch (e) {
      const err = e as { code?: string; message: string; line?: number; path?: string; details?: unknown[] };
      results.push({ ok: false, code: err.code, message: err.message, line: err.line, path: err.path, details: err.details });
    }
  }
  validator.close();
  process.stdout.write(JSON.stringify({ namespaces: validator.namespaces, results }));
}

// The test reading stdout sees a failure as an exit code and the stack on stderr, not as a silent empty answer.
main().catch((e: unknown) => {
  process.stderr.write(`strict-runner: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
