import { runAction } from '../hosts/action-host.js';
import { migrationCheck } from '../checks/migration-check/index.js';

await runAction(migrationCheck);
