import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { listFiles } from './discover.js';

const CODE_EXTENSIONS =
  /\.(ts|tsx|js|jsx|mjs|cjs|py|rb|go|java|kt|cs|php|ex|exs|rs|scala|sql|prisma|graphql|vue|svelte|erb|html)$/;
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_REFERENCES = 5;
/** A name found more often than this is a common word, not a sign the app uses this column. */
const MAX_MATCHES = 25;

export interface Reference {
  file: string;
  line: number;
}

/**
 * Where application code still names a column or table a migration drops or renames: `orders.customer_ref`
 * is looked for as the whole word `customer_ref`. Migrations themselves are left out.
 */
export class CodeIndex {
  private files: { file: string; lines: string[] }[] | undefined;

  constructor(
    private readonly root: string,
    private readonly appPaths: string[],
    private readonly migrationFiles: Set<string>,
    private readonly allFiles?: string[],
  ) {}

  private load(): { file: string; lines: string[] }[] {
    if (this.files) return this.files;
    const match = this.appPaths.length
      ? picomatch(this.appPaths.map((p) => (/[*?{]/.test(p) ? p : `${p.replace(/\/$/, '')}/**`)))
      : () => true;
    this.files = [];
    for (const file of this.allFiles ?? listFiles(this.root)) {
      if (
        this.migrationFiles.has(file) ||
        !CODE_EXTENSIONS.test(file) ||
        !match(file) ||
        /(^|\/)migrations?\//.test(file)
      )
        continue;
      const absolute = path.join(this.root, file);
      if (statSync(absolute).size > MAX_FILE_BYTES) continue;
      this.files.push({ file, lines: readFileSync(absolute, 'utf8').split('\n') });
    }
    return this.files;
  }

  /**
   * "`orders.ref` is still used in a.ts:3, b.ts:9 and 2 more.", or undefined when the name is not used, or is so
   * common a word (`id`, `status`) that a list of its matches would say nothing.
   */
  describe(qualifiedName: string): string | undefined {
    if (!/^[A-Za-z_][\w$]*$/.test(qualifiedName.split('.').at(-1)!)) return undefined;
    const { refs, total } = this.references(qualifiedName);
    if (total === 0 || total > MAX_MATCHES) return undefined;
    const more = total > refs.length ? ` and ${total - refs.length} more` : '';
    return `\`${qualifiedName}\` is still used in ${refs.map((r) => `${r.file}:${r.line}`).join(', ')}${more}.`;
  }

  references(qualifiedName: string): { refs: Reference[]; total: number } {
    const word = qualifiedName.split('.').at(-1)!;
    const pattern = new RegExp(`(?<![\\w$])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$])`);
    const refs: Reference[] = [];
    let total = 0;
    for (const { file, lines } of this.load()) {
      lines.forEach((text, i) => {
        if (pattern.test(text)) {
          total++;
          if (refs.length < MAX_REFERENCES) refs.push({ file, line: i + 1 });
        }
      });
    }
    return { refs, total };
  }
}
