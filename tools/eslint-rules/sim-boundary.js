// Local ESLint plugin: the import half of the sim wall (sim-boundary), and the sim's one door
// (sim-door).
// Every module specifier in a src/sim file must be a relative path that
// stays inside src/sim. Bare packages (phaser, howler, node:fs, ...) and
// paths that climb out (../level, /abs/path) are errors, so the simulation
// can never pull in rendering, audio, I/O or anything nondeterministic.
import path from 'node:path';

const WHY = 'src/sim must stay pure and headless';

/** Both rules take the sim's folder: `{ root: '/abs/path/src/sim/' }`. */
const ROOT_OPTION = [
  {
    type: 'object',
    properties: { root: { type: 'string' } },
    required: ['root'],
    additionalProperties: false,
  },
];

/** @type {import('eslint').Rule.RuleModule} */
const simBoundary = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep src/sim imports inside src/sim' },
    schema: ROOT_OPTION,
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

// The door: outside src/sim, a specifier that resolves into src/sim must name src/sim itself
// ('../sim', '../../src/sim') or its index; any other sim module is an internal. Packages and
// paths elsewhere are none of this rule's business, nor computed dynamic imports.
const DOOR_NAMES = new Set(['', 'index', 'index.ts', 'index.js']);

/** @type {import('eslint').Rule.RuleModule} */
const simDoor = {
  meta: {
    type: 'problem',
    docs: { description: 'Outside src/sim, import the sim through src/sim/index.ts only' },
    schema: ROOT_OPTION,
    messages: {
      internal: 'Import "{{spec}}" reaches inside the sim: import from src/sim (its index.ts, the one door) instead; if the door lacks what you need from "{{what}}", export it there, in the group it belongs to.',
    },
  },
  create(context) {
    const root = path.resolve(context.options[0].root);
    const dir = path.dirname(context.filename);

    function check(node) {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const spec = node.value;
      if (!spec.startsWith('.') && !path.isAbsolute(spec)) return;
      const rel = path.relative(root, path.resolve(dir, spec));
      if (rel.startsWith('..') || path.isAbsolute(rel) || DOOR_NAMES.has(rel)) return;
      context.report({ node, messageId: 'internal', data: { spec, what: rel.replace(/\.[mc]?[jt]s$/, '') } });
    }

    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => n.source && check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source),
      TSExternalModuleReference: (n) => check(n.expression),
      TSImportType: (n) => check(n.source ?? n.argument?.literal),
      CallExpression(n) {
        if (n.callee.type === 'Identifier' && n.callee.name === 'require') check(n.arguments[0]);
      },
    };
  },
};

export default {
  meta: { name: 'desperado-local' },
  rules: { 'sim-boundary': simBoundary, 'sim-door': simDoor },
};
