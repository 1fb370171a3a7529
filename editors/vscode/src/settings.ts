/** What the server is told about the settings: as initializationOptions, and under settings.dslplanning on a change. */
export interface ServerSettings {
  asOf: string | null;
  inlayHints: { enabled: boolean };
}

/** The `dslplanning` section of the settings, as `vscode.workspace.getConfiguration('dslplanning')` reads it. */
export interface Section {
  get<T>(key: string, defaultValue: T): T;
}

/** The server's settings; an empty as-of date is none. The server checks the date and says in its log when it cannot read it. */
export function serverSettings(section: Section): ServerSettings {
  const asOf = section.get('asOf', '').trim();
  return {
    asOf: asOf === '' ? null : asOf,
    inlayHints: { enabled: section.get('inlayHints.enabled', false) },
  };
}
