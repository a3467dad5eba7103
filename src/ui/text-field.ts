// A one-line text field over the game (the LiveSplit server's URL in Settings): a real input, so
// typing, pasting and selecting work as anywhere else. Enter submits what passes `check`, Esc
// cancels; its keys stop at the field, so neither the game nor its bindings see them.
export interface TextFieldOptions {
  readonly title: string;
  readonly value: string;
  /** Null when the text is acceptable, else the one line shown under the field. */
  readonly check: (text: string) => string | null;
}

/** Resolves with the accepted text, or null when cancelled. */
export function editText(opts: TextFieldOptions): Promise<string | null> {
  return new Promise((resolve) => {
    const box = document.createElement('div');
    box.className = 'text-field';
    box.style.cssText = 'position:fixed;top:40%;left:50%;transform:translate(-50%,-50%);z-index:11;padding:12px 16px;'
      + 'background:#1f1a24;border:2px solid #f7a531;color:#f4efe6;font:16px/1.4 monospace;display:flex;flex-direction:column;gap:8px;min-width:min(560px,90vw);';
    const title = document.createElement('label');
    title.textContent = `${opts.title}  (Enter: keep, Esc: cancel)`;
    const input = document.createElement('input');
    input.type = 'text';
    input.value = opts.value;
    input.spellcheck = false;
    input.style.cssText = 'font:16px monospace;padding:6px;background:#0d0b0e;color:#f4efe6;border:1px solid #8a7a66;';
    title.appendChild(input);
    title.style.cssText = 'display:flex;flex-direction:column;gap:6px;';
    const problem = document.createElement('div');
    problem.className = 'text-field-problem';
    problem.style.cssText = 'color:#ff6b5a;min-height:1.4em;';
    box.append(title, problem);
    document.body.appendChild(box);
    input.focus();
    input.select();

    const done = (value: string | null) => {
      box.remove();
      resolve(value);
    };
    input.addEventListener('keyup', (e) => e.stopPropagation());
    input.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') done(null);
      if (e.key !== 'Enter') return;
      const why = opts.check(input.value);
      if (why === null) done(input.value.trim());
      else problem.textContent = why;
    });
    input.addEventListener('input', () => (problem.textContent = ''));
  });
}
