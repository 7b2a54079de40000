/** Lower-case ASCII slug: "EU-Japan Quantum Computing Collaboration" -> "eu-japan-quantum-computing-collaboration". */
export function slugify(value: string, max = 80): string {
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
