import { readFixture } from '../testing/damaged-fixtures';
import { parseDocument } from './document.parser';
import { detectLanguages } from './language-detector';

describe('language detection', () => {
  it.each([
    ['fr', "L'Union européenne et le Japon ont signé un partenariat numérique sur les flux de données et les semi-conducteurs."],
    ['de', 'Die Europäische Union und Japan haben eine digitale Partnerschaft über Datenflüsse und Halbleiter unterzeichnet.'],
    ['es', 'La Unión Europea y Japón firmaron una asociación digital sobre flujos de datos y semiconductores en Tokio.'],
    ['ja', '欧州連合と日本はデジタルパートナーシップに署名しました。'],
    ['ko', '유럽연합과 일본은 디지털 파트너십을 체결했습니다.'],
    ['zh', '欧盟与中国签署了数字合作伙伴关系协议。'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguages(text)).toEqual({ language: lang, languages: [lang] });
  });

  it('reports both languages of a text mixing English and Chinese sections', async () => {
    const doc = await parseDocument({ bytes: readFixture('mixed-en-zh.txt'), filename: 'mixed.txt' });
    expect(doc.languages).toEqual(['en', 'zh']);
    expect(doc.language).toBe('en');
  });

  it('splits a single paragraph that mixes scripts', () => {
    const result = detectLanguages(
      '中华人民共和国与欧盟举行数字对话，讨论人工智能和数据流动。 The European Union welcomed the dialogue and the agreement on data.',
    );
    expect(result.languages).toEqual(expect.arrayContaining(['zh', 'en']));
  });

  it('does not invent a language for a short English heading', () => {
    const result = detectLanguages(
      'EU–Korea Digital Partnership Council\n\nThe European Union and the Republic of Korea met in Seoul to review cooperation on 5G and 6G networks.',
    );
    expect(result.languages).toEqual(['en']);
  });

  it("returns 'und' when there is nothing to detect", () => {
    expect(detectLanguages('2024-05-01 — 12.5 % / 42')).toEqual({ language: 'und', languages: [] });
  });
});
