// Reads a Chromium trace (JSON, as Browser.stopTracing hands it over): the renderer main thread's tasks after a
// user-timing mark, and for the profiler (./profile-sign-in.ts) what each long task spent its time on.

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
      startTime?: number;
      url?: string;
      type?: string;
      functionName?: string;
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number };
}

export const parseTrace = (trace: Buffer): TraceEvent[] => {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
};

const mainThreadKeys = (events: TraceEvent[]) =>
  new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));

/** The trace-clock time (µs) of the first user-timing mark of that name, or undefined. */
export function markTime(events: TraceEvent[], name: string): number | undefined {
  return events.find((e) => e.name === name && (e.cat ?? '').includes('blink.user_timing'))?.ts;
}

export interface Task {
  /** Trace clock, µs. */
  start: number;
  wallMs: number;
  cpuMs: number;
  pid: number;
  tid: number;
}

/**
 * The renderer main thread's tasks (RunTask) that end after `since` (trace clock, µs): the task a mark was set
 * in counts, so the click's own task does, from its start. Without `since`, every task.
 */
export function rendererTasks(events: TraceEvent[], since = -Infinity): Task[] {
  const main = mainThreadKeys(events);
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && e.ts + (e.dur ?? 0) >= since)
    .map((e) => ({ start: e.ts, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000, pid: e.pid, tid: e.tid }));
}

/** The longest of those tasks: wall time and the thread (CPU) time of that same task, ms. */
export function longestTask(tasks: Task[]): { wall: number; cpu: number } {
  const longest = tasks.reduce<Task | undefined>((a, t) => (!a || t.wallMs > a.wallMs ? t : a), undefined);
  return { wall: longest?.wallMs ?? 0, cpu: longest?.cpuMs ?? 0 };
}

/** Inside one task: the trace events it holds (compile, layout, event dispatch…), by total time, ms. */
export function taskBreakdown(events: TraceEvent[], task: Task): Array<[string, number]> {
  const end = task.start + task.wallMs * 1000;
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== task.pid || e.tid !== task.tid || e.name === 'RunTask' || e.ts < task.start || e.ts > end) continue;
    const what = e.name === 'EventDispatch' || e.name === 'FunctionCall' || e.name === 'TimerFire' ? `${e.name} ${e.args?.data?.type ?? e.args?.data?.functionName ?? ''}`.trim() : e.name;
    totals.set(what, (totals.get(what) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/**
 * From the V8 sampling profile in the trace (category disabled-by-default-v8.cpu_profiler): the JS functions
 * sampled inside the task, by self time, ms, as "function file:line".
 */
export function taskFunctions(events: TraceEvent[], task: Task): Array<[string, number]> {
  const end = task.start + task.wallMs * 1000;
  const nodes = new Map<number, ProfileNode>();
  const totals = new Map<string, number>();
  const profiles = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === task.pid && e.tid === task.tid && e.id) profiles.set(e.id, e.args?.data?.startTime ?? e.ts);
  }
  const clocks = new Map(profiles);
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== task.pid || !e.id || !clocks.has(e.id)) continue;
    const data = e.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    let time = clocks.get(e.id)!;
    samples.forEach((id, i) => {
      const previous = time;
      time += deltas[i] ?? 0;
      if (time < task.start || time > end) return;
      const frame = nodes.get(id)?.callFrame;
      if (!frame) return;
      const file = frame.url?.split('/').pop() ?? '';
      const what = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${(frame.lineNumber ?? 0) + 1}:${(frame.columnNumber ?? 0) + 1}` : ''}`.trim();
      totals.set(what, (totals.get(what) ?? 0) + (time - previous) / 1000);
    });
    clocks.set(e.id, time);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}
