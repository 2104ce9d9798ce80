import { runCli } from '../../test/support/app-processes';

/**
 * Creates an API key the way an operator does, with the built command line (`create-api-key`),
 * against the database and TOKEN_SECRET in `env`. Returns the key, printed once by the CLI.
 */
export async function createApiKey(
  env: NodeJS.ProcessEnv,
  name: string,
  scopes: readonly string[],
): Promise<string> {
  const { code, stdout, stderr } = await runCli(
    ['create-api-key', '--name', name, '--scopes', scopes.join(',')],
    { ...env, LOG_LEVEL: 'warn' },
  );
  const key = stdout.trim().split('\n').pop() ?? '';
  if (code !== 0 || !key.startsWith('rdk_')) {
    throw new Error(`create-api-key exited with ${code}: ${stderr || stdout}`);
  }
  return key;
}
