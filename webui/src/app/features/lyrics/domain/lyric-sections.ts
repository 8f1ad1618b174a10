import { SectionType, sectionLabels, sectionTypeOf } from './architecture';

/** One section of structured lyrics: its header label (null before the first header) and text. */
export interface LyricSection {
  label: string | null;
  body: string;
}

/** A header line: `**Chorus**`, `[Verse 1]` or `[PRE-CHORUS]`, alone on its line. */
const HEADER = /^\s*(?:\*\*([^*\n]+)\*\*|\[([^\]\n]+)\])\s*$/;

/** Splits lyrics at their header lines; text before the first header is a section without label. */
export function parseSections(text: string): LyricSection[] {
  const sections: LyricSection[] = [];
  let current: { label: string | null; lines: string[] } = { label: null, lines: [] };
  const close = () => {
    const body = current.lines.join('\n').replace(/^\n+|\n+$/g, '');
    if (current.label !== null || body.trim()) {
      sections.push({ label: current.label, body });
    }
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const header = HEADER.exec(line);
    if (header) {
      close();
      current = { label: (header[1] ?? header[2]).trim(), lines: [] };
    } else {
      current.lines.push(line);
    }
  }
  close();
  return sections;
}

/** Sections back to text: `**Label**` headers, one blank line between sections. */
export function joinSections(sections: readonly LyricSection[]): string {
  return sections
    .map((s) => (s.label === null ? s.body : `**${s.label}**\n${s.body}`.trimEnd()))
    .join('\n\n');
}

/** Paragraphs of plain text: blocks separated by blank lines, headers of an earlier structure dropped. */
export function paragraphs(text: string): string[] {
  const withoutHeaders = parseSections(text)
    .map((s) => s.body)
    .join('\n\n');
  return withoutHeaders
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim() !== '');
}

/**
 * Applies an architecture: paragraph n becomes section n under its `**Label**` header.
 * Sections without a paragraph stay as empty headers to fill in; paragraphs beyond the
 * architecture are kept, unlabelled, at the end, so nothing written is lost.
 */
export function applyStructure(text: string, types: readonly SectionType[]): string {
  const parts = paragraphs(text);
  const labels = sectionLabels(types);
  const sections: LyricSection[] = labels.map((label, i) => ({ label, body: parts[i] ?? '' }));
  const rest = parts.slice(labels.length);
  const structured = joinSections(sections);
  return rest.length ? `${structured}\n\n${rest.join('\n\n')}` : structured;
}

/** The architecture structured lyrics already have (for "rebuild architecture"). */
export function architectureOf(text: string): SectionType[] {
  return parseSections(text)
    .map((s) => (s.label === null ? null : sectionTypeOf(s.label)))
    .filter((t): t is SectionType => t !== null);
}

/** Replaces the body of section `index`, keeping everything else as it was. */
export function replaceSection(text: string, index: number, body: string): string {
  const sections = parseSections(text);
  if (index < 0 || index >= sections.length) {
    return text;
  }
  sections[index] = { ...sections[index], body: body.trim() };
  return joinSections(sections);
}
