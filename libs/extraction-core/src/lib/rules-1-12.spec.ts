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
