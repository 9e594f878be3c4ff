/**
 * The pieces of request handling written on Node's own request and response (no express API), so that express's
 * route and the direct path of POST /v1/messages (http/hot-route.ts) run the same code.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from './tokens';

/** A request as the stages leave it: the body they read, the principal of its token. */
export interface PlainRequest extends IncomingMessage {
  body?: unknown;
  principal?: Principal;
}

/** A response with express's `locals` (what a route leaves for the error handler). */
export interface PlainResponse extends ServerResponse {
  locals: Record<string, unknown>;
}

/** A stage on Node's objects; express runs it as a middleware too. */
export type PlainMiddleware = (req: PlainRequest, res: PlainResponse, next: (err?: unknown) => void) => void;

/** The answer written directly: what res.send does for a string on a POST, without its conversions and checks. */
export function sendText(res: ServerResponse, status: number, contentType: string, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

export const JSON_TYPE = 'application/json; charset=utf-8';
export const XML_TYPE = 'application/xml; charset=utf-8';

/** The headers every answer carries (app.ts sets them for express's routes, the direct path for its own). */
export function securityHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
}
