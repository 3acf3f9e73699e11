// `npm run cli -- <command> FILE...`: the same core code the app runs, printing JSON for other tools.
export {};
const commands = ['ingest', 'analyze', 'compare', 'group'] as const;
type CommandName = (typeof commands)[number];

type CommandModule = { run: (args: string[]) => Promise<number> };

function isCommand(name: string | undefined): name is CommandName {
  return commands.includes(name as CommandName);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!isCommand(name)) {
    process.stderr.write(`usage: npm run cli -- <${commands.join('|')}> FILE...\n`);
    return 2;
  }
  const mod = (await import(`./commands/${name}.ts`)) as CommandModule;
  return mod.run(args);
}

process.exitCode = await main(process.argv.slice(2));
