import forge from 'node-forge';

export interface IssuedCert {
  key: string;
  cert: string;
}

function serial(): string {
  return forge.util.bytesToHex(forge.random.getBytesSync(8)).replace(/^[89a-f]/, '1');
}

/** A throwaway certificate authority for HTTPS tests: nothing is trusted unless a test passes its PEM as ca-file. */
export class TestCA {
  readonly keys = forge.pki.rsa.generateKeyPair(2048);
  readonly cert: forge.pki.Certificate;

  constructor(name = 'launchgate test CA') {
    const cert = forge.pki.createCertificate();
    cert.publicKey = this.keys.publicKey;
    cert.serialNumber = serial();
    cert.validity.notBefore = new Date(Date.now() - 86400000);
    cert.validity.notAfter = new Date(Date.now() + 3650 * 86400000);
    const attrs = [{ name: 'commonName', value: name }];
    cert.setSubject(attrs);
    cert.setIssuer(attrs);
    cert.setExtensions([
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ]);
    cert.sign(this.keys.privateKey, forge.md.sha256.create());
    this.cert = cert;
  }

  get pem(): string {
    return forge.pki.certificateToPem(this.cert);
  }

  /** A server certificate for `hosts`, valid from `notBefore` for `days` days (negative: already expired). */
  issue(hosts: string[], opts: { days?: number; notBefore?: Date } = {}): IssuedCert {
    const keys = forge.pki.rsa.generateKeyPair(2048);
    const cert = forge.pki.createCertificate();
    cert.publicKey = keys.publicKey;
    cert.serialNumber = serial();
    const start = opts.notBefore ?? new Date(Date.now() - 2 * 86400000);
    cert.validity.notBefore = start;
    cert.validity.notAfter = new Date(Date.now() + (opts.days ?? 90) * 86400000);
    cert.setSubject([{ name: 'commonName', value: hosts[0] }]);
    cert.setIssuer(this.cert.subject.attributes);
    cert.setExtensions([
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: hosts.map((h) => (/^[\d.]+$/.test(h) ? { type: 7, ip: h } : { type: 2, value: h })),
      },
    ]);
    cert.sign(this.keys.privateKey, forge.md.sha256.create());
    return { key: forge.pki.privateKeyToPem(keys.privateKey), cert: forge.pki.certificateToPem(cert) };
  }
}
