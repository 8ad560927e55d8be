import { useState } from "react";
import type { ExplorerState } from "../settings/settings";
import { standaloneUrl } from "../settings/link";
import { Button } from "../ui/Button";
import { embedSnippet } from "./embedSnippet";
import { urlWithState } from "./replaceUrl";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copy link and Copy embed code; where the clipboard is refused, the text is shown to copy. */
export function ShareActions({ state }: { state: ExplorerState }) {
  const [status, setStatus] = useState<{ message: string; text: string | null }>({
    message: "",
    text: null,
  });

  async function share(kind: "link" | "embed code") {
    const text =
      kind === "link"
        ? standaloneUrl(new URL(urlWithState(state), window.location.href).href)
        : embedSnippet(state, new URL("embed.js", window.location.href).href);
    const copied = await copyText(text);
    setStatus(
      copied
        ? { message: `Copied the ${kind}.`, text: null }
        : { message: `Copying is blocked here: select the ${kind} below and copy it.`, text },
    );
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={() => void share("link")}>Copy link</Button>
        <Button onClick={() => void share("embed code")}>Copy embed code</Button>
        <span aria-live="polite" className="text-sm text-muted">
          {status.message}
        </span>
      </div>
      {status.text !== null && (
        <textarea
          readOnly
          aria-label="Text to copy"
          value={status.text}
          rows={3}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full rounded-lg border border-line bg-card p-2 font-mono text-xs text-ink"
        />
      )}
    </div>
  );
}
