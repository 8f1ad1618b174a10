/** The Angular locale that formats numbers, dates and times for a UI language. */
export function localeOf(language: string | null | undefined): 'de' | 'en-US' {
  return language === 'de' ? 'de' : 'en-US';
}
