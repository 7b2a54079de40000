export function taxonomy(): string {
  return 'taxonomy';
}
