import type { Messages } from 'cognito-local/lib/services/messages.js';

export interface DeliveredCode {
  /** Where the message went: the email address (or phone number for SMS). */
  readonly email: string;
  readonly code: string;
  readonly at: number;
  /** cognito-local's message source: SignUp, ResendCode, ForgotPassword, UpdateUserAttribute, … */
  readonly kind: string;
}

export type CodeListener = (delivered: DeliveredCode) => void;

export interface WaitForCodeOptions {
  /** Only codes delivered at or after this `Date.now()` value count. Default: any code, newest first. */
  after?: number;
  /** Default 5000. */
  timeoutMs?: number;
}

const sameAddress = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Codes the emulator would have emailed, kept in memory instead. */
export class CodeInbox {
  private readonly delivered: DeliveredCode[] = [];
  private readonly listeners = new Set<CodeListener>();

  constructor(private readonly logCodes = false) {}

  /** cognito-local's Messages service, replaced so codes land here and nowhere else. */
  readonly messages: Messages = {
    deliver: (_ctx, source, _clientId, _userPoolId, _user, code, _clientMetadata, deliveryDetails) => {
      this.add({ email: deliveryDetails.Destination, code, at: Date.now(), kind: source });
      return Promise.resolve();
    },
  };

  add(delivered: DeliveredCode): void {
    this.delivered.push(delivered);
    if (this.logCodes) console.info(`[cognito-emulator] ${delivered.kind} code for ${delivered.email}: ${delivered.code}`);
    for (const listener of [...this.listeners]) listener(delivered);
  }

  last(email: string): string | undefined {
    return this.latest(email, Number.NEGATIVE_INFINITY)?.code;
  }

  all(): DeliveredCode[] {
    return [...this.delivered];
  }

  clear(): void {
    this.delivered.length = 0;
  }

  onCode(listener: CodeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  waitFor(email: string, { after = Number.NEGATIVE_INFINITY, timeoutMs = 5000 }: WaitForCodeOptions = {}): Promise<string> {
    const existing = this.latest(email, after);
    if (existing) return Promise.resolve(existing.code);
    return new Promise((resolve, reject) => {
      const stop = this.onCode((delivered) => {
        if (!sameAddress(delivered.email, email) || delivered.at < after) return;
        clearTimeout(timer);
        stop();
        resolve(delivered.code);
      });
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`No code was delivered to ${email} within ${timeoutMs} ms`));
      }, timeoutMs);
    });
  }

  private latest(email: string, after: number): DeliveredCode | undefined {
    for (let i = this.delivered.length - 1; i >= 0; i--) {
      const d = this.delivered[i];
      if (d && sameAddress(d.email, email) && d.at >= after) return d;
    }
    return undefined;
  }
}
