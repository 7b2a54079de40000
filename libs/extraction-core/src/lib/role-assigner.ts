import { isEuOrMemberState } from '@dpo/taxonomy';
import { DocumentContext, mentionsIn } from './document-context';
import { classify, clauseOf, collectCues, groupLists, isEuCompound, isEuConjunct, Role } from './role-classifier';

/** "US big tech", "Chinese sellers", "US proprietary IT": the name qualifies a noun, the cue is about that noun. */
const ATTRIBUTIVE =
  /^\s+(?:\([^)]{0,30}\)\s+)?(?:big|tech|companies|company|firms?|providers?|hyperscalers|proprietary|platforms?|investors?|market|markets|products|suppliers?|vendors?|players|giants|corporations|industry|dominance|share|sellers|marketplaces|actors|hackers|entities|nationals)\b/;

function isAttributive(text: string, end: number): boolean {
  return ATTRIBUTIVE.test(text.slice(end, end + 60));
}

/**
 * Role of every place mention from its sentence: the EU and member states are never
 * partners; "EU-X" compounds are; otherwise the nearest cue in the clause decides for the
 * whole coordinated list the name belongs to; no cue at all means `other`.
 */
export function assignRoles(ctx: DocumentContext): void {
  for (const s of ctx.sentences) {
    const inSentence = mentionsIn(ctx.places, s.start, s.end);
    if (inSentence.length === 0) continue;
    const found = collectCues(ctx.text, s.start, s.end, ctx.cues);
    for (const list of groupLists(ctx.text, inSentence)) {
      const first = list[0];
      const last = list[list.length - 1];
      const [cs, ce] = clauseOf(ctx.text, s.start, s.end, first.start);
      const cued = classify(ctx.text, cs, ce, first.start, last.end, ctx.cues, found);
      let role: Role = cued ?? (isEuConjunct(ctx.text, first.start, last.end) ? 'partner' : 'other');
      if (list.some((m) => isEuCompound(ctx.text, m.start, m.end))) {
        const strongOther = classify(ctx.text, Math.max(cs, first.start - 20), ce, first.start, last.end, ctx.cues, found);
        role = strongOther === 'other' && /threat|attack|sanction|威胁|制裁/i.test(ctx.text.slice(cs, ce)) ? 'other' : 'partner';
      }
      for (const m of list) ctx.roles.set(m, isEuOrMemberState(m.id) || (role === 'partner' && isAttributive(ctx.text, m.end) && !isEuCompound(ctx.text, m.start, m.end)) ? 'other' : role);
    }
  }
}

/** Mentions that a table or an instrument names as a partner are partners whatever the sentence says. */
export function markPartners(ctx: DocumentContext, mentions: Iterable<{ id: string } & { start: number; end: number }>): void {
  for (const m of mentions) {
    const found = ctx.places.find((p) => p.start === m.start && p.end === m.end);
    if (found && !isEuOrMemberState(found.id)) ctx.roles.set(found, 'partner');
  }
}
