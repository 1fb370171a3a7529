/** What the server is told about the settings: as initializationOptions, and under settings.dslplanning on a change. */
export interface ServerSettings {
  asOf: string | null;
  inlayHints: { enabled: boolean };
  /**
   * The language of the diagnostics and hovers: 'sv', 'en', or 'auto' for VS Code's display language. The server reads
   * that from the `locale` of `initialize`, which vscode-languageclient sends (`vscode.env.language`), so it is not sent here.
   */
  language: string;
}

/** The `dslplanning` section of the settings, as `vscode.workspace.getConfiguration('dslplanning')` reads it. */
export interface Section {
  get<T>(key: string, defaultValue: T): T;
}

/** The server's settings; an empty as-of date is none. The server checks the date and the language and says in its log when it cannot read them. */
export function serverSettings(section: Section): ServerSettings {
  const asOf = section.get('asOf', '').trim();
  const language = section.get<unknown>('language', 'auto');
  return {
    asOf: asOf === '' ? null : asOf,
    inlayHints: { enabled: section.get('inlayHints.enabled', false) },
    language: typeof language === 'string' && language.trim() !== '' ? language.trim() : 'auto',
  };
}
