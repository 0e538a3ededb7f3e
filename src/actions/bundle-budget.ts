import { runAction } from '../core/action-host.js';
import { bundleBudget } from '../checks/bundle-budget/index.js';

await runAction(bundleBudget);
