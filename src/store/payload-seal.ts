/**
 * The one place stored payment data passes through on its way into and out of Redis for rescreening (cleared
 * payments' payee fields, post-hoc items). The stores call only these two functions, so the envelope encryption of
 * stored payment data plugs in here without touching them.
 */
export interface PayloadSeal {
  seal(plain: string): string;
  open(sealed: string): string;
}

/** Stored as it is: used until an encryption key is configured for stored payment data. */
export const notSealed: PayloadSeal = { seal: (s) => s, open: (s) => s };
