import { CliError } from '../../errors.ts';

const USAGE = 'usage: sitrep train ner|events|subevent [options] (npm run train rebuilds all three: the entity tagger first, since the events are coded over its places)';

/** `sitrep train MODEL`: each learned component has its own training command, loaded only when asked for. */
export async function trainCommand(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  if (what === 'ner') return (await import('./train-ner.ts')).trainNerCommand(rest);
  if (what === 'events') return (await import('./train-events.ts')).trainEventsCommand(rest);
  if (what === 'subevent') return (await import('./train-subevent.ts')).trainSubEventCommand(rest);
  throw new CliError(`unknown model "${what ?? ''}"\n${USAGE}`);
}
