/** "1 problem", "2 problems": a count with its noun (messages in the engine, the server and the CLI). */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}
