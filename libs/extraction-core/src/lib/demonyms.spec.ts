import { extract } from './extract';

const result = (text: string, language: string) => extract({ text, language });
const pairsOf = (text: string, language: string): string[] => result(text, language).instruments.map((i) => `${i.type}|${i.partner}`);

describe('a partner named by its adjective of nationality next to a state actor (1.6)', () => {
  it.each([
    ['en', 'The Vietnamese minister of information signed a memorandum of understanding on semiconductors with the EU.', 'memorandum|country:VN'],
    ['fr', "La Commission a signé avec la partie marocaine un protocole d'accord sur la cybersécurité.", 'memorandum|country:MA'],
    ['fr', "J'ai signé avec mon homologue monténégrin un protocole d'accord sur la connectivité avec l'UE.", 'memorandum|country:ME'],
    ['de', 'Die EU und die kenianische Regierung unterzeichneten eine Absichtserklärung über digitale Identität.', 'memorandum|country:KE'],
    ['es', 'La UE firmó con el Gobierno chileno un memorando de entendimiento sobre inteligencia artificial.', 'memorandum|country:CL'],
    ['it', "L'UE ha firmato con il governo giordano un memorandum d'intesa sulla cibersicurezza.", 'memorandum|country:JO'],
    ['zh', '2026年3月，欧盟与越方签署了关于半导体的谅解备忘录。', 'memorandum|country:VN'],
  ])('%s: %s', (lang, text, pair) => {
    expect(pairsOf(text, lang)).toContain(pair);
    expect(result(text, lang).partners).toContain(pair.split('|')[1]);
  });

  it('cites the adjective itself as the country', () => {
    const e = result('The EU and the Kenyan government signed a memorandum on digital identity.', 'en').entities.find((x) => x.id === 'country:KE');
    expect(e).toMatchObject({ type: 'country', text: 'Kenyan', role: 'partner' });
  });

  it.each([
    ['en', 'The EU works with Chinese sellers and Japanese companies on product safety online.'],
    ['en', 'The EU and Latin American governments launched the programme.'],
    ['de', 'Die EU arbeitet mit japanischen Firmen und chinesischen Anbietern an Normen.'],
    ['fr', "L'UE coopère avec des entreprises chinoises sur les normes."],
    ['zh', '欧盟将与企业合作，新方案将于明年实施。'],
  ])('names no country without a state actor: %s: %s', (lang, text) => {
    expect(result(text, lang).entities.filter((x) => x.type === 'country')).toEqual([]);
  });

  it('keeps the roles: a hostile state actor named by its adjective is no partner', () => {
    expect(result('The EU condemned the cyber attacks attributed to the Russian government against Ukraine.', 'en').partners).not.toContain('country:RU');
  });
});
