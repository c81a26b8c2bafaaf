import type { ReactNode } from 'react';

/** Ids shared by the label, hint, error and control of one field (GOV.UK order: label, hint, error, input). */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

const groupClass = (error?: string) =>
  `mb-6 ${error ? 'border-l-4 border-red-700 pl-4' : ''}`;
export const controlClass = (error?: string) =>
  `block w-full max-w-xl border-2 ${error ? 'border-red-700' : 'border-gray-900'} bg-white p-2 text-base focus:outline-4 focus:outline-offset-0 focus:outline-eu-yellow`;

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-hint`} className="mb-2 text-gray-700">
      {children}
    </p>
  );
}

export function ErrorMessage({ id, message, prefix }: { id: string; message?: string; prefix: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="mb-2 font-bold text-red-700">
      <span className="sr-only">{prefix}</span>
      {message}
    </p>
  );
}

/** A labelled single control (text input, textarea, select). */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  children: ReactNode;
}) {
  return (
    <div className={groupClass(props.error)}>
      <label htmlFor={props.id} className="mb-1 block text-lg font-bold">
        {props.label}
      </label>
      {props.hint ? <Hint id={props.id}>{props.hint}</Hint> : null}
      <ErrorMessage id={props.id} message={props.error} prefix={props.errorPrefix} />
      {props.children}
    </div>
  );
}

/** A fieldset with a legend, for radios and checkboxes. The first control's id is the field's id. */
export function FieldsetGroup(props: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  children: ReactNode;
}) {
  return (
    <div className={groupClass(props.error)}>
      <fieldset aria-describedby={describedBy(props.id, Boolean(props.hint), props.error)}>
        <legend className="mb-1 text-lg font-bold">{props.legend}</legend>
        {props.hint ? <Hint id={props.id}>{props.hint}</Hint> : null}
        <ErrorMessage id={props.id} message={props.error} prefix={props.errorPrefix} />
        <div className="space-y-2">{props.children}</div>
      </fieldset>
    </div>
  );
}

export function Choice(props: {
  id: string;
  type: 'checkbox' | 'radio';
  name: string;
  value: string;
  defaultChecked: boolean;
  invalid: boolean;
  children: ReactNode;
}) {
  return (
    <div className="flex items-start gap-3">
      <input
        id={props.id}
        type={props.type}
        name={props.name}
        value={props.value}
        defaultChecked={props.defaultChecked}
        aria-invalid={props.invalid || undefined}
        className="mt-1 h-6 w-6 shrink-0 accent-eu-blue focus:outline-4 focus:outline-offset-2 focus:outline-eu-yellow"
      />
      <label htmlFor={props.id} className="text-base">
        {props.children}
      </label>
    </div>
  );
}
