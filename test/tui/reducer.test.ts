// The reducer alone: keys act on the state the previous keys left, including keys typed while the session works.
import { describe, expect, it } from 'vitest';
import type { Item, Snapshot } from '../../src/tui/data.js';
import { readinessMarks } from '../../src/tui/readiness.js';
import { cursorItem, findingRows, initialState, reducer, type Action, type State } from '../../src/tui/state.js';
import type { Finding, Severity } from '../../src/types.js';

function finding(ruleId: string, severity: Severity, line: number, fix?: 'safe' | 'unsafe'): Finding {
  return {
    ruleId, severity, message: `${ruleId} message.`, related: [],
    span: { file: '/cfg/app.conf', start: line * 10, end: line * 10 + 5, line, column: 5, endLine: line, endColumn: 10 },
    ...(fix ? { fix: { title: `fix ${ruleId}`, applicability: fix, edits: [{ file: '/cfg/app.conf', start: line * 10, end: line * 10, text: 'x' }] } } : {}),
  };
}

function snapshot(findings: Finding[], extra: Partial<Snapshot> = {}): Snapshot {
  const items: Item[] = findings.map((f, i) => ({
    id: `${i}:${f.ruleId}:${f.span.line}`, finding: f,
    place: { file: f.span.file, fileLabel: 'app.conf', serverKey: 's1', server: 'a.example.com:80', location: f.span.line < 20 ? 'location /events' : 'location /api', chain: null },
  }));
  return {
    items, servers: [{ key: 's1', label: 'a.example.com:80', file: '/cfg/app.conf', line: 1, streams: [{ path: '/events', file: 'app.conf', line: 3 }], marks: readinessMarks(true, findings), findings: findings.length }],
    streamLocations: 1, staged: [], redo: 0, changed: [], writable: true, verifyWith: null, ...extra,
  };
}

const FINDINGS = [
  finding('buffering-on', 'error', 10, 'safe'),
  finding('read-timeout-short', 'warning', 11, 'safe'),
  finding('proxy-set-header-redefinition', 'warning', 12, 'unsafe'),
  finding('gzip-event-stream', 'info', 25),
];

const key = (k: string): Action => ([...k].length === 1 || k === 'jk' ? { type: 'key', event: { kind: 'text', text: k } } : { type: 'key', event: { kind: 'key', name: k } });
const run = (s: State, ...keys: string[]): State => keys.reduce((st, k) => reducer(st, key(k)), s);
const start = (snap = snapshot(FINDINGS)): State => run(initialState(snap, { cols: 80, rows: 24 }), '2');

describe('reducer', () => {
  it('starts on the overview, and the findings list on its first finding', () => {
    const s = initialState(snapshot(FINDINGS), { cols: 80, rows: 24 });
    expect(s.view).toBe('overview');
    expect(cursorItem(run(s, '2'))?.finding.ruleId).toBe('buffering-on');
  });

  it('Down then f sent back to back fixes the finding Down moved to', () => {
    const s = run(start(), 'j', 'f');
    expect(s.pending?.op).toEqual({ kind: 'apply', itemId: '1:read-timeout-short:11' });
  });

  it('splits "jk" typed in one event into two moves in normal mode, and types it into the filter', () => {
    const s = start();
    expect(cursorItem(run(s, 'jk'))?.finding.ruleId).toBe('buffering-on');
    expect(cursorItem(run(s, 'j', 'j'))?.finding.ruleId).toBe('proxy-set-header-redefinition');
    const f = run(s, '/', 'jk');
    expect(f.mode).toBe('input');
    expect(f.field?.value).toBe('jk');
  });

  it('reads Enter, Tab and Backspace inside a fast-typed chunk as keys', () => {
    const s = reducer(start(), { type: 'key', event: { kind: 'text', text: 'jj\r' } });
    expect(s.view).toBe('detail');
    expect(s.detailId).toBe('2:proxy-set-header-redefinition:12');
    // In a field the printable run is typed, then Enter submits it.
    const f = reducer(run(start(), '/'), { type: 'key', event: { kind: 'text', text: 'rule:gzip\r' } });
    expect(f.mode).toBe('normal');
    expect(f.filter).toBe('rule:gzip');
  });

  it('queues keys typed while a fix is applied and runs them on the new list', () => {
    let s = run(start(), 'f');
    expect(s.pending?.op.kind).toBe('apply');
    // Typed while the session re-lints: move down once and fix.
    s = run(s, 'j', 'f');
    expect(s.queue).toHaveLength(2);
    const after = snapshot(FINDINGS.slice(1), { staged: [{ title: 'fix buffering-on', ruleId: 'buffering-on', count: 1 }], changed: [{ file: '/cfg/app.conf', fileLabel: 'app.conf', added: 1, removed: 0 }] });
    s = reducer(s, { type: 'done', id: s.pending!.id, result: { kind: 'step', result: { ok: true, snapshot: after, applied: 1 } } });
    // The applied finding is gone; the cursor stayed in place (read-timeout-short), j moved to the unsafe one,
    // whose f asks first.
    expect(s.queue).toHaveLength(0);
    expect(s.modal).toEqual({ kind: 'unsafe', itemId: after.items[1]!.id });
    expect(after.items[1]!.finding.ruleId).toBe('proxy-set-header-redefinition');
  });

  it('asks before an unsafe fix: Enter does nothing, n cancels, y applies', () => {
    const s = run(start(), 'j', 'j', 'f');
    expect(s.mode).toBe('confirm');
    expect(run(s, 'enter').modal?.kind).toBe('unsafe');
    expect(run(s, 'n').modal).toBeNull();
    expect(run(s, 'y').pending?.op).toEqual({ kind: 'apply', itemId: '2:proxy-set-header-redefinition:12' });
  });

  it('says why a finding without a fix cannot be applied, and stages nothing', () => {
    const s = run(start(), 'G', 'f');
    expect(s.pending).toBeNull();
    expect(s.toast?.key).toBe('toast.noFix');
  });

  it('filters by severity, rule and text; Esc in the field restores the filter before it', () => {
    let s = run(start(), '/', ...'sev:warning', 'enter');
    expect(findingRows(s).filter((r) => r.kind === 'item').map((r) => r.kind === 'item' && r.item.finding.ruleId)).toEqual(['buffering-on', 'read-timeout-short', 'proxy-set-header-redefinition']);
    s = run(s, '/', 'ctrl-u', ...'!rule:buffering fix:safe');
    expect(findingRows(s).filter((r) => r.kind === 'item').map((r) => r.kind === 'item' && r.item.finding.ruleId)).toEqual(['read-timeout-short']);
    s = run(s, 'escape');
    expect(s.filter).toBe('sev:warning');
    // Esc in the list clears the filter first, then goes back to the overview.
    s = run(s, 'escape');
    expect(s.filter).toBe('');
    expect(s.view).toBe('findings');
    expect(run(s, 'escape').view).toBe('overview');
  });

  it('treats q typed into the route explorer as text', () => {
    const s = run(initialState(snapshot(FINDINGS), { cols: 80, rows: 24 }), 'r', 'tab', 'ctrl-u', ...'/q?x=1');
    expect(s.exit).toBe(false);
    expect(s.route.uri).toBe('/q?x=1');
    const done = run(s, 'enter');
    expect(done.pending?.op).toEqual({ kind: 'route', host: '', uri: '/q?x=1' });
    // Esc leaves the fields (keys scroll the answer, q quits); Enter edits them again.
    const browsing = run(s, 'escape');
    expect(browsing.mode).toBe('normal');
    expect(run(browsing, 'enter').field?.target).toBe('host');
    expect(run(browsing, 'q').exit).toBe(true);
  });

  it('quits at once without unwritten changes, and asks with them (d discards, Esc stays)', () => {
    expect(run(start(), 'q').exit).toBe(true);
    const s = run(start(snapshot(FINDINGS, { changed: [{ file: '/cfg/app.conf', fileLabel: 'app.conf', added: 1, removed: 0 }] })), 'q');
    expect(s.exit).toBe(false);
    expect(s.modal?.kind).toBe('quit');
    expect(run(s, 'escape').modal).toBeNull();
    expect(run(s, 'escape').exit).toBe(false);
    expect(run(s, 'd').exit).toBe(true);
    expect(run(s, 'w').modal).toEqual({ kind: 'write', thenQuit: true });
  });

  it('on a dump, w asks for a patch file name instead of writing', () => {
    const s = run(start(snapshot(FINDINGS, { writable: false, changed: [{ file: '/cfg/app.conf', fileLabel: 'app.conf', added: 1, removed: 0 }] })), 'w');
    expect(s.modal).toBeNull();
    expect(s.field?.target).toBe('patch');
    const saved = run(s, 'ctrl-u', ...'out.patch', 'enter');
    expect(saved.pending?.op).toEqual({ kind: 'savePatch', path: 'out.patch', thenQuit: false });
  });

  it('keeps the cursor in view while moving and after a resize', () => {
    const many = Array.from({ length: 60 }, (_, i) => finding('buffering-on', 'error', 10 + i, 'safe'));
    let s = start(snapshot(many));
    s = run(s, ...Array(40).fill('j'));
    const rows = findingRows(s).length;
    expect(s.cursor.findings).toBeGreaterThan(s.scroll.findings);
    expect(s.cursor.findings).toBeLessThan(s.scroll.findings + 20);
    s = reducer(s, { type: 'resize', size: { cols: 80, rows: 16 } });
    expect(s.cursor.findings - s.scroll.findings).toBeLessThan(16 - 4);
    s = run(s, 'G');
    expect(s.cursor.findings).toBe(rows - 1);
  });

  it('G right after opening the detail goes to its end once its length is known', () => {
    let s = run(start(), 'enter');
    expect(s.view).toBe('detail');
    // The last frame drew the list: the detail's length is not known yet.
    s = reducer(s, { type: 'key', event: { kind: 'text', text: 'G' }, metrics: { view: 'findings', detail: 0, diff: 0, help: 0, route: 0 } });
    const drawn = { view: 'detail' as const, detail: 100, diff: 0, help: 0, route: 0 };
    // 24 rows: 21 lines of body, so the end is at 79; one line up from the end is 78.
    s = reducer(s, { type: 'key', event: { kind: 'text', text: 'k' }, metrics: drawn });
    expect(s.scroll.detail).toBe(78);
    s = reducer(s, { type: 'key', event: { kind: 'text', text: 'G' }, metrics: drawn });
    expect(s.scroll.detail).toBe(79);
    s = reducer(s, { type: 'key', event: { kind: 'text', text: 'j' }, metrics: drawn });
    expect(s.scroll.detail).toBe(79);
  });

  it('undo without anything applied says so', () => {
    expect(run(start(), 'u').toast?.key).toBe('toast.nothingToUndo');
  });

  it('Enter on a group folds it; Enter on a finding opens its detail; J moves to the next one', () => {
    let s = start();
    s = run(s, 'g', 'enter');
    expect(findingRows(s)).toHaveLength(1);
    s = run(s, 'enter', 'j', 'j', 'j', 'enter');
    expect(s.view).toBe('detail');
    expect(s.detailId).toBe('0:buffering-on:10');
    s = run(s, 'J');
    expect(s.detailId).toBe('1:read-timeout-short:11');
    expect(run(s, 'escape').view).toBe('findings');
  });
});
