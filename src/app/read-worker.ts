/**
 * Worker-thread entry for reading large messages (parse, validate, extract) off the event loop. Errors travel back
 * as plain data because structured clone drops the fields of an AppError.
 */
import { readMessage } from '../iso20022';
import type { InboundMessage } from '../iso20022/types';
import { AppError } from '../errors/app-error';

export type ReadReply = { ok: true; message: InboundMessage } | { ok: false; error: SerializedAppError };

export interface SerializedAppError {
  code: AppError['code'];
  message: string;
  path?: string;
  line?: number;
  details: AppError['details'];
  context?: Record<string, unknown>;
}

export function serializeAppError(e: AppError): SerializedAppError {
  return {
    code: e.code,
    message: e.message,
    ...(e.path !== undefined ? { path: e.path } : {}),
    ...(e.line !== undefined ? { line: e.line } : {}),
    details: e.details,
    ...(e.context ? { context: { ...e.context } } : {}),
  };
}

export default function read(task: { body: Uint8Array; validate: boolean }): ReadReply {
  try {
    return { ok: true, message: readMessage(task.body, { validate: task.validate }) };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: serializeAppError(e) };
    return { ok: false, error: { code: 'INTERNAL', message: (e as Error).message, details: [] } };
  }
}
