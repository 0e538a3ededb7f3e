import { runAction } from '../hosts/action-host.js';
import { latencyBudget } from '../checks/latency-budget/index.js';

await runAction(latencyBudget);
