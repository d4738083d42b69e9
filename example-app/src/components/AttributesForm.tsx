import { useId, useState, type FormEvent } from 'react';
import { CodeField, FormAlert, TextField, useUpdateUserAttributes, useVerifyAttribute, type CodeDelivery } from 'react-cognito-kit';

const editable = [
  { name: 'name', label: 'Name', autoComplete: 'name', type: 'text' },
  { name: 'email', label: 'Email', autoComplete: 'email', type: 'email' },
] as const;

/**
 * The app's own form on the kit's hooks and fields: edit attributes; a changed email is confirmed with the code
 * Cognito sends (in the dev inbox here).
 */
export function AttributesForm({ attributes }: { attributes: Record<string, string> }) {
  const titleId = useId();
  const update = useUpdateUserAttributes();
  const verify = useVerifyAttribute();
  const [pending, setPending] = useState<CodeDelivery | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const changed = Object.fromEntries(
      editable
        .map(({ name }) => [name, String(data.get(name) ?? '').trim()] as const)
        .filter(([name, value]) => value !== (attributes[name] ?? '') && !(name === 'email' && value === '')),
    );
    setNotice(null);
    if (Object.keys(changed).length === 0) {
      setNotice('Nothing changed.');
      return;
    }
    update.mutate(changed, {
      onSuccess: (deliveries) => {
        const delivery = deliveries[0];
        if (delivery) setPending(delivery);
        else setNotice('Saved.');
      },
    });
  };

  const confirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '');
    verify.mutate(
      { attribute: pending?.attribute ?? 'email', code },
      {
        onSuccess: () => {
          setPending(null);
          setNotice('Saved and verified.');
        },
      },
    );
  };

  if (pending) {
    return (
      <form className="rck-form" aria-labelledby={titleId} onSubmit={confirm} noValidate>
        <h3 className="rck-title" id={titleId}>
          Confirm your new {pending.attribute ?? 'email'}
        </h3>
        <FormAlert message={verify.error?.message ?? null} />
        <CodeField name="code" label="Verification code" description={`We sent a code to ${pending.destination ?? 'you'}.`} required />
        <button className="rck-button" data-variant="primary" disabled={verify.isPending}>
          {verify.isPending ? 'Verifying…' : 'Verify'}
        </button>
      </form>
    );
  }

  return (
    <form className="rck-form" aria-labelledby={titleId} onSubmit={save} noValidate>
      <h3 className="rck-title" id={titleId}>
        Edit your details
      </h3>
      <FormAlert message={notice} tone="info" />
      <FormAlert message={update.error?.message ?? null} />
      {editable.map((field) => (
        <TextField
          key={field.name}
          name={field.name}
          label={field.label}
          type={field.type}
          autoComplete={field.autoComplete}
          defaultValue={attributes[field.name] ?? ''}
          description={field.name === 'email' ? 'A new email address is confirmed with a code.' : undefined}
        />
      ))}
      <button className="rck-button" data-variant="primary" disabled={update.isPending}>
        {update.isPending ? 'Saving…' : 'Save'}
      </button>
    </form>
  );
}
