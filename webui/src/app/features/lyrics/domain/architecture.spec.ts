import { sanitizeArchitecture, sectionLabels, sectionTypeOf } from './architecture';

describe('architecture', () => {
  it('numbers verses in order and leaves the other sections plain', () => {
    expect(
      sectionLabels([
        'INTRO',
        'VERSE',
        'PRE_CHORUS',
        'CHORUS',
        'VERSE',
        'CHORUS',
        'BRIDGE',
        'OUTRO',
      ]),
    ).toEqual(['Intro', 'Verse 1', 'Pre-Chorus', 'Chorus', 'Verse 2', 'Chorus', 'Bridge', 'Outro']);
    expect(sectionLabels([])).toEqual([]);
  });

  it('renumbers after a reorder', () => {
    expect(sectionLabels(['CHORUS', 'VERSE', 'VERSE'])).toEqual(['Chorus', 'Verse 1', 'Verse 2']);
  });

  it('recognises header labels in the usual spellings', () => {
    expect(sectionTypeOf('Verse 2')).toBe('VERSE');
    expect(sectionTypeOf('[PRE-CHORUS]')).toBe('PRE_CHORUS');
    expect(sectionTypeOf('pre chorus')).toBe('PRE_CHORUS');
    expect(sectionTypeOf('**Chorus**')).toBe('CHORUS');
    expect(sectionTypeOf('Hook')).toBeNull();
  });

  it('keeps only known types from local storage', () => {
    expect(sanitizeArchitecture(['VERSE', 'NOPE', 3, 'CHORUS'])).toEqual(['VERSE', 'CHORUS']);
    expect(sanitizeArchitecture('VERSE')).toBeNull();
    expect(sanitizeArchitecture([])).toBeNull();
  });
});
