import { useEffect, useId, useState } from 'react';
import { apiUrl } from '../config';

interface InboxCode {
  email: string;
  code: string;
  at: number;
  kind: string;
}

const kindLabels: Record<string, string> = {
  SignUp: 'Sign-up code',
  ResendCode: 'Sign-up code (resent)',
  ForgotPassword: 'Password reset code',
  UpdateUserAttribute: 'Attribute verification code',
  VerifyUserAttribute: 'Attribute verification code',
  AdminCreateUser: 'Temporary password',
  Authentication: 'Sign-in (MFA) code',
};

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The codes the emulator "emailed", live from the demo API (server-sent events). */
function useInbox(): { codes: InboxCode[]; connected: boolean } {
  const [codes, setCodes] = useState<InboxCode[]>([]);
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource(`${apiUrl}/dev/inbox/events`);
    // The server replays every code on (re)connect.
    source.onopen = () => {
      setConnected(true);
      setCodes([]);
    };
    source.onerror = () => setConnected(false);
    source.addEventListener('code', (event) => {
      const code = JSON.parse((event as MessageEvent<string>).data) as InboxCode;
      setCodes((previous) => [code, ...previous]);
    });
    return () => source.close();
  }, []);
  return { codes, connected };
}

function CopyButton({ code, label }: { code: string; label: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button
      type="button"
      className="button small"
      aria-label={copied ? `Copied ${label}` : `Copy ${label}`}
      onClick={() => void navigator.clipboard?.writeText(code).then(() => setCopied(true))}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

/** Development only: lets a person finish sign-up (or a reset) without an email account. */
export function DevInbox() {
  const titleId = useId();
  const { codes, connected } = useInbox();
  const latest = codes[0];
  return (
    <aside className="inbox" aria-labelledby={titleId}>
      <h2 id={titleId}>Dev inbox</h2>
      <p className="muted small">
        Codes the Cognito emulator would have emailed. Development only{connected ? '' : ' · reconnecting…'}.
      </p>
      <p className="visually-hidden" role="status">
        {latest ? `New ${kindLabels[latest.kind] ?? latest.kind} for ${latest.email}: ${latest.code.split('').join(' ')}` : ''}
      </p>
      {codes.length === 0 ? (
        <p className="muted">No codes yet. Create an account and the code shows up here.</p>
      ) : (
        <ul className="inbox-list">
          {codes.map((item) => {
            const kind = kindLabels[item.kind] ?? item.kind;
            return (
              <li key={`${item.at}-${item.email}-${item.code}`} className="inbox-item">
                <div className="inbox-meta">
                  <span>{kind}</span>
                  <time dateTime={new Date(item.at).toISOString()}>{timeFormat.format(item.at)}</time>
                </div>
                <div className="inbox-to">
                  to <span className="email">{breakable(item.email)}</span>
                </div>
                <div className="inbox-code">
                  <code>{item.code}</code>
                  <CopyButton code={item.code} label={`${kind} for ${item.email}`} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}

/** An address that wraps only before "@" and after dots, never in the middle of a word. */
function breakable(email: string) {
  return email.split(/(?=@)|(?<=\.)/).map((part, index) => (
    <span key={index}>
      {index > 0 ? <wbr /> : null}
      {part}
    </span>
  ));
}
