// The one error type src/level throws. Its message is always a single line:
//   <file>: <field path>: expected <what>, got <what>
// so the CLI, the browser's level-select screen and tests can show it as is.

export class LevelError extends Error {
  override readonly name = 'LevelError';
  /** The file at fault, as the caller named it (e.g. "levels/bar.tmj"). */
  readonly file: string;
  /** Where in the file ("layers[2].data", 'objects "tavo" (id 16).properties.facing'); "" for the whole file. */
  readonly field: string;

  constructor(file: string, field: string, expected: string, got: string) {
    super(oneLine(`${file}: ${field === '' ? '' : `${field}: `}expected ${expected}, got ${got}`));
    this.file = file;
    this.field = field;
  }
}

/** Collapses line breaks and runs of whitespace so a message never spans lines. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
