/**
 * A list publisher over HTTP for refresh tests: serves files it is given with an ETag and a Last-Modified date,
 * answers conditional requests with 304 when nothing changed, and can be told to fail. Records what it answered.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export class ListServer {
  private server?: http.Server;
  private readonly files = new Map<string, { body: string; etag: string; modified: string }>();
  /** Status answered instead of the file (e.g. 500 while the publisher is down); undefined: serve. */
  failWith?: number;
  readonly answered: { path: string; status: number; conditional: boolean; authorization?: string }[] = [];
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const path = req.url ?? '/';
      const conditional = req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined;
      const answer = (status: number, headers: Record<string, string> = {}, body = '') => {
        this.answered.push({ path, status, conditional, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
        res.writeHead(status, headers).end(body);
      };
      if (this.failWith !== undefined) return answer(this.failWith, {}, 'publisher down');
      const f = this.files.get(path);
      if (f === undefined) return answer(404);
      if (req.headers['if-none-match'] === f.etag) return answer(304, { etag: f.etag, 'last-modified': f.modified });
      answer(200, { 'content-type': 'application/xml', etag: f.etag, 'last-modified': f.modified }, f.body);
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  /** Publishes (or replaces) the file at `path`: a new ETag and Last-Modified. */
  set(path: string, body: string): void {
    this.files.set(path, { body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`, modified: new Date().toUTCString() });
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A UN consolidated list (the published layout) of invented entities; an IBAN is written in the comments, as the UN does. */
export function unConsolidatedXml(entities: readonly { ref: string; name: string; iban?: string }[]): string {
  const body = entities
    .map(
      (e) =>
        `<ENTITY><DATAID>${e.ref.replace(/\D/g, '')}</DATAID><VERSIONNUM>1</VERSIONNUM><FIRST_NAME>${esc(e.name)}</FIRST_NAME>` +
        `<UN_LIST_TYPE>Example</UN_LIST_TYPE><REFERENCE_NUMBER>${e.ref}</REFERENCE_NUMBER><LISTED_ON>2026-01-15</LISTED_ON>` +
        (e.iban ? `<COMMENTS1>Invented for tests. IBAN ${e.iban}.</COMMENTS1>` : '') +
        `<LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE></ENTITY>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="2027-01-15T00:00:00.000Z"><INDIVIDUALS/><ENTITIES>\n${body}\n</ENTITIES></CONSOLIDATED_LIST>\n`;
}
