/**
 * The baseline: a bare express + fast-xml-parser endpoint that parses the body and answers JSON. What any XML-over-
 * HTTP service on this stack costs before it does any work of its own.
 */
import express from 'express';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ ignoreAttributes: false });
const app = express();
app.disable('x-powered-by');
app.disable('etag');
app.post('/echo', express.raw({ type: () => true, limit: '10mb' }), (req, res) => {
  const doc = parser.parse((req.body as Buffer).toString('utf8')) as Record<string, unknown>;
  res.json({ ok: true, root: Object.keys(doc).filter((k) => k !== '?xml')[0] ?? null });
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const addr = server.address();
  process.stdout.write(JSON.stringify({ port: typeof addr === 'object' && addr ? addr.port : 0 }) + '\n');
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
