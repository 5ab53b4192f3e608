// One error type with a stable code, a message that says what to do, and the offending input named.
export type ErrorCode =
  | 'E_EMPTY' // input has no text
  | 'E_BINARY' // input looks binary
  | 'E_ENCODING' // input is not valid UTF-8
  | 'E_TOO_LARGE' // input exceeds the size limit
  | 'E_PARSE' // input could not be parsed (HTML, JSON)
  | 'E_NOT_FOUND' // file or folder does not exist
  | 'E_UNSUPPORTED' // unsupported file type
  | 'E_PIPELINE' // a pipeline is misconfigured
  | 'E_USAGE' // bad command-line usage
  | 'E_STORE'; // database problem

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  /** the input the error is about: a path, path:line, or a description */
  readonly input: string | null;
  constructor(code: ErrorCode, message: string, input: string | null = null) {
    super(input ? `${input}: ${message}` : message);
    this.name = 'NewsgraphError';
    this.code = code;
    this.input = input;
  }
}

export const isNewsgraphError = (e: unknown): e is NewsgraphError => e instanceof NewsgraphError;
