// Issue 10 (actors12): the armed followers of a leader listed in actor-patrons.jsonl are the leader's side, whatever
// titles and first names stand between. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';

const actorOf = (text: string, surface: string) => actorMentions(text).find((m) => m.text === surface)?.actor?.name ?? null;

test('"forces loyal to" a leader past his titles and first names are his side', () => {
  assert.equal(actorOf('Forces loyal to former president Ali Abdullah Saleh clashed with Houthi fighters in Sanaa.', 'Forces loyal to former president Ali Abdullah Saleh'), 'Militia (Pro-Saleh)');
  assert.match(actorOf('Forces loyal to Syrian President Bashar al-Assad shelled rebel positions near Hama.', 'Forces loyal to Syrian President Bashar al-Assad') ?? '', /^Military Forces of Syria/);
  assert.match(actorOf('Rebels attacked fighters loyal to eastern commander Khalifa Haftar near Derna.', 'fighters loyal to eastern commander Khalifa Haftar') ?? '', /Libyan National Army/);
  assert.match(actorOf('Loyalists of exiled President Abd-Rabbu Mansour Hadi attacked a checkpoint in Aden.', 'Loyalists of exiled President Abd-Rabbu Mansour Hadi') ?? '', /^Military Forces of Yemen/);
});

test('a possessed or "pro-" leader names his followers too', () => {
  assert.equal(actorOf("Houthi fighters clashed with Saleh's supporters in Sanaa.", "Saleh's supporters"), 'Militia (Pro-Saleh)');
  assert.equal(actorOf('Houthi fighters clashed with Saleh s supporters in Sanaa.', 'Saleh s supporters'), 'Militia (Pro-Saleh)');
});

test('another person of the same surname, or a surname that is a first name, names no patron', () => {
  const aguila = actorMentions('Supporters of Aguila Saleh gathered in Tobruk on Monday.');
  assert.ok(!aguila.some((m) => m.actor?.name === 'Militia (Pro-Saleh)'), JSON.stringify(aguila.map((m) => [m.text, m.actor?.name])));
  const amiri = actorMentions('Fighters loyal to Hadi al-Amiri attacked positions near Tikrit.');
  assert.ok(!amiri.some((m) => m.actor?.name.startsWith('Military Forces of Yemen')), JSON.stringify(amiri.map((m) => [m.text, m.actor?.name])));
});

test('a leader named as the object of something else is no tie ("supporters of the plan, Saleh said")', () => {
  const ms = actorMentions('Supporters of the peace plan met in Sanaa, Saleh said.');
  assert.ok(!ms.some((m) => m.actor?.name === 'Militia (Pro-Saleh)'), JSON.stringify(ms.map((m) => [m.text, m.actor?.name])));
});
