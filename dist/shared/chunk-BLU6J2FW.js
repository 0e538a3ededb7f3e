import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  NotImplementedError,
  choice,
  defineCheck,
  integer,
  list,
  text
} from "./chunk-W4MZKCLE.js";

// src/checks/dns-check/index.ts
var dnsCheck = defineCheck({
  name: "dns-check",
  section: "dns",
  title: "launchgate DNS, email and TLS check",
  description: "Fails when names point to the wrong place, SPF/DKIM/DMARC would send mail to spam, or HTTPS is broken or expiring.",
  branding: { icon: "globe", color: "purple" },
  inputs: {
    domain: { ...text("The domain to check, e.g. example.com."), required: true },
    expect: list("Expected records, one per line: `host TYPE value` (e.g. `www CNAME example.com.`)."),
    "dkim-selectors": list("DKIM selectors to check; empty probes the common providers' selectors.", "", "comma"),
    require: list("Records that must exist: any of mx, spf, dkim, dmarc.", "spf,dmarc", "comma"),
    "dmarc-min-policy": choice("Weakest DMARC policy accepted.", "none", ["none", "quarantine", "reject"]),
    resolver: list("Nameservers to ask, IP[:port], comma-separated; empty uses the system's.", "", "comma"),
    https: list("Hosts whose HTTPS is checked, comma-separated.", "", "comma"),
    "cert-min-days": integer("Fewest days a certificate may have left.", "14", 0, 3650),
    "canonical-host": text("The one host the others and http:// must redirect to (301/308)."),
    "zone-file": text("BIND zone file to validate instead of live DNS."),
    "spf-senders": list("IPs or CIDRs that send mail for the domain; each must get SPF pass.", "", "comma"),
    "ca-file": text("PEM file of an extra CA to trust for the HTTPS checks."),
    "timeout-ms": integer("Timeout of each DNS query in milliseconds.", "3000", 100, 6e4)
  },
  outputs: {},
  async run() {
    throw new NotImplementedError("dns-check");
  }
});

export {
  dnsCheck
};
