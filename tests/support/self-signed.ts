/**
 * A throw-away certificate for 127.0.0.1 (openssl, valid one day) for the https servers the tests
 * stand in for (Azurite with bearer tokens, Application Insights' ingestion). A child process trusts
 * it through NODE_EXTRA_CA_CERTS; this process passes it as `ca`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SelfSigned {
  certPath: string;
  keyPath: string;
  cert: Buffer;
  key: Buffer;
  remove(): void;
}

export function selfSignedCertificate(): SelfSigned {
  const folder = mkdtempSync(join(tmpdir(), 'self-signed-'));
  const certPath = join(folder, 'cert.pem');
  const keyPath = join(folder, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return {
    certPath,
    keyPath,
    cert: readFileSync(certPath),
    key: readFileSync(keyPath),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
