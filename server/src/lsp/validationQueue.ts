/**
 * Coalesces validation requests: a burst of edits to one document checks
 * only its latest version, once the burst's events have been read.
 */
export interface ValidationQueue {
  schedule(uri: string): void;
}

export function createValidationQueue(validate: (uri: string) => Promise<void>, onError: (error: unknown) => void = () => {}): ValidationQueue {
  const pending = new Set<string>();
  let scheduled = false;
  const flush = async () => {
    scheduled = false;
    for (const uri of [...pending]) {
      pending.delete(uri);
      try {
        await validate(uri);
      } catch (error) {
        onError(error);
      }
    }
  };
  return {
    schedule(uri) {
      pending.add(uri);
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => void flush());
      }
    },
  };
}
