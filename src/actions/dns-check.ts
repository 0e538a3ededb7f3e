import { runAction } from '../hosts/action-host.js';
import { dnsCheck } from '../checks/dns-check/index.js';

await runAction(dnsCheck);
