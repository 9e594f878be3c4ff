import pino, { Logger } from 'pino';

/**
 * JSON logs on stdout. What is logged: ids (gateway message id, hold id, forward id), codes, counts, decisions.
 * Never names, accounts, addresses or remittance text — of the payee or, above all, of the debtor.
 */
export function createLogger(level: string, name = 'chokepoint'): Logger {
  return pino({ name, level, base: { pid: process.pid }, redact: { paths: ['req.headers.authorization', '*.token'], censor: '[redacted]' } });
}
