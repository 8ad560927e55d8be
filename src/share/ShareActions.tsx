import { useId, useState } from "react";
import { standaloneUrl } from "../settings/query";
import { urlWithState } from "../state/address";
import { useExplorerStore } from "../state/hooks";
import { Button } from "../ui/Button";
import { EMBED_SETUP, EMBED_TARGETS, embedSnippet, type EmbedTarget } from "./embedSnippet";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copy link, and Copy embed code for the docs tool chosen in Embed for; where the clipboard is
 * refused, the text is shown to copy.
 */
export function ShareActions() {
  const store = useExplorerStore();
  const targetId = useId();
  const [target, setTarget] = useState<EmbedTarget>("HTML");
  const [status, setStatus] = useState<{ message: string; text: string | null }>({
    message: "",
    text: null,
  });

  async function share(kind: "link" | "embed code") {
    const here = window.location.href;
    const state = store.getState();
    const text =
      kind === "link"
        ? standaloneUrl(new URL(urlWithState(state), here).href)
        : embedSnippet(target, state, new URL(".", here).href);
    const copied = await copyText(text);
    const what = kind === "link" ? "the link" : `the embed code for ${target}`;
    setStatus(
      copied
        ? { message: `Copied ${what}.`, text: null }
        : { message: `Copying is blocked here: select ${what} below and copy it.`, text },
    );
  }

  return (
    <div className="share-actions flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={() => void share("link")}>Copy link</Button>
        <span className="flex items-center gap-2">
          <label htmlFor={targetId} className="text-sm font-semibold text-ink">
            Embed for
          </label>
          <select
            id={targetId}
            value={target}
            onChange={(event) => setTarget(EMBED_TARGETS.find((name) => name === event.target.value) ?? "HTML")}
            className="select"
          >
            {EMBED_TARGETS.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
          <Button onClick={() => void share("embed code")}>Copy embed code</Button>
        </span>
        <span aria-live="polite" className="text-sm text-muted">
          {status.message}
        </span>
      </div>
      <p className="text-sm text-muted">{EMBED_SETUP[target]}</p>
      {status.text !== null && (
        <textarea
          readOnly
          aria-label="Text to copy"
          value={status.text}
          rows={4}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full rounded-lg border border-line bg-card p-2 font-mono text-xs text-ink"
        />
      )}
    </div>
  );
}
