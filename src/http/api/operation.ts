/**
 * One HTTP operation as data: method, path, who may call it, the zod schemas of its request (path parameters, query,
 * body) and of its responses, and the error codes its use case can answer. The route registers itself from this
 * (http/api/route.ts: access check, body parsing, validation) and the OpenAPI document is generated from the same
 * object (http/api/openapi.ts), so the two cannot drift apart.
 */
import type { z } from 'zod';
import type { ErrorCode } from '../../errors/catalog';
import type { Permission, Role } from '../tokens';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';

/** A body described by a zod schema (JSON), or by a media type and prose (XML, JSON Lines, HTML, files). */
export type Content =
  | { kind: 'json'; schema: z.ZodType; example?: unknown; examples?: Record<string, { summary: string; value: unknown }> }
  | { kind: 'media'; types: readonly string[]; description: string; example?: string };

/** How the request body is read; each kind brings its parser and the error codes the parser can answer. */
export type RequestBody =
  /** JSON up to `limit` (express.json). */
  | { kind: 'json'; schema: z.ZodType; limit: string; example?: unknown }
  /** One ISO 20022 message: XML media types only (415 otherwise), up to MAX_BODY_BYTES, not empty. */
  | { kind: 'xml'; description: string; example: string }
  /** Bytes as they came, up to MAX_BODY_BYTES (the handler reads them). */
  | { kind: 'raw'; types: readonly string[]; description: string; example?: string };

export interface ResponseSpec {
  description: string;
  /** Keyed by media type family: one entry per representation the route can send for this status. */
  content?: readonly Content[];
  headers?: Readonly<Record<string, { description: string; schema: { type: 'string' | 'integer' } }>>;
}

export interface Operation {
  /** operationId, unique: camelCase. */
  id: string;
  method: HttpMethod;
  /** Express form: /v1/holds/:id/release. */
  path: string;
  summary: string;
  description?: string;
  /** Section in the rendered document. */
  tag: Tag;
  /** Roles allowed; 'public' needs no token. */
  roles: readonly Role[] | 'public';
  /** A permission the token needs beside its role (403 FORBIDDEN without it). */
  permission?: Permission;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: RequestBody;
  /** Refuse at once (503 OVERLOADED) past MAX_IN_FLIGHT requests of this operation. */
  admission?: boolean;
  /** Success answers by status. Error answers are generated from the error codes. */
  responses: Readonly<Record<number, ResponseSpec>>;
  /**
   * The codes the use case behind this operation can answer, beside those of the access check, body parsing and
   * validation (added from the fields above). They go into the API description (each status with its codes), and
   * every answer an HTTP test receives is checked against it (test/helpers/check-responses.ts): an error answer this
   * list lacks fails the test that provokes it.
   */
  errors: readonly ErrorCode[];
  /** Error answers that carry a RJCT status report: as XML with Accept: application/xml, in `statusReport` otherwise. */
  statusReports?: boolean;
}

export const TAGS = {
  messages: 'Submitting and screening messages (the hub)',
  holds: 'Held transactions and reviewer decisions',
  exceptions: 'Scoped false-positive exceptions (four eyes)',
  review: 'The reviewers’ page and dashboard',
  watchlist: 'The active watchlist and failed deliveries',
  service: 'Health, readiness, metrics, this description',
} as const;
export type Tag = keyof typeof TAGS;

/** What reading a sealed record (an original, a hold, a message's result: store/sealed-payload) can answer. */
export const SEALED_RECORD_ERRORS = ['RECORD_KEY_UNKNOWN', 'RECORD_UNREADABLE'] as const satisfies readonly ErrorCode[];

export const json = (schema: z.ZodType, example?: unknown): Content => ({ kind: 'json', schema, ...(example !== undefined ? { example } : {}) });

export function operation<const O extends Operation>(o: O): O {
  return o;
}
