/** Shown when the app runs without VITE_COGNITO_USER_POOL_ID / VITE_COGNITO_CLIENT_ID (e.g. `vite` on its own). */
export function SetupNeeded() {
  return (
    <main id="main" className="setup-needed">
      <h1>The demo needs a user pool</h1>
      <p>
        Start it from the repository root with <code>npm start</code>: that runs a local Cognito emulator, the demo API and this app
        together.
      </p>
      <p>
        For a real pool, set <code>VITE_COGNITO_USER_POOL_ID</code>, <code>VITE_COGNITO_CLIENT_ID</code> and{' '}
        <code>VITE_COGNITO_REGION</code> (see <code>example-app/README.md</code>).
      </p>
    </main>
  );
}
