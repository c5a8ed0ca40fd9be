'use strict';
const path = require('node:path');

/**
 * The files of a module that other modules may import: its Nest module and services, its access rules (`*-access`),
 * entities, enums, GraphQL types (`*.dto`), per-request loaders and registries. Anything else is the module's own.
 */
const PUBLIC_FILE = /(\.module|\.service|-access|\.entity|\.enums|\.dto|\.loaders|\.registry)$/;

/**
 * Layer boundaries of apps/api (docs/architecture.md): `src/core/**` imports no module; a module imports another
 * module only through that module's public files.
 */
module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'apps/api layers: core imports no module; modules meet through public files' },
    schema: [],
    messages: {
      coreImportsModule:
        "core/ imports no module ('{{target}}'): move the shared code into core/, or let the module register itself.",
      privateFile:
        "'{{target}}' is private to the {{module}} module: import its *.module, *.service, *-access, *.entity, *.enums, *.dto, *.loaders or *.registry file.",
    },
  },
  create(context) {
    const file = (context.filename ?? context.getFilename()).split(path.sep).join('/');
    const match = /^(.*\/apps\/api\/src)\/(core|modules\/([^/]+))\//.exec(file);
    if (!match) return {};
    const [, src, layer, ownModule] = match;

    function check(source) {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.posix.relative(src, path.posix.join(path.posix.dirname(file), source.value));
      const hit = /^modules\/([^/]+)\/(.+?)(\.ts)?$/.exec(target);
      if (!hit) return;
      const [, module, rest] = hit;
      if (layer === 'core') {
        context.report({ node: source, messageId: 'coreImportsModule', data: { target: `modules/${module}/${rest}` } });
      } else if (module !== ownModule && !PUBLIC_FILE.test(rest)) {
        context.report({
          node: source,
          messageId: 'privateFile',
          data: { target: `modules/${module}/${rest}`, module },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
