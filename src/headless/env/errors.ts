// The one error type the environment throws for a caller's mistake (bad option, action out of the
// space, stepping a finished episode). Its message is one line, ready to show or send back.
import { oneLine } from '../../level/level-error';

export class EnvError extends Error {
  override readonly name = 'EnvError';

  constructor(message: string) {
    super(oneLine(message));
  }
}
