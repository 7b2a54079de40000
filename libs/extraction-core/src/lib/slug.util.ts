/** Lower-case ASCII slug: "EU-Japan Quantum Computing Collaboration" -> "eu-japan-quantum-computing-collaboration". */
const SLUGS = new Map<string, string>();

export function slugify(value: string, max = 80): string {
  // the same names recur in every document of a corpus; the regex chain showed in the profile
  const key = `${max}|${value}`;
  const hit = SLUGS.get(key);
  if (hit !== undefined) return hit;
  const slug = computeSlug(value, max);
  if (SLUGS.size < 50000) SLUGS.set(key, slug);
  return slug;
}

function computeSlug(value: string, max: number): string {
  const s = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '') || 'untitled';
}

export function uniq<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
