// armed herders and a people's armed men are a communal militia (inter 4); herders who are killed are civilians.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';

const find = (text: string, words: string) => actorMentions(text).find((m) => m.text === words);

test("a people's herders are that people's ethnic militia", () => {
  const m = find('Dinka herdsmen raided a cattle camp near the river on Sunday.', 'Dinka herdsmen');
  assert.equal(m?.actor?.name, 'Dinka Ethnic Militia ({country})');
  assert.equal(m?.actor?.inter, 4);
});

test('bare herders later in the story are the people it named them by', () => {
  const m = find('Nuer herders crossed the border in May. On Monday the herders attacked a village.', 'herders');
  assert.equal(m?.actor?.name, 'Nuer Ethnic Militia ({country})');
});

test('bare herders in a country where ACLED names them by their people', () => {
  assert.equal(find('Armed herdsmen burned a village in central Nigeria, police said.', 'herdsmen')?.actor?.name, 'Fulani Ethnic Militia ({country})');
  assert.equal(find('Armed herdsmen burned a village, police said.', 'herdsmen')?.actor?.name, 'Unidentified Communal Militia ({country})');
});

test('herders who are killed or attacked are civilians, not a side', () => {
  assert.equal(find('Gunmen killed 12 herders near the market.', 'herders')?.actor?.kind, 'civilians');
  assert.equal(find('Soldiers opened fire on Dinka herders at a well.', 'Dinka herders')?.actor?.kind, 'civilians');
});

test('herders paired with farmers speak of the conflict in general', () => {
  assert.equal(find('Clashes between herders and farmers over land have killed many in the region.', 'herders'), undefined);
});

test("separatists are named by the people they fight for, not by a state's word", () => {
  assert.equal(find('Suspected Ambazonian separatists attacked a school.', 'Ambazonian separatists')?.actor?.name, 'Ambazonian Separatists ({country})');
  assert.equal(find('Malay Muslim separatists bombed a market.', 'Malay Muslim separatists')?.actor?.name, 'Malay Muslim Separatists ({country})');
  assert.notEqual(find('Russian-backed separatists shelled the village.', 'separatists')?.actor?.name, 'Russian Separatists ({country})');
});

test('a hyphened patron word is no people of separatists', () => {
  assert.notEqual(find('Kiev fights Russian-backed separatists in the east.', 'Russian-backed separatists')?.actor?.kind, 'rebel');
});

test('herders counted or named by their people after a verb of harm are still the harmed', () => {
  assert.equal(find('Militiamen killed an unknown number of Nuer pastoralists near the river.', 'Nuer pastoralists')?.actor?.kind, 'civilians');
  assert.equal(find('Gunmen from the hills killed three Karimojong herders on Monday.', 'Karimojong herders')?.actor?.kind, 'civilians');
  assert.equal(find('Police said Tanda Separatists bombed a road.', 'Tanda Separatists')?.actor?.name, 'Tanda Separatists ({country})');
});

test('herders that only qualify a noun are no side', () => {
  assert.equal(find('Traders marched to denounce the herders attack on their market.', 'herders'), undefined);
  assert.equal(find('Gunmen raided a herders (mostly Fulani) settlement at dawn.', 'herders'), undefined);
});
