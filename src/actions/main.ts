import { runMainAction } from '../hosts/main-action.js';

await runMainAction();
