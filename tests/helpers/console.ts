/** Replaces console.warn and console.error for the duration of `fn`, returning what they were given. */
export async function captureConsole<T>(fn: () => Promise<T>): Promise<{result: T; warnings: string[]; errors: string[]}> {
  const warnings: string[] = [];
  const errors: string[] = [];
  const {warn, error} = console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    return {result: await fn(), warnings, errors};
  } finally {
    console.warn = warn;
    console.error = error;
  }
}
