// What an `if` condition can match, where that is plain from the config: the request methods of a `$request_method` test.
import type { ContextNode } from '../context.js';
import { compilePcre } from '../routing/pcre.js';
import { textToSubject } from '../routing/subject.js';

/** The methods browsers and API clients send (EventSource opens a stream with GET; fetch-based clients with POST). */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/**
 * The request methods an `if ($request_method ...)` can match (`= OPTIONS`, `!= GET`, `~ ^(GET|HEAD)$`), of the common
 * ones; null when the condition tests anything else or cannot be evaluated here.
 */
export function methodsMatched(iff: ContextNode): string[] | null {
  if (iff.kind !== 'if' || !iff.directive) return null;
  const text = iff.directive.args.map((a) => a.value).join(' ');
  const m = /^\(\s*\$request_method\s*(!?=|!?~\*?)\s*(.*?)\s*\)$/.exec(text);
  if (!m) return null;
  const [, op, value] = m as unknown as [string, string, string];
  let test: (method: string) => boolean;
  if (op === '=' || op === '!=') test = (method) => method === value;
  else {
    const { regex } = compilePcre(textToSubject(value), op.endsWith('*'));
    if (!regex) return null;
    test = (method) => regex.test(method);
  }
  const negate = op.startsWith('!');
  return METHODS.filter((method) => test(method) !== negate);
}
