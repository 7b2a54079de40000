/**
 * A threat or sanction word in a sentence: a footnote to its marker lists targets, not partners, and a count in it ("the
 * cyber-attacks on three countries of the Western Balkans") counts targets.
 */
export const THREAT_IN_SENTENCE = /sanction|threat|attack|hostile|malicious|restrictive measures|menace|Sanktion|Bedrohung|amenaza|minacc|制裁|威胁|脅威|위협|제재/i;
