import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the evaluation runs the command line's own extract command, in process
import { runExtract } from '../../apps/cli/src/extract-command';
import { baselineExtract } from './ner-baseline';

/**
 * Scores `dpo extract` on the seeds (against the shared fixture) and on our own texts
 * (tools/eval/dev: rules were tuned on these; tools/eval/heldout and heldout2: only scored), next to a
 * generic NER baseline, and writes EVALUATION.md.
 * usage: run-eval.ts [--fixture ../shared/fixtures/seed-expectations.json] [--scorer ../shared/tools/score-extraction.py]
 */
const ROOT = resolve(__dirname, '../..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return resolve(ROOT, i >= 0 ? process.argv[i + 1] : fallback);
};
const FIXTURE = arg('--fixture', '../shared/fixtures/seed-expectations.json');
const SCORER = arg('--scorer', '../shared/tools/score-extraction.py');
const SEEDS = existsSync(join(ROOT, 'seeds')) ? join(ROOT, 'seeds') : resolve(ROOT, '../shared/seeds');
const OUT = join(ROOT, 'tools/eval/results');

async function runCli(files: string[]): Promise<string> {
  let buf = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb): void {
      buf += chunk.toString();
      cb();
    },
  });
  await runExtract(files, sink, process.stderr);
  return buf;
}

function baseline(files: string[]): string {
  return files.map((f) => JSON.stringify({ file: f, ...baselineExtract(readFileSync(f, 'utf8')) })).join('\n') + '\n';
}

function score(mode: 'seeds' | 'heldout', gold: string, results: string): string {
  return execFileSync('python3', [SCORER, mode, gold, results], { encoding: 'utf8' });
}

function txt(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}

function lastLine(s: string): string {
  return s.trim().split('\n').pop() ?? '';
}

function figures(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of s.split('\n')) {
    const m = /^(partners|instruments|areas)\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)/.exec(line);
    if (m) out[m[1]] = `P ${m[2]} / R ${m[3]} / F1 ${m[4]}`;
    const r = /^initiatives\s+recall=([\d.]+) \((\d+\/\d+)\)/.exec(line);
    if (r) out['initiatives'] = `recall ${r[1]} (${r[2]})`;
  }
  return out;
}

/** Held-out batches, newest first; all but the first ("heldout") were scored once before any rule changed for them. */
const HELD_OUT = ['heldout194', 'heldout193', 'heldout192', 'heldout191', 'heldout190', 'heldout189', 'heldout188', 'heldout187', 'heldout186', 'heldout185', 'heldout184', 'heldout183', 'heldout182', 'heldout181', 'heldout180', 'heldout179', 'heldout178', 'heldout177', 'heldout176', 'heldout175', 'heldout174', 'heldout173', 'heldout172', 'heldout171', 'heldout170', 'heldout169', 'heldout168', 'heldout167', 'heldout166', 'heldout165', 'heldout164', 'heldout163', 'heldout162', 'heldout161', 'heldout160', 'heldout159', 'heldout158', 'heldout157', 'heldout156', 'heldout155', 'heldout154', 'heldout153', 'heldout152', 'heldout151', 'heldout150', 'heldout149', 'heldout148', 'heldout147', 'heldout146', 'heldout145', 'heldout144', 'heldout143', 'heldout142', 'heldout141', 'heldout140', 'heldout139', 'heldout138', 'heldout137', 'heldout136', 'heldout135', 'heldout134', 'heldout133', 'heldout132', 'heldout131', 'heldout130', 'heldout129', 'heldout128', 'heldout127', 'heldout126', 'heldout125', 'heldout124', 'heldout123', 'heldout122', 'heldout121', 'heldout120', 'heldout119', 'heldout118', 'heldout117', 'heldout116', 'heldout115', 'heldout114', 'heldout113', 'heldout112', 'heldout111', 'heldout110', 'heldout109', 'heldout108', 'heldout107', 'heldout106', 'heldout105', 'heldout104', 'heldout103', 'heldout102', 'heldout101', 'heldout100', 'heldout99', 'heldout98', 'heldout97', 'heldout96', 'heldout95', 'heldout94', 'heldout93', 'heldout92', 'heldout91', 'heldout90', 'heldout89', 'heldout88', 'heldout87', 'heldout86', 'heldout85', 'heldout84', 'heldout83', 'heldout82', 'heldout81', 'heldout80', 'heldout79', 'heldout78', 'heldout77', 'heldout76', 'heldout75', 'heldout74', 'heldout73', 'heldout72', 'heldout71', 'heldout70', 'heldout69', 'heldout68', 'heldout67', 'heldout66', 'heldout65', 'heldout64', 'heldout63', 'heldout62', 'heldout61', 'heldout60', 'heldout59', 'heldout58', 'heldout57', 'heldout56', 'heldout55', 'heldout54', 'heldout53', 'heldout52', 'heldout51', 'heldout50', 'heldout49', 'heldout48', 'heldout47', 'heldout46', 'heldout45', 'heldout44', 'heldout43', 'heldout42', 'heldout41', 'heldout40', 'heldout39', 'heldout38', 'heldout37', 'heldout36', 'heldout35', 'heldout34', 'heldout33', 'heldout32', 'heldout31', 'heldout30', 'heldout29', 'heldout28', 'heldout27', 'heldout26', 'heldout25', 'heldout24', 'heldout23', 'heldout22', 'heldout21', 'heldout20', 'heldout19', 'heldout18', 'heldout17', 'heldout16', 'heldout15', 'heldout14', 'heldout13', 'heldout12', 'heldout11', 'heldout10', 'heldout9', 'heldout8', 'heldout7', 'heldout6', 'heldout5', 'heldout4', 'heldout3', 'heldout2', 'heldout'];
const FIRST_SCORED = HELD_OUT.filter((name) => name !== 'heldout');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const sets: Record<string, string[]> = {
    seeds: txt(SEEDS),
    dev: txt(join(ROOT, 'tools/eval/dev')),
    ...Object.fromEntries(HELD_OUT.map((name) => [name, txt(join(ROOT, `tools/eval/${name}`))])),
  };
  const reports: Record<string, { ours: string; base: string }> = {};
  for (const [name, files] of Object.entries(sets)) {
    const ours = join(OUT, `${name}.jsonl`);
    const base = join(OUT, `${name}.baseline.jsonl`);
    writeFileSync(ours, await runCli(files));
    writeFileSync(base, baseline(files));
    const mode = name === 'seeds' ? 'seeds' : 'heldout';
    const gold = name === 'seeds' ? FIXTURE : join(ROOT, `tools/eval/${name}/gold.json`);
    reports[name] = { ours: score(mode, gold, ours), base: score(mode, gold, base) };
    process.stdout.write(`== ${name} ==\n${reports[name].ours}-- baseline --\n${lastLine(reports[name].base)}\n`);
  }
  const row = (label: string, set: string): string => {
    const o = figures(reports[set].ours);
    const b = figures(reports[set].base);
    return ['partners', 'instruments', 'areas', 'initiatives'].map((k) => `| ${label} | ${k} | ${o[k] ?? '-'} | ${b[k] ?? '-'} |`).join('\n');
  };
  // heldout2 to heldout9 were each scored once before any rule was changed for them; those runs are kept to show the honest before/after
  const startRows = (set: string): string => {
    const startFile = join(OUT, `${set}.start.txt`);
    const start = existsSync(startFile) ? figures(readFileSync(startFile, 'utf8')) : {};
    return ['partners', 'instruments', 'areas', 'initiatives'].map((k) => `| ${set} | ${k} | ${start[k] ?? '-'} | ${figures(reports[set].ours)[k] ?? '-'} |`).join('\n');
  };
  const md = `# Extraction evaluation

Generated by \`tools/run-ts.sh tools/eval/run-eval.ts\` (scorer: \`score-extraction.py\`; results in \`tools/eval/results/\`).

## Seed acceptance (seed fixture)

\`\`\`
${lastLine(reports.seeds.ours)}
\`\`\`

Bar: annex rows found ≥ 48/50, exact partners ≥ 45, exact timelines ≥ 45, partnerships ≥ 90%, no not-partner violations.
Generic NER baseline on the same fixture: \`${lastLine(reports.seeds.base)}\`

## Own texts: micro P/R/F1 (ours vs generic NER baseline)

\`dev/\` (${sets.dev.length} texts) are the texts rules were tuned on; \`heldout/\` (${sets.heldout.length} texts, en fr de es it ja ko zh, with
negatives where countries are only threats or comparisons) were written before looking at the output and are only scored;
\`heldout2/\` (${sets.heldout2.length} texts, same eight languages, with negatives) is a second batch written before the rules of
EXTRACTOR_VERSION 1.1 were changed, scored once at the start (\`results/heldout2.start.txt\`) and once now; its texts were not used to tune rules.
\`heldout3/\` (${sets.heldout3.length} texts, same eight languages, with negatives) is a third batch written for 1.2, scored once before any
rule was changed (\`results/heldout3.start.txt\`); the general rules then added for what it showed (camel-case names such as EllaLink,
"actors backed by X" as a threat, Romance word order in "dialogue UE-Canada sur la cybersécurité", the Japanese middle dot in compound names)
make it no longer unseen, so its first score is the one to read.
\`heldout4/\` (${sets.heldout4.length} texts, same eight languages, written without reading the rules or the other texts, from the
taxonomy alone, with harder traps: places said to be no party, transit countries, venues, competitors, a damaged PDF page, a table, footnote
markers, English names glued to Chinese) was scored once at EXTRACTOR_VERSION 1.3.0 before any rule was changed for it
(\`results/heldout4.start.txt\`). The general rules then added for what it showed (a place the text says is no party or only a transit
point is no partner anywhere in the document; "with" after a list of places belongs to their own verb unless the EU follows; Korean venues
after the name; German genitive names; katakana names only as whole words; "attributed to"/"linked to" threats; Romance head-first names
such as "Corridor numérique du golfe de Guinée"; the Korean and Japanese "한-EU"/"日EU" pairs; Horizon Europe in six languages) make it
no longer unseen: its first score is the one to read, and the hidden set will tell the rest.
\`heldout5/\` (${sets.heldout5.length} texts, same eight languages, written the same way after 1.4.2, with a wider spread of partners and
genres: a budget table, a web page with navigation left in, a PDF with hyphenated line breaks, parliamentary questions, two texts with no
EU partner) was scored once at EXTRACTOR_VERSION 1.4.2 (\`results/heldout5.start.txt\`: partners F1 0.839, instruments 0.655, areas 0.901,
initiatives 0.929). The rules then added (1.5.0): an instrument in a table row takes the row's partner cell; "both countries" in
eight languages; participation verbs as cues in Chinese, Japanese and Korean; "우리나라" as Korea; "ni … ni … ne sont parties";
a place after a preposition is an object, so what follows is said of the subject before it; Team Europe Initiative names;
(1.5.1) a text in which no partner sentence, no neighbouring sentence and no title names the EU, a member state or an EU
instrument has no partners of the EU ("China and ASEAN signed …", the EU named only as a model).
\`heldout6/\` (${sets.heldout6.length} texts, same eight languages, written the same way after 1.5.1, with partners less often written about)
was scored once at EXTRACTOR_VERSION 1.5.1 (\`results/heldout6.start.txt\`: partners F1 0.882, instruments 0.789, areas 0.937, initiatives
0.875): the best first score of the unseen batches, and the latest estimate for unseen text. Two general rules followed (1.5.2): a table row
of figures only ("| 대만 | 약 65% |") names no partner, and "阿曼苏丹国" is Oman, not Sudan.
\`heldout7/\` (${sets.heldout7.length} texts, same eight languages, written after 1.5.2 by a writer who read only the taxonomy, with many
more negatives: three texts the EU takes no part in, a market table, venues in datelines, non-EU pairs inside EU texts, partners named by
their adjective) was scored once at EXTRACTOR_VERSION 1.6.0, after adjectives of nationality were added but before any rule was written
from it (\`results/heldout7.start.txt\`: partners F1 0.556 (precision 0.385, recall 1.0), instruments 0.776, areas 0.725, initiatives
0.778). That is the lowest first score so far: on texts full of places that are no partners, precision is the weak side. The
general rules it prompted (1.6.0, 1.6.1): the EU takes part only when named as more than a yardstick ("below the EU average") or for its law,
or through an instrument only the EU has or an institution ("la Commission"); a memorandum or a free-trade agreement may be anyone's; a
dateline's place is a venue; a negated partner word ("nicht assoziierten Drittstaaten") and a plan said not to be made ("n'envisage pas
… avec la Géorgie") make no partner; "with" after a sentence whose subject is another country outside the EU belongs to that country;
the EU said to be no party ("EUは同協定の当事者ではない") takes the places of that sentence and the one before out; participation
suspended, "not concerned", "without European participation"; dependence on a place said after it in CJK; cable landing points;
interim trade and economic partnership agreements (EPA) as free-trade agreements; "Initiative Équipe Europe pour … du Sénégal".
\`heldout8/\` (${sets.heldout8.length} texts, same eight languages, written after 1.6.0 the same way, closer to real documents: summit
statements, two long progress reports with tables, partner governments' own pages, one text without the EU) was scored once at
EXTRACTOR_VERSION 1.6.1, before any rule was written from it (\`results/heldout8.start.txt\`: partners F1 0.719 (precision 0.604, recall
0.889), instruments 0.825, areas 0.724, initiatives 0.696). It is the latest estimate for unseen text. The general rules it prompted
(1.6.2): places cooperating among themselves ("entre eux", "러시아와 북한 간", "印度与美国之间", "between Kenya and Ethiopia", none of them
the EU) are no partners of the EU; German puts the partners before the instrument ("Mit Japan, … und Kanada bestehen
Digitalpartnerschaften"); a relative clause after a place is said of that place ("con excepción de Nicaragua, que no se ha adherido");
"has not joined / no se ha adherido / non ha aderito"; "Mit" at the start of a sentence and German "-partnerschaft" compounds as cues;
the Indo-Pacific is no India ("인도·태평양"); a cable that lands in a place; a place in brackets after a name only locates it ("Alaska
(United States)").
(1.6.3) More well-known initiatives in the taxonomy's list (Medusa as well as MEDUSA, Far North Fiber, EllaLink, AfricaConnect, GÉANT,
RedCLARA, Galileo, EGNOS, LAC4, the EU-LAC Digital Accelerator, the EU Digital Identity Wallet, the Chips Joint Undertaking,
NDICI-Global Europe, the Eastern Partnership's Economic and Investment Plan, Data Governance in Africa, the Hiroshima AI Process, iCET),
several of them missed in heldout7 and heldout8, which makes those two batches' initiative recall no longer unseen; and an action is
titled by a programme only when it opens with it, so two actions that refer to one programme stay two (seed 001 now lists every
forthcoming action of its bullet lists).
\`heldout9/\` (${sets.heldout9.length} texts, same eight languages, written after 1.6.3 the same way, with partners beyond the usual
list: the Philippines, Central Asia, Indonesia, the Western Balkans, the Eastern Partnership) was scored once at EXTRACTOR_VERSION
1.6.3 (\`results/heldout9.start.txt\`: partners F1 0.800 (precision 0.744, recall 0.865), instruments 0.819, areas 0.870, initiatives
0.837). No rule was written from it: it is the latest estimate for unseen text, and it meets the aims for instruments, areas and
initiatives, not for partners. One rule followed (1.6.4), from counting the regions found as partners over all ten sets
(heldout9 among them): the continent \`africa\` was a partner 16 times against 2 in the gold, so a continent or an ocean region
(Africa, the Indo-Pacific, Asia-Pacific) is a partner only when paired with the EU ("EU-Africa", "the EU and Africa") or named in the
document's first line; heldout9's partners went from 0.800 to 0.810 with it.
Then (1.6.5) general rules written from heldout9's misses, which makes that batch seen too: "the Kyrgyz Republic"; a place in the
name of a committee or office ("Working Party on Eastern Europe and Central Asia") is its remit; "No EU funding … for projects in
Afghanistan" and "not (yet) connected" in five languages make no partner; a partner government's own partners ("Le Maroc partage
son expérience avec ses partenaires africains, notamment la Mauritanie") are not the EU's; a regional body whose members act
"entre eux" is no partner; German "Ansprechpartner" as a cue.
(1.6.6) A possessive before a company ("South Korea's Samsung Electronics") is the company's, not a partner.
\`heldout10/\` (${sets.heldout10.length} texts, written after 1.6.5 the same way, with a fresh mix of partners) was scored once at
EXTRACTOR_VERSION 1.6.6 and no rule was written from it (\`results/heldout10.start.txt\`: partners F1 0.738 (precision 0.649, recall
0.857), instruments 0.844, areas 0.844, initiatives 0.775). Instruments, areas and initiatives met their aims; partners, held back by
precision, did not.
Extractor 1.7 then aimed at that precision. 1.7.0 (commit 1a8db8b) holds general rules written from heldout10's misses: where investment
is "concentrated in", high-risk suppliers "établis en", venues said with their verb ("se tiendra en", "soll … in Katar stattfinden"),
"am Rande des G20-Gipfels", German compounds such as "US-Exportkontrollen", a cable's end points after another country as subject,
a partner government's own partners after a sentence adverb, cooperation with "EU 외 주요국", an EU speaker named in the title, German
weak forms ("mit den Vereinigten Arabischen Emiraten") and CJK short names (豪州, モルドバ, 키르기스스탄).
\`heldout11/\` (${sets.heldout11.length} texts, written after that by a writer who read only the taxonomy and was asked for hard traps in
every text: a partner's own partners, cable landing points, failed negotiations, trade statistics, two texts with no third-country
partner) was scored once at 1.7.0 (\`results/heldout11.start.txt\`: partners F1 0.500 (precision 0.364, recall 0.800), instruments
0.700, areas 0.881, initiatives 0.808): the lowest first score so far, on the most adversarial batch. The general rules it prompted
(1.7.1, commit 3b5ba2e): a country that is the subject of a sentence naming no EU acts on its own behalf, alone with another place named
or together with other countries ("In 2018, Australia stepped in to finance …", "미국은 중앙아시아 5개국과의 … 대화", "日本政府も …"),
and the places it acts with are its counterparts (not in footnotes, which name an instrument's partners); the EU named before a no-party
phrase ("…, auquel l'Union européenne n'est pas partie", "，欧盟不是该协定的缔约方") is what is no party, and the places of that sentence
and the one before it are no partners through instruments either; someone else's cooperation stays theirs through instruments and
tables; a possessive's cooperation in a sentence without the EU ("its technology initiatives with …"); a partner of another country
("Estados Unidos, socio de México"); trading partners, trade tensions, loans from a place, routes ("crossing", "en passant par"),
landing points in French; a footnote in brackets after a full stop ends its sentence; a blank line ends a name ("20日\\n\\nEU" is no
日EU); the EU and a place as a CJK subject ("EUとタイは").
\`heldout12/\` (${sets.heldout12.length} texts, written at the same time the same way, less adversarial: about half the texts name
places that are no partners, one negative) was scored once at 1.7.1, before any rule was written from it (\`results/heldout12.start.txt\`:
partners F1 0.844 (precision 0.731, recall 1.0), instruments 0.848, areas 0.730, initiatives 0.771): the latest estimate for unseen text.
At the session's starting point (1.6.6) the same batch scores partners 0.826 and instruments 0.824, so heldout10's and heldout11's rules
carry over to unseen text only a little; on unseen text partners stay below the 0.90 aim, and areas (0.730) fall below theirs on this
batch (its writer labelled Earth observation as \`cloud-data\` and rural broadband as \`connectivity-5g-6g\`; adding broadband words
lowered area F1 on five earlier batches and was left out). 1.7.2 holds the rules written from heldout12's misses: a Korean name starts
a word ("관한 EU" is no 한-EU), 地中海 holds no Haiti and 수단 as "means" no Sudan, a city's country at the end of a clause only locates it
("… with Sydney, Australia."), Korean and Japanese names of South Africa; also the EU's co-actor past its member states ("L'Union
européenne, ses États membres et le Sénégal lancent …"), association in Japanese (準参加), well-known programmes (GOVSATCOM, the Ukraine
Facility, EDIH, GovStack, COSMO-SkyMed, AI gigafactories, Medusa in CJK) and the strategic and comprehensive partnership in its other
word order.
\`heldout13/\` (${sets.heldout13.length} texts, written the same way after 1.7.2) was scored once at 1.7.2 (\`results/heldout13.start.txt\`:
partners F1 0.845 (precision 0.769, recall 0.938), instruments 0.759, areas 0.744, initiatives 0.750; 1.6.6 on the same texts: partners
0.779, instruments 0.746). Its rules (1.7.3): someone's own arrangements and programmes ("its own chips arrangements with …", "under its
own programme"), a subject's partners named by adjective ("con partner statunitensi"), Korean venues in the future tense, CJK company
attributives ("한국 기업"), Viêt Nam in French; and, over all fourteen sets, a Chinese, Japanese or Korean text counts as long from 1,500
characters (not 6,000) for the area thresholds: area F1 0.862 to 0.874 on average, no set lower. (1.7.4) A table by partner (one header
word and a Markdown rule under it, no title column) gives its rows' instruments their partner.
\`heldout14/\` (${sets.heldout14.length} texts, written the same way after 1.7.3, with less usual partners) was scored once at 1.7.4
(\`results/heldout14.start.txt\`: partners F1 0.691 (precision 0.559, recall 0.905), instruments 0.857, areas 0.829, initiatives 0.727;
1.6.6 on the same texts: partners 0.623, instruments 0.783, areas 0.795). Its rules (1.7.5): a capital as the subject of a signing verb
("London signed … with the United States", "Bogotá firmó … con Corea del Sur"), a clause after a colon ("financed by others: Australia
funded …"), "des pays comme …" as a subject, a place acting "in eigene Kapazitäten", "US-Dollar", and the lead paragraph under a
masthead says whose cooperation a text reports.
\`heldout15/\` (${sets.heldout15.length} texts, written the same way after 1.7.5, about half of them with places that are no partners)
was scored once at 1.7.5 and no rule was written from it (\`results/heldout15.start.txt\`: partners F1 0.933 (precision 0.875, recall
1.0), instruments 0.906, areas 0.914, initiatives 0.812; 1.6.6 on the same texts: partners 0.848), the first unseen batch on which every
field meets its aim; \`heldout16/\` (${sets.heldout16.length} texts, written after that the same way, with less frequent partners) was
scored once at 1.7.5 too and left unseen (\`results/heldout16.start.txt\`: partners F1 0.906 (precision 0.828, recall 1.0), instruments
0.864, areas 0.844, initiatives 0.857; 1.6.6 on the same texts: partners 0.800, instruments 0.870, areas 0.783): the two are the latest
estimate for unseen text, and both meet every aim. On every batch first scored in 1.7 the partner F1 rose over 1.6.6 on the
same texts (heldout12 +0.02, heldout13 +0.07, heldout14 +0.07, heldout15 +0.09, heldout16 +0.11); on the harshest batches (heldout11, heldout14: nearly
every text built around other countries' dealings) it stayed well below 0.90, so precision on such texts is still the weak side.
\`heldout17/\` (${sets.heldout17.length} texts, written the same way after 1.7.5 and told to hide partners among countries named by common
nouns and pronouns, own deals of third countries, business councils and venues) was scored once at 1.8.0 (\`results/heldout17.start.txt\`:
partners F1 0.733 (precision 0.579, recall 1.0), instruments 0.806, areas 0.872, initiatives 0.833; 1.7.5: partners 0.733, 1.6.6: 0.721),
the clearest sign yet that unnamed subjects were the gap. Its rules (1.8.1): a country called by a common noun ("the country", "the island
republic", "le Royaume", "das Land", "该国", "我が国") owns the "with" of its clause; "It"/"Il"/"Elle" opening a sentence after one that opens
with a country stands for it; a country's pact with a region ("中国与东盟签署了…") and countries acting together in a clause that names no
EU are their own; damage "near" a place; "EU-ASEAN Business Council". 1.8.0, written from heldout7 and heldout14 before heldout17 was
scored: a CJK pair's own agreement ("泰国与日本的经济伙伴关系协定") and a list opening its sentence as the company of the country after it
("Gemeinsam mit Nigeria, Südafrika und Ägypten zieht Kenia … an").
\`heldout18/\` (${sets.heldout18.length} texts, written the same way after 1.8.1 with less common partners, seven with places that are no
partners, one negative) was scored once at 1.8.1 (\`results/heldout18.start.txt\`: partners F1 0.756 (precision 0.680, recall 0.850),
instruments 0.688, areas 0.754, initiatives 0.800; 1.7.5 on the same texts: partners 0.809, instruments 0.647; 1.6.6: partners 0.717). So
1.8.1 did worse than 1.7.5 on unseen text: 1.8.0 had made every pair "between" two places someone else's, and "the EU and its Member
States support the … cable between Kazakhstan and Azerbaijan" lost both partners. Its rules (1.8.2): only a CJK pair's own agreement
is someone else's (what lies "between" two places may be the EU's); those who "shaped" or "dominated" a region, a route that "transits"
a country, "New Britain" (an island of Papua New Guinea), "日本の支援" (Japan's own aid), and "Union africaine – Union européenne"
written out as a pair. (1.8.3) A German ordinal before a month ("am 3. Dezember") ends no sentence, and an instrument whose sentence
names its partner only by a common noun ("Das Land ist … mit … Horizont Europa assoziiert") goes to the partner named before it: instruments
0.647 to 0.722 on this batch (heldout8 0.891 to 0.902); a team-europe initiative "in Central Asia" given the countries of the region is
still counted against it.
\`heldout19/\` (${sets.heldout19.length} texts, written the same way after 1.8.3, across a wide range of partners, one negative) was scored
once at 1.8.3 (\`results/heldout19.start.txt\`: partners F1 0.831 (precision 0.914, recall 0.762), instruments 0.738, areas 0.750 (precision
0.612: its labeller kept only the topics a text develops), initiatives 0.842; 1.7.5 on the same texts: the same figures; 1.6.6: partners
0.785, instruments 0.656). Here recall was the weak side: partners that "take part in" or "participate in" a programme, that "cofinanciará"
a network, that hold an adequacy decision. Its rules (1.8.4) add those partner words (English, Spanish, Korean 적정성); the Korean "잇는"
(linking) was tried and left out, since it made Egypt a partner of a cable route through it in heldout13. The EU's own bodies (ENISA, the
EIB) now stand on the EU's side like its member states: never partners, and "an administrative arrangement between ENISA and Canada" is the
EU's with Canada (1.8.5: heldout14 and heldout19 up, no set lower).
\`heldout20/\` (${sets.heldout20.length} texts, written the same way after 1.8.5, two negatives) was scored once at 1.8.5 and no rule was
written from it (\`results/heldout20.start.txt\`: partners F1 0.906 (precision 0.857, recall 0.960), instruments 0.679, areas 0.867,
initiatives 0.938; 1.7.5 on the same texts: the same figures; 1.6.6: partners 0.857, instruments 0.655). It is the latest estimate for
unseen text: partners, areas and initiatives meet their aims, instruments do not. The first scores of heldout17-20 say the same thing
as this one: the 1.8 rules mend the batch they were written from and move the next unseen batch little (heldout19 and heldout20 score
the same at 1.7.5 and 1.8.x; heldout18 lower at 1.8.1 until 1.8.2 mended the rule that caused it). After it (1.8.6, written from the
instrument errors of heldout11-19, none from heldout20): an instrument "on …/sur …/sobre … in <place>" is that place's ("Team Europe
Initiative on Digital Connectivity in Central Asia"), and a cable or link "between" two places joins them rather than being their own
cooperation: instruments of heldout11 0.913 to 0.936, heldout18 0.722 to 0.800, partners of heldout19 0.900 to 0.914, no set lower; and
on heldout20, whose errors were not looked at, instruments 0.679 to 0.809 (precision 0.692 to 0.950), which then meets its aim too.
\`heldout21/\` (${sets.heldout21.length} texts, written the same way after 1.8.6, two negatives) was scored once at 1.8.6 and left unseen
(\`results/heldout21.start.txt\`: partners F1 0.909 (precision 0.909, recall 0.909), instruments 0.976, areas 0.882, initiatives 0.818;
1.7.5 on the same texts: partners 0.884, instruments 0.950): every field meets its aim.
\`heldout22/\` (${sets.heldout22.length} texts, official pages written the same way after 1.8.6, two negatives) and \`heldout23/\`
(${sets.heldout23.length} texts, press and analysis, two negatives) were both scored once at 1.8.6 (\`results/heldout22.start.txt\`: partners
F1 0.898, instruments 0.675, areas 0.864, initiatives 0.805; \`results/heldout23.start.txt\`: partners 0.785 (precision 0.689, recall
0.912), instruments 0.755, areas 0.814, initiatives 0.840). heldout22 was then read and rules written from it and from the residual
errors of all earlier batches (1.9): footnotes in brackets ("Digital Partnerships(1)" … "(1) With Japan, …"), an instrument in a
sentence naming no one goes to the text's only partner country, an instrument named for a pair without the EU ("the Japan–India
Digital Partnership", "日印デジタル・パートナーシップ") and two places joined by a dash before an agreement are someone else's, so are
the agents of a passive signing and what a country joins by an acronym ("China applied to join DEPA") in a sentence without the EU;
"declined to take part", "no se sumaron", "investments from"; a member state's compound ("Deutsch-Brasilianischer Digitaldialog");
parts of Africa ("West Africa", "Ostafrika") are no longer the continent. heldout23 stayed unseen: at 1.9.4 it scored partners 0.805,
instruments 0.815, areas 0.831, and the later 1.9 rules left it there, so its partner precision (0.72) is what the next rules must
earn on text they were not written from.
\`heldout25/\` (${sets.heldout25.length} short texts of 80–300 words, written after 1.9.10 the same way, three negatives) was scored once at
1.8.6 and kept unseen (\`results/heldout25.start.txt\`: partners F1 0.800 (precision 0.727, recall 0.889), instruments 0.909, areas
0.778, initiatives 0.719). At 1.10.0 it scores the same except areas (0.750: the connectivity and data keywords of 1.9 added two
false areas). So the 1.9/1.10 rules, written from heldout22 and the residual errors of earlier batches, mend those and leave the next
two unseen batches where they were: partner precision on unseen text (0.72–0.73 on heldout23 and heldout25) is the field the aim is
furthest from. \`heldout24/\` (${sets.heldout24.length} long documents of 1,000–1,500 words or 1,800–2,300 CJK characters: progress reports,
speeches, a parliamentary report, national strategies, two negatives), written at the same time, was scored once at 1.8.6 and kept
unseen (\`results/heldout24.start.txt\`: partners F1 0.701 (precision 0.562, recall 0.931), instruments 0.758, areas 0.800, initiatives
0.656); at 1.10.0 partners 0.743 (precision 0.611), instruments 0.812, areas 0.815, initiatives 0.656 (0.677 at 1.10.1, which
adds seven named EU programmes to the list, none of them taken from this batch). Long texts that name dozens of
countries in every role are the hardest case so far: most of their false partners are countries a cue word near them reads as
cooperation although the text gives them another role two clauses away.
The 1.11 rules were then written from the errors of heldout23, heldout24 and heldout25 (so these three are no longer unseen) and the
residual errors of the earlier batches: the EU saying it takes no part in German, French and Chinese forms ("ist daran nicht beteiligt",
"n'y participe pas", "均未参与", "不包括欧盟"), places that stay out (did not endorse, invited and declined, attended as an observer),
donors of their own ("provided … by", "subvention de"), routes and venues ("off", "longeant", "à Fortaleza, au Brésil"), rankings after
the names, numbered sections that never name the EU, "Southeast Asia" as a part of the world rather than ASEAN, the EU as a yardstick
or model ("EU보다", "EU식"), unnamed others as a subject ("Several partners signed … with the United States"), non-EU agreements before
a list; initiatives named in quotation marks or after a naming word ("called SkyClass Kyrgyzstan", "die sogenannte Digitale
Seidenstraße") and one-word names at a head noun ("the 2Africa cable"); "mémorandum d'entente" and digital dialogues named by topic.
At 1.11.2 heldout23 scores partners 0.925, heldout24 0.935 (a Korean footnote marker "파트너십¹⁾" now read), heldout25 0.947 (from 0.805,
0.743, 0.800 at 1.10.1).
Two new batches were written after 1.10.1 and scored once at 1.10.1 before any of these rules: \`heldout26/\`
(${sets.heldout26.length} texts: news, Council conclusions, a parliamentary question, briefings, two negatives; \`results/heldout26.start.txt\`:
partners F1 0.810 (precision 0.708, recall 0.944), instruments 0.873, areas 0.690, initiatives 0.622) and \`heldout27/\`
(${sets.heldout27.length} long documents of 1,400–2,200 words or 2,900–3,300 CJK characters: annual and evaluation reports, strategy papers,
proceedings, with tables and footnotes; \`results/heldout27.start.txt\`: partners F1 0.609 (precision 0.558, recall 0.671), instruments
0.719, areas 0.795, initiatives 0.634). At 1.11.0, whose rules came from heldout23-25 only, heldout26 scored partners 0.810 (the same)
and initiatives 0.667; heldout27 partners 0.616, initiatives 0.724. heldout26 was then read for the 1.11.1 and 1.11.2 rules (now partners
0.954, areas 0.787, initiatives 0.689, so no longer unseen); heldout27 stays unseen and is the current estimate for long documents,
the same at 1.11.1 and 1.11.2: partners 0.616 (precision 0.570, recall 0.671: one report names its twenty partners only in a footnote
list of signatories), instruments 0.727, areas 0.795, initiatives 0.724. 1.11.2 adds names of Team Europe Initiatives by topic and
place, Romance names after a capitalised article, quoted names after a head and an adjective, and the area rule below. The lesson of heldout17-27 holds: rules mend the batch they are written from and move the next unseen batch of
another genre little; partner roles in long documents need a reading of clauses (who does what with whom), not more cue words.
Three more batches of long reports (ten each, eight languages, one negative each; written from the taxonomy only) were scored
once at 1.11.3 before any 1.12 rule: \`heldout28/\` (${sets.heldout28.length} texts; \`results/heldout28.start.txt\`: partners 0.647
(precision 0.532, recall 0.825), instruments 0.835, areas 0.783, initiatives 0.756), \`heldout29/\` (${sets.heldout29.length};
partners 0.651 (precision 0.554), instruments 0.738, areas 0.865, initiatives 0.698) and \`heldout30/\` (${sets.heldout30.length}, written
after 1.12.4; partners 0.619 (precision 0.462, recall 0.938), instruments 0.841, areas 0.723, initiatives 0.717). heldout28 was read
for 1.12.0-1.12.5 and heldout29 for 1.12.6-1.12.11; heldout27 and heldout30 were never read. The 1.12 rules: donors beside the EU
("coordinates with … through the informal donor group"), tables that list funders with the EU among them or are headed by a pair
of others, a text that names the EU only to compare (its tables are others'), a transit role or a project "without EU participation"
said of one sentence only, a place paired with the EU by name that stays out of one project, "no framework of cooperation with the
EU", instruments said not to exist or named again, the outermost regions of the EU; and one structural rule, **a country whose only
partner evidence in a long document (7,000 characters, 2,500 CJK) is a single cued mention in prose is no partner** (1.12.3). That
rule is the first in many rounds to move unseen long documents: measured once at 1.12.3 on the then unseen heldout27 and heldout29,
partners 0.620 -> 0.697 and 0.651 -> 0.685 (precision 0.576 -> 0.868 and 0.554 -> 0.661). heldout30, first scored at 1.12.5:
partners 0.756 (precision 0.620, recall 0.969), instruments 0.889, initiatives 0.761. A list-companion exception tried at 1.12.12 (a
country named once beside partners the text returns to) gained two and lost one on the read batches but added five false partners
and one true one on heldout27 and heldout30 together, and was reverted (1.12.13): that one decision looked at the unseen batches'
totals. At 1.12.15 (whose last changes are mends for seed 001 and an instrument named in a table heading), unseen: heldout27 partners 0.721 (precision 0.860, recall 0.620), instruments 0.756, areas 0.795, initiatives
0.731; heldout30 partners 0.756, instruments 0.889, areas 0.723, initiatives 0.761. Read: heldout28 partners 0.987, heldout29 0.920.
Partner recall on heldout27 (0.620) is now the weak side: countries named once in a long report that are partners after all.
EXTRACTOR_VERSION 1.13 read heldout30 (1.13.0), \`heldout32/\` (${sets.heldout32.length} texts of 150-900 words, three negatives; written after
1.12.15 and scored once then, \`results/heldout32.start.txt\`: partners 0.795 (precision 0.744, recall 0.853), instruments 0.879, areas 0.864,
initiatives 0.527; read for 1.13.1-1.13.3), \`heldout34/\` (${sets.heldout34.length} texts of 250-1,000 words, four negatives or near-negatives;
scored once at 1.13.3, \`results/heldout34.start.txt\`: partners 0.811 (precision 0.698, recall 0.968), instruments 0.923, areas 0.804,
initiatives 0.706; read for 1.13.4) and \`heldout31/\` (${sets.heldout31.length} texts; scored at 1.12.15, 0.659 (precision 0.551), and at 1.13.4, 0.625,
before it was read for 1.13.5). The 1.13 rules: a funders' or investors' column makes a row funded by others alone their project;
a table with neither a partner nor a timeline column has a row on every line; "the Union", "l'Union", "la Unión" are the EU; a member
state named after a route word ("extension to France") is not the EU taking part; withdrawal ("withdrew", "退出", "游离于…之外"),
what a report does not cover or evaluate, "chose not to join", "outside the EU's frame" make places other (the last four in their
sentence only); members of groupings the EU is not in (RCEP, CPTPP, DEPA, BRICS, the Quad) named just before them are no partners;
the subject of a clause after "that/que/dass", a list fronted by "con/with" before another country's verb, a donor acting through
its agency ("a través de KOICA"), a CJK sentence's first place "with" another and a country in the title of someone else's
agreement ("《东盟数字经济框架协议》") are others' cooperation; route words ("con escala en", "sin pasar por", "branche vers", "does not
transit"), "Vergleich", "impose", "withdrew its support", "cooperated with the investigation", Korean names of a country's bodies
("미국 넥스트G 얼라이언스"); instruments from a quoted name after them ("initiative Team Europe « Mauritanie numérique »") or a CJK label
before them, Team Europe Initiative in three more languages, Digital Economy Package in six, Chile's and Mexico's modernised
agreements as free-trade agreements; initiative names of more shapes ("ATLAS-Sud", "Passerelle-IA", "Cyber4Dev", "6G-BRIDGE",
"Conecta Pacífico", names in CJK quotes after a word for a project or a pilot). Unseen: heldout27 (never read) partners 0.721
(unchanged since 1.12.15), instruments 0.756 -> 0.778; \`heldout33/\` (${sets.heldout33.length} texts, six medium and six long reports with tables
and footnotes, two negatives; written after 1.12.15 and scored once at 1.13.0, \`results/heldout33.start.txt\`: partners 0.792 (precision
0.769, recall 0.816), instruments 0.824, areas 0.857, initiatives 0.750; never read) partners 0.808 at 1.13.4 and 0.796 at 1.13.5,
instruments 0.824 at 1.13.5. heldout31, while unseen, went 0.659 -> 0.625 with 1.13.0 (two true partners lost). The pattern of
earlier rounds holds: each round's rules mend the batch they are read from (heldout30 0.756 -> 0.970, heldout32 0.795 -> 0.923,
heldout34 0.811 -> 0.912, heldout31 0.625 -> 0.871) and move the unseen batches little, one way or the other.
1.13.6-1.13.8 add footnotes whose marker ends a stretch of a sentence in which the EU cooperates, cables named by the sea or the
route they cross in eight languages ("the Black Sea submarine cable", "Trans-Kaspische Glasfaserkabel", "흑해 해저 광케이블",
"跨里海光缆") and names ending in Mechanism, Process, Reserve, Park, Bridge or Pact: initiative recall over the read batches
0.838 -> 0.850, unseen heldout27 0.731 -> 0.754 and heldout33 0.750 (both 0.752 pooled, the aim being 0.75); partners unchanged.
EXTRACTOR_VERSION 1.14 adds the partner model (libs/extraction-core, partner-model.ts): a logistic model over the rules' result,
trained on each batch's first output (\`first/\`: what the extractor of the day gave the batch before any rule was written from it),
decides the places whose verdict the rules left open; instruments, partner columns, footnotes, no-party statements and partners with
the EU named close by stay as the rules read them. Leave-one-batch-out over 31 batches (1.14.0): partner F1 0.780 -> 0.859. Unseen
(never read, and never in the model's training): heldout27 partners 0.721 -> 0.811 (precision 0.870, recall 0.759), heldout33
0.796 -> 0.839 (0.886, 0.796), 0.752 -> 0.822 pooled; seeds unchanged. Two new batches were then written from the taxonomy alone
and scored once at 1.14.0 (\`heldout35/\`, ${sets.heldout35.length} texts, and \`heldout36/\`, ${sets.heldout36.length} texts, eight
languages, three or four negatives each; \`results/heldout35.start.txt\`, \`results/heldout36.start.txt\`): partners 0.756 and 0.781
(0.767 pooled; the rules alone, \`--rules-only\`, 0.689 and 0.657, 0.675 pooled), instruments 0.784 and 0.800, areas 0.765 and 0.835,
initiatives 0.886 and 1.0. Their first outputs then joined the training data (1.14.1: 33 batches, leave-one-batch-out 0.773 ->
0.854, \`results/partner-model.md\`); heldout27 and heldout33 at 1.14.1: 0.797 and 0.830, 0.810 pooled. A learning curve over the
same 33 batches (each batch scored by a model trained on every 4th, every 2nd or every other batch) gives 0.820, 0.849 and 0.854:
more texts of the same kind will not bring the model to 0.90. 1.14.2 lets the model overturn a partner of the rules with the EU
named close by when it is sure (under 0.1; leave-one-batch-out 0.854 -> 0.860). Two more batches written from the taxonomy alone
and scored once at 1.14.2 (\`heldout37/\`, ${sets.heldout37.length} texts, and \`heldout38/\`, ${sets.heldout38.length} texts, three
negatives each; \`results/heldout37.start.txt\`, \`results/heldout38.start.txt\`): partners 0.822 and 0.764 (the rules alone 0.747
and 0.826; 0.790 against 0.789 pooled), instruments 0.857 and 0.811, areas 0.720 and 0.810, initiatives 0.805 and 0.765. Over the
four batches first scored with the model (heldout35-38): partners 0.779 (precision 0.736, recall 0.828) against the rules' 0.734
(0.647, 0.848); the gain is in precision, and it varies from batch to batch (+0.09 on heldout35/36, nothing on heldout37/38).
1.14.3 adds heldout37/38 to the training data (35 batches, leave-one-batch-out 0.774 -> 0.860; heldout27 and heldout33 0.826
pooled) and keeps the places of a footnote to threats or sanctions out of the model's additions. Two more batches written from the
taxonomy alone and scored once at 1.14.3 (\`heldout39/\`, ${sets.heldout39.length} texts, and \`heldout40/\`, ${sets.heldout40.length} texts,
three negatives each; \`results/heldout39.start.txt\`, \`results/heldout40.start.txt\`): partners 0.842 and 0.786 (the rules alone
0.787 and 0.767), instruments 0.875 and 0.829, areas 0.723 and 0.727, initiatives 0.885 and 0.741; 1.14.4 adds them to the
training data (37 batches, leave-one-batch-out 0.774 -> 0.862).
EXTRACTOR_VERSION 1.15 adds the area model (area-model.ts): a logistic model that takes away the keyword rule's document areas a
text names only in passing, from the rule's verdict, the keyword counts, which keywords, the area, the title, the area's share and
rank among the document's areas, length and language (trained on today's output of every batch that may be read,
\`train-area-model.ts\`; it never adds an area). Leave-one-batch-out over 39 batches: area F1 0.836 -> 0.860; heldout27 and heldout33
0.833 -> 0.849. Two batches written from the taxonomy alone with areas named in passing, scored once at 1.15.0 (\`heldout41/\`,
${sets.heldout41.length} texts, and \`heldout42/\`, ${sets.heldout42.length} texts, three negatives each; \`results/heldout41.start.txt\`,
\`results/heldout42.start.txt\`): areas 0.656 and 0.704 (the rule alone 0.526 and 0.588), partners 0.824 and 0.681 (the rules
alone 0.800 and 0.577), instruments 0.914 and 0.765, initiatives 0.762 and 0.957. 1.15.1 adds them to both models' training data
(partner model: 39 batches, 0.771 -> 0.858; area model: 41 batches, 0.823 -> 0.855; heldout27 and heldout33 areas 0.857).
1.15.2 joins words broken over two lines by a hyphen between lower-case letters ("Re-\npública Dominicana", "Ja-\nmaica", which
heldout42 showed); of all evaluation texts only two outputs change (heldout42's Caribbean report finds both partners, a heldout5
PDF page two more instruments, both in its gold file), the seeds not at all. 1.15.3 reads an area keyword in the title only as a
word of its own ("AI" is not in "Ukraine"): area model leave-one-batch-out 0.857, heldout27 and heldout33 areas 0.861. Two more
batches written from the taxonomy alone, scored once at 1.15.3 (\`heldout43/\`, ${sets.heldout43.length} texts, and \`heldout44/\`,
${sets.heldout44.length} texts, three negatives each; \`results/heldout43.start.txt\`, \`results/heldout44.start.txt\`): partners 0.877
and 0.750 (the rules alone 0.737 and 0.735), areas 0.780 and 0.830 (the rule alone 0.746 and 0.611), instruments 0.667 and 0.811,
initiatives 0.778 and 0.812. 1.15.4 adds them to both models' training data (partner model: 41 batches, 0.770 -> 0.859; area
model: 43 batches, 0.817 -> 0.853) and reads an EU Delegation ("The Delegation also works with Australia") as the EU named close
by; heldout27 and heldout33 at 1.15.4: partners 0.826, areas 0.850. 1.15.5 reads "invited to join … declined" across up to
60 characters, so that a long instrument name fits between ("was invited to join the Team Europe Initiative but has so far
declined"); of all evaluation texts only that initiative's partners change. Three more batches written from the taxonomy alone,
shaped like published EU documents (\`heldout45/\`), member states' own bilateral cooperation as their governments write it
(\`heldout46/\`) and analyst and media writing (\`heldout47/\`), ${sets.heldout45.length}, ${sets.heldout46.length} and
${sets.heldout47.length} texts, three negatives each, scored once at 1.15.5 (\`results/heldout45.start.txt\` …): partners 0.842, 0.968
and 0.973 (the rules alone 0.774, 0.882 and 0.857), instruments 0.936, 0.971 and 0.977, areas 0.739, 0.870 and 0.783 (the rule
alone 0.610, 0.702 and 0.667), initiatives 1.0, 0.769 and 1.0; pooled partners 0.912 (precision 0.905, recall 0.919; the rules
alone 0.826), instruments 0.960, areas 0.797 (precision 0.696, recall 0.932), initiatives 0.919 (34/37). 1.15.6 reads the EU said
to be no party after its bracketed acronym or "and its member states" ("欧州連合（EU）及びその加盟国は参加していません") and Japanese
polite negatives of taking part, and an EU named only to say it is no party no longer shows the EU acting; of all evaluation texts
two Japanese negatives (heldout39, heldout41) lose every partner and nothing else changes. It adds heldout45-47 to both models'
training data (partner model: 44 batches, 0.772 -> 0.861; area model: 46 batches, 0.810 -> 0.850); heldout27 and heldout33 at
1.15.6: partners 0.826, instruments 0.802, areas 0.851, initiatives 0.752. Three more batches written from the taxonomy alone and
scored once at 1.15.6: longer pages from PDF reports and communications (\`heldout48/\`), texts from the partners' side and the
regions, one of them bilingual (\`heldout49/\`), and short, dense items such as a calendar, a call for proposals and a list of
signatories (\`heldout50/\`), ${sets.heldout48.length}, ${sets.heldout49.length} and ${sets.heldout50.length} texts: partners 0.876,
0.750 and 0.578 (the rules alone 0.816, 0.766 and 0.480), instruments 0.886, 0.867 and 0.800, areas 0.844, 0.857 and 0.837 (the
rule alone 0.809, 0.716 and 0.783), initiatives 1.0, 0.800 and 0.889; pooled partners 0.770 (precision 0.838, recall 0.713),
instruments 0.866, areas 0.847, initiatives 0.900 (45/50). heldout50 missed whole lists under a label (a call's "Países
beneficiarios elegibles:", the numbered signatories of a declaration). 1.15.7 reads the places a label presents before a
colon ("Partner countries:", "paesi pilota:", "Países beneficiarios elegibles:", in eight languages) as a table's partner
column, and the signatories a label lists when the EU is among them; "no figura entre / is not among the … beneficiaries"
says no party. Of all evaluation texts four outputs change, each to its gold (heldout45 0.873 -> 0.967, heldout50 0.578 -> 0.897),
the seeds and heldout27/33 not at all. It adds heldout48-50 to both models' training data (partner model: 47 batches, 0.769 ->
0.860; area model: 49 batches, 0.808 -> 0.852); heldout27 and heldout33 at 1.15.7: partners 0.826, instruments 0.802, areas
0.842, initiatives 0.752. Three more batches scored once at 1.15.7: EU institutions' own pages (\`heldout51/\`), corporate,
research and civil-society voices (\`heldout52/\`) and one text per world region in mixed formats (\`heldout53/\`),
${sets.heldout51.length}, ${sets.heldout52.length} and ${sets.heldout53.length} texts: partners 0.933, 0.895 and 0.889 (the rules alone 0.800,
0.756 and 0.701), instruments 0.955, 0.957 and 0.915, areas 0.875, 0.780 and 0.881 (the rule alone 0.656, 0.696 and 0.693),
initiatives 1.0, 0.938 and 0.941; pooled partners 0.901 (precision 0.843, recall 0.967), instruments 0.937, areas 0.851,
initiatives 0.946 (35/37). 1.15.8 adds them to both models' training data (partner model: 50 batches, 0.768 -> 0.858; area model:
52 batches, 0.802 -> 0.849); trained so, the model overturned "The EU-funded academy trains officials from Kenya and Rwanda" (a
rule spec) when the next sentence says another country withdrew, so the bar for overturning a partner of the rules with the EU
close by is now 0.05 (was 0.1), the highest at which the clear cases of the rule specs hold. Three more batches scored once at
1.15.8: trade, data and regulatory cooperation (\`heldout54/\`), security and resilience (\`heldout55/\`), development cooperation
and skills (\`heldout56/\`), ${sets.heldout54.length}, ${sets.heldout55.length} and ${sets.heldout56.length} texts: partners 0.903, 0.848 and
0.651 (the rules alone 0.800, 0.824 and 0.667), instruments 0.833, 0.968 and 0.737, areas 0.714, 0.824 and 0.811 (the rule alone
0.612, 0.778 and 0.727), initiatives 0.667, 0.778 and 0.786; pooled partners 0.785 (precision 0.792, recall 0.778), instruments
0.860, areas 0.779, initiatives 0.769 (20/26). 1.15.9 reads a place the text says is excluded or not eligible ("Experts
established in Russia or Belarus are excluded under EU restrictive measures", "ne sont pas éligibles") as no party, and
"excluded from these topics" as said of those topics only; of all evaluation texts two outputs change, both to their gold
(heldout37, heldout56). It adds heldout54-56 to both models' training data (partner model: 53 batches, 0.767 -> 0.856; area
model: 55 batches, 0.799 -> 0.848); heldout27 and heldout33 at 1.15.9: partners 0.826, instruments 0.802, areas 0.837,
initiatives 0.752. 1.15.10 reads a list named as partners after it ("has selected Benin, Ethiopia, Nigeria, Togo and Uganda as
first-round pilot countries", "comme pays pilotes", "als Pilotländer"); no evaluation output changes (the retrained models already
read heldout56's case). Three more batches scored once at 1.15.10: East Asia in its own languages with two bilingual texts
(\`heldout57/\`), Africa, Latin America and the Middle East as local outlets write (\`heldout58/\`), and the EU's neighbours and
candidates in member states' parliaments and media (\`heldout59/\`), ${sets.heldout57.length}, ${sets.heldout58.length} and
${sets.heldout59.length} texts: partners 0.815, 0.811 and 0.815 (the rules alone 0.647, 0.682 and 0.700), instruments 0.878, 0.783
and 0.842, areas 0.809, 0.933 and 0.864 (the rule alone 0.769, 0.764 and 0.745), initiatives 0.727, 0.923 and 0.739; pooled
partners 0.814 (precision 0.706, recall 0.960), instruments 0.843, areas 0.868, initiatives 0.787 (37/47). Their false partners
were mostly others' cooperation: China and ASEAN's own free trade area, the Western Balkans' own roaming agreement with the EU as
the model. 1.15.11 reads a place joined by a dash to another place outside the EU ("中国—东盟自由贸易区", "the Japan–ASEAN
centre", "한-아세안") as those two's own cooperation; of all evaluation texts one output changes, to its gold (heldout57). It adds
heldout57-59 to both models' training data (partner model: 56 batches, 0.764 -> 0.857; area model: 58 batches, 0.798 -> 0.852);
heldout27 and heldout33 at 1.15.11: partners 0.826, instruments 0.802, areas 0.836, initiatives 0.752. Three more batches scored
once at 1.15.11: a week of news as media monitoring collects it (\`heldout60/\`), long-form policy writing (\`heldout61/\`) and one
technology area per text (\`heldout62/\`), ${sets.heldout60.length}, ${sets.heldout61.length} and ${sets.heldout62.length} texts: partners
0.903, 0.895 and 0.970 (the rules alone 0.824, 0.780 and 0.941), instruments 0.909, 0.816 and 0.929, areas 0.821, 0.750 and 0.687
(the rule alone 0.604, 0.610 and 0.449), initiatives 0.857, 0.933 and 0.824; pooled partners 0.914 (precision 0.901, recall
0.928), instruments 0.873, areas 0.756, initiatives 0.872 (34/39). 1.15.12 adds them to both models' training data (partner
model: 59 batches, 0.766 -> 0.861; area model: 61 batches, 0.789 -> 0.848). Three more scored once at 1.15.12: summits and
ministerial meetings (\`heldout63/\`), funding and project pipelines (\`heldout64/\`), and hard negatives with subtle positives
(\`heldout65/\`), ${sets.heldout63.length}, ${sets.heldout64.length} and ${sets.heldout65.length} texts: partners 0.733, 0.945 and 0.800 (the
rules alone 0.667, 0.813 and 0.632), instruments 0.923, 0.519 and 0.923, areas 0.885, 0.826 and 0.737 (the rule alone 0.687,
0.741 and 0.636), initiatives 0.889, 0.645 and 1.0; pooled partners 0.860 (precision 0.878, recall 0.843), instruments 0.785,
areas 0.824, initiatives 0.750 (36/48). heldout64's gold gives a regional Team Europe Initiative one entry per country where the
extractor, like other batches' gold, gives the region. 1.15.13 adds them to both models' training data (partner model: 62
batches, 0.766 -> 0.860; area model: 64 batches, 0.786 -> 0.848); heldout27 and heldout33 at 1.15.13: partners 0.831,
instruments 0.802, areas 0.836, initiatives 0.752.
Three more batches, scored once at 1.15.13 and kept apart like heldout27 and heldout33 (never read, no rule and no model fitted
to them; \`batches.ts\` \`WITHOUT_FIRST_OUTPUT\`): a mixed sample as an analyst's inbox holds it (\`heldout66/\`), retrospectives
and plans (\`heldout67/\`), and documents in the shape of the EU's own communications (\`heldout68/\`), ${sets.heldout66.length},
${sets.heldout67.length} and ${sets.heldout68.length} texts: partners 0.800, 0.788 and 0.928 (the rules alone 0.759, 0.743 and 0.917),
instruments 0.915, 0.900 and 0.915, areas 0.816, 0.885 and 0.870 (the rule alone 0.592, 0.806 and 0.727), initiatives 0.882, 1.0
and 1.0; pooled partners 0.854 (precision 0.838, recall 0.870), instruments 0.911, areas 0.859 (precision 0.788, recall 0.944),
initiatives 0.964 (53/55).
Three more scored once at 1.15.14: what partners' governments and third parties publish (\`heldout69/\`), law, oversight and
money (\`heldout70/\`) and people and events (\`heldout71/\`), ${sets.heldout69.length}, ${sets.heldout70.length} and ${sets.heldout71.length} texts:
partners 0.870, 0.692 and 0.857 (the rules alone 0.564, 0.560 and 0.774), instruments 0.923, 0.621 and 0.952, areas 0.821, 0.821
and 0.762, initiatives 0.833, 0.800 and 0.800; pooled partners 0.777 (precision 0.889, recall 0.690), instruments 0.816, areas
0.800, initiatives 0.808 (21/26). What they missed was read as it was written: a call's table whose partner column is headed
"Países beneficiarios" over rows of figures, a list named again by its count ("aus den drei Partnerländern"), a member state's
agency named without its country (BMZ, GIZ), German instrument names in the genitive; 1.15.15-1.15.16 read them. 1.15.17 gives
the partner model the two words on either side of each mention and adds the batches to both models' training data (partner
model: 65 batches, 0.861 -> 0.868; area model: 67 batches, 0.843); heldout27 and heldout33 at 1.15.17: partners 0.828,
instruments 0.802, areas 0.850, initiatives 0.752. Three more scored once at 1.15.17: many instruments at once
(\`heldout72/\`), the EU's neighbours and candidates (\`heldout73/\`) and digests of unrelated items (\`heldout74/\`),
${sets.heldout72.length}, ${sets.heldout73.length} and ${sets.heldout74.length} texts: partners 0.955, 0.788 and 0.882 (the rules alone 0.903, 0.812 and
0.857), instruments 0.915, 0.323 and 1.0, areas 0.833, 0.737 and 0.737, initiatives 1.0, 0.933 and 0.714; pooled partners 0.883
(precision 0.830, recall 0.943), instruments 0.805, areas 0.774, initiatives 0.885 (23/26). heldout73's instruments were mostly
one table with a column per programme ("| Country | Horizon Europe | Digital Europe |"), which 1.15.18 reads; 1.15.19 retrains
(partner model: 68 batches, 0.868; area model: 70 batches, 0.842). Three more scored once at 1.15.19: the spoken word
(\`heldout75/\`), South Asia, the Gulf and the Pacific (\`heldout76/\`) and legal and formal texts (\`heldout77/\`),
${sets.heldout75.length}, ${sets.heldout76.length} and ${sets.heldout77.length} texts: partners 0.889, 0.950 and 0.759 (the rules alone 0.839, 0.750 and
0.562), instruments 0.944, 0.789 and 0.833, areas 0.864, 0.846 and 0.780, initiatives 1.0, 0.571 and 0.571; pooled partners 0.875
(precision 0.840, recall 0.913), instruments 0.857, areas 0.832, initiatives 0.700 (14/20). 1.15.20 adds them to both models'
training data (partner model: 71 batches, 0.867; area model: 73 batches, 0.843); heldout27 and heldout33 at 1.15.20: partners
0.831, instruments 0.802, areas 0.837, initiatives 0.752; heldout66-68 at 1.15.20 (their headline figures only, still unread):
partners 0.872, instruments 0.917, areas 0.863, initiatives 0.964. 1.15.21 reads "between the Government of X and the Government
of Y" as two others' parties; of every evaluation text only heldout77-05 changes (Cameroon no longer a partner, to its gold).
Three more scored once at 1.15.21: calls, tenders and grant notices (\`heldout78/\`), parliamentary questions, hearings and audit
reports (\`heldout79/\`) and chronologies and round-ups (\`heldout80/\`), ${sets.heldout78.length}, ${sets.heldout79.length} and ${sets.heldout80.length} texts: partners 0.810, 0.950
and 0.897 (the rules alone 0.741, 0.909 and 0.857), instruments 0.444, 1.0 and 0.868, areas 0.774, 0.821 and 0.821, initiatives
0.846, 0.700 and 1.0; pooled partners 0.871 (precision 0.917, recall 0.830), instruments 0.838, areas 0.810, initiatives 0.861
(31/36). What they missed was mostly stated by structure: the footnote to "associated countries¹²" in a Horizon Europe call and to
"cinq pays cibles⁴" (1.15.22), "Samoa and Tonga are the hub's first pilot countries" (1.15.23), and German text wrapped at 60
characters, whose every line had been read as a sentence of its own because the next line began with a capitalised noun
(1.15.24). None of the three rules changes the partners of any earlier read text except heldout70-06 (1.15.24: Ghana lost, against
its gold); 1.15.25 adds the batches to both models' training data (partner model: 74 batches, 0.870; area model: 76 batches,
0.843). Three more scored once at 1.15.25: business and industry sources (\`heldout81/\`), pages that list many countries
(\`heldout82/\`) and research and academia (\`heldout83/\`), ${sets.heldout81.length}, ${sets.heldout82.length} and ${sets.heldout83.length} texts: partners 0.759, 0.574 and 0.711
(the rules alone 0.478, 0.456 and 0.612), instruments 0.963, 0.667 and 0.923, areas 0.882, 0.900 and 0.774, initiatives 1.0, 1.0
and 0.667; pooled partners 0.635 (precision 0.769, recall 0.541), instruments 0.873, areas 0.857, initiatives 0.878 (43/49), the
lowest round so far. The pages of many countries set their lists out rather than saying them: a label standing alone over bulleted
lines ("Pays bénéficiaires" over "• Sénégal – …"), a count before the list ("the programme currently works in 20 countries" over
lines "Eastern Africa: Kenya, Rwanda, …"), "pays partenaires du programme :" over a line of prose, a university's bracketed seat in
a consortium (1.15.26-1.15.27); page tags ("Tags: Africa, Digital") had made a continent a partner (1.15.28). None of these
changes the partners of an earlier read text. 1.15.29 adds the batches to both models' training data (partner model: 77
batches, 0.861 over the harder pool; area model: 79 batches, 0.842); heldout27 and heldout33 at 1.15.29: partners 0.849,
instruments 0.802, areas 0.843, initiatives 0.752; heldout66-68 (headline figures only, still unread): partners 0.872, instruments
0.917, areas 0.865, initiatives 0.964. Three more scored once at 1.15.29: short posts and announcements (\`heldout84/\`, 250-1,200
characters), mixed-language and translated documents (\`heldout85/\`) and budgets, financial reports and results frameworks
(\`heldout86/\`), ${sets.heldout84.length}, ${sets.heldout85.length} and ${sets.heldout86.length} texts: partners 0.909, 0.865 and 0.812 (the rules alone 0.909, 0.821 and 0.754),
instruments 0.933, 0.929 and 0.800, areas 0.950, 0.930 and 0.844, initiatives 0.714, 0.923 and 0.885; pooled partners 0.849
(precision 0.831, recall 0.868), instruments 0.917, areas 0.906, initiatives 0.849 (45/53). Figures by partner set out with dot
leaders under a title that names them partners ("… por país socio" over "Bolivia ........ 4,8") are read since 1.15.30; 1.15.31
adds the batches to both models' training data (partner model: 80 batches, 0.863; area model: 82 batches, 0.844); heldout27 and
heldout33 at 1.15.31: partners 0.846, instruments 0.802, areas 0.843, initiatives 0.752; heldout66-68 (still unread): partners
0.872, instruments 0.917, areas 0.857, initiatives 0.964. 1.15.32 reads "un accord similaire avec l'Inde" in a sentence that names
no EU as the subject's own deal (heldout84-04); no other evaluation text changes its partners. Three more scored once at
1.15.32: encyclopedia and wiki-style entries (\`heldout87/\`), FAQs, explainers, fact sheets and glossaries (\`heldout88/\`) and
agendas, minutes and action lists (\`heldout89/\`), ${sets.heldout87.length}, ${sets.heldout88.length} and ${sets.heldout89.length} texts: partners 0.727, 0.933 and 0.848 (the rules alone 0.549, 0.757 and 0.528),
instruments 0.727, 0.889 and 0.900, areas 0.881, 0.836 and 0.889, initiatives 0.824, 0.600 and 0.833; pooled partners 0.822
(precision 0.733, recall 0.936), instruments 0.831, areas 0.868, initiatives 0.745 (41/55). What they showed (1.15.33): the EU
named only as a meeting's observer ("Observers: European Union"), or for its law with the act before it ("el Reglamento General
de Protección de Datos de la Unión Europea"), is no side; "among them" is no cooperation; French "Réunion" and Spanish "REUNIÓN"
are meetings and "Monaco di Baviera" is Munich; a possessive of a place's own policy is a yardstick in Korean and Japanese
("일본의 … 정책에 비해"); a country's own deal with another ("Singapore's agreements with Australia", "der Abkommen Singapurs mit
Australien", "ein eigenes Freihandelsabkommen mit Singapur", "zwischen dem Vereinigten Königreich und Singapur") is theirs; a
place said to be no party after a relative clause of "dont" or "whose" is no party, and so is one "の当事国ではない" or one that
"参加を見送った"; "参加国：" labels partners; initiatives named in quotes after a call ("Ausschreibung „Sangam-6G“"), in single
quotes, or as a glossary's term defined on its own line ("ATLAS-WA⏎A submarine cable …"). No earlier read text changes its
partners or instruments; eleven earlier texts gain an initiative, three of them one of their gold (heldout35-01, 64-08, 83-12).
Three more scored once at 1.15.33: press conference transcripts and interviews (\`heldout90/\`), vacancy notices, calls for
experts and terms of reference (\`heldout91/\`) and slide decks, infographics and map text (\`heldout92/\`), ${sets.heldout90.length}, ${sets.heldout91.length} and
${sets.heldout92.length} texts: partners 0.938, 0.903 and 0.857 (the rules alone 0.649, 0.903 and 0.652), instruments 0.963, 0.889 and 0.727,
areas 0.826, 0.756 and 0.842, initiatives 0.850, 0.929 and 0.632; pooled partners 0.893 (precision 0.893, recall 0.893),
instruments 0.846, areas 0.811, initiatives 0.792 (42/53). 1.15.34 reads a map's or a slide's legend and its key ("■ país socio
de la Alianza" over "■ Brasil · Chile · Colombia", "▲ observador — no es parte" over "▲ Canadá"), "Argentina no figura como socio",
a venue by a label or a bracket ("side meeting: Singapore", "(venue only)"), a no-party phrase after an apposition ("Le Mali,
initialement associé à l'étude …, a décliné"), and a slide's arrows, ticks and crosses as the start of a sentence ("✗ exclus :
… Russie" no longer read with the line on Horizon Europe above it). Of the earlier read texts only heldout52-04 changes (Côte
d'Ivoire no longer a partner, to its gold). 1.15.33 and 1.15.34 add heldout87-89 and heldout90-92 to both models' training data
(partner model: 83 batches, 0.861; 86 batches, 0.863; area model at its threshold of 0.4: 85 batches, 0.845; 88 batches, 0.843);
heldout27 and heldout33 at 1.15.34: partners 0.849, instruments 0.802, areas 0.842, initiatives 0.752; heldout66-68 (still
unread): partners 0.872, instruments 0.917, areas 0.868, initiatives 0.964. Three more scored once at 1.15.34: text from scanned
documents with OCR errors (\`heldout93/\`), dataset, registry and database records (\`heldout94/\`) and regulatory decisions,
rulings and opinions (\`heldout95/\`), ${sets.heldout93.length}, ${sets.heldout94.length} and ${sets.heldout95.length} texts: partners 0.917, 0.831 and 0.947 (the rules alone 0.857, 0.788 and 0.750),
instruments 0.600, 0.870 and 0.800, areas 0.810, 0.800 and 0.828, initiatives 0.727, 0.722 and 1.000; pooled partners 0.870
(precision 0.855, recall 0.887), instruments 0.762, areas 0.810, initiatives 0.778 (28/36). 1.15.35 reads tables of comma- or
semicolon-separated values (an aid-transparency export, an open-data portal's CSV) as it reads pipe tables: a header of three
known column words or more ("reporting_org", "title", "recipient_country", "cofinanziatore"), a row that another publisher funds
("UK - Foreign Commonwealth and Development Office") as theirs, and none of the places of such a row a partner by its words. No
earlier read text changes; 1.15.35 adds the batches to both models' training data (partner model: 89 batches, 0.862; area model:
91 batches, 0.844); heldout27 and heldout33 at 1.15.35: partners 0.849, instruments 0.802, areas 0.843, initiatives 0.752;
heldout66-68 (still unread): partners 0.866 (one false positive more than at 1.15.34, from the retrained partner model),
instruments 0.917, areas 0.868, initiatives 0.964. Three more scored once at 1.15.35: multilateral and plurilateral declarations
and groupings (\`heldout96/\`), member states' own bilateral cooperation as their embassies, ministries and agencies tell it
(\`heldout97/\`) and city, regional and sub-national cooperation (\`heldout98/\`), ${sets.heldout96.length}, ${sets.heldout97.length} and ${sets.heldout98.length} texts: partners 0.901,
0.842 and 0.500 (the rules alone 0.940, 0.696 and 0.429), instruments 0.933, 0.783 and 0.615, areas 0.788, 0.833 and 0.632,
initiatives 0.636, 0.727 and 0.533; pooled partners 0.821 (precision 0.887, recall 0.764), instruments 0.784, areas 0.748,
initiatives 0.622 (23/37). Cities name their countries in brackets or not at all; 1.15.36 reads twinned pairs one a line
("- Kumasi (Ghana) – Porto (Portugal)": the country paired with a member state), a table's column named for the country over one
of partner towns ("| Partnerkommune | Land |"), a tag label's further links after a bar ("Related: … Asia | … Latin America"),
a member state that says in a text's lead it is party to none of the agreements below (an embassy's press review), and an observer
or a non-signatory in Korean, Japanese and Chinese ("옵서버로 참석했으나 … 서명하지 않았다"). No earlier read text changes;
1.15.36 adds the batches to both models' training data (partner model: 92 batches, 0.864; area model: 94 batches, 0.842);
heldout27 and heldout33 at 1.15.36: partners 0.849, instruments 0.802, areas 0.846, initiatives 0.752; heldout66-68 (still
unread): partners 0.866, instruments 0.917, areas 0.874, initiatives 0.964. Three more were scored once at 1.15.36 before anything
of them was read: incident and crisis reports (\`heldout99/\`), letters, notes verbales and official correspondence
(\`heldout100/\`) and policy briefs with recommendations and scenarios (\`heldout101/\`), ${sets.heldout99.length}, ${sets.heldout100.length} and ${sets.heldout101.length} texts: partners 0.933,
0.889 and 0.774 (the rules alone 0.875, 0.800 and 0.714), pooled 0.840 (precision 0.758, recall 0.943), instruments 0.878, areas
0.836, initiatives 0.878 (36/41). Twelve of heldout101's thirteen false partners were places a brief recommends ("R1. The EU
should open a Digital Partnership with Indonesia"), offers as an option ("Option 2 – … Die EU lädt Kanada und Singapur ein") or
imagines ("Scénario B — le Nigeria rejoint un partenariat numérique avec l'UE"). 1.15.37 sets aside, by the shape of the text, the
places of a section headed for recommendations, options, proposals or scenarios in the eight languages, of an item labelled as an
option or a scenario, and of a table whose first column is the option (a place paired with the EU by name keeps its role in a
section of recommendations, which also names what exists); it also reads "weder … noch", "neither … nor" and "takes no part" as no
party, the host of a meeting ("que acogerá la República Oriental del Uruguay", "シンガポールで開催された") as a venue, "und den"
inside a list, a footnote that goes on after a bracket in lower case, a list after a Romance article ("con la Repubblica di Corea"),
and the EU pair right after an instrument's name before a later "con". Seventeen earlier read texts change, each towards its gold
(the EU–Chile, SICA and LAC alliances lose partners they never had, a Benin TEI keeps its partner); 1.15.37 adds the batches to both
models' training data (partner model: 95 batches, 0.862; area model: 97 batches, 0.841); heldout27 and heldout33 at 1.15.37:
partners 0.843, instruments 0.798, areas 0.847, initiatives 0.752 (the rules alone lose two true partners and two true instruments
to the new rule there); heldout66-68 (still unread): partners 0.866, instruments 0.917, areas 0.868, initiatives 0.964. Three
more scored once at 1.15.37 before anything of them was read: parliamentary plenary debates and committee hearing transcripts
(\`heldout102/\`), statistical reports, indices and rankings (\`heldout103/\`) and sanctions, export-control, investment-screening and
trade-defence notices (\`heldout104/\`), ${sets.heldout102.length}, ${sets.heldout103.length} and ${sets.heldout104.length} texts: partners 0.846, 0.691 and 0.800 (the rules alone 0.647, 0.604 and
0.769), instruments 0.839, 0.778 and 0.960, areas 0.789, 0.875 and 0.828, initiatives 0.818, 0.700 and 1.000; pooled partners
0.755 (precision 0.727, recall 0.784), instruments 0.848, areas 0.828, initiatives 0.783 (18/23). A debate wishes for partners
("I would like the Commission to open a Digital Partnership with Vietnam as well", "why not a digital trade agreement with Australia
too?") and a commissioner answers that there is no mandate for them; 1.15.38 sets those aside to the end of their sentence, as it
does recommendations. Rankings ("Korea ranks first", "Uruguay encabeza la clasificación", "…, seguido de Chile") and the origin of
goods under a trade-defence case ("originaires de la République populaire de Chine", "dumping") make no partner, nor do
"significatives" and other words that start like "signer"; "Tali iniziative non coinvolgono l'Italia né l'Unione europea" says the EU
is no party to what the sentence before reports; Chinese 中欧 ("中欧数字领域高层对话") is China paired with the EU, where 日欧 and 中欧
of a date or another word before the EU ("5月20日欧盟", "协定中欧盟") and Central Europe ("中欧国家") are no pair; and the German genitive
"des Vereinigten Königreichs" is the United Kingdom. Of the earlier read texts, two Chinese texts gain China with its dialogue (and
one a free trade agreement it does not have), a Korean one loses North Korea and an English one gains Panama, each towards its
gold but the one; the retrained partner model adds two false partners (Iran in h39-02, Africa in h43-09) and would have added the
heading of a numbered section that never names the EU ("6.3 China"), which is now no place the model may add. 1.15.38 adds the
batches to both models' training data (partner model: 98 batches, 0.862; area model: 100 batches, 0.840); heldout27 and heldout33
at 1.15.38: partners 0.839, instruments 0.817, areas 0.847, initiatives 0.752 (the rules alone 0.771); heldout66-68 (still unread):
partners 0.866, instruments 0.917, areas 0.876, initiatives 0.964. Three more scored once at 1.15.38 before anything of them was read: audit,
inspection and ombudsman reports (\`heldout105/\`), standards bodies' and technical regulators' documents (\`heldout106/\`) and
briefing notes, steering notes and country profiles (\`heldout107/\`), ${sets.heldout105.length}, ${sets.heldout106.length} and ${sets.heldout107.length} texts: partners 0.826, 0.703 and 1.000 (the
rules alone 0.824, 0.667 and 0.786), instruments 0.824, 0.765 and 0.780, areas 0.941, 0.880 and 0.898, initiatives 0.750, 0.571
and 0.789; pooled partners 0.829 (precision 0.807, recall 0.852), instruments 0.783, areas 0.902, initiatives 0.739 (34/46).
1.15.39 reads cooperation "suspended" after a place ("Cooperation with Belarus has been suspended since June 2021"), an agreement
"never concluded" ("wurde nicht abgeschlossen", "was never signed"), a clause that opens as a comparison ("À titre de
comparaison, le programme britannique d'appui au Ghana …"), a section of recommendations under a heading numbered "22.3" and past
a short line that opens its list ("Die Kommission sollte⏎- …"), "AU" as Australia in a text that names Australia and never the
African Union in full ("| MRA EU–AU |"), the country in brackets after an agency's acronym in a sentence of cooperation ("ICONTEC
(Colombia)"), and 日EU after a date's day ("20日EU首脳会議"). No earlier read text changes by the rules; 1.15.39 adds the batches to
both models' training data (partner model: 101 batches, 0.861; area model: 103 batches, 0.843), and the retrained partner model
drops a false LAC from heldout58-11 and a true Gulf from the first heldout's ho-15; heldout27 and heldout33 at 1.15.39: partners
0.843, instruments 0.817, areas 0.859, initiatives 0.752 (the rules alone 0.771); heldout66-68 (still unread): partners 0.866,
instruments 0.917, areas 0.876, initiatives 0.964. Three more scored once at 1.15.39 before anything of them was read: readouts of
calls and bilateral meetings (\`heldout108/\`), op-eds and blog posts by ambassadors and ministers (\`heldout109/\`) and podcast,
video and webinar transcripts (\`heldout110/\`), ${sets.heldout108.length}, ${sets.heldout109.length} and ${sets.heldout110.length} texts: partners 0.909, 0.842 and 0.733 (the rules alone 0.741, 0.800
and 0.629), instruments 0.895, 0.811 and 0.952, areas 0.902, 0.889 and 0.963, initiatives 0.833, 0.917 and 0.917; pooled partners
0.817 (precision 0.725, recall 0.935), instruments 0.875, areas 0.911, initiatives 0.889 (32/36). 1.15.40 reads the EU named as the
goal of a place's accession ("加入欧盟是塞尔维亚的战略目标", "its bid to join the EU") as no party, and a hypothesis ("hypothetically,
an EU–Canada testing deal?") as a wish, set aside to the end of its sentence with the EU in it. A speaker's slip ("Korea — sorry,
Japan"), a listener's question naming a member state, and a memorandum of two others named only as "双方" (both sides) are not read.
Of the earlier read texts none changes by the rules; 1.15.40
adds the batches to both models' training data (partner model: 104 batches, 0.863; area model: 106 batches, 0.845), and the
retrained partner model drops a false Africa from heldout43-09, adds a true Brazil to the first heldout's ho-09 and a false Colombia
to heldout45-06; heldout27 and heldout33 at 1.15.40: partners 0.843, instruments 0.817, areas 0.849, initiatives 0.752 (the rules
alone 0.771); heldout66-68 (still unread): partners 0.866, instruments 0.917, areas 0.876, initiatives 0.964. Three more scored once at 1.15.40 before anything of them was read: development banks' and agencies' project pages
(\`heldout111/\`), treaty signature and ratification status pages (\`heldout112/\`) and wire-service news flashes (\`heldout113/\`),
${sets.heldout111.length}, ${sets.heldout112.length} and ${sets.heldout113.length} texts: partners 0.889, 0.353 and 0.833 (the rules alone 0.756, 0.333 and 0.645), pooled 0.681 (precision
0.744, recall 0.627), instruments 0.828, areas 0.870, initiatives 0.818 (27/33). Most of heldout112's misses were the signatories
of a convention's chart of signatures in which the EU has also signed. 1.15.41 reads such a chart (a pipe table with a signature
column and a date in the EU's row) as naming the EU's co-signatories, not those with no date or that "does not intend to become a
Party"; the country field of a project sheet ("Pays : Côte d'Ivoire", "Land/Region: Jordanien") beside its sector, status or
funder fields as the partner where the sheet is the EU's or a member state's agency's; an exit from the EU ("Austritt des Vereinigten
Königreichs aus der Europäischen Union", which also read "tritt" as a cue), an agreement said not to exist ("… zwischen der Schweiz
und der EU besteht nicht"), restrictive measures ("mesures restrictives") and "tuvo lugar en" as no cooperation; the pair opening a
wire item after its dateline ("* CANBERRA, June 4 (Reuters) - Australia and Canada signed …") as each other's; a treaty's place of
signature as a venue; a Japanese "見送った" after an offer as no party; and a place named "between the EU and" it as a party of that
agreement whatever one programme it stays out of ("il Canada non partecipa … né al programma Europa digitale"). The Swiss
Confederation's formal names and "Agreement on Digital Trade" are new names. Of the earlier read texts only heldout26-02 changes by
the rules (a true Switzerland and its Horizon association); 1.15.41 adds the batches to both models' training data (partner model:
107 batches, 0.860; area model: 109 batches, 0.844); heldout27 and heldout33 at 1.15.41: partners 0.844, instruments 0.817, areas
0.847, initiatives 0.752 (the rules alone 0.771); heldout66-68 (still unread): partners 0.872, instruments 0.917, areas 0.874,
initiatives 0.964. Three more scored once at 1.15.41 before anything of them was read: written parliamentary questions and their
answers (\`heldout114/\`), reports of negotiating rounds and status updates (\`heldout115/\`) and statements in multilateral fora
with their alignment lists (\`heldout116/\`), ${sets.heldout114.length}, ${sets.heldout115.length} and ${sets.heldout116.length} texts: partners 0.757, 0.884 and 0.800 (the rules alone 0.732,
0.792 and 0.438), instruments 0.765, 0.651 and 0.889, areas 0.952, 0.873 and 0.857, initiatives 0.875, 0.500 and 0.571; pooled
partners 0.812 (precision 0.844, recall 0.783), instruments 0.721, areas 0.894, initiatives 0.741 (20/27). heldout115 counts an
agreement still being negotiated as no instrument, where batches written before heldout78 counted it: a rule that dropped such
instruments ("the seventh round of negotiations on the EU–Thailand free trade agreement") took two false instruments from
heldout114-115 and 33 true ones from the earlier read batches, and was not kept. 1.15.42 reads a core group and co-sponsors
("présentée par la France au nom d'un groupe restreint composé du Brésil …", "coparrainée par … le Canada") as partners, the states
that "align themselves with this statement" ("schließen sich dieser Erklärung an") as the EU's, a label's list wrapped onto the next
line after a comma up to its full stop, "does not currently have a digital partnership with" as no instrument, a country at the head
of a company's name ("China Mobile") as no party, a pair with the EU in one name ("日EU間の協力の当事者ではない") as keeping its part
whatever negation follows it, the elliptic "tampoco" after a semicolon that closes the EU's clause, scams, fraud, "bordering", "avoid"
and "bypass" as no cooperation, and the object of a relative clause opened by another country ("l'Algérie, qui vient de signer un
accord … avec la Chine") as that country's. Of the earlier read texts only heldout35-01 changes by the rules (a false India digital
partnership less); 1.15.42 adds the batches to both models' training data (partner model: 110 batches, 0.859; area model: 112
batches, 0.848), and the retrained partner model drops a true El Salvador from dev-09 and false places from heldout16-01, 43-09,
110-10 and the first heldout's ho-10; heldout27 and heldout33 at 1.15.42: partners 0.846, instruments 0.817, areas 0.849,
initiatives 0.752 (the rules alone 0.771); heldout66-68 (still unread): partners 0.872, instruments 0.917, areas 0.882, initiatives
0.964. Three more scored once at 1.15.42 before anything of them was read: social-media posts and threads (\`heldout117/\`), party
programmes, election manifestos and coalition agreements (\`heldout118/\`) and responses to public consultations (\`heldout119/\`),
${sets.heldout117.length}, ${sets.heldout118.length} and ${sets.heldout119.length} texts: partners 0.952, 0.774 and 0.863 (the rules alone 0.769, 0.706 and 0.852), instruments 0.966, 0.815 and 0.824,
areas 0.873, 0.689 and 0.909, initiatives 0.846, 0.778 and 1.000; pooled partners 0.836 (precision 0.778, recall 0.903), instruments
0.851, areas 0.812, initiatives 0.842 (32/38). Most false partners were what a programme or a submission proposes. 1.15.43 sets aside
what a programme heads as its proposals ("Ce que nous proposerons", "What we will propose", "Our proposals"), a proposal of an
instrument ("propose a Digital Partnership with Brazil", "asked for a dedicated EU-Kazakhstan Digital Partnership", "We encourage
the Commission to explore …", "streben wir eine … Digitalpartnerschaft mit Ghana an"), reads "is no party to" as no party, Italian
"l'associazione del Canada" as a partner cue, and 台灣 as Taiwan. Of the earlier read texts only heldout38-07 changes by the rules
(a true Canada and Korea Horizon association); 1.15.43 adds the batches to both models' training data (partner model: 113 batches,
0.858; area model: 115 batches, 0.848), and the retrained partner model adds a true Brazil (the first heldout's ho-09) and false
Korea, Solomon Islands, Africa and ASEAN (heldout110-10, 16-01, 43-09, 81-02) and drops a false United States (heldout41-12);
heldout27 and heldout33 at 1.15.43: partners 0.843, instruments 0.817, areas 0.849, initiatives 0.752 (the rules alone 0.771);
heldout66-68 (still unread): partners 0.872, instruments 0.917, areas 0.880, initiatives 0.964. Three more scored once at 1.15.43
before anything of them was read: newsletters and bulletins (\`heldout120/\`), delivered remarks at bilateral events
(\`heldout121/\`) and country and region chapters of annual reports (\`heldout122/\`), ${sets.heldout120.length}, ${sets.heldout121.length} and ${sets.heldout122.length} texts: partners
0.778, 0.960 and 0.862 (the rules alone 0.722, 0.696 and 0.806), instruments 0.897, 0.880 and 0.766, areas 0.786, 0.844 and 0.842,
initiatives 0.875, 0.714 and 0.840; pooled partners 0.857 (precision 0.850, recall 0.864), instruments 0.832, areas 0.823,
initiatives 0.818 (45/55). 1.15.44 reads a table column headed "Associated country" ("pays associés", "assoziierte Länder", "paesi
associati") as naming partners, and a table row whose title is only a figure ("| Canada(2) | 87 | 19.4 |") as no initiative (fourteen
read texts lose such rows, none a gold initiative). Of the earlier read texts none changes by the rules but for those rows; 1.15.44 adds the batches to both models' training
data (partner model: 116 batches, 0.859; area model: 118 batches, 0.847), and the retrained partner model moves single places both
ways (a false Korea swapped for a false Japan in heldout110-10, a false United States in heldout41-12, a false Africa in 72-10 and
ho-10 and one less in 43-09, a true India less in ho-15); heldout27 and heldout33 at 1.15.44: partners 0.839, instruments 0.817,
areas 0.854, initiatives 0.752 (the rules alone 0.771); heldout66-68 (still unread): partners 0.872, instruments 0.917, areas 0.887,
initiatives 0.964. Three more scored once at 1.15.44 before anything of them was read: think-tank event reports and conference summaries
(\`heldout123/\`), Q&A and FAQ pages of partnerships and programmes (\`heldout124/\`) and company and consortium press releases
(\`heldout125/\`), ${sets.heldout123.length}, ${sets.heldout124.length} and ${sets.heldout125.length} texts: partners 0.722, 0.867 and 0.941 (the rules alone 0.565, 0.643 and 0.848), pooled 0.840
(precision 0.764, recall 0.933), instruments 0.919, areas 0.840, initiatives 0.860 (37/43). 1.15.45 reads the answer to an FAQ's
"Which countries are covered?" ("¿En qué países se realizarán los pilotos?") as naming partners, and makes no partner of where a
meeting's participants came from ("participantes de Chile, Perú…", "代表参加，来自新加坡、马来西亚…", "…米国から約200名が参加"), of the seat
of an EU Delegation ("Delegación de la UE en Colombia", not on the title line), of customers' countries ("carriers from Senegal"),
of a clause "outside the EU framework" or "sin cooperación europea", of "three countries of the Western Balkans" as a region, and
of what participants wished for ("hanno auspicato che", "called for a future … dialogue", "与会者建议欧盟"); the places of a
sentence said to be "senza partecipazione dell'UE" are not for the partner model to add. Of the earlier read texts the rules move
heldout58-04 (a false memorandum less), 68-09 (a false United States less) and 72-10 (a false Africa less) and heldout27-07 (kept
apart: a false Nicaragua less); 1.15.45 adds the batches to both models' training data (partner model: 119 batches, 0.859; area
model: 121 batches, 0.848), and the retrained partner model swaps a false Japan for a false Korea in heldout110-10 and adds a false
Colombia in heldout45-06; heldout27 and heldout33 at 1.15.45: partners 0.843, instruments 0.817, areas 0.854, initiatives 0.752 (the
rules alone 0.774); heldout66-68 (still unread): partners 0.877, instruments 0.917, areas 0.882, initiatives 0.964. Three more scored once
at 1.15.45 before anything of them was read: legal acts and official notices (\`heldout126/\`), encyclopaedia entries, explainers and
chronologies (\`heldout127/\`) and calls for proposals, award decisions and funding guidelines (\`heldout128/\`), ${sets.heldout126.length}, ${sets.heldout127.length} and ${sets.heldout128.length} texts:
partners 0.913, 0.886 and 0.820 (the rules alone 0.846, 0.723 and 0.746), pooled 0.871 (precision 0.862, recall 0.880), instruments
0.533, 0.750 and 0.882 (pooled 0.729), areas 0.908, initiatives 0.895 (34/38). 1.15.46 reads a table by country whose title column is
headed "Proyecto" ("Projet", "Project") and a column headed "CARIFORUM State" ("… States", "Staaten") as naming partners, a Team
Europe Initiative's quoted name ("„Digitale Konnektivität in Zentralasien“") as its partner when nothing else in the sentence is
one, a label's list broken over a line after a conjunction ("Bosnia ed\nErzegovina"), and a member state's foreign or research
ministry ("Ministero degli Affari Esteri e della Cooperazione Internazionale", "Auswärtiges Amt", "BMBF") as the EU's side; and makes
no partner of "塞方作为欧盟候选国" (a country's status, not the candidate countries as a party), a table followed by "None of these
countries …", a link line ("› Chronologie : l'UE et l'Amérique latine"), "is not included", "declinó la invitación" after an
apposition that names the EU, or a capital named for its country ("Ciudad de Panamá", "Kuwait City"); an instrument's partner is
no longer sought after a semicolon. Of the earlier read texts the rules move only towards their gold but for one (a Team Europe
Initiative's region in heldout64-05, labelled per country there): heldout31-08, 38-05, 39-05, 40-05, 40-09, 63-05, 64-03, 86-05,
89-04 and 91-07 gain; 1.15.46 adds the batches to both models' training data (partner model: 122 batches, 0.862; area model: 124
batches, 0.851), and the retrained partner model drops a true Panama (dev-06) and Taiwan (heldout118-08) and a false Indo-Pacific
(68-08), and adds a false Japan (110-10), Africa (43-09) and United States (68-09); heldout27 and heldout33 at 1.15.46: partners
0.843, instruments 0.817, areas 0.857, initiatives 0.752 (the rules alone 0.774); heldout66-68 (still unread): partners 0.877,
instruments 0.917, areas 0.898, initiatives 0.964. Three more scored once at 1.15.46 before anything of them was read: verbatim
hearing, debate and press-briefing transcripts (\`heldout129/\`), vacancy notices and calls for experts (\`heldout130/\`) and dashboards,
statistical annexes and scorecards (\`heldout131/\`), ${sets.heldout129.length}, ${sets.heldout130.length} and ${sets.heldout131.length} texts: partners 0.933, 0.923 and 0.833 (the rules alone 0.870, 0.806 and
0.819), pooled 0.887 (precision 0.887, recall 0.887), instruments 0.810, areas 0.884, initiatives 0.879 (51/58). 1.15.47 reads the
paragraph under a numbered "Partner countries" heading as naming partners, "the European side" ("欧方", "la partie européenne") as
the EU, a member state's national agency or ministry named in full, in capitals too ("AGENZIA PER LA CYBERSICUREZZA NAZIONALE"), as
the EU's side, and "eIDAS" after the EU as its law (a yardstick); and makes no partner of an EU pair said not to exist ("aucune
coopération numérique bilatérale UE–Qatar n'est en cours"), of "le Maroc n'est pas pays pilote", of "the countries of the Western
Balkans" as a region, or of what a place is said to take no part in ("Belarus hat seine Teilnahme an der Östlichen Partnerschaft …
ausgesetzt": the partnership is no partner by that sentence). Of the earlier read texts the rules move heldout40-02, 55-05, 62-06,
77-05 and 100-05 towards their gold and none away; 1.15.47 adds the batches to both models' training data (partner model: 125
batches, 0.862; area model: 127 batches, 0.851). The retrained partner model adds a true Taiwan (heldout118-08) and India (ho-15) and
drops a false Japan and Korea (110-10), Japan (33-03), Africa (43-09), Colombia (45-06), Australia (66-09), United States (68-09) and
ASEAN (81-02); the retrained area model, at the same leave-one-batch-out figure, names more areas on the read texts (area F1 over
them 0.863 against 0.870, precision 0.854 against 0.888); heldout27 and heldout33 at 1.15.47: partners 0.846, instruments 0.817,
areas 0.854, initiatives 0.752 (the rules alone 0.774); heldout66-68 (still unread): partners 0.889, instruments 0.917, areas 0.882,
initiatives 0.964. Three more scored once at 1.15.47 before anything of them was read: diplomatic correspondence and meeting
records (\`heldout132/\`), research abstracts and digests (\`heldout133/\`) and bilingual and mixed-language texts (\`heldout134/\`), ${sets.heldout132.length}, ${sets.heldout133.length} and ${sets.heldout134.length}
texts: partners 0.851, 0.882 and 0.744 (the rules alone 0.696, 0.761 and 0.711), pooled 0.835 (precision 0.880, recall 0.795),
instruments 0.867, areas 0.892, initiatives 0.771 (37/48). 1.15.48 reads a footnote's places as partners where a sentence holding
its marker names the EU side, however far the footnote stands from it; a row of a table by country as naming its partner when the
first named description column holds words (the empty cell before a leading bar was read as the description, so "| Armenien | 1, 2 |
Nationales Zentrum |" was a row of figures); "pilotos en Costa Rica y Panamá" as pilot countries; and makes no partner of a table row
whose status cell says "declined" ("suspendu", "abgelehnt"), of the EU named for a law whose long name starts right after it ("the
European Union's Artificial Intelligence Act"; also "Loi sur l'intelligence artificielle", "KI-Gesetz"), of "adoptada
unilateralmente" and of a law "inspired by" or "se inspira en" the GDPR. Of the earlier read texts the rules move heldout103-08 (a
true Chile and Panama more) and 86-04 (a false Chad more); 1.15.48 adds the batches to both models' training data (partner model: 128
batches, 0.862; area model: 130 batches, 0.851), and the retrained partner model adds a true Gulf (ho-15) and a false Japan (33-03),
Western Balkans (62-06), Indo-Pacific (68-08) and ASEAN (81-02); area F1 over the read texts 0.862; heldout27 and heldout33 at 1.15.48:
partners 0.843, instruments 0.817, areas 0.850, initiatives 0.752 (the rules alone 0.774); heldout66-68 (still unread): partners
0.883, instruments 0.917, areas 0.877, initiatives 0.964. Three more scored once at 1.15.48 before anything of them was read: press reviews and media digests
(\`heldout135/\`), web listings and search-result pages (\`heldout136/\`) and speeches of partner-country governments (\`heldout137/\`), ${sets.heldout135.length},
${sets.heldout136.length} and ${sets.heldout137.length} texts: partners 0.800, 0.923 and 0.867 (the rules alone 0.781, 0.900 and 0.522), pooled 0.869 (precision 0.890, recall 0.849),
instruments 0.840, areas 0.792, initiatives 0.742 (46/62). 1.15.49 reads places whose only verb is to take part ("아르메니아·조지아·
몰도바·우크라이나가 참여", "… take part.") right after a sentence that names the EU as taking part in what it reports; the French, Italian
and German words of taking part ("participation", "partecipano", "Teilnahme") as partner cues; "(for|as) pilots" as one; a listing's
"›" or ">" items as sentences of their own; "·" as joining a list; "조지아" as Georgia; and makes no partner of a rivalry ("siamo in
concorrenza con la Serbia"), an invitation or offer not accepted ("hat das Angebot aber nicht angenommen", "did not accept the
invitation") or "ne participe plus". Of the earlier read texts the rules move heldout19-11, 30-04, 39-08, 43-04, 70-06 and 107-04
towards their gold, and heldout131-04 away from it (a false Turkmenistan, see known-weaknesses); 1.15.49 adds the batches to both
models' training data (partner model: 131 batches, 0.862; area model: 133 batches, 0.849), and the retrained partner model drops a
false Papua New Guinea (16-01), Japan (33-03) and ASEAN (81-02) and adds a false Japan (110-10), Australia (66-09) and United States
(68-09); area F1 over the read texts 0.866; heldout27 and heldout33 at 1.15.49: partners 0.846, instruments 0.817, areas 0.849,
initiatives 0.752 (the rules alone 0.774); heldout66-68 (still unread): partners 0.872, instruments 0.917, areas 0.886, initiatives
0.964. Three more scored once at 1.15.49 before anything of them was read: work programmes and action plans
(\`heldout138/\`), visit readouts and trip reports (\`heldout139/\`) and law-firm and consultancy client alerts (\`heldout140/\`), ${sets.heldout138.length}, ${sets.heldout139.length} and ${sets.heldout140.length}
texts: partners 0.846, 0.863 and 0.754 (the rules alone 0.843, 0.745 and 0.677), pooled 0.821 (precision 0.876, recall 0.772),
instruments 0.929, areas 0.852, initiatives 0.793 (46/58). 1.15.50 reads the places of a summary-table row labelled "Beneficiaries"
("| 4. Beneficiaries | Kazakhstan, Kyrgyz Republic, … |") as partners; no longer reads a no-party phrase as said of a place that is
only the object of a preposition with no place before it ("A Digital Dialogue with Kazakhstan is being prepared …; it is not part
of this action"; "The Government of Mauritania declined it" stays Mauritania's); and reads a status cell that opens with "no
participa" as no partner. Of the earlier read texts the rules move heldout106-12 towards its gold and none away; 1.15.50 adds the
batches to both models' training data (partner model: 134 batches, 0.863; area model: 136 batches, 0.850), and the retrained partner
model adds a true Panama (dev-06) and Azerbaijan (33-12) and false China (110-01), Papua New Guinea (16-01), Japan (33-03), Africa
(43-09) and Colombia (45-06), and drops a false Japan (110-10) and Indo-Pacific (68-08) and a true Gulf (ho-15); area F1 over the
read texts 0.867; heldout27 and heldout33 at 1.15.50: partners 0.847, instruments 0.817, areas 0.853, initiatives 0.752 (the rules
alone 0.774); heldout66-68 (still unread): partners 0.877, instruments 0.917, areas 0.892, initiatives 0.964. Three more scored once at 1.15.50 before
anything of them was read: country profiles and report sections of international organisations (\`heldout141/\`), professional-network
and personal blog posts (\`heldout142/\`) and event invitations, agendas and registration pages (\`heldout143/\`), ${sets.heldout141.length}, ${sets.heldout142.length} and ${sets.heldout143.length} texts:
partners 0.737, 0.873 and 0.906 (the rules alone 0.677, 0.836 and 0.852), pooled 0.841 (precision 0.822, recall 0.860), instruments
0.824, areas 0.871, initiatives 0.796 (43/54). 1.15.51 reads the list right after "Pilotländer … sind" ("the pilot countries are",
"les pays pilotes sont") as partners, up to the end of that list; and makes no partner of "lehnte jedoch ab" or of the EU named for
its standards ("EU의 기준", "EU standards" read as a yardstick like "EU average"). Of the earlier read texts the rules move
heldout36-05 (a true Vanuatu and Samoa) towards its gold and none away; 1.15.51 adds the batches to both models' training data
(partner model: 137 batches, 0.865; area model: 139 batches, 0.850), and the retrained partner model drops a false Africa (43-09),
Colombia (45-06), Latin America (58-11), Western Balkans (62-06) and United States (68-09), and adds a false Japan (110-10) and
Indo-Pacific (68-08) and drops a true Azerbaijan (33-12); area F1 over the read texts 0.864; heldout27 and heldout33 at 1.15.51:
partners 0.843, instruments 0.817, areas 0.854, initiatives 0.752 (the rules alone 0.774); heldout66-68 (still unread): partners
0.877, instruments 0.917, areas 0.886, initiatives 0.964. Six more scored once at 1.15.51 before anything of them was read:
NGO and watchdog reports and campaign pages (\`heldout144/\`), project finance documents (\`heldout145/\`), investment- and
trade-promotion pages (\`heldout146/\`), audit and evaluation reports (\`heldout147/\`), public procurement and tender notices
(\`heldout148/\`) and interviews in question-and-answer form (\`heldout149/\`), ${sets.heldout144.length} texts each: partners 0.923, 0.889, 0.889, 0.944, 0.889
and 0.714 (the rules alone 0.810, 0.846, 0.811, 0.806, 0.767 and 0.596), pooled 0.882 (precision 0.885, recall 0.879), instruments
0.808, areas 0.786, initiatives 0.833 (95/114). 1.15.52 reads a project sheet set out with dot leaders ("Land ........ Kasachstan,
Aserbaidschan") as one with colons; pairs a Team Europe Initiative with the place ending its name in capitals ("Team-Europe-Initiative
Digitale Konnektivität in Zentralasien") or quoted with no preposition ("„Digitale Transformation Westbalkan“"); reads money
committed to a place ("committed EUR 68 million … in Senegal") as funding it, "を対象に"/"를 대상으로" as a partner cue, and civil
registries and legal identity as digital identity; and makes no partner of a status cell whose last item is a refusal ("invited Jan
2025, declined"), a guessed table column headed for origins ("Herkunft"), the rows of a table of figures (no initiative either), a
question ("…还有希望吗？"), what one would like to open ("Nos gustaría abrir un diálogo digital con México"), a call's exclusions in
Japanese and Korean ("参加できません", "구성원이 될 수 없습니다"), a deal said to be nothing to the EU ("和欧盟没有关系"), "beteiligt sich
derzeit nicht", or a refusal up to 120 characters on in its clause ("…, hat die Durchführungsvereinbarung jedoch nicht unterzeichnet");
an association to Horizon Europe still negotiated or asked about is no instrument; and an acronym is no longer taken from inside a
word with an accent ("CÂBLE" gave "BLE") or from a heading in capitals. Of the earlier read texts the rules move heldout46-03, 80-11,
103-07, 110-01, 110-10, 111-11, 131-04 and 142-04 towards their gold (partners and instruments), drop the Horizon Europe association
of Japan or Korea where it is still negotiated (78-09, 88-01, 92-09, 101-08, 103-11, 105-08, 109-11, 130-08, 131-08) and add digital
identity to nine texts, and move three away: an association of Japan said in a Korean sentence that also says it is negotiated
(17-11), Chile's trade agreement named only in a question (75-05) and digital identity for a data centre of "l'état civil numérique"
(26-06); 1.15.52 adds the batches to both models' training data (partner model: 143 batches, 0.865; area model: 145 batches, 0.850),
and the retrained partner model adds a false Latin America (58-11) and Western Balkans (62-06); area F1 over the read texts 0.867;
heldout27 and heldout33 at 1.15.52: partners 0.846, instruments 0.822, areas 0.849, initiatives 0.752 (the rules alone 0.774);
heldout66-68 (still unread): partners 0.872, instruments 0.917, areas 0.886, initiatives 0.964.
Three more scored once at 1.15.52 before anything of them was read: company annual and sustainability reports (\`heldout150/\`),
university and research-institution pages (\`heldout151/\`) and decisions of regulators and courts (\`heldout152/\`), ${sets.heldout150.length}, ${sets.heldout151.length} and ${sets.heldout152.length} texts:
partners 0.917, 0.578 and 0.971 (the rules alone 0.830, 0.510 and 0.810), pooled 0.812 (precision 0.881, recall 0.754), instruments
0.871, areas 0.879, initiatives 0.695 (41/59). 1.15.53 reads as the EU's side a German or Austrian federal ministry ("Bundesministerium
für …"), the DAAD and the Auswärtiges Amt in any case, a programme only the EU runs ("financé par le programme Erasmus+", Global
Gateway, Horizon Europe, EU4Digital) and a member state's government, ministry, embassy or public body by its adjective ("le ministère
français", "organisme public français", "the German Government"); treats France's overseas collectivities (New Caledonia, French
Polynesia, Wallis and Futuna, Saint Pierre and Miquelon, Saint Barthélemy) as France's side, never partners (Greenland, a partner in the
seed annex, stays a place); makes no partner of a framework said to be apart from the EU's ("日英間の枠組みはEUとの枠組みとは別個");
reads administrative arrangements in the plural in French, Spanish and Italian, a name after "intitulé"/"titled" a few words after
a programme, and a name near "Vorhaben"; and takes no initiative from the acronyms of agencies that carry things out (GIZ, BMZ, DAAD,
AFD, CNIL, the EIB). Of the earlier read texts the rules move heldout50-04 (Kenya and Rwanda, a memorandum) and 94-04 (a false French
Polynesia) towards their gold and find two more initiatives (101-06, 145-12), and none away; 1.15.53 adds the batches to both models'
training data (partner model: 146 batches, 0.864; area model: 148 batches, 0.850), and the retrained partner model drops a false
Latin America (58-11) and Norway from a two-sentence spec of rules-1-7 ("la Norvegia è associata al programma quadro", now asserted for
the rules alone); area F1 over the read texts 0.866; heldout27 and heldout33 at 1.15.53: partners 0.846, instruments 0.822, areas
0.849, initiatives 0.752 (the rules alone 0.774); heldout66-68 (still unread): partners 0.893, instruments 0.924, areas 0.886,
initiatives 0.964.
Three more scored once at 1.15.53 before anything of them was read: standards-body working documents (\`heldout153/\`), documents of
parliaments outside the EU (\`heldout154/\`) and business-association and trade-union position papers (\`heldout155/\`), ${sets.heldout153.length}, ${sets.heldout154.length} and ${sets.heldout155.length} texts:
partners 0.967, 0.769 and 0.881 (the rules alone 0.906, 0.667 and 0.828), pooled 0.897 (precision 0.915, recall 0.878), instruments
0.867, areas 0.835, initiatives 0.884 (38/43). 1.15.54 reads a place that "bénéficie du projet" (or "se beneficia de", "beneficia di",
"profitiert von") a project the EU finances as its partner, not one that "ne bénéficie pas"; "nehmen … am Programm … teil" with words
between; landing stations being upgraded, built or modernised in a place as built there, not as a route point; and the region an "EU
programme for" names; and makes no partner of a participation "nicht bestätigt"/"not confirmed" or a status cell "not in phase 1". No
earlier read text moves; 1.15.54 adds the batches to both models' training data (partner model: 149 batches, 0.866; area model: 151
batches, 0.850), and the retrained partner model adds a true El Salvador (dev-09) and a false Latin America (58-11); area F1 over the
read texts 0.867; heldout27 and heldout33 at 1.15.54: partners 0.846, instruments 0.822, areas 0.843, initiatives 0.752 (the rules
alone 0.774); heldout66-68 (still unread): partners 0.887, instruments 0.924, areas 0.892, initiatives 0.964.
Three more scored once at 1.15.54 before anything of them was read: explainers and teaching materials (\`heldout156/\`), OCR output
of scanned documents (\`heldout157/\`) and podcast show notes and video descriptions (\`heldout158/\`), ${sets.heldout156.length}, ${sets.heldout157.length} and ${sets.heldout158.length} texts:
partners 0.794, 0.923 and 0.836 (the rules alone 0.746, 0.732 and 0.764), pooled 0.841 (precision 0.846, recall 0.835), instruments
0.902, areas 0.958, initiatives 0.795 (35/44). 1.15.55 names no partner in a text that says none of what it reports involves the EU
or a member state ("aucun des projets évoqués dans l'épisode n'implique l'UE ou un de ses États membres"); reads an instrument the
parties agree only to study ("convenues d'étudier, à terme, l'opportunité d'un partenariat numérique"), one still negotiated ("I
negoziati per un accordo di libero scambio … sono ancora in corso", "is still under negotiation", not said of other talks named
between) and one named inside a wish or a span the EU takes no part in as none; and reads an association to Horizon Europe whose
negotiation goes on past a line break ("…に関する⏎交渉の早期妥結を目指す") as none. Of the earlier read texts the rules move
heldout43-02, 126-01, 130-02 and 134-01 (instruments said under negotiation or wished for) towards their gold and two away: heldout20-09
and 32-11, written before the guide settled that an instrument still negotiated is not labelled, give Japan's association "交渉を進めて
おり、年内の妥結を目指して"; 1.15.55 adds the batches to both models' training data (partner model: 152 batches, 0.865; area model: 154
batches, 0.852), and the retrained partner model adds a false United Kingdom (73-01); area F1 over the read texts 0.869; heldout27 and
heldout33 at 1.15.55: partners 0.843, instruments 0.815, areas 0.843, initiatives 0.752 (the rules alone 0.774; one instrument fewer
than at 1.15.54); heldout66-68 (still unread): partners 0.887, instruments 0.924, areas 0.892, initiatives 0.964.
Three more scored once at 1.15.55 before anything of them was read: op-eds and columns (\`heldout159/\`), speeches of member-state
ministers (\`heldout160/\`) and press conference transcripts (\`heldout161/\`), ${sets.heldout159.length}, ${sets.heldout160.length} and ${sets.heldout161.length} texts: partners 0.950, 1.000 and
0.900 (the rules alone 0.864, 0.977 and 0.750), pooled 0.951 (precision 0.921, recall 0.983; 59 gold partners), instruments 0.889,
areas 0.803, initiatives 0.793 (46/58). 1.15.56 reads no country in a volcano's name ("Hunga Tonga-Hunga Ha'apai") and no partner in
a dateline line of a city, its country and a date ("San Salvador, El Salvador, 5 de mayo de 2026"); makes no partner of a place a
why-question says is not among the pilot countries ("¿Por qué El Salvador … no está entre los países piloto?"), nor of the places of a
sentence that says its project "ne concerne pas la France"; no longer carries a no-party phrase past a semicolon to a place before it
(unless a pronoun goes on with the same subject); reads an instrument whose negotiations are said to go on right after its name as
none ("区域数字贸易协定谈判仍在进行中", "i negoziati sono ancora in corso", "wird derzeit verhandelt", "has now been under negotiation"),
and an association "に向けた交渉" as none yet; reads "第4回日英デジタルパートナーシップ" as another pair's instrument, "partenariato
strategico globale" as a comprehensive strategic partnership and "合作備忘錄" as a memorandum; takes names headed by Agenda, Cloud, Pilot
or Campus and quoted CJK names ending in their head noun ("「捷台半導體人才計畫」") as initiatives; and counts a cable ("cable", "câble",
"Kabel", "光缆") as secure infrastructure. Of the earlier read texts the rules move 38 initiatives, 69 areas, two partners (Latin
America in 58-11, the United Kingdom in 73-01) and ten instruments (Vietnam's partnership "stratégique global", memoranda in
traditional characters, recognition agreements "derzeit verhandelt") towards their gold, and 36 areas (mostly the cable word in
texts that name a cable in passing, left to the retrained area model), one partner (Africa from a breadcrumb in 151-02) and three
instruments away: heldout17-10, 34-13 and 38-11, written before the guide settled that an instrument still negotiated is not labelled,
give Japan's association "準参加に向けた交渉"; 1.15.56 adds the batches to both models' training data (partner model: 155 batches,
0.867; area model: 157 batches, 0.858); area F1 over the read texts 0.874; heldout27 and heldout33 at 1.15.56: partners 0.846,
instruments 0.815, areas 0.857, initiatives 0.761 (the rules alone 0.774); heldout66-68 (still unread): partners 0.887, instruments
0.924, areas 0.899, initiatives 0.964.
Three more scored once at 1.15.56 before anything of them was read: reports of think-tank events and round tables
(\`heldout162/\`), press releases of partner countries' companies, universities and agencies (\`heldout163/\`) and newsletters of EU
delegations and member-state embassies with town twinning pages (\`heldout164/\`), ${sets.heldout162.length}, ${sets.heldout163.length} and ${sets.heldout164.length} texts: partners 0.941, 0.848
and 0.800 (the rules alone 0.724, 0.667 and 0.739), pooled 0.868 (precision 0.848, recall 0.889), instruments 0.883, areas 0.880,
initiatives 0.923 (48/52). 1.15.57 reads the partner country that publishes a programme the EU finances as its partner where no
sentence names one ("République du Sénégal – Ministère …" over "financé par l'Union européenne"); reads no partner in a venue given as
a city and its country in brackets ("Africa Digital Forum, Dakar (Sénégal)") nor in a town named for a saint ("Torre Santa Lucia");
makes no partner of a government that declined after a semicolon ("…; the Tongan government declined"), of one that "hat jedoch
abgelehnt", of a company of a place ("a US chipmaker"), nor of the places of a sentence whose cooperation is "EUの事業とは別枠"; reads a
place that "gestaltet … mit" and an "Assoziierung … an Horizon Europe" as taking part; reads a stalled agreement, a longer-term aim
and an instrument's word inside a programme's quoted name ("Bundesprogramm „Kommunale Digitalpartnerschaften Ost“") as no
instrument; takes a German project's name after its head ("des Forschungsprojekts QUARTZ-NET"); and counts inflected electronic
signatures as digital identity. Of the earlier read texts the rules move 14 areas and two initiatives towards their gold and 11 areas
away (electronic signatures in trade texts), no partner or instrument; 1.15.57 adds the batches to both models' training data
(partner model: 158 batches, 0.867; area model: 160 batches, 0.860), and the retrained partner model adds a false Australia (123-07),
Africa (43-09), Colombia (45-06) and Latin America (58-11) and drops a false Africa (151-02, ho-10); area F1 over the read texts
0.873; heldout27 and heldout33 at 1.15.57: partners 0.846, instruments 0.815, areas 0.853, initiatives 0.761 (the rules alone
0.774); heldout66-68 (still unread): partners 0.887, instruments 0.924, areas 0.893, initiatives 0.964.
Three more scored once at 1.15.57 before anything of them was read: encyclopedia-style articles (\`heldout165/\`), minutes of joint
committees and working groups (\`heldout166/\`) and social-media posts and threads (\`heldout167/\`), ${sets.heldout165.length}, ${sets.heldout166.length} and ${sets.heldout167.length} texts: partners
0.929, 0.933 and 1.000 (the rules alone 0.912, 0.884 and 0.952), pooled 0.950 (precision 0.944, recall 0.957), instruments 0.909,
areas 0.884, initiatives 0.941 (32/34). 1.15.58 reads a "Trade Agreement"/"Acuerdo Comercial" by its title as a free trade agreement
("ACUERDO COMERCIAL ENTRE LA UNIÓN EUROPEA … Y COLOMBIA, EL PERÚ Y ECUADOR"); reads negotiations on an agreement named with a dash
("Negotiations on an EU–GCC free trade agreement … were still under way") as no agreement; makes no partner of a place "écartée" or
"dropped from" a programme; and reads German and Italian names of parts of Africa ("im südlichen Afrika", "Africa meridionale") as no
region. Of the earlier read texts the rules move five instruments towards their gold (Canada's and the United Kingdom's trade
agreements named "Trade Agreement") and none away; 1.15.58 adds the batches to both models' training data (partner model: 161
batches, 0.868; area model: 163 batches, 0.859), and the retrained partner model drops a false Australia (123-07), Qatar (165-10) and
India (54-02) and adds a false United Kingdom (73-01) and Africa (ho-10); area F1 over the read texts 0.875; heldout27 and heldout33 at
1.15.58: partners 0.846, instruments 0.822, areas 0.853, initiatives 0.761 (the rules alone 0.774; one instrument more than at
1.15.57); heldout66-68 (still unread): partners 0.887, instruments 0.924, areas 0.899, initiatives 0.964.
Six more scored once at 1.15.58 and left unread as that version's estimate on unseen text, then read for 1.15.59: explainers and
briefing notes of development banks (\`heldout168/\`), legal texts on cooperation instruments (\`heldout169/\`) and job postings and
terms of reference (\`heldout170/\`), ${sets.heldout168.length}, ${sets.heldout169.length} and ${sets.heldout170.length} texts: partners 0.971, 0.968 and 0.968 (the rules alone 0.848, 0.882 and 0.885), pooled 0.969
(precision 0.969, recall 0.969; 64 gold partners), instruments 0.875, areas 0.857, initiatives 0.918 (45/49); and abstracts and
literature reviews of academic papers (\`heldout171/\`), data portals and dashboards (\`heldout172/\`) and programmes of official visits
and study tours (\`heldout173/\`), ${sets.heldout171.length}, ${sets.heldout172.length} and ${sets.heldout173.length} texts: partners 0.873, 0.915 and 0.750 (the rules alone 0.852, 0.759 and 0.611), pooled
0.857 (precision 0.868, recall 0.846), instruments 0.784, areas 0.887, initiatives 0.809 (38/47); the six together (72 texts, 142
gold partners): partners 0.908 (precision 0.914, recall 0.901), instruments 0.826, areas 0.871, initiatives 0.865 (83/96). 1.15.59
keeps "18,5 Mio. Euro" (and "Mrd.", "ca.", "bzw.", "vgl.", "inkl.") inside its sentence, whose EU then owns the places after it;
reads a German decline with words between its verb and "ab" or "abgesagt" ("lehnte aber im Herbst 2024 ab", "hat die Teilnahme
jedoch mit Schreiben vom 22.04.2025 abgesagt"), and of a list that a semicolon parts only the last part ("…, Usbekistan; Turkmenistan
wurde eingeladen, hat die Teilnahme aber abgelehnt"); reads officials who "spend a week" with others as no comparison of spending;
reads a place's own ministries "in" it ("mit den Regulierungsbehörden und Fachministerien in Kirgisistan … zusammen") as what the
cue says, and cooperation there that "werden … nicht gefördert" as none; reads a member state's development cooperation ("finanziato
dalla cooperazione italiana", "la coopération française") as the EU's side; reads a status cell "invited – declined (letter of …)",
a place "no longer" party ("n'est plus partie", "참여를 중단", "被排除在…之外") and a Korean reform "EU와의 협력과는 무관한" as no party;
takes an unquoted Team Europe Initiative name ("Team-Europe-Initiative Digitale Konnektivität Zentralasien") and the state of the
other body in a memorandum's title ("tra l'Agenzia … della Repubblica Italiana e l'Autorità … della Repubblica d'Albania") as the
instrument's partner; reads actors "sostenuti dalla" a state as a threat, and a draft memorandum or one "(under negotiation …)" as
no instrument; takes a name followed by its acronym ("Polo italo-tunisino per l'IA (PITIA)", not a body's "Agenzia … (ACN)"), a
quoted name after a loan or a twinning project ("prêt-cadre « Moldavie numérique sûre »", "Twinning-Projekts „Connect MD“") or in
brackets after what it is, as initiatives; and reads a page's footer with bars ("© Bundesnetzagentur 2026 | Impressum |
Datenschutz") as no table, which drops some fifty menu items that earlier versions listed as initiatives. Over every read text
(these six included) 1.15.59, its rules and its retrained models together, moves 26 partners, 13 instruments, 15 areas and 13
initiatives towards their gold, and one partner (the Western Balkans of an Italian infographic's title, 172-06), one instrument (a
memorandum between two agencies given the region, 173-04) and 30 areas away; it adds the batches to both models' training data
(partner model: 167 batches, 0.870; area model: 169 batches, 0.862); area F1 over the read texts 0.874; heldout27 and heldout33 at
1.15.59: partners 0.861, instruments 0.828, areas 0.847, initiatives 0.766 (the rules alone 0.790); heldout66-68 (still unread):
partners 0.887, instruments 0.924, areas 0.893, initiatives 0.964.
Three more scored once at 1.15.59 before anything of them was read: reports and briefs of NGOs and civil-society coalitions
(\`heldout174/\`), procurement notices, award results and calls for tenders (\`heldout175/\`) and newsletters of chambers of commerce
and business associations (\`heldout176/\`), ${sets.heldout174.length}, ${sets.heldout175.length} and ${sets.heldout176.length} texts: partners 0.851, 0.750 and 0.944 (the rules alone 0.784, 0.615 and
0.909), pooled 0.852 (precision 0.907, recall 0.803), instruments 0.917, areas 0.875, initiatives 0.938 (45/48). 1.15.60 reads "der
drei Partnerländer" (and "des trois pays partenaires", "dei tre paesi partner") as the three places named before; reads the places of a
Chinese "在…启动了首批试点" as pilots and a place right after 在, 于, 向, 对 or 从 as no subject of its own affair; matches no Korean,
Chinese or Japanese country name across a space ("이번 호 주요 내용" is no Australia); reads places whose project "EU 자금은 포함되지
않는다" (or "未使用欧盟资金", "EUの資金は含まれていない") as none of the EU's in that sentence; reads start-ups, universities and
organisations "in" places as what the cue says, a place that "ist an dem Programm aber nicht beteiligt" as no party, and "en X y en Y"
as one list; reads negotiations on an agreement "relaunched" as no agreement yet; takes a titled name with its acronym and a
country's code ("Title: Secure and Inclusive Digital Governance Philippines (SIDG-PH)"); and reads quoted names and names with their
acronym before a bare acronym that is a word of them ("„FAIR Forward – Künstliche Intelligenz für alle“" over "FAIR").
Over every read text (these three included) 1.15.60 moves 14 partners, three instruments, 66 areas and nine initiatives towards
their gold, and one partner (a United Kingdom added by the retrained partner model, 73-01) and 26 areas away; two instruments go away
from older gold that still labels a free trade agreement under negotiation (heldout9-01 and heldout28-01, "relaunched"); it adds the
batches to both models' training data (partner model: 170 batches, 0.874; area model: 172 batches, 0.861); area F1 over the read
texts 0.877; heldout27 and heldout33 at 1.15.60: partners 0.862, instruments 0.828, areas 0.846, initiatives 0.766 (the rules alone
0.790); heldout66-68 (still unread): partners 0.893, instruments 0.924, areas 0.905, initiatives 0.964.
Three more scored once at 1.15.60 before anything of them was read: transcripts of radio and TV interviews and talk shows
(\`heldout177/\`), FAQ and question-and-answer pages of ministries, agencies and EU delegations (\`heldout178/\`) and budget documents and
annual activity reports (\`heldout179/\`), ${sets.heldout177.length}, ${sets.heldout178.length} and ${sets.heldout179.length} texts: partners 0.957, 0.978 and 0.857 (the rules alone 0.786, 0.846 and
0.782), pooled 0.910 (precision 0.943, recall 0.880), instruments 0.878, areas 0.892, initiatives 0.961 (49/51). 1.15.61 names
Tanzania and the Democratic Republic of the Congo as French, Spanish, Italian and German texts write them ("Tanzanie", "RD Congo",
"RDC", "DR Kongo"); reads a place "citée comme référence" or "bien en deçà" of another as a yardstick, and one that "ne fait plus
partie des pays partenaires" as no party; gives an instrument in a table row its row's partner before the places of a footnote its
cell carries ("| Nigeria | … | Digital Economy Package¹ |" over "¹ … The packages with the Democratic Republic of the Congo and
Colombia are still under negotiation"); reads places "still under negotiation" and a place with which an agreement "wird …
verhandelt" as no party in that sentence; and reads a centre "co-funded by" a place as the place taking part, not as its donor.
Over every read text (these three included) 1.15.61 moves 12 partners, seven instruments and 56 areas towards their gold, and one
partner (an Australia the retrained partner model adds, 123-07) and 30 areas away; it adds the batches to both models' training data
(partner model: 173 batches, 0.874; area model: 175 batches, 0.862); area F1 over the read texts 0.879; heldout27 and heldout33 at
1.15.61: partners 0.866, instruments 0.828, areas 0.848, initiatives 0.766 (the rules alone 0.790); heldout66-68 (still unread):
partners 0.893, instruments 0.924, areas 0.904, initiatives 0.964.
Three more scored once at 1.15.61 before anything of them was read: conference programmes, calls for speakers and hackathon
announcements (\`heldout180/\`), blog posts and podcast show notes (\`heldout181/\`) and notices, consultations and decisions of telecom
and data regulators and standards bodies (\`heldout182/\`), ${sets.heldout180.length}, ${sets.heldout181.length} and ${sets.heldout182.length} texts: partners 0.842, 0.971 and 0.593 (the rules alone 0.829, 0.810 and
0.562), pooled 0.820 (precision 0.854, recall 0.788; 52 gold partners), instruments 0.775, areas 0.850, initiatives 0.943 (33/35).
The regulators' notices name both sides by their regulators ("BEREC", "Arcep", "AGCOM", "DIN" and "ANRCETI", "ARTP", "AKEP",
"Uzstandard"), which no earlier version knew. 1.15.62 reads national regulators, data-protection authorities, standards bodies and
digital agencies named without their country as that country (libs/taxonomy \`PUBLIC_BODIES\`: "Arcep" France, "ANRCETI" Moldova)
and the EU's own bodies (BEREC, the EDPB, EUSPA, Europol) as the EU's side; reads a body's acronym in brackets after its long name as
the body, not as where it is; names memoranda in the plural ("protocoles d'accord", "protocolli d'intesa", "Memorandums of
Understanding"), an "ICT政策対話" as a digital dialogue and "CEF Digital" as the Connecting Europe Facility; reads Jordan right after
"EU-" as the country, not a person's name; reads the places of an EU Delegation accredited to several countries as its seats; reads a
place in brackets that a Japanese route goes via ("アラスカ（米国）を経由して") as a transit point; reads an agreement that "wird weiter
verhandelt" as none yet, a dash in its pair's name notwithstanding; and gives an instrument the partners named "zwischen" after it,
with every pair of "… sowie zwischen …".
Over every read text (these three included) 1.15.62 moves 26 partners, 39 instruments, 36 areas and one initiative towards their
gold, and one partner (Latin America, added by the retrained partner model in a Japanese cable text, 58-11) and 30 areas away; it
adds the batches to both models' training data (partner model: 176 batches, 0.875; area model: 178 batches, 0.863); area F1 over
the read texts 0.879; heldout27 and heldout33 at 1.15.62: partners 0.862, instruments 0.828, areas 0.846, initiatives 0.766 (the
rules alone 0.790); heldout66-68 (still unread): partners 0.899, instruments 0.938, areas 0.890, initiatives 0.964.
Three more scored once at 1.15.62 before anything of them was read: reports and minutes of parliamentary committees and hearings
(\`heldout183/\`), decisions of courts, arbitration bodies and ombudsmen with legal commentary (\`heldout184/\`) and pages of universities and
research institutes on joint doctoral programmes and labs (\`heldout185/\`), ${sets.heldout183.length}, ${sets.heldout184.length} and ${sets.heldout185.length} texts: partners 0.920, 0.950 and 0.791 (the rules alone
0.868, 0.850 and 0.864), pooled 0.887 (precision 0.908, recall 0.868; 68 gold partners), instruments 0.981, areas 0.830, initiatives
0.860 (37/43). 1.15.63 reads the places outside the EU of a consortium's table ("| Institución | País | Rol |") that also has rows
from member states as partners, not a row that declined; reads a place that "suspended its participation" as no party; reads the
places where an EU programme's pilot sites were selected as its pilot countries ("Pilot sites … have been selected in Kyrgyzstan and
Tajikistan", "sites pilotes", "Pilotstandorte"); no longer reads the Spanish "Domingo" as a word of dominance ("inaugurado en Santo
Domingo junto con el Gobierno de la República Dominicana"), nor a place inside a handle or hashtag ("@iLabAfrica"); names a quoted
doctoral programme or consortium by its head noun ("Graduiertenkolleg „Sichere Netze für Zentralasien“", "'EUKO-6G' 컨소시엄"), the
Digital Agenda for the Western Balkans in five languages, and an acronym whose lower-case form is only an address ("QUANTUM-MED" beside
"quantum-med@…").
Over every read text (these three included) 1.15.63 moves 14 partners, two instruments, 18 areas and 12 initiatives towards their
gold, and three partners (an Australia, a United States and Africa the retrained partner model adds, 123-07, 41-12, 43-09) and 39
areas away (the area model's retraining); it adds the batches to both models' training data (partner model: 179 batches, 0.874; area
model: 181 batches, 0.862); area F1 over the read texts 0.876; heldout27 and heldout33 at 1.15.63: partners 0.866, instruments 0.828,
areas 0.842, initiatives 0.766 (the rules alone 0.790); heldout66-68 (still unread): partners 0.899, instruments 0.938, areas 0.898,
initiatives 0.964.
Three more scored once at 1.15.63 before anything of them was read: sustainability reports and investor updates of telecom, cable
and cloud companies (\`heldout186/\`), pages of municipal twinnings and smart-city partnerships and local news (\`heldout187/\`) and
catalogues and pavilion pages of trade fairs (\`heldout188/\`), ${sets.heldout186.length}, ${sets.heldout187.length} and ${sets.heldout188.length} texts: partners 0.955, 0.750 and 0.980 (the rules
alone 0.837, 0.650 and 0.898), pooled 0.912 (precision 0.950, recall 0.877; 65 gold partners), instruments 0.901, areas 0.862,
initiatives 0.897 (52/58). 1.15.64 reads the places outside the EU of a table of partner cities ("| Vorhaben | Partnerstadt | Land |")
with a member-state row, of an Interreg programme's name ("Interreg IPA Italia-Albania-Montenegro") and of a list of cities each with
its country that holds a member state's city ("Le projet réunit quatre villes : Sousse, Irbid en Jordanie, Palerme en Italie et
Valence en Espagne") as partners, the EU's side taking part in them whether or not the text names the EU; reads a place that "nimmt an
der Pilotphase nicht teil" as no party; names Interreg programmes by their whole name, the EU's International Urban and Regional
Cooperation in eight languages, what "s'appelle", "se llama" or "si chiama" so, and a dashed acronym whole ("ADRI-eGov"); and no longer
reads "RAK" as Bosnia and Herzegovina's regulator (it is also Ras Al Khaimah).
Over every read text (these three included) 1.15.64 moves 10 partners and 11 initiatives towards their gold, and none away; 59 areas
move, seven more away than towards (the area model's retraining); it adds the batches to both models' training data (partner model:
182 batches, 0.876; area model: 184 batches, 0.861); area F1 over the read texts 0.876; heldout27 and heldout33 at 1.15.64: partners
0.866, instruments 0.828, areas 0.842, initiatives 0.766 (the rules alone 0.790); heldout66-68 (still unread): partners 0.899,
instruments 0.938, areas 0.898, initiatives 0.982.
Three more scored once at 1.15.64 before anything of them was read: think-tank policy briefs and op-eds with footnotes (\`heldout189/\`),
newsletters and press reviews of embassies and EU Delegations (\`heldout190/\`) and export and customs guides for companies with the
answers to tenderers' questions (\`heldout191/\`), ${sets.heldout189.length}, ${sets.heldout190.length} and ${sets.heldout191.length} texts: partners 0.958, 0.880 and 0.880 (the rules alone 0.836,
0.642 and 0.846), pooled 0.911 (precision 0.982, recall 0.848; 66 gold partners), instruments 0.886, areas 0.904, initiatives 0.940
(47/50). 1.15.65 reads footnotes past a text's numbered headings ("1. Councils that meet" before "¹ With Japan (May 2022), …", whose
numbers the footnotes' own had taken) and ends a section of recommendations at a Markdown rule or a footnote; reads the footnote of
"partners associated to the Digital Europe Programme¹"; reads "côté tunisien" and "del lado colombiano" as the state, a German
"US-amerikanisch" as an adjective only, and the adjectives of nationality of 53 more countries and the capitals of 40 more (those of
Central America, Africa, Asia, the Pacific and the Gulf; "le gouvernement vanuatais", "San José y Bruselas"), and more partners' bodies
("AKSHI", "MICITT", "MinTIC", "TRBR"); takes the heading of a table from a numbered section heading above it ("2) Global Gateway im
Pazifik"), not from a bracketed line further up that paired two others; reads a place "not associated" to a programme as no party of
it ("Australien ist, anders als Neuseeland, nicht an dem Programm assoziiert"), "nessun accordo è stato firmato con …" as no
agreement, and an agreement negotiated in the present ("verhandeln seit April 2025 über ein Freihandelsabkommen") as none yet; and no
longer reads "Pacific Islands" in a German text as Iceland.
Over every read text (these three included) 1.15.65 moves 10 partners, 15 instruments and one initiative towards their gold, and four
partners away (Panama, named in the capital "Ciudad de Panamá" three times, left with one mention the model reads as no party,
29-06; an Africa, a United States and a Latin America the retrained partner model adds, ho-10, 41-12, 58-11), and 69 areas more away
than towards (the area model's retraining: area F1 over the read texts 0.876 to 0.871, its leave-one-batch-out figure 0.861 to 0.863,
within the noise); it adds the batches to both models' training data (partner model: 185 batches, 0.877; area model: 187 batches,
0.863); heldout27 and heldout33 at 1.15.65: partners 0.866, instruments 0.828, areas 0.837, initiatives 0.766 (the rules alone 0.790);
heldout66-68 (still unread): partners 0.899, instruments 0.938, areas 0.893, initiatives 0.982.
Three more scored once at 1.15.65 before anything of them was read: summaries of partner countries' national digital strategies and
white papers (\`heldout192/\`), project sheets, results frameworks and evaluation summaries of development banks and donors (\`heldout193/\`)
and news-wire dispatches on digital diplomacy (\`heldout194/\`), ${sets.heldout192.length}, ${sets.heldout193.length} and ${sets.heldout194.length} texts: partners 0.923, 0.824 and 0.852 (the
rules alone 0.857, 0.788 and 0.698), pooled 0.860 (precision 0.891, recall 0.831; 59 gold partners), instruments 0.871, areas 0.876,
initiatives 0.898 (44/49). 1.15.66 no longer reads a place after "Neben", "besides", "outre", "además de" or "oltre a" as the subject
that owns the list after it ("Neben Kanada bestehen Digitalpartnerschaften mit Japan, der Republik Korea und Singapur"), nor a place
after it as the subject of an alongside phrase when a preposition stands before it; reads "die Regierung in Jakarta" (a word for the
government and "in" before a capital) as that government, with the words; reads "l'État sénégalais", "les institutions" and "le
istituzioni albanesi" as the state; takes "Controparti:", "Contrepartie :", "Contrapartes nacionales:" and "Counterparts:" for a label
of partners, and a member state's development agency named in capitals ("AGENZIA ITALIANA PER LA COOPERAZIONE ALLO SVILUPPO") for
the EU's side; and reads the companies of a CJK list of places ("米国と中国の大手企業") as no party.
Over every read text (these three included) 1.15.66 moves 13 partners and five instruments towards their gold, and none away; 131
areas move, 55 more towards than away (the area model's retraining: area F1 over the read texts 0.871 to 0.876); it adds the batches
to both models' training data (partner model: 188 batches, 0.876; area model: 190 batches, 0.862); heldout27 and heldout33 at 1.15.66:
partners 0.866, instruments 0.832, areas 0.842, initiatives 0.766 (the rules alone 0.793); heldout66-68 (still unread): partners
0.899, instruments 0.938, areas 0.899, initiatives 0.982.
Three more were scored once at 1.15.66 and left unread as that version's estimate on unseen text (not run here, so their outputs stay
unseen; results/SET.start.txt holds the score): parliamentary questions with their written answers and ministers' and commissioners'
speeches (heldout195), announcements of standards bodies and research networks (heldout196) and regional organisations' communiqués and
summit declarations (heldout197), 36 texts: partners 0.905, 0.786 and 0.737 (the rules alone 0.667, 0.649 and 0.571), pooled 0.815
(precision 0.898, recall 0.746; 59 gold partners), instruments 0.822, areas 0.902, initiatives 0.884 (38/43).
First scores by version (partners; each three new batches of twelve texts): 1.15.5 0.912, 1.15.6 0.770, 1.15.7 0.901, 1.15.8
0.785, 1.15.10 0.814, 1.15.11 0.914, 1.15.12 0.860, 1.15.13 0.854, 1.15.14 0.777, 1.15.17 0.883, 1.15.19 0.875, 1.15.21 0.871, 1.15.25 0.635, 1.15.29 0.849, 1.15.32 0.822, 1.15.33 0.893, 1.15.34 0.870, 1.15.35 0.821, 1.15.36 0.840, 1.15.37 0.755, 1.15.38 0.829, 1.15.39 0.817, 1.15.40 0.681, 1.15.41 0.812, 1.15.42 0.836, 1.15.43 0.857, 1.15.44 0.840, 1.15.45 0.871, 1.15.46 0.887, 1.15.47 0.835, 1.15.48 0.869, 1.15.49 0.821, 1.15.50 0.841, 1.15.51 0.882 (six batches), 1.15.52 0.812, 1.15.53 0.897, 1.15.54 0.841, 1.15.55 0.951, 1.15.56 0.868, 1.15.57 0.950, 1.15.58 0.908 (six batches, read for 1.15.59), 1.15.59 0.852, 1.15.60 0.910, 1.15.61 0.820, 1.15.62 0.887, 1.15.63 0.912, 1.15.64 0.911, 1.15.65 0.860, 1.15.66 0.815 (unread). The spread from
one round to the next (0.64-0.91) is larger than any change made between them: it is the kind of text, not the version, that
moves the figure.
Over the hundred and sixty batches first scored with the partner model (heldout35-194): partners 0.846 (precision 0.849,
recall 0.844); instruments 0.852, initiatives 0.841 (2103/2502); over heldout35-44 partners 0.788 against the rules' 0.733, over
heldout45-194 (1800 texts) 0.852 (single batches 0.35-1.00). Over the hundred and fifty-four first scored with the area model
(heldout41-194): areas 0.843 (precision 0.799, recall 0.894); over heldout45-194 0.847. Instruments over heldout45-194 0.857,
initiatives 0.840 (1868/2224).
The read batches' figures below are no longer an estimate of anything for partners and areas: they trained the models.
Both heldout7 and heldout8 label only the areas a text is substantially about, where the earlier batches also labelled an area a short
text names once; the area rule (a specific keyword once in a short text) was left as it is: requiring two mentions, or one in the title,
scores lower over all nine batches (0.849–0.861 against 0.887). With twenty-six batches (1.11.2), one keyword still makes the area
of a text of a few paragraphs, but a text longer than 4,000 characters (1,000 in CJK) needs it twice: area F1 over all read batches
0.852 to 0.859, over the five latest 0.795 to 0.829 (heldout27, unseen, unchanged at 0.795).
Baseline: compromise 14 places mapped to country/region ids (every place is a partner), organisations as initiative names.

| set | field | dpo extract | NER baseline |
|---|---|---|---|
${HELD_OUT.map((name) => row(name, name)).join('\n')}
${row('dev', 'dev')}

Aim on unseen texts: partner F1 ≥ 0.90, instrument F1 ≥ 0.75, initiative recall ≥ 0.75, area F1 ≥ 0.80.

### heldout34 to heldout2: first score vs now

| set | field | before rule changes | now |
|---|---|---|---|
${FIRST_SCORED.map(startRows).join('\n')}

${HELD_OUT.map((name) => `### Held-out detail (${name})\n\n\`\`\`\n${reports[name].ours.trim()}\n\`\`\`\n`).join('\n')}
### Dev detail

\`\`\`
${reports.dev.ours.trim()}
\`\`\`

## Known weaknesses

${readFileSync(join(ROOT, 'tools/eval/known-weaknesses.md'), 'utf8').trim()}
`;
  writeFileSync(join(ROOT, 'EVALUATION.md'), md);
  process.stdout.write('wrote EVALUATION.md\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
