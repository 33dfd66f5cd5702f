/**
 * The country a paper is published in, from its web address: "lfpress.ca", "cambridge-news.co.uk",
 * "dailystar.com.lb". A local story names its towns and seldom its country ("London", "Richmond",
 * "Lancaster"); the paper's national domain is evidence of where it happens, weighed like a dateline's
 * country (1) against a country named outright (2), so a story that names another country keeps it.
 * Generic domains (.com, .net, .org, .news) and country codes sold as generic ones (.tv, .io, .co, .me…) say nothing.
 */

/** Two-letter domains that are no country's own: sold worldwide, or a union's. */
const GENERIC_TWO_LETTER: ReadonlySet<string> = new Set(['ac', 'ad', 'ai', 'am', 'as', 'bz', 'cc', 'cd', 'co', 'eu', 'fm', 'gg', 'im', 'io', 'je', 'la', 'ly', 'me', 'ms', 'mu', 'nu', 'sh', 'so', 'st', 'tk', 'to', 'tv', 'vc', 'ws']);
/** Domains whose code differs from the country's ISO 3166 code. */
const ISO_OF: ReadonlyMap<string, string> = new Map([['uk', 'GB']]);
/** What the publisher's country weighs, as a dateline's does. */
export const PUBLISHER_COUNTRY_WEIGHT = 1;

/** The host of a URL or bare domain ("http://www.x.co.uk/a" and "x.co.uk" both give "x.co.uk"), lower case. */
function hostOf(url: string): string {
  return url.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').split(/[/?#:]/)[0] ?? '';
}

/** The ISO2 code of the country whose domain the address lies in, or null. */
export function publisherCountry(url: string | null | undefined): string | null {
  if (!url) return null;
  const host = hostOf(url);
  const labels = host.split('.');
  if (labels.length < 2) return null;
  const tld = labels[labels.length - 1];
  if (!/^[a-z]{2}$/.test(tld) || GENERIC_TWO_LETTER.has(tld)) return null;
  return ISO_OF.get(tld) ?? tld.toUpperCase();
}

/** The publisher's country as locale evidence for computeFocus ([[cc, weight]] or none). */
export function publisherEvidence(url: string | null | undefined): [string, number][] {
  const cc = publisherCountry(url);
  return cc ? [[cc, PUBLISHER_COUNTRY_WEIGHT]] : [];
}
