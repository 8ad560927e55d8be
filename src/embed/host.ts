// embed.js: a classic script that a docs page includes with
//   <script src=".../embed.js" data-steps="30" async></script>
// It puts the explorer in an iframe right after itself and sizes the iframe from the
// explorer's resize messages, accepted only from that iframe's window and origin.
import { PARAMS } from "../settings/params";
import { readResizeHeight } from "./protocol";
import { reservedHeight } from "./reservedHeight";

function embed(script: HTMLScriptElement): void {
  const src = new URL("index.html", script.src);
  for (const key of PARAMS) {
    const value = script.dataset[key];
    if (value !== undefined) src.searchParams.set(key, value);
  }
  src.searchParams.set("embed", "1");
  src.searchParams.set("origin", window.location.origin);

  const iframe = document.createElement("iframe");
  iframe.title = "Credit pricing explorer";
  iframe.loading = "lazy";
  iframe.src = src.href;
  iframe.style.display = "block";
  iframe.style.width = "100%";
  iframe.style.border = "0";
  script.insertAdjacentElement("afterend", iframe);
  iframe.style.height = `${reservedHeight(iframe.getBoundingClientRect().width)}px`;

  window.addEventListener("message", (event) => {
    if (event.source !== iframe.contentWindow || event.origin !== src.origin) return;
    const height = readResizeHeight(event.data);
    if (height !== null) iframe.style.height = `${height}px`;
  });
}

const script = document.currentScript;
if (script instanceof HTMLScriptElement && script.src) embed(script);
