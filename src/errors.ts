/** One error vocabulary: every failure Sitrep reports has a stable code and a message that says what was found and what to do. */
export type ErrorCode =
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_ENCODING'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_JSON'
  | 'E_INPUT_CSV'
  | 'E_INPUT_FORMAT'
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_FETCH'
  | 'E_LEXICON'
  | 'E_MODEL'
  | 'E_GAZETTEER'
  | 'E_MODEL'
  | 'E_PIPELINE'
  | 'E_STAGE'
  | 'E_STAGE_RETURN'
  | 'E_USAGE'
  | 'E_CONFIG'
  | 'E_STORE'
  /** The server is at a limit it sets itself (concurrent exports): try again shortly. */
  | 'E_BUSY'
  | 'E_NOT_FOUND'
  | 'E_AUTH'
  | 'E_INTERNAL';

export interface ErrorLocation {
  readonly file?: string;
  readonly line?: number;
}

export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation;
  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SitrepError';
    this.code = code;
    this.location = location;
  }
  /** "file:line: message" — the form shown to users. */
  describe(): string {
    const where = this.location.file ? `${this.location.file}${this.location.line ? `:${this.location.line}` : ''}: ` : '';
    return `${where}${this.message} [${this.code}]`;
  }
}

/** Thrown by CLI commands; carries the process exit code. */
export class CliError extends SitrepError {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2, code: ErrorCode = 'E_USAGE') {
    super(code, message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export function isSitrepError(e: unknown): e is SitrepError {
  return e instanceof SitrepError;
}

export function errorMessage(e: unknown): string {
  if (isSitrepError(e)) return e.describe();
  if (e instanceof Error) return e.message;
  return String(e);
}
