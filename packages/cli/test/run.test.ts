import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PluralError, throwIfAborted } from '@plural/core';
import { commandRegistry } from '../src/commands/registry.js';
import type { CommandSpec } from '../src/commands/types.js';
import { VERSION } from '../src/version.js';
import { cli, jsonError, oneJson, packageDir } from './helpers/cli.js';

/** Every command path of the registry, parents first: [['formats'], ['formats', 'inspect'], …]. */
function commandPaths(specs: readonly CommandSpec[], prefix: readonly string[] = []): { path: string[]; spec: CommandSpec }[] {
  return specs.flatMap((spec) => [
    { path: [...prefix, spec.id], spec },
    ...commandPaths(spec.subcommands ?? [], [...prefix, spec.id]),
  ]);
}

describe('help and version', () => {
  it('plural --help lists every registered command on stdout, exit 0', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: plural /);
    for (const spec of commandRegistry) {
      expect(result.stdout).toContain(spec.id);
      expect(result.stdout).toContain(spec.summary.slice(0, 30));
    }
    expect(result.stdout).toContain('Exit codes');
  });

  it.each(commandPaths(commandRegistry).map(({ path, spec }) => [path.join(' '), path, spec] as const))(
    'plural %s --help shows its usage, arguments and options',
    async (_name, path, spec) => {
      const result = await cli([...path, '--help']);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(`Usage: plural ${path.join(' ')}`);
      expect(result.stdout).toContain('--json');
      for (const arg of spec.arguments ?? []) expect(result.stdout).toContain(arg.name);
      for (const option of spec.options ?? []) expect(result.stdout).toContain(option.flags);
      for (const sub of spec.subcommands ?? []) expect(result.stdout).toContain(sub.id);
      if (spec.run !== undefined) expect(result.stdout).toContain('--timeout <seconds>');
      if (spec.list !== undefined) expect(result.stdout).toContain('--list');
      for (const example of spec.examples ?? []) expect(result.stdout).toContain(example);
      // `plural help <command>` (and `plural <group> help <command>`) shows the same help.
      const viaHelp = await cli([...path.slice(0, -1), 'help', path[path.length - 1]!]);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toBe(result.stdout);
    },
  );

  it('plural --version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(version);
    for (const flag of ['--version', '-V']) {
      const result = await cli([flag]);
      expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });
});

describe('--list', () => {
  const listed = commandPaths(commandRegistry).filter(({ spec }) => spec.list !== undefined);

  it('is offered by at least the formats command', () => {
    expect(listed.map(({ path }) => path.join(' '))).toContain('formats');
  });

  it.each(listed.map(({ path, spec }) => [path.join(' '), path, spec] as const))(
    'plural %s --list prints the registered entries as a table and as JSON',
    async (_name, path, spec) => {
      const entries = spec.list!.entries();
      expect(entries.length).toBeGreaterThan(0);
      const json = await cli([...path, '--list', '--json']);
      expect(json.code).toBe(0);
      expect(json.stderr).toBe('');
      const parsed = oneJson(json.stdout) as Record<string, { id: string }[]>;
      expect(Object.keys(parsed)).toEqual([spec.list!.key]);
      expect(parsed[spec.list!.key]!.map((e) => e.id)).toEqual(entries.map((e) => e.id));
      const text = await cli([...path, '--list']);
      expect(text.code).toBe(0);
      const lines = text.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(entries.length + 1);
      expect(lines[0]).toMatch(new RegExp(`^${spec.list!.columns[0]!.header}\\b`));
      entries.forEach((entry, i) => expect(lines[i + 1]!.startsWith(`${entry.id} `)).toBe(true));
    },
  );
});

describe('the error contract', () => {
  it('an unknown command exits 2 with a JSON error naming it and suggesting the closest', async () => {
    const result = await cli(['formts', '--json']);
    expect(result.code).toBe(2);
    const error = jsonError(result);
    expect(error.code).toBe('invalid-input');
    expect(error.where).toBe('formts');
    expect(error.message).toMatch(/unknown command 'formts'/);
    expect(error.message).toMatch(/Did you mean formats\?/);
  });

  it('an unknown subcommand exits 2 naming it and the known ones', async () => {
    const result = await cli(['formats', 'inspekt', 'tiny.soc', '--json']);
    expect(result.code).toBe(2);
    const error = jsonError(result);
    expect(error).toMatchObject({ code: 'invalid-input', where: 'inspekt' });
    expect(error.message).toMatch(/inspect, convert/);
  });

  it('a group without a subcommand exits 2 with the fix', async () => {
    const result = await cli(['formats']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: .*needs a command.* Fix: Use one of: inspect, convert/);
  });

  it('no command at all exits 2, with the help on stderr without --json', async () => {
    const result = await cli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: plural');
    expect(result.stderr).toMatch(/\nerror: no command given\. Fix: /);
    const json = await cli(['--json']);
    expect(json.code).toBe(2);
    expect(jsonError(json)).toMatchObject({ code: 'invalid-input', where: 'plural' });
  });

  it.each([
    [['formats', 'inspect', 'tiny.soc', '--nope'], '--nope', /unknown option '--nope'/],
    [['formats', 'inspect'], 'in', /missing required argument 'in'/],
    [['formats', 'inspect', 'tiny.soc', 'extra'], 'inspect', /too many arguments/],
    [['formats', 'inspect', 'tiny.soc', '--format'], '--format', /argument missing/],
    [['formats', 'inspect', 'tiny.soc', '--timeout', 'soon'], '--timeout', /not a positive number of seconds/],
  ])('argument error %j exits 2 with where %j', async (argv, where, message) => {
    // --json first (a root option), so that it cannot be taken as the value of a trailing option.
    const result = await cli(['--json', ...argv]);
    expect(result.code).toBe(2);
    const error = jsonError(result);
    expect(error.where).toBe(where);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Fix: /);
    const text = await cli(argv);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
    expect(text.stderr).toMatch(/^error: .* Fix: .*\n$/);
  });

  it('an unexpected exception is an internal error, exit 1, JSON on stderr', async () => {
    const broken: CommandSpec = {
      id: 'broken',
      summary: 'throws a plain TypeError',
      run: async () => {
        throw new TypeError('cannot read properties of undefined');
      },
    };
    const result = await cli(['broken', '--json'], { registry: [broken] });
    expect(result.code).toBe(1);
    const error = jsonError(result);
    expect(error).toMatchObject({ code: 'internal', where: 'broken' });
    expect(error.message).toContain('cannot read properties of undefined');
  });

  it('solver failures exit 1 and other Plural errors exit 2', async () => {
    const failing = (code: 'solver-failed' | 'budget-exceeded'): CommandSpec => ({
      id: 'fail',
      summary: `fails with ${code}`,
      run: async () => {
        throw new PluralError(code, 'it failed.', { where: 'somewhere' });
      },
    });
    const solver = await cli(['fail', '--json'], { registry: [failing('solver-failed')] });
    expect(solver.code).toBe(1);
    expect(jsonError(solver)).toMatchObject({ code: 'solver-failed', where: 'somewhere' });
    const budget = await cli(['fail'], { registry: [failing('budget-exceeded')] });
    expect(budget.code).toBe(2);
    expect(budget.stderr).toBe('error: somewhere: it failed.\n');
  });
});

describe('long runs', () => {
  const waiting: CommandSpec = {
    id: 'wait',
    summary: 'waits until its signal aborts',
    run: async ({ signal }) => {
      if (signal === undefined) return { json: { signal: false }, text: 'no signal\n' };
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
      throwIfAborted(signal, 'wait');
      return { json: null, text: '' };
    },
  };

  it('--timeout hands the command a signal that aborts; the abort is reported, exit 2', async () => {
    const result = await cli(['wait', '--timeout', '0.05', '--json'], { registry: [waiting] });
    expect(result.code).toBe(2);
    expect(jsonError(result)).toMatchObject({ code: 'aborted', where: 'wait' });
  });

  it('without --timeout the command gets no signal', async () => {
    const result = await cli(['wait', '--json'], { registry: [waiting] });
    expect(result).toEqual({ code: 0, stdout: '{"signal":false}\n', stderr: '' });
  });

  const counting: CommandSpec = {
    id: 'count',
    summary: 'counts to 4 with a progress bar',
    run: async ({ progress }) => {
      const bar = progress(4, 'counting');
      for (let i = 0; i < 4; i++) bar.tick();
      bar.finish();
      return { json: { counted: 4 }, text: 'counted 4\n' };
    },
  };

  it('draws a progress bar on stderr only when it is a terminal', async () => {
    const piped = await cli(['count', '--json'], { registry: [counting] });
    expect(piped).toEqual({ code: 0, stdout: '{"counted":4}\n', stderr: '' });
    const terminal = await cli(['count', '--json'], { registry: [counting], stderrIsTTY: true });
    expect(terminal.stdout).toBe('{"counted":4}\n');
    expect(terminal.stderr).toContain('counting [');
    expect(terminal.stderr).toContain('100% 4/4');
    expect(terminal.stderr.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('erases a bar left drawn by a failing command before the error', async () => {
    const failing: CommandSpec = {
      id: 'fail',
      summary: 'fails half way',
      run: async ({ progress }) => {
        progress(2, 'half').tick();
        throw new PluralError('budget-exceeded', 'too many steps.');
      },
    };
    const result = await cli(['fail'], { registry: [failing], stderrIsTTY: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('\rhalf [###############---------------]  50% 1/2\r\u001b[2Kerror: too many steps.\n');
  });
});
