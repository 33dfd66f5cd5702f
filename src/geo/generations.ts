/**
 * A memo bounded by generations: entries go into the young generation; when it is full it becomes the old one and the
 * old one is dropped; an old entry read again moves back into the young one. Memory stays within two generations in a
 * batch of any length, while what a run keeps using stays.
 *
 * The gazetteer's memos hold Place objects whose identity matters (one Place per row: the same town found under two
 * names is the same object), so they turn over together, on one clock (GenerationClock): an entry promoted from the
 * old generation promotes the rows it holds too (`onPromote`), and every Place a live result holds is then itself live.
 */
export class GenerationClock {
  private readonly memos: Generations<unknown, unknown>[] = [];
  private counted: Generations<unknown, unknown>[] = [];

  constructor(
    /** Entries of the memos that count (the name results) per generation. */
    readonly size: number,
  ) {}

  register(m: Generations<unknown, unknown>, counts: boolean): void {
    this.memos.push(m);
    if (counts) this.counted.push(m);
  }

  /**
   * Called before a result is worked out (never between working it out and keeping it, which would age the rows it
   * holds before the result itself): ages every memo by one generation once the counted ones hold a generation's worth.
   */
  beforeMiss(): void {
    let young = 0;
    for (const m of this.counted) young += m.youngSize;
    if (young < this.size) return;
    for (const m of this.memos) m.age();
  }
}

export class Generations<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(
    clock: GenerationClock,
    /** Whether this memo's size moves the clock (the name results do; the rows they hold follow). */
    counts: boolean,
    private readonly onPromote: (v: V) => void = () => {},
  ) {
    clock.register(this as Generations<unknown, unknown>, counts);
  }

  get(k: K): V | undefined {
    const v = this.young.get(k);
    // an empty old generation (a batch that never filled one) costs no second lookup
    if (v !== undefined || this.old.size === 0) return v;
    const aged = this.old.get(k);
    if (aged === undefined) return undefined;
    this.old.delete(k);
    this.young.set(k, aged);
    this.onPromote(aged);
    return aged;
  }

  set(k: K, v: V): void {
    this.young.set(k, v);
  }

  get youngSize(): number {
    return this.young.size;
  }

  /** Entries held, both generations. */
  get size(): number {
    return this.young.size + this.old.size;
  }

  age(): void {
    this.old = this.young;
    this.young = new Map();
  }
}
