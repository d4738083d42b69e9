'use client';

export interface RememberDeviceFieldProps {
  label: string;
  defaultChecked?: boolean;
}

/** "Remember this device" on the MFA step (with `rememberDevice: 'ask'`): a native checkbox inside its label. */
export function RememberDeviceField({ label, defaultChecked = false }: RememberDeviceFieldProps) {
  return (
    <label className="rck-choice" data-field="rememberDevice">
      <input type="checkbox" name="rememberDevice" defaultChecked={defaultChecked} />
      {label}
    </label>
  );
}

/** Whether the form's "Remember this device" is ticked; undefined when the form has no such box. */
export function readRememberDevice(form: HTMLFormElement): boolean | undefined {
  const box = form.elements.namedItem('rememberDevice');
  return box instanceof HTMLInputElement ? box.checked : undefined;
}
