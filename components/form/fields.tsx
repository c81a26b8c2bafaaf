import type { ReactNode } from 'react';

/** Ids shared by the label, hint, error and control of one field (GOV.UK order: label, hint, error, input). */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A field's frame: the `field` class (the no-script scroll margin, globals.css) and GOV.UK's red error bar. */
const groupClass = (error?: string) => `field mb-8 ${error ? 'border-l-4 border-danger pl-4' : ''}`;

/** Text inputs, selects and text areas: the site's one input style (globals.css `.input`). */
export const controlClass = (wide = false) => `input ${wide ? 'max-w-2xl' : 'max-w-xl'}`;

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-hint`} className="mb-2 text-ink-muted">
      {children}
    </p>
  );
}

export function ErrorMessage({ id, message, prefix }: { id: string; message?: string; prefix: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="mb-2 font-bold text-danger">
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
        <div className="mt-3">{props.children}</div>
      </fieldset>
    </div>
  );
}

/** A GOV.UK-sized radio or checkbox (globals.css `.choice`): the label draws the 40 px control. */
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
    <div className="choice">
      <input
        id={props.id}
        type={props.type}
        name={props.name}
        value={props.value}
        defaultChecked={props.defaultChecked}
        aria-invalid={props.invalid || undefined}
      />
      <label htmlFor={props.id}>{props.children}</label>
    </div>
  );
}
