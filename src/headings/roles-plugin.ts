/**
 * unified plugin: sets `role` on every top-level section (level 1, or the highest level a document uses) (see roles.ts). Runs after the document
 * plugin, whose kind decides the role of thematic titles.
 */
import type { VFile } from 'vfile';
import type { Role, Root, Section } from '../tree/types.js';
import { namedRole } from './roles.js';

export default function roles() {
  return (tree: Root, file: VFile) => {
    const planDocument = file.data.kind === 'plan';
    let inPlans = false;
    for (const node of tree.children) {
      if (node.type !== 'section') continue;
      const named = namedRole(node);
      // Once a plan part begins, thematic sections after it continue it.
      const role: Role = named ?? (planDocument || inPlans ? 'plans' : 'achievements');
      if (role === 'plans') inPlans = true;
      else if (named) inPlans = false;
      (node as Section).role = role;
    }
  };
}
