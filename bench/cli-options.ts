/** Removes `--name VALUE` from a bench's argument list and returns VALUE (or the default), leaving the positional arguments. */
export function takeOption(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}
