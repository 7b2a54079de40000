import { pairsOf, partnersOf } from './testing/probes';

describe('someone else\'s cooperation (1.8)', () => {
  it('a CJK pair\'s own agreement ("泰国与日本的经济伙伴关系协定") makes neither a partner nor an instrument of the EU', () => {
    const zh = '欧盟与泰国自由贸易协定第六轮谈判日前在布鲁塞尔结束。值得注意的是，泰国同时也在参与东盟数字经济框架协议（DEFA）的谈判，而泰国与日本的经济伙伴关系协定早已生效。';
    expect(partnersOf(zh, 'zh')).toEqual(['country:TH']);
    expect(pairsOf(zh, 'zh')).not.toContain('free-trade-agreement|country:JP');
    const ja = 'EUとタイは自由貿易協定の交渉を再開した。一方、タイと日本の経済連携協定はすでに発効している。';
    expect(partnersOf(ja, 'ja')).toEqual(['country:TH']);
    expect(pairsOf(ja, 'ja')).toEqual(['free-trade-agreement|country:TH']);
  });

  it('the pair as the object of "与" stays the EU\'s ("欧盟加强与日本和韩国的合作")', () => {
    expect(partnersOf('欧盟将加强与日本和韩国的合作。', 'zh')).toEqual(['country:JP', 'country:KR']);
    expect(partnersOf('EUは日本と韓国との協力を強化する。', 'ja')).toEqual(['country:JP', 'country:KR']);
  });

  it('a list opening its sentence as the company of the country after it ("Gemeinsam mit Nigeria … zieht Kenia … an")', () => {
    expect(partnersOf('Die EU und Kenia arbeiten bei digitalen Diensten zusammen. Gemeinsam mit Nigeria, Südafrika und Ägypten zieht Kenia den Großteil des Risikokapitals an.', 'de')).toEqual(['country:KE']);
    expect(partnersOf('The EU and Kenya cooperate on digital services. Together with Nigeria and Egypt, Kenya attracts most of the venture capital.', 'en')).toEqual(['country:KE']);
  });

  it('with the EU in the sentence the list stays the EU\'s partner', () => {
    expect(partnersOf('Together with Japan, the EU launched a data initiative.', 'en')).toEqual(['country:JP']);
  });
});
