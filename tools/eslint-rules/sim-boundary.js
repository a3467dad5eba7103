// Local ESLint plugin: the import half of the sim wall.
// Every module specifier in a src/sim file must be a relative path that
// stays inside src/sim. Bare packages (phaser, howler, node:fs, ...) and
// paths that climb out (../level, /abs/path) are errors, so the simulation
// can never pull in rendering, audio, I/O or anything nondeterministic.
import path from 'node:path';

const WHY = 'src/sim must stay pure and headless';

/** @type {import('eslint').Rule.RuleModule} */
const simBoundary = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep src/sim imports inside src/sim' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' } },
        required: ['root'],
        additionalProperties: false,
      },
    ],
    messages: {
      bare: `Import of package "{{spec}}" in the simulation: ${WHY}; it may only import relative modules inside src/sim.`,
      escapes: `Import "{{spec}}" leaves src/sim: ${WHY}; the rest of the game may import the sim, never the other way round.`,
      dynamic: `Dynamic import with a computed specifier in the simulation: ${WHY}; use a static relative import inside src/sim.`,
    },
  },
  create(context) {
    const root = path.resolve(context.options[0].root);
    const dir = path.dirname(context.filename);

    /** Report unless `node` is a string literal naming a module inside root. */
    function check(node, reportNode = node) {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') {
        context.report({ node: reportNode, messageId: 'dynamic' });
        return;
      }
      const spec = node.value;
      if (!spec.startsWith('./') && !spec.startsWith('../') && spec !== '.' && spec !== '..') {
        // Bare names, node:*, absolute paths, URLs: all outside the wall.
        context.report({ node, messageId: path.isAbsolute(spec) ? 'escapes' : 'bare', data: { spec } });
        return;
      }
      const rel = path.relative(root, path.resolve(dir, spec));
      if (rel.startsWith('..') || path.isAbsolute(rel)) {
        context.report({ node, messageId: 'escapes', data: { spec } });
      }
    }

    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => n.source && check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source, n),
      // `import x = require('y')` and `typeof import('y')` in TypeScript.
      TSExternalModuleReference: (n) => check(n.expression, n),
      TSImportType: (n) => check(n.source, n),
      CallExpression(n) {
        if (n.callee.type === 'Identifier' && n.callee.name === 'require') check(n.arguments[0], n);
      },
    };
  },
};

export default {
  meta: { name: 'desperado-local' },
  rules: { 'sim-boundary': simBoundary },
};
