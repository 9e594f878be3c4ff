#!/usr/bin/env node
/**
 * The `chokepoint` command (README.md, Command line): serve, work, screen, watchlist import|hash|verify, tokens create|list|revoke,
 * audit verify|export.
 * Commands that need Redis use REDIS_URL or the embedded Redis of DATA_DIR (started by `npm start`).
 */
import { Command, Option } from 'commander';
import { loadConfig } from '../config';
import { AppError, isAppError } from '../errors/app-error';
import { serveCommand, workCommand } from './serve';
import { screenCommand } from './screen';
import { watchlistHash, watchlistImport, watchlistVerify } from './watchlist';
import { registerWatchlistConvert } from './watchlist-convert';
import { auditExport, auditVerify } from './audit';
import { demoCommand } from './demo';
import { tokensCreate, tokensList, tokensRevoke } from './tokens';
import { PERMISSIONS, ROLES } from '../composition/commands';

/** Examples shown under a command's --help: every command has at least one. */
function examples(cmd: Command, ...lines: string[]): Command {
  return cmd.addHelpText('after', `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
}

export function buildProgram(): Command {
  const program = new Command('chokepoint')
    .description('Inline ISO 20022 payment screening gateway')
    .showHelpAfterError()
    .configureOutput({ outputError: (s, write) => write(s) });

  program
    .command('serve')
    .description('run the gateway (what `npm start` runs); configuration from the environment, see README')
    .action(async () => serveCommand(loadConfig(process.env)));

  program
    .command('work')
    .description('run only the queue workers (deliveries, status reports, hold deadlines); `serve` starts these itself')
    .action(async () => workCommand(loadConfig(process.env)));

  program
    .command('screen')
    .description('screen messages against a watchlist, no side effects: one JSON result per message per line')
    .requiredOption('--watchlist <file>', 'watchlist file (JSON array or JSON Lines)')
    .option('--policy <file>', 'decision policy overrides (JSON)')
    .option('--hmac-key <hex>', 'key of a keyed-hash watchlist')
    .argument('<message...>', 'ISO 20022 message files')
    .action(async (files: string[], o: { watchlist: string; policy?: string; hmacKey?: string }) => {
      process.exitCode = await screenCommand(files, o, loadConfig(process.env));
    });

  program
    .command('demo')
    .description('send every sample message (fixtures/messages) to the running gateway: one line per transaction, then where to review')
    .addOption(new Option('--url <url>', 'the gateway (default: the address `npm start` records in DATA_DIR/gateway.json)').env('CHOKEPOINT_URL'))
    .addOption(new Option('--token <token>', 'a submitter token (default: from DATA_DIR/tokens.json or TOKENS_FILE)').env('CHOKEPOINT_TOKEN'))
    .option('--fresh', 'new ids in every message, so that a second run is screened afresh instead of answered as a resend (the original answers, replayed)')
    .option('--dir <folder>', 'send the messages of this folder instead')
    .action(async (o: { url?: string; token?: string; fresh?: boolean; dir?: string }) => {
      process.exitCode = await demoCommand(loadConfig(process.env), o);
    });

  const wl = program.command('watchlist').description('check, share and load watchlists');
  wl.command('verify')
    .description('validate a list file; prints its version and counts, or the line and reason of the first problem')
    .argument('<file>')
    .action(async (file: string) => watchlistVerify(file));
  wl.command('hash')
    .description('write the keyed-hash form of a list (identifiers replaced by HMAC-SHA256 of their canonical value) to stdout')
    .addOption(new Option('--key <hex>', 'HMAC key, at least 32 hex digits').env('WATCHLIST_HMAC_KEY').makeOptionMandatory())
    .argument('<file>')
    .action(async (file: string, o: { key: string }) => watchlistHash(file, o.key));
  wl.command('import')
    .description('make a list file the active list of the running gateway(s) on this Redis')
    .argument('<file>')
    .action(async (file: string) => watchlistImport(file, loadConfig(process.env)));
  registerWatchlistConvert(wl);

  const tokens = program.command('tokens').description('the access tokens (TOKENS_FILE, or DATA_DIR/tokens.json): only their hashes are kept');
  tokens
    .command('create')
    .description('make a token: its hash goes into the file, its value is printed this once on stdout')
    .requiredOption('--name <name>', 'who or what uses it (unique; the audit trail names it)')
    .addOption(new Option('--role <role>', 'what it may do').choices(ROLES).makeOptionMandatory())
    .addOption(new Option('--permission <permission...>', 'rights beyond the role (reviewer tokens)').choices(PERMISSIONS))
    .action(async (o: { name: string; role: (typeof ROLES)[number]; permission?: (typeof PERMISSIONS)[number][] }) => tokensCreate(loadConfig(process.env), o));
  tokens
    .command('list')
    .description('id, name, role, created and how it is stored, of every token; never a value')
    .option('--json', 'one JSON object per line')
    .action(async (o: { json?: boolean }) => tokensList(loadConfig(process.env), o));
  tokens
    .command('revoke')
    .description('remove a token by id or name; a running gateway refuses it within a second')
    .argument('<id-or-name>')
    .action(async (idOrName: string) => tokensRevoke(loadConfig(process.env), idOrName));

  const audit = program.command('audit').description('the tamper-evident audit trail');
  audit
    .command('verify')
    .description('check the hash chain; names the first broken link')
    .option('--file <export>', 'first verify the events of an earlier export, then that Redis continues them')
    .option('--dir <archive>', 'the archive directory (default DATA_DIR/audit): verify its files, then Redis')
    .action(async (o: { file?: string; dir?: string }) => {
      process.exitCode = await auditVerify(loadConfig(process.env), o);
    });
  audit
    .command('export')
    .description('write the audit trail as JSON Lines')
    .option('-o, --out <file>', 'output file (default stdout; never overwritten)')
    .option('--trim', 'remove the exported events from Redis once the file is on disk (keeps a checkpoint)')
    .action(async (o: { out?: string; trim?: boolean }) => auditExport(loadConfig(process.env), o.out, o.trim === true));
  for (const [name, lines] of Object.entries(EXAMPLES)) {
    const cmd = name === '' ? program : name.split(' ').reduce<Command | undefined>((c, part) => c?.commands.find((x) => x.name() === part), program);
    if (!cmd) throw new Error(`examples for an unknown command: ${name}`);
    examples(cmd, ...lines);
  }
  return program;
}

/** By command path ('' is the program itself). test/integration/cli-help.test.ts checks that every command has some. */
const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  '': ['chokepoint serve', 'chokepoint screen --watchlist fixtures/watchlist/sample.jsonl fixtures/messages/*.xml', 'chokepoint watchlist --help'],
  serve: ['chokepoint serve', 'PORT=9090 REDIS_URL=redis://127.0.0.1:6379 CORE_URL=https://core.example/iso chokepoint serve'],
  work: [
    'RUN_WORKERS=false chokepoint serve   # HTTP only, on one host',
    'chokepoint work                      # the queue workers, on another (same REDIS_URL)',
  ],
  screen: [
    'chokepoint screen --watchlist fixtures/watchlist/sample.jsonl fixtures/messages/pacs.008.001.08-single.xml',
    'chokepoint screen --watchlist shared.jsonl --hmac-key "$WATCHLIST_HMAC_KEY" batch.xml | jq .transactions',
  ],
  demo: ['npm run demo', 'chokepoint demo --fresh --url http://127.0.0.1:8080 --token "$SUBMITTER_TOKEN"'],
  watchlist: ['chokepoint watchlist verify list.jsonl', 'chokepoint watchlist import list.jsonl'],
  'watchlist verify': ['chokepoint watchlist verify /srv/lists/coalition.jsonl'],
  'watchlist hash': ['chokepoint watchlist hash --key "$(openssl rand -hex 32)" list.jsonl > shared.jsonl'],
  'watchlist import': ['chokepoint watchlist import /srv/lists/coalition.jsonl', 'REDIS_URL=redis://10.0.0.5:6379 chokepoint watchlist import coalition.jsonl'],
  'watchlist convert': [
    'chokepoint watchlist convert --from ofac-sdn-csv -o ofac.jsonl ./ofac/',
    'chokepoint watchlist convert --from un-xml -o un.jsonl consolidated.xml',
    'chokepoint watchlist convert --from csv --map id=Ref,kind=Type,name=Name,iban=IBAN -o ours.jsonl ours.csv',
  ],
  tokens: ['chokepoint tokens list', 'chokepoint tokens create --role submitter --name hub-2'],
  'tokens create': [
    'chokepoint tokens create --role reviewer --name alice --permission reveal-debtor',
    'TOKEN=$(chokepoint tokens create --role submitter --name hub-2)',
  ],
  'tokens list': ['chokepoint tokens list', 'TOKENS_FILE=/etc/chokepoint/tokens.json chokepoint tokens list --json'],
  'tokens revoke': ['chokepoint tokens revoke alice', 'chokepoint tokens revoke 3f9a0c1d2e4b'],
  audit: ['chokepoint audit verify', 'chokepoint audit export -o audit-2026-03.jsonl --trim'],
  'audit verify': ['chokepoint audit verify', 'chokepoint audit verify --file audit-2026-03.jsonl'],
  'audit export': ['chokepoint audit export > audit.jsonl', 'chokepoint audit export -o audit-2026-03.jsonl --trim'],
};

export async function main(argv: string[]): Promise<void> {
  // fsync of outbox files and of the directory runs on libuv's thread pool; its default of 4 threads caps parallel
  // deliveries at 4 disk syncs in flight. Must be set before the pool's first use; an operator's value wins.
  process.env.UV_THREADPOOL_SIZE ??= '32';
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (isAppError(e)) {
      process.stderr.write(`chokepoint: ${e.code}: ${e.message}\n`);
    } else {
      process.stderr.write(`chokepoint: ${(e as Error).message}\n`);
    }
    process.exitCode = e instanceof AppError && e.code === 'CONFIG_INVALID' ? 78 : 1;
  }
}

// main() reports its own errors; this catch is for a failure of that reporting itself (stderr gone): the exit code
// still says so, as EX_SOFTWARE.
if (require.main === module)
  main(process.argv).catch(() => {
    process.exitCode = 70;
  });
