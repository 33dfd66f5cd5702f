import type { ActorMention } from '../../model/document.ts';
import { eventTypeOf } from '../../model/taxonomy.ts';
import type { TriggerHit } from './triggers.ts';
import { coordinatedSubjectStart } from './coordinated-subject.ts';
import { relativeClauseSubject } from './object-relative.ts';
import { harmObject } from './harm-object.ts';
import { custodian } from './custodian.ts';
import { speakerTarget } from './speaker-target.ts';

/** Actor kinds that report on events but are never a party to one. */
const NON_PARTIES = new Set(['monitor', 'media']);
/** Below this the actors stage was unsure the words name an agent ("Islamic State-held town"). */
const MIN_PARTY_CONFIDENCE = 0.5;

export function isParty(m: ActorMention): boolean {
  return m.actor !== null && !NON_PARTIES.has(m.actor.kind ?? '') && m.confidence >= MIN_PARTY_CONFIDENCE;
}

export interface Roles {
  readonly actor1: ActorMention | null;
  readonly actor2: ActorMention | null;
  /** How sure the assignment is: 1 when a syntactic cue (by, between, against) placed the actors. */
  readonly certainty: number;
}

const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+|not\s+|also\s+|then\s+|twice\s+|again\s+)?$/i;
/** A trigger opening with a present participle ("fighting", "battling"). */
const PROGRESSIVE = /^[a-z]+ing\b/i;
/** "came under attack", "were under heavy fire": the subject is the one attacked. */
const UNDER_BEFORE = /\b(?:came|come|comes|coming|was|were|been|being|is|are)\s+under\s+(?:(?:heavy|renewed|intense|sustained|repeated|a|an)\s+){0,2}$/i;
/** "under attack from", "under heavy fire by": what follows is the attack's source. */
const UNDER_FROM_BEFORE = /\bunder\s+(?:(?:heavy|renewed|intense|sustained|repeated|an?)\s+){0,2}(?:attack|fire|assault|bombardment|shelling|air attack|air strikes?)\s+(?:from|by)\s+(?:the\s+|an?\s+)?$/i;
/** The source of an attack one came under: "from Russian jets", "by Islamic State fighters" (allies joined by "and" too). */
const FROM_BEFORE = /\b(?:from|by)\s+(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){0,4}?(?:(?:and|or)\s+(?:the\s+)?)?$/i;
const BY_BEFORE = /\bby\s+(?:an?\s+|the\s+)?$/i;
/** "executed by armed groups loyal to Khalifa Haftar's Libyan National Army": the agent is the actor its fighters serve. */
const BY_LOYAL_BEFORE = /\bby\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:loyal|allied|affiliated|aligned)\s+(?:to|with)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}$/i;
/** "Forces loyal to Haftar attacked …": the actor served stands for the fighters, the clause's subject. */
const LOYAL_BEFORE = /\b(?:forces|fighters|militias?|groups?|gunmen|troops|units|militants|men|brigades?)\s+(?:loyal|allied|affiliated|aligned)\s+(?:to|with)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}$/i;
/** "a town held by Islamic State", "areas controlled by the rebels": who holds a place is no agent of what befalls it. */
const HELD_BY_BEFORE = /\b(?:held|controlled|run|occupied|ruled|governed|administered|dominated|besieged|encircled|surrounded|defended)\s+by\s+(?:the\s+|an?\s+)?(?:so-called\s+)?$/i;
/** (only past the trigger: in "besieged by Daesh" with "besieged" the trigger, Daesh is its agent) */
const heldBy = (text: string, m: { start: number }, from: number): boolean => HELD_BY_BEFORE.test(text.slice(Math.max(from, m.start - 40), m.start));
/** An agent after "by", its fighters' allegiance included. */
const byAgent = (text: string, from: number, m: { start: number }): boolean =>
  !heldBy(text, m, from) && BY_BEFORE.test(text.slice(Math.max(from, m.start - 12), m.start)) || BY_LOYAL_BEFORE.test(text.slice(Math.max(from, m.start - 80), m.start));
/** The object of a fight: "the battle against Islamic State", "the war on the Taliban", "victory over the Maute group". */
const AGAINST_BEFORE = /\b(?:against|targeting|versus|(?:war|campaign|offensive|fight|battle|victory|onslaught|assault|crackdown)\s+(?:on|over))\s+(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){0,2}$/i;
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;
const TARGET_BEFORE = /^\s*(?:\S+\s+){0,3}?(?:against|on|targeting|targeted|at|from|with|into|hit|hitting|struck|striking)\s+(?:the\s+|an?\s+)?(?:\S+\s+){0,2}$/i;
/** An actor right after one of these words is an object, not the clause's subject. */
const PREPOSITION_BEFORE = /\b(?:to|for|of|with|from|against|on|at|in|near|toward|towards|into|by|over|including|among|between|behind|alongside|under|via|affiliated with|backed by|linked to)\s+(?:the\s+|an?\s+|its\s+|their\s+|his\s+|her\s+)?$/i;
const ALLY_BEFORE = /\b(?:in support of|(?:support|aid|arms|backing) (?:for|to)|supporting|alongside|backing|to help|with the help of|allied (?:with|to)|on behalf of|backed by|supported by|together with|jointly with)\s+(?:the\s+|its\s+|their\s+)?$/i;
/** The last of an ally list whose first members the actors stage names no side for: "air support for southern fighters and pro-government troops". */
const ALLY_LIST_BEFORE = new RegExp(`${ALLY_BEFORE.source.slice(0, -1)}(?:[\\w'’-]+\\s+){1,3}(?:and|as\\s+well\\s+as)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w'’-]+\\s+)?$`, 'i');
/** "a coalition battling Islamic State", "forces fighting the Taliban": a post-modifying participle whose object follows. */
const FIGHTING_BEFORE = /\b(?:battling|fighting|combating|combatting|targeting)\s+(?:the\s+|an?\s+)?$/i;
/** Right after a subject: a passive verb of harm makes the subject the one harmed. */
/** (or an intransitive verb of death: "five rescue workers died in airstrikes by …") */
const PASSIVE_HARM_AFTER = /^[^,;.]{0,25}?\b(?:(?:was|were|have been|has been|had been|being|got)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|hit|struck|targeted|attacked|ambushed|kidnapped|abducted|shot|captured|executed|beheaded|massacred)|died|perished)\b/i;
/**
 * Words after which a new clause, with its own subject, begins ("for what they say was a chemical attack": the ones who
 * say did not act; a bare "say" after an auxiliary, "police did not say why they searched", opens no reported clause).
 */
const CLAUSE_BOUNDARY = /\b(?:said|says|(?<!\b(?:not|to|did|do|does|would|will|could|can|may|might|should|n't)\s+)say|told|(?<=\w\s+)(?:confirmed|announced)(?=\s+(?:on\s+\w+\s+)?(?:an?|the|two|three|\d+)\s)|that|after|when|while|because|whereas)\b|;/gi;
/** A sentence-initial adverbial clause, up to its comma: "As militants advanced,", "After the talks failed,". */
const LEADING_ADVERBIAL = /^\W*(?:(?:as|after|when|while|although|though|since|because|before|once|until|if|as soon as)\s[^,;]{1,120}|(?!(?:king|beijing|nanjing|chongqing|kunming|xiaoping|something|nothing|anything|everything|evening|morning|spring|wing|ring|sing|thing|sterling|building|meeting|wedding|ceiling)\s)(?:[a-z]+ing|backed|supported|armed|aided|helped|led|dressed|disguised)\s[^,;]{1,120}(?:,\s*[a-z]+ing\s[^,;]{1,120})*),/i;
/** A leading phrase built on a participle ("Wearing uniforms,", "Backed by jets,"), not on a conjunction. */
const PARTICIPLE_OPENER = /^\W*(?!(?:king|beijing|nanjing|chongqing|kunming|xiaoping|something|nothing|anything|everything|evening|morning|spring|wing|ring|sing|thing|sterling|building|meeting|wedding|ceiling)\s)(?:[a-z]+ing|backed|supported|armed|aided|helped|led|dressed|disguised)\s/i;
/** "aided by coalition air strikes", "backed by Russian jets": the agent after "by" helps, it is not what was struck. */
const ALLY_BY = /\b(?:aided|backed|supported|helped|assisted|escorted|accompanied|covered|reinforced|protected)\s+by\s+(?:the\s+|an?\s+)?$/i;
/** The opponent in a fight: "battle against X", "offensive on X", "war with X". */
const OPPOSED_BEFORE = /\b(?:against|targeting|on|with|from)\s+(?:the\s+)?$/i;
/** Sub-event types a state force reports of itself when the text names no other agent. */
const OWN_REPORT_TYPES: ReadonlySet<string> = new Set(['Armed clash', 'Disrupted weapons use', 'Arrests', 'Government regains territory', 'Air/drone strike', 'Shelling/artillery/missile attack']);
/** "Pakistani police found 15 bodies of kidnap victims": whoever finds, recovers or investigates the harm did not do it. */
const FINDER_AFTER = /^\s*(?:[\w’'.-]+\s+){0,3}?(?:found|finds|discovered|discovers|recovered|retrieved|unearthed|exhumed|investigated|(?:is|are|were|was)\s+investigating|(?:launched|opened)\s+an?\s+(?:investigation|inquiry|probe)|examined|identified)\b/i;
/** Event types whose actor1 did the harm; "Disrupted weapons use" and arrests are coded to the force that found or seized. */
const HARM_TYPES: ReadonlySet<string> = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
/** Bombings: the one kind of harm state forces in wire copy respond to far more often than carry out. */
const BOMBINGS: ReadonlySet<string> = new Set(['Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade']);
/** Weapons only armed forces wield: their reporter is their agent. */
const STRIKES: ReadonlySet<string> = new Set(['Air/drone strike', 'Shelling/artillery/missile attack']);
/** A clause opening with a determiner and a noun before its verb: "the drones", "two gunmen", "its jets". */
const NOUN_PHRASE_SUBJECT = /^\s*(?:the|a|an|two|three|four|five|several|some|\d+)\s+(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+\s*$/i;
/** Only a determiner and modifiers before the trigger: the event noun heads the clause ("when the drones struck"). */
const DETERMINER_ONLY = /^\s*(?:the|a|an|two|three|several|some)\s+(?:[\w'’.-]+\s+){0,2}$/i;
/** A trigger that is a verb in the past: "struck", "targeted", "fired". */
const FINITE_PAST = /^(?:[a-z]+ed|struck|hit|shot|fought|blew|overran|took|seized|fired|shelled|bombed|stormed)\b/i;
/** Reporting verbs that may instead take the reporter's own act as their object ("announced the capture of the town"). */
const OWN_ACT_ANNOUNCED = /^(?:confirmed|announced)$/i;
/** A determiner and at most two modifiers before the trigger: the trigger's noun is the verb's object. */
const DETERMINER_AT_MOST = /^\s*(?:(?:the|a|an|its|their)\s+)?(?:[\w'’.-]+\s+){0,2}$/i;
/** A finite verb after the trigger's noun makes the noun a clause's subject ("a roadside bomb killed", "a car bomb had exploded"). */
const FINITE_AFTER = /^\s*(?:(?:had|has|have|was|were)\s+)?(?:[a-z]+ed|struck|hit|blew|went|tore|killed)\b/i;
/** Boundaries that open a reported clause ("said", "that") rather than an adverbial one ("after", "when"). */
const REPORTED_BOUNDARY = /^(?:said|says|say|told|that|confirmed|announced)$/i;
/** "… Mateen, the son of immigrants who killed 49 people": the relative clause's subject is the noun right before "who". */
const RELATIVE_BEFORE = /\b(?:who|which)\s+(?:\w+ly\s+|had\s+|has\s+|have\s+|was\s+|were\s+|then\s+|also\s+)*$/i;
/** "An armed group that arrested two journalists": "that" right after an actor's name opens its relative clause, not a report. */
const THAT_RELATIVE_BEFORE = /\bthat\s+(?:\w+ly\s+|had\s+|has\s+|have\s+|then\s+|also\s+)*$/i;
/** A reporting verb right after an actor: "Police said a truck bomb exploded" makes the police a source, not a party. */
const REPORTER_AFTER = /^\s*(?:\S+\s+){0,2}?(?:said|says|told|reported|reports|stated|added|quoted|cited)\b/i;
/** A reported clause with a pronoun that may stand for its speaker: "the army said it had retaken the town", "… said on Wednesday it would keep the port open, but it kept up air raids". */
const PRONOUN_SUBJECT = /\b(?:it|they|its|their|we|our)\b/i;
/** "… killed in fighting with Taliban insurgents": the other side of a battle word. */
const OPPONENT_BEFORE = /\b(?:with|against|by)\s+(?:the\s+|an?\s+)?$/i;
/**
 * "fell in an offensive by U.S.-backed Iraqi troops", "air strikes carried out by the coalition", "airstrikes by the
 * Russian and regime forces" (the first of two coordinated agents may be an adjective the actors stage names no side
 * for), "barrel bombs dropped from Syrian government helicopters" (what a weapon is dropped or fired from wields it),
 * "air strikes carried out by the Bashar al-Assad regime" (a leader's first name, or one modifier, before the name).
 */
const AGENT_AFTER_TRIGGER = /^\s*(?:(?:[\w-]+\s+){0,4}?by|(?:dropped|fired|launched)\s+from)\s+(?:the\s+|an?\s+)?(?:[\w.]+-(?:backed|led|supported|trained)\s+)?(?:[\w.'’-]+\s+(?:and|or)\s+(?:the\s+)?)?(?:(?!(?:time|end|way)\b)[A-Z][a-z]+\s+(?:al-|el-)?)?$/i;
/** The trigger's own agent phrase, whether or not it names a known side: "shells fired by terrorists", "strikes by unknown jets". */
const NAMED_AGENT_AFTER = /^\s*(?:[\w-]+\s+){0,2}?by\s+(?!(?:the\s+)?(?:end|time|way|night|day|morning|evening|dawn|noon)\b)(?:the\s+|an?\s+)?[a-z]/i;
/** A reporting clause ends the event's clause: ", two rebel sources said". */
const REPORTING = /,\s*(?:[^,]{0,80}?)\b(?:said|says|told|reported|reports|claimed|according to|stated|announced)\b/i;
/** A subordinate clause after the trigger has its own participants and dates: "seized Mosul in 2014 before it was defeated by Iraqi forces". */
/** (… and "came as", "took place as": "Tuesday's missile attack took place as the Houthis marked 1,000 days of war" opens a clause of its own) */
const SUBORDINATE_AFTER = /\s(?:before|until|after|when|while|whereas|because|although|though)\s|,\s*(?:which|who|whose|but)\s|;|\s(?:came|comes|took\s+place|happened|occurred)\s+(?:\w+\s+)?as\s/i;
/**
 * "a blockade imposed because of a missile attack", "struck back in retaliation for an attack on its post": an event named
 * as what a clause answers (its cause, what it defies or avenges) was not carried out by that clause's subject; only the
 * actors its own words name take part in it.
 */
const ANSWERED_BEFORE = /\b(?:because\s+of|due\s+to|despite|in\s+spite\s+of|in\s+(?:retaliation|revenge|response|reprisal|answer)\s+(?:for|to)|as\s+(?:an?\s+)?(?:reprisal|punishment|retaliation|response)\s+(?:for|to)|to\s+(?:avenge|retaliate\s+for)|avenging|retaliating\s+for)\s+(?:[\w'’.-]+\s+){0,3}$/i;

/** "in support of the SDF", "backed by Russia", "alongside Iraqi troops": the words before a mention make it an ally. */
export function namedAsAlly(text: string, sentenceStart: number, m: { start: number }): boolean {
  return ALLY_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 40), m.start));
}

/** "backed by", "with the help of", "Assad's allies": what follows lists the backers of a side, who are no side themselves. */
const BACKED_BY_BEFORE = /\b(?:(?:(?:backed|supported|aided|helped|assisted|reinforced|joined|escorted)\s+by|with\s+the\s+(?:help|support|backing)\s+of)\s+(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){0,2}|(?:allies|backers|patrons)\s+(?:(?:including|such\s+as)\s+)?(?:the\s+)?)(?<names>(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*(?:,\s*(?!and\b)|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?){0,4})$/i;
/** Backers the actors stage names no actor stand between the opener and a listed one: "backed by Russia, Iran and Hezbollah". */
const NAMES_LIST = /^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*(?:,\s*(?!and\b)|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?)*$/;
/** Between a backer and the trigger: the trigger is the backer's own weapon ("coalition air strikes", "the coalition with air strikes"). */
const OWN_WEAPON_BETWEEN = /^[\s-]*(?:(?:with|using|via|through|'s|’s)\s+(?:its\s+|their\s+)?)?$/i;
/** The next backer of a list: "Hezbollah fighters and Russian jets", "Russia, Iran and Hezbollah" (wire copy writes no comma before a list's "and": ", supported by X, and Y" closes the aside). */
const LIST_NEXT = /^\s*(?:[\w'’-]+\s*)?(?:,\s*(?!and\b)|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){0,1}$/i;
/** The link that closes a list: "Russia, Iran and Hezbollah". */
const LIST_AND = /\b(?:and|as\s+well\s+as)\s/i;
/**
 * A verb after the comma closes the aside instead: in "The SDF, aided by coalition air strikes, attacked Islamic State"
 * the word after the comma is the sentence's own verb, and what it governs is no backer (case-sensitive: a lower-case
 * past form or auxiliary, never a name such as "United").
 */
const VERB_AFTER_ASIDE = /,\s*(?:[a-z]+ed|took|struck|hit|fought|overran|shot|began|drove|won|beat|blew|led|made|has|have|had|is|are|was|were|will|would)\s+(?:the\s+|an?\s+)?$/;

/**
 * "Abu Sayyaf, a group that has pledged allegiance to Islamic State", "the faction, which is loyal to Islamic State": the
 * group sworn to is the patron of a group the sentence names before it, not a side (ACLED keeps the group's own name).
 */
const ALLEGIANCE_BEFORE = /\b(?:(?:pledged|pledging|pledges|sworn|swore|swearing|declared|declaring)\s+(?:its\s+|their\s+)?(?:allegiance|loyalty|fealty)\s+to|(?:which|that|who)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:loyal|affiliated|aligned|allied|linked|tied)\s+(?:to|with)|an?\s+(?:affiliate|offshoot|branch|ally)\s+of)\s+(?:the\s+)?$/i;
const namedGroup = (m: ActorMention) => m.via === 'name' && !!m.actor && m.actor.inter >= 2 && m.actor.inter <= 4;

/** The mentions a backing phrase lists, each in turn after "backed by" or after the backer before it. */
export function backerList(text: string, sentenceStart: number, mentions: readonly ActorMention[]): Set<ActorMention> {
  const out = new Set<ActorMention>();
  let last: ActorMention | null = null;
  // ("Backed by coalition air strikes, the SDF clashed …": a list's comma is only a list's once an "and" closes it; until
  // then the comma may close the backing phrase, and what follows is the sentence's own subject)
  let pending: ActorMention[] = [];
  for (const m of mentions) {
    const opened = BACKED_BY_BEFORE.exec(text.slice(Math.max(sentenceStart, m.start - 90), m.start));
    const sworn = ALLEGIANCE_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 60), m.start)) && mentions.some((o) => o.end <= m.start && namedGroup(o) && o.actor!.id !== m.actor?.id);
    const gap = last ? text.slice(last.end, m.start) : '';
    if (sworn || (opened && NAMES_LIST.test(opened.groups?.names ?? ''))) {
      pending = [];
      out.add(m);
      last = m;
    } else if (last && LIST_NEXT.test(gap) && !VERB_AFTER_ASIDE.test(gap)) {
      if (LIST_AND.test(gap)) {
        for (const p of [...pending, m]) out.add(p);
        pending = [];
      } else pending.push(m);
      last = m;
    } else {
      pending = [];
      last = null;
    }
  }
  return out;
}

/** Whether a backing phrase of its sentence lists m ("backed by Hezbollah and Russian jets"), among that sentence's parties. */
export function namedAsBacker(text: string, sentenceStart: number, m: ActorMention, mentions: readonly ActorMention[]): boolean {
  const own = mentions.filter((o) => o.sentence === m.sentence && isParty(o)).sort((a, b) => a.start - b.start);
  return [...backerList(text, sentenceStart, own)].some((o) => o.id === m.id);
}

/**
 * The actors a backing or ally phrase of one of the event's own sentences names ("The U.S.-led coalition said …. The SDF,
 * aided by coalition air strikes, fought their way into the city"): the event's backer is never the side it is fought
 * against, though another sentence names it as a speaker. Read once per event, not once per mention it weighs.
 */
export function eventBackers(text: string, sentences: readonly { start: number }[], told: readonly number[], actors: readonly (readonly ActorMention[])[]): Set<string> {
  const ids = new Set<string>();
  for (const i of told) {
    const own = actors[i].filter(isParty).sort((a, b) => a.start - b.start);
    for (const o of own) if (namedAsAlly(text, sentences[i].start, o)) ids.add(o.actor!.id);
    for (const o of backerList(text, sentences[i].start, own)) ids.add(o.actor!.id);
  }
  return ids;
}

/** Where the first subordinate clause between from and end begins; end when there is none. */
export function subordinateStart(text: string, from: number, end: number): number {
  const m = SUBORDINATE_AFTER.exec(text.slice(from, end));
  return m ? from + m.index : end;
}

/**
 * Assigns actor1 (the one who acted: attacker, striker, the one who took territory)
 * and actor2 (the one acted upon) for one trigger, from the actor mentions of its sentence.
 * Word order and a few function words only: wire copy's syntax is regular enough.
 */
export function assignRoles(text: string, sentence: { start: number; end: number }, hit: TriggerHit, mentions: readonly ActorMention[]): Roles {
  const harm = HARM_TYPES.has(eventTypeOf(hit.rule.sub));
  // "Police found the bodies of kidnap victims": a finder before the trigger is no party to the harm it found; the
  // trigger itself may be the finding ("found the bodies"), so its words are read too
  const finder = (m: ActorMention) => harm && m.end <= hit.start && FINDER_AFTER.test(text.slice(m.end, Math.min(hit.end, m.end + 60)));
  const named = mentions.filter((m) => isParty(m) && !finder(m)).sort((a, b) => a.start - b.start);
  // "Syrian troops backed by Hezbollah and Russian air power captured …": the backers a side is named with are no side of the event
  // (… unless the backer wields the event's own weapon: "aided by coalition air strikes", "supported by a coalition with air strikes")
  const backers = backerList(text, sentence.start, named);
  const answeredFrom = Math.max(sentence.start, hit.start - 50);
  const answered = ANSWERED_BEFORE.exec(text.slice(answeredFrom, hit.start));
  const parties = named.filter((m) => (!answered || m.start >= answeredFrom + answered.index) && (!backers.has(m) || (m.start < hit.end && (m.end > hit.start || (STRIKES.has(hit.rule.sub) && OWN_WEAPON_BETWEEN.test(text.slice(m.end, hit.start)))))));
  // "The militants were intercepted crossing the border, the Turkish military said": a state force reporting, with no other
  // agent, a passive clash, interception, arrest or recapture reports what it did itself
  // (air strikes and shelling only by a military: "a source at Aleppo Police Command told SANA that two women were killed by
  // rocket shells fired by terrorists" is the police reporting another's shelling; nor when the trigger names its own agent,
  // however vaguely: "fired by terrorists")
  const ownReport = (patient: ActorMention | null): ActorMention | null =>
    OWN_REPORT_TYPES.has(hit.rule.sub) && !(STRIKES.has(hit.rule.sub) && NAMED_AGENT_AFTER.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 40))))
      ? parties.find((m) => m !== patient && m.actor!.inter === 1 && m.actor!.kind === 'state' && (!STRIKES.has(hit.rule.sub) || /^Military Forces/.test(m.actor!.name)) && m.actor!.id !== patient?.actor?.id && REPORTER_AFTER.test(text.slice(m.end, Math.min(sentence.end, m.end + 40)))) ?? null
      : null;
  if (parties.length === 0) return { actor1: null, actor2: null, certainty: 0 };
  // "surrendered to the SDF after coalition air strikes": the trigger names its own agent, unresolved here,
  // so no other actor of the sentence is the one who struck
  // (only at the trigger's head: in "killed about 850 militants" the description is the object)
  const ownAgent = mentions.find((m) => !isParty(m) && m.start >= hit.start && m.end <= hit.end && m.via === 'description' && /^\s*(?:the\s+|an?\s+)?$/i.test(text.slice(hit.start, m.start)));
  const tail = text.slice(hit.end, sentence.end);
  const rep = REPORTING.exec(tail);
  // (nor past the subject of a coordinated clause: "… capturing its last city and Iraqi forces taking …")
  const clauseEnd = coordinatedSubjectStart(text, hit.end, subordinateStart(text, hit.end, rep ? hit.end + rep.index : sentence.end), parties);

  // "Russian air strikes", "Turkish drone": the actor word modifies the trigger.
  const modifier =
    parties.find((m) => m.start <= hit.start && m.end > hit.start) ??
    parties.filter((m) => m.end <= hit.start && /^[\s-]*$/.test(text.slice(m.end, hit.start))).at(-1) ??
    null;
  // "evicting IS from …": an actor inside the trigger's words is its object.
  const inside = parties.filter((m) => m !== modifier && m.start > hit.start && m.end <= hit.end);
  const before = parties.filter((m) => m !== modifier && m.end <= hit.start);
  // "air strikes … in support of the SDF": an ally named after the trigger is not its target
  // ("air support for southern fighters and pro-government troops as part of a push to clear the Houthis": every member
  // of the list an ally phrase opens, joined by "and", is an ally)
  const allies = new Set<ActorMention>();
  for (const [k, m] of parties.entries()) {
    const prev = parties[k - 1];
    const gap = prev ? text.slice(prev.end, m.start) : '';
    if (ALLY_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) || ALLY_LIST_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 80), m.start)) || (prev && allies.has(prev) && LIST_NEXT.test(gap) && LIST_AND.test(gap))) allies.add(m);
  }
  const isAlly = (m: ActorMention) => allies.has(m);
  const after = [...inside, ...parties.filter((m) => m.start >= hit.end && m.start < clauseEnd && !isAlly(m))];
  // ("jets from a coalition battling Islamic State carried out the strike": the one a participle fights is its object)
  // ("Militants killed two U.S. soldiers with a roadside bomb": the object of a verb of harm is the one harmed, harm-object.ts)
  const victim = (m: ActorMention) => m.end <= hit.start && harmObject(text, sentence.start, m.start);
  const isSubject = (m: ActorMention) => !victim(m) && ((!PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) && !FIGHTING_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))) || LOYAL_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 80), m.start)));
  // The subject is the first actor of the trigger's clause ("… said the coalition had conducted air strikes").
  const lead = text.slice(sentence.start, hit.start);
  // "As militants increased their activity, the United States launched air strikes": the main clause follows the comma
  const opener = LEADING_ADVERBIAL.exec(lead);
  const mainStart = opener ? sentence.start + opener[0].length : sentence.start;
  let clauseStart = mainStart;
  let reported = false;
  for (const m of text.slice(mainStart, hit.start).matchAll(CLAUSE_BOUNDARY)) {
    // "Islamic State announced the capture of …" tells the announcer's own act; "the military confirmed a roadside bomb
    // killed …" reports a clause with a subject of its own
    if (OWN_ACT_ANNOUNCED.test(m[0]) && DETERMINER_AT_MOST.test(text.slice(mainStart + m.index + m[0].length, hit.start)) && !FINITE_AFTER.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 30)))) continue;
    clauseStart = mainStart + m.index + m[0].length;
    reported = REPORTED_BOUNDARY.test(m[0]);
  }
  // "Londoners will see more police on the streets after an explosion at a metro station": a state force in the main
  // clause responds to a bombing its adverbial clause tells; it did not plant the bomb
  const adverbial = clauseStart > mainStart && !reported;
  const respondsToBombing = (m: ActorMention) => adverbial && BOMBINGS.has(hit.rule.sub) && m.end <= clauseStart && m.actor!.inter === 1;
  // "No militants were in the area when the drones struck": an adverbial clause whose own subject is a noun phrase naming
  // no actor has that subject; an actor of the main clause did not act in it
  const nounSubject = adverbial && !before.some((m) => m.start >= clauseStart) && (NOUN_PHRASE_SUBJECT.test(text.slice(clauseStart, hit.start)) && FINITE_PAST.test(text.slice(hit.start, hit.end)) ||
    // "… when the drones struck", "after a bomb exploded": the weapon itself is the clause's subject
    ((STRIKES.has(hit.rule.sub) || BOMBINGS.has(hit.rule.sub)) && DETERMINER_ONLY.test(text.slice(clauseStart, hit.start)) && FINITE_PAST.test(text.slice(hit.end, hit.end + 20).trimStart())));
  const that = THAT_RELATIVE_BEFORE.exec(lead);
  const relative = RELATIVE_BEFORE.exec(lead) ?? (that && before.some((m) => /^\s*$/.test(text.slice(m.end, sentence.start + that.index))) ? that : null);
  // Before the trigger's own clause, an actor is its subject only when nothing in between says otherwise:
  // not a source whose report the clause is (unless the clause's subject is a pronoun for it), not across a relative clause.
  const speaksFor = PRONOUN_SUBJECT.test(text.slice(clauseStart, hit.start));
  // "Macron said that France's military would fight on, but that the fall of the group's bastion …": a reported
  // clause has its own subject, so an actor of the reporting clause acts in it only through a pronoun
  // A military that reports air strikes or shelling with no other agent reports its own ("the military said eight
  // militants were killed in air raids"); a police force reporting a bombing does not.
  const ownStrike = (m: ActorMention) => STRIKES.has(hit.rule.sub) && /^Military Forces/.test(m.actor?.name ?? '');
  const notSource = (m: ActorMention) => speaksFor || ownStrike(m) || (!REPORTER_AFTER.test(text.slice(m.end, hit.start)) && !(reported && m.start < clauseStart));
  // "Ignoring warnings from Turkish troops, the militants attacked …": a participle phrase's own subject is the main
  // clause's, so an actor inside it is its object, never the one who acted ("After IS seized the town, they …" differs)
  const inParticiple = (m: ActorMention) => opener !== null && PARTICIPLE_OPENER.test(opener[0]) && m.end <= mainStart;
  const outerSubject = (m: ActorMention) => isSubject(m) && notSource(m) && !inParticiple(m);
  const antecedent = relative ? before.filter((m) => /^[\s,]*$/.test(text.slice(m.end, sentence.start + relative.index))).at(-1) : undefined;
  // "… by the Houthis which Saudi forces also intercepted": a relative clause's own subject (object-relative.ts)
  const subject = relativeClauseSubject(text, sentence.start, hit.start, before.filter(isSubject)) ?? (nounSubject
    ? null
    : relative
    ? antecedent ?? before.filter((m) => m.start > sentence.start + relative.index && isSubject(m))[0] ?? null
    : before.filter((m) => m.start >= clauseStart && isSubject(m))[0] ?? before.filter((m) => outerSubject(m) && !respondsToBombing(m))[0] ?? null);

  // "clashes between X and Y"
  for (const m of after) {
    if (!BETWEEN_BEFORE.test(text.slice(Math.max(hit.end, m.start - 12), m.start))) continue;
    const second = after.find((o) => o.start > m.end && /^\s*(?:and|&)\s+(?:the\s+)?$/i.test(text.slice(m.end, o.start)));
    if (second) return { actor1: m, actor2: second, certainty: 1 };
  }

  // "they had come under attack from Russian jets": the jets' side struck the subject
  if (modifier && UNDER_FROM_BEFORE.test(text.slice(Math.max(sentence.start, modifier.start - 60), modifier.start))) {
    return { actor1: modifier, actor2: subject ?? before.at(-1) ?? null, certainty: 1 };
  }
  // "… was hit twice by Russian air strikes"
  if (modifier && BY_BEFORE.test(text.slice(Math.max(sentence.start, modifier.start - 12), modifier.start))) {
    // "The SDF's battle against Islamic State, aided by coalition air strikes": the one aided is the striker's ally; its opponent is the target
    if (ALLY_BY.test(text.slice(Math.max(sentence.start, modifier.start - 30), modifier.start))) {
      const opponent = parties.find((m) => m !== modifier && m.actor?.id !== modifier.actor?.id && OPPOSED_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 20), m.start))) ?? null;
      return { actor1: modifier, actor2: opponent, certainty: 1 };
    }
    const patient = before.find((m) => /\b(?:was|were|been|being|is|are)\b/i.test(text.slice(m.end, modifier.start))) ?? subject;
    return { actor1: modifier, actor2: patient, certainty: 1 };
  }
  // "the SDF said they had come under attack from Russian jets": the one under attack is its target, whoever it came from
  if (UNDER_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 40), hit.start))) {
    const patient = subject ?? before.at(-1) ?? null;
    const agent = after.find((m) => m.actor?.id !== patient?.actor?.id && FROM_BEFORE.test(text.slice(Math.max(hit.end, m.start - 40), m.start))) ?? null;
    return { actor1: agent, actor2: patient, certainty: agent ? 1 : 0.6 };
  }
  // "rebels were pushed back (by X)"
  // ("The Syrian army is fighting Islamic State": an auxiliary before a present participle tells a progressive, not a passive)
  if (PASSIVE_BEFORE.test(text.slice(sentence.start, hit.start)) && !PROGRESSIVE.test(text.slice(hit.start, hit.end))) {
    const patient = subject ?? before.at(-1) ?? null;
    // ("were arrested … and are now in the custody of the army": the one holding them, custodian.ts)
    const agent = after.find((m) => byAgent(text, hit.end, m)) ?? after.find((m) => m.actor?.id !== patient?.actor?.id && custodian(text, hit.end, m.start)) ?? ownReport(patient);
    return { actor1: agent, actor2: patient, certainty: agent ? 1 : 0.6 };
  }

  // "The battle against Islamic State did not end with the fall of Raqqa": the one a fight is against is its target, never
  // the agent of an event its sentence tells later
  const opposed = (m: ActorMention) => AGAINST_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start)) || FIGHTING_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start));
  // "… Mateen, the son of immigrants who killed 49 people": a relative clause whose noun is no actor has no actor of the sentence as subject
  const strangerRelative = relative !== null && !antecedent;
  // (never one the sentence says is supported: "disputes over U.S. support for Kurdish fighters … after the arrest of …")
  const actor1 = modifier ?? (ownAgent || nounSubject ? null : subject ?? (strangerRelative ? null : before.filter((m) => notSource(m) && !inParticiple(m) && !isAlly(m) && !respondsToBombing(m) && !opposed(m) && !victim(m)).at(-1) ?? null));
  // "Two Turkish soldiers were killed on Monday by an improvised explosive device": the subject of a passive
  // verb of harm is its victim, whatever word named the event
  const harmed = actor1 ? PASSIVE_HARM_AFTER.exec(text.slice(actor1.end, Math.min(sentence.end, actor1.end + 60))) : null;
  // … but not across a report: in "the military said eight militants were killed" the militants were
  if (actor1 && actor1 !== modifier && harmed && !/\b(?:said|says|told|reported|that)\b/i.test(harmed[0])) {
    // ("… were killed in air strikes by the Russian and regime forces": the trigger's own agent phrase names it too)
    const agent = after.find((m) => m.start >= actor1.end && !heldBy(text, m, hit.end) && (OPPONENT_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 12), m.start)) || (m.start >= hit.end && AGENT_AFTER_TRIGGER.test(text.slice(hit.end, m.start))))) ?? ownReport(actor1);
    return { actor1: agent, actor2: actor1, certainty: agent ? 1 : 0.7 };
  }
  // "three U.S. soldiers were killed when an Afghan soldier opened fire on them": the one a main clause says was harmed is
  // the target of the event its adverbial clause tells (not across a report: "…, police said that …")
  const harmedBefore = () =>
    reported || clauseStart === mainStart
      ? null
      : parties.find((m) => m.end <= clauseStart && m.actor?.id !== actor1?.actor?.id && PASSIVE_HARM_AFTER.test(text.slice(m.end, clauseStart)) && /\b(?:when|after|as|while)\s*$/i.test(text.slice(m.end, clauseStart))) ?? null;
  // (… and, with no agent named, it is the event's target: "advances against Islamic State … bring territory under the SDF")
  const opponent = actor1 ? null : before.filter((m) => opposed(m) && !isAlly(m)).at(-1) ?? null;
  // ("the Taliban said U.S. drones struck their positions": the speaker the possessive stands for, speaker-target.ts)
  const actor2 = opponent ?? before.find((m) => victim(m) && m.start >= clauseStart && m.actor?.id !== actor1?.actor?.id) ?? after.find((m) => m.actor?.id !== actor1?.actor?.id) ?? harmedBefore() ?? speakerTarget(text, sentence, hit, parties, actor1);
  // "artillery fire by Syrian army units", "air strikes carried out by the coalition"
  // (… and what the agent's phrase goes on to target is the target: "… carried out by Islamic State targeting a Turkish army base")
  if (!actor1 && actor2 && !heldBy(text, actor2, hit.end) && AGENT_AFTER_TRIGGER.test(text.slice(hit.end, actor2.start))) {
    const target = after.find((m) => m.start >= actor2.end && m.actor?.id !== actor2.actor?.id && TARGET_BEFORE.test(text.slice(actor2.end, m.start))) ?? null;
    return { actor1: actor2, actor2: target, certainty: 0.8 };
  }
  // "Islamic State fighters were killed in clashes near Arish, the army said": with no agent in the clause, the
  // reporting force fought the armed group it names (not so when no such group is named: "clashes between tribes, police said")
  if (!actor1 && !ownAgent && actor2 && actor2.actor!.inter >= 2 && actor2.actor!.inter <= 4) {
    const reporter = ownReport(actor2);
    if (reporter && reporter !== actor2) return { actor1: reporter, actor2: actor2, certainty: 0.5 };
  }
  let certainty = actor1 ? (modifier || subject ? 0.8 : 0.6) : 0.3;
  if (actor2 && TARGET_BEFORE.test(text.slice(hit.end, actor2.start))) certainty += 0.2;
  return { actor1, actor2, certainty: Math.min(1, certainty) };
}
