import { MAX_PAGE } from './query.ts';

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const nullableNum = { type: ['number', 'null'] } as const;

const filterParams = [
  { name: 'from', description: 'events whose latest possible date is on or after this day', schema: { ...str, format: 'date' } },
  { name: 'to', description: 'events whose earliest possible date is on or before this day', schema: { ...str, format: 'date' } },
  { name: 'bbox', description: 'W,S,E,N in degrees', schema: { ...str, pattern: '^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$' }, example: '35,32,43,38' },
  { name: 'country', description: 'country name, exact, or ISO 3166 alpha-3 code (a three-letter value); case-insensitive', schema: str },
  { name: 'actor', description: 'substring of actor1, actor2, an associated actor or the mention text; or a whole alias in the actor lexicon ("SDF")', schema: str },
  { name: 'event_type', description: 'ACLED event type, exact spelling (also as "type")', schema: str },
  { name: 'sub_event_type', description: 'ACLED sub-event type, exact spelling (also as "sub_type")', schema: str },
  { name: 'text', description: 'full-text over notes, actors, location and source titles, and the bodies of the events’ articles; must contain a letter or digit', schema: str },
  { name: 'geonameid', description: 'events at this GeoNames place', schema: { ...int, minimum: 1 } },
  { name: 'review', description: 'by review status; default every event but the rejected', schema: { type: 'string', enum: ['reviewed', 'unreviewed', 'accepted', 'edited', 'rejected', 'all'] } },
  { name: 'historical', description: 'include background-history events', schema: { type: 'boolean', default: false } },
  { name: 'min_fatalities', schema: { ...int, minimum: 0 } },
  { name: 'sort', schema: { type: 'string', enum: ['date', '-date', 'fatalities', '-fatalities', 'confidence', '-confidence'], default: '-date' } },
  { name: 'limit', schema: { ...int, minimum: 1, maximum: MAX_PAGE, default: 100 } },
  { name: 'offset', schema: { ...int, minimum: 0, default: 0 } },
  { name: 'cursor', description: 'next_cursor of the previous page (same sort, no offset): keyset paging, fast at any depth', schema: str },
].map((p) => ({ in: 'query', required: false, ...p }));

const errorResponses = {
  '400': { description: 'invalid parameter; the message names it', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '401': { description: 'missing or wrong bearer token', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
};
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });

/** The OpenAPI 3.1 description served at /api/openapi.json. */
export function openApiDocument(opts: { readGuarded: boolean; writeEnabled: boolean }): object {
  const readSecurity = opts.readGuarded ? [{ bearer: [] }] : [];
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sitrep API',
      version: '0.1.0',
      description: 'Deduplicated, geocoded conflict events coded from news reports (ACLED taxonomy), with the articles and evidence behind each.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    security: readSecurity,
    paths: {
      '/api/events': { get: { summary: 'Search events', parameters: filterParams, responses: { '200': json({ $ref: '#/components/schemas/EventPage' }), ...errorResponses } } },
      '/api/events/{id}': {
        get: {
          summary: 'One event with its source articles and the spans to highlight in each',
          parameters: [{ name: 'id', in: 'path', required: true, schema: str }],
          responses: { '200': json({ $ref: '#/components/schemas/EventDetail' }), '404': json({ $ref: '#/components/schemas/Error' }, 'no such event'), ...errorResponses },
        },
      },
      '/api/events/{id}/review': {
        post: {
          summary: 'Review an event: accept it, edit it (the edited fields survive later merges) or reject it (hidden from default listings)',
          security: [{ bearer: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: str }, { name: 'X-Sitrep-Reviewer', in: 'header', required: false, schema: str, description: 'who reviews, when the body names no reviewer' }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', required: ['action'], properties: {
              action: { enum: ['accept', 'edit', 'reject'] }, reason: { ...str, description: 'why; required to reject' }, reviewer: str,
              changes: { type: 'object', description: 'edit only: any of event_type, sub_event_type, actor1, inter1, assoc_actor_1, actor2, inter2, assoc_actor_2, event_date, event_date_end, time_precision, location, latitude + longitude, geo_precision, admin1, admin2, country, iso3, fatalities' },
            } } } },
          },
          responses: { '200': json({ type: 'object', properties: { event: { $ref: '#/components/schemas/Event' }, review: { $ref: '#/components/schemas/Review' } } }), '404': json({ $ref: '#/components/schemas/Error' }, 'no such event'), ...errorResponses },
        },
      },
      '/api/events/{id}/reviews': {
        get: {
          summary: 'An event\'s reviews, oldest first',
          parameters: [{ name: 'id', in: 'path', required: true, schema: str }],
          responses: { '200': json({ type: 'object', properties: { reviews: { type: 'array', items: { $ref: '#/components/schemas/Review' } } } }), ...errorResponses },
        },
      },
      '/api/actors/{name}': {
        get: {
          summary: 'One actor: aliases, inter codes, mentions and its events (newest first, up to 1000)',
          parameters: [{ name: 'name', in: 'path', required: true, schema: str }],
          responses: { '200': json({ type: 'object' }), '404': json({ $ref: '#/components/schemas/Error' }, 'no such actor'), ...errorResponses },
        },
      },
      '/api/places/{geonameid}': {
        get: {
          summary: 'One GeoNames place: its names, point, actors and events (newest first, up to 1000)',
          parameters: [{ name: 'geonameid', in: 'path', required: true, schema: int }],
          responses: { '200': json({ type: 'object' }), '404': json({ $ref: '#/components/schemas/Error' }, 'no events there'), ...errorResponses },
        },
      },
      '/api/articles/{doc_id}': {
        get: {
          summary: 'One stored article with its full text',
          parameters: [{ name: 'doc_id', in: 'path', required: true, schema: str }],
          responses: { '200': json({ $ref: '#/components/schemas/Article' }), '404': json({ $ref: '#/components/schemas/Error' }, 'no such article'), ...errorResponses },
        },
      },
      '/api/actors': {
        get: {
          summary: 'Actors with event counts',
          parameters: [
            { name: 'text', in: 'query', schema: str },
            { name: 'limit', in: 'query', schema: { ...int, minimum: 1, maximum: MAX_PAGE, default: 100 } },
          ],
          responses: { '200': json({ type: 'object', properties: { actors: { type: 'array', items: { $ref: '#/components/schemas/Actor' } } } }), ...errorResponses },
        },
      },
      '/api/stats': { get: { summary: 'Counts of articles, events and failures', responses: { '200': json({ type: 'object', properties: { articles: int, events: int, failures: int } }), ...errorResponses } } },
      '/api/failures': {
        get: {
          summary: 'Inputs that could not be read or coded, newest first',
          parameters: [{ name: 'limit', in: 'query', schema: { ...int, minimum: 1, maximum: MAX_PAGE, default: 100 } }],
          responses: { '200': json({ type: 'object', properties: { failures: { type: 'array', items: { $ref: '#/components/schemas/Failure' } } } }), ...errorResponses },
        },
      },
      '/api/summary': {
        get: {
          summary: 'Events and fatalities under the filters by day and event type (date null: undated), by type, by actor (top 25) and by country (top 25); the countries under the other filters; the ACLED taxonomy',
          parameters: filterParams,
          responses: { '200': json({ type: 'object', properties: { total: int, undated: int, days: { type: 'array', items: { type: 'object', properties: { date: nullableStr, event_type: str, events: int, fatalities: int } } }, by_type: { type: 'array', items: { type: 'object' } }, by_actor: { type: 'array', items: { type: 'object' } }, by_country: { type: 'array', items: { type: 'object' } }, countries: { type: 'array', items: str }, taxonomy: { type: 'object' } } }), ...errorResponses },
        },
      },
      '/api/map/labels': {
        get: {
          summary: 'Place labels for an offline map: GeoNames towns by size for the zoom level, then first-level regions (to zoom 8)',
          parameters: [
            { name: 'bbox', in: 'query', required: true, schema: { ...str, description: 'W,S,E,N in degrees; longitudes may run past ±180' } },
            { name: 'zoom', in: 'query', required: true, schema: { ...int, minimum: 0, maximum: 20 } },
          ],
          responses: { '200': json({ type: 'object', properties: { labels: { type: 'array', items: { type: 'object', properties: { name: str, lat: { type: 'number' }, lon: { type: 'number' }, kind: { enum: ['city', 'admin1'] }, rank: { type: 'number' }, minZoom: int } } } } }), ...errorResponses },
        },
      },
      '/api/map/admin1-lines': { get: { summary: 'First-level boundaries available offline (US states, TopoJSON from us-atlas)', responses: { '200': json({ type: 'object' }), ...errorResponses } } },
      '/api/export.geojson': { get: { summary: 'Matching events as a GeoJSON FeatureCollection (events without coordinates are left out)', parameters: filterParams, responses: { '200': { description: 'GeoJSON', content: { 'application/geo+json': {} } }, ...errorResponses } } },
      '/api/export.csv': { get: { summary: 'Matching events as ACLED-compatible CSV', parameters: filterParams, responses: { '200': { description: 'CSV', content: { 'text/csv': {} } }, ...errorResponses } } },
      '/api/ingest': {
        post: {
          summary: opts.writeEnabled ? 'Code and store one article or an array of articles' : 'Code and store articles (disabled: the server was started without a token)',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/ArticleInput' }, { type: 'array', items: { $ref: '#/components/schemas/ArticleInput' }, maxItems: 100 }] } } },
          },
          responses: {
            '200': json({ $ref: '#/components/schemas/IngestSummary' }, 'every article stored (or already stored)'),
            '207': json({ $ref: '#/components/schemas/IngestSummary' }, 'some articles stored, some failed: see failed'),
            '500': json({ allOf: [{ $ref: '#/components/schemas/IngestSummary' }, { $ref: '#/components/schemas/Error' }] }, 'no article stored (error.code E_INGEST_FAILED); failed gives each one\'s error'),
            '503': json({ allOf: [{ $ref: '#/components/schemas/IngestSummary' }, { $ref: '#/components/schemas/Error' }] }, 'no article stored because the store refused them (error.code E_STORE): send again later'),
            '413': json({ $ref: '#/components/schemas/Error' }, 'body over the size limit'),
            ...errorResponses,
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: str, message: str } } } },
        IngestSummary: { type: 'object', properties: { articles: int, unchanged: int, events: int, failed: { type: 'array', items: { type: 'object', properties: { doc_id: str, code: str, message: str } } }, versions: { type: 'array', description: 'articles whose doc_id already held other text, stored under a new id (doc_id@vN)', items: { type: 'object', properties: { doc_id: str, stored_as: str } } }, warnings: { type: 'array', description: 'stored articles whose date is missing (undated events) or partly guessed', items: { type: 'object', properties: { doc_id: str, message: str } } } } },
        Span: { type: 'object', properties: { start: int, end: int } },
        Source: { type: 'object', properties: { doc_id: str, title: nullableStr, publisher: nullableStr, url: nullableStr, published: nullableStr } },
        Claim: { type: 'object', properties: { what: { enum: ['killed', 'wounded', 'captured', 'displaced', 'area_km2'] }, low: nullableNum, high: nullableNum, qualifier: str, claimant: nullableStr, start: int, end: int } },
        Event: {
          type: 'object',
          description: 'The SPEC event record; evidence spans carry the doc_id they point into.',
          properties: {
            event_id: str, doc_id: str, event_date: { ...nullableStr, format: 'date', description: 'null when undated: the article carried no date' }, event_date_end: { ...nullableStr, format: 'date' }, time_precision: int, historical: { type: 'boolean' },
            disorder_type: str, event_type: str, sub_event_type: str, actor1: nullableStr, assoc_actor_1: nullableStr, inter1: int, actor2: nullableStr, assoc_actor_2: nullableStr, inter2: int, interaction: int,
            actor1_mention: nullableStr, actor2_mention: nullableStr, country: nullableStr, iso3: nullableStr, admin1: nullableStr, admin2: nullableStr, location: nullableStr,
            latitude: nullableNum, longitude: nullableNum, geo_precision: { type: ['integer', 'null'] }, geonameid: { type: ['integer', 'null'] }, fatalities: { type: ['integer', 'null'] },
            claims: { type: 'array', items: { $ref: '#/components/schemas/Claim' } },
            evidence: { type: 'array', items: { type: 'object', properties: { doc_id: str, start: int, end: int } } },
            notes: str, confidence: { type: 'number' }, sources: { type: 'array', items: { $ref: '#/components/schemas/Source' } },
            n_sources: int, first_seen: str, updated_at: str, review_status: { enum: ['accepted', 'edited', 'rejected'], description: 'absent while unreviewed' },
          },
        },
        EventPage: { type: 'object', properties: { total: int, limit: int, offset: int, next_cursor: { type: ['string', 'null'] }, events: { type: 'array', items: { $ref: '#/components/schemas/Event' } } } },
        Highlight: { type: 'object', properties: { start: int, end: int, kind: { enum: ['evidence', 'actor', 'place', 'figure'] }, label: str } },
        EventDetail: {
          type: 'object',
          properties: {
            event: { $ref: '#/components/schemas/Event' },
            articles: { type: 'array', items: { allOf: [{ $ref: '#/components/schemas/Source' }, { type: 'object', properties: { text: nullableStr, highlights: { type: 'array', items: { $ref: '#/components/schemas/Highlight' } } } }] } },
          },
        },
        Article: { type: 'object', properties: { doc_id: str, title: nullableStr, publisher: nullableStr, url: nullableStr, published: nullableStr, text: str, origin: str, ingested_at: str, event_ids: { type: 'array', items: str } } },
        Actor: { type: 'object', properties: { name: str, inter: int, events: int, fatalities: int, first_date: nullableStr, last_date: nullableStr } },
        Review: { type: 'object', properties: { id: int, event_id: str, action: { enum: ['accept', 'edit', 'reject'] }, reviewer: str, reason: nullableStr, changes: { type: 'object' }, before: { type: 'object' }, after: { type: 'object' }, at: str } },
        Failure: { type: 'object', properties: { origin: str, line: { type: ['integer', 'null'] }, doc_id: nullableStr, code: str, message: str, at: str } },
        ArticleInput: {
          type: 'object',
          required: ['text'],
          properties: { id: str, title: str, date: { ...str, description: 'publication date, YYYY-MM-DD' }, source: { ...str, description: 'publisher' }, url: str, text: str },
        },
      },
    },
  };
}
