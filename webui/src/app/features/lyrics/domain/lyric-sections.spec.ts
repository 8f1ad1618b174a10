import {
  applyStructure,
  architectureOf,
  joinSections,
  paragraphs,
  parseSections,
  replaceSection,
} from './lyric-sections';

describe('lyric sections', () => {
  it('splits at **Label** and [Label] headers, text before the first header unlabelled', () => {
    expect(parseSections('intro line\n\n**Verse 1**\na\nb\n\n[CHORUS]\nc\n')).toEqual([
      { label: null, body: 'intro line' },
      { label: 'Verse 1', body: 'a\nb' },
      { label: 'CHORUS', body: 'c' },
    ]);
    expect(parseSections('')).toEqual([]);
  });

  it('joins sections back into the same text', () => {
    const text = '**Verse 1**\na\nb\n\n**Chorus**\nc';
    expect(joinSections(parseSections(text))).toBe(text);
  });

  it('maps paragraphs 1:1 to the architecture as **Label** headers', () => {
    expect(applyStructure('a\nb\n\n\nc\n\nd', ['VERSE', 'CHORUS', 'VERSE'])).toBe(
      '**Verse 1**\na\nb\n\n**Chorus**\nc\n\n**Verse 2**\nd',
    );
  });

  it('keeps empty headers for missing paragraphs and extra paragraphs at the end', () => {
    expect(applyStructure('a', ['VERSE', 'CHORUS'])).toBe('**Verse 1**\na\n\n**Chorus**');
    expect(applyStructure('a\n\nb\n\nc', ['VERSE'])).toBe('**Verse 1**\na\n\nb\n\nc');
  });

  it('re-applies a structure to already structured lyrics without doubling headers', () => {
    const once = applyStructure('a\n\nb', ['VERSE', 'CHORUS']);
    expect(applyStructure(once, ['CHORUS', 'VERSE'])).toBe('**Chorus**\na\n\n**Verse 1**\nb');
    expect(paragraphs(once)).toEqual(['a', 'b']);
  });

  it('rebuilds the architecture from structured lyrics', () => {
    expect(architectureOf('**Intro**\nx\n\n[Verse 1]\na\n\n**Hook**\nh\n\n**Chorus**\nc')).toEqual([
      'INTRO',
      'VERSE',
      'CHORUS',
    ]);
  });

  it('replaces one section body and leaves the others alone', () => {
    expect(replaceSection('**Verse 1**\na\n\n**Chorus**\nc', 1, ' new chorus \n')).toBe(
      '**Verse 1**\na\n\n**Chorus**\nnew chorus',
    );
    expect(replaceSection('x', 5, 'y')).toBe('x');
  });
});
