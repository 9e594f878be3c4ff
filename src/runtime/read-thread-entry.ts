/**
 * Worker-thread entry for reading large messages (parse, validate, extract) off the event loop. Errors travel back
 * as plain data because structured clone drops the fields of an AppError.
 */
import { readMessage } from '../iso20022';
import type { InboundMessage, XmlLimits } from '../iso20022';
import { AppError, AppErrorData, toAppErrorData } from '../errors/app-error';

export type ReadReply = { ok: true; message: InboundMessage } | { ok: false; error: AppErrorData };

export default function read(task: { body: Uint8Array; validate: boolean; limits: XmlLimits }): ReadReply {
  try {
    return { ok: true, message: readMessage(task.body, { validate: task.validate, limits: task.limits }) };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: toAppErrorData(e) };
    return { ok: false, error: { code: 'INTERNAL', message: (e as Error).message, details: [] } };
  }
}
