import { useId, useState, type ComponentProps, type KeyboardEvent } from "react";

export type FieldReading<T> =
  | { readonly ok: true; readonly value: T; readonly note: string | null }
  | { readonly ok: false; readonly error: string };

type InputProps = Omit<ComponentProps<"input">, "value" | "onChange" | "type" | "defaultValue">;

export interface NumberFieldProps<T> extends InputProps {
  value: T;
  format: (value: T) => string;
  read: (text: string) => FieldReading<T>;
  onCommit: (value: T) => void;
}

/**
 * A text field for a number that the user may type freely: what they type stays as typed
 * until Enter or leaving the field commits it. Then it is read, brought into range (with a
 * note saying so) or refused with a message, and the last valid value stays in force.
 */
export function NumberField<T>({
  value,
  format,
  read,
  onCommit,
  className = "",
  onBlur,
  onKeyDown,
  ...props
}: NumberFieldProps<T>) {
  const messageId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  function commit() {
    if (draft === null) return;
    const reading = read(draft.trim());
    if (!reading.ok) {
      setMessage({ text: reading.error, error: true });
      return;
    }
    setDraft(null);
    setMessage(reading.note === null ? null : { text: reading.note, error: false });
    onCommit(reading.value);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    onKeyDown?.(event);
    if (event.key === "Enter") {
      event.preventDefault();
      commit();
    } else if (event.key === "Escape" && draft !== null) {
      setDraft(null);
      setMessage(null);
    }
  }

  const invalid = message?.error === true;
  return (
    <span className="flex flex-col items-end gap-1">
      <input
        {...props}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={draft ?? format(value)}
        aria-invalid={invalid || undefined}
        aria-describedby={message ? messageId : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          if (message?.error) setMessage(null);
        }}
        onBlur={(event) => {
          onBlur?.(event);
          commit();
        }}
        onKeyDown={handleKeyDown}
        className={`text-field ${className}`}
      />
      <span
        id={messageId}
        aria-live="polite"
        data-error={invalid || undefined}
        className="field-message"
      >
        {message?.text}
      </span>
    </span>
  );
}
