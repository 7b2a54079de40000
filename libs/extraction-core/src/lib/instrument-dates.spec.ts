import { readFileSync } from 'node:fs';
import { extract } from './extract';
import { instrumentDates } from './instrument-dates';
import { seedPath } from './testing/seed-scoring';

describe('instrumentDates', () => {
  it.each([
    ['A formal bilateral dialogue on cyber and digital issues was established in 2024', '2024', null],
    ['Negotiations for the Digital Trade Agreement with Korea were concluded March 2025', '2025-03', null],
    ['The EU-Japan Digital Partnership, signed on 12 May 2022, runs until 2030', '2022-05-12', '2030'],
    ['signed on May 16, 2022', '2022-05-16', null],
    ['The Digital Partnership launched in early 2026', '2026', null],
    ['Le partenariat numérique lancé en 2023 avec le Japon', '2023', null],
    ['Die seit 2021 bestehende Partnerschaft mit Kanada', '2021', null],
    ['La asociación digital firmada en 2024 con Chile, vigente hasta 2028', '2024', '2028'],
    ['欧盟与新加坡于2023年签署数字伙伴关系协定', '2023', null],
    ['自2021年以来的对话', '2021', null],
  ])('%s', (clause, since, until) => {
    expect(instrumentDates(clause)).toEqual({ since, until });
  });

  it('dates nothing from a bare year or a deadline', () => {
    expect(instrumentDates('the 2024 summit of the Trade and Technology Council')).toEqual({ since: null, until: null });
    expect(instrumentDates('a joint call on quantum by end 2027')).toEqual({ since: null, until: null });
  });
});

describe('instrument dates in extract()', () => {
  const seed = extract({ text: readFileSync(seedPath('001'), 'utf8') });
  const find = (type: string, partner: string) => seed.instruments.find((i) => i.type === type && i.partner === partner);

  it('reads the start of an instrument from its own clause', () => {
    expect(find('digital-trade-agreement', 'country:KR')).toMatchObject({ since: '2025-03', until: null });
  });

  it('does not give an instrument named in an aside the date of the sentence subject', () => {
    // "Rules on cross-border data flows with Japan, complementing the EU-Japan Free Trade Agreement, entered into force in July 2024"
    expect(find('free-trade-agreement', 'country:JP')).toMatchObject({ since: null, until: null });
  });
});
