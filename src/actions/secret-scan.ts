import { runAction } from '../hosts/action-host.js';
import { secretScan } from '../checks/secret-scan/index.js';

await runAction(secretScan);
