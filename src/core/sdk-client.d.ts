// amazon-cognito-identity-js types only its package root; the transport imports its Client module directly.
declare module 'amazon-cognito-identity-js/lib/Client.js' {
  const Client: unknown;
  export default Client;
}
