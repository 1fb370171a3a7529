import * as path from 'node:path';

/** How to start the language server: a program and its arguments. */
export interface ServerCommand {
  command: string;
  args: string[];
}

/**
 * The `dotnet` executable: in DOTNET_ROOT, then on PATH; undefined when neither has it. The server is published
 * framework-dependent, so the .NET runtime is all a plan author needs besides VS Code.
 */
export function findDotnet(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  isFile: (file: string) => boolean,
): string | undefined {
  const executable = platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  const folders = [env.DOTNET_ROOT, ...(env.PATH ?? '').split(platform === 'win32' ? ';' : ':')];
  return folders
    .filter((folder): folder is string => !!folder)
    .map((folder) => path.join(folder, executable))
    .find(isFile);
}

/** A server `.dll` runs on `dotnet`; anything else (an apphost the user built) is started as it is. */
export function serverCommand(server: string, dotnet: string | undefined): ServerCommand | undefined {
  if (!server.toLowerCase().endsWith('.dll')) {
    return { command: server, args: ['--stdio'] };
  }
  return dotnet === undefined ? undefined : { command: dotnet, args: [server, '--stdio'] };
}
