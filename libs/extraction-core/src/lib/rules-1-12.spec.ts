import { partnersOf } from './testing/probes';

describe('a table that names the EU among the funders of its rows (1.12)', () => {
  const table = [
    'Cooperación internacional en la agenda digital',
    '',
    '| Proyecto | Socio | Monto | Período |',
    '|---|---|---|---|',
    '| Centro Regional de Ciberseguridad | Unión Europea | 12 millones EUR | 2025–2028 |',
    '| Caribe Digital Resiliente | Unión Europea (con Jamaica y Panamá) | 9 millones EUR | 2024–2027 |',
    '| Registro civil digital | España (AECID) | 4,5 millones EUR | 2022–2025 |',
    '| Centro de datos gubernamental | Corea (KOICA) | 18 millones USD | 2025–2028 |',
    '| Sistema de alerta temprana | Japón (JICA) | 6 millones USD | 2023–2026 |',
  ].join('\n');

  it("rows led by another country are that country's own projects; the EU's rows keep the partners they name", () => {
    expect(partnersOf(table, 'es')).toEqual(['country:JM', 'country:PA']);
  });

  it('a table of partners alone (no row led by the EU) still makes every row a partner', () => {
    const partners = table.replace('| Unión Europea |', '| Costa Rica |').replace('| Unión Europea (con Jamaica y Panamá) |', '| Jamaica y Panamá |').replace('| España (AECID) |', '| Honduras |');
    expect(partnersOf(partners, 'es')).toEqual(['country:CR', 'country:HN', 'country:JM', 'country:JP', 'country:KR', 'country:PA']);
  });
});

describe('a table headed by a pair of others (1.12)', () => {
  it('"中国与部分东盟国家数字合作重点": the rows are their cooperation, not partners of the EU', () => {
    const text = [
      '中国—东盟数字合作评估',
      '',
      '表1　2025年中国与部分东盟国家数字合作重点',
      '',
      '| 国家 | 重点合作内容 | 进展评估 |',
      '|---|---|---|',
      '| 印度尼西亚 | 云计算、数据中心 | 较快 |',
      '| 马来西亚 | 数据中心、数字支付 | 较快 |',
      '',
      '与欧盟相比，中国的投入更集中于基础设施。',
    ].join('\n');
    expect(partnersOf(text, 'zh')).toEqual([]);
  });

  it('a table of the EU headed by its partners is still the EU\'s ("EU–ASEAN" names the EU)', () => {
    const text = ['EU–ASEAN digital cooperation', '', '| Country | Action | Years |', '|---|---|---|', '| Indonesia | Data centre skills | 2025–2027 |', '| Malaysia | Cybersecurity | 2025–2026 |'].join('\n');
    expect(partnersOf(text, 'en')).toEqual(['country:ID', 'country:MY', 'region:asean']);
  });
});

describe('a transit country is no party where it transits, and may be a partner elsewhere (1.12)', () => {
  it('"L\'Egitto è un Paese di transito cruciale" keeps Egypt the partner of its partnership', () => {
    const text = "Con l'Egitto, l'UE ha firmato nel 2024 un partenariato strategico e globale che comprende la connettività digitale. L'Egitto è un Paese di transito cruciale: da esso dipende gran parte del traffico.";
    expect(partnersOf(text, 'it')).toEqual(['country:EG']);
  });

  it('"a transit country for this route only" is a party to nothing', () => {
    const text = 'The EU signed a memorandum with Jordan and Egypt on data centres. Egypt is a transit country for this route only.';
    expect(partnersOf(text, 'en')).toEqual(['country:JO']);
  });

  it('"passando per", "pasaban mayoritariamente por", "an overland crossing of": route points', () => {
    expect(partnersOf("L'UE sostiene il cavo MEDUSA con la Tunisia. Un altro cavo arriva in Sicilia passando per Israele, la Giordania e l'Oman.", 'it')).toEqual(['country:TN']);
    expect(partnersOf('La UE coopera con Brasil en el cable EllaLink, cuyas rutas antes pasaban mayoritariamente por Estados Unidos.', 'es')).toEqual(['country:BR']);
    expect(partnersOf('The EU supports a cable with Saudi Arabia that would land in Greece after an overland crossing of Egypt.', 'en')).toEqual(['country:SA']);
  });
});
