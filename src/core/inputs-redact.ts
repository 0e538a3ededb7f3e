/**
 * What an input error may show of the value it rejects. It is built before any secret is known to the registry (a
 * token in `https://user:token@host`, a webhook URL pasted into the wrong input), so it masks what looks like a
 * credential by its shape: URL userinfo, query and fragment values, `Bearer …` and `password=…`, and long runs of
 * letters and digits mixed as tokens are; then it cuts the rest. The secret scan's rules are not used: the core
 * never imports a check.
 */

/** What replaces a credential-shaped part (the registry's mask). */
const MASK = '***';

/** Only this much of a value is looked at: an error message shows far less, and the work stays bounded. */
const READ = 1024;

/**
 * `//user:pw@`: everything from the slashes to the last `@` before a space. A rejected value is not a valid URL, so
 * its authority cannot be trusted to end at the first `/` (`https://ops:pa/ss@host`).
 */
const USERINFO = /\/\/\S*@/g;
/** `?a=b&c=d#e=f`: the names stay, the values go. */
const QUERY_VALUE = /([?&#;][^=&#;\s?]*=)[^&#;\s]+/g;
/** `Bearer x`, `Basic x`. */
const SCHEME_CREDENTIAL = /\b(bearer|basic)(\s+)[^\s,;&]+/gi;
/** `token: x`, `password=x`, `api_key=x`. */
const LABELLED = /\b(token|password|passwd|pwd|secret|api[-_]?key|apikey)(\s*[:=]\s*)[^\s,;&]+/gi;
/**
 * A run of the characters tokens are made of (base64url, hex, with `-`/`_` separators). `/` ends a run, so a
 * webhook URL keeps its host and path and loses only its key segment.
 */
const TOKEN_RUN = /[A-Za-z0-9_\-+=]{16,}/g;
/** A stretch of letters and digits inside such a run. */
const PIECE = /[A-Za-z0-9]+/g;
/**
 * camelCase or PascalCase words (short acronyms allowed, each capital run followed by 2+ small letters):
 * `myCompanyInternalOperationsApp`, `checkoutFlowWithPaymentsAndRefunds`. Random letters of both cases almost
 * never have this shape (`aBcDeF…` has single small letters), so a host or file name is shown, a key is not.
 */
const WORDS = /^[A-Za-z]?[a-z]+(?:[A-Z]{1,4}[a-z]{2,})*$/;

/**
 * A run is token-like when one stretch of letters and digits in it is long and mixed the way generated keys are:
 * 16+ characters with both letters and digits, or 24+ with both cases not shaped as camelCase words.
 * `launchgate-smoke-2024`, `packages/web/dist` and `myCompanyInternalOperationsApp` are words and numbers; `ghp_4Hq…`, `xoxb-…-9fKd…` and a Slack webhook's key are not.
 */
function looksLikeToken(run: string): boolean {
  for (const [piece] of run.matchAll(PIECE)) {
    const letters = /[A-Za-z]/.test(piece);
    if (piece.length >= 16 && letters && /\d/.test(piece)) return true;
    if (piece.length >= 24 && /[a-z]/.test(piece) && /[A-Z]/.test(piece) && !WORDS.test(piece)) return true;
  }
  return false;
}

/** Masks the credential-shaped parts of a text. Linear: each pattern has no nested or overlapping repetition. */
export function maskCredentialShapes(text: string): string {
  return text
    .replace(USERINFO, `//${MASK}@`)
    .replace(QUERY_VALUE, `$1${MASK}`)
    .replace(SCHEME_CREDENTIAL, `$1$2${MASK}`)
    .replace(LABELLED, `$1$2${MASK}`)
    .replace(TOKEN_RUN, (run) => (looksLikeToken(run) ? MASK : run));
}

/**
 * The value an input error echoes, quoted: credential-shaped parts masked, control characters escaped (JSON), cut
 * to `max` characters with `…`.
 */
export function describeGiven(raw: unknown, secret = false, max = 80): string {
  if (secret) return '(a secret value)';
  const text = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw));
  const read = text.length > READ;
  const masked = maskCredentialShapes(read ? text.slice(0, READ) : text);
  if (!read && masked.length <= max) return JSON.stringify(masked);
  let cut = masked.slice(0, max);
  // Masking came first, so a cut shows no piece of a credential; a cut inside a surrogate pair, half a character.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return JSON.stringify(`${cut}…`);
}
