import styles from '../../src/styles.css?raw';

/** What each variable is for; the defaults come from src/styles.css itself, so this table cannot drift. */
const purpose: Record<string, string> = {
  '--rck-font': 'Font family of the forms.',
  '--rck-text': 'Text, input text.',
  '--rck-muted': 'Help text under fields.',
  '--rck-surface': 'Form and input background.',
  '--rck-border': 'Input and secondary button borders.',
  '--rck-accent': 'Primary button background, links.',
  '--rck-accent-text': 'Text on the primary button.',
  '--rck-danger': 'Field errors, error alert, invalid input border.',
  '--rck-info': 'Notices ("A new code is on its way").',
  '--rck-focus': 'Focus ring.',
  '--rck-radius': 'Corner radius of inputs, buttons, alerts.',
  '--rck-gap': 'Space between fields.',
  '--rck-input-padding': 'Padding inside inputs.',
  '--rck-max-width': 'Maximum width of a form.',
  '--rck-mono': 'Monospace font of the TOTP key.',
  '--rck-qr-foreground': 'QR code modules (keep dark: scanners expect dark on light).',
  '--rck-qr-background': 'QR code background and quiet zone.',
};

export function cssVariables(): Array<{ name: string; value: string }> {
  return [...styles.matchAll(/(--rck-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => ({ name: m[1]!, value: m[2]!.trim() }));
}

export function CssVariablesTable() {
  return (
    <table>
      <caption>CSS variables of react-cognito-kit/styles.css</caption>
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Default</th>
          <th scope="col">Used for</th>
        </tr>
      </thead>
      <tbody>
        {cssVariables().map(({ name, value }) => (
          <tr key={name}>
            <td>
              <code>{name}</code>
            </td>
            <td>
              <code>{value}</code>
            </td>
            <td>{purpose[name] ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
