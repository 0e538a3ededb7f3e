import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED, syncReadme } from './docs.js';

for (const { file, text } of GENERATED()) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
writeFileSync('README.md', syncReadme(readFileSync('README.md', 'utf8')));
