/**
 * Untrusted text on its way into the job log. The runner reads every line of a step's output (split at \n, \r and
 * \r\n) that starts with `::` (or the legacy `##[`) as a workflow command, so a flow name, a server answer or a file
 * name could set outputs, fake annotations or stop command processing (`::stop-commands::`). Each such line gets a
 * zero-width space between its two leading characters: it reads the same and is no longer a command.
 */
export function sanitizeLogText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*):(?=:)/, '$1:\u200b').replace(/^(\s*)#(?=#\[)/, '$1#\u200b'))
    .join('\n');
}
