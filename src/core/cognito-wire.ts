// What the lazily loaded wire chunk holds (see lazy-transport.ts): the Cognito transport and the mapping of
// the errors its requests fail with.
export { createCognitoTransport } from './cognito-transport.js';
export { toAuthError } from './cognito-errors.js';
