/**
 * Words that present a country as a party to cooperation ("partner") or as a threat,
 * sanctioned actor, competitor or comparison point ("other"), per language. A cue counts
 * for the nearest country list in its clause. `near` cues count only right next to the name.
 */
export interface CueSet {
  partner: RegExp;
  other: RegExp;
  near: RegExp;
}

const en: CueSet = {
  partner:
    /\b(?:(?:EU|EU's|EU’s|European)\s+programmes?\s+for|co-?operat\w*|collaborat\w*|(?:for|as)\s+pilots?|pilot\s+(?:sites?|countries|locations)|partner\w*|co-?sponsor\w*|core\s+group|dialogues?|agreements?|arrangements?|memorand\w*|MoU|MoC|alliances?|joint(?:ly)?|together|with|signed|sign|signature|conclud\w*|negotiat\w*|associat\w*|summits?|ministerial|councils?|talks|ties with|relations with|align\w*|allies|ally|like-minded|between|among(?!\s+(?:them|others|other\s+things)\b)|hubs?|connect\w*|linking|landing|launch(?:es|ed|ing)?\b(?!\s+from)|extend\w*|support(?:s|ed|ing)?|assist\w*|help\w*|engag\w*|exchanges?|missions?|fund(?:s|ed|ing)?|commit(?:s|ted|ting)\s+(?:(?:EUR|USD|some|over|about|around|nearly|almost|more\s+than)\s+|€\s?)?\d[\d.,]*|co-?financ\w*|financ(?:e|es|ed|ing)|participat\w*|take part|takes part|taking part|took part|adequacy|invest(?:s|ed|ing)? in|join(?:s|ed|ing)?|continu(?:e|es|ed|ing) to(?!\s+(?:be|impose|grow|rise|expand|develop|support|play|work|face|rely|depend|lag|use|push|pursue|invest|build|dominate|restrict|block|shape|treat|apply|require|demand|insist|resist|refuse)\b)|onwards? to|(?:open|opens|opened|built|deployed|set up|established) in)\b/gi,
  other:
    /\b(?:EU\s+(?:accession|membership)|inspired\s+by|modell?ed\s+on|(?:carriers|operators|customers|clients|vendors|suppliers)\s+(?:from|based\s+in)|accession\s+to\s+the\s+(?:EU|European\s+Union)|(?:anti-)?dumping|countervailing|originating\s+in|(?:re)?flagged|flying\s+the\s+flag\s+of|flags?\s+of\s+convenience|investments?(?:\s+[^\s,;.]+){0,2}\s+from|(?:actors|groups|hackers)\s+(?:[^\s,;.]+\s+)?(?:backed|supported|sponsored)\s+by|(?:actors|groups|hackers|thefts?|operations|campaigns?|vessels|ships|fleets?|(?:have|has|had)\s+been|is|are|was|were)\s+linked\s+to|(?<!(?:upgrad|build|construct|moderni[sz]|rehabilitat|equipp?|secur)\w*\s+(?:the\s+|new\s+|two\s+|three\s+)?)landing\s+(?:points?|stations?|sites?)|attributed\s+to|(?:re-)?exported\s+to|on\s+the\s+(?:margins|sidelines)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:summit|meeting|conference|forum|session|dialogue|congress|assembly|week)(?:\s+of)?|thefts?|ransomware|disinformation|cooperat\w*\s+with\s+(?:the\s+)?(?:investigations?|inquiry|probe)|investigations?|inquiry|probe|impos(?:e|es|ed|ing)|withdr(?:ew|awn|aws?)\s+(?:its|their)\s+support|threat\w*|attack\w*|malicious|hostile|sanction\w*|listed|adversar\w*|rival\w*|competitors?|competition(?: with| from)?|compet\w+(?: with)?|against|aggression|war|invasion|interference|espionage|coercion|weaponi[sz]\w*|dependen\w*(?: on)?|reliance(?: on)?|reliant(?: on)?|rel(?:y|ies) on|compared(?: to| with)?|comparison|than|relative to|market share|share of|controls?|dominat\w*|surveillance|based in|operat(?:ing|es?)\s+from|(?:operators|companies|firms|investors|providers|vendors)\s+(?:based\s+)?from|(?:groups?|actors?|hackers?|campaigns?|entit(?:y|ies)|individuals?)\s+(?:[\w-]+\s+){0,2}(?:associated|affiliated)\s+with|hostilities|challenges?(?: from)?|export controls?|tariffs?|concentrat\w* in|high-risk|trading partners?|banned|restrict\w*|actors?|perpetrators?|state-sponsored|conflict|tensions?(?: with)?|gap(?: between| with)?|lagg?\w*|behind|spend\w*(?!\s+(?:a|an|one|two|three|four|five|six|several|the|their|its|\d+)\s+(?:[\w-]+\s+)?(?:weeks?|days?|months?|nights?|time|semesters?))|imported from|loans? from|hyperscalers|peers|proprietary|bordering|avoid(?:s|ing)?|bypass(?:es|ing)?|fraud\w*|scams?)\b/gi,
  near: /\b(?:along|alongside the coast of|(?:could|may|might|would)\s+(?:later\s+)?(?:extend|expand)\s+to|(?:provided|granted|(?<!co-?)financed|(?<!co-?)funded|donated|supplied|built|constructed)(?:\s+to\s+[a-z][\w-]+)?\s+by|grants?\s+from|held in|hosted in|took place in|host of|via|through|off|unlike(?: neighbouring| neighboring)?|transit(?:ing)? through|(?:does|do|did)\s+not\s+transit|developed\s+in|designed\s+in|without passing through|bypassing|with a stopover in|stopping (?:in|at)|transits|transiting|crossing(?: of)?|crosses|across|passing through|traversing|lands? in|landings? in|in the region of|near|off the coast of|close to|(?:shaped|dominated|influenced|controlled) by)\s+(?:the\s+)?$/i,
};

const fr: CueSet = {
  partner: /\b(?:sites?\s+pilotes?|pays\s+pilotes?|(?<!\bne\s)bénéfici(?:e|ent|era|eront|ait|aient|é)\b|coopér\w*|collabor\w*|particip(?:e|ent|era|eront|ation|é)\b|partenari\w*|coparrain\w*|groupe\s+restreint|partenaires?|dialogues?|accords?|arrangements?|protocole|alliances?|conjoint\w*|ensemble|avec|sign(?:e|es|ent|er|era|eront|ait|aient|a|ature|atures|ataires?|(?=[éè]))|conclu\w*|négoci\w*|associ\w*|sommets?|soutien\w*|souten\w*|entre|accompagn\w*|aide|aider|aidera|aident|financ\w*|appui\w*|rejoin\w*|reli\w*)\b/gi,
  other: /\b(?:(?:anti)?dumping|compensatoire|s['’]inspir\w*\s+d|inspirée?s?\s+d|originaires?\s+d(?:e|u|es|['’])|battant\s+pavillon|sous\s+pavillon|investissements?(?:\s+[^\s,;.]+){0,2}\s+(?:en provenance|venant)\s+d|(?:acteurs|groupes|pirates)\s+(?:[^\s,;.]+\s+)?(?:soutenus|parrainés|appuyés)\s+par|en\s+marge\s+d(?:u|e\s+la|es|e\s+l['’])\s*(?:[^\s,;.]+\s+){0,3}?(?:sommet|réunion|conférence|forum)(?:\s+d(?:u|e\s+la|es|e\s+l['’]|e))?|mesures\s+restrictives|désinformation|rançongiciels?|menaces?|attaques?|malveillant\w*|sanction\w*|rival\w*|concurren\w*|contre|guerre|hostilités|ingérence|espionnage|dépendan\w*|dépend\w*|par rapport|comparé\w*|comparaison|acteurs?|hostiles?|domin(?!go)\w*|derrière|part de marché|(?:citée?s?|prise?s?)\s+comme\s+(?:référence|modèle)|(?:bien\s+)?en\s+deçà|attribuée?s? à|établis? aux?|établis? en|haut risque|partenaires? commercia\w*|tensions?(?:\s+\w+)?(?:\s+avec)?|points? d['’]atterriss\w*|(?:se\s+tiendr\w*|se\s+tien(?:t|nent|dra)|aur[ao]\s+lieu|a\s+eu\s+lieu)\s+(?:[^\s,;.]+\s+){0,3}?(?:en|au|aux))\b/gi,
  near: /(?:^|[^\p{L}])(?:(?:financée?s?|fournie?s?|construite?s?|accordée?s?)\s+par|(?:subvention|prêt|don)\s+de|à|via|par|transitant par|en passant par|sans passer par|avec\s+(?:une\s+)?escale\s+(?:à|au|en)|(?:branche|extension|dérivation)s?\s+vers(?:\s+les\s+îles\s+d(?:u|e|es))?|traversant|longeant|le long d(?:e|u|es))\s+(?:l['’]|la\s+|le\s+|les\s+)?$/iu,
};

const de: CueSet = {
  partner: /(?:\bPilot(?:standort|region|land|länder)\w*|\bprofitier\w*\s+(?:auch\s+)?von|\bBegünstigt\w*|Zusammenarbeit|zusammenarbeit\w*|\bTeilnahme\b|\b(?:nehmen|nimmt)\s+(?:[^\s.;,]+\s+){0,6}?teil\b|\b(?:gestaltet|gestalten)\s+(?:[^\s.;,]+\s+){0,6}?mit\b|beteiligt\s+sich|Miteinbring\w*|Kerngruppe|[Kk]ooper\w*|Partner\w*|partnerschaft\w*|[Aa]nsprechpartner\w*|Dialog\w*|Abkommen|Vereinbarung\w*|Absichtserklärung|Allianz|gemeinsam\w*|\b[Mm]it\b|unterzeichn\w*|abgeschlossen|[Vv]erhandl\w*|[Aa]ssoziier\w*|Gipfel\w*|zwischen|[Uu]nterstütz\w*|\bfördert?\b|[Ff]örderung|finanzier\w*|[Ff]inanzierung|\bhilft\b|\bhelfen\b|\btreten\b|Beitritt|\bweitet\b|ausgeweitet|ausweiten|ausgedehnt|verbinde\w*|\bbeitr\w*|(?<![Aa]us)tritt)/g,
  other: /(?:(?:Anti)?[Dd]umping\w*|orientier\w*\s+sich\s+an|nach\s+dem\s+Vorbild|Ausgleichszoll\w*|\bUrsprung\w*|unter\s+(?:der\s+)?Flagge|Investitionen\s+aus|am\s+Rande\s+(?:des|der|eines|einer)\s+(?:[^\s,;.]+\s+){0,3}?(?:[\w-]*-)?(?:Gipfel\w*|Treffen\w*|Konferenz|Tagung|Forums?)|restriktive[nr]?\s+Maßnahmen|Bedrohung\w*|Angriff\w*|bösartig\w*|Sanktion\w*|Rival\w*|Konkurren\w*|Wettbewerb\w*|\bgegen\b|Krieg|Einmischung|Spionage|Abhängigkeit\w*|abhängig|im Vergleich|[Vv]ergleich\w*|verglichen|Akteure|feindlich\w*|dominier\w*|\bhinter\b|Marktanteil\w*|Handelspartner\w*|(?:Kredit|Darlehen)\w*\s+(?:aus|von)\b|Spannungen\s+mit\b|Verbindung(?:en)?\s+(?:nach|zu)\b)/g,
  near: /(?:^|[^\p{L}])(?:in|über|via|durch(?:\s+(?:die|den|das))?)\s+$/iu,
};

const es: CueSet = {
  partner: /\b(?:sitios?\s+piloto|países\s+piloto|(?<!\bno\s)se\s+benefici(?:a|an|ará|arán|ó|aron)\b|cooper\w*|colabor\w*|asociaci\w*|copatrocin\w*|grupo\s+(?:central|básico|núcleo)|socios?|diálogos?|acuerdos?|memorando|alianzas?|conjunt\w*|junto|con|firm\w*|conclu\w*|negoci\w*|cumbres?|apoy\w*|entre|financi\w*|cofinanci\w*|adecuación|ayud\w*|respald\w*|conect\w*|unir\w*|adhi\w*)\b/gi,
  other: /\b(?:(?:anti)?dumping|compensatori\w*|originari[oa]s?\s+de|se\s+inspir\w*\s+en|inspirad[oa]s?\s+en|con\s+bandera|bajo\s+(?:la\s+)?bandera|abanderad\w*|inversi(?:ón|ones)(?:\s+[^\s,;.]+){0,2}\s+(?:procedentes?|provenientes?)\s+de|(?:actores|grupos|piratas)\s+(?:[^\s,;.]+\s+)?(?:apoyados|respaldados|patrocinados)\s+por|vinculad[oa]s?\s+a|atribuid[oa]s?\s+a|al\s+margen\s+de(?:l|\s+la)\s+(?:[^\s,;.]+\s+){0,3}?(?:cumbre|reunión|conferencia|foro)(?:\s+de(?:l|\s+la)?)?|puntos?\s+de\s+amarre|medidas\s+restrictivas|(?:tuvo|tendrá|ha\s+tenido)\s+lugar\s+en|desinformación|amenazas?|ataques?|malicios\w*|sanci\w*|rival\w*|competen\w*|contra|guerra|injerencia|espionaje|dependencia|depend\w*|comparaci\w*|comparad\w*|frente a|actores|hostil\w*|domin(?!go)\w*|control\w*|cuota|detrás|brecha|socios? comercial\w*|procedentes? de|provenientes? de)\b/gi,
  near: /(?:^|[^\p{L}])(?:(?:financiad[oa]s?|otorgad[oa]s?|construid[oa]s?|donad[oa]s?)\s+por|(?:donación|préstamo|subvención)\s+de|en|vía|a través de|(?:con\s+(?:una\s+)?escala\s+en|sin pasar por|hacia|pas(?:a|an|aba|aban|ó|aron|ando)\s+(?:\p{L}+mente\s+)?por|por delante de|lejos de|a diferencia de)(?:\s+(?:la|el|los|las))?)\s+$/iu,
};

const it: CueSet = {
  partner: /\b(?:siti\s+pilota|paesi\s+pilota|(?<!\bnon\s)benefici(?:a|ano|erà|eranno|ato)\s+d|cooperazion\w*|cooper\w*|collabor\w*|partecip(?:a|ano|erà|eranno|azione|ato)\b|associazion[ei]\s+(?:del|della|dello|dell['’]|di)|associat[oaie]\s+(?:a|al|alla|all['’])|copatrocin\w*|cosponsor\w*|gruppo\s+(?:ristretto|centrale)|partenariat\w*|partner|dialog\w*|accord\w*|memorandum|alleanz\w*|congiunt\w*|insieme|con|firm\w*|conclus\w*|negozi\w*|vertic\w*|sostegno|sosten\w*|sostien\w*|support\w*|finanzi\w*|aiut\w*|collega\w*|aderi\w*|associat[oaie]|tra|fra)\b/gi,
  other: /\b(?:(?:anti)?dumping|compensativ\w*|si\s+ispir\w*\s+a|ispirat[oaie]\s+a|originari\w*\s+d\w*|battente\s+bandiera|danneggiament\w*|investiment\w*(?:\s+[^\s,;.]+){0,2}\s+(?:da\s+parte|provenient\w*\s+da)|(?:attori|gruppi|hacker)\s+(?:[^\s,;.]+\s+)?(?:sostenuti|appoggiati|sponsorizzati)\s+(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])|misure\s+restrittive|minacc\w*|attacch?\w*|malevol\w*|sanzion\w*|rival\w*|concorren\w*|contro|guerra|ingerenz\w*|spionaggio|dipendenz\w*|dipend\w*|rispetto a\w*|confront\w*|attori|ostil\w*|domin(?!go)\w*|quota|dietro|partner commercial\w*)\b/gi,
  near: /(?:^|[^\p{L}])(?:(?:finanziat[oaie]|fornit[oaie]|costruit[oaie])\s+da|(?:donazione|prestito|sovvenzione)\s+d[ae]l?l?['’]?|a|in|via|attraverso|con\s+(?:uno\s+)?scalo\s+(?:a|in)|(?:passa(?:no|va|vano|ndo)?|transitando|senza passare)\s+(?:\p{L}+mente\s+)?per(?:\s+(?:la|il|lo|i|gli|le|l['’]))?|lungo(?:\s+(?:la|il|le|i))?|attraversando(?:\s+(?:la|il|l['’]))?)\s*$/iu,
};

const zh: CueSet = {
  partner: /合作|伙伴|对话|联署|协定|协议|备忘录|联盟|联合|共同|签署|携手|峰会|与|和欧盟|欧盟与|支持|关系|资助|帮助|援助|协助|连接|加入|参与|参加/g,
  other: /加入欧盟|倾销|原产|禁止|威胁|攻击|恶意|制裁|对手|竞争|对抗|战争|干预|干涉|虚假信息|依赖|相比|相较|比较|对比|垄断|间谍|敌对|份额|约占|占约|占比|黑客|管制|关切|担忧|关税|登陆|贸易伙伴/g,
  near: /在$|经由$|途经$/,
};

const ja: CueSet = {
  partner: /協力|パートナー|対話|協定|覚書|連携|共同|署名|締結|アライアンス|との|首脳|関係|支援|資金|援助|接続|参加|準加盟|を対象に|を対象とし/g,
  other: /ダンピング|原産|禁止|脅威|攻撃|悪意|制裁|競争|対抗|戦争|干渉|偽情報|依存|比べ|比較|独占|スパイ|敵対|シェア|規制|懸念|ハッカー|関税|陸揚げ|貿易相手/g,
  near: /経由$/,
};

const ko: CueSet = {
  partner: /협력|적정성|파트너|대화|협정|양해각서|공동|서명|체결|연대|과의|와의|정상회의|관계|지원|자금|원조|연결|참여|참가|준회원|을 대상으로|를 대상으로/g,
  other: /덤핑|원산|금지|위협|공격|악의|제재|경쟁|대항|전쟁|간섭|허위정보|의존|비해|비교|독점|간첩|적대|점유율|통제|우려|해커|관세|육양|교역 상대|무역 상대/g,
  near: /경유$/,
};

export const CUES: Readonly<Record<string, CueSet>> = { en, fr, de, es, it, zh, ja, ko };
