// One SWC transform for every Jest project: fast, keeps Nest's decorator metadata.
// Type checking is done by `nx run-many -t typecheck`, not by Jest.
const swcJestOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
module.exports = { swcJestOptions };
