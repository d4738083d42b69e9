'use client';
import { lazy, Suspense } from 'react';

// The QR code's encoder is a library of its own: fetched when a secret is on screen, not with every code step.
const QrCode = lazy(() => import('./QrCode.js').then((module) => ({ default: module.QrCode })));

/** Groups the base32 secret in fours so a person can type it without losing their place. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

export interface TotpSecretProps {
  uri: string;
  secret: string;
  qrLabel: string;
  secretLabel: string;
}

/** An authenticator app's secret: as a QR code to scan, and as text to type (shown at once, the QR when it is here). */
export function TotpSecret({ uri, secret, qrLabel, secretLabel }: TotpSecretProps) {
  return (
    <>
      <Suspense fallback={null}>
        <QrCode value={uri} label={qrLabel} />
      </Suspense>
      <p className="rck-description">{secretLabel}</p>
      <p className="rck-secret">
        <code>{grouped(secret)}</code>
      </p>
    </>
  );
}
