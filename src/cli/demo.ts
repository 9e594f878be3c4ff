/**
 * `chokepoint demo` (`npm run demo`): a newcomer's first five minutes. Sends every sample message of fixtures/messages
 * to the running gateway as the hub would, prints one line per transaction (decision, status, hold id) and where the
 * held ones are reviewed. Finds the gateway the way `npm start` leaves it: its address in DATA_DIR/gateway.json and
 * the submitter token the first start left in DATA_DIR/tokens.initial.json (or TOKENS_FILE); --url / --token (CHOKEPOINT_URL, CHOKEPOINT_TOKEN) say
 * otherwise.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type Config, repoRoot } from '../config';
import { AppError } from '../errors/app-error';
import { initialTokensFile, parseTokensFile, readGatewayAddress } from '../composition/commands';

export interface DemoOptions {
  url?: string;
  token?: string;
  /** New ids in every message, so that a second run is screened afresh instead of answered as a resend (the original answers, replayed). */
  fresh?: boolean;
  /** Folder of the messages (default fixtures/messages). */
  dir?: string;
}

interface TransactionLine {
  index: number;
  endToEndId: string;
  decision: string;
  status: string;
  holdId?: string;
  postHocReviewId?: string;
  reasonCode?: string;
}

/** Writes lines to stdout; returns the exit code (1 when a message was refused). */
export async function demoCommand(config: Config, o: DemoOptions, out: (line: string) => void = (l) => process.stdout.write(l + '\n')): Promise<number> {
  const url = (o.url ?? (await readGatewayAddress(config.dataDir))?.url)?.replace(/\/+$/, '');
  if (!url) {
    throw new AppError(
      'NOT_READY',
      `No running gateway recorded in ${path.join(config.dataDir, 'gateway.json')}: start one with \`npm start\` (same DATA_DIR), or pass --url`,
    );
  }
  const token = o.token ?? (await submitterToken(config));
  const ready = await fetch(`${url}/readyz`).catch((e: Error) => {
    throw new AppError('NOT_READY', `The gateway at ${url} does not answer (${e.message}): is it running?`);
  });
  if (!ready.ok) throw new AppError('NOT_READY', `The gateway at ${url} is not ready yet (${ready.status}); try again in a moment`);

  const dir = o.dir ?? path.join(repoRoot(), 'fixtures', 'messages');
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.xml')).sort();
  const run = Date.now().toString(36).slice(-6);
  const tally = { clear: 0, hold: 0, reject: 0, postHoc: 0, sentBefore: 0 };
  let refused = 0;
  out(`Sending ${files.length} sample messages to ${url} as the hub would${o.fresh ? ' (with new ids)' : ''}:`);
  out('');
  out(`${'message'.padEnd(46)} ${'tx'.padStart(2)}  ${'EndToEndId'.padEnd(18)} ${'decision'.padEnd(8)} ${'status'.padEnd(6)} hold / post-hoc review`);
  for (const file of files) {
    let xml = await fs.readFile(path.join(dir, file), 'utf8');
    if (o.fresh) xml = withNewIds(xml, run);
    const res = await submit(url, token, xml);
    const body = (await res.json().catch(() => ({}))) as { transactions?: TransactionLine[]; duplicate?: boolean; error?: { code: string; message: string } };
    if (!body.transactions) {
      refused++;
      out(`${file.padEnd(46)} refused: ${res.status} ${body.error?.code ?? ''} ${body.error?.message ?? ''}`.trimEnd());
      if (res.status === 401 || res.status === 403)
        throw new AppError('AUTH_REQUIRED', `The gateway refused the token (${res.status}): pass a submitter token with --token`);
      continue;
    }
    // Sent before: the identical message (answered again as a replay) or its ids under other content (409).
    const sentBefore = res.status === 409 || res.headers.get('x-chokepoint-replay') === 'true';
    for (const t of body.transactions) {
      if (sentBefore) tally.sentBefore++;
      else if (t.postHocReviewId) tally.postHoc++;
      else tally[t.decision as 'clear' | 'hold' | 'reject']++;
      const review = t.holdId ?? (t.postHocReviewId ? `${t.postHocReviewId} (post-hoc)` : t.reasonCode ? `reason ${t.reasonCode}` : '');
      out(
        `${file.padEnd(46)} ${String(t.index + 1).padStart(2)}  ${t.endToEndId.padEnd(18)} ${t.decision.padEnd(8)} ${t.status.padEnd(6)} ${review}${sentBefore ? '  (sent before: earlier outcome)' : ''}`.trimEnd(),
      );
    }
  }
  out('');
  out(
    `${tally.clear} cleared and forwarded, ${tally.hold} held for review, ${tally.reject} rejected, ${tally.postHoc} released with a post-hoc review${tally.sentBefore ? `, ${tally.sentBefore} sent before (run with --fresh for new ids)` : ''}.`,
  );
  out(
    `Held payments wait for two reviewers: open ${url}/review/ and sign in with a reviewer token (the ones \`npm start\` printed, or ${initialTokensFile(config.dataDir)}).`,
  );
  out(`The team lead's view: ${url}/review/#/dashboard`);
  return refused > 0 ? 1 : 0;
}

function tokensPath(config: Config): string {
  return config.tokensFile ?? path.join(config.dataDir, 'tokens.json');
}

/**
 * A submitter token this machine holds in plain: the values a first start left for the operator
 * (DATA_DIR/tokens.initial.json), else a plaintext entry of the tokens file (an operator's TOKENS_FILE). The gateway's
 * own tokens.json holds hashes only.
 */
async function submitterToken(config: Config): Promise<string> {
  for (const file of [initialTokensFile(config.dataDir), tokensPath(config)]) {
    const text = await fs.readFile(file, 'utf8').catch(() => undefined);
    const submitter = text === undefined ? undefined : parseTokensFile(text, file).tokens.find((t) => t.role === 'submitter' && t.token);
    if (submitter?.token) return submitter.token;
  }
  throw new AppError(
    'NOT_READY',
    `No submitter token in ${initialTokensFile(config.dataDir)} or ${tokensPath(config)}: pass the one \`npm start\` printed with --token, or make one: chokepoint tokens create --role submitter --name demo`,
  );
}

const ID_ELEMENTS = ['MsgId', 'BizMsgIdr', 'PmtInfId', 'InstrId', 'EndToEndId', 'TxId'];

/**
 * The message with every identification made new: "<old>-<run>" (kept within 35 characters), a new UETR. An id used
 * twice (AppHdr BizMsgIdr and GrpHdr MsgId) stays equal to itself.
 */
export function withNewIds(xml: string, run: string): string {
  const renamed = new Map<string, string>();
  const fresh = (old: string, make: () => string) => {
    let v = renamed.get(old);
    if (v === undefined) renamed.set(old, (v = make()));
    return v;
  };
  let out = xml;
  for (const name of ID_ELEMENTS) {
    out = out.replace(new RegExp(`(<(?:\\w+:)?${name}>)([^<]+)(</(?:\\w+:)?${name}>)`, 'g'), (_m, open: string, old: string, close: string) => {
      const suffix = `-${run}`;
      return `${open}${fresh(`${name}:${old}`, () => old.slice(0, 35 - suffix.length) + suffix)}${close}`;
    });
  }
  return out.replace(
    /(<(?:\w+:)?UETR>)([^<]+)(<\/(?:\w+:)?UETR>)/g,
    (_m, open: string, old: string, close: string) => `${open}${fresh(`UETR:${old}`, randomUUID)}${close}`,
  );
}

/** As a hub does: a 503 (the gateway shedding load, nothing accepted) is sent again after its Retry-After, a few times. */
async function submit(url: string, token: string, xml: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${url}/v1/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/xml', Accept: 'application/json' },
      body: xml,
    });
    if (res.status !== 503 || attempt === 5) return res;
    await res.body?.cancel();
    await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 1)));
  }
}
