// `sse-lint parse`: crossplane's payload for one input (with its includes), or for one file alone.
import * as nodePath from 'node:path';
import { loadInputs } from '../model/inputs.js';
import { singleFilePayload, treePayload, type Payload, type PayloadOptions } from '../reporters/crossplane.js';
import { parseSource, sureStatementBudget } from '../parser/parser.js';
import { decodeSource } from '../parser/source.js';
import { maxRunStatements, readRegularFile, ReadRefusedError, SURE_RUN_STATEMENTS } from '../util/read-file.js';
import { PipelineError } from './errors.js';
import { resolveSettings, type PipelineOptions } from './settings.js';

export interface ParseRequest extends PayloadOptions {
  /** Parse only this file, without following includes. */
  singleFile?: boolean;
}

/** The crossplane-compatible payload of `target` (a path, or `-` for standard input). */
export function parsePayload(target: string, request: ParseRequest = {}, options: PipelineOptions = {}): Payload {
  const settings = resolveSettings([target], options);
  const popts: PayloadOptions = { comments: !!request.comments, combine: !!request.combine, positions: !!request.positions, relativeTo: settings.cwd };
  if (request.singleFile) {
    let bytes: Uint8Array;
    try {
      bytes = target === '-' ? (options.stdin ?? new Uint8Array()) : readRegularFile(nodePath.resolve(settings.cwd, target));
    } catch (e) {
      throw new PipelineError((e as NodeJS.ErrnoException).code === 'ENOENT'
        ? { key: 'cli.input.missing', data: { path: target } }
        : { key: 'cli.input.unreadable', data: { path: target }, cause: e });
    }
    const name = target === '-' ? (options.stdinName ?? '<stdin>') : nodePath.resolve(settings.cwd, target);
    return singleFilePayload(parseSource(decodeSource(name, bytes), sureStatementBudget(SURE_RUN_STATEMENTS, maxRunStatements)), popts);
  }
  const ws = loadInputs([target], settings.load);
  if (ws.inputErrors.length > 0 || ws.trees.length !== 1) throw new PipelineError({ inputs: ws.inputErrors });
  return treePayload(ws.trees[0]!, popts);
}
