/** What a command accepts: flags without a value and options with one (`--name N` or `--name=N`). */
export interface ArgumentSpec {
  readonly flags: ReadonlyArray<string>;
  readonly options: ReadonlyArray<string>;
}

/** A command's arguments, split; or why they are wrong. */
export type ParsedArguments =
  | {
      readonly ok: true;
      readonly flags: ReadonlySet<string>;
      readonly options: ReadonlyMap<string, string>;
      readonly positionals: ReadonlyArray<string>;
      readonly help: boolean;
    }
  | { readonly ok: false; readonly problem: string };

/**
 * Splits a command's arguments. `-` alone is a positional (standard input), `--` ends the options
 * (a file may then start with `-`), `--help` and `-h` ask for the command's help, and any other
 * word starting with `-` must be a known flag or option.
 */
export function parseArguments(args: ReadonlyArray<string>, spec: ArgumentSpec): ParsedArguments {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (spec.flags.includes(name) && equals === -1) {
      flags.add(name);
    } else if (spec.options.includes(name)) {
      const value = equals === -1 ? args[++i] : arg.slice(equals + 1);
      if (value === undefined || value === '') return { ok: false, problem: `${name} needs a value` };
      options.set(name, value);
    } else {
      return { ok: false, problem: `unknown option ${arg}` };
    }
  }
  return { ok: true, flags, options, positionals, help };
}

/** `--max-bytes N`: a positive whole number of bytes, or why not. */
export function parseMaxBytes(value: string | undefined): { readonly maxBytes?: number } | { readonly problem: string } {
  if (value === undefined) return {};
  const bytes = /^[1-9][0-9]*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(bytes) ? { maxBytes: bytes } : { problem: `--max-bytes takes a positive whole number of bytes, not ${JSON.stringify(value)}` };
}
