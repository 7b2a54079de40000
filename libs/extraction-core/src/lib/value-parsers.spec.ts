import { findDates } from './date-parser';
import { findDocrefs } from './docref-parser';
import { findMoney } from './money-parser';
import { parseTimeline } from './timeline-parser';

describe('timelines', () => {
  it.each([
    ['2025-2030', '2025', '2030', 'one-off'],
    ['Continuous(2025-2027)', '2025', '2027', 'continuous'],
    ['until Q4 2027', null, '2027-Q4', 'one-off'],
    ['Ongoing under the EU-LACDigital Alliance – until Q4 2027', null, '2027-Q4', 'ongoing'],
    ['Continuous (until Q4 2027)', null, '2027-Q4', 'continuous'],
    ['Q4 2025/2026', '2025-Q4', '2026', 'one-off'],
    ['Q4 2025', null, '2025-Q4', 'one-off'],
    ['Project running 2027-2030', '2027', '2030', 'one-off'],
    ['by end 2027', null, '2027', 'one-off'],
    ['By the time ofCRA application (end 2027)', null, '2027', 'one-off'],
    ['Annual', null, null, 'annual'],
    ['Ongoing', null, null, 'ongoing'],
    ['Continuous', null, null, 'continuous'],
    ['Possible kick-off at the CELACEU Summit 2025', '2025', null, 'one-off'],
    ['Potential aligned call in 2026 or cooperation between existing projects', '2026', null, 'one-off'],
    ['2026年至2028年', '2026', '2028', 'one-off'],
    ['jusqu’à fin 2027', null, '2027', 'one-off'],
    ['laufend bis 2028', null, '2028', 'ongoing'],
  ])('%s', (raw, start, end, recurrence) => {
    expect(parseTimeline(raw)).toEqual({ raw, start, end, recurrence });
  });

  it('returns null for a cell without any time information', () => {
    expect(parseTimeline('Bilateral discussions')).toBeNull();
  });
});

describe('money', () => {
  it.each([
    ['EUR 200 billion', 200e9, 'EUR'],
    ['USD 80 billion', 80e9, 'USD'],
    ['€20 million', 20e6, 'EUR'],
    ['2000亿欧元', 200e9, 'EUR'],
    ['1200亿\n半导体投资需求 (€)', 120e9, 'EUR'],
    ['200 milliards d’euros', 200e9, 'EUR'],
    ['3 Milliarden Euro', 3e9, 'EUR'],
  ])('%s', (text, amount, currency) => {
    const found = findMoney(text.replace('’', "'"));
    expect(found.map((f) => [f.money.amount, f.money.currency])).toEqual([[amount, currency]]);
  });

  it('ignores a currency without an amount and lengths in km', () => {
    expect(findMoney('alongside EUR billion invested in a 11,700km cable')).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['Brussels, 5.6.2025', '2025-06-05'],
    ['2026-01-31', '2026-01-31'],
    ['布鲁塞尔,2026年6月3日', '2026-06-03'],
    ['unveiled on June 5, 2025', '2025-06-05'],
    ['signed on 7 May 2025', '2025-05-07'],
    ['le 3 juin 2026', '2026-06-03'],
    ['2025년 6월 5일', '2025-06-05'],
  ])('%s', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });
});

describe('document references', () => {
  it.each([
    ['JOIN(2025) 140 final', 'docref:join-2025-140'],
    ['JOIN (2025) 140 final', 'docref:join-2025-140'],
    ['COM(2026) 503', 'docref:com-2026-503'],
    ['COM(2025)165', 'docref:com-2025-165'],
    ['The Protect EU Strategy ((COM)2025 148)', 'docref:com-2025-148'],
    ['COM/2025/79', 'docref:com-2025-79'],
    ['Regulation (EU) 2016/679', 'docref:reg-eu-2016-679'],
    ['Regulation (EU)2024 2847', 'docref:reg-eu-2024-2847'],
    ['C (2024) 1181', 'docref:c-2024-1181'],
  ])('%s', (text, id) => {
    expect(findDocrefs(text).map((d) => d.id)).toEqual([id]);
  });
});
