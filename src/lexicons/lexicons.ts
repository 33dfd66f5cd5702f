/** Lexicons shared by several stages, loaded once per pipeline and passed in through Deps. */
export interface Lexicons {
  readonly dir: string;
}
