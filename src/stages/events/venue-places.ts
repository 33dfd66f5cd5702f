import type { Document, Mention } from '../../model/document.ts';

/**
 * Where someone spoke or was visiting when telling of an event, not where the event happened: "Odinga said during a
 * visit to London", "told reporters in Ankara", "told a news conference in Geneva", "in a speech in Paris", "speaking
 * in Brussels on Monday". The story's event (protesters shot in Kisumu) happened elsewhere; a speech is no scene.
 * ("speaking at a rally in X" is left alone: for a protest the rally is the scene.) So is where a statement was made or
 * a meeting held: "the European Union said in Brussels that soldiers had arrested …", "foreign ministers meeting in
 * Brussels condemned the arrests in Myanmar". ("a meeting in Kabul" is a thing that can be attacked or protested
 * outside, so only the verb said of those who meet counts: ministers, leaders, envoys meeting or who met in a city.)
 */
const VENUE_BEFORE =
  /\b(?:(?:during|on|after|ahead\s+of|before)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\s+(?:to|of)|visiting|(?:told|telling|tells|briefed|addressed|addressing)\s+(?:a\s+|the\s+)?(?:reporters|journalists|the\s+media|(?:[\w-]+\s+)?(?:news|press)\s+(?:conference|briefing)|(?:[\w-]+\s+)?conference|(?:[\w-]+\s+)?forum|(?:[\w-]+\s+)?summit|parliament|lawmakers)\s+in|(?:news|press)\s+(?:conference|briefing)\s+in|(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:speech|address|interview)\s+in|(?:spoke|speaking|speaks)\s+(?:to\s+(?:reporters|journalists)\s+)?in|(?:said|says|announced|announces|declared|stated)\s+in|(?:said|says|told\s+(?:reporters|journalists|the\s+media)|spoke|speaking|speaks)\s+(?:at|during|after|on\s+the\s+sidelines\s+of)\s+(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:event|summit|meeting|conference|forum|ceremony|gathering|session|congress|convention|dinner|luncheon)\s+(?:(?:held|hosted|organi[sz]ed)\s+by\s+(?:[\w'’()-]+\s+){1,5}?)?in|(?:ministers|leaders|officials|diplomats|envoys|delegates|delegations|representatives|negotiators|counterparts|lawmakers|allies|members)\s+(?:who\s+(?:(?:are|were)\s+)?)?(?:meeting|met)\s+in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$/i;

export function speechVenue(doc: Document, m: Mention): boolean {
  return m.kind === 'PLACE' && VENUE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 80), m.start));
}
