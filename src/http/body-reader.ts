import { AppError } from '../errors/app-error';
import type { PlainMiddleware } from './plain-http';

/**
 * The bytes of request bodies the process holds at once, across all requests. A body is reserved before it is read
 * (by its Content-Length, or chunk by chunk when it has none) and released when its response is done: the body, its
 * decoded text and its tree live until then. Without it, a few concurrent bodies of the largest size exhaust the host.
 */
export class BodyBudget {
  private used = 0;

  constructor(readonly limit: number) {}

  get inUse(): number {
    return this.used;
  }

  /** Takes `bytes` when they fit; false (nothing taken) when they do not. */
  tryTake(bytes: number): boolean {
    if (this.used + bytes > this.limit) return false;
    this.used += bytes;
    return true;
  }

  release(bytes: number): void {
    this.used -= bytes;
  }
}

/**
 * Reads the request body as bytes, within `maxBytes` (413 beyond) and the process's `budget` (503 OVERLOADED at once,
 * before reading it, when it would pass the budget). With a Content-Length the bytes go straight into one buffer of
 * that size (no list of chunks concatenated at the end: one copy of the body, not two at the peak). Compressed
 * bodies are refused: their decoded size is unknown until decoded. Sets req.body to the Buffer.
 */
export function readBody(maxBytes: number, budget: BodyBudget): PlainMiddleware {
  return (req, res, next) => {
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity')
      return next(new AppError('MEDIA_TYPE_UNSUPPORTED', `Content-Encoding ${encoding} is not accepted: send the message uncompressed`));
    const header = req.headers['content-length'];
    const declared = header === undefined ? undefined : Number(header);
    if (declared !== undefined && declared > maxBytes) return next(tooLarge(maxBytes));
    let taken = 0;
    res.once('close', () => budget.release(taken));
    const overloaded = () => {
      res.setHeader('Retry-After', '1');
      return new AppError(
        'OVERLOADED',
        `Request bodies of ${budget.inUse} bytes are being processed (MAX_BODY_BYTES_IN_FLIGHT=${budget.limit}); nothing was accepted, retry later`,
      );
    };
    if (declared !== undefined) {
      if (!budget.tryTake(declared)) return next(overloaded());
      taken = declared;
    }
    const buffer = declared !== undefined ? Buffer.allocUnsafe(declared) : undefined;
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const finish = (err?: AppError) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (err) {
        // The rest of the body is read and dropped (not kept), so the answer reaches the client.
        req.resume();
        return next(err);
      }
      req.body = buffer !== undefined ? buffer : Buffer.concat(chunks, received);
      next();
    };
    const onData = (chunk: Buffer) => {
      // (Node's HTTP parser never delivers more than a Content-Length.)
      if (received + chunk.length > maxBytes) return finish(tooLarge(maxBytes));
      if (buffer !== undefined) chunk.copy(buffer, received);
      else {
        if (!budget.tryTake(chunk.length)) return finish(overloaded());
        taken += chunk.length;
        chunks.push(chunk);
      }
      received += chunk.length;
    };
    const onEnd = () => {
      if (declared !== undefined && received < declared) return finish(new AppError('REQUEST_INVALID', 'The body is shorter than its Content-Length'));
      finish();
    };
    const onError = () => finish(new AppError('REQUEST_INVALID', 'The request was aborted by the client'));
    const onAborted = onError;
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  };
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The body exceeds the size limit (MAX_BODY_BYTES=${maxBytes})`);
}
