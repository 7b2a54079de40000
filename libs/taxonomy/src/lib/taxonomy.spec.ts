import { countryNames } from './countries';
import { demonymNames } from './demonyms';
import { buildGazetteer, isCaseSensitiveName } from './gazetteer';
import { AREAS } from './data/areas.data';
import { CAPITALS } from './data/capitals.data';
import { isPublicBodyName, PUBLIC_BODIES } from './data/public-bodies.data';
import { isCountryCode } from './countries';
import { INSTRUMENT_TYPES } from './data/instruments.data';
import { REGIONS } from './data/regions.data';
import { displayName, isEuOrMemberState } from './taxonomy.lookup';
import { SUPPORTED_LANGUAGES } from './taxonomy.types';

describe('taxonomy', () => {
  it('resolves English aliases and our own aliases to ISO codes', () => {
    const en = countryNames('en');
    expect(['Republic of Korea', 'South Korea', 'Korea', 'U.S.', 'USA', 'United States', 'UK', 'Türkiye', 'Turkey', 'Moldova', 'Democratic Republic of Congo'].map((n) => en.get(n))).toEqual([
      'KR', 'KR', 'KR', 'US', 'US', 'US', 'GB', 'TR', 'TR', 'MD', 'CD',
    ]);
  });

  it('knows the names in the other supported languages', () => {
    expect(countryNames('zh').get('美国')).toBe('US');
    expect(countryNames('zh').get('韩国')).toBe('KR');
    expect(countryNames('ja').get('大韓民国')).toBe('KR');
    expect(countryNames('ko').get('한국')).toBe('KR');
    expect(countryNames('es').get('Corea del Sur')).toBe('KR');
    expect(countryNames('it').get('Corea del Sud')).toBe('KR');
    expect(countryNames('fr').get('Japon')).toBe('JP');
    expect(countryNames('de').get('Indien')).toBe('IN');
  });

  it('drops a name two countries share unless an alias decides it', () => {
    expect(countryNames('en').get('Congo')).toBeUndefined();
  });

  it('gives every instrument type a name in all eight languages', () => {
    for (const t of INSTRUMENT_TYPES) {
      if (['instrument:horizon-association', 'instrument:digital-economy-package', 'instrument:informal-digital-hub', 'instrument:team-europe-initiative'].includes(t.id)) continue;
      for (const lang of SUPPORTED_LANGUAGES) expect([t.id, lang, (t.names[lang] ?? t.names.all ?? []).length > 0]).toEqual([t.id, lang, true]);
    }
  });

  it('uses only the fixed region and area slugs', () => {
    expect(REGIONS.map((r) => r.id.slice(7)).sort()).toEqual(
      ['africa', 'african-union', 'asean', 'asia-pacific', 'cefta', 'central-asia', 'eastern-partnership', 'enlargement-countries', 'global', 'gulf', 'indo-pacific', 'lac', 'multilateral', 'nordic-baltic', 'sica', 'southern-neighbourhood', 'western-balkans'],
    );
    expect(AREAS).toHaveLength(16);
  });

  it('matches acronyms case-sensitively and names case-insensitively', () => {
    expect(isCaseSensitiveName('US')).toBe(true);
    expect(isCaseSensitiveName('MoU')).toBe(true);
    expect(isCaseSensitiveName('Digital Partnership')).toBe(false);
  });

  it('only includes French, German, Spanish and Italian names for documents in those languages', () => {
    const names = (langs: string[]): Set<string> => new Set(buildGazetteer(langs).map((e) => e.name));
    expect(names(['en']).has('Island')).toBe(false);
    expect(names(['de']).has('Island')).toBe(true);
    expect(names(['en']).has('日本')).toBe(true);
  });

  it('never treats the EU or a member state as a partner', () => {
    expect(isEuOrMemberState('org:eu')).toBe(true);
    expect(isEuOrMemberState('country:SE')).toBe(true);
    expect(isEuOrMemberState('country:NO')).toBe(false);
    // France's overseas collectivities are its side; Greenland, with a partnership of its own, is not
    expect(['country:NC', 'country:PF', 'country:GF', 'country:GL'].map(isEuOrMemberState)).toEqual([true, true, true, false]);
    expect(displayName('country:KR')).toBe('South Korea');
    expect(displayName('region:lac')).toBe('Latin America and the Caribbean');
  });
});

describe('adjectives of nationality', () => {
  it('derives the feminine and plural forms of each language', () => {
    expect(['marocain', 'marocaine', 'marocains', 'marocaines', 'ivoirienne', 'ivoiriennes'].map((f) => demonymNames('fr').get(f))).toEqual(['MA', 'MA', 'MA', 'MA', 'CI', 'CI']);
    expect(['chileno', 'chilena', 'chilenos', 'japonesa', 'japoneses', 'marroquíes', 'canadienses'].map((f) => demonymNames('es').get(f))).toEqual(['CL', 'CL', 'CL', 'JP', 'JP', 'MA', 'CA']);
    expect(['giordano', 'giordani', 'turchi', 'canadesi', 'kenioti'].map((f) => demonymNames('it').get(f))).toEqual(['JO', 'JO', 'TR', 'CA', 'KE']);
    expect(['kenianische', 'kenianischen', 'vietnamesischer'].map((f) => demonymNames('de').get(f))).toEqual(['KE', 'KE', 'VN']);
  });

  it('has no member state and no form shared by two countries', () => {
    for (const lang of SUPPORTED_LANGUAGES) for (const code of demonymNames(lang).values()) expect(isEuOrMemberState(`country:${code}`)).toBe(false);
    expect(demonymNames('fr').get('indien')).toBe('IN');
  });

  it('holds the adjectives in the gazetteer as their own kind, with the regional ones blocked', () => {
    const g = buildGazetteer(['en']);
    expect(g).toContainEqual(expect.objectContaining({ kind: 'demonym', id: 'country:VN', name: 'Vietnamese' }));
    expect(g).toContainEqual(expect.objectContaining({ kind: 'demonym', id: 'blocked', name: 'Latin American' }));
  });

  it('has capitals only of real countries outside the EU, none named like a country of any language', () => {
    for (const [code, names] of Object.entries(CAPITALS)) {
      expect(isCountryCode(code)).toBe(true);
      expect(isEuOrMemberState(`country:${code}`)).toBe(false);
      for (const [lang, list] of Object.entries(names)) for (const name of list ?? []) expect(countryNames(lang as (typeof SUPPORTED_LANGUAGES)[number]).has(name)).toBe(false);
    }
  });

  it('holds public bodies as names of their countries in every language, none named like a country', () => {
    const seen = new Set<string>();
    for (const [code, names] of Object.entries(PUBLIC_BODIES)) {
      expect(isCountryCode(code)).toBe(true);
      for (const name of names) {
        expect(seen.has(name)).toBe(false);
        seen.add(name);
        for (const lang of SUPPORTED_LANGUAGES) expect(countryNames(lang).has(name)).toBe(false);
      }
    }
    const g = buildGazetteer(['fr']);
    expect(g).toContainEqual(expect.objectContaining({ kind: 'country', id: 'country:FR', name: 'Arcep', lang: 'all' }));
    expect(g).toContainEqual(expect.objectContaining({ kind: 'country', id: 'country:MD', name: 'ANRCETI', caseSensitive: true }));
    expect(isPublicBodyName('AKCESK')).toBe(true);
    expect(isPublicBodyName('Albania')).toBe(false);
    // the EU's own bodies stand on its side
    expect(isEuOrMemberState('org:berec')).toBe(true);
  });
});
