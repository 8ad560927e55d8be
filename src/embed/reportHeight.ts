import { resizeEnvelope } from "./protocol";

type Post = (message: unknown, targetOrigin: string) => void;

/**
 * Tells the embedding page the content's height whenever it changes, rounded up, and only
 * to the origin it was given. Without ResizeObserver it falls back to window resizes and DOM
 * changes. Returns a function that stops it.
 */
export function reportHeight(
  element: HTMLElement,
  origin: string,
  post: Post = (message, target) => window.parent.postMessage(message, target),
): () => void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post(resizeEnvelope(height), origin);
  };

  if (typeof ResizeObserver !== "undefined") {
    const observer = new ResizeObserver(send);
    observer.observe(element);
    send();
    return () => observer.disconnect();
  }

  const mutations = new MutationObserver(send);
  mutations.observe(element, { childList: true, subtree: true, attributes: true, characterData: true });
  window.addEventListener("resize", send);
  send();
  return () => {
    mutations.disconnect();
    window.removeEventListener("resize", send);
  };
}
