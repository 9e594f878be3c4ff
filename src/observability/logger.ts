import pino, { Logger } from 'pino';

/**
 * JSON logs on stdout. What is logged: ids (gateway message id, hold id, forward id), codes, counts, decisions.
 * Never names, accounts, addresses or remittance text — of the payee or, above all, of the debtor.
 */
export function createLogger(level: string, name = 'chokepoint'): Logger {
  return pino({ name, level, base: { pid: process.pid }, redact: { paths: ['req.headers.authorization', '*.token'], censor: '[redacted]' } });
}

/**
 * The same lines, written synchronously: for the one line a process writes right before it exits (the last resort,
 * runtime/last-resort.ts), which pino's default asynchronous write could lose; and the last resort's warning for a
 * rejection it knows to be harmless.
 */
export function createExitLogger(name = 'chokepoint'): Logger {
  return pino({ name, level: 'warn', base: { pid: process.pid } }, pino.destination({ dest: 1, sync: true }));
}
