/**
 * A mistake in what the user gave (an input, a flag, a config file). Hosts print its message alone,
 * never a stack trace, and exit 1 (action) or 2 (CLI).
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Thrown by a gate whose check is not written yet: the host turns it into a failing finding, never a pass. */
export class NotImplementedError extends Error {
  constructor(check: string) {
    super(`The ${check} check is not implemented yet: this gate cannot pass until it is.`);
    this.name = 'NotImplementedError';
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
