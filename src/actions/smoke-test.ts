import { runAction } from '../hosts/action-host.js';
import { smokeTest } from '../checks/smoke-test/index.js';

await runAction(smokeTest);
