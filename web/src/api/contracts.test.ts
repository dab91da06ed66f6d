import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The app's types of what the services answer, checked against the services' OpenAPI documents (issue 15: typed
// clients checked against the documents). The documents are kept in web/openapi/, as the gateway serves them; the
// platform's end-to-end build (WalkingSkeletonE2E) fails when a service's document differs from its copy here, so a
// service that renames or drops a field fails this check in the same change. Every field the app declares must be
// in the service's schema, of the same kind (text, number, yes/no, list, object), and a field the app narrows to
// named values (e.g. a status) may name only values the service documents.

const web = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

type Service = 'lead' | 'inventory' | 'transaction' | 'commission' | 'dashboard' | 'notification' | 'identity';

/** [the app's source file, its interface, the service, the schema that answer is documented by]. */
export const CHECKED: [string, string, Service, string][] = [
  ['src/board/rotation.ts', 'Board', 'lead', 'BoardView'],
  ['src/board/rotation.ts', 'Entry', 'lead', 'EntryView'],
  ['src/board/rotation.ts', 'QueueView', 'lead', 'QueueView'],
  ['src/desk/audit.ts', 'LeadAuditEntry', 'lead', 'AuditEntryView'],
  ['src/views/MyCustomers.vue', 'OwnedLead', 'lead', 'OwnedLeadView'],
  ['src/board/salesControl.ts', 'BoardUnit', 'inventory', 'UnitView'],
  ['src/board/salesControl.ts', 'BuildingBoard', 'inventory', 'BuildingBoard'],
  ['src/board/salesControl.ts', 'BuildingSummary', 'inventory', 'BuildingSummary'],
  ['src/desk/discounts.ts', 'DiscountView', 'inventory', 'DiscountView'],
  ['src/desk/priceLists.ts', 'RepricingReport', 'inventory', 'RepricingReport'],
  ['src/desk/priceLists.ts', 'VersionSummary', 'inventory', 'VersionSummary'],
  ['src/desk/payments.ts', 'PaymentView', 'transaction', 'PaymentView'],
  ['src/desk/payments.ts', 'ReceiptView', 'transaction', 'ReceiptView'],
  ['src/views/MyDeals.vue', 'DealSummary', 'transaction', 'DealSummary'],
  ['src/consultant/commission.ts', 'Ledger', 'commission', 'LedgerView'],
  ['src/consultant/commission.ts', 'Credit', 'commission', 'CreditView'],
  ['src/consultant/commission.ts', 'StatementLine', 'commission', 'Line'],
  ['src/consultant/commission.ts', 'Statement', 'commission', 'Statement'],
  ['src/dashboard/figures.ts', 'OfficeDashboard', 'dashboard', 'OfficeDashboard'],
  ['src/dashboard/figures.ts', 'DeveloperDashboard', 'dashboard', 'DeveloperDashboard'],
  ['src/dashboard/figures.ts', 'Funnel', 'dashboard', 'Funnel'],
  ['src/dashboard/figures.ts', 'Money', 'dashboard', 'Money'],
  ['src/dashboard/figures.ts', 'ReceivablesView', 'dashboard', 'ReceivablesView'],
  ['src/consultant/inbox.ts', 'Reminder', 'notification', 'ConsultantReminderView'],
  ['src/notification/localInbox.ts', 'InboxEntry', 'notification', 'InboxEntry'],
  ['src/api/session.ts', 'Me', 'identity', 'MeView'],
  ['src/api/session.ts', 'Office', 'identity', 'OfficeView'],
  ['src/desk/audit.ts', 'IdentityAuditEntry', 'identity', 'AuditEntryView'],
  ['src/desk/admin.ts', 'Developer', 'identity', 'DeveloperView'],
  ['src/desk/admin.ts', 'OfficeMade', 'identity', 'OfficeView'],
  ['src/desk/admin.ts', 'UserMade', 'identity', 'UserView'],
  ['src/desk/staff.ts', 'StaffMember', 'identity', 'StaffView'],
];

interface Member { name: string; optional: boolean; type: ts.TypeNode | undefined }

function scriptOf(file: string): string {
  const text = readFileSync(join(web, file), 'utf8');
  if (!file.endsWith('.vue')) return text;
  const script = /<script[^>]*lang="ts"[^>]*>([\s\S]*?)<\/script>/.exec(text);
  if (!script) throw new Error(`${file} has no TypeScript block`);
  return script[1];
}

function membersOf(file: string, name: string): Member[] {
  const source = ts.createSourceFile(file, scriptOf(file), ts.ScriptTarget.Latest, true);
  let found: ts.InterfaceDeclaration | undefined;
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === name) found = node;
  });
  if (!found) throw new Error(`no interface ${name} in ${file}`);
  return found.members.filter(ts.isPropertySignature).map((p) => ({
    name: p.name.getText(source).replace(/^['"]|['"]$/g, ''), optional: !!p.questionToken, type: p.type,
  }));
}

type Schema = { type?: string | string[]; $ref?: string; enum?: unknown[]; items?: Schema; properties?: Record<string, Schema>;
  allOf?: Schema[]; oneOf?: Schema[]; anyOf?: Schema[]; additionalProperties?: unknown };
type Document = { components?: { schemas?: Record<string, Schema> } };

const documents = new Map<Service, Document>();
function document(service: Service): Document {
  if (!documents.has(service)) {
    documents.set(service, JSON.parse(readFileSync(join(web, 'openapi', `${service}.json`), 'utf8')) as Document);
  }
  return documents.get(service)!;
}

function resolved(doc: Document, schema: Schema): Schema {
  if (schema.$ref) return resolved(doc, doc.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')] ?? {});
  const union = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (union) return resolved(doc, union.find((s) => s.$ref || s.type !== 'null') ?? {});
  return schema;
}

function kindOf(schema: Schema): string {
  const types = Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null') : [schema.type];
  const type = types[0];
  if (type === 'integer' || type === 'number') return 'number';
  if (type === 'string' || type === 'boolean' || type === 'array') return type;
  return 'object';
}

/** What the app's type says a field is: its kind, and the named values when it narrows a text to some. */
function expected(type: ts.TypeNode | undefined): { kinds: Set<string>; values?: string[] } {
  if (!type) return { kinds: new Set(['any']) };
  if (ts.isUnionTypeNode(type)) {
    const parts = type.types.map(expected);
    const values = parts.flatMap((p) => p.values ?? []);
    return { kinds: new Set(parts.flatMap((p) => [...p.kinds]).filter((k) => k !== 'null')), values: values.length ? values : undefined };
  }
  if (ts.isLiteralTypeNode(type)) {
    if (type.literal.kind === ts.SyntaxKind.NullKeyword) return { kinds: new Set(['null']) };
    if (ts.isStringLiteral(type.literal)) return { kinds: new Set(['string']), values: [type.literal.text] };
    return { kinds: new Set(['any']) };
  }
  if (ts.isArrayTypeNode(type)) return { kinds: new Set(['array']) };
  if (ts.isTypeReferenceNode(type)) {
    const name = type.typeName.getText();
    if (name === 'Array' || name === 'ReadonlyArray') return { kinds: new Set(['array']) };
    if (name === 'Record' || name === 'Partial') return { kinds: new Set(['object']) };
    return { kinds: new Set(['object', 'any']) }; // another interface, or an alias: checked by its own entry
  }
  if (ts.isTypeLiteralNode(type)) return { kinds: new Set(['object']) };
  switch (type.kind) {
    case ts.SyntaxKind.StringKeyword: return { kinds: new Set(['string']) };
    case ts.SyntaxKind.NumberKeyword: return { kinds: new Set(['number']) };
    case ts.SyntaxKind.BooleanKeyword: return { kinds: new Set(['boolean']) };
    default: return { kinds: new Set(['any']) };
  }
}

/** What in the app's interface the service's schema does not say, one sentence each. */
export function mismatches(file: string, name: string, service: Service, schemaName: string): string[] {
  const doc = document(service);
  const schema = doc.components?.schemas?.[schemaName];
  if (!schema) return [`${name} (${file}): ${service}'s document has no schema ${schemaName}`];
  const properties = resolved(doc, schema).properties ?? {};
  const found: string[] = [];
  for (const member of membersOf(file, name)) {
    const documented = properties[member.name];
    if (!documented) {
      found.push(`${name}.${member.name} (${file}): not in ${service}'s ${schemaName}`);
      continue;
    }
    const property = resolved(doc, documented);
    const want = expected(member.type);
    const kind = kindOf(property);
    if (!want.kinds.has('any') && !want.kinds.has(kind)) {
      found.push(`${name}.${member.name} (${file}): the app reads ${[...want.kinds].join(' | ')}, ${schemaName} says ${kind}`);
    }
    if (want.values && property.enum) {
      const unknown = want.values.filter((v) => !property.enum!.includes(v));
      if (unknown.length) found.push(`${name}.${member.name} (${file}): ${unknown.join(', ')} not among ${schemaName}'s values`);
    }
  }
  return found;
}

describe('the app\'s types against the services\' OpenAPI documents', () => {
  it('reads no field a service does not document, of no other kind, with no value it does not name', () => {
    expect(CHECKED.flatMap(([file, name, service, schema]) => mismatches(file, name, service, schema))).toEqual([]);
    expect(CHECKED.reduce((fields, [file, name]) => fields + membersOf(file, name).length, 0)).toBeGreaterThan(150);
  });

  it('finds what a type reads that its schema does not say', () => {
    expect(mismatches('src/board/salesControl.ts', 'BoardUnit', 'inventory', 'BuildingSummary')).toContain(
      'BoardUnit.unitId (src/board/salesControl.ts): not in inventory\'s BuildingSummary');
    expect(mismatches('src/consultant/commission.ts', 'Ledger', 'lead', 'LedgerView')).toEqual(
      ['Ledger (src/consultant/commission.ts): lead\'s document has no schema LedgerView']);
    expect(mismatches('src/board/rotation.ts', 'Entry', 'inventory', 'UnitView').length).toBeGreaterThan(0);
  });
});
