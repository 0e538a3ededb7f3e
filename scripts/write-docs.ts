import { writeDocs } from './docs.js';

writeDocs(process.cwd());
