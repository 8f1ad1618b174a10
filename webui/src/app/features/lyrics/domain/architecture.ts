/** The building blocks of a song's architecture, in the order the builder offers them. */
export const SECTION_TYPES = ['INTRO', 'VERSE', 'PRE_CHORUS', 'CHORUS', 'BRIDGE', 'OUTRO'] as const;
export type SectionType = (typeof SECTION_TYPES)[number];

const NAMES: Record<SectionType, string> = {
  INTRO: 'Intro',
  VERSE: 'Verse',
  PRE_CHORUS: 'Pre-Chorus',
  CHORUS: 'Chorus',
  BRIDGE: 'Bridge',
  OUTRO: 'Outro',
};

/** The default architecture a new user starts from. */
export const DEFAULT_ARCHITECTURE: SectionType[] = [
  'VERSE',
  'CHORUS',
  'VERSE',
  'CHORUS',
  'BRIDGE',
  'CHORUS',
];

/**
 * The header labels of an architecture: verses are numbered in order ("Verse 1", "Verse 2"),
 * every other section keeps its plain name, since a repeated chorus is the same chorus.
 */
export function sectionLabels(types: readonly SectionType[]): string[] {
  let verse = 0;
  return types.map((type) => {
    if (type === 'VERSE') {
      verse += 1;
      return `${NAMES.VERSE} ${verse}`;
    }
    return NAMES[type];
  });
}

/** The section type a header label names ("verse 2", "[PRE-CHORUS]", "Pre Chorus"), or null. */
export function sectionTypeOf(label: string): SectionType | null {
  const normal = label
    .replace(/[[\]*:]/g, '')
    .trim()
    .replace(/\s*\d+$/, '')
    .replace(/[\s-]+/g, '_')
    .toUpperCase();
  return (SECTION_TYPES as readonly string[]).includes(normal) ? (normal as SectionType) : null;
}

/** Keeps only known types, so a damaged local-storage value cannot break the builder. */
export function sanitizeArchitecture(value: unknown): SectionType[] | null {
  if (!Array.isArray(value)) {
    return null;
  }
  const types = value.filter((v): v is SectionType =>
    (SECTION_TYPES as readonly unknown[]).includes(v),
  );
  return types.length ? types : null;
}
