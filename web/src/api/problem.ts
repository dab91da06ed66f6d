import { fieldMessage } from '../i18n/shapes';

// Problem details (RFC 9457) as the services answer them: title, detail, and where a field is at fault
// `field` and `errors: [{field, message}]`; a refused rule names it in `rule` (e.g. LEAD-5).

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  rule?: string;
  field?: string;
  errors?: { field: string; message: string }[];
}

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The message for each field at fault, for showing beside the form's inputs. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) {
      byField[error.field] ??= fieldMessage(error.message);
    }
    if (this.problem.field && !byField[this.problem.field]) {
      byField[this.problem.field] = fieldMessage(stripField(this.problem.field, this.problem.detail ?? ''));
    }
    return byField;
  }
}

/** A refused rule's date, e.g. "protected by a colleague until 2026-12-13" → "2026-12-13". */
export function untilOf(problem: Problem): string | null {
  return /until (\d{4}-\d{2}-\d{2})/.exec(problem.detail ?? '')?.[1] ?? null;
}

/** "mobile must not be blank" said of field mobile reads "must not be blank" beside the input. */
function stripField(field: string, detail: string): string {
  return detail.startsWith(field + ' ') ? detail.slice(field.length + 1) : detail;
}

export async function problemOf(response: Response): Promise<Problem> {
  let body: Partial<Problem> = {};
  try {
    body = (await response.json()) as Partial<Problem>;
  } catch {
    // not JSON: the status says what there is to say
  }
  return { ...body, status: response.status };
}
