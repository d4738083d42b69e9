/** Well-formed, unsigned JWTs for unit tests of decoding and expiry maths (nothing here verifies signatures). */
export function unsignedJwt(payload: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
}

export function tokensFor(options: { sub?: string; email?: string; groups?: string[]; iat: number; lifetime: number }) {
  const { sub = '5f1c2d3e-0000-4000-8000-000000000001', email = 'ada@example.com', groups, iat, lifetime } = options;
  const exp = iat + lifetime;
  return {
    idToken: unsignedJwt({ sub, email, email_verified: true, iss: 'https://issuer', aud: 'client', iat, exp, token_use: 'id', ...(groups ? { 'cognito:groups': groups } : {}) }),
    accessToken: unsignedJwt({ sub, username: sub, iss: 'https://issuer', client_id: 'client', iat, exp, token_use: 'access' }),
    refreshToken: 'opaque-refresh-token',
  };
}
