// The national seed taxonomy (../shared/domain.md §3). Each gemeente may rename and extend it;
// this is only what a new gemeente starts with. `label` is what residents see (plain Dutch, B1);
// `name` is the policy term professionals and the gemeente use.
import type { TaxonomyTermInput } from '../api/taxonomy/schemas.ts';

type Term = Omit<TaxonomyTermInput, 'vocabulary'>;

/** The seed slugs as types, so example and synthetic content fail the type check on a typo. */
export type Deelambitie = 'ontmoeting' | 'ontplooiing' | 'ondersteuning' | 'plezier' | 'eigenaarschap';
export type Sfeer = 'persoonlijk' | 'gemeenschappelijk' | 'institutioneel';
export type Bouwsteen =
  | 'bestaanszekerheid'
  | 'financiering'
  | 'samenwerken'
  | 'eigen-regie'
  | 'ruimte-en-plekken'
  | 'responsiviteit'
  | 'mantelzorg'
  | 'vrijwillige-inzet'
  | 'inclusie'
  | 'vragen-en-uitnodigen';
export type Vraaggebied =
  | 'informatie-en-advies'
  | 'persoonlijke-begeleiding'
  | 'emotionele-steun'
  | 'educatie'
  | 'praktische-hulp'
  | 'vervangende-zorg'
  | 'financiele-ondersteuning'
  | 'materiele-hulp';
export type Theme =
  | 'eenzaamheid'
  | 'geldzorgen'
  | 'gezondheid-en-bewegen'
  | 'taal-en-digitaal'
  | 'opvoeden-en-opgroeien'
  | 'participatie-en-werk'
  | 'wonen-en-buurt'
  | 'veiligheid'
  | 'cultuur'
  | 'natuur-en-groen'
  | 'sport-en-spel'
  | 'eten-en-koken';


const sferen: Term[] = [
  {
    slug: 'persoonlijk',
    name: 'Persoonlijke sociale basis',
    label: 'Je eigen kring',
    description: 'Jij en je eigen netwerk: familie, vrienden, buren, mantelzorg.',
    aliases: [],
  },
  {
    slug: 'gemeenschappelijk',
    name: 'Gemeenschappelijke sociale basis',
    label: 'Samen in de buurt',
    description: 'Verenigingen, groepen, bewonersinitiatieven, vrijwilligerswerk en plekken om elkaar te zien.',
    aliases: [],
  },
  {
    slug: 'institutioneel',
    name: 'Institutionele sociale basis',
    label: 'Voorzieningen en steunpunten',
    description: 'Buurthuizen, bibliotheken, steunpunten, sociaal werk en andere voorzieningen.',
    aliases: [],
  },
];

const deelambities: Term[] = [
  {
    slug: 'ontmoeting',
    name: 'Ontmoeting en erbij horen',
    label: 'Mensen ontmoeten',
    description: 'Andere mensen zien, samen iets doen, erbij horen.',
    aliases: ['Ontmoeten en erbij horen', 'ontmoeten', 'contact', 'gezelligheid'],
  },
  {
    slug: 'ontplooiing',
    name: 'Ontplooiing, zingeving en vertrouwen',
    label: 'Iets leren, iets betekenen',
    description: 'Iets nieuws leren, je talent gebruiken, iets doen dat ertoe doet.',
    aliases: ['leren', 'zingeving', 'cursus', 'vrijwilligerswerk'],
  },
  {
    slug: 'ondersteuning',
    name: 'Ondersteuning, steun en hulp',
    label: 'Hulp en steun',
    description: 'Hulp bij vragen, geld, formulieren, zorg voor een ander of een luisterend oor.',
    aliases: ['Ondersteuning, hulp en zorg', 'hulp', 'steun', 'advies'],
  },
  {
    slug: 'plezier',
    name: 'Ontspanning en plezier',
    label: 'Ontspanning en plezier',
    description: 'Sport, spel, cultuur, natuur en gewoon een leuke tijd.',
    aliases: ['Ontspannen en plezier', 'ontspanning', 'vrije tijd', 'uitje'],
  },
  {
    slug: 'eigenaarschap',
    name: 'Eigenaarschap, zeggenschap en eigen regie',
    label: 'Zelf iets organiseren',
    description: 'Zelf iets opzetten in je buurt, meebeslissen, een plek zelf beheren.',
    aliases: ['Eigenaarschap, inspraak en zeggenschap', 'bewonersinitiatief', 'inspraak', 'zelfbeheer'],
  },
];

const bouwstenen: Term[] = [
  ['bestaanszekerheid', 'Bestaanszekerheid', 'Genoeg geld en zekerheid om mee te doen'],
  ['financiering', 'Financiering (voorspelbaar, regelluw en ontschot)', 'Geld voor initiatieven'],
  ['samenwerken', 'Samenwerken vanuit gelijkwaardigheid', 'Samenwerken als gelijken'],
  ['eigen-regie', 'Versterken eigenaarschap, zeggenschap en eigen regie', 'Zeggenschap van bewoners'],
  ['ruimte-en-plekken', 'Beschikbaarheid van ruimte & plekken', 'Ruimte en plekken'],
  ['responsiviteit', 'Responsiviteit', 'Luisteren en inspelen op wat nodig is'],
  ['mantelzorg', '(Onder)steunen van mantelzorg', 'Steun voor wie voor iemand zorgt'],
  ['vrijwillige-inzet', 'Steun en ruimte voor vrijwillige inzet', 'Ruimte voor vrijwilligers'],
  ['inclusie', 'Versterken van inclusie', 'Iedereen hoort erbij'],
  ['vragen-en-uitnodigen', 'Mensen vragen en uitnodigen', 'Mensen vragen en uitnodigen'],
].map(([slug, name, label]) => ({ slug: slug!, name: name!, label: label!, description: '', aliases: [] }));

const vraaggebieden: Term[] = [
  ['informatie-en-advies', 'Informatie en advies', 'Informatie en advies', ['informatie', 'advies', 'vragen']],
  ['persoonlijke-begeleiding', 'Persoonlijke begeleiding', 'Iemand die met je meedenkt', ['begeleiding', 'coaching']],
  ['emotionele-steun', 'Emotionele steun', 'Een luisterend oor', ['lotgenoten', 'praten', 'steun']],
  ['educatie', 'Educatie', 'Cursussen en training', ['cursus', 'training', 'scholing']],
  ['praktische-hulp', 'Praktische hulp', 'Praktische hulp', ['klussen', 'boodschappen', 'vervoer']],
  [
    'vervangende-zorg',
    'Vervangende zorg (respijtzorg)',
    'Even vrij van de zorg',
    ['respijtzorg', 'respijt', 'logeerzorg', 'oppas', 'dagopvang'],
  ],
  ['financiele-ondersteuning', 'Financiële ondersteuning', 'Hulp met geld', ['geld', 'mantelzorgwaardering', 'vergoeding']],
  ['materiele-hulp', 'Materiële hulp', 'Hulpmiddelen en spullen', ['hulpmiddelen', 'aanpassingen', 'spullen']],
].map(([slug, name, label, aliases]) => ({
  slug: slug as string,
  name: name as string,
  label: label as string,
  description: '',
  aliases: aliases as string[],
}));

const themes: Term[] = [
  ['eenzaamheid', 'Eenzaamheid', 'Minder alleen', ['alleen', 'eenzaam', 'sociaal contact']],
  ['geldzorgen', 'Armoede en geldzorgen', 'Geld en rondkomen', ['armoede', 'schulden', 'geld', 'budget', 'rondkomen', 'rekeningen', 'toeslagen']],
  ['gezondheid-en-bewegen', 'Gezondheid en bewegen', 'Gezond en in beweging', ['gezondheid', 'bewegen', 'fit', 'fitness', 'sportschool']],
  ['taal-en-digitaal', 'Taal en digitale vaardigheden', 'Taal en computer', ['taal', 'nederlands leren', 'computer', 'digitaal', 'internet', 'laptop', 'telefoon', 'lezen', 'schrijven']],
  ['opvoeden-en-opgroeien', 'Opvoeden en opgroeien', 'Kinderen en opvoeden', ['opvoeding', 'opvoedvragen', 'ouders', 'kinderen', 'jeugd', 'baby', 'peuter', 'tiener', 'puber', 'zoon', 'dochter']],
  ['participatie-en-werk', 'Participatie en werk', 'Meedoen en werk', ['werk', 'participatie', 'dagbesteding']],
  ['wonen-en-buurt', 'Wonen en buurt', 'Wonen en je buurt', ['buurt', 'wonen', 'leefbaarheid']],
  ['veiligheid', 'Veiligheid', 'Veilig in de buurt', ['veilig', 'buurtpreventie']],
  ['cultuur', 'Cultuur', 'Cultuur en creatief', ['kunst', 'muziek', 'theater', 'creatief', 'dans', 'film', 'boeken', 'schilderen']],
  ['natuur-en-groen', 'Natuur en groen', 'Natuur en groen', ['natuur', 'tuin', 'groen', 'tuinieren', 'dieren', 'buiten']],
  ['sport-en-spel', 'Sport en spel', 'Sport en spel', ['sport', 'sporten', 'spelen', 'zwemmen', 'voetbal', 'voetballen', 'tennis', 'tennissen', 'hockey', 'basketbal', 'fitness', 'sportschool', 'bewegen']],
  ['eten-en-koken', 'Eten en koken', 'Samen eten en koken', ['eten', 'koken', 'maaltijd']],
].map(([slug, name, label, aliases]) => ({
  slug: slug as string,
  name: name as string,
  label: label as string,
  description: '',
  aliases: aliases as string[],
}));

export const seedTaxonomy: TaxonomyTermInput[] = [
  ...sferen.map((t) => ({ ...t, vocabulary: 'sfeer' as const })),
  ...deelambities.map((t) => ({ ...t, vocabulary: 'deelambitie' as const })),
  ...bouwstenen.map((t) => ({ ...t, vocabulary: 'bouwsteen' as const })),
  ...vraaggebieden.map((t) => ({ ...t, vocabulary: 'vraaggebied' as const })),
  ...themes.map((t) => ({ ...t, vocabulary: 'theme' as const })),
];

/** Words residents use for the same thing; search expands them both ways (per gemeente). */
export const seedSynonyms: string[][] = [
  ['bieb', 'bibliotheek', 'OBA'],
  ['buurthuis', 'wijkcentrum', 'huis van de wijk', 'buurtkamer', 'buurtcentrum', 'wijkhuis', 'buurthuiskamer'],
  ['OKT', 'ouder- en kindteam', 'ouder en kind team', 'ouder en kindteam'],
  ['buurtteam', 'wijkteam', 'sociaal wijkteam', 'maatschappelijk werk', 'sociaal werk'],
  ['mantelzorg', 'zorgen voor iemand', 'respijtzorg'],
  ['maatje', 'buddy'],
  ['taalcafé', 'taalcafe', 'taalles', 'nederlands oefenen'],
  ['repair café', 'repaircafe', 'reparatiecafé'],
  ['formulierenbrigade', 'hulp bij formulieren', 'papierwerk'],
  ['kinderboerderij', 'stadsboerderij', 'dierenweide'],
  ['zwembad', 'zwemmen', 'zwembaden'],
  ['jongerencentrum', 'jongerenwerk', 'jongerenhuis', 'jeugdhonk', 'jongerenruimte', 'jeugdhuis'],
  ['speeltuin', 'speelplek', 'speelplaats', 'speelterrein'],
  ['kids', 'kinderen'],
  ['sporthal', 'sportzaal', 'gymzaal'],
  ['voedselbank', 'voedselhulp', 'voedselpakket'],
];
