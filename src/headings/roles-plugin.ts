/**
 * unified plugin: sets `role` on every top-level section (level 1, or the highest level a document uses) (see roles.ts). Runs after the document
 * plugin, whose kind decides the role of thematic titles.
 */
import type { VFile } from 'vfile';
import type { Role, Root, Section } from '../tree/types.js';
import { leadIn, namedRole, roleOfTitle } from './roles.js';
import { partAt } from './parts.js';

export default function roles() {
  return (tree: Root, file: VFile) => {
    const text = String(file.value);
    const planDocument = file.data.kind === 'plan';
    let inPlans = false;
    // A document numbered only with top-level items: a sequence keeps the role its first item's
    // lead-in gave it (`存在的不足：一是…；二是…`).
    let itemRole: Role | null = null;
    const year = planDocument ? null : (file.data.year ?? null);
    // Parts named on unnumbered lines: a thematic one (`加强政府自身建设`) continues a plan part.
    let partRole: Role | null = null;
    for (const part of tree.parts ?? []) {
      partRole = namedRole({ title: part.title, ordinal: 1 }, year) ?? (planDocument || partRole === 'plans' ? 'plans' : 'achievements');
      part.role = partRole;
    }
    for (const node of tree.children) {
      if (node.type !== 'section') continue;
      // A numbered section inside a named part takes the part's role unless it names its own.
      let named = namedRole(node, year) ?? partAt(tree, node.position.start.offset!)?.role ?? null;
      if (node.level === 'item') {
        const lead = roleOfTitle(leadIn(text, node.position.start.offset!));
        if (lead || node.ordinal === 1) itemRole = lead;
        named ??= itemRole;
      }
      // Once a plan part begins, thematic sections after it continue it.
      const role: Role = named ?? (planDocument || inPlans ? 'plans' : 'achievements');
      if (role === 'plans') inPlans = true;
      else if (named) inPlans = false;
      (node as Section).role = role;
    }
  };
}
