/** Inputs text that cannot be decoded: one line, starting "inputs: ". */
export class InputCodecError extends Error {}
