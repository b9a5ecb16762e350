/** Where the CLI writes: injected so tests can capture output without spawning a process. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Reads a file, or standard input for `-`. Defaults to the file system. */
  readonly read?: (path: string) => Uint8Array;
}
