import { runMainAction } from '../core/main-action.js';

await runMainAction();
