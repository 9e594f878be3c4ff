/**
 * Loads libxml2-wasm, an ES module with top-level WebAssembly instantiation, from this CommonJS code base.
 * tsc (module node16) keeps `import()` as a real dynamic import in the CommonJS output, so this works in the
 * built product and in plain Node; it does not under jest's CommonJS runtime, which is why the tests drive this
 * module from a child process (test/conformance/support/strict-runner.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- a false finding: the rule reads the type's import attributes as a value
export type LibXml2 = typeof import('libxml2-wasm', { with: { 'resolution-mode': 'import' } });

let loading: Promise<LibXml2> | undefined;

export function loadLibXml2(): Promise<LibXml2> {
  loading ??= (async () => {
    const lib = await import('libxml2-wasm');
    // Lets XSDs use xs:include / xs:import with paths relative to their own file.
    const nodejs = (await import('libxml2-wasm/lib/nodejs.mjs')) as { xmlRegisterFsInputProviders: () => boolean };
    nodejs.xmlRegisterFsInputProviders();
    return lib;
  })();
  return loading;
}
