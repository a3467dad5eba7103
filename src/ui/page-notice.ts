// Messages shown in the page itself, above the game: they work even when the game cannot start
// (a bad level file, no renderer), and never hide behind a stack trace.
const ID = 'notices';

function container(): HTMLElement {
  let el = document.getElementById(ID);
  if (!el) {
    el = document.createElement('div');
    el.id = ID;
    el.setAttribute('role', 'status');
    el.style.cssText = 'position:fixed;top:8px;left:50%;transform:translateX(-50%);z-index:10;display:flex;flex-direction:column;gap:6px;max-width:90vw;font:14px/1.4 monospace;';
    document.body.appendChild(el);
  }
  return el;
}

/**
 * Shows one message; `kind` error stays until dismissed, info fades after a while. A `tag` makes
 * the message replace the last one with the same tag (a fixed error is not left on screen).
 */
export function showNotice(text: string, kind: 'error' | 'info' = 'error', tag?: string): void {
  if (tag !== undefined) for (const old of container().querySelectorAll(`[data-tag="${tag}"]`)) old.remove();
  const item = document.createElement('div');
  if (tag !== undefined) item.dataset.tag = tag;
  item.className = `notice notice-${kind}`;
  item.textContent = text;
  item.title = 'click to dismiss';
  item.style.cssText = `padding:8px 12px;border:1px solid #f7a531;background:${kind === 'error' ? '#3a0d14' : '#1f1a24'};color:#f4efe6;cursor:pointer;`;
  item.addEventListener('click', () => item.remove());
  container().appendChild(item);
  if (kind === 'info') setTimeout(() => item.remove(), 8000);
}
