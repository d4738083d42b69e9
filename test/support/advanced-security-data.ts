// A stand-in for AWS's amazon-cognito-advanced-security-data.min.js: the global it defines, with a getData whose
// answer names its arguments, so each request's EncodedData shows which username, pool and client it was made for.

export type GetData = (username: string, userPoolId: string, clientId: string) => string | undefined;

const GLOBAL = 'AmazonCognitoAdvancedSecurityData';

/** What the stub's getData answers. */
export const encodedDataFor: GetData = (username, userPoolId, clientId) => `asf(${username}|${userPoolId}|${clientId})`;

/** Defines the global; the returned function puts back whatever was there before (usually nothing). */
export function installAdvancedSecurityData(getData: GetData = encodedDataFor): () => void {
  const scope = globalThis as Record<string, unknown>;
  const had = Object.prototype.hasOwnProperty.call(scope, GLOBAL);
  const before = scope[GLOBAL];
  scope[GLOBAL] = { getData };
  return () => {
    if (had) scope[GLOBAL] = before;
    else delete scope[GLOBAL];
  };
}
