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

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
