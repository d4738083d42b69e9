/**
 * Whether a request failed because the endpoint does not have the operation at all, as opposed to refusing this
 * request: AWS's JSON services answer an unknown X-Amz-Target with `UnknownOperationException`; cognito-local
 * answers `CognitoLocal#Unsupported` (the SDK's Client keeps the part after `#`). Nothing else counts: a refusal
 * of the token must never be taken for a missing operation.
 */
export function lacksOperation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'UnknownOperationException' || code === 'Unsupported';
}
