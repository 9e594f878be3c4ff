/**
 * Registers an operation on a router: access check, admission, body parsing and validation of path parameters,
 * query and body against the operation's zod schemas, then the handler with the parsed input. The stages and the
 * error codes each can answer are one list (`stagesOf`), which the OpenAPI document reads too.
 */
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import type { z } from 'zod';
import { AppError } from '../../errors/app-error';
import type { ErrorCode } from '../../errors/catalog';
import { type Admission, admission } from '../admission';
import { requireRole } from '../auth';
import type { TokenRegistry } from '../tokens';
import { type BodyBudget, readBody } from '../body-reader';
import { requireBody, requireXml } from '../xml-body';
import type { Operation } from './operation';
import type { PlainMiddleware, PlainRequest, PlainResponse } from '../plain-http';

/** What the stages need from the gateway. */
export interface RouteContext {
  tokens: TokenRegistry;
  maxBodyBytes: number;
  /** Bytes of request bodies the process holds at once (shared by every route that reads a body). */
  bodyBudget: BodyBudget;
  /** Admission of the operations that have it (POST /v1/messages); unset: every request is admitted. */
  admission?: Admission;
}

/** A stage: the codes it answers with, and its handlers — on Node's objects (`plain`), or express middleware. */
type Stage = { errors: readonly ErrorCode[] } & (
  { plain: true; handlers(ctx: RouteContext): PlainMiddleware[] } | { plain?: false; handlers(ctx: RouteContext): RequestHandler[] }
);

/** Every operation can fail unexpectedly (500, logged); nothing else is implied. */
export const ALWAYS: readonly ErrorCode[] = ['INTERNAL'];

export function stagesOf(op: Operation): Stage[] {
  const stages: Stage[] = [];
  const roles = op.roles;
  if (roles !== 'public') stages.push({ errors: ['AUTH_REQUIRED', 'FORBIDDEN'], plain: true, handlers: (c) => [requireRole(c.tokens, roles, op.permission)] });
  if (op.admission)
    stages.push({
      errors: ['OVERLOADED'],
      plain: true,
      handlers: (c) => (c.admission ? [admission(c.admission)] : []),
    });
  const body = op.body;
  if (body?.kind === 'json') {
    // a client that goes away mid-body is answered REQUEST_INVALID (http/errors.ts)
    stages.push({
      errors: ['JSON_MALFORMED', 'PAYLOAD_TOO_LARGE', 'MEDIA_TYPE_UNSUPPORTED', 'REQUEST_INVALID'],
      handlers: () => [express.json({ limit: body.limit })],
    });
  } else if (body?.kind === 'xml') {
    stages.push({
      errors: ['MEDIA_TYPE_UNSUPPORTED', 'PAYLOAD_TOO_LARGE', 'OVERLOADED', 'BODY_MISSING', 'REQUEST_INVALID'],
      plain: true,
      handlers: (c) => [requireXml, readBody(c.maxBodyBytes, c.bodyBudget), requireBody],
    });
  } else if (body?.kind === 'raw') {
    stages.push({
      errors: ['MEDIA_TYPE_UNSUPPORTED', 'PAYLOAD_TOO_LARGE', 'OVERLOADED', 'REQUEST_INVALID'],
      plain: true,
      handlers: (c) => [readBody(c.maxBodyBytes, c.bodyBudget)],
    });
  }
  if (op.params || op.query || body?.kind === 'json') stages.push({ errors: ['REQUEST_INVALID'], handlers: () => [validate(op)] });
  return stages;
}

/** Every code an operation can answer: its stages', its use case's, and INTERNAL. Sorted, once each. */
export function errorsOf(op: Operation): ErrorCode[] {
  return [...new Set([...stagesOf(op).flatMap((s) => s.errors), ...op.errors, ...ALWAYS])].sort();
}

type Out<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;
export interface Input<O extends Operation> {
  params: Out<O['params']>;
  query: Out<O['query']>;
  body: O['body'] extends { kind: 'json'; schema: infer S } ? Out<S> : O['body'] extends { kind: 'xml' | 'raw' } ? Buffer : undefined;
}

export type Handler<O extends Operation> = (input: Input<O>, req: Request, res: Response) => unknown;
/** A handler on Node's objects: registered with `route` like any other, and runnable by `directRoute`. */
export type PlainHandler<O extends Operation> = (input: Input<O>, req: PlainRequest, res: PlainResponse) => unknown;

/** Registers `op` on `r`; the handler receives the validated input (also at res.locals.input). */
export function route<const O extends Operation>(r: Router, op: O, ctx: RouteContext, handler: Handler<O>): void {
  const handlers = stagesOf(op).flatMap((s) => s.handlers(ctx));
  r[op.method](op.path, ...handlers, (req: Request, res: Response) => {
    const input = (res.locals.input ?? { params: {}, query: {}, body: Buffer.isBuffer(req.body) ? req.body : undefined }) as Input<O>;
    return handler(input, req, res);
  });
}

/**
 * The same stages and handler as `route` registers, as one function over Node's request and response: for an
 * operation whose stages are all plain (no path parameters, query or JSON body), run without express's request
 * setup and routing (http/hot-route.ts). Errors, thrown or passed on, go to `fail`, as they go to the error handler.
 */
export function directRoute<const O extends Operation>(
  op: O,
  ctx: RouteContext,
  handler: PlainHandler<O>,
  fail: (err: unknown, req: PlainRequest, res: PlainResponse) => void,
): (req: PlainRequest, res: PlainResponse) => void {
  const handlers = stagesOf(op).flatMap((s) => {
    if (!s.plain) throw new Error(`${op.id}: a stage needs express; the operation cannot be routed directly`);
    return s.handlers(ctx);
  });
  return (req, res) => {
    let i = 0;
    const next = (err?: unknown): void => {
      if (err) return fail(err, req, res);
      try {
        if (i < handlers.length) return handlers[i++]!(req, res, next);
        const input = { params: {}, query: {}, body: Buffer.isBuffer(req.body) ? req.body : undefined } as Input<O>;
        const out = handler(input, req, res);
        if (out instanceof Promise) out.catch((e: unknown) => fail(e ?? new Error('Rejected promise'), req, res));
      } catch (e) {
        fail(e, req, res);
      }
    };
    next();
  };
}

function validate(op: Operation): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = op.body;
    res.locals.input = {
      params: op.params ? parse(op.params, req.params, 'path') : {},
      query: op.query ? parse(op.query, req.query, 'query') : {},
      body: body?.kind === 'json' ? parse(body.schema, req.body ?? {}, 'body') : Buffer.isBuffer(req.body) ? req.body : undefined,
    };
    next();
  };
}

/** A request part checked against its schema; the first problem becomes a REQUEST_INVALID naming the field. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const i = r.error.issues[0]!;
  const field = i.path.join('.');
  throw new AppError('REQUEST_INVALID', `${where}${field ? ` ${field}` : ''}: ${i.message}`, { path: field || where });
}

/**
 * Serves the files of `dir` for an operation whose path ends in /:file (express.static: no directory listing, no
 * dotfiles); `before` runs first (page headers).
 */
export function staticFiles(r: Router, op: Operation, dir: string, before: RequestHandler): void {
  const mount = op.path.replace(/\/:file$/, '');
  if (mount === op.path || op.method !== 'get') throw new Error(`${op.id}: a static operation is GET <folder>/:file`);
  r.use(
    mount,
    before,
    express.static(dir, { index: false, dotfiles: 'deny', etag: false, lastModified: false, fallthrough: true, extensions: false, redirect: false }),
  );
}
