/**
 * Reads a V8 CPU profile (BENCH_CPU_PROF=1, or node --cpu-prof) and prints where the time went:
 * self time by package / project folder, and the busiest functions.
 *
 *   npx tsx bench/profile-summary.ts bench/results/profiles/<file>.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** "restify", "bot/commands", "node:internal"…: where a function lives. */
function placeOf(url: string): string {
  if (url === '') return '(native / idle)';
  if (url.startsWith('node:')) return url.startsWith('node:internal') ? 'node:internal' : url;
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const match = /\/(bot|cards|bench|tests)\/(.*)$/.exec(url);
  if (match) return `${match[1]}/${match[2]!.split('/').slice(0, -1).join('/') || '.'}`;
  return url;
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) {
    console.error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  const top = Number(topArg ?? 25);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = [...self.entries()]
    .filter(([id]) =>
      ['(idle)', '(program)', '(garbage collector)'].includes(byId.get(id)?.callFrame.functionName ?? ''),
    )
    .map(([id, us]) => [byId.get(id)!.callFrame.functionName, us] as const);
  let busy = total - idle.filter(([name]) => name === '(idle)').reduce((a, [, us]) => a + us, 0);

  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Native frames (no url) count for the JavaScript that called them.
  const callerUrl = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)!.callFrame.url;
      if (url) return url;
    }
    return '';
  };
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') continue;
    // Starting the profiler is not the bot's work.
    if (callerUrl(id) === 'node:inspector') {
      busy -= us;
      continue;
    }
    const place = ['(program)', '(garbage collector)'].includes(frame.functionName)
      ? frame.functionName
      : placeOf(frame.url || callerUrl(id));
    places.set(place, (places.get(place) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'}  ${frame.url.replace(/^.*\/(node_modules|main)\//, '')}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const pct = (us: number): string => `${((us / busy) * 100).toFixed(1).padStart(5)} %`;
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy`);
  console.log('\nSelf time by place (share of busy time)');
  for (const [place, us] of [...places.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${pct(us)}  ${place}`);
  // Inclusive time of the project's own functions (bot/, cards/): what each step of a turn costs.
  const inclusive = new Map<string, number>();
  const totalOf = new Map<number, number>();
  const total_ = (id: number): number => {
    const known = totalOf.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const sum = (self.get(id) ?? 0) + (node.children ?? []).reduce((acc, child) => acc + total_(child), 0);
    totalOf.set(id, sum);
    return sum;
  };
  for (const node of profile.nodes) {
    const { url, functionName, lineNumber } = node.callFrame;
    if (!/\/main\/(bot|cards)\//.test(url)) continue;
    // Recursion would count twice: only the outermost call of a function counts.
    let nested = false;
    for (let at = parent.get(node.id); at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (frame.url === url && frame.functionName === functionName) nested = true;
    }
    if (nested) continue;
    const name = `${functionName || '(anonymous)'}  ${url.replace(/^.*\/main\//, '')}:${lineNumber + 1}`;
    inclusive.set(name, (inclusive.get(name) ?? 0) + total_(node.id));
  }
  console.log('\nProject functions, inclusive time (share of busy time)');
  for (const [name, us] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${pct(us)}  ${name}`);
  console.log('\nBusiest functions (self time)');
  for (const [name, us] of [...functions.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${pct(us)}  ${name}`);
}

main();
