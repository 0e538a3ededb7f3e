// U+001C to U+001F are white space to some of .NET's trimming: defusing them too costs nothing.
// eslint-disable-next-line no-control-regex
const COMMAND_START = /^([\s\u0085\u001c-\u001f]*):(?=:)/;

/**
 * Untrusted text on its way into the job log. The runner splits a step's output into lines (at \n, \r and \r\n)
 * and takes as a workflow command a line that starts with `::` once .NET's TrimStart() has removed its leading white
 * space (which includes U+0085, unlike JavaScript's `\s`), and any line that holds the legacy `##[` anywhere in it
 * (actions/runner ActionCommand.TryParse looks it up with IndexOf). So a flow name, a server answer or a file name
 * could set outputs, fake annotations or stop command processing (`::stop-commands::`). A zero-width space goes
 * between the two leading colons of such a line and into every `##[`: it reads the same and is no longer a command.
 */
export function sanitizeLogText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(COMMAND_START, '$1:\u200b').replace(/##\[/g, '#\u200b#['))
    .join('\n');
}
