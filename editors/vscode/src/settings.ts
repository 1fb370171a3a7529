/** What the server is told about the settings: as initializationOptions, and under settings.dslplanning on a change. */
export interface ServerSettings {
  asOf: string | null;
  inlayHints: { enabled: boolean };
}

/** The `dslplanning` section of the settings, as `vscode.workspace.getConfiguration('dslplanning')` reads it. */
export interface Section {
  get<T>(key: string, defaultValue: T): T;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The server's settings; an as-of date that is not YYYY-MM-DD is left out, as an empty one is. */
export function serverSettings(section: Section): ServerSettings {
  const asOf = section.get('asOf', '').trim();
  return {
    asOf: isoDate.test(asOf) ? asOf : null,
    inlayHints: { enabled: section.get('inlayHints.enabled', false) },
  };
}
