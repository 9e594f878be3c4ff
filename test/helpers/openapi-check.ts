/**
 * Checks an HTTP answer against the API description (GET /openapi.json, generated from src/http/api): the operation
 * must document the status, the media type, and — for JSON — the body must validate against the schema (ajv,
 * JSON Schema 2020-12, OpenAPI 3.1's dialect). Used by every HTTP test through test/helpers/check-responses.ts.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { buildOpenApiDocument } from '../../src/http/api/openapi';

type Doc = { paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, unknown> }> }>> };

let state: { doc: Doc; ajv: Ajv2020; routes: { method: string; path: string; re: RegExp }[]; compiled: Map<string, ValidateFunction> } | undefined;
const DOC_ID = 'https://chokepoint.invalid/openapi.json';

export function apiDocument(): Doc {
  return load().doc;
}

function load() {
  if (state) return state;
  const doc = buildOpenApiDocument({ version: 'test' }) as unknown as Doc;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(doc as object, DOC_ID);
  const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({ method, path, re: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '[^/]+')}$`) })),
  );
  // literal paths before templated ones
  routes.sort((a, b) => a.path.split('{').length - b.path.split('{').length);
  state = { doc, ajv, routes, compiled: new Map() };
  return state;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** The documented operation of a request, or undefined when the path is not the gateway's (a test's own server). */
export function operationOf(method: string, url: string): { path: string; method: string } | undefined {
  const pathname = new URL(url, 'http://x').pathname;
  const m = method.toLowerCase();
  const r = load().routes.find((x) => x.method === m && x.re.test(pathname));
  return r ? { path: r.path, method: m } : undefined;
}

/**
 * undefined when the answer matches the description; otherwise what is wrong, for a test failure. Requests to
 * paths the description does not know are answered 404 NOT_FOUND: checked against the error schema.
 */
export function checkResponse(
  method: string,
  url: string,
  status: number,
  contentType: string | undefined,
  text: string | undefined,
  /** 'skip' where the server may not be a gateway (fetch to any port of this machine). */
  unknownPaths: 'check' | 'skip' = 'check',
): string | undefined {
  const s = load();
  const op = operationOf(method, url);
  const where = `${method.toUpperCase()} ${new URL(url, 'http://x').pathname}`;
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!op) {
    if (status !== 404 || unknownPaths === 'skip') return undefined;
    return validateJson(`${DOC_ID}#/components/schemas/Error`, where, status, text, type);
  }
  const responses = s.doc.paths[op.path]![op.method]!.responses;
  const documented = responses[String(status)];
  if (!documented) {
    return `${where} answered ${status}, which the API description does not document for ${s.doc.paths[op.path]![op.method]!.operationId} (documented: ${Object.keys(responses).join(', ')}). Add the status to the operation in src/http/api/operations, or its error code to the operation's errors.`;
  }
  if (!documented.content || text === undefined || text === '') return undefined;
  if (!(type in documented.content)) {
    return `${where} answered ${status} as ${type || 'no Content-Type'}; the API description documents ${Object.keys(documented.content).join(', ')} for it`;
  }
  if (type !== 'application/json') return undefined;
  return validateJson(`${DOC_ID}#/${pointer('paths', op.path, op.method, 'responses', String(status), 'content', type, 'schema')}`, where, status, text, type);
}

function validateJson(ref: string, where: string, status: number, text: string | undefined, type: string): string | undefined {
  if (type !== 'application/json') return `${where} answered ${status} as ${type || 'no Content-Type'}, not JSON`;
  const s = load();
  let validate = s.compiled.get(ref);
  if (!validate) {
    validate = s.ajv.compile({ $ref: ref });
    s.compiled.set(ref, validate);
  }
  let body: unknown;
  try {
    body = JSON.parse(text ?? '');
  } catch {
    return `${where} answered ${status} with a body that is not JSON`;
  }
  if (validate(body)) return undefined;
  const e = validate.errors?.[0];
  return (
    `${where} answered ${status} with a body the API description does not allow: ${e?.instancePath || '(root)'} ${e?.message ?? ''} ${e?.params ? JSON.stringify(e.params) : ''}`.trim() +
    ` — body: ${(text ?? '').slice(0, 300)}`
  );
}

/** undefined when `value` is valid against the JSON schema of that answer; otherwise the first problem. */
export function validateExample(path: string, method: string, status: string, value: unknown): string | undefined {
  const s = load();
  const ref = `${DOC_ID}#/${pointer('paths', path, method, 'responses', status, 'content', 'application/json', 'schema')}`;
  let validate = s.compiled.get(ref);
  if (!validate) {
    validate = s.ajv.compile({ $ref: ref });
    s.compiled.set(ref, validate);
  }
  if (validate(value)) return undefined;
  const e = validate.errors?.[0];
  return `${e?.instancePath || '(root)'} ${e?.message ?? ''} ${JSON.stringify(e?.params ?? {})}`;
}
