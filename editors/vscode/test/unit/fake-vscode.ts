// Stand-ins for the two modules that exist only inside VS Code, `vscode` and the client library on top of it, so that
// the extension's wiring runs under node. Imported before the extension: it answers their `require`.
import Module from 'node:module';

export interface FakeClient {
  id: string;
  serverOptions: { command: string; args: string[] };
  clientOptions: { documentSelector: unknown; initializationOptions: unknown; synchronize: { fileEvents: { glob: string } } };
  running: boolean;
  notifications: Array<{ method: string; params: unknown }>;
}

export const fake = {
  settings: {} as Record<string, unknown>,
  clients: [] as FakeClient[],
  errors: [] as string[],
  configurationListeners: [] as Array<(change: { affectsConfiguration(section: string): boolean }) => Promise<void>>,

  reset(settings: Record<string, unknown>) {
    this.settings = settings;
    this.clients = [];
    this.errors = [];
    this.configurationListeners = [];
  },

  /** Changes settings as the user would, and lets the extension react. */
  async change(settings: Record<string, unknown>) {
    const changed = Object.keys({ ...this.settings, ...settings }).filter((key) => this.settings[key] !== settings[key]);
    this.settings = settings;
    const affects = (section: string) => changed.some((key) => `dslplanning.${key}` === section || `dslplanning.${key}`.startsWith(`${section}.`));
    for (const listener of this.configurationListeners) {
      await listener({ affectsConfiguration: affects });
    }
  },
};

const vscode = {
  workspace: {
    createFileSystemWatcher: (glob: string) => ({ glob, dispose() {} }),
    onDidChangeConfiguration: (listener: (typeof fake.configurationListeners)[number]) => {
      fake.configurationListeners.push(listener);
      return { dispose() {} };
    },
    getConfiguration: (section: string) => ({
      get: <T>(key: string, defaultValue: T): T => (section === 'dslplanning' && key in fake.settings ? (fake.settings[key] as T) : defaultValue),
    }),
  },
  window: {
    showErrorMessage: async (message: string) => {
      fake.errors.push(message);
      return undefined;
    },
  },
};

class LanguageClient implements FakeClient {
  running = false;
  notifications: FakeClient['notifications'] = [];

  constructor(
    readonly id: string,
    _name: string,
    readonly serverOptions: FakeClient['serverOptions'],
    readonly clientOptions: FakeClient['clientOptions'],
  ) {
    fake.clients.push(this);
  }

  async start() {
    this.running = true;
  }

  async stop() {
    this.running = false;
  }

  isRunning() {
    return this.running;
  }

  needsStop() {
    return this.running;
  }

  async sendNotification(type: { method: string }, params: unknown) {
    this.notifications.push({ method: type.method, params });
  }
}

const languageClient = {
  LanguageClient,
  DidChangeConfigurationNotification: { type: { method: 'workspace/didChangeConfiguration' } },
};

const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  if (request === 'vscode') {
    return vscode;
  }
  if (request === 'vscode-languageclient/node') {
    return languageClient;
  }
  return load.call(this, request, ...rest);
};
