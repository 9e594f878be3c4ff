/**
 * The OpenAPI 3.1 document, generated from the operations (http/api/operations) and the error catalog: the zod
 * schemas the routes validate with become JSON Schema (zod's own converter, draft 2020-12, OpenAPI 3.1's dialect),
 * each operation's error answers and their examples come from the codes it can answer (its stages' and its use
 * case's, see route.ts), so a new error code or a new operation appears here without anything written by hand.
 */
import { z } from 'zod';
import { ERROR_CATALOG, type ErrorCode } from '../../errors/catalog';
import { type Content, type Operation, TAGS } from './operation';
import { errorsOf } from './route';
import { OPERATIONS } from './operations';
import { holdDetail, hold, holdPage, decisionResult } from './schemas/holds';
import { duplicateResult, hit, messageResult, messageStatus, transactionResult } from './schemas/messages';
import { exceptionCandidate, exceptionView } from './schemas/exceptions';
import { deadLetters, errorBody, errorDetail, readiness, reviewSession, watchlistInfo } from './schemas/service';
import { reviewDashboard } from '../../model/review-dashboard';

type JsonSchema = Record<string, unknown>;

/** Shapes shared between operations, listed once under components/schemas by these names. */
const COMPONENTS: readonly [string, z.ZodType][] = [
  ['Hit', hit],
  ['TransactionResult', transactionResult],
  ['MessageResult', messageResult],
  ['DuplicateResult', duplicateResult],
  ['MessageStatus', messageStatus],
  ['Hold', hold],
  ['HoldDetail', holdDetail],
  ['HoldPage', holdPage],
  ['DecisionResult', decisionResult],
  ['Exception', exceptionView],
  ['ExceptionCandidate', exceptionCandidate],
  ['WatchlistInfo', watchlistInfo],
  ['DeadLetters', deadLetters],
  ['ReviewSession', reviewSession],
  ['ReviewDashboard', reviewDashboard],
  ['Readiness', readiness],
  ['Error', errorBody()],
  ['ErrorDetail', errorDetail],
];

/** Express path → OpenAPI path: /v1/holds/:id → /v1/holds/{id}. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}');
}

/** Error codes of `op` answered with `status`, in catalog order. */
function codesFor(op: Operation, status: number): ErrorCode[] {
  return errorsOf(op).filter((c) => ERROR_CATALOG[c].httpStatus === status);
}

function errorStatuses(op: Operation): number[] {
  return [...new Set(errorsOf(op).map((c) => ERROR_CATALOG[c].httpStatus))];
}

/**
 * Converts schemas in one pass so that the shared ones become $refs to components/schemas. `io` input for what
 * clients send (defaults make fields optional), output for what the gateway answers.
 */
class SchemaPass {
  private readonly registry = z.registry<{ id: string }>();
  private readonly named = new Map<z.ZodType, string>();
  private readonly pending = new Map<string, z.ZodType>();
  private converted?: Record<string, JsonSchema>;
  private readonly prefix: string;

  constructor(
    private readonly io: 'input' | 'output',
    components: readonly [string, z.ZodType][],
  ) {
    this.prefix = `__${io}_`;
    for (const [id, s] of components) {
      this.registry.add(s, { id });
      this.named.set(s, id);
    }
  }

  /** A placeholder filled in by `resolve` (one conversion of everything). */
  add(schema: z.ZodType): JsonSchema {
    const named = this.named.get(schema);
    if (named) return { $ref: `#/components/schemas/${named}` };
    const id = `${this.prefix}${this.pending.size}`;
    this.pending.set(id, schema);
    this.registry.add(schema, { id });
    this.named.set(schema, id);
    return { $ref: `#/components/schemas/${id}` };
  }

  run(): { components: Record<string, JsonSchema>; inline: (ref: JsonSchema) => JsonSchema } {
    const out = z.toJSONSchema(this.registry, { target: 'draft-2020-12', io: this.io, unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
    this.converted = {};
    for (const [id, s] of Object.entries(out.schemas)) {
      const { $id: _id, $schema: _schema, ...rest } = s as JsonSchema;
      this.converted[id] = rest;
    }
    const components = Object.fromEntries(Object.entries(this.converted).filter(([id]) => !id.startsWith('__')));
    const inline = (ref: JsonSchema): JsonSchema => {
      const id = typeof ref.$ref === 'string' ? ref.$ref.slice('#/components/schemas/'.length) : '';
      return id.startsWith(this.prefix) ? this.converted![id]! : ref;
    };
    return { components, inline };
  }
}

/** `value` with every placeholder $ref replaced by the converted schema. */
function resolveDeep(value: unknown, inline: (ref: JsonSchema) => JsonSchema): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveDeep(v, inline));
  if (value && typeof value === 'object') {
    const o = value as JsonSchema;
    if (typeof o.$ref === 'string' && o.$ref.startsWith('#/components/schemas/__')) {
      const resolved = inline(o);
      if (resolved !== o) return resolveDeep(resolved, inline);
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, resolveDeep(v, inline)]));
  }
  return value;
}

export interface DocumentInfo {
  version: string;
}

export function buildOpenApiDocument(info: DocumentInfo, operations: readonly Operation[] = OPERATIONS): JsonSchema {
  const output = new SchemaPass('output', COMPONENTS);
  const input = new SchemaPass('input', []);
  const paths: Record<string, Record<string, unknown>> = {};

  for (const op of operations) {
    const path = openApiPath(op.path);
    paths[path] ??= {};
    paths[path][op.method] = describeOperation(op, input, output);
  }

  const out = output.run();
  const inp = input.run();
  const resolve = (v: unknown) => resolveDeep(resolveDeep(v, inp.inline), out.inline);
  return {
    openapi: '3.1.0',
    info: {
      title: 'chokepoint',
      version: info.version,
      summary: 'Inline ISO 20022 payment screening gateway',
      description: describeApi(),
      license: { name: 'UNLICENSED', identifier: 'UNLICENSED' },
    },
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths: resolve(paths),
    components: {
      schemas: out.components,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'A token of TOKENS_FILE (or DATA_DIR/tokens.json); each has one role: submitter, reviewer or admin',
        },
      },
    },
  };
}

function describeApi(): string {
  const rows = (Object.entries(ERROR_CATALOG) as [ErrorCode, (typeof ERROR_CATALOG)[ErrorCode]][]).map(
    ([code, d]) => `| \`${code}\` | ${d.httpStatus} | ${'isoReason' in d ? d.isoReason : ''} | ${d.retryable ? 'yes' : 'no'} | ${d.title} |`,
  );
  return [
    'Every route but health, readiness, metrics, this description and the pages needs `Authorization: Bearer <token>`; each operation names the roles it allows.',
    'Errors are `{"error": {"code", "message", "path", "line", "details"}}`; refused messages that can be identified also get a RJCT status report. Answers may gain keys in later versions.',
    '',
    '| code | HTTP | ISO 20022 reason | retry the same request | meaning |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function describeOperation(op: Operation, input: SchemaPass, output: SchemaPass): Record<string, unknown> {
  const parameters: unknown[] = [];
  const addParameters = (schema: z.ZodObject | undefined, where: 'path' | 'query') => {
    if (!schema) return;
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      const { description, ...s } = prop;
      parameters.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: s,
      });
    }
  };
  addParameters(op.params, 'path');
  addParameters(op.query, 'query');

  const roles =
    op.roles === 'public'
      ? 'No token needed.'
      : `Roles: ${op.roles.join(', ')}.${op.permission ? ` Permission: ${op.permission} (given per token in the tokens file).` : ''}`;
  return {
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    description: [op.description, roles].filter(Boolean).join('\n\n'),
    security: op.roles === 'public' ? [] : [{ bearer: [] }],
    ...(op.roles !== 'public' ? { 'x-roles': op.roles } : {}),
    ...(op.permission ? { 'x-permission': op.permission } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body ? { requestBody: requestBody(op, input) } : {}),
    responses: responses(op, output),
  };
}

function requestBody(op: Operation, input: SchemaPass): unknown {
  const b = op.body!;
  if (b.kind === 'json') {
    return { required: true, content: { 'application/json': { schema: input.add(b.schema), ...(b.example !== undefined ? { example: b.example } : {}) } } };
  }
  const types = b.kind === 'xml' ? ['application/xml', 'text/xml'] : b.types;
  return {
    required: true,
    description: b.description,
    content: Object.fromEntries(
      types.map((t, i) => [t, { schema: { type: 'string' }, ...(i === 0 && b.example !== undefined ? { example: b.example } : {}) }]),
    ),
  };
}

function mediaContent(c: Content, output: SchemaPass): [string, unknown][] {
  if (c.kind === 'json') return [['application/json', { schema: output.add(c.schema), ...(c.example !== undefined ? { example: c.example } : {}) }]];
  return c.types.map((t, i) => [
    t,
    { schema: { type: 'string', description: c.description }, ...(i === 0 && c.example !== undefined ? { example: c.example } : {}) },
  ]);
}

function responses(op: Operation, output: SchemaPass): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const statuses = [...new Set([...Object.keys(op.responses).map(Number), ...errorStatuses(op)])].sort((a, b) => a - b);
  for (const status of statuses) {
    const spec = op.responses[status];
    const codes = codesFor(op, status);
    const content = new Map<string, Record<string, unknown>>();
    for (const c of spec?.content ?? []) for (const [type, media] of mediaContent(c, output)) content.set(type, media as Record<string, unknown>);
    if (codes.length > 0) {
      const errorSchema = output.add(errorBody(codes));
      const examples = Object.fromEntries(
        codes.map((code) => [code, { summary: ERROR_CATALOG[code].title, value: { error: { code, message: ERROR_CATALOG[code].title } } }]),
      );
      const existing = content.get('application/json');
      content.set(
        'application/json',
        existing
          ? {
              schema: { anyOf: [existing.schema, errorSchema] },
              examples: { ...(existing.example !== undefined ? { result: { summary: spec!.description, value: existing.example } } : {}), ...examples },
            }
          : { schema: errorSchema, examples },
      );
      const reported = codes.filter((code) => 'isoReason' in ERROR_CATALOG[code]);
      if (op.statusReports && reported.length > 0 && !content.has('application/xml')) {
        content.set('application/xml', {
          schema: { type: 'string', description: `With Accept: application/xml, the RJCT status report (${reported.join(', ')})` },
        });
      }
    }
    const headers: Record<string, unknown> = { ...(spec?.headers ?? {}) };
    if (codes.includes('AUTH_REQUIRED')) headers['WWW-Authenticate'] = { description: 'Bearer realm="chokepoint"', schema: { type: 'string' } };
    const retryAfter = codes.filter((c) => ['OVERLOADED', 'STORE_UNAVAILABLE', 'STORE_OUTCOME_UNKNOWN'].includes(c));
    if (retryAfter.length > 0)
      headers['Retry-After'] = { description: `Seconds to wait before retrying (${retryAfter.join(', ')})`, schema: { type: 'integer' } };
    const description = [spec?.description, ...codes.map((c) => `\`${c}\`: ${ERROR_CATALOG[c].title}`)].filter(Boolean).join('; ');
    out[String(status)] = {
      description,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(content.size > 0 ? { content: Object.fromEntries(content) } : {}),
    };
  }
  return out;
}
